"""Accounting: turning once-a-second samples into spans of use and today's totals.

`account(state, samples, classifier)` is a pure step: it returns a new `Accounting` state and what
happened (spans that closed, the span still open, clock events), and never changes its inputs.
It takes a batch so that replaying history is fast; the agent gives it one sample a second.

The rules (DESIGN.md, "Time accounting"):

- The time between two samples is charged to what the first sample saw, and measured on the
  monotonic clock, never the wall clock.
- A second counts when the session is unlocked and someone is using it: input within the idle
  threshold, or a full-screen window, or a video program (watching a film is use).
- A gap longer than `SUSPEND_GAP` between samples (a suspended PC) is not charged.
- Spans are placed on accounting's own timeline: the wall clock read at the first sample, moved
  on by the monotonic clock. A wall-clock change, forwards or backwards (a child setting the PC
  to tomorrow), is recorded as an event and changes nothing else: not the usage, not the day it
  belongs to. The timeline meets the wall clock again when accounting starts afresh.
- Consecutive charged seconds of the same program, window title and category form one span
  (ActivityWatch's heartbeat merge, with the pulse being one sample interval). Spans also end at
  local midnight, so a day's usage is exactly the sum of its spans, and after `MAX_SPAN`.

Times inside are integer milliseconds, so sums are exact.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import NamedTuple

from guardian.core.catalog import Classifier
from guardian.core.engine import Usage

# Two minutes without keyboard or mouse input and nobody is counted as using the PC (the default
# DESIGN.md names; reading a page rarely goes longer without a scroll).
IDLE_THRESHOLD = timedelta(seconds=120)
# A longer gap between two samples means the PC was asleep (the agent samples every second, and a
# busy PC delays it by seconds, not tens of seconds).
SUSPEND_GAP = timedelta(seconds=45)
# Wall and monotonic clocks may drift apart by NTP slewing; more than this is someone changing
# the clock or the time zone.
CLOCK_TOLERANCE = timedelta(seconds=2)
# Spans are cut after an hour: the store relies on it to keep day queries to a narrow index scan.
MAX_SPAN = timedelta(hours=1)
# A rest break lasts this long when the policy does not say (the NHC's 10 minutes).
DEFAULT_REST = timedelta(minutes=10)
# Categories whose programs count as use even without input: watching a film is use.
PASSIVE_CATEGORIES = frozenset({"video"})

_MS = 1000


class Sample(NamedTuple):
    """What the platform adapter saw at one moment. No window: empty program fields.

    A named tuple rather than a frozen dataclass: as immutable, and made about three times as
    fast (a frozen dataclass sets each field through `object.__setattr__`), which is most of
    the cost of feeding a day of samples in (bench/versus_aw.py)."""

    wall: datetime  # aware
    monotonic: float  # seconds
    pid: int | None = None
    exe_path: str = ""
    exe_name: str = ""
    title: str = ""
    fullscreen: bool = False
    idle_seconds: float | None = 0.0  # None: the adapter cannot tell
    locked: bool | None = False  # None: the adapter cannot tell


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of continuous use of one program (and window title), in UTC."""

    start: datetime
    end: datetime
    exe_path: str
    exe_name: str
    title: str
    category: str
    counted: bool = True  # False for always-allowed programs: recorded, not counted
    rule_id: str | None = None

    @property
    def seconds(self) -> float:
        return (self.end - self.start).total_seconds()


@dataclass(frozen=True, slots=True)
class ClockEvent:
    kind: str  # "clock_jump" (wall clock changed) or "suspend" (a gap that was not charged)
    at: datetime  # wall time after the event
    seconds: float  # for a jump: how far the wall clock moved beyond real time; for suspend: gap


@dataclass(frozen=True, slots=True)
class _OpenSpan:
    start_ms: int
    length_ms: int
    key: tuple[str, str, str, str, bool, str | None]  # exe_path, exe_name, title, category, ...


