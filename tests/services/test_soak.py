"""Soak: 30 simulated days of a family PC at fake-clock speed.

A seeded generator drives the agent's real recorder and enforcer (wired by `build_tracking`, as
the agent and the service wire them) on a real SQLite file: a few sessions a day of programs,
idle stretches, films, full-screen games, a locked session, suspends and late ticks. Between
sessions the PC is off: Guardian stops (or is killed) and a new recorder starts on the same store;
some nights the PC reboots. The child moves the wall clock (hours either way, or to tomorrow)
while Guardian runs and while it is stopped, and the parent saves new policy versions. `tick()`
is called once per simulated sample; the QTimer never runs and nothing sleeps.

The ground truth is written from the rules in DESIGN.md and docs/decisions.md, not from
Guardian's code: the time from one sample to the next, in whole milliseconds of the true
(monotonic) timeline, counts for what the first sample saw when it is at most 45 s, the session is
unlocked, and there was input within the last 120 s or the window is full screen or a video
program; always-allowed programs never count; the time belongs to the local day of the true time,
whatever the wall clock says. The store (with the recent-usage file a new start puts into it)
holds the truth up to the recorder's last `kept` signal. At the end every day's total and every program's total per day and over the month equal
the truth, rounded down to whole seconds exactly as the store documents (`usage_total`,
`usage_by_app`); days before and after the month hold nothing.

Differences from "every second of use" that are inherent, and modelled exactly, not tolerated:
- a sample charges the interval after it, so the interval from a start to the timer's first
  sample never counts, and neither does anything after the last sample before a stop;
- a kill (no stop) loses what the last write (to the store or the recent-usage file), at most
  9 s earlier, had not kept.

Memory: after day 10 and after day 30, Guardian stopped both times, the objects and allocator
blocks Python holds must not have grown beyond a bound no leak per sample or per start could stay
under, no QObject may have been added, and no recorder or enforcer of an earlier start may be
alive.
"""

from __future__ import annotations

import gc
import os
import random
import sys
import time
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QObject
from sqlalchemy.orm import Session

from guardian import config
from guardian.core.accounting import IDLE_THRESHOLD, SUSPEND_GAP, Sample
from guardian.core.catalog import Classifier, load_catalog
from guardian.core.clock import FakeClock
from guardian.core.policy_file import parse_policy_text, policy_to_document
from guardian.platform.base import Foreground
from guardian.services import recorder as recorder_module
from guardian.services import reports
from guardian.services.tracking import Tracking, build_tracking
from guardian.storage import repositories as repo
from guardian.storage.database import Store, open_store
from guardian.ui.lock_screen import LockInfo
from tests.services.test_recorder import ScriptedDesktop

SEED = 20261130
DAYS = 30
CHILD = "Xiaoming"
ZONE_NAME = "Asia/Shanghai"
ZONE = ZoneInfo(ZONE_NAME)
FIRST_DAY = date(2026, 11, 2)  # a Monday; the month runs to Tuesday 1 December
# About half an hour of samples a day (some idle or locked): the month stays well inside CI's
# time; the hours between sessions are skipped by moving the clock while Guardian is stopped.
SAMPLES_PER_DAY = (1500, 2400)
# The agent's enforcer decides after every sample; here after every 30th. Its decisions never feed
# back into counting (the lock screen is a stand-in; no window has a pid, so nothing is closed), and
# with a decision and a store read (every 5 s) after each sample the month would take six minutes.
# It still picks up every new policy version, within 30 s, and gives the recorder its classifier.
DECIDE_EVERY = 30
# Days 11-30 repeat what days 1-10 did (about 45,000 samples, 4,500 checkpoints, 55 starts); after
# that warm-up nothing should keep growing. With seeds 20261130, 1 and 2 they add 230-420 objects
# (the test's own bookkeeping among them) and 1,150-1,400 allocator blocks. One leaked object a
# sample adds 45,000 of each; one leaked allocation a checkpoint adds 4,500 blocks (tried: +5,846
# in all), and a recorder's worth of objects a start some tens of thousands.
OBJECT_GROWTH = 1_500
BLOCK_GROWTH = 4_000
IDLE_MS = int(IDLE_THRESHOLD.total_seconds() * 1000)
GAP_MS = int(SUSPEND_GAP.total_seconds() * 1000)
JUMP_RECORDED_MS = 2_000  # a smaller wall-clock change is NTP slewing, not an event
MOVED_AT_START_MS = (
    120_000  # a wall clock moved this far since the last checkpoint: recorded at a start
)


