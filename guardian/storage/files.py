"""The store's file, whatever opens it: checks before opening, what a failure means for a
parent, and the file staying the one that was checked (see `guardian.storage.database`).

No SQLAlchemy here: `guardian.storage.lite`, the agent's own store, uses the same checks.
"""

from __future__ import annotations

import errno
import json
import sqlite3
from contextlib import AbstractContextManager, closing
from pathlib import Path
from types import TracebackType
from typing import Any

from guardian.core.text import Text, translate, verbatim
from guardian.storage.errors import StoreCorrupt, StoreError, StoreLocked, StoreUnavailable
from guardian.storage.records import Records
from guardian.storage.sealing import Sealer

# The newest revision in migrations/versions; a new migration moves it (a test compares it with
# Alembic's head). A store at this revision opens without importing Alembic, which with Mako and
# Pygments is some 15 MB that the service and the agent would keep for as long as they run.
HEAD_REVISION = "0003"

# Wait up to 5 s for the other process (agent or dashboard) to finish its write: their
# transactions take milliseconds, so a longer wait means something is stuck.
BUSY_TIMEOUT_MS = 5000

SQLITE_HEADER = b"SQLite format 3\x00"


class StoreFile:
    """An open store's file: its path, the file checked when it was opened, and the sealer.
    Subclasses give the sessions, their records (`guardian.storage.records`) and `close`."""

    records: Records

    def __init__(self, path: Path) -> None:
        self.path = path
        self._identity = _known_identity(path)  # the file this store checked and uses, and no other
        # With a sealer, rows that take a seal are sealed and checked (guardian.storage.sealing).
        self.sealer: Sealer | None = None

    def change_mark(self) -> tuple[int, ...] | None:
        """A value that changes whenever a commit reaches the store, from any process: the file
        ids, sizes and modification times of the database and its write-ahead log (a commit
        appends to the log; a checkpoint writes the database). None when it cannot be told (no
        file, or it cannot be read): read the store then, as if it had changed.

        Two commits within one tick of the file system's clock that leave the log the same size
        (the log restarted in between) look like one: callers read the store now and then even
        when the mark is the same."""
        mark: list[int] = []
        for path, needed in (
            (self.path, True),
            (self.path.with_name(self.path.name + "-wal"), False),
        ):
            try:
                found = path.stat()
            except FileNotFoundError:
                if needed:
                    return None
                mark += (0, 0, 0)  # no log, yet or any more: that is part of the mark too
                continue
            except OSError:
                return None
            mark += (found.st_ino, found.st_size, found.st_mtime_ns)
        return tuple(mark)

    def _check_in_place(self) -> None:
        """Refuse to go on when the file opened is no longer the one at `path`."""
        if self._identity is None:
            return
        try:
            found = _identity(self.path)
        except (FileNotFoundError, NotADirectoryError) as exc:
            raise StoreUnavailable(self.path, _GONE, "missing") from exc
        except OSError as exc:
            reason, code = _os_reason(exc)
            raise StoreUnavailable(self.path, reason, code) from exc
        if found != self._identity:
            raise StoreUnavailable(
                self.path,
                translate(
                    "Store",
                    "another file has taken its place since Guardian opened it, and Guardian "
                    "uses a new file only after checking it when it starts",
                ),
                "replaced",
            )

    def session(self, *, read_only: bool = False) -> AbstractContextManager[Any]:
        """A session in one transaction: committed when the block ends, rolled back on error;
        `read_only` takes no write lock. Errors of the environment become `StoreError`s."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Any:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def prepare_folder(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason, code = _os_reason(exc)
        cannot = translate("Store", "its folder cannot be created ({reason})").fill(reason=reason)
        raise StoreUnavailable(path, cannot, code) from exc
    if path.exists() and not path.is_file():
        raise StoreUnavailable(
            path, translate("Store", "that name is taken by a folder or device, not a file")
        )


def has_content(path: Path) -> bool:
    try:
        return path.exists() and path.stat().st_size > 0
    except OSError as exc:
        raise _unreadable(path, exc) from exc


def check_header(path: Path) -> None:
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if header != SQLITE_HEADER:
        raise StoreCorrupt(path, translate("Store", "it does not start like a SQLite database"))


def inspect_read_only(path: Path, busy_timeout_ms: int) -> tuple[list[str], set[str]]:
    """Refuse a damaged or foreign file, through a connection that cannot write; returns its
    schema revisions and tables, for the caller to check."""
    uri = f"{path.as_uri()}?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True, timeout=busy_timeout_ms / 1000)) as db:
            result = [row[0] for row in db.execute("PRAGMA quick_check")]
            if result != ["ok"]:
                raise StoreCorrupt(
                    path,
                    translate("Store", "SQLite's check found damage: {problem}").fill(
                        problem=_first_problem(result)
                    ),
                )
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
            revisions: list[str] = []
            if "alembic_version" in tables:
                revisions = [r[0] for r in db.execute("SELECT version_num FROM alembic_version")]
    except sqlite3.Error as exc:
        mapped = store_error(exc, path)
        if mapped is None:
            raise
        raise mapped from exc
    return revisions, tables


def _first_problem(check: list[str]) -> str:
    lines = [line for row in check for line in row.splitlines() if not line.startswith("***")]
    first = lines[0] if lines else "unknown"
    # One line is enough for the message; the rest can be had with `sqlite3 FILE "PRAGMA
    # quick_check"` and would bury what the parent needs to read.
    return first if len(first) <= 120 else first[:117] + "..."


def store_error(exc: BaseException, path: Path) -> StoreError | None:
    """The StoreError for what the environment did, or None for anything else (a bug). A
    SQLAlchemy error is looked into for the sqlite3 error it wraps (its `orig`)."""
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, OSError):
        reason, os_code = _os_reason(exc)
        return StoreUnavailable(path, reason, os_code)
    orig = getattr(exc, "orig", None) if not isinstance(exc, sqlite3.Error) else exc
    if not isinstance(orig, sqlite3.Error):
        return None
    code = getattr(orig, "sqlite_errorcode", -1) & 0xFF
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return StoreLocked(path)
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return StoreCorrupt(path, verbatim(str(orig)))
    if code == sqlite3.SQLITE_FULL:
        return StoreUnavailable(path, _DISK_FULL, "disk_full")
    if code == sqlite3.SQLITE_CANTOPEN and not path.parent.is_dir():
        return StoreUnavailable(path, _GONE, "missing")
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN):
        return StoreUnavailable(
            path, translate("Store", "the file or its folder cannot be written"), "read_only"
        )
    if code == sqlite3.SQLITE_IOERR:
        return StoreUnavailable(
            path,
            translate("Store", "the disk reported an error ({detail})").fill(detail=str(orig)),
            "io_error",
        )
    return None


_DISK_FULL = translate("Store", "the disk is full")
_GONE = translate(
    "Store",
    "it is no longer there: the file or its folder was moved, renamed or deleted while Guardian "
    "was running",
)


def _os_reason(exc: OSError) -> tuple[Text, str]:
    """What the system said, for a parent, and its code (see `StoreUnavailable`)."""
    if exc.errno == errno.ENOSPC:
        return _DISK_FULL, "disk_full"
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return translate("Store", "the disk or folder cannot be written"), "read_only"
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return verbatim(exc.strerror or str(exc)), "missing"
    return verbatim(exc.strerror or str(exc)), "unavailable"


def _unreadable(path: Path, exc: OSError) -> StoreUnavailable:
    reason, code = _os_reason(exc)
    return StoreUnavailable(
        path, translate("Store", "it cannot be read ({reason})").fill(reason=reason), code
    )


def _identity(path: Path) -> tuple[int, int]:
    """Which file is at `path` (its device and inode): a file renamed in its place differs."""
    found = path.stat()
    return found.st_dev, found.st_ino


def _known_identity(path: Path) -> tuple[int, int] | None:
    try:
        return _identity(path)
    except OSError:
        return None  # nothing to compare with later: the file is not checked in place


class UnreadableJson(ValueError):
    """A JSON value in the file that does not parse: a row changed outside Guardian."""

    def __init__(self, problem: str) -> None:
        self.text = translate("Store", "a stored value is not valid JSON ({problem})").fill(
            problem=problem
        )
        super().__init__(str(self.text))


def read_json(value: str) -> Any:
    try:
        return json.loads(value)
    except ValueError as exc:
        raise UnreadableJson(str(exc)) from exc
