"""The keyring read by a helper process, for the processes that run all day (issue 9).

The helper is the real `guardian keyring-entries` command, reading a real file keyring in this
test's XDG_DATA_HOME; the store is a real SQLite file.
"""

from __future__ import annotations

import base64
import json
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from keyrings.alt.file import PlaintextKeyring

from guardian import keyring_access
from guardian.core.clock import FakeClock
from guardian.core.pin import hash_secret
from guardian.core.seal import new_key
from guardian.keyring_access import (
    KEY_ENTRY,
    PIN_ENTRY,
    SERVICE,
    HelperKeyring,
    KeyringAnswer,
    KeyringUnavailable,
    answer_document,
    read_answer,
)
from guardian.pin import PinVault
from guardian.sealing import open_sealed_store
from guardian.storage.database import open_store

NOW = datetime(2026, 11, 30, 18, tzinfo=UTC)
NOTHING = {"seal-key": None, "pin": None, "recovery": None}


@pytest.fixture
def backend(monkeypatch: pytest.MonkeyPatch) -> PlaintextKeyring:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    return PlaintextKeyring()  # its file lives under this test's XDG_DATA_HOME


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "guardian.sqlite3"
    open_store(path).close()
    return path


@pytest.fixture
def helper() -> Iterator[HelperKeyring]:
    """The switch `guardian agent` and `guardian service` throw, thrown back afterwards."""
    keyring_access.use_helper_process()
    assert keyring_access._helper is not None
    yield keyring_access._helper
    keyring_access._helper = None


class Ticks:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def kept_key(backend: PlaintextKeyring) -> str:
    key = base64.b64encode(new_key()).decode()
    backend.set_password(SERVICE, KEY_ENTRY, key)
    return key


def test_the_answer_says_what_the_keyring_holds(backend: PlaintextKeyring) -> None:
    assert read_answer(answer_document()) == KeyringAnswer(NOTHING)
    key = kept_key(backend)
    backend.set_password(SERVICE, PIN_ENTRY, "a hash")
    entries = {**NOTHING, "seal-key": key, "pin": "a hash"}
    assert read_answer(answer_document()) == KeyringAnswer(entries)


def test_a_keyring_that_cannot_be_used_is_said(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        answer = read_answer(answer_document())
    finally:
        keyring.set_keyring(previous)
    assert answer.entries == {} and answer.unusable is not None
    assert "no keyring to keep the parent PIN in" in answer.unusable


@pytest.mark.parametrize(
    "text",
    [
        "",
        "[]",
        '{"entries": {}}',
        '{"entries": [], "unusable": null}',
        '{"entries": {"other": "x"}, "unusable": null}',
        '{"entries": {"pin": 3}, "unusable": null}',
        '{"entries": {}, "unusable": 1}',
    ],
)
def test_a_wrong_answer_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        read_answer(text)


def test_the_helper_process_reads_the_keyring_again_once_its_answer_is_old(
    backend: PlaintextKeyring,
) -> None:
    ticks = Ticks()
    helper = HelperKeyring(monotonic=ticks)
    key = kept_key(backend)
    assert helper.get_password(SERVICE, KEY_ENTRY) == key
    backend.set_password(SERVICE, PIN_ENTRY, "a new hash")  # a parent sets the PIN
    assert helper.get_password(SERVICE, PIN_ENTRY) is None  # the answer of a moment ago
    ticks.now += HelperKeyring.FRESH_SECONDS
    assert helper.get_password(SERVICE, PIN_ENTRY) == "a new hash"


def test_a_keyring_the_helper_cannot_use_is_not_used_here_either(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    with pytest.raises(KeyringUnavailable, match="no keyring to keep the parent PIN in"):
        HelperKeyring().get_password(SERVICE, PIN_ENTRY)


@pytest.mark.parametrize(
    "command",
    [
        [sys.executable, "-c", "import sys; sys.exit(3)"],
        [sys.executable, "-c", "print('not json')"],
        [sys.executable, "-c", "print(" + repr(json.dumps({"entries": {}})) + ")"],
        ["/nonexistent/guardian"],
    ],
)
def test_when_the_helper_fails_the_keyring_is_read_here(
    command: list[str], backend: PlaintextKeyring, caplog: pytest.LogCaptureFixture
) -> None:
    key = kept_key(backend)
    helper = HelperKeyring(command)
    assert helper.get_password(SERVICE, KEY_ENTRY) == key
    assert "the keyring is read in this process" in caplog.text and command[0] in caplog.text


def test_the_service_and_the_agent_open_the_store_with_the_helpers_key(
    path: Path, backend: PlaintextKeyring, helper: HelperKeyring
) -> None:
    key = kept_key(backend)
    with open_sealed_store(path) as store:
        assert store.sealer is not None and store.sealer.key == base64.b64decode(key)


def test_a_pin_from_before_seals_gets_its_key_written_here(
    path: Path, backend: PlaintextKeyring, helper: HelperKeyring
) -> None:
    backend.set_password(SERVICE, PIN_ENTRY, hash_secret("482915"))  # set before seals
    with open_sealed_store(path) as store:
        assert store.sealer is not None
        made = backend.get_password(SERVICE, KEY_ENTRY)
        assert made is not None and store.sealer.key == base64.b64decode(made)


def test_a_pin_is_checked_with_the_helpers_answer(
    path: Path, backend: PlaintextKeyring, helper: HelperKeyring
) -> None:
    with open_store(path) as store:
        PinVault(store, FakeClock(NOW), backend).set_pin("482915")
    with open_sealed_store(path) as store:
        vault = PinVault(store, FakeClock(NOW))
        assert vault.verify("482915").ok
        assert not vault.verify("111111").ok
