"""Opening Guardian's SQLite file: checks first, then the schema upgrade, then sessions.

`open_store` never deletes, renames or overwrites an existing file. Before it writes anything
it reads the file through a read-only connection: the header, `PRAGMA quick_check` and the
Alembic revision. A damaged file, another program's file or a newer Guardian's file is refused
exactly as it is. Only then does it upgrade the schema, in one transaction under SQLite's write
lock, so two Guardian processes starting together cannot both migrate, and a failed upgrade
leaves the old schema in place. Alembic is imported only when a store is created or upgraded: a
store already at `HEAD_REVISION` is opened without it.

While it is open, a `Store` uses only the file it opened and checked. If that file is no longer
at its path (its folder was renamed or deleted) or another file has taken its place, every
session is refused until the file is back: writing on would put the usage into a deleted file,
where it is lost, and a file put there while Guardian runs has not been checked. When the file
cannot be written, the open connections are closed, so the next try opens it afresh and finds
it writable again once it is.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from guardian.core.text import translate
from guardian.storage import repositories
from guardian.storage.errors import StoreCorrupt, StoreError, StoreFromNewerVersion
from guardian.storage.files import (
    BUSY_TIMEOUT_MS,
    HEAD_REVISION,
    StoreFile,
    UnreadableJson,
    check_header,
    has_content,
    inspect_read_only,
    prepare_folder,
    read_json,
    store_error,
)
from guardian.storage.records import Records
from guardian.storage.sealing import SEALER_INFO

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Execution option read by the "begin" listener: start transactions with BEGIN IMMEDIATE.
_IMMEDIATE = "guardian_begin_immediate"


def make_engine(url: str | URL, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    """An engine for a SQLite URL with Guardian's connection settings.

    Every connection gets foreign keys, WAL (readers never wait for the writer) and
    synchronous=NORMAL (safe in WAL mode; a power cut loses at most the last commits, never the
    file). SQLAlchemy, not the sqlite3 module, starts transactions, so they are real: reads in
    one session see one snapshot, and DDL in a migration rolls back with the rest. A connection
    with the execution option `guardian_begin_immediate=True` takes the write lock when its
    transaction begins.
    """
    engine = create_engine(url, json_deserializer=read_json)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        # Turn off the sqlite3 module's own BEGIN handling; "begin" below emits BEGIN instead.
        dbapi_connection.isolation_level = None
        dbapi_connection.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        dbapi_connection.execute("PRAGMA foreign_keys = ON")
        mode = dbapi_connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode not in ("wal", "memory"):
            log.warning("SQLite would not use WAL mode (got %r); readers may wait", mode)
        dbapi_connection.execute("PRAGMA synchronous = NORMAL")

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        immediate = connection.get_execution_options().get(_IMMEDIATE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


class Store(StoreFile):
    """An open database: the engine and its sessions. Close it when done."""

    records: Records = repositories

    def __init__(self, path: Path, engine: Engine) -> None:
        super().__init__(path)
        self.engine = engine
        # Objects stay readable after their session ends (the UI shows them afterwards).
        self._writer = sessionmaker(
            engine.execution_options(**{_IMMEDIATE: True}), expire_on_commit=False
        )
        self._reader = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self, *, read_only: bool = False) -> Iterator[Session]:
        """A session in one transaction: committed when the block ends, rolled back on error.

        By default the transaction takes SQLite's write lock at once (waiting for another
        writer up to the busy timeout), so a read followed by a write can never fail half-way.
        `read_only=True` takes no lock; use it for queries only (it is not enforced).
        Errors the environment caused (locked, full, read-only, damaged, the file gone) become
        `StoreError`s.
        """
        self._check_in_place()
        maker = self._reader if read_only else self._writer
        try:
            with maker.begin() as s:
                s.info[SEALER_INFO] = self.sealer
                yield s
        except UnreadableJson as exc:
            raise StoreCorrupt(self.path, exc.text) from exc
        except (DBAPIError, sqlite3.Error) as exc:
            mapped = store_error(exc, self.path)
            if mapped is None:
                raise
            if mapped.code == "read_only":
                # A connection opened while the file could not be written stays read-only for
                # good: start afresh, so the next session sees the file as it is by then.
                self.engine.dispose()
            raise mapped from exc

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self


def open_store(path: Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Store:
    """Open (or create) the database at `path` and upgrade its schema to this Guardian's.

    Raises StoreUnavailable, StoreCorrupt, StoreFromNewerVersion or StoreLocked; in each case
    the file is as it was.
    """
    path = Path(path).absolute()
    prepare_folder(path)
    if has_content(path):
        check_header(path)
        _check_revisions(path, *inspect_read_only(path, busy_timeout_ms))
    engine = make_engine(URL.create("sqlite", database=str(path)), busy_timeout_ms=busy_timeout_ms)
    try:
        _upgrade(engine, path)
    except BaseException as exc:
        engine.dispose()
        mapped = None if isinstance(exc, StoreError) else store_error(exc, path)
        if mapped is None:
            raise
        raise mapped from exc
    return Store(path, engine)


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration, built in code (there is no alembic.ini).

    With a `connection`, env.py migrates through it; for developers, e.g.
    `command.revision(alembic_config(conn), "add x", autogenerate=True, rev_id="0002")`.
    """
    from alembic.config import Config

    config = Config()
    # ConfigParser treats "%" as interpolation; a folder name may contain one.
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The schema revision this Guardian creates and upgrades to, as Alembic finds it."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError(f"no Alembic revisions in {MIGRATIONS_DIR}")
    return head


