"""The agent's tracking loop on a real SQLite file, with a fake clock and a scripted desktop."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from guardian.core.catalog import Catalog, Classifier
from guardian.core.clock import FakeClock
from guardian.core.policy import AppRule, Policy
from guardian.platform.base import Capabilities, Foreground
from guardian.services.recorder import UsageRecorder
from guardian.storage import repositories as repo
from guardian.storage.database import Store, open_store
from guardian.storage.models import UsageSpan

ZONE = ZoneInfo("Asia/Shanghai")
START = datetime(2026, 11, 20, 19, 0, tzinfo=ZONE)
CATALOG = Catalog((AppRule("minecraft.exe", exe="minecraft.exe", category="games"),))


class ScriptedDesktop:
    """A platform adapter whose answers the test sets."""

    name = "scripted"

    def __init__(self) -> None:
        self.window: Foreground | None = None
        self.idle = 0.0
        self.locked = False

    def show(self, exe_name: str, title: str = "") -> None:
        self.window = Foreground(4242, f"C:/Games/{exe_name}", exe_name, exe_name, title, False)

    def capabilities(self) -> Capabilities:
        return Capabilities(True, True, True, True, True)

    def foreground(self) -> Foreground | None:
        return self.window

    def idle_seconds(self) -> float | None:
        return self.idle

    def session_locked(self) -> bool | None:
        return self.locked

    def close(self) -> None:
        return None


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path / "guardian.sqlite3", busy_timeout_ms=100)  # a locked test is quick
    with store.session() as s:
        repo.add_child(s, "Xiaoming", now=START)
    yield store
    store.close()


def make(
    store: Store, desktop: ScriptedDesktop, clock: FakeClock, boot_id: str | None = "boot-1"
) -> UsageRecorder:
    with store.session() as s:
        child = repo.get_child(s, "Xiaoming")
    return UsageRecorder(
        platform=desktop,
        store=store,
        child=child,
        classifier=Classifier(Policy(), CATALOG),
        clock=clock,
        zone=ZONE,
        boot_id=boot_id,
    )


def run_for(recorder: UsageRecorder, clock: FakeClock, seconds: int) -> None:
    for _ in range(seconds):
        clock.advance(1)
        recorder.tick()


def stored_seconds(store: Store) -> tuple[int, dict[str, int], int]:
    with store.session(read_only=True) as s:
        child = repo.get_child(s, "Xiaoming")
        start, end = START.replace(hour=0), START.replace(hour=0) + timedelta(days=1)
        rows = s.query(UsageSpan).count()
        return (
            repo.usage_total(s, child, start, end),
            repo.usage_by_category(s, child, start, end),
            rows,
        )


def test_checkpoints_every_ten_seconds_without_duplicating_rows(store: Store) -> None:
    clock, desktop = FakeClock(START), ScriptedDesktop()
    desktop.show("minecraft.exe")
    recorder = make(store, desktop, clock)
    recorder.start()
    recorder.tick()
    run_for(recorder, clock, 9)
    assert stored_seconds(store)[0] == 0  # nothing written yet
    run_for(recorder, clock, 1)
    assert stored_seconds(store) == (10, {"games": 10}, 1)
    run_for(recorder, clock, 25)
    assert stored_seconds(store) == (30, {"games": 30}, 1)  # the same row, moved on
    desktop.show("word.exe")
    run_for(recorder, clock, 20)
    recorder.stop()
    total, categories, rows = stored_seconds(store)
    # the second in which the window changed belongs to the program that was in front before it
    assert (total, categories, rows) == (55, {"games": 36, "other": 19}, 2)
    assert recorder.usage().total_seconds == 55


def test_a_crash_loses_at_most_ten_seconds_and_a_restart_continues(store: Store) -> None:
    clock, desktop = FakeClock(START), ScriptedDesktop()
    desktop.show("minecraft.exe")
    recorder = make(store, desktop, clock)
    recorder.start()
    recorder.tick()
    run_for(recorder, clock, 47)  # then the agent is killed: no stop()
    in_memory = recorder.usage().total_seconds
    assert in_memory == 47
    assert in_memory - stored_seconds(store)[0] <= 10
    again = make(store, desktop, clock)
    again.start()
    assert again.usage_restored
    assert again.usage().total_seconds == stored_seconds(store)[0]
    again.tick()
    run_for(again, clock, 30)
    again.stop()
    assert again.usage().total_seconds == stored_seconds(store)[0] == 40 + 30


def test_idle_and_locked_time_is_not_recorded(store: Store) -> None:
    clock, desktop = FakeClock(START), ScriptedDesktop()
    desktop.show("word.exe")
    recorder = make(store, desktop, clock)
    recorder.start()
    recorder.tick()
    run_for(recorder, clock, 10)
    desktop.idle = 300.0
    run_for(recorder, clock, 60)
    desktop.idle, desktop.locked = 0.0, True
    run_for(recorder, clock, 60)
    recorder.stop()
    assert stored_seconds(store)[0] == 11


def test_clock_jumps_are_recorded_for_the_parent_and_change_nothing(store: Store) -> None:
    clock, desktop = FakeClock(START), ScriptedDesktop()
    desktop.show("minecraft.exe")
    recorder = make(store, desktop, clock)
    recorder.start()
    recorder.tick()
    run_for(recorder, clock, 5)
    clock.jump(timedelta(days=1).total_seconds())  # the child sets the PC to tomorrow
    run_for(recorder, clock, 5)
    assert recorder.usage().total_seconds == 10  # still today's usage, not a fresh day
    assert recorder.now() - START < timedelta(seconds=11)
    recorder.stop()
    assert recorder.state.totals.total == 10_000
    with store.session(read_only=True) as s:
        jumps = repo.events(s, kinds=["clock_jump"])
    assert [(e.kind, e.data["seconds"]) for e in jumps] == [("clock_jump", 86400.0)]


def play_half_a_minute(store: Store, desktop: ScriptedDesktop, clock: FakeClock) -> None:
    desktop.show("minecraft.exe")
    first = make(store, desktop, clock)
    first.start()
    first.tick()
    run_for(first, clock, 30)
    first.stop()


@pytest.mark.parametrize("moved", [timedelta(days=1), timedelta(hours=-20)])
def test_a_clock_moved_while_guardian_was_stopped_gives_no_fresh_day(
    store: Store, moved: timedelta
) -> None:
    clock, desktop = FakeClock(START), ScriptedDesktop()
    play_half_a_minute(store, desktop, clock)
    clock.advance(60)  # Guardian was killed; a minute later it starts again
    clock.jump(moved.total_seconds())  # ...and meanwhile the child moved the clock
    second = make(store, desktop, clock)
    second.start()
    assert second.usage().total_seconds == 30
    assert second.now() - START == timedelta(seconds=90)
    second.tick()
    run_for(second, clock, 10)
    second.stop()
    with store.session(read_only=True) as s:
        jumps = repo.events(s, kinds=["clock_jump"])
    assert [round(e.data["seconds"]) for e in jumps] == [round(moved.total_seconds())]
    assert second.usage().total_seconds == 40


def test_a_clock_moved_while_running_is_recorded_once_not_at_every_restart(
    store: Store,
) -> None:
    clock, desktop = FakeClock(START), ScriptedDesktop()
    desktop.show("minecraft.exe")
    first = make(store, desktop, clock)
    first.start()
    run_for(first, clock, 5)
    clock.jump(timedelta(days=1).total_seconds())  # seen while running: recorded then
    run_for(first, clock, 5)
    first.stop()
    for _ in range(3):  # three restarts later in the same boot, the clock left as it is
        clock.advance(60)
        again = make(store, desktop, clock)
        again.start()
        run_for(again, clock, 5)
        again.stop()
    clock.advance(60)
    clock.jump(-3600)  # moved again while stopped: that move, and only it, is recorded
    last = make(store, desktop, clock)
    last.start()
    last.stop()
    with store.session(read_only=True) as s:
        jumps = repo.events(s, kinds=["clock_jump"])
        assert sorted(round(e.data["seconds"]) for e in jumps) == [-3600, 86400]


def test_after_a_new_boot_the_wall_clock_is_trusted_again(store: Store) -> None:
    clock, desktop = FakeClock(START), ScriptedDesktop()
    play_half_a_minute(store, desktop, clock)  # in boot-1
    clock.jump(timedelta(days=1).total_seconds())
    second = make(store, desktop, clock, boot_id="boot-2")  # the PC was restarted
    second.start()
    assert second.now() == clock.now()
    assert second.usage().total_seconds == 0  # tomorrow, truly: a new day


def test_a_locked_store_keeps_usage_in_memory_until_it_can_write(
    store: Store, tmp_path: Path
) -> None:
    clock, desktop = FakeClock(START), ScriptedDesktop()
    desktop.show("minecraft.exe")
    recorder = make(store, desktop, clock)
    recorder.start()
    failures: list[str] = []
    recorder.store_failed.connect(failures.append)
    recorder.tick()
    blocker = sqlite3.connect(tmp_path / "guardian.sqlite3", timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")  # another program holds the database
    try:
        run_for(recorder, clock, 10)  # the flush waits the busy timeout, then gives up
    finally:
        blocker.rollback()
        blocker.close()
    assert failures and "locked" in failures[0].lower()
    run_for(recorder, clock, 10)
    recorder.stop()
    assert stored_seconds(store)[0] == 20


def test_the_timer_samples_by_itself(store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    clock, desktop = FakeClock(START), ScriptedDesktop()
    desktop.show("minecraft.exe")
    with store.session() as s:
        child = repo.get_child(s, "Xiaoming")
    recorder = UsageRecorder(
        platform=desktop, store=store, child=child, classifier=Classifier(Policy(), CATALOG),
        clock=clock, zone=ZONE, interval_ms=5,
    )  # fmt: skip
    seen: list[object] = []
    recorder.sampled.connect(seen.append)
    recorder.start()
    qtbot.waitUntil(lambda: len(seen) >= 3, timeout=5000)
    recorder.stop()


def test_parent_mode_counts_nothing_until_it_ends(store: Store) -> None:
    clock, desktop = FakeClock(START), ScriptedDesktop()
    desktop.show("minecraft.exe")
    recorder = make(store, desktop, clock)
    recorder.start()
    recorder.tick()
    run_for(recorder, clock, 10)
    recorder.pause_until(clock.monotonic() + 60)  # a parent uses the child's account
    run_for(recorder, clock, 60)
    run_for(recorder, clock, 10)
    recorder.stop()
    # 10 + 10 of play, plus the second in which parent mode began, which belongs (as every
    # second does) to what was sampled at its start
    assert recorder.usage().total_seconds == 21


def test_the_flush_says_what_is_in_front(store: Store) -> None:
    clock, desktop = FakeClock(START), ScriptedDesktop()
    desktop.show("minecraft.exe")
    recorder = make(store, desktop, clock)
    recorder.start()
    recorder.tick()
    run_for(recorder, clock, 10)
    with store.session(read_only=True) as s:
        child = repo.get_child(s, "Xiaoming")
        seen = repo.get_setting(s, f"foreground:{child.id}")
    assert seen["app"] == "minecraft.exe" and seen["category"] == "games"


def test_settings_are_written_when_they_change_not_at_every_flush(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each setting written costs a page of disk writes: what is in front is written when it
    changes or every 30 s, the timeline when the wall clock moves away from it."""
    written: list[str] = []
    real = repo.set_setting

    def counting(s: Any, key: str, value: Any) -> None:
        written.append(key.split(":", maxsplit=1)[0])
        real(s, key, value)

    monkeypatch.setattr(repo, "set_setting", counting)
    clock, desktop = FakeClock(START), ScriptedDesktop()
    desktop.show("minecraft.exe")
    recorder = make(store, desktop, clock)
    recorder.start()
    recorder.tick()
    run_for(recorder, clock, 25)  # flushes at 10 and 20 s
    assert written == ["foreground", "timeline"]
    run_for(recorder, clock, 20)  # at 40 s the record of what is in front is 30 s old
    assert written == ["foreground", "timeline", "foreground"]
    desktop.show("qq.exe")
    run_for(recorder, clock, 10)
    assert written[-1] == "foreground" and written.count("foreground") == 3
    clock.jump(600)  # the child sets the clock on: the timeline's record is written again
    run_for(recorder, clock, 10)
    assert written.count("timeline") == 2
    with store.session(read_only=True) as s:
        child = repo.get_child(s, "Xiaoming")
        assert repo.get_setting(s, f"foreground:{child.id}")["app"] == "qq.exe"
