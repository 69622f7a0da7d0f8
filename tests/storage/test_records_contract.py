"""The records contract: the same checks, run against every implementation of `records.Records`.

`repositories` (SQLAlchemy's ORM) and `lite_records` (the `sqlite3` module) keep the same records
in the same SQLite file. The `store` fixture runs each test once per implementation: the test
works through `store.records` and `store.session()` only, changes rows behind the store's back
with sqlite3 on the file (as a child with a database editor would), and reads with an ORM store
on the same file where it checks what the other side sees. Children and policy versions are made
through the ORM, as the dashboard makes them.

The tests at the end hold the two against each other: rows that one seals the other trusts, and
the same writes through either leave the same rows.

A known difference between the two is marked with `differs`: a strict xfail for the
implementation that does not do what the test says, so that it is seen until it is settled.
"""

from __future__ import annotations

import dataclasses
import inspect
import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from guardian.storage import lite_records, models, repositories
from guardian.storage.database import Store, open_store
from guardian.storage.errors import StoreCorrupt
from guardian.storage.files import StoreFile
from guardian.storage.instants import to_epoch_ms
from guardian.storage.lite import open_lite_store
from guardian.storage.records import Records, SpanRecord, Tampering
from guardian.storage.sealing import Sealer

KINDS = ["orm", "lite"]
SEALER = Sealer(bytes(range(32)))
OTHER_SEALER = Sealer(bytes(range(100, 132)))
T0 = datetime(2026, 5, 9, 12, 0, tzinfo=UTC)
BEIJING = timezone(timedelta(hours=8))
NAIVE = datetime(2026, 5, 9, 12, 0)  # noqa: DTZ001 - the mistake under test


def utc(day: int, hour: int = 0, minute: int = 0, second: int = 0) -> datetime:
    """An instant in May 2026, in UTC."""
    return datetime(2026, 5, day, hour, minute, second, tzinfo=UTC)


def ms(at: datetime) -> int:
    return to_epoch_ms(at)


def span(
    start: datetime,
    end: datetime,
    exe: str = "steam.exe",
    category: str = "games",
    *,
    counted: bool = True,
    title: str | None = None,
    display_name: str | None = None,
) -> SpanRecord:
    return SpanRecord(f"C:/Programs/{exe}", exe, start, end, category, counted, title, display_name)


def days(first: int, last: int) -> list[tuple[datetime, datetime]]:
    """The UTC days of May 2026 from `first` to `last`, as [start, end) instants."""
    return [(utc(d), utc(d + 1)) for d in range(first, last + 1)]


# The file, changed and read behind the store's back


def edit(path: Path, sql: str, *args: object) -> None:
    """A change made outside Guardian, with sqlite3 on the file (foreign keys off, as there)."""
    with closing(sqlite3.connect(path)) as db:
        db.execute(sql, args)
        db.commit()


def rows(path: Path, sql: str, *args: object) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(path)) as db:
        return db.execute(sql, args).fetchall()


def differs(request: pytest.FixtureRequest, kind: str, failing: str, reason: str) -> None:
    """A known difference: this test fails for the `failing` implementation (strict xfail)."""
    if kind == failing:
        request.applymarker(pytest.mark.xfail(strict=True, reason=reason))


# Fixtures


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "home" / "guardian.sqlite3"


@pytest.fixture
def orm(path: Path) -> Iterator[Store]:
    """An ORM store on the file, as the dashboard has it: it makes Xiaoming at once, and the
    policy versions a test needs."""
    with open_store(path) as opened:
        with opened.session() as s:
            repositories.add_child(s, "Xiaoming", now=T0)
        yield opened


def open_kind(kind: str, path: Path) -> StoreFile:
    return open_store(path) if kind == "orm" else open_lite_store(path)


@pytest.fixture(params=KINDS)
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def store(kind: str, path: Path, orm: Store) -> Iterator[StoreFile]:
    """The store under test, opened on the file once Xiaoming is in it."""
    with open_kind(kind, path) as opened:
        yield opened


def first_child(store: StoreFile, name: str = "Xiaoming") -> Any:
    with store.session(read_only=True) as s:
        return next(c for c in store.records.list_children(s) if c.name == name)


@pytest.fixture
def child(store: StoreFile) -> Any:
    return first_child(store)


def add_versions(orm: Store, *limits: int, name: str = "Xiaoming") -> None:
    """Policy versions 1, 2, ... with these total limits, saved through the ORM (with whatever
    sealer `orm` has), a minute apart."""
    with orm.session() as s:
        child = repositories.get_child(s, name)
        for i, limit in enumerate(limits):
            repositories.add_policy_version(
                s, child, {"total": limit}, author="mum", now=T0 + timedelta(minutes=i)
            )


def add_child(orm: Store, name: str) -> None:
    with orm.session() as s:
        repositories.add_child(s, name, now=T0)


# The shape of the contract (not per implementation)


RECORD_FUNCTIONS = [name for name in vars(Records) if not name.startswith("_")]


def parameters(function: Any, *, skip_self: bool = False) -> list[tuple[str, Any, Any]]:
    found = list(inspect.signature(function).parameters.values())[1 if skip_self else 0 :]
    return [(p.name, p.kind, p.default) for p in found]


@pytest.mark.parametrize("name", RECORD_FUNCTIONS)
def test_both_modules_have_each_function_of_the_protocol_with_its_parameters(name: str) -> None:
    expected = parameters(getattr(Records, name), skip_self=True)
    assert parameters(getattr(repositories, name)) == expected
    assert parameters(getattr(lite_records, name)) == expected


def test_the_protocol_is_read_in_full() -> None:
    """The test above runs for every function of the protocol, not for none."""
    assert len(RECORD_FUNCTIONS) == 23
    assert {"roll_up", "seal_everything", "trusted_policy", "replace_setting"} <= set(
        RECORD_FUNCTIONS
    )


@pytest.mark.parametrize(
    "row", ["Child", "PolicyVersion", "TimeGrant", "TimeRequest", "Event", "Setting"]
)
def test_lite_rows_have_the_fields_of_the_models(row: str) -> None:
    lite_fields = [f.name for f in dataclasses.fields(getattr(lite_records, row))]
    model_columns = [c.key for c in getattr(models, row).__table__.columns]
    assert lite_fields == model_columns


def test_lite_records_use_the_models_limits() -> None:
    assert lite_records.MAX_SPAN_MS == models.MAX_SPAN_MS
    assert lite_records.MAX_ROLLED_MS == models.MAX_ROLLED_MS
    assert lite_records.PENDING == repositories.PENDING


def test_each_store_hands_out_its_own_records(kind: str, store: StoreFile) -> None:
    """The fixture really gives each implementation in turn."""
    assert store.records is {"orm": repositories, "lite": lite_records}[kind]


# Children


def test_children_are_listed_by_name_with_their_fields(store: StoreFile, orm: Store) -> None:
    with orm.session() as s:
        repositories.add_child(s, "Ann", os_user="ann", age=9, now=utc(1, 8))
    with store.session(read_only=True) as s:
        found = store.records.list_children(s)
    assert [(c.name, c.os_user, c.age, c.created_at) for c in found] == [
        ("Ann", "ann", 9, utc(1, 8)),
        ("Xiaoming", None, None, T0),
    ]
    assert found[1].created_at.tzinfo is UTC
    assert found[0].id != found[1].id


# Settings


def test_a_missing_setting_gives_the_default(store: StoreFile) -> None:
    records = store.records
    with store.session(read_only=True) as s:
        assert records.get_setting(s, "title_days") is None
        assert records.get_setting(s, "title_days", 30) == 30
        assert records.setting_text(s, "title_days") is None
        assert records.trusted_setting(s, "pin_throttle", {"failures": 0}) == (
            {"failures": 0},
            True,
        )


