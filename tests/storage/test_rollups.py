"""Rollups of closed intervals on a real SQLite file: the same figures as the spans, forgotten by
every write of spans they cover, and nothing written when a write covers none."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta, tzinfo
from itertools import count
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, event, func, select
from sqlalchemy.orm import Session

from guardian.storage import repositories as repo
from guardian.storage.database import Store
from guardian.storage.models import Child, RolledInterval, RolledUsage, UsageSpan
from guardian.storage.repositories import IntervalUsage, SpanRecord
from guardian.storage.types import to_epoch_ms

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 5, 20, 12, 0, tzinfo=UTC)
BASE = datetime(2026, 5, 8, tzinfo=UTC)  # the tests' days start here, in UTC and in Shanghai
MS = timedelta(milliseconds=1)


def utc(day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(2026, 5, day, hour, minute, tzinfo=UTC)


def days(zone: tzinfo, first: int, last: int) -> list[tuple[datetime, datetime]]:
    """The local days of May 2026 from `first` to `last`, as [start, end) instants."""
    return [
        (datetime(2026, 5, d, tzinfo=zone), datetime(2026, 5, d + 1, tzinfo=zone))
        for d in range(first, last + 1)
    ]


def span(
    start: datetime,
    end: datetime,
    exe: str = "steam.exe",
    category: str = "games",
    *,
    counted: bool = True,
) -> SpanRecord:
    return SpanRecord(f"C:/Programs/{exe}", exe, start, end, category, counted)


def expected(records: Sequence[SpanRecord], start: datetime, end: datetime) -> IntervalUsage:
    """What the spans hold in [start, end), counted in Python: each part rounded down alone."""
    lo, hi = to_epoch_ms(start), to_epoch_ms(end)
    total = 0
    categories: dict[str, int] = {}
    apps: dict[str, int] = {}
    for record in records:
        ms = min(hi, to_epoch_ms(record.end)) - max(lo, to_epoch_ms(record.start))
        if record.counted and ms > 0:
            total += ms
            categories[record.category] = categories.get(record.category, 0) + ms
            apps[record.exe_name] = apps.get(record.exe_name, 0) + ms
    return IntervalUsage(
        total // 1000,
        {k: v // 1000 for k, v in sorted(categories.items()) if v >= 1000},
        {k: v // 1000 for k, v in sorted(apps.items()) if v >= 1000},
    )


def rolled(s: Session, child: Child) -> list[tuple[datetime, datetime]]:
    """The child's rolled intervals, oldest first."""
    rows = s.execute(
        select(RolledInterval.start, RolledInterval.end)
        .where(RolledInterval.child_id == child.id)
        .order_by(RolledInterval.start, RolledInterval.end)
    )
    return [(start, end) for start, end in rows]


def forget_spans_behind_guardians_back(s: Session, child: Child) -> None:
    """Delete the child's spans without the repositories: only a rollup can answer after this."""
    s.execute(delete(UsageSpan).where(UsageSpan.child_id == child.id))


@pytest.fixture
def ann(s: Session) -> Child:
    return repo.add_child(s, "Ann", now=NOW)


# The same figures


