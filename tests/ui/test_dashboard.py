"""The parent's dashboard over the demo family: PIN gate, pages, approving requests, idle lock."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from guardian.core.clock import FakeClock
from guardian.demo import fill
from guardian.services.recent_usage import Front, Recent, dump, recent_path
from guardian.storage import repositories as repo
from guardian.storage.database import Store, open_store
from guardian.ui.dashboard import Dashboard
from guardian.ui.dashboard_data import DashboardData

ZONE = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 20, 18, 0, tzinfo=ZONE)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path / "guardian.sqlite3")
    fill(store, NOW.date(), ZONE)
    yield store
    store.close()


@pytest.fixture
def dashboard(qtbot, store: Store) -> Dashboard:  # type: ignore[no-untyped-def]
    data = DashboardData(store, FakeClock(NOW.astimezone(UTC)), ZONE)
    board = Dashboard(data, lambda pin: (pin == "482915", 0))
    qtbot.addWidget(board)
    return board


def test_the_pin_gate(qtbot, dashboard: Dashboard) -> None:  # type: ignore[no-untyped-def]
    assert not dashboard.unlocked
    qtbot.keyClicks(dashboard.gate.pin, "000000")
    dashboard.gate.open_button.click()
    assert not dashboard.unlocked and dashboard.gate.feedback.text() == "That PIN is not right."
    qtbot.keyClicks(dashboard.gate.pin, "482915")
    dashboard.gate.open_button.click()
    assert dashboard.unlocked


def test_today_week_and_month_show_the_figures(dashboard: Dashboard) -> None:
    dashboard.unlock()
    assert [dashboard.child_box.itemText(i) for i in range(dashboard.child_box.count())] == [
        "小明",
        "小红",
    ]
    assert dashboard.today_page.headline.text().startswith(
        ("Time left today", "The computer is locked now")
    )
    assert dashboard.today_page.categories.rowCount() >= 1
    assert len(dashboard.week_page.totals) == 7 and all(t > 0 for t in dashboard.week_page.totals)
    assert len(dashboard.month_page.totals) == 30
    assert dashboard.week_page.top.rowCount() >= 3
    dashboard.open_day(NOW.date() - timedelta(days=2))
    assert dashboard.today_page.headline.text().startswith(
        (NOW.date() - timedelta(days=2)).isoformat()
    )


def test_approving_a_request_grants_the_time(dashboard: Dashboard, store: Store) -> None:
    dashboard.unlock()
    page = dashboard.requests_page
    assert page.table.rowCount() == 2
    assert "(2)" in dashboard.tabs.tabText(dashboard.tabs.indexOf(page))
    page.minutes.setValue(30)
    page.table.selectRow(0)
    page.approve.click()
    assert page.table.rowCount() == 1
    with store.session(read_only=True) as s:
        grants = [
            g
            for c in repo.list_children(s)
            for g in repo.grants_since(s, c, NOW - timedelta(hours=1))
        ]
    assert [g.seconds for g in grants] == [1800]
    page.table.selectRow(0)
    page.deny.click()
    assert page.table.rowCount() == 0


def test_activity_filters_by_kind(dashboard: Dashboard) -> None:
    dashboard.unlock()
    page = dashboard.activity_page
    everything = page.table.rowCount()
    page.kind.setCurrentIndex(page.kind.findData("lock"))
    assert 0 < page.table.rowCount() < everything
    assert {page.table.item(r, 2).text() for r in range(page.table.rowCount())} == {"PC locked"}


def test_it_locks_itself_again_when_idle(qtbot, dashboard: Dashboard) -> None:  # type: ignore[no-untyped-def]
    dashboard.idle.setInterval(50)  # five minutes in real life
    dashboard.unlock()
    qtbot.waitUntil(lambda: not dashboard.unlocked, timeout=3000)


def test_today_says_what_is_in_front_while_the_agent_reports_it(
    dashboard: Dashboard, store: Store
) -> None:
    with store.session() as s:
        child = repo.list_children(s)[0]
        repo.set_setting(
            s,
            f"foreground:{child.id}",
            {"app": "minecraft.exe", "category": "games", "at": NOW.astimezone(UTC).isoformat()},
        )
    dashboard.unlock()
    assert "now: minecraft.exe (games)" in dashboard.today_page.headline.text()
    with store.session() as s:  # an hour-old report: the agent is not running
        repo.set_setting(
            s,
            f"foreground:{child.id}",
            {
                "app": "minecraft.exe",
                "category": "games",
                "at": (NOW - timedelta(hours=1)).astimezone(UTC).isoformat(),
            },
        )
    dashboard.refresh()
    assert "now:" not in dashboard.today_page.headline.text()


def test_between_commits_what_is_in_front_comes_from_the_recent_usage_file(
    dashboard: Dashboard, store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    """The store is written every few minutes; the recorder's file every 10 s says what is in
    front, and the dashboard believes it for half a minute."""
    with store.session() as s:
        child = repo.list_children(s)[0]
    path = recent_path(store.path, child.id)
    path.write_bytes(
        dump(Recent(child.id, "g", front=Front("qq.exe", "games", NOW - timedelta(seconds=9))))
    )
    dashboard.unlock()
    assert "now: qq.exe (games)" in dashboard.today_page.headline.text()
    path.write_bytes(
        dump(Recent(child.id, "g", front=Front("qq.exe", "games", NOW - timedelta(minutes=2))))
    )
    dashboard.refresh()  # the file is old: the agent has stopped, and the store says nothing newer
    assert "now:" not in dashboard.today_page.headline.text()
    path.write_bytes(b"torn")  # read in the middle of a rewrite: no warning, nothing shown
    caplog.set_level(logging.WARNING)
    dashboard.refresh()
    assert "now:" not in dashboard.today_page.headline.text()
    assert str(path) not in caplog.text


def test_program_icons_where_the_file_is_here(qapp) -> None:  # type: ignore[no-untyped-def]
    import sys

    from guardian.ui.dashboard import program_icon

    assert program_icon(sys.executable) is not None  # a program on this PC: the system's icon
    assert program_icon("C:/Games/Minecraft/MinecraftLauncher.exe") is None  # not here: none
    assert program_icon("") is None