JSON_VALUES = [
    {"days": 30, "名字": "小明", "nested": [1, {"a": None, "b": False}]},
    [1, "二", None, 2.5],
    30,
    -7,
    2.5,
    "zh_CN",
    "",
    True,
    None,
]


@pytest.mark.parametrize("value", JSON_VALUES, ids=repr)
def test_settings_round_trip_as_json(store: StoreFile, value: Any) -> None:
    with store.session() as s:
        store.records.set_setting(s, "key", value)
    with store.session(read_only=True) as s:
        assert store.records.get_setting(s, "key", default="missing") == value


def test_a_new_value_replaces_the_old_one(store: StoreFile) -> None:
    with store.session() as s:
        store.records.set_setting(s, "title_days", 7)
        store.records.set_setting(s, "title_days", {"days": 14})
        assert store.records.get_setting(s, "title_days") == {"days": 14}
    assert rows(store.path, "SELECT key, value FROM setting WHERE key = 'title_days'") == [
        ("title_days", '{"days": 14}')
    ]


def test_a_value_that_is_not_json_is_refused_before_anything_is_written(
    store: StoreFile,
) -> None:
    with store.session() as s:
        with pytest.raises(TypeError):
            store.records.set_setting(s, "key", {"at": T0})
        with pytest.raises(ValueError, match="not JSON compliant"):
            store.records.replace_setting(s, "key", float("nan"))
    assert rows(store.path, "SELECT count(*) FROM setting WHERE key = 'key'") == [(0,)]


@pytest.mark.parametrize(
    "value", [{"app": "steam.exe", "名字": "小明"}, [1, 2], "zh_CN", True, None], ids=repr
)
def test_setting_text_is_the_json_as_stored(store: StoreFile, value: Any) -> None:
    with store.session() as s:
        store.records.set_setting(s, "key", value)
    with store.session(read_only=True) as s:
        text = store.records.setting_text(s, "key")
    assert text == json.dumps(value)
    assert json.loads(text) == value


def test_setting_text_of_a_number_is_text_too(
    request: pytest.FixtureRequest, kind: str, store: StoreFile
) -> None:
    """SQLite keeps a number in a JSON column as a number (the column's NUMERIC affinity);
    setting_text promises the stored JSON as `str`, which callers hand to json.loads."""
    with store.session() as s:
        store.records.set_setting(s, "count", 30)
        store.records.set_setting(s, "ratio", 2.5)
    edit(store.path, "INSERT INTO setting (key, value) VALUES ('recent:1', 5)")  # damaged
    with store.session(read_only=True) as s:
        found = [store.records.setting_text(s, k) for k in ("count", "ratio", "recent:1")]
    assert found == ["30", "2.5", "5"]


def test_replace_setting_overwrites_a_value_damaged_outside_guardian(store: StoreFile) -> None:
    edit(store.path, "INSERT INTO setting (key, value) VALUES ('recent:1', '{oops')")
    with store.session() as s:
        assert store.records.setting_text(s, "recent:1") == "{oops"
        store.records.replace_setting(s, "recent:1", {"generation": "ab12"})
    with store.session(read_only=True) as s:
        assert store.records.get_setting(s, "recent:1") == {"generation": "ab12"}
    assert rows(store.path, "SELECT value, seal FROM setting WHERE key = 'recent:1'") == [
        ('{"generation": "ab12"}', None)
    ]


def test_replace_setting_adds_a_missing_one(store: StoreFile) -> None:
    with store.session() as s:
        store.records.replace_setting(s, "foreground:1", ["steam.exe", "games"])
    with store.session(read_only=True) as s:
        assert store.records.get_setting(s, "foreground:1") == ["steam.exe", "games"]


@pytest.mark.parametrize("key", ["pin_throttle", "pin_throttle:ann", "policy_head:1"])
def test_replace_setting_refuses_a_sealed_key(store: StoreFile, key: str) -> None:
    store.sealer = SEALER
    with store.session() as s, pytest.raises(ValueError, match="sealed"):
        store.records.replace_setting(s, key, 0)
    assert rows(store.path, "SELECT count(*) FROM setting WHERE key = ?", key) == [(0,)]


def test_a_damaged_value_read_raises_store_corrupt_and_rolls_the_session_back(
    store: StoreFile,
) -> None:
    edit(store.path, "INSERT INTO setting (key, value) VALUES ('theme', '{\"dark\": ')")
    with pytest.raises(StoreCorrupt, match="not valid JSON") as caught, store.session() as s:
        store.records.set_setting(s, "title_days", 7)
        store.records.get_setting(s, "theme")
    assert str(store.path) in str(caught.value)
    assert rows(store.path, "SELECT count(*) FROM setting WHERE key = 'title_days'") == [(0,)]
    with store.session() as s:  # the store is usable afterwards
        store.records.replace_setting(s, "theme", "dark")


def test_a_damaged_sealed_setting_raises_store_corrupt(store: StoreFile) -> None:
    store.sealer = SEALER
    edit(store.path, "INSERT INTO setting (key, value) VALUES ('pin_throttle', 'nope')")
    with pytest.raises(StoreCorrupt), store.session(read_only=True) as s:
        store.records.trusted_setting(s, "pin_throttle")


def test_set_setting_over_a_damaged_value_raises_store_corrupt_and_keeps_it(
    request: pytest.FixtureRequest, kind: str, store: StoreFile
) -> None:
    """replace_setting exists because set_setting reads the old value first (its docstring)."""
    edit(store.path, "INSERT INTO setting (key, value) VALUES ('theme', '{oops')")
    with pytest.raises(StoreCorrupt), store.session() as s:
        store.records.set_setting(s, "theme", "dark")
    assert rows(store.path, "SELECT value FROM setting WHERE key = 'theme'") == [("{oops",)]


# Sealed settings

THROTTLE = {"failures": 3, "until": "2026-05-09T12:05:00+00:00"}


def seal_of(path: Path, key: str) -> str | None:
    (found,) = rows(path, "SELECT seal FROM setting WHERE key = ?", key)
    seal: str | None = found[0]
    return seal


def trusted_setting(store: StoreFile, key: str, sealer: Sealer | None) -> tuple[Any, bool]:
    """The setting as a store with `sealer` (or none) trusts it, in a new session."""
    store.sealer = sealer
    with store.session(read_only=True) as s:
        return store.records.trusted_setting(s, key)


def test_a_sealed_setting_written_with_a_sealer_is_trusted_only_with_that_key(
    store: StoreFile,
) -> None:
    store.sealer = SEALER
    with store.session() as s:
        store.records.set_setting(s, "pin_throttle", THROTTLE)
        store.records.set_setting(s, "theme", "dark")  # not a sealed setting
    seal = seal_of(store.path, "pin_throttle")
    assert seal is not None and len(seal) == 64
    assert seal_of(store.path, "theme") is None
    assert trusted_setting(store, "pin_throttle", SEALER) == (THROTTLE, True)
    assert trusted_setting(store, "pin_throttle", OTHER_SEALER) == (THROTTLE, False)
    assert trusted_setting(store, "pin_throttle", None) == (THROTTLE, False)
    assert trusted_setting(store, "theme", None) == ("dark", True)


def test_a_sealed_setting_written_without_a_sealer_is_trusted_only_without_one(
    store: StoreFile,
) -> None:
    with store.session() as s:
        store.records.set_setting(s, "pin_throttle", THROTTLE)
    assert seal_of(store.path, "pin_throttle") is None
    assert trusted_setting(store, "pin_throttle", None) == (THROTTLE, True)
    assert trusted_setting(store, "pin_throttle", SEALER) == (THROTTLE, False)


