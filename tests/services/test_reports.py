"""The dashboard's figures over the demo family's month, on a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from guardian.demo import DEMO_DAYS, fill
from guardian.services import reports
from guardian.storage import repositories as repo
from guardian.storage.database import Store, open_store
from guardian.storage.models import Child, RolledInterval

ZONE = ZoneInfo("Asia/Shanghai")
TODAY = date(2026, 11, 20)
WEEK = TODAY - timedelta(days=6)


@pytest.fixture(scope="module")
def family(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, list[Child]]]:
    store = open_store(Path(tmp_path_factory.mktemp("demo")) / "guardian.sqlite3")
    children = fill(store, TODAY, ZONE)
    yield store, children
    store.close()


def test_the_demo_month_is_believable(family: tuple[Store, list[Child]]) -> None:
    store, children = family
    with store.session(read_only=True) as s:
        for child in children:
            month = reports.period(s, child, TODAY - timedelta(days=DEMO_DAYS - 1), DEMO_DAYS, ZONE)
            assert all(d.total > 0 for d in month)
            assert max(d.total for d in month) < 4 * 3600
        assert len(repo.pending_requests(s)) == 2  # one from each child today
        kinds = {e.kind for e in repo.events(s)}
        assert {
            "warning",
            "lock",
            "grant",
            "request",
            "pin_failure",
            "clock_jump",
            "app_closed",
        } <= kinds


def test_heatmap_adds_up_to_the_period(family: tuple[Store, list[Child]]) -> None:
    store, children = family
    with store.session(read_only=True) as s:
        for child in children:
            week = reports.period(s, child, WEEK, 7, ZONE)
            grid = reports.heatmap(s, child, WEEK, 7, ZONE)
            assert len(grid) == 7 and all(len(row) == 24 for row in grid)
            assert (
                abs(sum(map(sum, grid)) - sum(d.total for d in week)) <= 7 * 24
            )  # rounding per hour
            assert (
                sum(grid[day][hour] for day in range(7) for hour in range(0, 6)) == 0
            )  # nights are empty


def test_top_apps_split_a_browser_by_category_and_compare(
    family: tuple[Store, list[Child]],
) -> None:
    store, children = family
    with store.session(read_only=True) as s:
        rows = reports.top_apps(s, children[0], WEEK, 7, ZONE)
    assert rows == sorted(rows, key=lambda r: -r.seconds)
    chrome = {r.category for r in rows if r.exe_name == "chrome.exe"}
    assert len(chrome) >= 2  # video and games (4399), at least
    assert any(r.previous_seconds for r in rows)


def test_timeline_is_ordered_and_inside_the_day(family: tuple[Store, list[Child]]) -> None:
    store, children = family
    start, end = reports.day_bounds(TODAY - timedelta(days=1), ZONE)
    with store.session(read_only=True) as s:
        spans = reports.timeline(s, children[1], TODAY - timedelta(days=1), ZONE)
    assert spans and all(start <= a.start < a.end <= end for a in spans)
    assert [a.start for a in spans] == sorted(a.start for a in spans)


def test_rolling_up_the_closed_days_changes_no_figure_and_is_done_once(tmp_path: Path) -> None:
    first = TODAY - timedelta(days=DEMO_DAYS + 2)  # two empty days before the demo's month
    days = (TODAY - first).days + 1
    with open_store(tmp_path / "guardian.sqlite3") as store:
        ann, ben = fill(store, TODAY, ZONE)
        with store.session(read_only=True) as s:
            before = [reports.period(s, child, first, days, ZONE) for child in (ann, ben)]
        with store.session() as s:
            assert reports.roll_up_closed_days(s, ann, ZONE, TODAY, days_back=40) == 40
            assert reports.roll_up_closed_days(s, ben, ZONE, TODAY, days_back=5) == 5
            rolled = s.execute(
                select(RolledInterval.start, RolledInterval.end)
                .where(RolledInterval.child_id == ann.id)
                .order_by(RolledInterval.start)
            ).all()
        closed = [TODAY - timedelta(days=n) for n in range(40, 0, -1)]  # today is not closed
        assert [tuple(row) for row in rolled] == [reports.day_bounds(d, ZONE) for d in closed]
        wal = Path(f"{store.path}-wal")
        size = wal.stat().st_size
        with store.session() as s:
            assert reports.roll_up_closed_days(s, ann, ZONE, TODAY, days_back=40) == 0
        assert wal.stat().st_size == size  # nothing left to do: nothing written
        with store.session(read_only=True) as s:
            after = [reports.period(s, child, first, days, ZONE) for child in (ann, ben)]
        assert after == before
        assert any(day.total for day in after[0][:-1])  # rolled days with usage, read back


def test_a_late_span_is_counted_and_its_day_rolled_up_again(tmp_path: Path) -> None:
    yesterday = TODAY - timedelta(days=1)
    with open_store(tmp_path / "guardian.sqlite3") as store:
        ann, _ = fill(store, TODAY, ZONE)
        with store.session() as s:
            reports.roll_up_closed_days(s, ann, ZONE, TODAY, days_back=3)
            before = reports.period(s, ann, yesterday, 2, ZONE)
            late = datetime(yesterday.year, yesterday.month, yesterday.day, 4, tzinfo=ZONE)
            now = datetime(TODAY.year, TODAY.month, TODAY.day, 4, tzinfo=ZONE)
            repo.add_spans(
                s,
                ann,
                [
                    repo.SpanRecord(
                        "C:/late.exe", "late.exe", late, late + timedelta(minutes=7), "games"
                    ),
                    repo.SpanRecord(
                        "C:/late.exe", "late.exe", now, now + timedelta(minutes=3), "games"
                    ),
                ],
            )
            assert reports.roll_up_closed_days(s, ann, ZONE, TODAY, days_back=3) == 1
            after = reports.period(s, ann, yesterday, 2, ZONE)
    assert [day.total - old.total for day, old in zip(after, before, strict=True)] == [420, 180]
    assert [day.apps.get("late.exe") for day in after] == [420, 180]