@dataclass(frozen=True)
class App:
    exe: str
    title: str
    video: bool = False  # a video program counts without input (the catalog says which)
    counted: bool = True  # False: always allowed by every policy version, never counted

    @property
    def path(self) -> str:
        return f"C:/Program Files/{self.exe}"


MINECRAFT = App("Minecraft.Windows.exe", "Minecraft")
APPS = (
    MINECRAFT,
    App("chrome.exe", "百度一下，你就知道 - Google Chrome"),
    App("chrome.exe", "口算练习 - 作业帮 - Google Chrome"),
    App("chrome.exe", "小猪佩奇 第1集_哔哩哔哩_bilibili - Google Chrome", video=True),
    App("哔哩哔哩.exe", "哔哩哔哩 (゜-゜)つロ 干杯~", video=True),
    App("WINWORD.EXE", "我的妈妈.docx - Word"),
    App("QQ.exe", "QQ"),
    App("wemeetapp.exe", "腾讯会议", counted=False),
)
VIDEO = tuple(a for a in APPS if a.video)


def policy_text(rng: random.Random) -> str:
    """A valid policy version. Limits, hours, warnings, rest breaks and categories change; which
    programs are video and which are always allowed does not, so no version changes what counts."""
    hours = rng.choice(('"06:30-21:00"', '"07:00-22:30"', '"00:00-24:00"'))
    warnings = rng.choice(('["15m", "5m", "1m"]', '["10m"]', "[]"))
    rest = rng.choice(("rest_break = false", '[rest_break]\nafter = "30m"\nlength = "10m"'))
    school_day, rest_day = rng.choice(("30m", "1h", "2h")), rng.choice(("1h", "3h"))
    games, minecraft = rng.choice(("20m", "40m", "1h")), rng.choice(("games", "other"))
    qq = rng.choice(("social", "study"))
    return f"""
format = 1
timezone = "{ZONE_NAME}"
warnings = {warnings}
{rest}

[total]
limit = {{ school_day = "{school_day}", rest_day = "{rest_day}" }}

[total.hours]
all = [{hours}]

[categories.games]
limit = "{games}"

[[apps]]
name = "Minecraft"
exe = "{MINECRAFT.exe}"
category = "{minecraft}"

[[apps]]
name = "QQ"
exe = "QQ.exe"
category = "{qq}"

[[apps]]
name = "Tencent Meeting"
exe = "wemeetapp.exe"
category = "study"
always_allowed = true
"""


class Desktop(ScriptedDesktop):
    """The platform adapter: what the simulation shows. No pid, so nothing is ever closed."""

    name = "soak"

    def __init__(self) -> None:
        super().__init__()
        self.app: App | None = None
        self.fullscreen = False

    def foreground(self) -> Foreground | None:
        app = self.app
        if app is None:
            return None
        return Foreground(None, app.path, app.exe, app.exe, app.title, self.fullscreen)


class StandInLock:
    """The lock screen: remembers what it shows; the simulated child carries on regardless."""

    def __init__(self, actions: object) -> None:
        self.locked: LockInfo | None = None

    def lock(self, info: LockInfo) -> bool:
        self.locked = info
        return True

    def unlock(self) -> None:
        self.locked = None


def day_start_ms(day: date) -> int:
    return round(datetime(day.year, day.month, day.day, tzinfo=ZONE).timestamp() * 1000)