def test_a_sealed_setting_changed_outside_guardian_is_not_trusted(store: StoreFile) -> None:
    store.sealer = SEALER
    with store.session() as s:
        store.records.set_setting(s, "pin_throttle", THROTTLE)
    edit(store.path, "UPDATE setting SET value = ? WHERE key = 'pin_throttle'", '{"failures": 0}')
    assert trusted_setting(store, "pin_throttle", SEALER) == ({"failures": 0}, False)


def test_a_seal_copied_to_another_key_is_not_trusted(store: StoreFile) -> None:
    """The seal covers the key: a row cannot be moved to another setting."""
    store.sealer = SEALER
    with store.session() as s:
        store.records.set_setting(s, "pin_throttle", THROTTLE)
    edit(
        store.path,
        "INSERT INTO setting (key, value, seal) "
        "SELECT 'pin_throttle:ann', value, seal FROM setting WHERE key = 'pin_throttle'",
    )
    assert trusted_setting(store, "pin_throttle:ann", SEALER) == (THROTTLE, False)


def test_writing_a_sealed_setting_without_the_key_leaves_it_untrusted(store: StoreFile) -> None:
    """Without a sealer the old seal stays, and no longer matches: the sealer does not believe
    a value written by a store that could not seal it."""
    store.sealer = SEALER
    with store.session() as s:
        store.records.set_setting(s, "pin_throttle", THROTTLE)
    old_seal = seal_of(store.path, "pin_throttle")
    store.sealer = None
    with store.session() as s:
        store.records.set_setting(s, "pin_throttle", {"failures": 0})
    assert seal_of(store.path, "pin_throttle") == old_seal
    assert trusted_setting(store, "pin_throttle", SEALER) == ({"failures": 0}, False)
    store.sealer = SEALER
    with store.session() as s:  # written again with the key: trusted again
        store.records.set_setting(s, "pin_throttle", {"failures": 1})
    assert trusted_setting(store, "pin_throttle", SEALER) == ({"failures": 1}, True)


# Events


def test_events_come_newest_first_and_can_be_filtered(store: StoreFile, orm: Store) -> None:
    add_child(orm, "Ann")
    xiaoming, ann = first_child(store), first_child(store, "Ann")
    records = store.records
    with store.session() as s:
        records.add_event(s, "lock", at=utc(9, 20), child=xiaoming, data={"reason": "limit"})
        records.add_event(s, "pin_failure", at=utc(9, 21))
        records.add_event(s, "clock_jump", at=utc(9, 21), child=xiaoming, data={"s": -3600})
        records.add_event(s, "lock", at=utc(8, 20), child=ann)
    with store.session(read_only=True) as s:
        everything = records.events(s)
        assert [(e.kind, e.at, e.child_id) for e in everything] == [
            ("clock_jump", utc(9, 21), xiaoming.id),  # the same instant, added later
            ("pin_failure", utc(9, 21), None),
            ("lock", utc(9, 20), xiaoming.id),
            ("lock", utc(8, 20), ann.id),
        ]
        assert [e.data for e in everything] == [{"s": -3600}, {}, {"reason": "limit"}, {}]
        assert [e.kind for e in records.events(s, child=xiaoming)] == ["clock_jump", "lock"]
        assert [e.child_id for e in records.events(s, kinds=["lock"])] == [xiaoming.id, ann.id]
        assert [e.kind for e in records.events(s, kinds=("lock", "pin_failure"))] == [
            "pin_failure",
            "lock",
            "lock",
        ]
        assert records.events(s, kinds=[]) == []
        assert [e.kind for e in records.events(s, since=utc(9, 21))] == [
            "clock_jump",
            "pin_failure",
        ]
        since = datetime(2026, 5, 10, 4, 0, tzinfo=BEIJING)  # 20:00 UTC on the 9th
        assert len(records.events(s, since=since)) == 3
        assert [e.kind for e in records.events(s, limit=1)] == ["clock_jump"]
        assert records.events(s, limit=0) == []
        assert [e.at for e in records.events(s, child=xiaoming, kinds=["lock"], limit=5)] == [
            utc(9, 20)
        ]


def test_an_event_is_returned_as_it_is_read_back(store: StoreFile, child: Any) -> None:
    data = {"app": "原神.exe", "nested": {"list": [1, 2.5, None, True]}, "empty": ""}
    with store.session() as s:
        added = store.records.add_event(s, "blocked", at=utc(9, 8, 30), child=child, data=data)
    data["app"] = "changed after adding"  # the stored data is a copy
    with store.session(read_only=True) as s:
        (read,) = store.records.events(s)
    fields = ("id", "child_id", "at", "kind", "data")
    assert [getattr(read, f) for f in fields] == [getattr(added, f) for f in fields]
    assert (read.kind, read.child_id, read.at) == ("blocked", child.id, utc(9, 8, 30))
    assert read.data == {"app": "原神.exe", "nested": {"list": [1, 2.5, None, True]}, "empty": ""}
    assert read.at.tzinfo is UTC


def test_rows_come_back_as_stored_whole_milliseconds_in_utc(
    request: pytest.FixtureRequest, kind: str, store: StoreFile, child: Any
) -> None:
    differs(
        request,
        kind,
        "orm",
        "repositories.add_event/add_grant return the ORM object with the datetime as given "
        "(microseconds and its offset); what is stored and read back is whole ms in UTC "
        "(lite_records returns that). Cosmetic: the instants differ by under 1 ms",
    )
    at = datetime(2026, 5, 9, 20, 30, 15, 123456, tzinfo=BEIJING)
    with store.session() as s:
        event = store.records.add_event(s, "lock", at=at, child=child)
        grant = store.records.add_grant(s, child, granted_at=at, seconds=60, author="mum")
    with store.session(read_only=True) as s:
        (read_event,) = store.records.events(s, kinds=["lock"])
        (read_grant,), _ = store.records.trusted_grants_since(s, child, utc(1))
    assert read_event.at == datetime(2026, 5, 9, 12, 30, 15, 123000, tzinfo=UTC)
    assert (event.at, event.at.tzinfo) == (read_event.at, UTC)
    assert (grant.granted_at, grant.granted_at.tzinfo) == (read_grant.granted_at, UTC)


def test_naive_datetimes_are_refused(store: StoreFile, child: Any) -> None:
    with store.session() as s:
        with pytest.raises(ValueError, match="naive"):
            store.records.add_event(s, "lock", at=NAIVE, child=child)
        with pytest.raises(ValueError, match="naive"):
            store.records.events(s, since=NAIVE)
        with pytest.raises(ValueError, match="naive"):
            store.records.add_request(s, child, seconds=60, message=None, now=NAIVE)
        with pytest.raises(ValueError, match="naive"):
            store.records.usage_total(s, child, NAIVE, utc(10))
        with pytest.raises(ValueError, match="naive"):
            store.records.clear_titles(s, before=NAIVE)
    assert rows(store.path, "SELECT count(*) FROM event") == [(0,)]


def test_event_data_that_is_not_json_raises_store_corrupt(store: StoreFile) -> None:
    edit(store.path, "INSERT INTO event (at, kind, data) VALUES (?, 'lock', '{')", ms(T0))
    with pytest.raises(StoreCorrupt), store.session(read_only=True) as s:
        store.records.events(s)


def test_event_data_changed_to_a_number_outside_guardian_reads_as_that_number(
    request: pytest.FixtureRequest, kind: str, store: StoreFile
) -> None:
    edit(store.path, "INSERT INTO event (at, kind, data) VALUES (?, 'lock', '5')", ms(T0))
    with store.session(read_only=True) as s:
        assert [e.data for e in store.records.events(s)] == [5]


# Grants


