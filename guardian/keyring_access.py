"""The keyring Guardian keeps its secrets in, and a short-lived process that reads it.

The keyring holds the parent PIN's hashes (guardian.pin) and the store's sealing key
(guardian.sealing). Loading the `keyring` package and letting it choose a backend costs some
10 to 15 MB that stay in a process for as long as it runs: it imports every backend it knows
(SecretStorage with `cryptography`, KWallet, the macOS and Windows ones) to ask each whether it
works here. The processes that run all day (the agent that does everything itself, the service)
read the keyring only when they open the store and when a parent types the PIN, so they ask a
second Guardian process (`guardian keyring-entries`, a command of this module's own, not in the
help), which prints Guardian's entries and exits (issue 9).

The entries (the sealing key and the salted hashes, never a PIN) go through a pipe between two
processes of the same account, whose keyring it is; nothing is kept on disk. When the helper
process fails (it cannot start, is too slow, prints something wrong), the keyring is read in
this process after all, as before: the memory is lost, never the PIN or the seal.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from guardian import config
from guardian.core.errors import Error
from guardian.core.text import translate, verbatim
from guardian.helper_process import FAILURES, helper_output, start_helper

log = logging.getLogger(__name__)

SERVICE = "guardian"  # the keyring's service name for all of Guardian's entries
PIN_ENTRY, RECOVERY_ENTRY = "pin", "recovery"
KEY_ENTRY = "seal-key"

COMMAND = "keyring-entries"


class KeyringUnavailable(Error):
    """No safe place for the PIN's hash on this PC."""


# The service's keyring file, beside its store in the system data home.
SYSTEM_KEYRING_FILE = "keyring.cfg"


def system_keyring() -> Any | None:
    """Where the service keeps the PIN: a file in its data home, when the data home is the
    system's. That folder is closed to every account but the administrators' (mode 0700 and,
    on Windows, the installer's ACL), the same protection as the store the PIN guards; the
    service (root, SYSTEM) has no desktop keyring, and the parent's dashboard, run as an
    administrator, must find the same PIN. None elsewhere (`PYTHON_KEYRING_BACKEND` wins)."""
    if os.environ.get("PYTHON_KEYRING_BACKEND"):
        return None
    from guardian import config

    try:
        if config.data_home().resolve() != config.system_home().resolve():
            return None
    except OSError:
        return None
    from keyrings.alt.file import PlaintextKeyring

    backend = PlaintextKeyring()
    backend.file_path = str(config.data_home() / SYSTEM_KEYRING_FILE)
    return backend


def usable_keyring() -> Any:
    """The keyring backend to use, or raise KeyringUnavailable saying why and how to fix it.
    After `use_helper_process`, the one a helper process reads (which raises it on reading)."""
    if _helper is not None:
        return _helper
    return _chosen_keyring()


def _chosen_keyring() -> Any:
    import keyring
    from keyring.backends import fail

    system = system_keyring()
    if system is not None:
        return system
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        raise KeyringUnavailable(
            translate(
                "Pin",
                "There is no keyring to keep the parent PIN in safely, so Guardian will not set "
                "one. On Linux, install and unlock GNOME Keyring or KWallet in this session; "
                "Windows and macOS have one built in. `guardian doctor` checks it.",
            )
        )
    chosen = (
        bool(os.environ.get("PYTHON_KEYRING_BACKEND")) or keyring.core.load_config() is not None
    )
    if "plaintext" in name.lower() and not chosen:
        raise KeyringUnavailable(
            translate(
                "Pin",
                "The only keyring here ({name}) keeps secrets unencrypted, and Guardian does not "
                "fall back to it. Install GNOME Keyring or KWallet, or choose a keyring on purpose "
                "with PYTHON_KEYRING_BACKEND.",
            ).fill(name=name)
        )
    return backend


ENTRIES = (KEY_ENTRY, PIN_ENTRY, RECOVERY_ENTRY)


@dataclass(frozen=True)
class KeyringAnswer:
    """Guardian's entries in the keyring (None for one it does not hold), or why the keyring
    cannot be used."""

    entries: dict[str, str | None]
    unusable: str | None = None


