"""The agent's tracking loop on a real SQLite file, with a fake clock and a scripted desktop."""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from guardian.core.catalog import Catalog, Classifier
from guardian.core.clock import FakeClock
from guardian.core.policy import AppRule, Policy
from guardian.platform.base import Capabilities, Foreground
from guardian.services import recorder as recorder_module
from guardian.services.recent_usage import read_front
from guardian.services.recorder import UsageRecorder
from guardian.storage import repositories as repo
from guardian.storage.database import Store, open_store
from guardian.storage.models import RolledInterval, UsageSpan
from tests.services.twin import for_services, services_store  # noqa: F401  (a fixture)

KEEP = round(recorder_module.FLUSH_EVERY.total_seconds())  # seconds between keeps
STORE = round(recorder_module.STORE_EVERY.total_seconds())
# Commits fall on keeps, at the first keep once STORE seconds have passed since the last one.
COMMIT = KEEP * math.ceil(STORE / KEEP)

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
        store=for_services(store, busy_timeout_ms=100),
        child=child,
        classifier=Classifier(Policy(), CATALOG),
        clock=clock,
        zone=ZONE,
        boot_id=boot_id,
    )


@contextmanager
def held_by_another_program(database: Path) -> Iterator[None]:
    """The database locked (BEGIN EXCLUSIVE) by another connection until the block ends."""
    blocker = sqlite3.connect(database, timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        yield
    finally:
        blocker.rollback()
        blocker.close()


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


def test_the_store_is_written_every_few_minutes_without_duplicating_rows(store: Store) -> None:
    clock, desktop = FakeClock(START), ScriptedDesktop()
    desktop.show("minecraft.exe")
    recorder = make(store, desktop, clock)
    recorder.start()
    recorder.tick()
    run_for(recorder, clock, KEEP - 1)
    assert stored_seconds(store)[0] == 0
    run_for(recorder, clock, 1)  # the first keep goes to the store
    assert stored_seconds(store) == (KEEP, {"games": KEEP}, 1)
    run_for(recorder, clock, COMMIT - 1)
    assert stored_seconds(store)[0] == KEEP  # in the recent-usage file until the time is up
    run_for(recorder, clock, 1)
    assert stored_seconds(store) == (KEEP + COMMIT, {"games": KEEP + COMMIT}, 1)
    run_for(recorder, clock, COMMIT)
    assert stored_seconds(store) == (KEEP + 2 * COMMIT, {"games": KEEP + 2 * COMMIT}, 1)
    desktop.show("word.exe")  # the same row was moved on; now another program
    run_for(recorder, clock, 20)
    recorder.stop()
    total, categories, rows = stored_seconds(store)
    # the second in which the window changed belongs to the program that was in front before it
    played = KEEP + 2 * COMMIT
    assert (total, categories, rows) == (played + 20, {"games": played + 1, "other": 19}, 2)
    assert recorder.usage().total_seconds == played + 20


def test_usage_is_kept_every_few_seconds_and_stored_every_few_minutes(store: Store) -> None:
    clock, desktop = FakeClock(START), ScriptedDesktop()
    desktop.show("minecraft.exe")
    recorder = make(store, desktop, clock)
    kept: list[float] = []
    stored: list[float] = []
    recorder.kept.connect(lambda: kept.append(clock.monotonic()))
    recorder.flushed.connect(lambda: stored.append(clock.monotonic()))
    recorder.start()
    began = clock.monotonic()
    run_for(recorder, clock, 2 * COMMIT)
    assert [round(t - began) for t in kept] == list(range(KEEP, 2 * COMMIT + 1, KEEP))
    assert [round(t - began) for t in stored] == list(range(KEEP, 2 * COMMIT + 1, COMMIT))


def test_ticks_a_little_early_keep_usage_on_time(store: Store) -> None:
    clock, desktop = FakeClock(START), ScriptedDesktop()
    desktop.show("minecraft.exe")
    recorder = make(store, desktop, clock)
    ticks: list[int] = []
    kept: list[int] = []
    recorder.kept.connect(lambda: kept.append(len(ticks)))
    recorder.start()
    while len(ticks) < 60:
        clock.advance(0.97)  # a coarse timer, a little early each time
        ticks.append(1)
        recorder.tick()
    assert kept == list(range(KEEP, 61, KEEP))  # never a tick more of usage only in memory


def test_a_crash_loses_at_most_ten_seconds_and_a_restart_continues(store: Store) -> None:
    clock, desktop = FakeClock(START), ScriptedDesktop()
    desktop.show("minecraft.exe")
    recorder = make(store, desktop, clock)
    recorder.start()
    recorder.tick()
    committed = KEEP + COMMIT  # the second commit
    run_for(recorder, clock, committed + 3 * KEEP + 5)  # three keeps after it, and 5 s more
    recorder.abandon()  # the agent is killed: no stop()
    in_memory = recorder.usage().total_seconds
    assert in_memory == committed + 3 * KEEP + 5
    assert stored_seconds(store)[0] == committed  # the rest is in the recent file
    again = make(store, desktop, clock)
    again.start()
    assert again.usage_restored
    kept = committed + 3 * KEEP  # the 5 s since the last keep are lost
    assert again.usage().total_seconds == stored_seconds(store)[0] == kept
    again.tick()
    run_for(again, clock, 30)
    again.stop()
    assert again.usage().total_seconds == stored_seconds(store)[0] == kept + 30
    assert stored_seconds(store)[2] == 2  # the checkpointed row moved on, then a new one


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
    with held_by_another_program(tmp_path / "guardian.sqlite3"):
        run_for(recorder, clock, 6 * KEEP)  # each commit waits the busy timeout, then gives up
    assert failures and "locked" in failures[0].lower()
    run_for(recorder, clock, KEEP)  # during a fault the store is tried at every keep
    assert stored_seconds(store)[0] == 7 * KEEP
    run_for(recorder, clock, KEEP)
    recorder.stop()
    assert stored_seconds(store)[0] == 8 * KEEP


def test_usage_kept_during_a_fault_survives_a_crash(store: Store, tmp_path: Path) -> None:
    clock, desktop = FakeClock(START), ScriptedDesktop()
    desktop.show("minecraft.exe")
    recorder = make(store, desktop, clock)
    recorder.start()
    recorder.tick()
    with held_by_another_program(tmp_path / "guardian.sqlite3"):
        run_for(recorder, clock, 95)  # the store refuses every commit; then the agent is killed
        recorder.abandon()
    assert stored_seconds(store)[0] == 0
    again = make(store, desktop, clock)
    again.start()
    assert again.usage().total_seconds == stored_seconds(store)[0] == 90


def test_a_file_older_than_the_last_commit_is_not_counted_again(
    store: Store, tmp_path: Path
) -> None:
    """A crash between a commit and the next rewrite of the file leaves a file the commit
    already holds: its generation is not the store's, so it is ignored."""
    clock, desktop = FakeClock(START), ScriptedDesktop()
    desktop.show("minecraft.exe")
    recorder = make(store, desktop, clock)
    recorder.start()
    recorder.tick()
    run_for(recorder, clock, KEEP + COMMIT - 5)
    recent = next(tmp_path.glob("guardian.sqlite3-recent-*"))
    before_the_commit = recent.read_bytes()  # all but the first keep in the file only
    run_for(recorder, clock, 5)  # the second commit
    recorder.abandon()
    recent.write_bytes(before_the_commit)  # as if killed before the file was rewritten
    again = make(store, desktop, clock)
    again.start()
    assert again.usage().total_seconds == stored_seconds(store)[0] == KEEP + COMMIT


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # a power cut in the middle of a rewrite
        lambda data: data.replace(b'"games"', b'"gamez"'),  # changed: the checksum fails
        lambda data: b"not ours\n" + data,
    ],
)
def test_a_damaged_recent_file_is_ignored_and_named_in_the_log(
    store: Store, tmp_path: Path, caplog: pytest.LogCaptureFixture, damage: Any
) -> None:
    clock, desktop = FakeClock(START), ScriptedDesktop()
    desktop.show("minecraft.exe")
    recorder = make(store, desktop, clock)
    recorder.start()
    recorder.tick()
    run_for(recorder, clock, KEEP + COMMIT + KEEP + 5)  # a keep after the second commit
    recorder.abandon()
    recent = next(tmp_path.glob("guardian.sqlite3-recent-*"))
    recent.write_bytes(damage(recent.read_bytes()))
    again = make(store, desktop, clock)
    again.start()
    assert again.usage().total_seconds == stored_seconds(store)[0] == KEEP + COMMIT
    assert any(str(recent) in r.getMessage() for r in caplog.records if r.levelname == "WARNING")
    again.tick()
    run_for(again, clock, 2 * KEEP + 5)  # a commit at the first keep, the file at the second
    again.abandon()
    third = make(store, desktop, clock)  # the file is whole again, and counts
    third.start()
    assert third.usage().total_seconds == KEEP + COMMIT + 2 * KEEP


