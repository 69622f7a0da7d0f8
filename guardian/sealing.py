"""The sealing key: made when the parent PIN is first set, kept in the keyring beside it.

Every program that opens the store for real (the agent, the service, the dashboard, the command
line) opens it with `open_sealed_store`, which gives the store the key when there is one. From
then on the policy versions, grants and PIN throttle it writes are sealed, and a row changed
outside Guardian is not believed (guardian.storage.sealing). Before a PIN is set there is no
key: there is nothing a parent has protected yet.

The key is as safe as the keyring. With the service installed it is the service's (root's)
keyring, out of a child's reach; on a shared account it is that account's keyring, which stops
a child editing the database file by hand but not a child who reads the keyring too.
"""

from __future__ import annotations

import base64
import binascii
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from guardian import config
from guardian.core.errors import Error
from guardian.core.seal import KEY_BYTES, new_key
from guardian.core.text import translate
from guardian.keyring_access import KEY_ENTRY, PIN_ENTRY, SERVICE, usable_keyring
from guardian.storage.files import StoreFile
from guardian.storage.sealing import Sealer

if TYPE_CHECKING:
    from guardian.storage.database import Store
    from guardian.storage.lite import LiteStore

log = logging.getLogger(__name__)

S = TypeVar("S", bound=StoreFile)


class NeedsAdministrator(Error):
    """The service's data, opened from an account that may not open it."""


def open_sealed_store(path: Path) -> Store:
    """`open_store`, with the sealing key when the keyring has one. A PIN set by a Guardian
    from before seals (no key, nothing sealed yet) gets its key now."""
    _refuse_closed(path)
    from guardian.storage.database import open_store

    return with_sealing_key(open_store(path))


def open_sealed_lite_store(path: Path) -> LiteStore:
    """`open_sealed_store` for the processes that run all day, the service and the agent that
    does everything itself: the store over `sqlite3`, without SQLAlchemy (guardian.storage.lite)."""
    _refuse_closed(path)
    from guardian.storage.lite import open_lite_store

    return with_sealing_key(open_lite_store(path))


def _refuse_closed(path: Path) -> None:
    folder = path.parent
    closed = folder.exists() and not os.access(folder, os.W_OK | os.X_OK)
    if closed and folder == config.system_home():
        raise NeedsAdministrator(
            translate(
                "Store",
                "Guardian's data on this PC ({path}) is kept by the Guardian service, and only "
                "an administrator can open it. Run this as an administrator: `sudo guardian ...` "
                "on Linux and macOS (the dashboard's menu entry asks for the password itself), "
                'or "Run as administrator" on Windows.',
            ).fill(path=folder)
        )


def with_sealing_key(store: S) -> S:
    """Give `store` the sealing key when the keyring has one (see `open_sealed_store`);
    returns the store."""
    try:
        backend = usable_keyring()
        store.sealer = load_sealer(backend)
        if store.sealer is None and backend.get_password(SERVICE, PIN_ENTRY) is not None:
            with store.session(read_only=True) as s:
                upgrade = not store.records.any_sealed(s)
            if upgrade:
                ensure_sealer(store, backend)
    except Exception as error:  # no keyring: sealed rows are not believed (see load_sealer)
        log.warning("the store is opened without its sealing key: %s", error)
    return store


def load_sealer(backend: Any | None = None) -> Sealer | None:
    """The sealer from the keyring's key, or None: no key yet, or no keyring to ask (logged;
    sealed rows then cannot be checked and are not believed)."""
    try:
        if backend is None:
            backend = usable_keyring()
        stored = backend.get_password(SERVICE, KEY_ENTRY)
    except Exception as error:  # any keyring failure: the same as no key, said in the log
        log.warning("the sealing key cannot be read from the keyring: %s", error)
        return None
    return _sealer(stored)


def _sealer(stored: object) -> Sealer | None:
    if not isinstance(stored, str):
        return None
    try:
        key = base64.b64decode(stored, validate=True)
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != KEY_BYTES:
        log.error("the sealing key in the keyring is damaged; sealed rows cannot be checked")
        return None
    return Sealer(key)


def ensure_sealer(store: StoreFile, backend: Any) -> Sealer:
    """The store's sealer, making the key first if the keyring has none. A new key seals the
    rows as they are now (the parent is setting up the PIN at this moment). A keyring that
    fails raises its own error: a key that could not be read is never replaced."""
    sealer = _sealer(backend.get_password(SERVICE, KEY_ENTRY))
    if sealer is not None:
        store.sealer = sealer
        return sealer
    key = new_key()
    backend.set_password(SERVICE, KEY_ENTRY, base64.b64encode(key).decode())
    store.sealer = sealer = Sealer(key)
    with store.session() as s:
        count = store.records.seal_everything(s)
    log.info("sealing key made; %d rows sealed", count)
    return sealer
