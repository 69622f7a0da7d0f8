"""The keyring Guardian keeps its secrets in, and the sealing key read by a short-lived process.

The keyring holds the parent PIN's hashes (guardian.pin) and the store's sealing key
(guardian.sealing). Loading the `keyring` package and letting it choose a backend costs some
15 MB that stay in a process for as long as it runs: it imports every backend it knows
(SecretStorage with `cryptography`, KWallet, the macOS and Windows ones) to ask each whether it
works here. The agent that does everything itself needs the keyring at its start only for the
sealing key, so it asks a second Guardian process (`guardian sealing-key`, a command of this
module's own, not in the help), which prints what the keyring holds and exits (issue 9). The
PIN's hashes are still read in the agent, when a parent types the PIN there.

The key goes through a pipe between two processes of the same account, whose keyring it is;
nothing is kept on disk. When the helper process fails (it cannot start, is too slow, prints
something wrong), the keyring is read in this process after all, as before: the memory is lost,
never the seal.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from guardian import config
from guardian.core.errors import Error
from guardian.core.text import translate

log = logging.getLogger(__name__)

SERVICE = "guardian"  # the keyring's service name for all of Guardian's entries
PIN_ENTRY, RECOVERY_ENTRY = "pin", "recovery"
KEY_ENTRY = "seal-key"

COMMAND = "sealing-key"
TIMEOUT_SECONDS = 60.0  # a cold start of the bundled program on an old PC, with room to spare


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
    """The keyring backend to use, or raise KeyringUnavailable saying why and how to fix it."""
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


@dataclass(frozen=True)
class KeyringAnswer:
    """What the keyring holds for opening the store: the sealing key as kept (base64) or None,
    whether a PIN is set, and why the keyring cannot be used (None when it can)."""

    key: str | None
    pin_set: bool
    unusable: str | None = None


def answer_document() -> str:
    """What `guardian sealing-key` prints: the keyring's answer as JSON, in ASCII."""
    try:
        backend = usable_keyring()
        key = backend.get_password(SERVICE, KEY_ENTRY)
        pin_set = backend.get_password(SERVICE, PIN_ENTRY) is not None
    except Exception as error:  # any keyring failure: the store is opened without the key
        answer = KeyringAnswer(None, False, str(error) or type(error).__name__)
    else:
        answer = KeyringAnswer(key if isinstance(key, str) else None, pin_set)
    return json.dumps(
        {"key": answer.key, "pin_set": answer.pin_set, "unusable": answer.unusable},
        ensure_ascii=True,
    )


def read_answer(text: str) -> KeyringAnswer:
    """The answer in `text`; ValueError naming what is wrong otherwise."""
    document = json.loads(text)
    if not isinstance(document, dict) or set(document) != {"key", "pin_set", "unusable"}:
        raise ValueError(f"expected key, pin_set and unusable, got {str(text)[:80]!r}")
    key, pin_set, unusable = document["key"], document["pin_set"], document["unusable"]
    if not (key is None or isinstance(key, str)) or not isinstance(pin_set, bool):
        raise ValueError("key must be text or null, and pin_set true or false")
    if not (unusable is None or isinstance(unusable, str)):
        raise ValueError("unusable must be text or null")
    return KeyringAnswer(key, pin_set, unusable)


class KeyringHelper:
    """Asks a helper process what the keyring holds; started at once, read when needed."""

    def __init__(self, command: Sequence[str] | None = None) -> None:
        self._command = list(command) if command is not None else config.own_command(COMMAND)
        self._process: subprocess.Popen[bytes] | None = None
        try:
            self._process = subprocess.Popen(
                self._command,
                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                # Windows: the console program runs without a console window on the desktop
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )  # fmt: skip
        except OSError as error:
            log.warning("cannot start %s: %s", " ".join(self._command), error)

    def answer(self) -> KeyringAnswer | None:
        """The helper's answer, or None (logged) when it has none: then the keyring is read in
        this process."""
        process, self._process = self._process, None
        if process is None:
            return None
        try:
            try:
                out, err = process.communicate(timeout=TIMEOUT_SECONDS)
            except subprocess.TimeoutExpired:
                process.kill()
                process.communicate()
                raise
            if process.returncode != 0:
                said = err.decode(errors="replace").strip().splitlines()
                raise ValueError(f"exit status {process.returncode}: {said[-1] if said else ''}")
            return read_answer(out.decode("ascii"))
        except (OSError, subprocess.SubprocessError, ValueError) as error:
            log.warning(
                "the keyring is read in this process (%s): %s", " ".join(self._command), error
            )
            return None
