"""Opening the store on a real SQLite file: settings, refusals, and files left as they were."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import delete, func, select, text
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import IntegrityError, StatementError

from guardian.core.errors import Error
from guardian.storage import repositories as repo
from guardian.storage.database import (
    HEAD_REVISION,
    Store,
    alembic_config,
    current_revision,
    head_revision,
    make_engine,
    open_store,
)
from guardian.storage.errors import (
    ChildExists,
    ChildNotFound,
    StoreCorrupt,
    StoreError,
    StoreFromNewerVersion,
    StoreLocked,
    StoreUnavailable,
)
from guardian.storage.models import Child, UsageSpan
from guardian.storage.types import UtcDateTime, from_epoch_ms, to_epoch_ms

NOW = datetime(2026, 5, 9, 12, 0, tzinfo=UTC)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "home" / "guardian.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with open_store(db_path) as opened:
        yield opened


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file in the folder with a hash of its bytes."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def make_database(path: Path) -> None:
    """A Guardian database with one child, closed again."""
    with open_store(path) as store, store.session() as s:
        repo.add_child(s, "Ann", now=NOW)


def make_old_database(path: Path, revision: str) -> None:
    """A database of an older Guardian (schema `revision`) with one child, closed again."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), revision)
    finally:
        engine.dispose()
    with closing(sqlite3.connect(path)) as db:
        db.execute("INSERT INTO child (name, created_at) VALUES ('Ann', ?)", (to_epoch_ms(NOW),))
        db.commit()


def loads_alembic_to_open(path: Path) -> bool:
    """Whether opening the store at `path`, in a fresh interpreter, imports Alembic."""
    program = (
        "import sys\n"
        "from pathlib import Path\n"
        "from guardian.storage.database import open_store\n"
        "open_store(Path(sys.argv[1])).close()\n"
        "print('alembic' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program, str(path)], capture_output=True, text=True, check=True
    )
    return result.stdout.strip() == "True"


def pragma(store: Store, name: str) -> object:
    with store.session(read_only=True) as s:
        return s.execute(text(f"PRAGMA {name}")).scalar_one()


# Connection settings


def test_a_new_database_is_created_at_head_in_a_new_folder(db_path: Path) -> None:
    assert not db_path.parent.exists()
    with open_store(db_path) as store:
        assert current_revision(store.engine) == head_revision()
    assert db_path.is_file()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("journal_mode", "wal"),
        ("foreign_keys", 1),
        ("synchronous", 1),  # NORMAL
        ("busy_timeout", 5000),
    ],
)
def test_every_session_has_guardians_pragmas(store: Store, name: str, expected: object) -> None:
    assert pragma(store, name) == expected


def test_the_busy_timeout_can_be_shortened(db_path: Path) -> None:
    with open_store(db_path, busy_timeout_ms=75) as store:
        assert pragma(store, "busy_timeout") == 75


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(IntegrityError), store.session() as s:
        s.add(
            UsageSpan(child_id=999, app_id=999, start=NOW, end=NOW, category="games", counted=True)
        )


def test_deleting_a_child_deletes_its_usage(store: Store) -> None:
    with store.session() as s:
        child = repo.add_child(s, "Ann", now=NOW)
        repo.add_spans(
            s, child, [repo.SpanRecord("/g", "g", NOW, NOW + timedelta(minutes=5), "games")]
        )
    with store.session() as s:
        s.execute(delete(Child).where(Child.name == "Ann"))
    with store.session(read_only=True) as s:
        assert s.scalar(select(func.count()).select_from(UsageSpan)) == 0


def test_an_empty_existing_file_becomes_a_database(db_path: Path) -> None:
    db_path.parent.mkdir()
    db_path.touch()
    with open_store(db_path) as store:
        assert current_revision(store.engine) == head_revision()


@pytest.mark.parametrize("revision", ["0001", "0002"])
def test_an_older_database_is_upgraded_with_its_data(db_path: Path, revision: str) -> None:
    make_old_database(db_path, revision)
    with open_store(db_path) as store:
        assert current_revision(store.engine) == head_revision()
        with store.session(read_only=True) as s:
            ann = repo.get_child(s, "Ann")
            assert (ann.name, ann.created_at) == ("Ann", NOW)


def test_a_database_at_head_opens_without_alembic(db_path: Path) -> None:
    make_database(db_path)
    assert not loads_alembic_to_open(db_path)


@pytest.mark.parametrize("revision", ["0001", HEAD_REVISION])
def test_alembic_is_loaded_to_create_or_upgrade(tmp_path: Path, revision: str) -> None:
    assert loads_alembic_to_open(tmp_path / "new" / "guardian.sqlite3")  # created
    old = tmp_path / "old" / "guardian.sqlite3"
    make_old_database(old, revision)
    assert loads_alembic_to_open(old) == (revision != HEAD_REVISION)