_children = count()
_edges = [
    to_epoch_ms(day_start) - to_epoch_ms(BASE)
    for zone in (UTC, SHANGHAI)
    for day_start, _ in days(zone, 8, 12)
]
_start_ms = st.one_of(
    st.integers(0, 4 * 24 * 3_600_000),
    st.sampled_from(_edges).flatmap(lambda edge: st.integers(edge - 2000, edge + 2000)),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    spans=st.lists(
        st.tuples(
            _start_ms,
            st.integers(0, 3 * 3_600_000),  # longer than an hour: stored in pieces
            st.sampled_from(["a.exe", "b.exe", "c.exe"]),
            st.sampled_from(["games", "video"]),
            st.booleans(),
        ),
        max_size=14,
    ),
    others=st.lists(st.tuples(_start_ms, st.integers(0, 3 * 3_600_000)), max_size=3),
    zone=st.sampled_from([UTC, SHANGHAI]),
)
def test_rolled_days_give_what_their_spans_give(
    store: Store,
    spans: list[tuple[int, int, str, str, bool]],
    others: list[tuple[int, int]],
    zone: tzinfo,
) -> None:
    records = [
        span(BASE + offset * MS, BASE + (offset + length) * MS, exe, category, counted=counted)
        for offset, length, exe, category, counted in spans
    ]
    stranger = [span(BASE + a * MS, BASE + (a + b) * MS, "qq.exe", "social") for a, b in others]
    # The days of both zones, whichever is rolled up, and an interval across two of them.
    asked = [*days(UTC, 7, 12), *days(SHANGHAI, 7, 12), (utc(9, 20), utc(10, 4))]
    with store.session() as s:
        child = repo.add_child(s, f"child {next(_children)}", now=NOW)
        other = repo.add_child(s, f"other {next(_children)}", now=NOW)
        repo.add_spans(s, child, records)
        repo.add_spans(s, other, stranger)
        assert repo.roll_up(s, child, days(zone, 7, 12), now=NOW) == 6
        assert repo.roll_up(s, other, days(zone, 7, 12), now=NOW) == 6
        found = repo.usage_by_interval(s, child, asked)
        assert found == [expected(records, start, end) for start, end in asked]
        # The rolled days are answered from the rollup alone, the others from the spans.
        forget_spans_behind_guardians_back(s, child)
        after = repo.usage_by_interval(s, child, asked)
        for interval, before, alone in zip(asked, found, after, strict=True):
            rolled_up = interval in days(zone, 7, 12)
            assert alone == (before if rolled_up else IntervalUsage(0, {}, {}))


def test_an_empty_day_is_rolled_up_as_empty(s: Session, ann: Child) -> None:
    repo.add_spans(s, ann, [span(utc(9, 8), utc(9, 9))])
    assert repo.roll_up(s, ann, days(UTC, 8, 10), now=NOW) == 3
    assert rolled(s, ann) == days(UTC, 8, 10)
    by_day = repo.usage_by_interval(s, ann, days(UTC, 8, 10))
    assert [usage.total for usage in by_day] == [0, 3600, 0]
    assert s.scalar(select(func.count()).select_from(RolledUsage)) == 1


def test_rounding_is_per_part_as_from_the_spans(s: Session, ann: Child) -> None:
    start = utc(9, 8)
    repo.add_spans(
        s,
        ann,
        [
            span(start, start + timedelta(seconds=1, milliseconds=600), "a.exe"),
            span(start + timedelta(seconds=2), start + timedelta(seconds=3.6), "b.exe"),
        ],
    )
    from_spans = repo.usage_by_interval(s, ann, days(UTC, 9, 9))
    repo.roll_up(s, ann, days(UTC, 9, 9), now=NOW)
    forget_spans_behind_guardians_back(s, ann)
    assert repo.usage_by_interval(s, ann, days(UTC, 9, 9)) == from_spans
    assert from_spans == [IntervalUsage(3, {"games": 3}, {"a.exe": 1, "b.exe": 1})]


def test_only_ended_intervals_are_rolled_up_and_only_once(s: Session, ann: Child) -> None:
    now = utc(10, 12)
    assert repo.roll_up(s, ann, days(UTC, 8, 11), now=now) == 2  # the 10th is today
    assert rolled(s, ann) == days(UTC, 8, 9)
    assert repo.roll_up(s, ann, days(UTC, 8, 11), now=now) == 0
    assert repo.roll_up(s, ann, days(UTC, 8, 11), now=utc(11)) == 1
    assert repo.roll_up(s, ann, [(utc(9, 5), utc(9, 5))], now=now) == 0  # empty: nothing to keep
    assert rolled(s, ann) == days(UTC, 8, 10)