class Truth:
    """Counted milliseconds by (true local day, program): written, and not yet written."""

    def __init__(self) -> None:
        self.written: dict[tuple[date, str], int] = {}
        self.events = {"clock_jump": 0, "suspend": 0}
        self.lost_ms = 0  # to kills
        self._pending: list[tuple[int, int, str]] = []  # start ms, length ms, program
        self._pending_events: list[str] = []
        self._day = (0, 0, FIRST_DAY)  # [start ms, end ms) of the day last seen

    def charge(self, start_ms: int, length_ms: int, exe: str) -> None:
        self._pending.append((start_ms, length_ms, exe))

    def event(self, kind: str) -> None:
        self._pending_events.append(kind)

    def written_up_to_now(self) -> None:
        for start_ms, length_ms, exe in self._pending:
            start, length = start_ms, length_ms
            while length > 0:  # cut at local midnight
                first, end, day = self._day
                if not first <= start < end:
                    day = datetime.fromtimestamp(start / 1000, ZONE).date()
                    first, end = day_start_ms(day), day_start_ms(day + timedelta(days=1))
                    self._day = (first, end, day)
                piece = min(length, end - start)
                self.written[day, exe] = self.written.get((day, exe), 0) + piece
                start, length = start + piece, length - piece
        for kind in self._pending_events:
            self.events[kind] += 1
        self._pending.clear()
        self._pending_events.clear()

    def lost(self) -> None:
        self.lost_ms += sum(length for _, length, _ in self._pending)
        self._pending.clear()
        self._pending_events.clear()

    @property
    def pending(self) -> bool:
        return bool(self._pending or self._pending_events)

    def day_seconds(self, day: date) -> int:
        return sum(ms for (d, _), ms in self.written.items() if d == day) // 1000


@dataclass(frozen=True, slots=True)
class Seen:
    """What one sample saw: the interval after it is charged by it."""

    at_ms: int
    app: App | None
    fullscreen: bool
    locked: bool
    idle_ms: int

    def counts(self) -> bool:
        if self.locked or (self.app is not None and not self.app.counted):
            return False
        video = self.app is not None and self.app.video
        return self.idle_ms < IDLE_MS or self.fullscreen or video