# Sessions


def test_reopening_keeps_the_data(db_path: Path) -> None:
    make_database(db_path)
    with open_store(db_path) as store, store.session(read_only=True) as s:
        ann = repo.get_child(s, "Ann")
        assert (ann.name, ann.created_at) == ("Ann", NOW)


def test_a_session_rolls_back_when_its_block_fails(store: Store) -> None:
    with pytest.raises(RuntimeError, match="boom"), store.session() as s:
        repo.add_child(s, "Ann", now=NOW)
        raise RuntimeError("boom")
    with store.session(read_only=True) as s:
        assert repo.list_children(s) == []


def test_objects_stay_readable_after_their_session(store: Store) -> None:
    with store.session() as s:
        child = repo.add_child(s, "Ann", os_user="ann", age=9, now=NOW)
    assert (child.name, child.os_user, child.age) == ("Ann", "ann", 9)


def test_two_stores_on_one_file_see_each_others_writes(db_path: Path) -> None:
    with open_store(db_path) as agent, open_store(db_path) as dashboard:
        with dashboard.session() as s:
            repo.add_child(s, "Ann", now=NOW)
        with agent.session(read_only=True) as s:
            assert [c.name for c in repo.list_children(s)] == ["Ann"]


def try_write_lock(path: Path) -> bool:
    """Whether another connection can take the write lock right now (without waiting)."""
    with closing(sqlite3.connect(path, isolation_level=None, timeout=0)) as other:
        try:
            other.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError:
            return False
        other.execute("ROLLBACK")
        return True


def test_a_session_takes_the_write_lock_at_its_first_statement(store: Store) -> None:
    with store.session() as s:
        repo.list_children(s)
        assert not try_write_lock(store.path)
    assert try_write_lock(store.path)


def test_a_read_only_session_leaves_the_write_lock_free(store: Store) -> None:
    with store.session(read_only=True) as s:
        repo.list_children(s)
        assert try_write_lock(store.path)


# Refusals: the file must be exactly as it was


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\x01garbage" * 500,
        "家长的笔记：不是数据库\n".encode() * 100,
        b"SQLite format 3",  # shorter than the header
        b"SQLite format 3\x00" + b"\x01" * 5000,  # the header, then nonsense
    ],
    ids=["binary", "text", "short", "header-then-garbage"],
)
def test_a_file_that_is_not_a_database_is_refused_untouched(db_path: Path, content: bytes) -> None:
    db_path.parent.mkdir()
    db_path.write_bytes(content)
    before = fingerprint(db_path.parent)
    with pytest.raises(StoreCorrupt) as caught:
        open_store(db_path)
    assert fingerprint(db_path.parent) == before
    assert str(db_path) in str(caught.value)


def test_a_damaged_database_is_refused_untouched(db_path: Path) -> None:
    db_path.parent.mkdir()
    with closing(sqlite3.connect(db_path)) as db:
        db.execute("CREATE TABLE notes (body TEXT)")
        db.execute("CREATE INDEX ix_notes_body ON notes (body)")
        db.executemany("INSERT INTO notes VALUES (?)", [(f"note {i}" * 5,) for i in range(2000)])
        db.commit()
    data = bytearray(db_path.read_bytes())
    page = 4096
    data[5 * page + 100 : 5 * page + 400] = b"\xff" * 300  # scribble over an index page
    db_path.write_bytes(bytes(data))
    before = fingerprint(db_path.parent)
    with pytest.raises(StoreCorrupt, match="damaged"):
        open_store(db_path)
    assert fingerprint(db_path.parent) == before


def test_another_programs_database_is_refused_untouched(db_path: Path) -> None:
    db_path.parent.mkdir()
    with closing(sqlite3.connect(db_path)) as db:
        db.execute("CREATE TABLE photos (name TEXT)")
        db.commit()
    before = fingerprint(db_path.parent)
    with pytest.raises(StoreCorrupt, match="no Guardian schema revision"):
        open_store(db_path)
    assert fingerprint(db_path.parent) == before


def test_a_database_from_a_newer_guardian_is_refused_untouched(db_path: Path) -> None:
    make_database(db_path)
    with closing(sqlite3.connect(db_path)) as db:
        db.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
        db.commit()
    before = db_path.read_bytes()
    with pytest.raises(StoreFromNewerVersion) as caught:
        open_store(db_path)
    assert db_path.read_bytes() == before
    assert caught.value.revision == "ffffffffffff"
    assert str(db_path) in str(caught.value)
    with closing(sqlite3.connect(db_path)) as db:
        assert db.execute("SELECT name FROM child").fetchall() == [("Ann",)]