def test_without_the_recent_file_the_store_is_written_at_every_keep(
    store: Store, tmp_path: Path
) -> None:
    """A second recorder for the same child (two desktop sessions of one account) finds the
    file taken; a data folder that refuses new files gives none. Both write the store as often
    as the file would have been written."""
    clock, desktop = FakeClock(START), ScriptedDesktop()
    desktop.show("minecraft.exe")
    first = make(store, desktop, clock)
    first.start()
    second = make(store, desktop, clock)
    second.start()
    second.tick()
    run_for(second, clock, 2 * KEEP)
    assert stored_seconds(store)[0] == 2 * KEEP
    second.stop()
    first.stop()


def test_a_damaged_generation_does_not_hold_back_the_usage(store: Store, tmp_path: Path) -> None:
    clock, desktop = FakeClock(START), ScriptedDesktop()
    desktop.show("minecraft.exe")
    recorder = make(store, desktop, clock)
    recorder.start()
    recorder.tick()
    run_for(recorder, clock, KEEP + 5)  # after the first commit
    with closing(sqlite3.connect(tmp_path / "guardian.sqlite3", isolation_level=None)) as db:
        db.execute("UPDATE setting SET value = '{oops' WHERE key LIKE 'recent:%'")
    run_for(recorder, clock, COMMIT - 5)
    assert stored_seconds(store)[0] == KEEP + COMMIT  # the next commit replaced the damaged row
    run_for(recorder, clock, KEEP)
    recorder.abandon()
    again = make(store, desktop, clock)
    again.start()
    assert again.usage().total_seconds == KEEP + COMMIT + KEEP  # and the file after it counts


