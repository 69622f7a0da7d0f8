"""The dashboard's figures over the demo family's month, on a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from guardian.demo import DEMO_DAYS, fill
from guardian.services import reports
from guardian.storage import repositories as repo
from guardian.storage.database import Store, open_store
from guardian.storage.models import Child

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
