"""The agent's own store over `sqlite3` (guardian.storage.lite) on a real file: opening, refusals
and sessions, as tests/storage/test_database.py checks them for the ORM's store.

`open_lite_store` creates or upgrades a file through `open_store` (Alembic needs SQLAlchemy)
and opens one at this Guardian's revision without either; it refuses the same files with the
same errors, leaving them as they were.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from guardian.storage import repositories
from guardian.storage.database import open_store
from guardian.storage.errors import (
    StoreCorrupt,
    StoreError,
    StoreFromNewerVersion,
    StoreLocked,
    StoreUnavailable,
)
from guardian.storage.files import HEAD_REVISION
from guardian.storage.instants import to_epoch_ms
from guardian.storage.lite import LiteStore, open_lite_store
from guardian.storage.records import SpanRecord
from guardian.storage.sealing import Sealer
from tests.storage.test_database import (
    NOW,
    fingerprint,
    make_database,
    make_old_database,
    try_write_lock,
)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "home" / "guardian.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[LiteStore]:
    """A lite store on a database with Ann in it."""
    make_database(db_path)
    with open_lite_store(db_path) as opened:
        yield opened


def names(store: LiteStore) -> list[str]:
    with store.session(read_only=True) as s:
        return [c.name for c in store.records.list_children(s)]


def revisions(path: Path) -> list[tuple[str]]:
    with closing(sqlite3.connect(path)) as db:
        return db.execute("SELECT version_num FROM alembic_version").fetchall()


def settings(path: Path) -> list[tuple[str, object]]:
    with closing(sqlite3.connect(path)) as db:
        return db.execute("SELECT key, value FROM setting ORDER BY key").fetchall()


def pragma(store: LiteStore, name: str, *, read_only: bool = True) -> object:
    with store.session(read_only=read_only) as s:
        return s.execute(f"PRAGMA {name}").fetchone()[0]


def refusal(open_it: Callable[[Path], object], path: Path) -> StoreError:
    """The StoreError that opening `path` with `open_it` raises."""
    with pytest.raises(StoreError) as caught:
        open_it(path)
    return caught.value


def loads_to_open(path: Path) -> list[str]:
    """Which of SQLAlchemy and Alembic opening `path` with `open_lite_store` imports, in a fresh
    interpreter."""
    program = (
        "import sys\n"
        "from pathlib import Path\n"
        "from guardian.storage.lite import open_lite_store\n"
        "open_lite_store(Path(sys.argv[1])).close()\n"
        "print(','.join(m for m in ('sqlalchemy', 'alembic') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program, str(path)], capture_output=True, text=True, check=True
    )
    return [m for m in result.stdout.strip().split(",") if m]


# Opening


def test_a_new_file_is_created_at_head_in_a_new_folder_and_usable(db_path: Path) -> None:
    assert not db_path.parent.exists()
    with open_lite_store(db_path) as store:
        assert db_path.is_file()
        assert revisions(db_path) == [(HEAD_REVISION,)]
        assert names(store) == []
        with store.session() as s:
            store.records.set_setting(s, "title_days", 30)
    with open_store(db_path) as orm, orm.session(read_only=True) as s:
        assert repositories.get_setting(s, "title_days") == 30


def test_an_empty_existing_file_becomes_a_database(db_path: Path) -> None:
    db_path.parent.mkdir()
    db_path.touch()
    with open_lite_store(db_path) as store:
        assert names(store) == []
    assert revisions(db_path) == [(HEAD_REVISION,)]


@pytest.mark.parametrize("revision", ["0001", "0002"])
def test_an_older_database_is_upgraded_with_its_data(db_path: Path, revision: str) -> None:
    make_old_database(db_path, revision)
    with open_lite_store(db_path) as store:
        assert revisions(db_path) == [(HEAD_REVISION,)]
        with store.session(read_only=True) as s:
            (ann,) = store.records.list_children(s)
        assert (ann.name, ann.created_at) == ("Ann", NOW)
        # What the later revisions added: seals (0002) and rollups (0003).
        store.sealer = Sealer(bytes(range(32)))
        day = (NOW - timedelta(hours=12), NOW + timedelta(hours=12))
        with store.session() as s:
            grant = store.records.add_grant(s, ann, granted_at=NOW, seconds=60, author="mum")
            store.records.add_spans(
                s, ann, [SpanRecord("/usr/bin/game", "game", NOW, NOW + timedelta(hours=1), "g")]
            )
            assert store.records.roll_up(s, ann, [day], now=day[1]) == 1
        with store.session(read_only=True) as s:
            assert store.records.trusted_grants_since(s, ann, NOW) == ([grant], [])
            assert store.records.usage_total(s, ann, *day) == 3600


def test_reopening_keeps_the_data(db_path: Path) -> None:
    make_database(db_path)
    with open_lite_store(db_path) as store, store.session() as s:
        store.records.set_setting(s, "title_days", 7)
    with open_lite_store(db_path) as store:
        assert names(store) == ["Ann"]
        with store.session(read_only=True) as s:
            assert store.records.get_setting(s, "title_days") == 7


def test_a_database_at_head_opens_without_sqlalchemy(db_path: Path) -> None:
    make_database(db_path)
    assert loads_to_open(db_path) == []


def test_sqlalchemy_and_alembic_are_loaded_to_create_or_upgrade(tmp_path: Path) -> None:
    assert loads_to_open(tmp_path / "new" / "guardian.sqlite3") == ["sqlalchemy", "alembic"]
    old = tmp_path / "old" / "guardian.sqlite3"
    make_old_database(old, "0001")
    assert loads_to_open(old) == ["sqlalchemy", "alembic"]


# Refusals: the same errors as open_store, and the file exactly as it was


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\x01garbage" * 500,
        "家长的笔记：不是数据库\n".encode() * 100,
        b"SQLite format 3",  # shorter than the header
        b"SQLite format 3\x00" + b"\x01" * 5000,  # the header, then nonsense
        bytes(range(256)) * 40,
    ],
    ids=["binary", "text", "short", "header-then-garbage", "random-bytes"],
)
def test_a_file_that_is_not_a_database_is_refused_untouched(db_path: Path, content: bytes) -> None:
    db_path.parent.mkdir()
    db_path.write_bytes(content)
    before = fingerprint(db_path.parent)
    lite_error = refusal(open_lite_store, db_path)
    assert fingerprint(db_path.parent) == before
    assert type(lite_error) is type(refusal(open_store, db_path)) is StoreCorrupt
    assert str(db_path) in str(lite_error)
    assert fingerprint(db_path.parent) == before


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
        open_lite_store(db_path)
    assert fingerprint(db_path.parent) == before


def test_another_programs_database_is_refused_untouched(db_path: Path) -> None:
    db_path.parent.mkdir()
    with closing(sqlite3.connect(db_path)) as db:
        db.execute("CREATE TABLE photos (name TEXT)")
        db.execute("INSERT INTO photos VALUES ('birthday.jpg')")
        db.commit()
    before = fingerprint(db_path.parent)
    with pytest.raises(StoreCorrupt, match="no Guardian schema revision"):
        open_lite_store(db_path)
    assert fingerprint(db_path.parent) == before
    assert type(refusal(open_store, db_path)) is StoreCorrupt


def test_a_database_from_a_newer_guardian_is_refused_untouched(db_path: Path) -> None:
    make_database(db_path)
    with closing(sqlite3.connect(db_path)) as db:
        db.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
        db.commit()
    before = db_path.read_bytes()
    with pytest.raises(StoreFromNewerVersion) as caught:
        open_lite_store(db_path)
    assert db_path.read_bytes() == before  # (the read-only check leaves an empty -wal, -shm)
    assert caught.value.revision == "ffffffffffff"
    assert str(db_path) in str(caught.value)
    assert type(refusal(open_store, db_path)) is StoreFromNewerVersion
    assert db_path.read_bytes() == before
    with closing(sqlite3.connect(db_path)) as db:
        assert db.execute("SELECT name FROM child").fetchall() == [("Ann",)]


def test_a_database_at_head_with_rows_pointing_nowhere_is_refused_untouched(
    db_path: Path,
) -> None:
    make_database(db_path)
    with closing(sqlite3.connect(db_path)) as db:
        db.execute("PRAGMA foreign_keys = OFF")
        db.execute("INSERT INTO event (child_id, at, kind, data) VALUES (99, 0, 'lock', '{}')")
        db.commit()
    before = fingerprint(db_path.parent)
    with pytest.raises(StoreCorrupt, match="1 rows point at missing rows"):
        open_lite_store(db_path)
    assert fingerprint(db_path.parent) == before
    assert type(refusal(open_store, db_path)) is StoreCorrupt
    assert fingerprint(db_path.parent) == before


def test_a_database_locked_by_another_program_is_refused(db_path: Path) -> None:
    make_database(db_path)
    with closing(sqlite3.connect(db_path, isolation_level=None)) as other:
        other.execute("BEGIN EXCLUSIVE")
        try:
            with pytest.raises(StoreLocked) as caught:
                open_lite_store(db_path, busy_timeout_ms=50)
        finally:
            other.execute("ROLLBACK")
    assert str(db_path) in str(caught.value)
    with open_lite_store(db_path, busy_timeout_ms=50) as store:
        assert names(store) == ["Ann"]  # free again


def test_a_folder_in_place_of_the_file_is_unavailable(db_path: Path) -> None:
    db_path.mkdir(parents=True)
    with pytest.raises(StoreUnavailable, match="folder"):
        open_lite_store(db_path)


def test_a_data_home_under_a_regular_file_is_unavailable(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data home should be")
    with pytest.raises(StoreUnavailable):
        open_lite_store(blocker / "home" / "guardian.sqlite3")
    assert blocker.read_text() == "a file where the data home should be"


# Sessions


def test_a_session_rolls_back_when_its_block_fails(store: LiteStore) -> None:
    with pytest.raises(RuntimeError, match="boom"), store.session() as s:
        store.records.set_setting(s, "title_days", 7)
        s.execute("DELETE FROM child")
        raise RuntimeError("boom")
    assert names(store) == ["Ann"]
    assert settings(store.path) == []
    with store.session() as s:  # the connection is not left in the failed transaction
        store.records.set_setting(s, "title_days", 14)
    assert settings(store.path) == [("title_days", 14)]


def test_a_session_commits_when_its_block_ends(store: LiteStore) -> None:
    with store.session() as s:
        store.records.set_setting(s, "title_days", 7)
        assert settings(store.path) == []  # not before the block ends
    assert settings(store.path) == [("title_days", 7)]


def test_a_write_session_takes_the_write_lock_at_once(store: LiteStore) -> None:
    with store.session():
        assert not try_write_lock(store.path)
    assert try_write_lock(store.path)


def test_a_read_only_session_leaves_the_write_lock_free(store: LiteStore) -> None:
    with store.session(read_only=True) as s:
        store.records.list_children(s)
        assert try_write_lock(store.path)


def test_while_another_program_writes_reading_works_and_writing_is_locked(db_path: Path) -> None:
    make_database(db_path)
    with (
        open_lite_store(db_path, busy_timeout_ms=100) as store,
        closing(sqlite3.connect(db_path, isolation_level=None)) as other,
    ):
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE child SET name = 'Ben'")  # not committed yet
        try:
            assert names(store) == ["Ann"]
            with pytest.raises(StoreLocked) as caught, store.session() as s:
                store.records.set_setting(s, "title_days", 7)
            assert caught.value.code == "locked"
            assert str(db_path) in str(caught.value)
        finally:
            other.execute("ROLLBACK")
        with store.session() as s:  # free again, and the store still works
            store.records.set_setting(s, "title_days", 14)
        assert settings(db_path) == [("title_days", 14)]


def test_a_file_replaced_while_open_is_not_used(store: LiteStore, tmp_path: Path) -> None:
    other = tmp_path / "other" / "guardian.sqlite3"
    make_database(other)
    other.replace(store.path)  # a rename: another file at the path
    before = fingerprint(store.path.parent)
    with pytest.raises(StoreUnavailable) as caught, store.session() as s:
        store.records.set_setting(s, "title_days", 7)
    assert caught.value.code == "replaced"
    assert str(store.path) in str(caught.value)
    assert fingerprint(store.path.parent) == before


def test_a_folder_renamed_while_open_is_missing_until_it_is_back(
    store: LiteStore, tmp_path: Path
) -> None:
    with store.session() as s:
        store.records.set_setting(s, "title_days", 7)
    moved = tmp_path / "moved"
    store.path.parent.rename(moved)
    with pytest.raises(StoreUnavailable) as caught, store.session(read_only=True):
        pass
    assert caught.value.code == "missing"
    assert not store.path.parent.exists()  # nothing was made at the old path
    moved.rename(store.path.parent)
    with store.session(read_only=True) as s:
        assert store.records.get_setting(s, "title_days") == 7


# Connection settings


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("journal_mode", "wal"),
        ("foreign_keys", 1),
        ("synchronous", 1),  # NORMAL
        ("busy_timeout", 5000),
    ],
)
@pytest.mark.parametrize("read_only", [True, False], ids=["read", "write"])
def test_every_session_has_guardians_pragmas(
    store: LiteStore, name: str, expected: object, read_only: bool
) -> None:
    assert pragma(store, name, read_only=read_only) == expected


def test_the_busy_timeout_can_be_shortened(db_path: Path) -> None:
    with open_lite_store(db_path, busy_timeout_ms=75) as store:
        assert pragma(store, "busy_timeout") == 75


def test_the_file_is_in_wal_mode_for_other_connections_too(store: LiteStore) -> None:
    with closing(sqlite3.connect(store.path)) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_foreign_keys_are_enforced(store: LiteStore) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"), store.session() as s:
        s.execute(
            'INSERT INTO usage_span (child_id, app_id, start, "end", category, counted) '
            "VALUES (999, 999, 0, 0, 'games', 1)"
        )
    with store.session(read_only=True) as s:
        assert s.execute("SELECT count(*) FROM usage_span").fetchone()[0] == 0


def test_a_lite_store_and_an_orm_store_see_each_others_writes(store: LiteStore) -> None:
    with open_store(store.path) as orm:
        with orm.session() as s:
            repositories.add_child(s, "Ben", now=NOW)
        assert names(store) == ["Ann", "Ben"]
        with store.session() as s:
            store.records.add_event(s, "lock", at=NOW, data={"reason": "limit"})
        with orm.session(read_only=True) as s:
            assert [(e.kind, e.at, e.data) for e in repositories.events(s)] == [
                ("lock", NOW, {"reason": "limit"})
            ]


def test_instants_are_stored_as_integer_milliseconds(store: LiteStore) -> None:
    at = datetime(2026, 1, 1, 0, 0, 1, 999999, tzinfo=UTC)
    with store.session() as s:
        store.records.add_event(s, "lock", at=at)
        raw = s.execute("SELECT at, typeof(at) FROM event").fetchone()
    assert tuple(raw) == (1_767_225_601_999, "integer")
    assert raw[0] == to_epoch_ms(at)


def test_a_closed_store_opens_new_connections(store: LiteStore) -> None:
    assert names(store) == ["Ann"]
    store.close()
    with store.session() as s:
        store.records.set_setting(s, "title_days", 7)
    assert settings(store.path) == [("title_days", 7)]
