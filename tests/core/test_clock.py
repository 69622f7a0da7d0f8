from datetime import UTC, datetime, timedelta, timezone

import pytest

from guardian.core.clock import FakeClock, SystemClock

START = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def test_fake_clock_advances_both_clocks() -> None:
    clock = FakeClock(START)
    before = clock.monotonic()
    clock.advance(90)
    assert clock.now() == START + timedelta(seconds=90)
    assert clock.monotonic() == before + 90


def test_jump_moves_only_the_wall_clock() -> None:
    clock = FakeClock(START)
    before = clock.monotonic()
    clock.jump(-3600)
    assert clock.now() == START - timedelta(hours=1)
    assert clock.monotonic() == before


def test_fake_clock_is_utc_and_refuses_naive_or_backward_time() -> None:
    clock = FakeClock(datetime(2026, 11, 20, 20, 0, tzinfo=timezone(timedelta(hours=8))))
    assert clock.now().utcoffset() == timedelta(0)
    with pytest.raises(ValueError):
        FakeClock(datetime(2026, 11, 20))  # noqa: DTZ001 - the point of the test
    with pytest.raises(ValueError):
        clock.advance(-1)


def test_system_clock_is_aware_and_monotonic() -> None:
    clock = SystemClock()
    assert clock.now().tzinfo is not None
    first = clock.monotonic()
    assert clock.monotonic() >= first