@pytest.mark.parametrize(
    ("seconds", "until"),
    [
        (None, None),
        (600, utc(9, 20)),
        (0, None),
        (-60, None),
        (None, T0),
        (None, T0 - timedelta(minutes=1)),
    ],
    ids=["neither", "both", "zero", "negative", "until-now", "until-before"],
)
def test_a_grant_needs_exactly_one_positive_amount(
    store: StoreFile, child: Any, seconds: int | None, until: datetime | None
) -> None:
    with store.session() as s, pytest.raises(ValueError, match="grant"):
        store.records.add_grant(s, child, granted_at=T0, seconds=seconds, until=until, author="m")
    assert rows(store.path, "SELECT count(*) FROM time_grant") == [(0,)]
    assert rows(store.path, "SELECT count(*) FROM event") == [(0,)]


def test_a_grant_at_a_naive_time_is_refused(store: StoreFile, child: Any) -> None:
    with store.session() as s:
        with pytest.raises(ValueError, match="naive"):
            store.records.add_grant(s, child, granted_at=NAIVE, seconds=60, author="mum")
        with pytest.raises(ValueError, match="naive"):
            store.records.add_grant(s, child, granted_at=T0, until=NAIVE, author="mum")


def grant_fields(grant: Any) -> tuple[Any, ...]:
    return (
        grant.id, grant.child_id, grant.granted_at, grant.seconds, grant.until, grant.category,
        grant.reason, grant.request_id, grant.author, grant.seal,
    )  # fmt: skip


def test_grants_are_recorded_with_their_event(store: StoreFile, child: Any) -> None:
    records = store.records
    until = datetime(2026, 5, 9, 21, 0, tzinfo=BEIJING)  # 13:00 UTC
    with store.session() as s:
        request = records.add_request(s, child, seconds=900, message="一关", now=utc(9, 10))
        first = records.add_grant(
            s, child, granted_at=utc(9, 11), seconds=900, category="games",
            reason="homework done", author="mum", request=request,
        )  # fmt: skip
        second = records.add_grant(s, child, granted_at=T0, until=until, author="dad")
    assert (first.seconds, first.until, first.category, first.request_id) == (
        900,
        None,
        "games",
        request.id,
    )
    assert (second.seconds, second.until, second.seal) == (None, utc(9, 13), None)
    with store.session(read_only=True) as s:
        logged = records.events(s, child=child, kinds=["grant"])
        stored, found = records.trusted_grants_since(s, child, utc(9))
    assert [e.data for e in logged] == [
        {
            "grant_id": second.id, "seconds": None, "until": "2026-05-09T13:00:00+00:00",
            "category": None, "reason": None, "author": "dad", "request_id": None,
        },
        {
            "grant_id": first.id, "seconds": 900, "until": None, "category": "games",
            "reason": "homework done", "author": "mum", "request_id": request.id,
        },
    ]  # fmt: skip
    assert [e.at for e in logged] == [T0, utc(9, 11)]
    assert [grant_fields(g) for g in stored] == [grant_fields(first), grant_fields(second)]
    assert found == []


def test_trusted_grants_since_lists_the_childs_grants_oldest_first(
    store: StoreFile, orm: Store
) -> None:
    add_child(orm, "Ann")
    xiaoming, ann = first_child(store), first_child(store, "Ann")
    with store.session() as s:
        for at in (utc(9, 18), utc(8, 18), utc(9, 17)):
            store.records.add_grant(s, xiaoming, granted_at=at, seconds=60, author="mum")
        store.records.add_grant(s, ann, granted_at=utc(9, 19), seconds=60, author="mum")
    with store.session(read_only=True) as s:
        grants, found = store.records.trusted_grants_since(s, xiaoming, utc(9, 17))
    assert [g.granted_at for g in grants] == [utc(9, 17), utc(9, 18)]  # since is inclusive
    assert {g.child_id for g in grants} == {xiaoming.id}
    assert found == []


def sealed_grants(store: StoreFile, child: Any) -> list[Any]:
    store.sealer = SEALER
    with store.session() as s:
        return [
            store.records.add_grant(s, child, granted_at=utc(9, h), seconds=600, author="mum")
            for h in (10, 11, 12)
        ]


def trusted_grants(
    store: StoreFile, child: Any, sealer: Sealer | None
) -> tuple[list[int], list[Tampering]]:
    store.sealer = sealer
    with store.session(read_only=True) as s:
        grants, found = store.records.trusted_grants_since(s, child, utc(9))
    return [g.id for g in grants], found


def test_a_grant_changed_outside_guardian_is_reported_not_trusted(
    store: StoreFile, child: Any
) -> None:
    first, second, third = sealed_grants(store, child)
    assert len(str(second.seal)) == 64
    assert rows(store.path, "SELECT seal FROM time_grant WHERE id = ?", second.id) == [
        (second.seal,)
    ]
    assert trusted_grants(store, child, SEALER) == ([first.id, second.id, third.id], [])
    edit(store.path, "UPDATE time_grant SET seconds = 7200 WHERE id = ?", second.id)
    assert trusted_grants(store, child, SEALER) == (
        [first.id, third.id],
        [Tampering("time_grant", str(second.id), "changed")],
    )


def test_a_grant_copied_outside_guardian_is_not_trusted(store: StoreFile, child: Any) -> None:
    """The seal covers the grant's id: a copy with the same seal is caught."""
    first, _, _ = sealed_grants(store, child)
    edit(
        store.path,
        "INSERT INTO time_grant (child_id, granted_at, seconds, author, seal) "
        "SELECT child_id, granted_at, seconds, author, seal FROM time_grant WHERE id = ?",
        first.id,
    )
    (copy,) = rows(store.path, "SELECT max(id) FROM time_grant")[0]
    ids, found = trusted_grants(store, child, SEALER)
    assert copy not in ids and len(ids) == 3
    assert found == [Tampering("time_grant", str(copy), "changed")]


def test_an_unsealed_grant_is_trusted_only_by_a_store_without_a_key(
    store: StoreFile, child: Any
) -> None:
    edit(
        store.path,
        "INSERT INTO time_grant (child_id, granted_at, seconds, author) VALUES (?, ?, 3600, 'x')",
        child.id,
        ms(utc(9, 9)),
    )
    (row_id,) = rows(store.path, "SELECT id FROM time_grant")[0]
    assert trusted_grants(store, child, None) == ([row_id], [])
    assert trusted_grants(store, child, SEALER) == (
        [],
        [Tampering("time_grant", str(row_id), "changed")],
    )


def test_sealed_grants_are_not_trusted_without_the_key(store: StoreFile, child: Any) -> None:
    grants = sealed_grants(store, child)
    assert trusted_grants(store, child, None) == (
        [],
        [Tampering("time_grant", str(g.id), "changed") for g in grants],
    )


# Requests


def test_pending_requests_are_oldest_first_and_recorded_as_events(
    store: StoreFile, orm: Store
) -> None:
    add_child(orm, "Ann")
    xiaoming, ann = first_child(store), first_child(store, "Ann")
    records = store.records
    with store.session() as s:
        second = records.add_request(s, ann, seconds=60, message=None, now=T0 + timedelta(days=1))
        first = records.add_request(s, xiaoming, seconds=900, message="再玩一关", now=T0)
        third = records.add_request(
            s, xiaoming, seconds=300, message="x", now=T0 + timedelta(days=2)
        )
    assert (first.child_id, first.seconds, first.message, first.status, first.created_at) == (
        xiaoming.id,
        900,
        "再玩一关",
        "pending",
        T0,
    )
    with store.session(read_only=True) as s:
        everyone = records.pending_requests(s)
        only_xiaoming = records.pending_requests(s, xiaoming)
        logged = records.events(s, kinds=["request"])
    assert [r.id for r in everyone] == [first.id, second.id, third.id]
    assert [r.id for r in only_xiaoming] == [first.id, third.id]
    assert [(r.seconds, r.message, r.answered_at, r.answered_by) for r in only_xiaoming] == [
        (900, "再玩一关", None, None),
        (300, "x", None, None),
    ]
    assert [(e.child_id, e.data) for e in logged] == [
        (xiaoming.id, {"request": third.id, "seconds": 300}),
        (ann.id, {"request": second.id, "seconds": 60}),
        (xiaoming.id, {"request": first.id, "seconds": 900}),
    ]


