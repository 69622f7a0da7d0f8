"""The keyring's answer read by a helper process, for the agent that runs all day (issue 9).

The helper is the real `guardian sealing-key` command, reading a real file keyring in this
test's XDG_DATA_HOME; the store is a real SQLite file.
"""

from __future__ import annotations

import base64
import json
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from keyrings.alt.file import PlaintextKeyring

from guardian.core.pin import hash_secret
from guardian.core.seal import new_key
from guardian.keyring_access import (
    KEY_ENTRY,
    PIN_ENTRY,
    SERVICE,
    KeyringAnswer,
    KeyringHelper,
    answer_document,
    read_answer,
)
from guardian.sealing import open_sealed_store
from guardian.storage.database import open_store


@pytest.fixture
def backend(monkeypatch: pytest.MonkeyPatch) -> PlaintextKeyring:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    return PlaintextKeyring()  # its file lives under this test's XDG_DATA_HOME


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "guardian.sqlite3"
    open_store(path).close()
    return path


def kept_key(backend: PlaintextKeyring) -> str:
    key = base64.b64encode(new_key()).decode()
    backend.set_password(SERVICE, KEY_ENTRY, key)
    return key


def test_the_answer_says_what_the_keyring_holds(backend: PlaintextKeyring) -> None:
    assert read_answer(answer_document()) == KeyringAnswer(None, False)
    key = kept_key(backend)
    backend.set_password(SERVICE, PIN_ENTRY, "a hash")
    assert read_answer(answer_document()) == KeyringAnswer(key, True)


def test_a_keyring_that_cannot_be_used_is_said(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        answer = read_answer(answer_document())
    finally:
        keyring.set_keyring(previous)
    assert answer.key is None and answer.unusable is not None
    assert "no keyring to keep the parent PIN in" in answer.unusable


@pytest.mark.parametrize(
    "text",
    [
        "",
        "[]",
        '{"key": null, "pin_set": false}',
        '{"key": 3, "pin_set": false, "unusable": null}',
        '{"key": null, "pin_set": "yes", "unusable": null}',
        '{"key": null, "pin_set": false, "unusable": 1}',
    ],
)
def test_a_wrong_answer_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        read_answer(text)


def test_the_helper_process_reads_the_keyring(backend: PlaintextKeyring) -> None:
    key = kept_key(backend)
    assert KeyringHelper().answer() == KeyringAnswer(key, False)


@pytest.mark.parametrize(
    "command",
    [
        [sys.executable, "-c", "import sys; sys.exit(3)"],
        [sys.executable, "-c", "print('not json')"],
        [sys.executable, "-c", "print(" + repr(json.dumps({"key": None})) + ")"],
        ["/nonexistent/guardian"],
    ],
)
def test_a_helper_that_fails_gives_no_answer(
    command: list[str], caplog: pytest.LogCaptureFixture
) -> None:
    assert KeyringHelper(command).answer() is None
    assert command[0] in caplog.text


def test_the_store_gets_the_key_from_the_answer(path: Path, backend: PlaintextKeyring) -> None:
    key = kept_key(backend)
    backend.delete_password(SERVICE, KEY_ENTRY)  # the answer, not this process, has it
    with open_sealed_store(path, KeyringAnswer(key, True)) as store:
        assert store.sealer is not None
        assert store.sealer.key == base64.b64decode(key)


def test_a_keyring_said_unusable_is_not_asked_again(
    path: Path, backend: PlaintextKeyring, caplog: pytest.LogCaptureFixture
) -> None:
    kept_key(backend)
    with open_sealed_store(path, KeyringAnswer(None, True, "locked")) as store:
        assert store.sealer is None  # sealed rows are not believed, as with no keyring
    assert "without its sealing key: locked" in caplog.text


def test_a_pin_from_before_seals_gets_its_key_in_this_process(
    path: Path, backend: PlaintextKeyring
) -> None:
    backend.set_password(SERVICE, PIN_ENTRY, hash_secret("482915"))  # set before seals
    with open_sealed_store(path, KeyringAnswer(None, True)) as store:
        assert store.sealer is not None
        made = backend.get_password(SERVICE, KEY_ENTRY)
        assert made is not None and store.sealer.key == base64.b64decode(made)