def test_an_interval_longer_than_two_days_is_not_rolled_up(s: Session, ann: Child) -> None:
    with pytest.raises(ValueError, match="too long to roll up"):
        repo.roll_up(s, ann, [(utc(1), utc(3, 0, 1))], now=NOW)
    with pytest.raises(ValueError, match="must not end before it starts"):
        repo.roll_up(s, ann, [(utc(3), utc(1))], now=NOW)
    assert rolled(s, ann) == []


def test_another_zone_reads_the_spans(s: Session, ann: Child) -> None:
    # After a change of zone, the days asked for have other bounds: no rollup matches them.
    records = [span(utc(9, 15, 30), utc(9, 16, 30))]  # 23:30-00:30 in Shanghai
    repo.add_spans(s, ann, records)
    repo.roll_up(s, ann, days(UTC, 8, 10), now=NOW)
    forget_spans_behind_guardians_back(s, ann)
    shanghai = repo.usage_by_interval(s, ann, days(SHANGHAI, 9, 10))
    assert [usage.total for usage in shanghai] == [0, 0]  # from the spans, now gone
    assert [usage.total for usage in repo.usage_by_interval(s, ann, days(UTC, 9, 9))] == [3600]


def test_deleting_a_child_deletes_its_rollups(s: Session, ann: Child) -> None:
    repo.add_spans(s, ann, [span(utc(9, 8), utc(9, 9))])
    repo.roll_up(s, ann, days(UTC, 8, 10), now=NOW)
    s.execute(delete(Child).where(Child.id == ann.id))
    assert s.scalar(select(func.count()).select_from(RolledInterval)) == 0
    assert s.scalar(select(func.count()).select_from(RolledUsage)) == 0


# Forgetting


@pytest.mark.parametrize(
    ("start", "end", "forgotten"),
    [
        (utc(9, 8), utc(9, 9), [9]),  # inside a day
        (utc(9, 23, 30), utc(10, 0, 30), [9, 10]),  # across midnight
        (utc(9, 23), utc(11, 1), [9, 10, 11]),  # longer than an hour, stored in pieces
        (utc(9) - MS, utc(9), [8]),  # the last millisecond of the 8th
        (utc(10), utc(10) + MS, [10]),  # the first millisecond of the 10th
        (utc(13, 8), utc(13, 9), []),  # a day not rolled up
        (utc(9, 8), utc(9, 8), []),  # nothing: an empty span changes no total
    ],
)
def test_adding_spans_forgets_the_rollups_they_overlap(
    s: Session, ann: Child, start: datetime, end: datetime, forgotten: list[int]
) -> None:
    records = [span(utc(d, 10), utc(d, 11)) for d in range(8, 13)]
    repo.add_spans(s, ann, records)
    repo.roll_up(s, ann, days(UTC, 8, 12), now=NOW)
    late = span(start, end, "minecraft.exe")
    repo.add_spans(s, ann, [late])
    kept = [day for day in days(UTC, 8, 12) if day[0].day not in forgotten]
    assert rolled(s, ann) == kept
    asked = days(UTC, 8, 13)
    assert repo.usage_by_interval(s, ann, asked) == [
        expected([*records, late], a, b) for a, b in asked
    ]


def test_adding_spans_of_another_child_forgets_nothing(s: Session, ann: Child) -> None:
    ben = repo.add_child(s, "Ben", now=NOW)
    repo.roll_up(s, ann, days(UTC, 8, 10), now=NOW)
    repo.add_spans(s, ben, [span(utc(9, 8), utc(9, 9))])
    assert rolled(s, ann) == days(UTC, 8, 10)


def test_a_batch_forgets_each_day_it_writes_into_and_no_day_between(s: Session, ann: Child) -> None:
    repo.roll_up(s, ann, days(UTC, 8, 12), now=NOW)
    repo.add_spans(s, ann, [span(utc(8, 8), utc(8, 9)), span(utc(12, 8), utc(12, 9))])
    assert rolled(s, ann) == days(UTC, 9, 11)