def test_a_request_answered_by_the_dashboard_is_no_longer_pending(
    store: StoreFile, orm: Store, child: Any
) -> None:
    with store.session() as s:
        request = store.records.add_request(s, child, seconds=900, message=None, now=T0)
    with orm.session() as s:
        answered = s.get(models.TimeRequest, request.id)
        assert answered is not None
        repositories.answer_request(s, answered, approved=False, by="dad", now=T0)
    with store.session(read_only=True) as s:
        assert store.records.pending_requests(s) == []


def test_a_request_for_no_time_is_refused(store: StoreFile, child: Any) -> None:
    with store.session() as s, pytest.raises(ValueError, match="request"):
        store.records.add_request(s, child, seconds=0, message=None, now=T0)
    assert rows(store.path, "SELECT count(*) FROM time_request") == [(0,)]


# Policies


def policy(
    store: StoreFile, child: Any, sealer: Sealer | None = SEALER
) -> tuple[int | None, list[Tampering], list[int]]:
    """The trusted newest version's number, what was found, and the trusted history."""
    store.sealer = sealer
    with store.session(read_only=True) as s:
        newest, found = store.records.trusted_policy(s, child)
        history = store.records.trusted_policy_history(s, child)
    return (None if newest is None else newest.version), found, [v.version for v in history]


def test_unsealed_versions_are_read_in_full_by_a_store_without_a_key(
    store: StoreFile, orm: Store, child: Any
) -> None:
    add_versions(orm, 3600, 5400, 7200)
    store.sealer = None
    with store.session(read_only=True) as s:
        newest, found = store.records.trusted_policy(s, child)
        history = store.records.trusted_policy_history(s, child)
    assert newest is not None and found == []
    assert (newest.version, newest.document, newest.author, newest.comment) == (
        3,
        {"total": 7200},
        "mum",
        None,
    )
    assert (newest.child_id, newest.created_at, newest.seal) == (
        child.id,
        T0 + timedelta(minutes=2),
        None,
    )
    assert [(v.version, v.document) for v in history] == [
        (3, {"total": 7200}),
        (2, {"total": 5400}),
        (1, {"total": 3600}),
    ]


def test_a_child_without_versions_has_no_policy(store: StoreFile, child: Any) -> None:
    assert policy(store, child) == (None, [], [])
    assert policy(store, child, None) == (None, [], [])


def test_sealed_versions_are_trusted_with_the_key(store: StoreFile, orm: Store, child: Any) -> None:
    orm.sealer = SEALER
    add_versions(orm, 3600, 5400)
    assert policy(store, child) == (2, [], [2, 1])


def test_sealed_versions_are_not_trusted_without_the_key(
    store: StoreFile, orm: Store, child: Any
) -> None:
    orm.sealer = SEALER
    add_versions(orm, 3600, 5400)
    assert policy(store, child, None) == (
        None,
        [
            Tampering("policy_version", "2", "changed"),
            Tampering("policy_version", "1", "changed"),
            Tampering("setting", f"policy_head:{child.id}", "changed"),
        ],
        [],
    )


def test_a_version_changed_outside_guardian_is_skipped_and_reported(
    store: StoreFile, orm: Store, child: Any
) -> None:
    orm.sealer = SEALER
    add_versions(orm, 3600, 5400)
    edit(store.path, "UPDATE policy_version SET document = ? WHERE version = 2", '{"total": 1e9}')
    assert policy(store, child) == (1, [Tampering("policy_version", "2", "changed")], [1])


def test_a_version_added_outside_guardian_is_reported(
    store: StoreFile, orm: Store, child: Any
) -> None:
    orm.sealer = SEALER
    add_versions(orm, 3600, 5400)
    edit(
        store.path,
        "INSERT INTO policy_version (child_id, version, document, author, created_at) "
        "VALUES (?, 3, '{\"total\": 86400}', 'mum', ?)",
        child.id,
        ms(T0),
    )
    assert policy(store, child) == (2, [Tampering("policy_version", "3", "changed")], [2, 1])


def test_a_deleted_newest_version_is_reported_as_removed(
    store: StoreFile, orm: Store, child: Any
) -> None:
    orm.sealer = SEALER
    add_versions(orm, 3600, 5400, 7200)
    edit(store.path, "DELETE FROM policy_version WHERE version >= 2")
    assert policy(store, child) == (1, [Tampering("policy_version", "3", "removed")], [1])


def test_a_changed_or_deleted_head_is_reported(store: StoreFile, orm: Store, child: Any) -> None:
    orm.sealer = SEALER
    add_versions(orm, 3600, 5400)
    head = f"policy_head:{child.id}"
    edit(store.path, "UPDATE setting SET value = 1 WHERE key = ?", head)
    assert policy(store, child) == (2, [Tampering("setting", head, "changed")], [2, 1])
    edit(store.path, "DELETE FROM setting WHERE key = ?", head)
    assert policy(store, child) == (2, [Tampering("setting", head, "removed")], [2, 1])
    assert policy(store, child, None) == (
        None,
        [
            Tampering("policy_version", "2", "changed"),
            Tampering("policy_version", "1", "changed"),
        ],
        [],
    )


def test_a_version_that_is_not_json_is_skipped_without_failing(
    store: StoreFile, orm: Store, child: Any
) -> None:
    orm.sealer = SEALER
    add_versions(orm, 3600, 5400)
    edit(store.path, "UPDATE policy_version SET document = '{\"total\": ' WHERE version = 2")
    assert policy(store, child) == (1, [Tampering("policy_version", "2", "changed")], [1])
    edit(store.path, "UPDATE policy_version SET document = '7' WHERE version = 2")  # a number
    assert policy(store, child) == (1, [Tampering("policy_version", "2", "changed")], [1])


def test_versions_of_another_child_do_not_count(store: StoreFile, orm: Store) -> None:
    orm.sealer = SEALER
    add_child(orm, "Ann")
    add_versions(orm, 3600, 5400, 7200, name="Ann")
    add_versions(orm, 1800)
    assert policy(store, first_child(store)) == (1, [], [1])
    assert policy(store, first_child(store, "Ann")) == (3, [], [3, 2, 1])


# Spans and usage


def stored_spans(path: Path) -> list[tuple[int, int, str, int, str | None]]:
    return rows(
        path,
        'SELECT start, "end", category, counted, title FROM usage_span ORDER BY start, id',
    )


def test_add_spans_splits_a_span_over_an_hour_into_pieces(store: StoreFile, child: Any) -> None:
    start = utc(9, 8, 10)
    with store.session() as s:
        written = store.records.add_spans(
            s,
            child,
            [
                span(start, start + timedelta(hours=2, minutes=30), title="Steam"),
                span(utc(9, 12), utc(9, 13), "bilibili.exe", "video", counted=False),
            ],
        )
    assert written == 4
    assert stored_spans(store.path) == [
        (ms(start), ms(utc(9, 9, 10)), "games", 1, "Steam"),
        (ms(utc(9, 9, 10)), ms(utc(9, 10, 10)), "games", 1, "Steam"),
        (ms(utc(9, 10, 10)), ms(utc(9, 10, 40)), "games", 1, "Steam"),
        (ms(utc(9, 12)), ms(utc(9, 13)), "video", 0, None),
    ]


def test_add_spans_of_nothing_writes_nothing(store: StoreFile, child: Any) -> None:
    with store.session() as s:
        assert store.records.add_spans(s, child, []) == 0
    assert stored_spans(store.path) == []


