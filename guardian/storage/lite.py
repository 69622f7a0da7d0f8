"""The store of the processes that run all day, over the `sqlite3` module (issue 9).

SQLAlchemy with its ORM is some 30 MB of memory that a process would keep all day on a family PC,
for a few dozen small statements a minute. So the agent that does everything itself and the
service open the store with `open_lite_store` and work with `lite_records`, the twin of
`repositories` for what they read and write while they run. The file is the same one, with the
same checks: the header, SQLite's quick check and the schema revision through a read-only
connection first, the same connection settings (WAL, foreign keys, synchronous=NORMAL, the busy
timeout), every transaction under the write lock unless it only reads, and the same
`StoreError`s. The file stays the one checked (`files.StoreFile`).

Creating or upgrading the schema takes Alembic, so a file that is new or at another revision is
opened with `database.open_store` first, in this process: the first start after installing or
upgrading Guardian keeps SQLAlchemy in memory until the process next starts.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from guardian.core.text import translate
from guardian.storage import lite_records
from guardian.storage.errors import StoreCorrupt
from guardian.storage.files import (
    BUSY_TIMEOUT_MS,
    HEAD_REVISION,
    StoreFile,
    UnreadableJson,
    check_header,
    has_content,
    inspect_read_only,
    prepare_folder,
    store_error,
)
from guardian.storage.lite_records import LiteSession
from guardian.storage.records import Records
from guardian.storage.sealing import SEALER_INFO

log = logging.getLogger(__name__)


class LiteStore(StoreFile):
    """An open database over `sqlite3`: its connections and sessions. Close it when done."""

    records: Records = lite_records

    def __init__(self, path: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
        super().__init__(path)
        self._busy_timeout_ms = busy_timeout_ms
        self._idle: list[sqlite3.Connection] = []  # connections between sessions

    def _connect(self) -> sqlite3.Connection:
        """A connection with the settings of `database.make_engine`; transactions are begun
        here, not by the sqlite3 module."""
        connection = sqlite3.connect(
            self.path, timeout=self._busy_timeout_ms / 1000, isolation_level=None
        )
        connection.execute(f"PRAGMA busy_timeout = {int(self._busy_timeout_ms)}")
        connection.execute("PRAGMA foreign_keys = ON")
        mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode not in ("wal", "memory"):
            log.warning("SQLite would not use WAL mode (got %r); readers may wait", mode)
        connection.execute("PRAGMA synchronous = NORMAL")
        return connection

    @contextmanager
    def session(self, *, read_only: bool = False) -> Iterator[LiteSession]:
        """As `database.Store.session`: one transaction, committed when the block ends and
        rolled back on error; the write lock at once unless `read_only`."""
        self._check_in_place()
        connection: sqlite3.Connection | None = None
        try:
            connection = self._idle.pop() if self._idle else self._connect()
            connection.execute("BEGIN" if read_only else "BEGIN IMMEDIATE")
            try:
                yield LiteSession(connection, {SEALER_INFO: self.sealer})
            except BaseException:
                _roll_back(connection)
                raise
            connection.execute("COMMIT")
        except UnreadableJson as exc:
            raise StoreCorrupt(self.path, exc.text) from exc
        except sqlite3.Error as exc:
            if connection is not None:
                _roll_back(connection)
            mapped = store_error(exc, self.path)
            if mapped is None:
                raise
            if mapped.code == "read_only" and connection is not None:
                # A connection opened while the file could not be written stays read-only for
                # good: start afresh, so the next session sees the file as it is by then.
                connection.close()
                connection = None
                self.close()
            raise mapped from exc
        finally:
            if connection is not None:
                self._idle.append(connection)

    def close(self) -> None:
        """Close every connection kept between sessions."""
        while self._idle:
            self._idle.pop().close()

    def __enter__(self) -> LiteStore:
        return self


def open_lite_store(path: Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> LiteStore:
    """Open the database at `path` as `database.open_store` does, without SQLAlchemy when the
    file is at this Guardian's schema revision (see the module's docstring).

    Raises StoreUnavailable, StoreCorrupt, StoreFromNewerVersion or StoreLocked; in each case
    the file is as it was.
    """
    path = Path(path).absolute()
    prepare_folder(path)
    if not has_content(path) or not _at_head(path, busy_timeout_ms):
        from guardian.storage.database import open_store

        open_store(path, busy_timeout_ms=busy_timeout_ms).close()
        log.info("%s was created or upgraded with SQLAlchemy, which stays loaded", path)
    store = LiteStore(path, busy_timeout_ms)
    try:
        _check_references(store)
    except BaseException:
        store.close()
        raise
    return store


def _at_head(path: Path, busy_timeout_ms: int) -> bool:
    """Whether the file is a Guardian store at `HEAD_REVISION`; a damaged or foreign one is
    refused here (`open_store` refuses a newer one)."""
    check_header(path)
    revisions, _tables = inspect_read_only(path, busy_timeout_ms)
    return revisions == [HEAD_REVISION]


def _check_references(store: LiteStore) -> None:
    """As `open_store` at head: no row points at a missing row (checked under the write lock)."""
    with store.session() as s:
        problems = s.execute("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise StoreCorrupt(
            store.path,
            translate("Store", "{count} rows point at missing rows").fill(count=len(problems)),
        )


def _roll_back(connection: sqlite3.Connection) -> None:
    if connection.in_transaction:
        try:
            connection.execute("ROLLBACK")
        except sqlite3.Error as error:  # the transaction is gone with the error that ended it
            log.debug("rollback: %s", error)