def test_a_checkpoint_into_a_rolled_day_forgets_it(s: Session, ann: Child) -> None:
    # A crash file replayed after midnight: the span of yesterday arrives late.
    repo.roll_up(s, ann, days(UTC, 8, 10), now=NOW)
    row_id = repo.checkpoint_span(s, ann, span(utc(9, 8), utc(9, 8, 30)), None)
    assert rolled(s, ann) == [days(UTC, 8, 8)[0], days(UTC, 10, 10)[0]]
    repo.roll_up(s, ann, days(UTC, 9, 9), now=NOW)
    repo.checkpoint_span(s, ann, span(utc(9, 8), utc(9, 8, 45)), row_id)
    assert rolled(s, ann) == [days(UTC, 8, 8)[0], days(UTC, 10, 10)[0]]
    assert repo.usage_by_interval(s, ann, days(UTC, 9, 9))[0].total == 45 * 60


def test_a_span_in_progress_across_midnight_forgets_the_closed_day_once(
    s: Session, ann: Child
) -> None:
    start = utc(9, 23, 50)
    row_id = repo.checkpoint_span(s, ann, span(start, utc(9, 23, 59)), None)
    repo.roll_up(s, ann, days(UTC, 9, 9), now=utc(10))  # the day changes
    repo.checkpoint_span(s, ann, span(start, utc(10, 0, 1)), row_id)
    assert rolled(s, ann) == []  # the minute before midnight was not in the rollup
    repo.roll_up(s, ann, days(UTC, 9, 9), now=utc(10, 0, 1))
    repo.checkpoint_span(s, ann, span(start, utc(10, 0, 2)), row_id)
    assert rolled(s, ann) == days(UTC, 9, 9)  # only after midnight changed
    repo.checkpoint_span(s, ann, span(start, utc(9, 23, 55)), row_id)  # the clock moved back
    assert rolled(s, ann) == []
    assert repo.usage_by_interval(s, ann, days(UTC, 9, 9))[0].total == 5 * 60


def test_forgetting_nothing_writes_nothing(store: Store) -> None:
    with store.session() as s:
        ann = repo.add_child(s, "Ann", now=NOW)
        repo.add_spans(s, ann, [span(utc(d, 8), utc(d, 9)) for d in range(8, 12)])
        repo.roll_up(s, ann, days(UTC, 8, 10), now=NOW)
    wal = Path(f"{store.path}-wal")

    def written_by(lo: datetime, hi: datetime) -> int:
        before = wal.stat().st_size
        with store.session() as s:
            repo._forget_rollups(s, ann, [(to_epoch_ms(lo), to_epoch_ms(hi))])
        return wal.stat().st_size - before

    assert written_by(utc(11, 8), utc(11, 9)) == 0  # today: never rolled up
    assert written_by(utc(20), utc(21)) == 0
    assert written_by(utc(9, 8), utc(9, 9)) > 0


def test_forgetting_and_reading_rollups_use_their_index(store: Store) -> None:
    statements: list[tuple[str, Any]] = []

    def capture(conn: Any, cursor: Any, statement: str, params: Any, *args: Any) -> None:
        if "rolled_interval" in statement and not statement.startswith("INSERT"):
            statements.append((statement, params[0] if isinstance(params, list) else params))

    with store.session() as s:
        ann = repo.add_child(s, "Ann", now=NOW)
    event.listen(store.engine, "before_cursor_execute", capture)
    try:
        with store.session() as s:
            repo.add_spans(s, ann, [span(utc(9, 8), utc(9, 9))])
            repo.usage_by_interval(s, ann, days(UTC, 8, 10))
    finally:
        event.remove(store.engine, "before_cursor_execute", capture)
    assert [statement.split()[0] for statement, _ in statements] == ["DELETE", "WITH"]
    with store.engine.connect() as connection:
        plans = [
            " | ".join(
                row[-1]
                for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", params)
            )
            for statement, params in statements
        ]
    forget, read = plans
    assert "rolled_interval_1 (child_id=? AND start>? AND start<?)" in forget
    assert "rolled_interval_1 (child_id=? AND start=? AND end=?)" in read
    assert "rolled_usage USING PRIMARY KEY (interval_id=?)" in read
    assert "SCAN rolled" not in forget + read