def test_a_span_ending_before_it_starts_is_refused(store: StoreFile, child: Any) -> None:
    with store.session() as s, pytest.raises(ValueError, match="ends before"):
        store.records.add_spans(s, child, [span(utc(9, 9), utc(9, 8))])
    assert stored_spans(store.path) == []


def test_checkpoint_span_inserts_then_moves_the_end(store: StoreFile, child: Any) -> None:
    records = store.records
    start = utc(9, 8)
    with store.session() as s:
        row_id = records.checkpoint_span(s, child, span(start, start + timedelta(seconds=5)), None)
    assert rows(store.path, 'SELECT id, "end" FROM usage_span') == [(row_id, ms(utc(9, 8, 0, 5)))]
    with store.session() as s:
        assert records.checkpoint_span(s, child, span(start, utc(9, 8, 40)), row_id) == row_id
        assert records.usage_total(s, child, utc(9), utc(10)) == 40 * 60
    with store.session() as s:  # the clock moved back: the end moves back too
        assert records.checkpoint_span(s, child, span(start, utc(9, 8, 30)), row_id) == row_id
    assert rows(store.path, 'SELECT id, start, "end" FROM usage_span') == [
        (row_id, ms(start), ms(utc(9, 8, 30)))
    ]


def test_checkpoint_span_inserts_again_when_its_row_is_gone(store: StoreFile, child: Any) -> None:
    with store.session() as s:
        row_id = store.records.checkpoint_span(s, child, span(utc(9, 8), utc(9, 8, 1)), None)
    edit(store.path, "DELETE FROM usage_span WHERE id = ?", row_id)
    with store.session() as s:
        again = store.records.checkpoint_span(s, child, span(utc(9, 8), utc(9, 8, 2)), row_id)
    assert rows(store.path, 'SELECT id, "end" FROM usage_span') == [(again, ms(utc(9, 8, 2)))]


def test_a_span_in_progress_lasts_at_most_an_hour(store: StoreFile, child: Any) -> None:
    with store.session() as s, pytest.raises(ValueError, match="0 to 1 hour"):
        store.records.checkpoint_span(s, child, span(utc(9, 8), utc(9, 9, 0, 1)), None)
    assert stored_spans(store.path) == []


USAGE_SPANS = [
    span(utc(9, 8), utc(9, 9), "steam.exe", "games"),  # half before the window
    span(utc(9, 9), utc(9, 10), "steam.exe", "games", counted=False),  # not counted
    span(utc(9, 10), utc(9, 10, 20), "minecraft.exe", "games"),
    span(utc(9, 11), utc(9, 11, 45), "bilibili.exe", "video"),  # half after the window
    span(utc(9, 12), utc(9, 13), "bilibili.exe", "video"),  # after the window
]


def test_usage_counts_counted_time_clipped_to_the_interval(
    store: StoreFile, orm: Store, child: Any
) -> None:
    add_child(orm, "Ann")
    with store.session() as s:
        store.records.add_spans(s, child, USAGE_SPANS)
        store.records.add_spans(s, first_child(store, "Ann"), [span(utc(9, 8), utc(9, 12))])
    start, end = utc(9, 8, 30), utc(9, 11, 30)
    with store.session(read_only=True) as s:
        assert store.records.usage_total(s, child, start, end) == (30 + 20 + 30) * 60
        assert store.records.usage_by_app(s, child, start, end) == {
            "bilibili.exe": 1800,
            "minecraft.exe": 1200,
            "steam.exe": 1800,
        }
        assert store.records.usage_by_category(s, child, start, end) == {
            "games": 3000,
            "video": 1800,
        }
        assert store.records.usage_total(s, child, utc(9), utc(10)) == (60 + 20 + 45 + 60) * 60
        assert store.records.usage_total(s, child, utc(9, 9), utc(9, 10)) == 0
        assert store.records.usage_by_app(s, child, utc(9, 9), utc(9, 10)) == {}
        assert store.records.usage_total(s, child, end, end) == 0


def test_usage_drops_parts_under_a_second_and_rounds_each_part_down(
    store: StoreFile, child: Any
) -> None:
    at = utc(9, 8)
    with store.session() as s:
        store.records.add_spans(
            s,
            child,
            [
                span(at, at + timedelta(milliseconds=1500), "a.exe", "games"),
                span(at, at + timedelta(milliseconds=700), "b.exe", "games"),
                span(at, at + timedelta(milliseconds=999), "c.exe", "video"),
            ],
        )
    with store.session(read_only=True) as s:
        assert store.records.usage_total(s, child, utc(9), utc(10)) == 3  # 3199 ms
        assert store.records.usage_by_app(s, child, utc(9), utc(10)) == {"a.exe": 1}
        assert store.records.usage_by_category(s, child, utc(9), utc(10)) == {"games": 2}


def test_usage_of_an_interval_ending_before_it_starts_is_refused(
    store: StoreFile, child: Any
) -> None:
    with store.session(read_only=True) as s:
        for query in (
            store.records.usage_total,
            store.records.usage_by_app,
            store.records.usage_by_category,
        ):
            with pytest.raises(ValueError, match="must not end before"):
                query(s, child, utc(10), utc(9))


def test_a_display_name_fills_a_missing_one_and_never_replaces_it(
    store: StoreFile, child: Any
) -> None:
    records = store.records
    with store.session() as s:
        records.add_spans(s, child, [span(utc(9, 8), utc(9, 9))])
    assert rows(store.path, "SELECT exe_name, display_name, first_seen FROM app") == [
        ("steam.exe", None, ms(utc(9, 8)))
    ]
    with store.session() as s:
        records.checkpoint_span(
            s, child, span(utc(9, 10), utc(9, 10, 1), display_name="Steam"), None
        )
    with store.session() as s:
        records.add_spans(s, child, [span(utc(9, 11), utc(9, 12), display_name="Valve")])
        records.checkpoint_span(s, child, span(utc(9, 13), utc(9, 13, 1), display_name="V"), None)
    assert rows(store.path, "SELECT exe_name, display_name, first_seen FROM app") == [
        ("steam.exe", "Steam", ms(utc(9, 8)))
    ]


def test_spans_of_one_executable_share_an_app_and_others_get_their_own(
    store: StoreFile, child: Any
) -> None:
    with store.session() as s:
        store.records.add_spans(
            s,
            child,
            [span(utc(9, h), utc(9, h, 30), exe) for h, exe in enumerate(["a.exe", "b.exe"] * 2)],
        )
    apps = rows(store.path, "SELECT id, exe_path, first_seen FROM app ORDER BY id")
    assert [(p, at) for _, p, at in apps] == [
        ("C:/Programs/a.exe", ms(utc(9, 0))),
        ("C:/Programs/b.exe", ms(utc(9, 1))),
    ]
    assert rows(store.path, "SELECT app_id FROM usage_span ORDER BY start") == [
        (apps[0][0],),
        (apps[1][0],),
        (apps[0][0],),
        (apps[1][0],),
    ]


# Rollups


ROLL_SPANS = [
    span(utc(8, 9), utc(8, 10), "steam.exe", "games"),
    span(utc(8, 23, 30), utc(9, 0, 30), "bilibili.exe", "video"),  # across midnight
    span(utc(9, 14), utc(9, 14, 20), "minecraft.exe", "games"),
    span(utc(9, 15), utc(9, 16), "steam.exe", "games", counted=False),
    span(utc(10, 7), utc(10, 7, 5), "word.exe", "study"),
]


def rolled(path: Path, child: Any) -> list[tuple[int, int]]:
    """The child's rolled intervals, from the file."""
    return rows(
        path,
        'SELECT start, "end" FROM rolled_interval WHERE child_id = ? ORDER BY start',
        child.id,
    )