def current_revision(engine: Engine) -> str | None:
    """The database's schema revision, or None when it has none yet."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def known_revisions() -> frozenset[str]:
    """Every schema revision this Guardian knows, old ones included."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return frozenset(s.revision for s in script.walk_revisions())


def _check_revisions(path: Path, revisions: list[str], tables: set[str]) -> None:
    older = [r for r in revisions if r != HEAD_REVISION]
    known = known_revisions() if older else frozenset()  # Alembic only for another revision
    for revision in older:
        if revision not in known:
            raise StoreFromNewerVersion(path, revision)
    own_tables = {t for t in tables if not t.startswith("sqlite_") and t != "alembic_version"}
    if not revisions and own_tables:
        raise StoreCorrupt(
            path, translate("Store", "it holds tables but no Guardian schema revision")
        )


def _upgrade(engine: Engine, path: Path) -> None:
    """Upgrade to head in one write transaction, with foreign keys off as SQLite asks.

    Batch migrations copy and drop tables; with foreign keys on, dropping `child` would cascade
    and delete every child's history. `foreign_key_check` before the commit keeps them honest.
    A store already at `HEAD_REVISION` gets the same checks under the same lock, without
    Alembic.
    """
    with engine.connect() as connection:
        try:
            # PRAGMA foreign_keys is ignored inside a transaction: set it before BEGIN.
            connection.connection.dbapi_connection.execute(  # type: ignore[union-attr]
                "PRAGMA foreign_keys = OFF"
            )
            connection.execution_options(**{_IMMEDIATE: True})
            with connection.begin():
                tables = _tables(connection)
                before = _stored_revisions(connection, tables)
                _check_revisions(path, before, tables)
                if before != [HEAD_REVISION]:
                    from alembic import command

                    command.upgrade(alembic_config(connection), "head")
                problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise StoreCorrupt(
                        path,
                        translate("Store", "{count} rows point at missing rows").fill(
                            count=len(problems)
                        ),
                    )
                after = _stored_revisions(connection, _tables(connection))
            if before != after:
                log.info("database %s upgraded from %s to %s", path, before or "empty", after)
        finally:
            # This connection had foreign keys off: never hand it out again.
            connection.invalidate()


def _tables(connection: Connection) -> set[str]:
    found = connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")
    return set(found.scalars())


def _stored_revisions(connection: Connection, tables: set[str]) -> list[str]:
    """The revisions in Alembic's table, read as Alembic reads them (none without the table)."""
    if "alembic_version" not in tables:
        return []
    return list(connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalars())