class Soak:
    def __init__(self, rng: random.Random, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.rng = rng
        self.true_ms = day_start_ms(FIRST_DAY) + 7 * 3_600_000
        self.offset_ms = 0  # wall clock minus true time: what the child did to the clock
        self.boot = 1
        monkeypatch.setattr(recorder_module, "current_boot_id", lambda: f"boot-{self.boot}")
        self.clock = FakeClock(_at(self.true_ms), monotonic_start=12.0)
        # one store throughout, as the service keeps it (an agent opens its own once per run)
        self.store: Store = open_store(folder / "soak.sqlite3")
        with self.store.session() as s:
            repo.add_child(s, CHILD, now=self.clock.now())
            self._save_policy(s)
        self.catalog = load_catalog(config.catalog_paths())
        self.desktop = Desktop()
        self.truth = Truth()
        self.tracking: Tracking | None = None
        self.seen: Seen | None = None
        self.last_input_ms = self.true_ms
        self.timeline_kept = False  # a checkpoint in this boot: a start carries its timeline on
        self.kept_offset_ms = 0  # the wall clock's offset saved with that checkpoint
        self.alive: list[weakref.ref[QObject]] = []
        self.counts = dict.fromkeys(
            ("samples", "starts", "kills", "reboots", "jumps running", "jumps stopped",
             "policies", "suspends", "midnights crossed"),
            0,
        )  # fmt: skip
        self.counts["policies"] = 1

    # --- the PC ----------------------------------------------------------------------------

    def wait(self, ms: int) -> None:
        self.clock.advance(ms / 1000)
        self.true_ms += ms

    def jump(self, ms: int) -> None:
        """The child moves the wall clock; real time does not move."""
        self.clock.jump(ms / 1000)
        self.offset_ms += ms

    def touch(self) -> None:
        self.last_input_ms = self.true_ms

    def sample(self, after_ms: int) -> None:
        """`after_ms` pass, then the agent's timer fires."""
        self.wait(after_ms)
        now, desktop, before = self.true_ms, self.desktop, self.seen
        idle_ms = now - self.last_input_ms
        desktop.idle = idle_ms / 1000
        if before is not None:
            gap = now - before.at_ms
            if gap > GAP_MS:
                self.truth.event("suspend")
            elif before.counts():
                self.truth.charge(before.at_ms, gap, before.app.exe if before.app else "")
        self.seen = Seen(now, desktop.app, desktop.fullscreen, desktop.locked, idle_ms)
        self.counts["samples"] += 1
        assert self.tracking is not None
        self.tracking.recorder.tick()

    def _kept(self) -> None:
        self.truth.written_up_to_now()

    def _flushed(self) -> None:
        self.timeline_kept = True
        self.kept_offset_ms = self.offset_ms  # saved with the timeline: known from now on

    def _sampled(self, sample: Sample) -> None:
        if self.counts["samples"] % DECIDE_EVERY == 0:
            assert self.tracking is not None
            self.tracking.enforcer.on_sample(sample)

    def start(self) -> None:
        with self.store.session(read_only=True) as s:
            child = repo.get_child(s, CHILD)
        tracking = build_tracking(
            store=self.store, child=child, platform=self.desktop, clock=self.clock,
            lock_screen_factory=StandInLock, catalog=self.catalog,
        )  # fmt: skip
        recorder, enforcer = tracking.recorder, tracking.enforcer
        recorder.flushed.connect(self._flushed)
        recorder.kept.connect(self._kept)
        recorder.sampled.disconnect(enforcer.on_sample)
        recorder.sampled.connect(self._sampled)
        self.alive += [weakref.ref(recorder), weakref.ref(enforcer)]
        if self.timeline_kept and abs(self.offset_ms - self.kept_offset_ms) > MOVED_AT_START_MS:
            self.truth.event("clock_jump")
        tracking.start()
        self.tracking, self.seen = tracking, None
        self.counts["starts"] += 1
        # the true timeline and today's usage carry on, whatever the wall clock says
        today = _at(self.true_ms).astimezone(ZONE).date()
        assert recorder.now() == _at(self.true_ms), (today, self.offset_ms)
        assert recorder.usage().total_seconds == self.truth.day_seconds(today), today
        self.sample(self.interval())  # the timer's first tick: nothing before it counts

    def stop(self, kill: bool = False) -> None:
        assert self.tracking is not None
        recorder = self.tracking.recorder
        if kill:
            recorder.abandon()
            self.truth.lost()
            self.counts["kills"] += 1
        else:
            self.tracking.stop()
            assert not self.truth.pending, "the stop wrote everything"
        recorder.flushed.disconnect(self._flushed)
        recorder.kept.disconnect(self._kept)
        recorder.sampled.disconnect(self._sampled)
        self.tracking = self.seen = None

    def reboot(self) -> None:
        """A new boot: the monotonic clock starts again, and the wall clock is right (one moved
        before a reboot is trusted after it: the documented limit, not tested here)."""
        self.jump(-self.offset_ms)
        self.boot += 1
        self.clock = FakeClock(self.clock.now(), monotonic_start=self.rng.uniform(3, 30))
        self.timeline_kept = False
        self.counts["reboots"] += 1

    def new_policy(self) -> None:
        with self.store.session() as s:
            self._save_policy(s)
        self.counts["policies"] += 1

    def _save_policy(self, s: Session) -> None:
        document = policy_to_document(parse_policy_text(policy_text(self.rng)))
        child = repo.get_child(s, CHILD)
        repo.add_policy_version(s, child, document, author="parent", now=self.clock.now())

    def random_jump(self) -> int:
        rng = self.rng
        choice = rng.random()
        if choice < 0.25 and self.offset_ms:
            return -self.offset_ms  # a parent puts the clock right
        if choice < 0.5:
            return 86_400_000  # to tomorrow, same time
        hours = rng.randint(3_600_000, 12 * 3_600_000)
        return hours if rng.random() < 0.5 else -hours

    # --- the child's days ------------------------------------------------------------------

    def run(self, days: int, at_day_end: Callable[[int], None] | None = None) -> None:
        for number in range(days):
            self.day(FIRST_DAY + timedelta(days=number))
            if at_day_end is not None:
                at_day_end(number + 1)

    def day(self, day: date) -> None:
        rng = self.rng
        if day != FIRST_DAY and rng.random() < 0.25:  # overnight
            self.reboot()
        sessions = rng.choice((2, 3, 3, 4))
        samples = rng.randint(*SAMPLES_PER_DAY) // sessions
        minutes = sorted(rng.randint(7 * 60, 22 * 60 + 30) for _ in range(sessions))
        if rng.random() < 0.3:  # the last session goes on past midnight
            minutes[-1] = 23 * 60 + rng.randint(30, 58)
        for minute in minutes:
            self.off(until_ms=day_start_ms(day) + minute * 60_000)
            self.session(samples)

    def off(self, until_ms: int) -> None:
        """The PC is off until `until_ms`, or at least a few seconds."""
        rng = self.rng
        # Guardian starts at login: a boot's first start sees the clock the PC booted with
        if self.timeline_kept and rng.random() < 0.3:
            self.jump(self.random_jump())
            self.counts["jumps stopped"] += 1
        if rng.random() < 0.2:
            self.new_policy()
        self.wait(max(until_ms - self.true_ms, rng.randint(5_000, 120_000)))

    def session(self, samples: int) -> None:
        rng = self.rng
        first_day = _at(self.true_ms).astimezone(ZONE).date()
        self.start()
        end = self.counts["samples"] + samples
        while self.counts["samples"] < end:
            what = rng.random()
            if what < 0.50:
                self.use(rng.choice(APPS), rng.randint(20, 240))
            elif what < 0.62:
                self.leave(rng.choice(APPS), rng.randint(100, 260))  # goes idle
            elif what < 0.70:
                self.leave(rng.choice(VIDEO), rng.randint(60, 400))  # a film: counts
            elif what < 0.75:
                self.leave(MINECRAFT, rng.randint(60, 300), fullscreen=True)
            elif what < 0.81:
                self.lock(rng.randint(20, 180))
            elif what < 0.84:
                self.use(None, rng.randint(5, 30))  # the desktop, no window
            elif what < 0.88:
                self.suspend()
            elif what < 0.92:
                self.sample(rng.randint(1_500, GAP_MS))  # a busy PC: a late tick, charged
            elif what < 0.97:
                moved = self.random_jump()
                self.jump(moved)
                if abs(moved) > JUMP_RECORDED_MS:
                    self.truth.event("clock_jump")  # seen by the next sample
                self.counts["jumps running"] += 1
                self.use(rng.choice(APPS), rng.randint(5, 60))
            else:
                self.new_policy()
        self.use(rng.choice(APPS), 3)
        self.stop(kill=rng.random() < 0.15)
        if _at(self.true_ms).astimezone(ZONE).date() != first_day:
            self.counts["midnights crossed"] += 1

    def use(self, app: App | None, samples: int) -> None:
        desktop, rng = self.desktop, self.rng
        desktop.app, desktop.fullscreen, desktop.locked = app, False, False
        self.touch()
        for _ in range(samples):
            if rng.random() < 0.6:
                self.touch()
            self.sample(self.interval())

    def leave(self, app: App, samples: int, fullscreen: bool = False) -> None:
        """Input, then none."""
        desktop = self.desktop
        desktop.app, desktop.fullscreen, desktop.locked = app, fullscreen, False
        self.touch()
        for _ in range(samples):
            self.sample(self.interval())

    def lock(self, samples: int) -> None:
        self.desktop.locked = True
        for _ in range(samples):
            self.sample(self.interval())
        self.desktop.locked = False
        self.touch()

    def suspend(self) -> None:
        """The lid shut: no sample for a while (at the limit, 45 s, still charged)."""
        rng = self.rng
        gap = rng.choice((GAP_MS, GAP_MS + 1, GAP_MS + 1_000, rng.randint(GAP_MS, 3_600_000)))
        self.counts["suspends"] += 1
        self.sample(gap)
        self.touch()  # a key wakes it

    def interval(self) -> int:
        """The timer: a second, sometimes some milliseconds off."""
        return 1000 if self.rng.random() < 0.9 else 1000 + self.rng.randint(-40, 40)

    # --- the verdict -----------------------------------------------------------------------

    def differences(self) -> list[str]:
        """Where the store and the truth disagree: days, programs a day, programs a month."""
        found: list[str] = []
        truth = self.truth.written
        last = _at(self.true_ms).astimezone(ZONE).date()
        with self.store.session(read_only=True) as s:
            child = repo.get_child(s, CHILD)
            for offset in range(-2, (last - FIRST_DAY).days + 3):
                day = FIRST_DAY + timedelta(days=offset)
                used = reports.day_usage(s, child, day, ZONE)
                ms = {exe: v for (d, exe), v in truth.items() if d == day}
                if used.total != sum(ms.values()) // 1000:
                    found.append(f"{day}: {used.total} s stored, {sum(ms.values())} ms true")
                apps = {exe: v // 1000 for exe, v in ms.items() if v >= 1000}
                if used.apps != apps:
                    found.append(f"{day}: programs {used.apps} stored, {apps} true")
            month: dict[str, int] = {}
            for (_, exe), v in truth.items():
                month[exe] = month.get(exe, 0) + v
            apps = {exe: v // 1000 for exe, v in month.items() if v >= 1000}
            start = _at(day_start_ms(FIRST_DAY - timedelta(days=2)))
            stored = repo.usage_by_app(s, child, start, _at(self.true_ms + 3 * 86_400_000))
            if stored != apps:
                found.append(f"the month: programs {stored} stored, {apps} true")
            for kind, expected in self.truth.events.items():
                recorded = len(repo.events(s, child=child, kinds=[kind]))
                if recorded != expected:
                    found.append(f"{kind} events: {recorded} recorded, {expected} expected")
        return found

    def minecraft_categories(self) -> set[str]:
        with self.store.session(read_only=True) as s:
            child = repo.get_child(s, CHILD)
            rows = repo.spans_between(s, child, _at(0), _at(self.true_ms + 86_400_000))
        return {row.category for row in rows if row.exe_name == MINECRAFT.exe}


def _at(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, UTC)


@dataclass(frozen=True)
class Memory:
    """What the process holds with Guardian stopped: objects the collector tracks, blocks of
    Python's allocator (every object, strings and numbers too), live QObjects, resident kB."""

    objects: int
    blocks: int
    qobjects: int
    resident_kb: int

    @classmethod
    def now(cls) -> Memory:
        gc.collect()
        objects = gc.get_objects()
        qobjects = sum(isinstance(o, QObject) for o in objects)
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        resident_kb = pages * os.sysconf("SC_PAGE_SIZE") // 1024
        return cls(len(objects), sys.getallocatedblocks(), qobjects, resident_kb)


@pytest.fixture
def soak(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Soak]:
    print(f"\nsoak seed {SEED}")
    simulation = Soak(random.Random(SEED), tmp_path, monkeypatch)
    yield simulation
    simulation.store.close()


def test_the_table_of_programs_matches_the_catalog() -> None:
    """The truth knows which programs are video and which never count; so must Guardian, under
    every policy version the soak can write."""
    rng = random.Random(SEED)
    catalog = load_catalog(config.catalog_paths())
    for _ in range(20):
        classifier = Classifier(parse_policy_text(policy_text(rng)), catalog)
        for app in APPS:
            found = classifier.classify(app.path, app.exe, app.title)
            assert (found.category == "video", found.counted) == (app.video, app.counted), app


def test_thirty_days_match_the_truth_and_memory_stays_flat(soak: Soak) -> None:
    began = time.perf_counter()
    memory: dict[int, Memory] = {}

    def measure(day: int) -> None:
        if day in (10, DAYS):
            memory[day] = Memory.now()

    soak.run(DAYS, measure)
    elapsed = time.perf_counter() - began
    before, after = memory[10], memory[DAYS]
    counted = sum(soak.truth.written.values()) / 1000
    print(
        f"soak: {DAYS} days in {elapsed:.1f} s; {soak.counts}; counted {counted:.0f} s, "
        f"lost to kills {soak.truth.lost_ms / 1000:.1f} s; events {soak.truth.events}; "
        f"day 10 -> {DAYS}: objects {after.objects - before.objects:+d}, "
        f"blocks {after.blocks - before.blocks:+d}, QObjects {after.qobjects - before.qobjects:+d}, "
        f"resident {after.resident_kb - before.resident_kb:+d} kB"
    )
    assert soak.differences() == []
    assert counted > DAYS * 15 * 60  # a month of real use
    assert all(soak.counts.values()), soak.counts  # every kind of event happened
    assert soak.minecraft_categories() == {"games", "other"}  # the policies took effect
    assert all(ref() is None for ref in soak.alive), "a recorder or enforcer outlived its run"
    assert after.qobjects <= before.qobjects
    assert after.objects - before.objects < OBJECT_GROWTH
    assert after.blocks - before.blocks < BLOCK_GROWTH


def test_the_comparison_sees_one_second(soak: Soak) -> None:
    """The verdict can fail: a day, then one second taken from the truth."""
    soak.run(1)
    assert soak.differences() == []
    key = max(soak.truth.written, key=soak.truth.written.__getitem__)
    soak.truth.written[key] -= 1000
    found = soak.differences()
    assert any(line.startswith(f"{key[0]}: programs") for line in found), found
    assert any(line.startswith("the month") for line in found), found