def answer_document() -> str:
    """What `guardian keyring-entries` prints: the keyring's answer as JSON, in ASCII."""
    try:
        backend = _chosen_keyring()
        found = {entry: backend.get_password(SERVICE, entry) for entry in ENTRIES}
    except Exception as error:  # any keyring failure: said, as the keyring in-process would
        unusable = str(error.text) if isinstance(error, Error) else str(error)
        answer = KeyringAnswer({}, unusable or type(error).__name__)
    else:
        answer = KeyringAnswer({k: v if isinstance(v, str) else None for k, v in found.items()})
    return json.dumps({"entries": answer.entries, "unusable": answer.unusable}, ensure_ascii=True)


def read_answer(text: str) -> KeyringAnswer:
    """The answer in `text`; ValueError naming what is wrong otherwise."""
    document = json.loads(text)
    if not isinstance(document, dict) or set(document) != {"entries", "unusable"}:
        raise ValueError(f"expected entries and unusable, got {str(text)[:80]!r}")
    entries, unusable = document["entries"], document["unusable"]
    if not isinstance(entries, dict) or not set(entries) <= set(ENTRIES):
        raise ValueError(f"entries must be a table of {', '.join(ENTRIES)}")
    if not all(value is None or isinstance(value, str) for value in entries.values()):
        raise ValueError("an entry must be text or null")
    if not (unusable is None or isinstance(unusable, str)):
        raise ValueError("unusable must be text or null")
    return KeyringAnswer(entries, unusable)


class HelperKeyring:
    """The keyring as a helper process reads it, for a process that runs all day: a keyring
    backend for Guardian's own entries (`get_password`, `set_password`).

    An answer is used for `FRESH_SECONDS` (opening the store asks for two or three entries),
    then asked for again, so a PIN changed in the dashboard counts at the next try. Writing,
    which these processes do only to make the sealing key for a PIN from before seals, and
    reading once a helper has failed, use the keyring in this process: the memory is lost,
    never the PIN or the seal."""

    FRESH_SECONDS = 5.0

    def __init__(
        self,
        command: Sequence[str] | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._command = list(command) if command is not None else config.own_command(COMMAND)
        self._monotonic = monotonic
        self._process: subprocess.Popen[bytes] | None = None
        self._answer: tuple[float, KeyringAnswer] | None = None  # when read, and what
        self._helper_failed = False  # once it has, it is not asked again
        self._backend: Any | None = None  # the keyring in this process, once needed

    def ask(self) -> None:
        """Start asking now (if not asking already); the next read waits for the answer."""
        if self._process is not None or self._helper_failed:
            return
        try:
            self._process = start_helper(self._command)
        except OSError as error:
            self._failed(error)

    def get_password(self, service: str, username: str) -> str | None:
        answer = self._current()
        if answer is None or service != SERVICE or username not in ENTRIES:
            found = self._here().get_password(service, username)
            return found if isinstance(found, str) else None
        if answer.unusable is not None:
            raise KeyringUnavailable(verbatim(answer.unusable))
        return answer.entries.get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self._answer = None  # the next read asks again
        self._here().set_password(service, username, password)

    def _current(self) -> KeyringAnswer | None:
        if self._helper_failed:
            return None
        now = self._monotonic()
        if self._answer is not None and now - self._answer[0] < self.FRESH_SECONDS:
            return self._answer[1]
        self.ask()
        process, self._process = self._process, None
        if process is None:
            return None
        try:
            answer = read_answer(helper_output(process))
        except FAILURES as error:
            self._failed(error)
            return None
        self._answer = (self._monotonic(), answer)
        return answer

    def _failed(self, error: Exception) -> None:
        log.warning("the keyring is read in this process (%s): %s", " ".join(self._command), error)
        self._process = None
        self._helper_failed = True

    def _here(self) -> Any:
        if self._backend is None:
            self._backend = _chosen_keyring()
        return self._backend


_helper: HelperKeyring | None = None


def use_helper_process() -> None:
    """From now on, `usable_keyring` is the keyring as a helper process reads it (see the
    module's docstring), which is asked at once."""
    global _helper  # noqa: PLW0603  (one switch per process, thrown as it starts)
    _helper = HelperKeyring()
    _helper.ask()