def test_a_database_at_head_with_rows_pointing_nowhere_is_refused_untouched(
    db_path: Path,
) -> None:
    make_database(db_path)
    with closing(sqlite3.connect(db_path)) as db:  # foreign keys are off in plain sqlite3
        db.execute("INSERT INTO event (child_id, at, kind, data) VALUES (99, 0, 'lock', '{}')")
        db.commit()
    before = db_path.read_bytes()
    with pytest.raises(StoreCorrupt, match="1 rows point at missing rows"):
        open_store(db_path)
    assert db_path.read_bytes() == before


def test_a_database_locked_by_another_program_is_refused(db_path: Path) -> None:
    make_database(db_path)
    with closing(sqlite3.connect(db_path, isolation_level=None)) as other:
        other.execute("BEGIN EXCLUSIVE")
        try:
            with pytest.raises(StoreLocked) as caught:
                open_store(db_path, busy_timeout_ms=50)
        finally:
            other.execute("ROLLBACK")
    assert str(db_path) in str(caught.value)
    with open_store(db_path, busy_timeout_ms=50):
        pass  # free again


def test_a_write_while_another_program_holds_the_lock_raises_store_locked(db_path: Path) -> None:
    with open_store(db_path, busy_timeout_ms=50) as store:
        with closing(sqlite3.connect(db_path, isolation_level=None)) as other:
            other.execute("BEGIN IMMEDIATE")
            try:
                with pytest.raises(StoreLocked), store.session() as s:
                    repo.add_child(s, "Ann", now=NOW)
            finally:
                other.execute("ROLLBACK")
        with store.session(read_only=True) as s:
            assert repo.list_children(s) == []


def test_a_data_home_under_a_regular_file_is_unavailable(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data home should be")
    path = blocker / "home" / "guardian.sqlite3"
    with pytest.raises(StoreUnavailable) as caught:
        open_store(path)
    assert str(path) in str(caught.value)
    assert blocker.read_text() == "a file where the data home should be"


def test_a_folder_in_place_of_the_file_is_unavailable(db_path: Path) -> None:
    db_path.mkdir(parents=True)
    with pytest.raises(StoreUnavailable, match="folder"):
        open_store(db_path)


PATH = Path("/home/family/.local/share/Guardian/guardian.sqlite3")


@pytest.mark.parametrize(
    "error",
    [
        StoreLocked(PATH),
        StoreFromNewerVersion(PATH, "0042"),
        StoreCorrupt(PATH, "file is not a database"),
        StoreUnavailable(PATH, "the disk is full"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_store_errors_name_the_file_and_say_nothing_was_changed(error: StoreError) -> None:
    message = str(error)
    assert isinstance(error, Error)
    assert str(PATH) in message
    assert "did not change or delete anything" in message


def test_child_errors_name_the_child() -> None:
    assert "'Ann'" in str(ChildExists("Ann"))
    assert "'Ben'" in str(ChildNotFound("Ben"))
    assert issubclass(ChildExists, StoreError)
    assert issubclass(ChildNotFound, StoreError)


# UtcDateTime


NAIVE = datetime(2026, 5, 9, 12, 0)  # noqa: DTZ001 - the mistake under test


def test_the_type_refuses_naive_datetimes() -> None:
    with pytest.raises(ValueError, match="naive"):
        UtcDateTime().process_bind_param(NAIVE, sqlite.dialect())


def test_the_orm_refuses_naive_datetimes(store: Store) -> None:
    with pytest.raises(StatementError) as caught, store.session() as s:
        s.add(Child(name="Ann", created_at=NAIVE))
        s.flush()
    assert isinstance(caught.value.orig, ValueError)


def test_repositories_refuse_naive_datetimes_up_front(store: Store) -> None:
    with pytest.raises(ValueError, match="naive"), store.session() as s:
        repo.add_child(s, "Ann", now=NAIVE)


@pytest.mark.parametrize(
    "offset",
    [timedelta(hours=8), timedelta(hours=-5), timedelta(hours=5, minutes=45), timedelta(0)],
)
def test_aware_datetimes_come_back_as_the_same_instant_in_utc(
    store: Store, offset: timedelta
) -> None:
    written = datetime(2026, 3, 29, 1, 30, 15, 123000, tzinfo=timezone(offset))
    with store.session() as s:
        repo.add_child(s, "Ann", now=written)
    with store.session(read_only=True) as s:
        read = repo.get_child(s, "Ann").created_at
    assert read == written
    assert read.tzinfo is UTC
    assert read.utcoffset() == timedelta(0)


def test_instants_are_stored_as_integer_milliseconds(store: Store) -> None:
    at = datetime(2026, 1, 1, 0, 0, 1, 999999, tzinfo=UTC)
    with store.session() as s:
        repo.add_child(s, "Ann", now=at)
    with store.session(read_only=True) as s:
        raw = s.execute(text("SELECT created_at, typeof(created_at) FROM child")).one()
    assert tuple(raw) == (1_767_225_601_999, "integer")
    assert from_epoch_ms(to_epoch_ms(at)) == at.replace(microsecond=999000)
