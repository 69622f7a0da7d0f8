"""The parent PIN with a real keyring backend (a file in this test's temporary data folder)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from keyrings.alt.file import PlaintextKeyring

from guardian.core.clock import FakeClock
from guardian.keyring_access import KeyringUnavailable, usable_keyring
from guardian.pin import PinNotSet, PinRefused, PinVault
from guardian.storage import repositories as repo
from guardian.storage.database import Store, open_store
from tests.test_cli import guardian

START = datetime(2026, 11, 20, 20, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path / "guardian.sqlite3")
    yield store
    store.close()


@pytest.fixture
def backend(monkeypatch: pytest.MonkeyPatch) -> PlaintextKeyring:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    return PlaintextKeyring()  # its file lives under this test's XDG_DATA_HOME


def test_set_and_verify(store: Store, backend: PlaintextKeyring) -> None:
    vault = PinVault(store, FakeClock(START), backend)
    assert not vault.is_set()
    code = vault.set_pin("482915")
    assert vault.is_set() and len(code) == 23
    assert vault.verify("482915").ok
    assert not vault.verify("482916").ok
    stored = backend.get_password("guardian", "pin")
    assert stored is not None and "482915" not in stored and stored.startswith("scrypt$")
    assert "482915" not in Path(backend.file_path).read_text()


def test_wrong_tries_are_throttled_logged_and_survive_a_restart(
    store: Store, backend: PlaintextKeyring, tmp_path: Path
) -> None:
    clock = FakeClock(START)
    vault = PinVault(store, clock, backend)
    vault.set_pin("482915")
    results = [vault.verify("000001") for _ in range(5)]
    assert [r.wait for r in results[:4]] == [timedelta(0)] * 4
    assert results[4].wait == timedelta(seconds=30)
    assert not vault.verify("482915").ok  # even the right PIN waits
    store.close()
    reopened = open_store(tmp_path / "guardian.sqlite3")
    try:
        again = PinVault(reopened, clock, backend)  # a restart of the agent
        assert again.verify("482915").wait > timedelta(0)
        clock.advance(31)
        assert again.verify("482915").ok
        with reopened.session(read_only=True) as s:
            failures = repo.events(s, kinds=["pin_failure"])
        assert len(failures) == 5
    finally:
        reopened.close()


def test_changing_the_pin_needs_the_current_one(store: Store, backend: PlaintextKeyring) -> None:
    vault = PinVault(store, FakeClock(START), backend)
    vault.set_pin("482915")
    with pytest.raises(PinRefused):
        vault.set_pin("735102")
    with pytest.raises(PinRefused):
        vault.set_pin("735102", current_pin="000000")
    vault.set_pin("735102", current_pin="482915")
    assert vault.verify("735102").ok


def test_the_recovery_code_resets_the_pin_once(store: Store, backend: PlaintextKeyring) -> None:
    vault = PinVault(store, FakeClock(START), backend)
    code = vault.set_pin("482915")
    with pytest.raises(PinRefused):
        vault.reset_with_recovery("AAAAA-BBBBB-CCCCC-DDDDD", "735102")
    fresh = vault.reset_with_recovery(code.lower(), "735102")
    assert vault.verify("735102").ok and not vault.verify("482915").ok
    with pytest.raises(PinRefused):
        vault.reset_with_recovery(code, "246810")  # the old code is spent
    assert fresh != code


def test_no_pin_yet(store: Store, backend: PlaintextKeyring) -> None:
    with pytest.raises(PinNotSet):
        PinVault(store, FakeClock(START), backend).verify("482915")


def test_no_usable_keyring_means_no_pin(monkeypatch: pytest.MonkeyPatch, store: Store) -> None:
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(KeyringUnavailable, match="will not set one"):
            PinVault(store, FakeClock(START)).set_pin("482915")
    finally:
        keyring.set_keyring(previous)


def test_a_plaintext_keyring_is_never_a_silent_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(PlaintextKeyring())
    try:
        with pytest.raises(KeyringUnavailable, match="does not fall back"):
            usable_keyring()
        monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
        assert usable_keyring() is not None  # chosen on purpose
    finally:
        keyring.set_keyring(previous)


def test_pin_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    assert guardian("pin", "verify", stdin="482915\n").returncode == 1  # none set yet
    made = guardian("pin", "set", stdin="482915\n")
    assert made.returncode == 0 and "Recovery code" in made.stdout
    assert guardian("pin", "verify", stdin="482915\n").returncode == 0
    wrong = guardian("pin", "verify", stdin="111111\n")
    assert wrong.returncode == 1 and "wrong PIN" in wrong.stderr
    assert guardian("pin", "set", stdin="482915\n12345\n").returncode == 2  # too short
    code = made.stdout.strip().splitlines()[-1].strip()
    reset = guardian("pin", "reset", stdin=f"{code}\n735102\n")
    assert reset.returncode == 0, reset.stderr
    assert guardian("pin", "verify", stdin="735102\n").returncode == 0


def test_the_service_keeps_the_pin_in_a_file_in_its_closed_data_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The service (root, SYSTEM) has no desktop keyring, and the dashboard run as an
    administrator must find the same PIN: in the system data home, a keyring file beside the
    store, made readable by its owner only."""
    from tests.test_cli import guardian

    system = tmp_path / "system-home"
    system.mkdir(mode=0o700)
    monkeypatch.delenv("GUARDIAN_HOME")
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setenv("GUARDIAN_SYSTEM_HOME", str(system))
    assert guardian("pin", "set", stdin="482915\n").returncode == 0
    kept = system / "keyring.cfg"
    assert kept.is_file() and kept.stat().st_mode & 0o077 == 0
    assert "482915" not in kept.read_text()  # a salted hash, never the PIN
    assert guardian("pin", "verify", stdin="482915\n").returncode == 0
    assert guardian("pin", "verify", stdin="000000\n").returncode == 1
    doctor = guardian("doctor")
    assert f"a file in the service's closed data home ({kept})" in doctor.stdout
    # Elsewhere (a PC without the service) the desktop keyring is used as before.
    monkeypatch.setenv("GUARDIAN_HOME", str(tmp_path / "user-home"))
    from guardian.keyring_access import system_keyring

    assert system_keyring() is None


def test_the_uninstallers_pin_window_lets_through_a_family_without_a_pin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.test_cli import guardian

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    assert guardian("pin", "verify", "--dialog").returncode == 0  # Guardian never started here
    assert guardian("child", "add", "Xiaoming").returncode == 0
    assert guardian("pin", "verify", "--dialog").returncode == 0  # a store, but no PIN yet