def test_the_timer_samples_by_itself(store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    clock, desktop = FakeClock(START), ScriptedDesktop()
    desktop.show("minecraft.exe")
    with store.session() as s:
        child = repo.get_child(s, "Xiaoming")
    recorder = UsageRecorder(
        platform=desktop, store=for_services(store), child=child,
        classifier=Classifier(Policy(), CATALOG), clock=clock, zone=ZONE, interval_ms=5,
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
    run_for(recorder, clock, 60)
    with store.session(read_only=True) as s:
        child = repo.get_child(s, "Xiaoming")
        seen = repo.get_setting(s, f"foreground:{child.id}")
    assert seen["app"] == "minecraft.exe" and seen["category"] == "games"


def test_settings_are_written_when_they_change_not_at_every_flush(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each setting written costs a page of disk writes: what is in front is written with the
    store's commit every few minutes, the timeline when the wall clock moves away from it."""
    written: list[str] = []
    real = recorder_module.put_setting

    def counting(records: Any, s: Any, key: str, value: Any, where: Any) -> None:
        written.append(key.split(":", maxsplit=1)[0])
        real(records, s, key, value, where)

    monkeypatch.setattr(recorder_module, "put_setting", counting)
    clock, desktop = FakeClock(START), ScriptedDesktop()
    desktop.show("minecraft.exe")
    recorder = make(store, desktop, clock)
    recorder.start()
    recorder.tick()
    run_for(recorder, clock, KEEP + 5)  # the first commit, at the first keep
    assert written == ["foreground", "timeline"]
    run_for(recorder, clock, COMMIT)  # the next: what is in front is written again, not the
    assert written == ["foreground", "timeline", "foreground"]  # timeline
    desktop.show("qq.exe")
    run_for(recorder, clock, COMMIT)
    assert written[-1] == "foreground" and written.count("foreground") == 3
    clock.jump(600)  # the child sets the clock on: the timeline's record is written again
    run_for(recorder, clock, COMMIT)
    assert written.count("timeline") == 2
    with store.session(read_only=True) as s:
        child = repo.get_child(s, "Xiaoming")
        assert repo.get_setting(s, f"foreground:{child.id}")["app"] == "qq.exe"


def test_the_recent_file_says_what_is_in_front_between_commits(
    store: Store, tmp_path: Path
) -> None:
    clock, desktop = FakeClock(START), ScriptedDesktop()
    desktop.show("minecraft.exe")
    recorder = make(store, desktop, clock)
    recorder.start()
    recorder.tick()
    run_for(recorder, clock, KEEP + 5)  # the first commit, at the first keep
    desktop.show("qq.exe")
    run_for(recorder, clock, KEEP)  # the file, at the second keep
    front = read_front(next(tmp_path.glob("guardian.sqlite3-recent-*")))
    assert front is not None and front.app == "qq.exe"
    assert timedelta(0) <= clock.now() - front.at <= timedelta(seconds=KEEP)
    with store.session(read_only=True) as s:  # the store still has what was in front before
        child = repo.get_child(s, "Xiaoming")
        assert repo.get_setting(s, f"foreground:{child.id}")["app"] == "minecraft.exe"
    recorder.stop()


def test_when_the_day_changes_the_day_before_is_rolled_up(store: Store) -> None:
    """The month view reads closed days from their rollup: the recorder makes it with the first
    commit of a new day, and the rollup holds what the spans hold."""
    late = datetime(2026, 11, 20, 23, 59, 0, tzinfo=ZONE)
    clock, desktop = FakeClock(late), ScriptedDesktop()
    desktop.show("minecraft.exe")
    recorder = make(store, desktop, clock)
    recorder.start()
    recorder.tick()
    run_for(recorder, clock, 125)  # commits at 10 s (the 20th) and 70 s (the 21st)
    recorder.stop()
    midnight = late.replace(hour=0, minute=0)
    day = (midnight, midnight + timedelta(days=1))
    with store.session(read_only=True) as s:
        child = repo.get_child(s, "Xiaoming")
        rolled = {(r.start, r.end) for r in s.query(RolledInterval).filter_by(child_id=child.id)}
        assert day in rolled
        assert (day[1], day[1] + timedelta(days=1)) not in rolled  # today: still being written
        (used,) = repo.usage_by_interval(s, child, [day])
        assert used.apps == {"minecraft.exe": 60}
