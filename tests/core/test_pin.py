from datetime import UTC, datetime, timedelta

import pytest

from guardian.core.pin import (
    FIRST_WAIT,
    LONGEST_WAIT,
    PinRejected,
    Throttle,
    check_new_pin,
    hash_secret,
    new_recovery_code,
    normalise_recovery_code,
    verify_secret,
)

NOW = datetime(2026, 11, 20, 20, 0, tzinfo=UTC)


def test_hash_and_verify() -> None:
    stored = hash_secret("482915")
    assert stored.startswith("scrypt$") and "482915" not in stored
    assert verify_secret("482915", stored)
    assert not verify_secret("482916", stored)
    assert hash_secret("482915") != stored  # a fresh salt every time


@pytest.mark.parametrize(
    "stored", ["", "plain", "md5$1$2$3$4$5", "scrypt$x$8$1$AAAA$BBBB", "scrypt$16384$8$1$!!$??"]
)
def test_malformed_hashes_never_match(stored: str) -> None:
    assert not verify_secret("482915", stored)


@pytest.mark.parametrize(
    ("pin", "accepted"),
    [
        ("482915", True), ("correct horse", True), ("妈妈的密码123", True),
        ("12345", False), ("000000", False), ("123456", False), ("987654", False), ("aaaaaaaa", False),
    ],
)  # fmt: skip
def test_new_pin_rules(pin: str, accepted: bool) -> None:
    if accepted:
        check_new_pin(pin)
    else:
        with pytest.raises(PinRejected):
            check_new_pin(pin)


def test_recovery_codes() -> None:
    code = new_recovery_code()
    assert len(code) == 23 and code.count("-") == 3
    assert not set(code) & set("01OIL")
    assert normalise_recovery_code(code.lower().replace("-", " ")) == code
    assert new_recovery_code() != code


def test_throttle_after_five_then_doubling_with_a_ceiling() -> None:
    throttle = Throttle()
    for _ in range(4):
        throttle = throttle.failed(NOW)
        assert throttle.wait(NOW) == timedelta(0)
    waits = []
    for _ in range(10):
        throttle = throttle.failed(NOW)
        waits.append(throttle.wait(NOW))
    assert waits[:4] == [FIRST_WAIT, FIRST_WAIT * 2, FIRST_WAIT * 4, FIRST_WAIT * 8]
    assert max(waits) == LONGEST_WAIT
    assert throttle.wait(NOW + LONGEST_WAIT) == timedelta(0)
    assert throttle.succeeded() == Throttle()


def test_a_clock_set_back_cannot_stretch_the_wait() -> None:
    throttle = Throttle(5, NOW + FIRST_WAIT)
    assert throttle.wait(NOW - timedelta(days=30)) == LONGEST_WAIT


def test_throttle_round_trips_and_damage_is_the_worst_case() -> None:
    throttle = Throttle(6, NOW + timedelta(minutes=1))
    assert Throttle.from_json(throttle.to_json()) == throttle
    assert Throttle.from_json(None) == Throttle()
    damaged = Throttle.from_json({"failures": "many", "blocked_until": 5})
    assert damaged.failures >= 5