def day_ms(*numbers: int) -> list[tuple[int, int]]:
    return [(ms(utc(d)), ms(utc(d + 1))) for d in numbers]


def by_interval(orm: Store, intervals: list[tuple[datetime, datetime]]) -> list[Any]:
    """What the dashboard reads for these intervals (the ORM's usage_by_interval)."""
    with orm.session(read_only=True) as s:
        child = repositories.get_child(s, "Xiaoming")
        return repositories.usage_by_interval(s, child, intervals)


def test_roll_up_keeps_the_ended_days_once_with_the_same_totals(
    store: StoreFile, orm: Store, child: Any
) -> None:
    with store.session() as s:
        store.records.add_spans(s, child, ROLL_SPANS)
    before = by_interval(orm, days(7, 11))
    assert [u.total for u in before] == [0, 3600 + 1800, 1800 + 1200, 300, 0]
    assert before[1].categories == {"games": 3600, "video": 1800}
    with store.session() as s:
        # Day 11 has not ended, and an empty interval is no day.
        intervals = [*days(7, 11), (utc(9), utc(9))]
        assert store.records.roll_up(s, child, intervals, now=utc(11, 9)) == 4
    assert rolled(store.path, child) == day_ms(7, 8, 9, 10)
    assert rows(store.path, "SELECT count(*) FROM rolled_usage") == [(5,)]
    with store.session() as s:
        assert store.records.roll_up(s, child, days(7, 11), now=utc(11, 9)) == 0
    assert by_interval(orm, days(7, 11)) == before
    with store.session(read_only=True) as s:  # the spans are all still there
        assert store.records.usage_total(s, child, utc(8), utc(11)) == 3600 + 1800 + 3000 + 300


def test_an_interval_over_two_days_is_refused_for_a_rollup(store: StoreFile, child: Any) -> None:
    with store.session() as s, pytest.raises(ValueError, match="too long"):
        store.records.roll_up(s, child, [(utc(1), utc(3, 0, 0, 1))], now=utc(20))
    assert rolled(store.path, child) == []


def test_adding_spans_into_a_rolled_day_forgets_its_rollup(
    store: StoreFile, orm: Store, child: Any
) -> None:
    with store.session() as s:
        store.records.add_spans(s, child, ROLL_SPANS)
        store.records.roll_up(s, child, days(7, 10), now=utc(11))
    late = span(utc(9, 20), utc(9, 21, 30), "late.exe", "games")  # a crash file replayed late
    with store.session() as s:
        assert store.records.add_spans(s, child, [late]) == 2
    assert rolled(store.path, child) == day_ms(7, 8, 10)
    after = by_interval(orm, days(7, 10))
    assert [u.total for u in after] == [0, 5400, 3000 + 5400, 300]
    assert after[2].apps == {"bilibili.exe": 1800, "late.exe": 5400, "minecraft.exe": 1200}
    with store.session() as s:  # rolled again, the same figures
        assert store.records.roll_up(s, child, days(7, 10), now=utc(11)) == 1
    assert by_interval(orm, days(7, 10)) == after


def test_a_checkpoint_into_a_rolled_day_forgets_it_once(
    store: StoreFile, orm: Store, child: Any
) -> None:
    """A span in progress across midnight forgets the closed day when it is written into it,
    not at every later checkpoint of the new day."""
    records = store.records
    with store.session() as s:
        records.add_spans(s, child, ROLL_SPANS)
        records.roll_up(s, child, days(8, 9), now=utc(10))
    start = utc(9, 23, 50)
    with store.session() as s:
        row_id = records.checkpoint_span(s, child, span(start, utc(10, 0, 5)), None)
    assert rolled(store.path, child) == day_ms(8)
    with store.session() as s:
        assert records.roll_up(s, child, days(8, 9), now=utc(10, 1)) == 1
        records.checkpoint_span(s, child, span(start, utc(10, 0, 6)), row_id)
    assert rolled(store.path, child) == day_ms(8, 9)
    assert [u.total for u in by_interval(orm, days(9, 10))] == [3000 + 600, 300 + 360]
    with store.session() as s:  # the clock moved back into the rolled day
        records.checkpoint_span(s, child, span(start, utc(9, 23, 55)), row_id)
    assert rolled(store.path, child) == day_ms(8)
    assert [u.total for u in by_interval(orm, days(9, 10))] == [3000 + 300, 300]


def test_spans_of_another_child_forget_no_rollup(store: StoreFile, orm: Store, child: Any) -> None:
    add_child(orm, "Ann")
    with store.session() as s:
        store.records.add_spans(s, child, ROLL_SPANS)
        store.records.roll_up(s, child, days(8, 9), now=utc(10))
        store.records.add_spans(s, first_child(store, "Ann"), [span(utc(9, 8), utc(9, 9))])
    assert rolled(store.path, child) == day_ms(8, 9)


# Titles


def test_clear_titles_forgets_the_titles_of_spans_started_before(
    store: StoreFile, child: Any
) -> None:
    with store.session() as s:
        store.records.add_spans(
            s,
            child,
            [
                span(utc(1, 8), utc(1, 9), title="old"),
                span(utc(2, 8), utc(2, 9), title="旧"),
                span(utc(3, 8), utc(3, 9)),
                span(utc(9, 8), utc(9, 9), title="new"),
            ],
        )
        assert store.records.clear_titles(s, before=utc(9, 8)) == 2
        assert store.records.clear_titles(s, before=utc(9, 8)) == 0
    assert rows(store.path, "SELECT title FROM usage_span ORDER BY start") == [
        (None,),
        (None,),
        (None,),
        ("new",),
    ]


# Sealing what was written before the key


def unsealed_data(store: StoreFile, orm: Store, child: Any) -> Any:
    """A version, a grant and settings, all written before there was a key."""
    add_versions(orm, 3600)
    store.sealer = None
    with store.session() as s:
        grant = store.records.add_grant(s, child, granted_at=T0, seconds=600, author="mum")
        store.records.set_setting(s, "pin_throttle", THROTTLE)
        store.records.set_setting(s, "theme", "dark")
    return grant


def test_seal_everything_seals_each_row_that_takes_a_seal(
    store: StoreFile, orm: Store, child: Any
) -> None:
    add_child(orm, "Ann")  # no versions: no head is written for her
    grant = unsealed_data(store, orm, child)
    with store.session(read_only=True) as s:
        assert not store.records.any_sealed(s)
    store.sealer = SEALER
    with store.session() as s:
        # The version, the grant, pin_throttle and the version's head.
        assert store.records.seal_everything(s) == 4
        assert store.records.any_sealed(s)
    assert policy(store, child) == (1, [], [1])
    assert trusted_grants(store, child, SEALER) == ([grant.id], [])
    assert trusted_setting(store, "pin_throttle", SEALER) == (THROTTLE, True)
    assert rows(store.path, "SELECT key, seal IS NOT NULL FROM setting ORDER BY key") == [
        ("pin_throttle", 1),
        (f"policy_head:{child.id}", 1),
        ("theme", 0),
    ]


@pytest.mark.parametrize(
    "sql",
    [
        "INSERT INTO policy_version (child_id, version, document, author, created_at, seal) "
        "VALUES (1, 1, '{}', 'mum', 0, 'x')",
        "INSERT INTO time_grant (child_id, granted_at, seconds, author, seal) "
        "VALUES (1, 0, 60, 'mum', 'x')",
        "INSERT INTO setting (key, value, seal) VALUES ('pin_throttle', '{}', 'x')",
    ],
    ids=["policy_version", "time_grant", "setting"],
)
def test_any_sealed_sees_a_seal_in_any_table(store: StoreFile, sql: str) -> None:
    with store.session(read_only=True) as s:
        assert not store.records.any_sealed(s)
    edit(store.path, sql)
    with store.session(read_only=True) as s:
        assert store.records.any_sealed(s)


