"""Repositories on a real SQLite file: children, policies, usage, events, grants, requests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone, tzinfo
from itertools import count
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from guardian.storage import repositories as repo
from guardian.storage.database import Store
from guardian.storage.errors import ChildExists, ChildNotFound, RequestAlreadyAnswered
from guardian.storage.models import App, Child, TimeGrant, UsageSpan
from guardian.storage.repositories import SpanRecord

BERLIN = ZoneInfo("Europe/Berlin")
SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 5, 9, 12, 0, tzinfo=UTC)


def local(
    zone: tzinfo, year: int, month: int, day: int, hour: int = 0, minute: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=zone)


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return local(UTC, year, month, day, hour, minute)


def span(
    start: datetime,
    end: datetime,
    exe: str = "steam.exe",
    category: str = "games",
    *,
    counted: bool = True,
    title: str | None = None,
) -> SpanRecord:
    return SpanRecord(
        exe_path=f"C:/Programs/{exe}",
        exe_name=exe,
        start=start,
        end=end,
        category=category,
        counted=counted,
        title=title,
    )


@pytest.fixture
def ann(s: Session) -> Child:
    return repo.add_child(s, "Ann", os_user="ann", age=10, now=NOW)


# Children


def test_children_are_added_found_and_listed_by_name(s: Session) -> None:
    repo.add_child(s, "Ben", now=NOW)
    repo.add_child(s, "Ann", os_user="ann", age=10, now=NOW)
    assert [c.name for c in repo.list_children(s)] == ["Ann", "Ben"]
    ann = repo.get_child(s, "Ann")
    assert (ann.os_user, ann.age, ann.created_at) == ("ann", 10, NOW)
    assert repo.find_child(s, "Cleo") is None


def test_a_duplicate_child_is_refused(s: Session, ann: Child) -> None:
    with pytest.raises(ChildExists, match="'Ann'"):
        repo.add_child(s, "Ann", now=NOW)
    assert len(repo.list_children(s)) == 1


def test_a_missing_child_is_named(s: Session) -> None:
    with pytest.raises(ChildNotFound, match="'Cleo'"):
        repo.get_child(s, "Cleo")


# Policies


def test_policy_versions_count_up_per_child_and_history_is_newest_first(
    s: Session, ann: Child
) -> None:
    ben = repo.add_child(s, "Ben", now=NOW)
    for minutes in (60, 90, 120):
        repo.add_policy_version(
            s, ann, {"limit": minutes}, author="mum", now=NOW + timedelta(minutes=minutes)
        )
    repo.add_policy_version(s, ben, {"limit": 30}, author="dad", now=NOW, comment="start")
    assert [(p.version, p.document) for p in repo.policy_history(s, ann)] == [
        (3, {"limit": 120}),
        (2, {"limit": 90}),
        (1, {"limit": 60}),
    ]
    current = repo.current_policy(s, ben)
    assert current is not None
    assert (current.version, current.author, current.comment) == (1, "dad", "start")


def test_applying_a_policy_is_recorded_as_an_event(s: Session, ann: Child) -> None:
    repo.add_policy_version(s, ann, {"limit": 60}, author="mum", now=NOW)
    repo.add_policy_version(s, ann, {"limit": 90}, author="mum", now=NOW + timedelta(hours=1))
    applied = repo.events(s, child=ann, kinds=["policy_applied"])
    assert [e.data["version"] for e in applied] == [2, 1]


def test_a_child_without_a_policy_has_none(s: Session, ann: Child) -> None:
    assert repo.current_policy(s, ann) is None
    assert repo.policy_history(s, ann) == []


def test_the_stored_policy_is_a_copy(s: Session, ann: Child) -> None:
    document: dict[str, Any] = {"categories": {"games": {"limit": 3600}}}
    repo.add_policy_version(s, ann, document, author="mum", now=NOW)
    document["categories"]["games"]["limit"] = 0
    current = repo.current_policy(s, ann)
    assert current is not None
    assert current.document == {"categories": {"games": {"limit": 3600}}}


@pytest.mark.parametrize(
    ("document", "error"),
    [([1, 2], TypeError), ({"at": datetime(2026, 1, 1, tzinfo=UTC)}, TypeError)],
    ids=["not-an-object", "not-json"],
)
def test_a_policy_must_be_a_json_object(
    s: Session, ann: Child, document: Any, error: type[Exception]
) -> None:
    with pytest.raises(error):
        repo.add_policy_version(s, ann, document, author="mum", now=NOW)


# Apps and spans


def test_app_for_gets_or_creates_and_fills_in_a_missing_display_name(s: Session) -> None:
    first = repo.app_for(s, "C:/Programs/steam.exe", "steam.exe", now=NOW)
    again = repo.app_for(s, "C:/Programs/steam.exe", "steam.exe", "Steam", now=NOW)
    assert again.id == first.id
    assert again.display_name == "Steam"
    renamed = repo.app_for(s, "C:/Programs/steam.exe", "steam.exe", "Other", now=NOW)
    assert renamed.display_name == "Steam"
    assert renamed.first_seen == NOW


def test_spans_share_one_app_row_per_executable(s: Session, ann: Child) -> None:
    spans = [span(utc(2026, 5, 9, h), utc(2026, 5, 9, h, 30)) for h in range(8, 12)]
    assert repo.add_spans(s, ann, spans) == 4
    apps = s.scalars(select(App)).all()
    assert [(a.exe_name, a.first_seen) for a in apps] == [("steam.exe", utc(2026, 5, 9, 8))]


def test_a_long_span_is_stored_in_pieces_of_at_most_an_hour(s: Session, ann: Child) -> None:
    start = utc(2026, 5, 9, 8, 10)
    assert repo.add_spans(s, ann, [span(start, start + timedelta(hours=2, minutes=30))]) == 3
    rows = s.scalars(select(UsageSpan).order_by(UsageSpan.start)).all()
    assert [(r.end - r.start) for r in rows] == [
        timedelta(hours=1),
        timedelta(hours=1),
        timedelta(minutes=30),
    ]
    assert rows[0].start == start
    assert rows[-1].end == start + timedelta(hours=2, minutes=30)


def test_a_span_ending_before_it_starts_is_refused(s: Session, ann: Child) -> None:
    with pytest.raises(ValueError, match="ends before"):
        repo.add_spans(s, ann, [span(utc(2026, 5, 9, 9), utc(2026, 5, 9, 8))])


def test_the_database_refuses_spans_longer_than_an_hour(s: Session, ann: Child) -> None:
    app = repo.app_for(s, "C:/x.exe", "x.exe", now=NOW)
    s.add(
        UsageSpan(
            child_id=ann.id,
            app_id=app.id,
            start=NOW,
            end=NOW + timedelta(hours=2),
            category="other",
            counted=True,
        )
    )
    with pytest.raises(IntegrityError, match="CHECK"):
        s.flush()


# Usage queries

DAY_SPANS = [
    span(utc(2026, 5, 9, 8), utc(2026, 5, 9, 9), "steam.exe", "games"),
    span(utc(2026, 5, 9, 10), utc(2026, 5, 9, 10, 20), "minecraft.exe", "games"),
    span(utc(2026, 5, 9, 11), utc(2026, 5, 9, 11, 45), "bilibili.exe", "video"),
    span(utc(2026, 5, 9, 12), utc(2026, 5, 9, 13), "word.exe", "study", counted=False),
    span(utc(2026, 5, 9, 23, 30), utc(2026, 5, 10, 0, 15), "steam.exe", "games"),
]


def test_by_app_by_category_and_total_agree(s: Session, ann: Child) -> None:
    repo.add_spans(s, ann, DAY_SPANS)
    start, end = utc(2026, 5, 9), utc(2026, 5, 10)
    by_app = repo.usage_by_app(s, ann, start, end)
    by_category = repo.usage_by_category(s, ann, start, end)
    assert by_app == {"bilibili.exe": 2700, "minecraft.exe": 1200, "steam.exe": 3600 + 1800}
    assert by_category == {"games": 3600 + 1200 + 1800, "video": 2700}
    assert repo.usage_total(s, ann, start, end) == sum(by_app.values()) == 9300
    assert sum(by_category.values()) == 9300


def test_uncounted_spans_are_left_out(s: Session, ann: Child) -> None:
    repo.add_spans(s, ann, DAY_SPANS)
    noon = (utc(2026, 5, 9, 12), utc(2026, 5, 9, 13))
    assert repo.usage_total(s, ann, *noon) == 0
    assert repo.usage_by_app(s, ann, *noon) == {}
    assert repo.usage_by_category(s, ann, *noon) == {}
    assert sum(repo.usage_by_hour(s, ann, *noon, UTC).values()) == 0


MIDNIGHT_SPANS = [
    span(utc(2026, 5, 9, 23, 30), utc(2026, 5, 10, 0, 15)),  # across midnight in UTC
    span(utc(2026, 5, 9, 15, 40), utc(2026, 5, 9, 16, 10)),  # 23:40-00:10 in Shanghai
]


@pytest.mark.parametrize(
    ("zone", "day", "next_day", "expected"),
    [
        (UTC, (2026, 5, 9), (2026, 5, 10), 1800 + 1800),
        (UTC, (2026, 5, 10), (2026, 5, 11), 900),
        (SHANGHAI, (2026, 5, 9), (2026, 5, 10), 1200),
        (SHANGHAI, (2026, 5, 10), (2026, 5, 11), 600 + 2700),
    ],
)
def test_a_span_crossing_midnight_is_split_between_days(
    s: Session,
    ann: Child,
    zone: tzinfo,
    day: tuple[int, int, int],
    next_day: tuple[int, int, int],
    expected: int,
) -> None:
    repo.add_spans(s, ann, MIDNIGHT_SPANS)
    assert repo.usage_total(s, ann, local(zone, *day), local(zone, *next_day)) == expected


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (utc(2026, 5, 9, 8, 15), utc(2026, 5, 9, 8, 45), 1800),  # inside one span
        (utc(2026, 5, 9, 7), utc(2026, 5, 9, 8, 10), 600),  # across a span's start
        (utc(2026, 5, 9, 8, 50), utc(2026, 5, 9, 10, 5), 600 + 300),  # across two edges
        (utc(2026, 5, 9, 9), utc(2026, 5, 9, 10), 0),  # between spans: half-open
        (utc(2026, 5, 9, 9), utc(2026, 5, 9, 9), 0),  # empty interval
    ],
)
def test_spans_are_clipped_to_the_interval(
    s: Session, ann: Child, start: datetime, end: datetime, expected: int
) -> None:
    repo.add_spans(s, ann, DAY_SPANS)
    assert repo.usage_total(s, ann, start, end) == expected
    assert sum(repo.usage_by_app(s, ann, start, end).values()) == expected


@pytest.mark.parametrize("zone", [UTC, SHANGHAI])
def test_usage_by_interval_agrees_with_the_queries_one_interval_at_a_time(
    s: Session, ann: Child, zone: tzinfo
) -> None:
    ben = repo.add_child(s, "Ben", now=NOW)
    repo.add_spans(s, ann, [*DAY_SPANS, *MIDNIGHT_SPANS])
    repo.add_spans(s, ben, [span(utc(2026, 5, 9, 8), utc(2026, 5, 9, 9), "qq.exe", "social")])
    intervals = [(local(zone, 2026, 5, d), local(zone, 2026, 5, d + 1)) for d in (8, 9, 10, 11)]
    intervals.append((utc(2026, 5, 9, 8, 50), utc(2026, 5, 9, 10, 5)))  # across two edges
    intervals.append((utc(2026, 5, 9, 9), utc(2026, 5, 9, 9)))  # empty
    found = repo.usage_by_interval(s, ann, intervals)
    assert len(found) == len(intervals)
    for (start, end), usage in zip(intervals, found, strict=True):
        assert usage.total == repo.usage_total(s, ann, start, end)
        assert usage.apps == repo.usage_by_app(s, ann, start, end)
        assert usage.categories == repo.usage_by_category(s, ann, start, end)
    assert any(usage.total for usage in found) and not found[-1].total
    assert "qq.exe" not in {app for usage in found for app in usage.apps}


def test_usage_by_interval_refuses_an_interval_that_ends_before_it_starts(
    s: Session, ann: Child
) -> None:
    assert repo.usage_by_interval(s, ann, []) == []
    with pytest.raises(ValueError, match="must not end before it starts"):
        repo.usage_by_interval(s, ann, [(utc(2026, 5, 10), utc(2026, 5, 9))])


def test_usage_of_one_child_is_not_counted_for_another(s: Session, ann: Child) -> None:
    ben = repo.add_child(s, "Ben", now=NOW)
    repo.add_spans(s, ann, DAY_SPANS)
    assert repo.usage_total(s, ben, utc(2026, 5, 9), utc(2026, 5, 10)) == 0


def test_whole_seconds_are_rounded_down(s: Session, ann: Child) -> None:
    start = utc(2026, 5, 9, 8)
    repo.add_spans(s, ann, [span(start, start + timedelta(seconds=59, milliseconds=999))])
    assert repo.usage_total(s, ann, start, start + timedelta(hours=1)) == 59


def test_an_interval_ending_before_it_starts_is_refused(s: Session, ann: Child) -> None:
    with pytest.raises(ValueError, match="interval"):
        repo.usage_total(s, ann, utc(2026, 5, 10), utc(2026, 5, 9))


def hours_of(result: dict[datetime, int]) -> list[tuple[str, int]]:
    return [(key.strftime("%H:%M%z"), seconds) for key, seconds in result.items() if seconds]


def test_by_hour_on_the_spring_forward_day_in_berlin(s: Session, ann: Child) -> None:
    # 00:30-01:30 UTC is 01:30 CET to 03:30 CEST: 02:00-03:00 never happens that night.
    repo.add_spans(s, ann, [span(utc(2026, 3, 29, 0, 30), utc(2026, 3, 29, 1, 30))])
    day = repo.usage_by_hour(s, ann, local(BERLIN, 2026, 3, 29), local(BERLIN, 2026, 3, 30), BERLIN)
    assert len(day) == 23
    assert [k.hour for k in day][:4] == [0, 1, 3, 4]
    assert hours_of(day) == [("01:00+0100", 1800), ("03:00+0200", 1800)]
    assert all(k.astimezone(BERLIN).hour == k.hour for k in day)


def test_by_hour_on_the_fall_back_day_in_berlin(s: Session, ann: Child) -> None:
    # 00:30-01:30 UTC is 02:30 CEST to 02:30 CET: the two 02:00 hours get half an hour each.
    repo.add_spans(s, ann, [span(utc(2026, 10, 25, 0, 30), utc(2026, 10, 25, 1, 30))])
    day = repo.usage_by_hour(
        s, ann, local(BERLIN, 2026, 10, 25), local(BERLIN, 2026, 10, 26), BERLIN
    )
    assert len(day) == 25
    assert [k.hour for k in day][:5] == [0, 1, 2, 2, 3]
    assert hours_of(day) == [("02:00+0200", 1800), ("02:00+0100", 1800)]
    assert sum(day.values()) == 3600


def test_by_hour_in_shanghai(s: Session, ann: Child) -> None:
    repo.add_spans(s, ann, [*DAY_SPANS, MIDNIGHT_SPANS[1]])
    start, end = local(SHANGHAI, 2026, 5, 10), local(SHANGHAI, 2026, 5, 11)
    day = repo.usage_by_hour(s, ann, start, end, SHANGHAI)
    assert list(day) == [local(SHANGHAI, 2026, 5, 10, h) for h in range(24)]
    assert hours_of(day) == [("00:00+0800", 600), ("07:00+0800", 1800), ("08:00+0800", 900)]
    assert sum(day.values()) == repo.usage_total(s, ann, start, end)
    day_before = repo.usage_by_hour(s, ann, start - timedelta(days=1), start, SHANGHAI)
    assert hours_of(day_before) == [
        ("16:00+0800", 3600),
        ("18:00+0800", 1200),
        ("19:00+0800", 2700),
        ("23:00+0800", 1200),
    ]


def test_by_hour_clips_the_first_and_last_hour(s: Session, ann: Child) -> None:
    repo.add_spans(s, ann, [span(utc(2026, 5, 9, 8), utc(2026, 5, 9, 11))])
    hours = repo.usage_by_hour(s, ann, utc(2026, 5, 9, 8, 40), utc(2026, 5, 9, 10, 10), UTC)
    assert hours_of(hours) == [("08:00+0000", 1200), ("09:00+0000", 3600), ("10:00+0000", 600)]


def test_by_hour_follows_a_half_hour_shift(s: Session, ann: Child) -> None:
    # Lord Howe Island moves its clocks by 30 minutes, at 02:00 local time.
    zone = ZoneInfo("Australia/Lord_Howe")
    start, end = local(zone, 2026, 10, 4), local(zone, 2026, 10, 5)
    repo.add_spans(s, ann, [span(start, end - timedelta(hours=1))])
    day = repo.usage_by_hour(s, ann, start, end, zone)
    assert [k.strftime("%H:%M") for k in day][:4] == ["00:00", "01:00", "02:00", "03:00"]
    assert list(day.values())[2] == 1800  # 02:30-03:00: the only half hour of hour 2
    assert sum(day.values()) == repo.usage_total(s, ann, start, end)


def test_usage_queries_use_the_child_and_start_index(store: Store) -> None:
    statements: list[tuple[str, Any]] = []

    def capture(conn: Any, cursor: Any, statement: str, params: Any, *args: Any) -> None:
        if "usage_span" in statement:
            statements.append((statement, params))

    with store.session() as s:
        ann = repo.add_child(s, "Ann", now=NOW)
        repo.add_spans(s, ann, DAY_SPANS)
    event.listen(store.engine, "before_cursor_execute", capture)
    try:
        with store.session(read_only=True) as s:
            repo.usage_total(s, ann, utc(2026, 5, 9), utc(2026, 5, 10))
            repo.usage_by_app(s, ann, utc(2026, 5, 9), utc(2026, 5, 10))
            repo.usage_by_hour(s, ann, utc(2026, 5, 9), utc(2026, 5, 10), UTC)
            repo.usage_by_interval(s, ann, [(utc(2026, 5, 9), utc(2026, 5, 10))])
    finally:
        event.remove(store.engine, "before_cursor_execute", capture)
    assert len(statements) == 4
    with store.engine.connect() as connection:
        for statement, params in statements:
            plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", params).all()
            details = " | ".join(row[-1] for row in plan)
            assert "ix_usage_span_child_id_start (child_id=? AND start>? AND start<?)" in details
            assert "SCAN usage_span" not in details


_children = count()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    spans=st.lists(
        st.tuples(
            st.integers(0, 3 * 24 * 3600),
            st.integers(0, 3 * 3600),
            st.sampled_from(["a.exe", "b.exe", "c.exe"]),
            st.booleans(),
        ),
        max_size=12,
    ),
    window=st.tuples(st.integers(0, 3 * 24 * 3600), st.integers(0, 2 * 24 * 3600)),
    zone=st.sampled_from([BERLIN, SHANGHAI, ZoneInfo("America/New_York")]),
)
def test_every_breakdown_adds_up_to_the_total(
    store: Store,
    spans: list[tuple[int, int, str, bool]],
    window: tuple[int, int],
    zone: ZoneInfo,
) -> None:
    base = utc(2026, 3, 27)  # the days around Europe's spring change
    records = [
        span(
            base + timedelta(seconds=offset),
            base + timedelta(seconds=offset + length),
            exe,
            exe[0],
            counted=counted,
        )
        for offset, length, exe, counted in spans
    ]
    start = base + timedelta(seconds=window[0])
    end = start + timedelta(seconds=window[1])
    with store.session() as s:
        child = repo.add_child(s, f"child {next(_children)}", now=NOW)
        repo.add_spans(s, child, records)
        total = repo.usage_total(s, child, start, end)
        expected = sum(
            max(0, min(r.end, end).timestamp() - max(r.start, start).timestamp())
            for r in records
            if r.counted
        )
        assert total == int(expected)
        assert sum(repo.usage_by_app(s, child, start, end).values()) == total
        assert sum(repo.usage_by_category(s, child, start, end).values()) == total
        assert sum(repo.usage_by_hour(s, child, start, end, zone).values()) == total


def test_clear_titles_forgets_old_window_titles(s: Session, ann: Child) -> None:
    repo.add_spans(
        s,
        ann,
        [
            span(utc(2026, 4, 1, 8), utc(2026, 4, 1, 9), title="old"),
            span(utc(2026, 5, 9, 8), utc(2026, 5, 9, 9), title="new"),
        ],
    )
    assert repo.clear_titles(s, before=utc(2026, 4, 9)) == 1
    titles = s.scalars(select(UsageSpan.title).order_by(UsageSpan.start)).all()
    assert titles == [None, "new"]


# Events


def test_events_come_newest_first_and_can_be_filtered(s: Session, ann: Child) -> None:
    ben = repo.add_child(s, "Ben", now=NOW)
    repo.add_event(s, "lock", at=utc(2026, 5, 9, 20), child=ann, data={"reason": "limit"})
    repo.add_event(s, "pin_failure", at=utc(2026, 5, 9, 21))
    repo.add_event(s, "clock_jump", at=utc(2026, 5, 9, 21), child=ann, data={"seconds": -3600})
    repo.add_event(s, "lock", at=utc(2026, 5, 8, 20), child=ben)
    everything = repo.events(s)
    assert [(e.kind, e.at.day) for e in everything] == [
        ("clock_jump", 9),  # same instant as pin_failure, added later
        ("pin_failure", 9),
        ("lock", 9),
        ("lock", 8),
    ]
    assert [e.kind for e in repo.events(s, child=ann)] == ["clock_jump", "lock"]
    assert [e.child_id for e in repo.events(s, kinds=["lock"])] == [ann.id, ben.id]
    assert len(repo.events(s, since=utc(2026, 5, 9, 21))) == 2
    assert [e.kind for e in repo.events(s, limit=1)] == ["clock_jump"]
    assert everything[0].data == {"seconds": -3600}
    assert everything[1].data == {}


# Grants and requests


@pytest.mark.parametrize(
    ("seconds", "until"),
    [(None, None), (600, utc(2026, 5, 9, 20)), (0, None), (-60, None), (None, NOW)],
    ids=["neither", "both", "zero", "negative", "until-now"],
)
def test_a_grant_needs_exactly_one_of_seconds_or_until(
    s: Session, ann: Child, seconds: int | None, until: datetime | None
) -> None:
    with pytest.raises(ValueError, match="grant"):
        repo.add_grant(s, ann, granted_at=NOW, seconds=seconds, until=until, author="mum")
    assert repo.grants_since(s, ann, NOW - timedelta(days=1)) == []


def test_the_database_also_refuses_a_grant_with_both(s: Session, ann: Child) -> None:
    s.add(
        TimeGrant(
            child_id=ann.id, granted_at=NOW, seconds=60, until=NOW, author="mum", category=None
        )
    )
    with pytest.raises(IntegrityError, match="CHECK"):
        s.flush()


def test_grants_are_listed_oldest_first_and_recorded_as_events(s: Session, ann: Child) -> None:
    repo.add_grant(s, ann, granted_at=utc(2026, 5, 8, 18), seconds=900, author="mum")
    repo.add_grant(s, ann, granted_at=utc(2026, 5, 9, 18), until=utc(2026, 5, 9, 19), author="dad")
    repo.add_grant(
        s, ann, granted_at=utc(2026, 5, 9, 17), seconds=600, category="study", author="mum"
    )
    grants = repo.grants_since(s, ann, utc(2026, 5, 9))
    assert [(g.seconds, g.until, g.category) for g in grants] == [
        (600, None, "study"),
        (None, utc(2026, 5, 9, 19), None),
    ]
    logged = repo.events(s, child=ann, kinds=["grant"])
    assert [e.data["author"] for e in logged] == ["dad", "mum", "mum"]
    assert logged[0].data["until"] == "2026-05-09T19:00:00+00:00"


def test_approving_a_request_creates_the_grant(s: Session, ann: Child) -> None:
    request = repo.add_request(s, ann, seconds=900, message="finish my level", now=NOW)
    assert repo.pending_requests(s) == [request]
    later = NOW + timedelta(minutes=2)
    grant = repo.answer_request(s, request, approved=True, by="mum", now=later)
    assert grant is not None
    assert (grant.seconds, grant.request_id, grant.author, grant.granted_at) == (
        900,
        request.id,
        "mum",
        later,
    )
    assert (request.status, request.answered_by, request.answered_at) == ("approved", "mum", later)
    assert repo.pending_requests(s, ann) == []
    assert repo.grants_since(s, ann, NOW) == [grant]


def test_a_parent_can_approve_a_different_amount(s: Session, ann: Child) -> None:
    request = repo.add_request(s, ann, seconds=3600, message=None, now=NOW)
    grant = repo.answer_request(s, request, approved=True, seconds=600, by="dad", now=NOW)
    assert grant is not None
    assert grant.seconds == 600


def test_denying_a_request_grants_nothing(s: Session, ann: Child) -> None:
    request = repo.add_request(s, ann, seconds=900, message=None, now=NOW)
    assert repo.answer_request(s, request, approved=False, by="dad", now=NOW) is None
    assert request.status == "denied"
    assert repo.grants_since(s, ann, NOW - timedelta(days=1)) == []


def test_a_request_is_answered_only_once(store: Store) -> None:
    with store.session() as s:
        ann = repo.add_child(s, "Ann", now=NOW)
        request = repo.add_request(s, ann, seconds=900, message=None, now=NOW)
    # The lock screen and the dashboard both hold the same pending request.
    with store.session() as s:
        repo.answer_request(s, request, approved=False, by="dad", now=NOW)
    with pytest.raises(RequestAlreadyAnswered, match="already answered"), store.session() as s:
        repo.answer_request(s, request, approved=True, by="mum", now=NOW)
    with store.session(read_only=True) as s:
        assert repo.grants_since(s, ann, NOW - timedelta(days=1)) == []


def test_pending_requests_are_oldest_first_across_children(s: Session, ann: Child) -> None:
    ben = repo.add_child(s, "Ben", now=NOW)
    second = repo.add_request(s, ben, seconds=60, message=None, now=NOW + timedelta(minutes=1))
    first = repo.add_request(s, ann, seconds=60, message=None, now=NOW)
    assert repo.pending_requests(s) == [first, second]
    assert repo.pending_requests(s, ben) == [second]


# Settings


@pytest.mark.parametrize("value", [30, "zh_CN", True, None, [1, 2], {"days": 30, "enabled": False}])
def test_settings_round_trip(store: Store, value: Any) -> None:
    with store.session() as s:
        repo.set_setting(s, "key", value)
    with store.session(read_only=True) as s:
        assert repo.get_setting(s, "key", default="missing") == value


def test_a_missing_setting_gives_the_default_and_a_new_value_replaces_the_old(s: Session) -> None:
    assert repo.get_setting(s, "title_days") is None
    assert repo.get_setting(s, "title_days", 30) == 30
    repo.set_setting(s, "title_days", 7)
    repo.set_setting(s, "title_days", 14)
    assert repo.get_setting(s, "title_days", 30) == 14
    assert s.execute(text("SELECT count(*) FROM setting")).scalar_one() == 1


def test_timestamps_with_offsets_are_compared_as_instants(s: Session, ann: Child) -> None:
    repo.add_event(s, "lock", at=utc(2026, 5, 9, 12), child=ann)
    since = datetime(2026, 5, 9, 19, 59, tzinfo=timezone(timedelta(hours=8)))  # 11:59 UTC
    assert len(repo.events(s, since=since)) == 1
