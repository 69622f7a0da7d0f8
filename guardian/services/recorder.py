"""The agent's tracking loop: a sample a second in, spans and today's totals out.

A QTimer supplies the ticks; `guardian.core.accounting` decides what counts. This object only
reads the platform adapter, keeps the accounting state, and writes to the store: closed spans
and clock events in batches, and the span in progress as a checkpoint, every `STORE_EVERY`; in
between, every `FLUSH_EVERY`, what the store does not have yet goes to the recent-usage file
beside it (`guardian.services.recent_usage`), so a crash loses at most 10 s of usage while the
disk is written a few times less. It writes the store again when stopped (at shutdown and at the
end of the session), and when it starts it puts a recent-usage file left by a crash into the
store, then restores today's totals from the store.

If the store cannot be written, for whatever reason (locked, disk full, read-only, the data
home moved or deleted), accounting goes on in memory, the spans wait, and the next flush tries
again: nothing is dropped, and the enforcer decides from the usage in memory. The first failure
is logged with the file and what went wrong; when a flush works again, the usage kept is written
together with one "store_fault" event that tells the parent what failed, in which file, from
when until when. Usage still in memory when Guardian stops during such a fault waits in the
recent-usage file for the next start (or, without one, is lost, and the log says so).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from guardian.core.accounting import Accounting, ClockEvent, Sample, Span, account, finish
from guardian.core.catalog import Classifier
from guardian.core.clock import Clock
from guardian.core.engine import Usage
from guardian.platform.base import Platform
from guardian.services.days import closed_days, day_bounds
from guardian.services.recent_usage import (
    Front,
    Later,
    Pending,
    Recent,
    RecentFile,
    put_setting,
    recent_path,
    replay,
    stored_generation,
    write_usage,
)
from guardian.storage.errors import StoreError
from guardian.storage.files import StoreFile
from guardian.storage.records import Row, Session, SpanRecord

log = logging.getLogger(__name__)

# One sample a second: the resolution limits and countdowns are shown in, at a cost too small to
# notice on an old PC.
SAMPLE_INTERVAL_MS = 1000
# Keep usage on disk every 9 seconds: with the second in progress, which no sample has counted
# yet, at most 10 s of usage is at risk in a crash (the bound; every 10 s, a kill just
# before a keep lost 10.3 s). In the recent-usage file, rewritten in place; in the store every
# five minutes, and at
# once with each event a parent is told of (a warning, a lock, a program closed), so the
# dashboard agrees with the child's screen at the moments that matter. A commit costs some
# 30 KB of disk writes (four WAL frames and the pages of the WAL index they touch): once a
# minute that alone came to 1.8 MB of the 2 MB an hour issue 9 allows.
FLUSH_EVERY = timedelta(seconds=9)
# A tick may come a few tens of milliseconds early (Qt's coarse timers): the ninth tick after a
# keep is the next keep, not the tenth, or a second more would be at risk.
EARLY_TICK = SAMPLE_INTERVAL_MS / 2000  # seconds
STORE_EVERY = timedelta(minutes=5)
# More spans than this waiting (a child switching windows every few seconds) go to the store at
# once, so that the recent-usage file stays within a page or two (some 30 bytes a span).
RECENT_SPANS = 80
# A wall clock that disagrees with the timeline by more than this at a restart was moved.
CLOCK_TOLERANCE = timedelta(minutes=2)
# What is in front goes to the store with a commit when it changed, or when the last record is
# older than this: for a recorder without a recent-usage file (which says what is in front every
# 9 s), whose commits come every 9 s, so the dashboard (which trusts the store's record for a
# minute and a half) sees it fresh; not at every commit, because each setting written costs a
# page of disk writes (issue 9: at most 2 MB written an hour).
FOREGROUND_REFRESH = timedelta(seconds=30)
# The timeline's record moves only when the wall clock moved away from it by more than this (a
# change made while running, written once); between such changes the record stays true.
TIMELINE_REWRITE_MS = 1_000
THIS_BOOT = "this boot"  # the recorder asks the system which boot this is


@dataclass(frozen=True)
class _Checkpoint:
    row_id: int
    span: Span


@dataclass(frozen=True)
class _Fault:
    """The store has refused usage since `started`; the parent is told once it takes it again."""

    reasons: tuple[str, ...]  # the StoreError codes seen, in order, each once
    path: str
    started: datetime
    message: str  # the first error's message (English), for the parent's record
    failures: int = 1

    def again(self, error: StoreError) -> _Fault:
        reasons = self.reasons if error.code in self.reasons else (*self.reasons, error.code)
        return replace(self, reasons=reasons, failures=self.failures + 1)

    def record(self, ended: datetime) -> dict[str, Any]:
        return {
            "reason": self.reasons[0],
            "reasons": list(self.reasons),
            "path": self.path,
            "started": self.started.isoformat(),
            "ended": ended.isoformat(),
            "failures": self.failures,
            "message": self.message[:500],
        }


class UsageRecorder(QObject):
    """Samples the desktop once a second and keeps usage for one child."""

    sampled = Signal(object)  # the Sample just taken
    flushed = Signal()  # the store has the usage up to now
    kept = Signal()  # the usage up to now is on disk: in the store or the recent-usage file
    # the message of a StoreError, once per fault (and again when its cause changes);
    # accounting goes on in memory
    store_failed = Signal(str)

    def __init__(
        self,
        *,
        platform: Platform,
        store: StoreFile,
        child: Row,
        classifier: Classifier,
        clock: Clock,
        zone: tzinfo,
        interval_ms: int = SAMPLE_INTERVAL_MS,
        boot_id: str | None = THIS_BOOT,
        store_every: timedelta = STORE_EVERY,
        keep_every: timedelta = FLUSH_EVERY,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._platform = platform
        self._store = store
        self._child = child
        self._classifier = classifier
        self._clock = clock
        self._zone = zone
        self._store_every = store_every.total_seconds()
        self._keep_every = keep_every.total_seconds()
        self._state = Accounting(zone)
        self._pending: list[Span] = []
        self._events: list[ClockEvent] = []
        self._later: list[Later] = []
        self._checkpoint: _Checkpoint | None = None
        self._fault: _Fault | None = None
        # what is in front and the timeline, as written with the last commit tried
        self._settings: tuple[dict[str, Any] | None, dict[str, Any] | None] = (None, None)
        self._saved_foreground: tuple[str, str, float] | None = None  # app, category, monotonic
        self._saved_timeline: dict[str, Any] | None = None
        self._last_flush = self._last_commit = clock.monotonic()
        self._recent: RecentFile | None = None  # None: the store is written every 9 s
        # the store's generation, which the file follows; None until it is read (or while its
        # record is damaged): then the file is not written, and each flush goes to the store
        self._generation: str | None = None
        self._rolled_up: date | None = None  # the day whose closed days were last rolled up
        self._unreplayed: Recent | None = None  # a file left by a crash the store refused
        self.usage_restored = False  # False until today's usage came back from the store
        self._paused_until: float | None = None
        self._last_sample: Sample | None = None
        self.keep_titles = True  # False when the parent keeps no window titles at all
        self._boot_id = current_boot_id() if boot_id is THIS_BOOT else boot_id
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.tick)

    @property
    def state(self) -> Accounting:
        return self._state

    @property
    def classifier(self) -> Classifier:
        return self._classifier

    def set_classifier(self, classifier: Classifier) -> None:
        """A new policy: programs are classified by its rules from the next sample on."""
        self._classifier = classifier

    def now(self) -> datetime:
        """The time on accounting's own timeline: the wall clock as it was when tracking began
        (in this boot of the PC), moved on by the monotonic clock. A child changing the wall
        clock does not move it, so it decides what "today" is and which hours it is."""
        anchor = self._state.anchor
        if anchor is None:
            return self._clock.now()
        wall_ms = anchor[0] + round((self._clock.monotonic() - anchor[1]) * 1000)
        return datetime.fromtimestamp(wall_ms / 1000, UTC)

    def usage(self) -> Usage:
        """Today's usage for the decision engine."""
        return self._state.usage_on(self.now().astimezone(self._zone).date())

    def start(self) -> None:
        """Carry on the timeline of this boot, restore today's totals from the store, then
        sample once a second."""
        self._open_recent()
        self._continue_timeline()
        today = self.now().astimezone(self._zone).date()
        stored = self._stored_usage(today)
        self.usage_restored = stored is not None
        self._state = self._state.restored(today, stored or Usage())
        self._last_flush = self._clock.monotonic()
        # the first flush goes to the store: the parent sees the child at the PC within 9 s
        self._last_commit = self._last_flush - self._store_every
        self._timer.start()

    def stop(self) -> None:
        """Stop sampling and write everything, the span in progress included."""
        self._timer.stop()
        self._state, step = finish(self._state)
        self._pending.extend(step.closed)
        self.flush()
        if self._fault is not None and self._recent is not None:
            log.error(
                "stopped while the data file %s could not be written: the usage since %s waits "
                "in %s for the next start",
                self._fault.path,
                self._fault.started.isoformat(),
                self._recent.path,
            )
        elif self._fault is not None:
            log.error(
                "stopped while the data file %s could not be written: the usage kept in memory "
                "since %s is lost",
                self._fault.path,
                self._fault.started.isoformat(),
            )
        if self._recent is not None:
            self._recent.close()
            self._recent = None

    def abandon(self) -> None:
        """Stop at once and write nothing, as a killed process would: the recent-usage file is
        let go of as it stands (the tests' kill; a new recorder then finds it)."""
        self._timer.stop()
        if self._recent is not None:
            self._recent.close()
            self._recent = None

    def record_later(self, kind: str, *, at: datetime, data: Mapping[str, Any]) -> None:
        """An event the store refused just now (a lock, a warning): written, in order, with the
        next flush that works, instead of being dropped."""
        self._later.append(Later(kind, at, dict(data)))

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def store_event(self, kind: str, *, at: datetime, data: Mapping[str, Any]) -> None:
        """An event a parent is told of (a warning, a lock), written to the store now in one
        commit with the usage up to now, so the dashboard agrees with the child's screen at that
        moment. If the store refuses, it waits with the usage for the next flush that works."""
        self._later.append(Later(kind, at, dict(data)))
        self.flush()

    def pause_until(self, monotonic: float | None) -> None:
        """Parent mode: count nothing until the monotonic clock reaches `monotonic`."""
        self._paused_until = monotonic

    def tick(self) -> None:
        sample = self._take_sample()
        if self._paused_until is not None:
            if self._clock.monotonic() < self._paused_until:
                sample = sample._replace(locked=True)  # a parent at the PC: nothing counts
            else:
                self._paused_until = None
        self._state, step = account(self._state, (sample,), self._classifier)
        self._pending.extend(step.closed)
        self._events.extend(step.events)
        for event in step.events:
            log.info("%s: %.0f s at %s", event.kind, event.seconds, event.at.isoformat())
        self._last_sample = sample
        self.sampled.emit(sample)
        monotonic = self._clock.monotonic()
        if monotonic - self._last_flush >= self._keep_every - EARLY_TICK:
            if (
                self._recent is None
                or self._generation is None
                or self._fault is not None
                or self._unreplayed is not None
                or len(self._pending) >= RECENT_SPANS
                or monotonic - self._last_commit >= self._store_every
            ):
                self.flush()
            else:
                self._save_recent()

    def flush(self) -> None:
        """Write closed spans, clock events and a checkpoint of the span in progress to the
        store; after a fault, also the "store_fault" event, in the same transaction as the usage
        it kept. If the store refuses, the usage waits in memory and in the recent-usage file."""
        self._last_flush = self._clock.monotonic()
        open_span = self._state.open()
        fault, now = self._fault, self.now()
        try:
            with self._store.session() as s:
                left = self._unreplayed
                if left is not None and replay(
                    self._store.records, s, self._child, left, self._store.path
                ):
                    log.info("the usage left by the last run is in the store now")
                checkpoint, generation = self._write(s, open_span)
                if fault is not None:
                    self._store.records.add_event(
                        s, "store_fault", at=now, child=self._child, data=fault.record(now)
                    )
        except StoreError as error:
            self._failed(error, "usage is kept in memory until the data file can be written")
            self._save_recent()
            return
        self._pending.clear()
        self._events.clear()
        self._later.clear()
        self._checkpoint = checkpoint
        self._generation = generation
        self._unreplayed = None
        self._last_commit = self._last_flush
        self._settings_saved()
        if fault is not None:
            self._fault = None
            log.info(
                "the data file %s can be written again (%s since %s); the usage kept in memory "
                "is saved",
                fault.path,
                ", ".join(fault.reasons),
                fault.started.isoformat(),
            )
        self._roll_up()
        self.flushed.emit()
        self.kept.emit()

    def _failed(self, error: StoreError, consequence: str) -> None:
        """Note a refusal of the store: logged and signalled when a fault begins or its cause
        changes, counted otherwise (a fault that lasts an hour is not 360 warnings)."""
        fault = self._fault
        if fault is not None and error.code in fault.reasons:
            self._fault = fault.again(error)
            log.debug("still %s: %s", error.code, error)
            return
        path = str(getattr(error, "path", self._store.path))
        self._fault = (
            _Fault((error.code,), path, self.now(), str(error))
            if fault is None
            else fault.again(error)
        )
        log.warning("%s (%s, %s): %s", consequence, error.code, path, error)
        self.store_failed.emit(str(error))

    def _write(self, s: Session, open_span: Span | None) -> tuple[_Checkpoint | None, str]:
        """The usage, and what is in front and the timeline if they changed, in one transaction:
        each transaction writes the pages it changes again, so one commit a minute, not two."""
        spans, open_pending = self._unwritten(open_span)
        records = self._store.records
        row, generation = write_usage(
            records, s, self._child, spans, self._later_events(), open_pending, self._store.path
        )
        self._settings = self._foreground_to_save(), self._timeline_to_save()
        for name, value in zip(("foreground", "timeline"), self._settings, strict=True):
            if value is not None:  # what is in front is for the parent's dashboard
                put_setting(records, s, f"{name}:{self._child.id}", value, self._store.path)
        if open_span is None or row is None:
            return None, generation
        return _Checkpoint(row, open_span), generation

    def _roll_up(self) -> None:
        """After the first commit of a day: the totals of the days before it, so that the month
        view and the reports read a few rows a day (`reports.roll_up_closed_days`). A failure
        holds nothing back: the reports read the spans meanwhile, and the next commit tries."""
        today = self.now().astimezone(self._zone).date()
        if today == self._rolled_up:
            return
        try:
            with self._store.session() as s:
                days, start_of_today = closed_days(self._zone, today)
                self._store.records.roll_up(s, self._child, days, now=start_of_today)
        except StoreError as error:
            log.info("the days before %s are not rolled up yet: %s", today, error)
            return
        self._rolled_up = today

    def _unwritten(self, open_span: Span | None) -> tuple[list[Pending], Pending | None]:
        """The spans the store does not have yet, or has only up to the last checkpoint (then
        with the checkpoint's row, so that the row is moved on rather than counted again)."""
        checkpoint = self._checkpoint
        spans: list[Pending] = []
        for span in self._pending:
            row = None
            if checkpoint is not None and _same_span(checkpoint.span, span):
                row, checkpoint = checkpoint.row_id, None
            spans.append(Pending(_record(span, self.keep_titles), row))
        if open_span is None:
            return spans, None
        row = checkpoint.row_id if checkpoint and _same_span(checkpoint.span, open_span) else None
        return spans, Pending(_record(open_span, self.keep_titles), row)

    def _later_events(self) -> list[Later]:
        clock_events = [Later(e.kind, e.at, {"seconds": e.seconds}) for e in self._events]
        return [*clock_events, *self._later]

    def _save_recent(self) -> None:
        """Every 9 s between commits (and when a commit fails): what the store does not have
        yet, into the recent-usage file. If that file cannot be written, the store is written
        every 9 s instead."""
        self._last_flush = self._clock.monotonic()
        recent, generation = self._recent, self._generation
        if recent is None or generation is None or self._unreplayed is not None:
            return  # the store's generation is not known, or an older file waits: keep it
        spans, open_pending = self._unwritten(self._state.open())
        try:
            recent.write(
                Recent(self._child.id, generation, tuple(spans), open_pending,
                       tuple(self._later_events()), self._front())
            )  # fmt: skip
        except OSError as error:
            log.warning(
                "cannot write %s (%s): the usage is written to the store every 9 seconds instead",
                recent.path,
                error.strerror or error,
            )
            recent.close()
            self._recent = None
            if self._fault is None:
                self.flush()
            return
        self.kept.emit()

    def _open_recent(self) -> None:
        """Take this child's recent-usage file and put into the store what a crash left in it."""
        recent = RecentFile(recent_path(self._store.path, self._child.id))
        if not recent.open():
            return
        self._recent = recent
        try:
            found = recent.read()
        except OSError as error:
            log.warning("cannot read %s: %s", recent.path, error.strerror or error)
            found = None
        try:
            with self._store.session() as s:
                if replay(self._store.records, s, self._child, found, self._store.path):
                    log.info("the usage left in %s by the last run is in the store", recent.path)
                self._generation = stored_generation(self._store.records, s, self._child)
        except StoreError as error:
            self._unreplayed = found  # written with the first commit that works
            self._failed(error, "the usage left by the last run waits until it can be written")

    def _settings_saved(self) -> None:
        foreground, timeline = self._settings
        if foreground is not None:
            self._saved_foreground = (
                foreground["app"],
                foreground["category"],
                self._clock.monotonic(),
            )
        if timeline is not None:
            self._saved_timeline = timeline

    def _front(self) -> Front | None:
        """What is in front now, for the recent-usage file (the dashboard reads it there)."""
        sample = self._last_sample
        if sample is None:
            return None
        found = self._classifier.classify(sample.exe_path, sample.exe_name, sample.title)
        return Front(sample.exe_name, found.category, sample.wall)

    def _foreground_to_save(self) -> dict[str, Any] | None:
        """What is in front, if it changed or the last record is getting old; else None."""
        front = self._front()
        if front is None:
            return None
        saved = self._saved_foreground
        if (
            saved is not None
            and saved[:2] == (front.app, front.category)
            and self._clock.monotonic() - saved[2] < FOREGROUND_REFRESH.total_seconds()
        ):
            return None
        return {"app": front.app, "category": front.category, "at": front.at.isoformat()}

    def _timeline_to_save(self) -> dict[str, Any] | None:
        """Where the timeline stands, if the record kept would no longer tell it; else None.

        The record maps the monotonic clock to the timeline, which moves with it, so it stays
        true until the timeline restarts or the wall clock moves away from it."""
        if self._boot_id is None or self._state.anchor is None:
            return None
        timeline = {
            "boot": self._boot_id,
            "wall_ms": _ms(self.now()),
            "monotonic": self._clock.monotonic(),
            # how far the wall clock stood from the timeline then: a change made while running
            # is recorded once, not again at every restart
            "wall_off_ms": _ms(self._clock.now()) - _ms(self.now()),
        }
        saved = self._saved_timeline
        if saved is not None and saved["boot"] == timeline["boot"]:
            expected_ms = saved["wall_ms"] + round(
                (timeline["monotonic"] - saved["monotonic"]) * 1000
            )
            if (
                abs(expected_ms - timeline["wall_ms"]) <= TIMELINE_REWRITE_MS
                and abs(saved["wall_off_ms"] - timeline["wall_off_ms"]) <= TIMELINE_REWRITE_MS
            ):
                return None
        return timeline

    def _continue_timeline(self) -> None:
        """After a restart in the same boot, go on from where the timeline stood, whatever the
        wall clock says now; a wall clock moved while Guardian was not running is recorded."""
        if self._boot_id is None:
            return
        try:
            with self._store.session(read_only=True) as s:
                stored = self._store.records.get_setting(s, f"timeline:{self._child.id}", None)
        except StoreError as error:
            self._failed(error, "the timeline of this boot cannot be read back")
            return
        monotonic = self._clock.monotonic()
        if (
            not isinstance(stored, dict)
            or stored.get("boot") != self._boot_id
            or not isinstance(stored.get("wall_ms"), int)
            or not isinstance(stored.get("monotonic"), int | float)
            or stored["monotonic"] > monotonic
        ):
            return  # a new boot, or nothing kept: the wall clock is all there is
        self._state = replace(self._state, anchor=(stored["wall_ms"], float(stored["monotonic"])))
        moved = (self._clock.now() - self.now()).total_seconds()
        known = stored.get("wall_off_ms")
        since_last = moved - (known / 1000 if isinstance(known, int) else 0.0)
        if abs(since_last) > CLOCK_TOLERANCE.total_seconds():
            self._events.append(ClockEvent("clock_jump", self._clock.now(), since_last))
            log.warning("the wall clock moved %.0f s while Guardian was not running", since_last)

    def _take_sample(self) -> Sample:
        platform = self._platform
        window = platform.foreground()
        return Sample(
            wall=self._clock.now(),
            monotonic=self._clock.monotonic(),
            pid=window.pid if window else None,
            exe_path=window.exe_path if window else "",
            exe_name=window.exe_name if window else "",
            title=window.title if window else "",
            fullscreen=window.fullscreen if window else False,
            idle_seconds=platform.idle_seconds(),
            locked=platform.session_locked(),
        )

    def _stored_usage(self, day: date) -> Usage | None:
        try:
            with self._store.session(read_only=True) as s:
                records, (start, end) = self._store.records, day_bounds(day, self._zone)
                return Usage(
                    records.usage_total(s, self._child, start, end),
                    records.usage_by_category(s, self._child, start, end),
                    records.usage_by_app(s, self._child, start, end),
                )
        except StoreError as error:
            # Counting from zero would hand the child a fresh day: `usage_restored` stays False
            # so enforcement can fail closed, and the parent is told.
            self._failed(error, "today's usage cannot be read back")
            return None


def current_boot_id() -> str | None:
    """This boot of the PC, where the system names it (Linux); the monotonic clock is only
    comparable within one boot."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip() or None
    except OSError:
        return None


def _ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def _same_span(a: Span, b: Span) -> bool:
    return (a.start, a.exe_path, a.title, a.category, a.counted) == (
        b.start, b.exe_path, b.title, b.category, b.counted,
    )  # fmt: skip


def _record(span: Span, keep_title: bool = True) -> SpanRecord:
    return SpanRecord(
        exe_path=span.exe_path,
        exe_name=span.exe_name,
        start=span.start,
        end=span.end,
        category=span.category,
        counted=span.counted,
        title=(span.title or None) if keep_title else None,
    )