def test_seal_everything_needs_a_sealer(store: StoreFile) -> None:
    with store.session() as s, pytest.raises(ValueError, match="sealer"):
        store.records.seal_everything(s)


def test_seal_everything_refuses_a_version_that_is_not_json_as_store_corrupt(
    request: pytest.FixtureRequest, kind: str, store: StoreFile, orm: Store, child: Any
) -> None:
    add_versions(orm, 3600)
    edit(store.path, "UPDATE policy_version SET document = '{oops'")
    store.sealer = SEALER
    with pytest.raises(StoreCorrupt), store.session() as s:
        store.records.seal_everything(s)
    assert rows(store.path, "SELECT count(*) FROM policy_version WHERE seal IS NOT NULL") == [(0,)]


def test_seal_everything_is_not_held_back_by_a_damaged_unsealed_setting(
    request: pytest.FixtureRequest, kind: str, store: StoreFile, orm: Store, child: Any
) -> None:
    """The recorder's own settings may be damaged and are overwritten as they are
    (recent_usage.put_setting); they take no seal."""
    unsealed_data(store, orm, child)
    edit(store.path, "INSERT INTO setting (key, value) VALUES ('foreground:1', '{oops')")
    store.sealer = SEALER
    with store.session() as s:
        assert store.records.seal_everything(s) == 4
    assert trusted_setting(store, "pin_throttle", SEALER) == (THROTTLE, True)


# The two implementations against each other


@pytest.fixture
def lite(path: Path, orm: Store) -> Iterator[StoreFile]:
    """The lite store on the ORM's file, both with the same key."""
    orm.sealer = SEALER
    with open_lite_store(path) as opened:
        opened.sealer = SEALER
        yield opened


def write_sealed_rows(store: StoreFile) -> int:
    """A grant and a sealed setting through `store`; returns the grant's id."""
    child = first_child(store)
    with store.session() as s:
        grant = store.records.add_grant(
            s, child, granted_at=T0, until=T0 + timedelta(hours=1), reason="生日", author="mum"
        )
        store.records.set_setting(s, "pin_throttle", THROTTLE)
    return int(grant.id)


@pytest.mark.parametrize(("writer", "reader"), [("lite", "orm"), ("orm", "lite")])
def test_rows_sealed_by_one_implementation_are_trusted_by_the_other(
    orm: Store, lite: StoreFile, writer: str, reader: str
) -> None:
    stores = {"orm": orm, "lite": lite}
    add_versions(orm, 3600, 5400)  # sealed by the ORM
    grant_id = write_sealed_rows(stores[writer])
    child = first_child(stores[reader])
    assert policy(stores[reader], child) == (2, [], [2, 1])
    assert trusted_grants(stores[reader], child, SEALER) == ([grant_id], [])
    assert trusted_setting(stores[reader], "pin_throttle", SEALER) == (THROTTLE, True)
    assert trusted_grants(stores[reader], child, OTHER_SEALER) == (
        [],
        [Tampering("time_grant", str(grant_id), "changed")],
    )


@pytest.mark.parametrize(("sealer", "reader"), [("lite", "orm"), ("orm", "lite")])
def test_what_one_implementation_seals_at_once_the_other_trusts(
    orm: Store, lite: StoreFile, sealer: str, reader: str
) -> None:
    """seal_everything, the policy head included, as the PIN is set up."""
    stores = {"orm": orm, "lite": lite}
    orm.sealer = None
    add_versions(orm, 3600, 5400)
    lite.sealer = None
    grant_id = write_sealed_rows(lite)
    stores[sealer].sealer = SEALER
    with stores[sealer].session() as s:
        assert stores[sealer].records.seal_everything(s) == 5
    child = first_child(stores[reader])
    assert policy(stores[reader], child) == (2, [], [2, 1])
    assert trusted_grants(stores[reader], child, SEALER) == ([grant_id], [])
    assert trusted_setting(stores[reader], "pin_throttle", SEALER) == (THROTTLE, True)


def a_day_of_writes(store: StoreFile) -> list[Any]:
    """The same writes as the agent makes in a day, through `store`; returns what each gave."""
    records = store.records
    store.sealer = SEALER
    child = first_child(store)
    results: list[Any] = []
    with store.session() as s:
        results.append(
            records.add_spans(
                s,
                child,
                [
                    span(utc(8, 21), utc(8, 23, 30), title="Steam", display_name="Steam"),
                    span(utc(9, 7), utc(9, 7, 30), "word.exe", "study", title="作业.docx"),
                    span(utc(9, 8), utc(9, 9), "bilibili.exe", "video", counted=False),
                ],
            )
        )
        results.append(records.roll_up(s, child, days(7, 8), now=utc(9, 9)))
        row_id = records.checkpoint_span(s, child, span(utc(8, 23, 55), utc(9, 0, 1)), None)
        results.append(
            records.checkpoint_span(s, child, span(utc(8, 23, 55), utc(9, 0, 2)), row_id)
        )
        results.append(records.add_event(s, "lock", at=utc(9, 9), child=child, data={"n": 1}).id)
        results.append(records.add_event(s, "pin_failure", at=utc(9, 10)).id)
        request = records.add_request(s, child, seconds=900, message="再玩", now=utc(9, 11))
        grant = records.add_grant(
            s, child, granted_at=utc(9, 12), seconds=900, author="mum", request=request
        )
        results.append((request.id, grant.id, grant.seal))
        records.add_grant(s, child, granted_at=utc(9, 13), until=utc(9, 14), author="dad")
        records.set_setting(s, "pin_throttle", THROTTLE)
        records.set_setting(s, "title_days", 30)
        records.replace_setting(s, "foreground:1", {"app": "steam.exe"})
        results.append(records.clear_titles(s, before=utc(9)))
        results.append(records.roll_up(s, child, days(7, 9), now=utc(10)))
    return results


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table in the file."""
    tables = [t for (t,) in rows(path, "SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {t: sorted(rows(path, f'SELECT * FROM "{t}"'), key=repr) for t in sorted(tables)}


def what_the_dashboard_reads(path: Path) -> dict[str, Any]:
    with open_store(path) as orm, orm.session(read_only=True) as s:
        child = repositories.get_child(s, "Xiaoming")
        return {
            "usage": repositories.usage_by_interval(s, child, days(7, 10)),
            "total": repositories.usage_total(s, child, utc(8), utc(10)),
            "spans": repositories.spans_between(s, child, utc(8), utc(10)),
            "events": [(e.kind, e.at, e.child_id, e.data) for e in repositories.events(s)],
            "settings": {
                k: repositories.get_setting(s, k)
                for k in ("pin_throttle", "title_days", "foreground:1", "policy_head:1")
            },
            "grants": [
                (g.seconds, g.until, g.request_id, g.seal)
                for g in repositories.grants_since(s, child, utc(1))
            ],
        }


def test_the_same_writes_through_either_leave_the_same_rows(tmp_path: Path) -> None:
    paths = {kind: tmp_path / kind / "guardian.sqlite3" for kind in KINDS}
    results = {}
    for kind, path in paths.items():
        with open_store(path) as orm, orm.session() as s:
            repositories.add_child(s, "Xiaoming", now=T0)
        with open_kind(kind, path) as store:
            results[kind] = a_day_of_writes(store)
    assert results["orm"] == results["lite"]
    assert results["orm"][:2] == [5, 2]  # 2.5 h in three pieces and two more; two days rolled
    read = {kind: what_the_dashboard_reads(path) for kind, path in paths.items()}
    assert read["orm"] == read["lite"]
    assert read["orm"]["total"] == 9000 + 1800 + 7 * 60
    assert read["orm"]["settings"]["title_days"] == 30
    assert dump(paths["orm"]) == dump(paths["lite"])
