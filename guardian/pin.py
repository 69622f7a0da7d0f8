"""The parent PIN, kept with `keyring` (service `guardian`), its throttle kept in the store.

The keyring holds two salted scrypt hashes: the PIN's and the recovery code's. The store holds
the throttle (so it survives a restart) and an event for every failure. With no usable keyring
Guardian refuses to set a PIN and says how to fix it; it never writes a secret anywhere else.
A plaintext keyring counts as usable only when someone chose it on purpose (the
`PYTHON_KEYRING_BACKEND` variable or a keyringrc file), never as a fallback keyring picked
by itself.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from guardian.core.clock import Clock
from guardian.core.errors import Error
from guardian.core.pin import (
    Throttle,
    check_new_pin,
    hash_secret,
    new_recovery_code,
    normalise_recovery_code,
    verify_secret,
)
from guardian.core.text import Text, translate
from guardian.keyring_access import (
    PIN_ENTRY,
    RECOVERY_ENTRY,
    SERVICE,
    KeyringUnavailable,
    usable_keyring,
)
from guardian.sealing import ensure_sealer, load_sealer
from guardian.storage.errors import StoreError
from guardian.storage.files import StoreFile

log = logging.getLogger(__name__)

THROTTLE_SETTING = "pin_throttle"


class PinNotSet(Error):
    """No parent PIN has been set yet."""

    invalid_input = True


class PinRefused(Error):
    """The current PIN or the recovery code was wrong (or tries are throttled)."""

    invalid_input = True


@dataclass(frozen=True)
class Check:
    ok: bool
    wait: timedelta = timedelta(0)  # when throttled: how long until the next try is heard


class PinVault:
    """Set, check and reset the parent PIN."""

    def __init__(self, store: StoreFile, clock: Clock, backend: Any | None = None) -> None:
        self._store = store
        self._clock = clock
        self._backend = backend

    def _keyring(self) -> Any:
        if self._backend is None:
            self._backend = usable_keyring()
        return self._backend

    def _secret(self, entry: str) -> str | None:
        """A hash from the keyring; any failure of the keyring itself is KeyringUnavailable."""
        backend = self._keyring()
        try:
            value = backend.get_password(SERVICE, entry)
        except KeyringUnavailable:
            raise  # said already (guardian.keyring_access)
        except Exception as error:  # keyring backends raise their own kinds (locked, damaged)
            raise _broken(backend, error) from error
        return value if isinstance(value, str) else None

    def _keep(self, entry: str, value: str) -> None:
        backend = self._keyring()
        try:
            backend.set_password(SERVICE, entry, value)
        except Exception as error:
            raise _broken(backend, error) from error

    def is_set(self) -> bool:
        return self._secret(PIN_ENTRY) is not None

    def set_pin(
        self, new_pin: str, current_pin: str | None = None, recovery_code: str | None = None
    ) -> str:
        """Set (or change) the PIN; returns the new recovery code, to be shown once (the wizard
        shows its own before anything is saved, and passes it in)."""
        check_new_pin(new_pin)
        if self.is_set():
            if current_pin is None:
                raise PinRefused(
                    translate("Pin", "a PIN is already set: give the current PIN to change it")
                )
            result = self.verify(current_pin)
            if not result.ok:
                raise PinRefused(_refusal(result))
        return self._write(new_pin, "pin_set", recovery_code)

    def reset_with_recovery(self, code: str, new_pin: str) -> str:
        """Forgotten PIN: the recovery code sets a new PIN and is replaced by a new code."""
        check_new_pin(new_pin)
        stored = self._secret(RECOVERY_ENTRY)
        throttle = self._throttle()
        now = self._clock.now()
        if throttle.wait(now):
            raise PinRefused(_refusal(Check(False, throttle.wait(now))))
        if stored is None or not verify_secret(normalise_recovery_code(code), stored):
            self._failed(throttle, now, "recovery_code")
            raise PinRefused(translate("Pin", "that recovery code is not right"))
        return self._write(new_pin, "pin_reset")

    def verify(self, pin: str) -> Check:
        stored = self._secret(PIN_ENTRY)
        if stored is None:
            raise PinNotSet(
                translate("Pin", "no parent PIN is set yet: set one with `guardian pin set`")
            )
        now = self._clock.now()
        throttle = self._throttle()
        wait = throttle.wait(now)
        if wait:
            return Check(False, wait)
        if verify_secret(pin, stored):
            if throttle.failures:
                self._save_throttle(throttle.succeeded())
            return Check(True)
        after = self._failed(throttle, now, "pin")
        return Check(False, after.wait(now))

    def _write(self, new_pin: str, event: str, code: str | None = None) -> str:
        code = normalise_recovery_code(code) if code else new_recovery_code()
        backend = self._keyring()
        try:
            ensure_sealer(self._store, backend)  # from the first PIN on, the store is sealed
        except StoreError:
            raise
        except Exception as error:  # the keyring's own failure
            raise _broken(backend, error) from error
        self._keep(PIN_ENTRY, hash_secret(new_pin))
        self._keep(RECOVERY_ENTRY, hash_secret(code))
        with self._store.session() as s:
            self._store.records.set_setting(s, THROTTLE_SETTING, Throttle().to_json())
            self._store.records.add_event(s, event, at=self._clock.now())
        return code

    def _throttle(self) -> Throttle:
        """The stored count of wrong tries. One changed or removed outside Guardian (to guess
        on without waiting) is not believed: the parent is told, and the worst case holds."""
        if self._store.sealer is None:  # the key is kept beside the PIN: the vault can look
            self._store.sealer = load_sealer(self._keyring())
        with self._store.session(read_only=True) as s:
            value, ok = self._store.records.trusted_setting(s, THROTTLE_SETTING)
            if ok and value is None and self._store.sealer is not None:
                ok = False  # the PIN is set, so the count was written with it: removed
        if ok:
            return Throttle.from_json(value)
        log.warning("the PIN's count of wrong tries was changed outside Guardian")
        with self._store.session() as s:
            self._store.records.add_event(
                s,
                "tampered",
                at=self._clock.now(),
                data={"table": "setting", "row": THROTTLE_SETTING, "what": "changed"},
            )
        return Throttle.worst_case()

    def _save_throttle(self, throttle: Throttle) -> None:
        with self._store.session() as s:
            self._store.records.set_setting(s, THROTTLE_SETTING, throttle.to_json())

    def _failed(self, throttle: Throttle, now: datetime, what: str) -> Throttle:
        after = throttle.failed(now)
        with self._store.session() as s:
            self._store.records.set_setting(s, THROTTLE_SETTING, after.to_json())
            wait = int(after.wait(now).total_seconds())
            data = {"what": what, "failures": after.failures, "wait_seconds": wait}
            self._store.records.add_event(s, "pin_failure", at=now, data=data)
        log.info("wrong %s (%d in a row)", what, after.failures)
        return after


def _broken(backend: Any, error: Exception) -> KeyringUnavailable:
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    log.warning("the keyring %s failed: %s", name, error)
    return KeyringUnavailable(
        translate(
            "Pin",
            "The keyring that keeps the parent PIN ({name}) cannot be used now ({error}); "
            "nothing was unlocked or changed. Unlock or repair the keyring; `guardian doctor` "
            "checks it.",
        ).fill(name=name, error=type(error).__name__)
    )


def _refusal(check: Check) -> Text:
    if check.wait:
        return translate("Pin", "too many wrong tries: wait {seconds} s and try again").fill(
            seconds=int(check.wait.total_seconds())
        )
    return translate("Pin", "that PIN is not right")