@dataclass(frozen=True)
class Totals:
    """Counted milliseconds of one local day."""

    day: date | None = None
    total: int = 0
    categories: Mapping[str, int] = field(default_factory=dict)
    apps: Mapping[str, int] = field(default_factory=dict)
    rules: Mapping[str, int] = field(default_factory=dict)

    def usage(self, continuous_ms: int = 0, resting_ms: int = 0) -> Usage:
        return Usage(
            total_seconds=self.total // _MS,
            categories={k: v // _MS for k, v in self.categories.items()},
            apps={k: v // _MS for k, v in self.apps.items()},
            rules={k: v // _MS for k, v in self.rules.items()},
            continuous_seconds=continuous_ms // _MS,
            resting_seconds=resting_ms // _MS,
        )


@dataclass(frozen=True)
class Accounting:
    """Where accounting stands: the last sample, the span in progress, today's totals."""

    zone: tzinfo
    idle_threshold_ms: int = int(IDLE_THRESHOLD.total_seconds() * _MS)
    rest_length_ms: int = int(DEFAULT_REST.total_seconds() * _MS)
    last: Sample | None = None
    anchor: tuple[int, float] | None = None  # (wall ms, monotonic s) the timeline starts from
    open_span: _OpenSpan | None = None
    totals: Totals = field(default_factory=Totals)
    continuous_ms: int = 0  # use since the last rest break
    resting_ms: int = 0  # length of the current break

    def restored(self, day: date, usage: Usage) -> Accounting:
        """This state with today's totals as the store has them, so a restart loses nothing."""
        totals = Totals(
            day=day,
            total=usage.total_seconds * _MS,
            categories={k: v * _MS for k, v in usage.categories.items()},
            apps={k: v * _MS for k, v in usage.apps.items()},
            rules={k: v * _MS for k, v in usage.rules.items()},
        )
        return replace(self, totals=totals)

    def usage_on(self, day: date) -> Usage:
        """The usage the engine needs on `day` (zero once the day has changed)."""
        if self.totals.day != day:
            return Usage(
                continuous_seconds=self.continuous_ms // _MS, resting_seconds=self.resting_ms // _MS
            )
        return self.totals.usage(self.continuous_ms, self.resting_ms)

    def open(self) -> Span | None:
        """The span in progress, as it would be written now (the agent checkpoints it)."""
        return None if self.open_span is None else _to_span(self.open_span)


@dataclass(frozen=True)
class Step:
    """What one `account` call produced."""

    closed: tuple[Span, ...] = ()
    events: tuple[ClockEvent, ...] = ()


def _ms(moment: datetime) -> int:
    return int(moment.timestamp() * _MS)


def _to_span(span: _OpenSpan) -> Span:
    exe_path, exe_name, title, category, counted, rule_id = span.key
    start = datetime.fromtimestamp(span.start_ms / _MS, UTC)
    end = datetime.fromtimestamp((span.start_ms + span.length_ms) / _MS, UTC)
    return Span(start, end, exe_path, exe_name, title, category, counted, rule_id)


def _next_midnight_ms(position_ms: int, zone: tzinfo) -> tuple[date, int]:
    local = datetime.fromtimestamp(position_ms / _MS, zone)
    following = local.date() + timedelta(days=1)
    midnight = datetime(following.year, following.month, following.day, tzinfo=zone)
    return local.date(), _ms(midnight)


def account(
    state: Accounting, samples: Iterable[Sample], classifier: Classifier
) -> tuple[Accounting, Step]:
    """Account for `samples` (in the order taken) after `state`; see the module's docstring."""
    zone = state.zone
    idle_limit = state.idle_threshold_ms / _MS
    rest_length = state.rest_length_ms
    max_span = int(MAX_SPAN.total_seconds() * _MS)
    gap_limit = int(SUSPEND_GAP.total_seconds() * _MS)
    tolerance = int(CLOCK_TOLERANCE.total_seconds() * _MS)

    last = state.last
    last_wall = _ms(last.wall) if last is not None else 0
    anchor = state.anchor
    # The span in progress, as plain values: building an _OpenSpan a second is the slow part.
    open_span = state.open_span
    span_key = open_span.key if open_span is not None else None
    span_start = open_span.start_ms if open_span is not None else 0
    span_length = open_span.length_ms if open_span is not None else 0
    totals = state.totals
    day = totals.day
    total = totals.total
    categories = dict(totals.categories)
    apps = dict(totals.apps)
    rules = dict(totals.rules)
    continuous, resting = state.continuous_ms, state.resting_ms
    closed: list[Span] = []
    events: list[ClockEvent] = []
    midnight_ms = -1
    # The program in front rarely changes between samples: classify it once per change.
    seen: tuple[str, str, str] | None = None
    classification = None
    key: tuple[str, str, str, str, bool, str | None] = ("", "", "", "", False, None)

    def close() -> None:
        nonlocal span_key
        if span_key is not None and span_length > 0:
            closed.append(_to_span(_OpenSpan(span_start, span_length, span_key)))
        span_key = None

    for sample in samples:
        wall = int(sample.wall.timestamp() * _MS)  # _ms(), inlined: this loop is hot
        if anchor is None:
            anchor = (wall, sample.monotonic)
        if last is None:
            last, last_wall = sample, wall
            continue
        # A monotonic clock never goes back; if it seems to, take it as a new baseline.
        elapsed = max(0, round((sample.monotonic - last.monotonic) * _MS))
        moved = wall - last_wall
        charge = 0 < elapsed <= gap_limit
        if elapsed > gap_limit:
            events.append(ClockEvent("suspend", sample.wall, elapsed / _MS))
        in_use = False
        if charge:
            program = (last.exe_path, last.exe_name, last.title)
            if program != seen or classification is None:
                seen = program
                classification = classifier.classify(*program)
                key = (*program, classification.category, classification.counted,
                       classification.rule_id)  # fmt: skip
            in_use = last.locked is not True and (
                last.idle_seconds is None
                or last.idle_seconds < idle_limit
                or last.fullscreen
                or classification.category in PASSIVE_CATEGORIES
            )
        if in_use:
            assert classification is not None
            if span_key != key:
                close()
                span_key = key
                span_start = anchor[0] + round((last.monotonic - anchor[1]) * _MS)
                span_length = 0
            position = span_start + span_length
            remaining = elapsed
            if position + elapsed < midnight_ms and span_length + elapsed < max_span:
                # The common case, a second more of the same: nothing to cut.
                span_length += elapsed
                remaining = 0
                if classification.counted:
                    total += elapsed
                    category = classification.category
                    categories[category] = categories.get(category, 0) + elapsed
                    apps[last.exe_name] = apps.get(last.exe_name, 0) + elapsed
                    if classification.rule_id is not None:
                        rules[classification.rule_id] = (
                            rules.get(classification.rule_id, 0) + elapsed
                        )
            while remaining > 0:
                if position >= midnight_ms:
                    local_day, midnight_ms = _next_midnight_ms(position, zone)
                    if local_day != day:
                        day, total, categories, apps, rules = local_day, 0, {}, {}, {}
                piece = min(remaining, midnight_ms - position, max_span - span_length)
                span_length += piece
                if classification.counted:
                    total += piece
                    category = classification.category
                    categories[category] = categories.get(category, 0) + piece
                    apps[last.exe_name] = apps.get(last.exe_name, 0) + piece
                    if classification.rule_id is not None:
                        rules[classification.rule_id] = rules.get(classification.rule_id, 0) + piece
                position += piece
                remaining -= piece
                if remaining > 0 or position >= midnight_ms or span_length >= max_span:
                    close()
                    span_key, span_start, span_length = key, position, 0
            continuous += elapsed
            resting = 0
        else:
            close()
            resting += elapsed
            if resting >= rest_length:
                continuous = 0
        if abs(moved - elapsed) > tolerance:
            events.append(ClockEvent("clock_jump", sample.wall, (moved - elapsed) / _MS))
        last, last_wall = sample, wall

    new_totals = Totals(day, total, categories, apps, rules)
    span = (
        _OpenSpan(span_start, span_length, span_key)
        if span_key is not None and span_length > 0
        else None
    )
    new_state = replace(
        state,
        last=last,
        anchor=anchor,
        open_span=span,
        totals=new_totals,
        continuous_ms=continuous,
        resting_ms=resting,
    )
    return new_state, Step(tuple(closed), tuple(events))


def finish(state: Accounting) -> tuple[Accounting, Step]:
    """Close the span in progress (at shutdown, at the end of the session)."""
    if state.open_span is None or state.open_span.length_ms == 0:
        return replace(state, open_span=None), Step()
    return replace(state, open_span=None), Step(closed=(_to_span(state.open_span),))


def day_of(moment: datetime, zone: tzinfo) -> date:
    return moment.astimezone(zone).date()
