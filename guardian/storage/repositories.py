"""Reading and writing Guardian's data: plain functions that take a `Session` first.

The functions the agent and the service use while they run (`records.Records`) have a twin over
the `sqlite3` module in `lite_records`, for the agent that does everything itself; a change to
one is made to the other, and the contract tests hold them to the same results.

The caller owns the transaction (`with store.session() as s:`); nothing here commits. Instants
are aware datetimes (naive ones raise ValueError); durations are whole seconds, rounded down.
Usage queries take a half-open interval [start, end) and count the part of each span inside
it; only spans with `counted` set count. Lists come in a fixed order (ties broken by id).
Closed intervals can be rolled up (`roll_up`); every write of spans forgets the rollups it
touches, in the same transaction, so a rollup always says what its spans say.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Any, cast

from sqlalchemy import (
    CTE,
    BigInteger,
    ColumnElement,
    CompoundSelect,
    CursorResult,
    Delete,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import literal, type_coerce

from guardian.storage.errors import ChildExists, ChildNotFound, RequestAlreadyAnswered
from guardian.storage.models import (
    MAX_ROLLED_MS,
    MAX_SPAN_MS,
    App,
    Child,
    Event,
    PolicyVersion,
    RolledInterval,
    RolledUsage,
    Setting,
    TimeGrant,
    TimeRequest,
    UsageSpan,
)
from guardian.storage.records import (
    SpanRecord,
    Tampering,
    check_grant,
    grant_event_data,
    grants_verdict,
    json_copy,
    merged_ranges,
    policy_verdict,
    whole_seconds,
)
from guardian.storage.sealing import SEALED_SETTINGS_PREFIXES as SEALED
from guardian.storage.sealing import (
    head_key,
    is_sealed_setting,
    seal_if_possible,
    sealer_of,
    trusted,
)
from guardian.storage.types import from_epoch_ms, to_epoch_ms

PENDING, APPROVED, DENIED = "pending", "approved", "denied"

_HOUR = timedelta(hours=1)
_SECOND = timedelta(seconds=1)


# Children


def add_child(
    s: Session, name: str, *, os_user: str | None = None, age: int | None = None, now: datetime
) -> Child:
    """Add a child; ChildExists if the name is taken."""
    _aware(now)
    if not name.strip():
        raise ValueError("a child needs a name")
    if find_child(s, name) is not None:
        raise ChildExists(name)
    child = Child(name=name, os_user=os_user, age=age, created_at=now)
    s.add(child)
    s.flush()
    return child


def find_child(s: Session, name: str) -> Child | None:
    return s.scalars(select(Child).where(Child.name == name)).one_or_none()


def get_child(s: Session, name: str) -> Child:
    """The child with this name; ChildNotFound if there is none."""
    child = find_child(s, name)
    if child is None:
        raise ChildNotFound(name)
    return child


def list_children(s: Session) -> list[Child]:
    return list(s.scalars(select(Child).order_by(Child.name, Child.id)))


# Policies


def add_policy_version(
    s: Session,
    child: Child,
    document: Mapping[str, Any],
    *,
    author: str,
    now: datetime,
    comment: str | None = None,
) -> PolicyVersion:
    """Save a policy document as the child's next version and record a "policy_applied" event.

    The document is stored as a copy; it must be a JSON object (ValueError/TypeError if not).
    Validating the policy itself is the caller's job (`guardian.core.policy_file`).
    """
    _aware(now)
    if not isinstance(document, Mapping):
        raise TypeError(f"a policy document is a JSON object, not {type(document).__name__}")
    snapshot = json_copy(document)
    last = s.scalar(
        select(func.max(PolicyVersion.version)).where(PolicyVersion.child_id == child.id)
    )
    version = PolicyVersion(
        child_id=child.id,
        version=(last or 0) + 1,
        document=snapshot,
        author=author,
        comment=comment,
        created_at=now,
    )
    s.add(version)
    s.flush()
    seal_if_possible(s, version)
    set_setting(s, head_key(child.id), version.version)
    add_event(
        s,
        "policy_applied",
        at=now,
        child=child,
        data={"version": version.version, "author": author, "comment": comment},
    )
    return version


def current_policy(s: Session, child: Child) -> PolicyVersion | None:
    """The child's newest policy version, or None before the first one."""
    return s.scalars(
        select(PolicyVersion)
        .where(PolicyVersion.child_id == child.id)
        .order_by(PolicyVersion.version.desc())
        .limit(1)
    ).first()


def policy_history(s: Session, child: Child) -> list[PolicyVersion]:
    """Every saved version, newest first."""
    return list(
        s.scalars(
            select(PolicyVersion)
            .where(PolicyVersion.child_id == child.id)
            .order_by(PolicyVersion.version.desc())
        )
    )


# Apps and usage


def app_for(
    s: Session, exe_path: str, exe_name: str, display_name: str | None = None, *, now: datetime
) -> App:
    """The app with this executable path, added (first seen `now`) if it is new.

    A display name fills in one that was missing; it never replaces one.
    """
    _aware(now)
    app = s.scalars(select(App).where(App.exe_path == exe_path)).one_or_none()
    if app is None:
        app = App(exe_path=exe_path, exe_name=exe_name, display_name=display_name, first_seen=now)
        s.add(app)
        s.flush()
    elif display_name is not None and app.display_name is None:
        app.display_name = display_name
    return app


def add_spans(s: Session, child: Child, spans: Iterable[SpanRecord]) -> int:
    """Store spans in one bulk insert; returns how many rows were written.

    A span longer than an hour is stored as consecutive pieces of at most an hour (see
    `models.MAX_SPAN_MS`). A new app is first seen at the start of its first span. The rollups
    of the intervals the spans overlap are forgotten (a late write: a crash file replayed after
    midnight, a wall clock moved back).
    """
    app_ids: dict[str, int] = {}
    rows: list[dict[str, Any]] = []
    written: list[tuple[int, int]] = []
    for span in spans:
        start_ms, end_ms = to_epoch_ms(span.start), to_epoch_ms(span.end)
        if end_ms < start_ms:
            raise ValueError(f"span of {span.exe_name} ends before it starts")
        app_id = app_ids.get(span.exe_path)
        if app_id is None:
            app = app_for(s, span.exe_path, span.exe_name, span.display_name, now=span.start)
            app_id = app_ids[span.exe_path] = app.id
        piece_start = start_ms
        while True:
            piece_end = min(end_ms, piece_start + MAX_SPAN_MS)
            rows.append(
                {
                    "child_id": child.id,
                    "app_id": app_id,
                    "start": from_epoch_ms(piece_start),
                    "end": from_epoch_ms(piece_end),
                    "category": span.category,
                    "counted": span.counted,
                    "title": span.title,
                }
            )
            if piece_end >= end_ms:
                break
            piece_start = piece_end
        written.append((start_ms, end_ms))
    if rows:
        s.execute(insert(UsageSpan), rows)
        _forget_rollups(s, child, written)
    return len(rows)


def checkpoint_span(s: Session, child: Child, span: SpanRecord, row_id: int | None) -> int:
    """Write a span that is still growing: insert it the first time, then move its end.

    The agent checkpoints the span in progress every few seconds, so a crash loses only the
    seconds since the last checkpoint. Returns the row's id for the next checkpoint. The rollups
    of the intervals where the stored span changed are forgotten: between its old end and its
    new one (a span in progress across midnight forgets the closed day once, not at every
    checkpoint).
    """
    start_ms, end_ms = to_epoch_ms(span.start), to_epoch_ms(span.end)
    if not 0 <= end_ms - start_ms <= MAX_SPAN_MS:
        raise ValueError(f"a span in progress of {span.exe_name} must last 0 to 1 hour")
    if row_id is not None:
        where = (UsageSpan.id == row_id, UsageSpan.child_id == child.id)
        old_end = s.scalar(select(type_coerce(UsageSpan.end, BigInteger)).where(*where))
        if old_end is not None:
            s.execute(update(UsageSpan).where(*where).values(end=from_epoch_ms(end_ms)))
            _forget_rollups(s, child, [(min(old_end, end_ms), max(old_end, end_ms))])
            return row_id
    app = app_for(s, span.exe_path, span.exe_name, span.display_name, now=span.start)
    row = UsageSpan(
        child_id=child.id,
        app_id=app.id,
        start=from_epoch_ms(start_ms),
        end=from_epoch_ms(end_ms),
        category=span.category,
        counted=span.counted,
        title=span.title,
    )
    s.add(row)
    s.flush()
    _forget_rollups(s, child, [(start_ms, end_ms)])
    return row.id


def usage_total(s: Session, child: Child, start: datetime, end: datetime) -> int:
    """Counted seconds in [start, end)."""
    overlap = _overlap_ms(start, end)
    total = s.scalar(
        select(func.coalesce(func.sum(overlap), 0)).where(*_spans_in(child, start, end))
    )
    return int(total or 0) // 1000


def usage_by_app(s: Session, child: Child, start: datetime, end: datetime) -> dict[str, int]:
    """Counted seconds in [start, end) by executable name (apps with under a second left out).

    Each part is rounded down on its own, so the parts may add up to a little less than
    `usage_total` (under a second per part).
    """
    overlap = func.sum(_overlap_ms(start, end))
    rows = s.execute(
        select(App.exe_name, overlap)
        .join(App, App.id == UsageSpan.app_id)
        .where(*_spans_in(child, start, end))
        .group_by(App.exe_name)
        .order_by(App.exe_name)
    )
    return whole_seconds((name, ms) for name, ms in rows)


def usage_by_category(s: Session, child: Child, start: datetime, end: datetime) -> dict[str, int]:
    """Counted seconds in [start, end) by category (as `usage_by_app`)."""
    overlap = func.sum(_overlap_ms(start, end))
    rows = s.execute(
        select(UsageSpan.category, overlap)
        .where(*_spans_in(child, start, end))
        .group_by(UsageSpan.category)
        .order_by(UsageSpan.category)
    )
    return whole_seconds((category, ms) for category, ms in rows)


@dataclass(frozen=True)
class IntervalUsage:
    """Counted seconds in one interval: in all, by category and by executable name.

    Each part is rounded down on its own, as in `usage_by_app` and `usage_by_category`.
    """

    total: int
    categories: dict[str, int]
    apps: dict[str, int]


def _intervals(name: str, *, rolled: bool = False) -> CTE:
    """The intervals, from one JSON parameter ([[index, start ms, end ms], ...]), as a table
    (i, lo, hi); with `rolled`, also a column `rolled`: the id of the child's rollup of the
    interval, or NULL.

    One parameter makes the statement the same for any number of intervals, so it is built and
    compiled once; a table of VALUES would be compiled anew each call, which costs more than
    the query itself.
    """
    each = func.json_each(bindparam("intervals", type_=String)).table_valued("value")
    lo = type_coerce(func.json_extract(each.c.value, "$[1]"), BigInteger)
    hi = type_coerce(func.json_extract(each.c.value, "$[2]"), BigInteger)
    columns: list[ColumnElement[Any]] = [
        type_coerce(func.json_extract(each.c.value, "$[0]"), Integer).label("i"),
        lo.label("lo"),
        hi.label("hi"),
    ]
    table = select(*columns).select_from(each)
    if rolled:
        table = table.add_columns(RolledInterval.id.label("rolled")).outerjoin(
            RolledInterval,
            and_(
                RolledInterval.child_id == bindparam("child_id", type_=Integer),
                type_coerce(RolledInterval.start, BigInteger) == lo,
                type_coerce(RolledInterval.end, BigInteger) == hi,
            ),
        )
    return table.cte(name).prefix_with("MATERIALIZED")


def _span_usage(table: CTE, *only: ColumnElement[bool]) -> Select[tuple[int, int, str, str, int]]:
    """Counted milliseconds of the spans by interval, app and category: (i, app id, exe name,
    category, ms) for the intervals of `table` (as `_intervals` makes it) that pass `only`.

    Each interval is an index range on (child, start): a span starts at most an hour before it.
    """
    span_start = type_coerce(UsageSpan.start, BigInteger)
    span_end = type_coerce(UsageSpan.end, BigInteger)
    overlap = func.max(
        literal(0, BigInteger), func.min(span_end, table.c.hi) - func.max(span_start, table.c.lo)
    )
    return (
        select(
            table.c.i,
            UsageSpan.app_id,
            App.exe_name,
            UsageSpan.category,
            type_coerce(func.sum(overlap), Integer),
        )
        .select_from(table)
        .join(
            UsageSpan,
            and_(
                *only,
                UsageSpan.child_id == bindparam("child_id", type_=Integer),
                span_start >= table.c.lo - MAX_SPAN_MS,
                span_start < table.c.hi,
                span_end > table.c.lo,
                UsageSpan.counted.is_(True),
            ),
        )
        .join(App, App.id == UsageSpan.app_id)
        .group_by(table.c.i, UsageSpan.app_id, UsageSpan.category)
    )


def _by_interval_statement() -> CompoundSelect[tuple[int, int, str, str, int]]:
    """`_span_usage` for the intervals without a rollup, and the rollup for those with one.

    One statement: the rollup of a closed day is a few rows by its unique key, where its spans
    are hundreds. The parts are the same milliseconds either way, so rounding is the same.
    """
    table = _intervals("intervals", rolled=True)
    rolled = (
        select(table.c.i, RolledUsage.app_id, App.exe_name, RolledUsage.category, RolledUsage.ms)
        .select_from(table)
        .join(RolledUsage, RolledUsage.interval_id == table.c.rolled)
        .join(App, App.id == RolledUsage.app_id)
    )
    return union_all(_span_usage(table, table.c.rolled.is_(None)), rolled)


def _forget_rollups_statement() -> Delete:
    """Delete a child's rollups that overlap the range [lo, hi) (epoch ms).

    An index range on (child, start): a rolled interval starts at most `MAX_ROLLED_MS` before
    a range it overlaps. When none does, nothing is written.
    """
    start = type_coerce(RolledInterval.start, BigInteger)
    lo, hi = bindparam("lo", type_=BigInteger), bindparam("hi", type_=BigInteger)
    return delete(RolledInterval).where(
        RolledInterval.child_id == bindparam("child_id", type_=Integer),
        start > lo - MAX_ROLLED_MS,
        start < hi,
        type_coerce(RolledInterval.end, BigInteger) > lo,
    )


_SPAN_USAGE = _span_usage(_intervals("intervals"))
_BY_INTERVAL = _by_interval_statement()
_FORGET_ROLLUPS = _forget_rollups_statement()


def usage_by_interval(
    s: Session, child: Child, intervals: Sequence[tuple[datetime, datetime]]
) -> list[IntervalUsage]:
    """`usage_total`, `usage_by_category` and `usage_by_app` for each interval, in one query.

    A month of days is one statement (a table of the intervals joined to the spans, each
    interval an index range), not three a day: the dashboard's month view and the reports ask.
    An interval rolled up (`roll_up`) is read from its rollup, with the same result.
    """
    if not intervals:
        return []
    bounds = _bounds(intervals)
    rows = cast(
        "Iterable[tuple[int, int, str, str, int | None]]",
        # All at once: fetching row by row through the Result costs more than the query.
        s.execute(_BY_INTERVAL, {"child_id": child.id, "intervals": json.dumps(bounds)}).all(),
    )
    totals = [0] * len(bounds)
    categories: list[dict[str, int]] = [{} for _ in bounds]
    apps: list[dict[str, int]] = [{} for _ in bounds]
    for index, _, exe_name, category, found in rows:
        ms = int(found or 0)
        totals[index] += ms
        categories[index][category] = categories[index].get(category, 0) + ms
        apps[index][exe_name] = apps[index].get(exe_name, 0) + ms
    return [
        IntervalUsage(
            total // 1000,
            whole_seconds(sorted(by_category.items())),
            whole_seconds(sorted(by_app.items())),
        )
        for total, by_category, by_app in zip(totals, categories, apps, strict=True)
    ]


def roll_up(
    s: Session, child: Child, intervals: Sequence[tuple[datetime, datetime]], *, now: datetime
) -> int:
    """Keep the usage of those intervals that ended by `now`, so `usage_by_interval` reads it
    instead of their spans; returns how many were rolled up.

    Intervals already rolled up, not ended yet or empty are left as they are. An interval may
    last at most `models.MAX_ROLLED_MS` (ValueError otherwise): a day, not a year. A later write
    of spans into a rolled interval forgets its rollup (`add_spans`, `checkpoint_span`). When
    there is nothing to roll up, this is one indexed read and writes nothing.
    """
    now_ms = to_epoch_ms(now)
    wanted: dict[tuple[int, int], None] = {}
    for _, lo, hi in _bounds(intervals):
        if hi - lo > MAX_ROLLED_MS:
            raise ValueError(f"an interval of {hi - lo} ms is too long to roll up")
        if lo < hi <= now_ms:
            wanted[lo, hi] = None
    if not wanted:
        return 0
    starts = [lo for lo, _ in wanted]
    start = type_coerce(RolledInterval.start, BigInteger)
    done = s.execute(
        select(start, type_coerce(RolledInterval.end, BigInteger)).where(
            RolledInterval.child_id == child.id, start >= min(starts), start <= max(starts)
        )
    )
    for lo, hi in done:
        wanted.pop((lo, hi), None)
    todo = list(wanted)
    if not todo:
        return 0
    s.execute(
        insert(RolledInterval),
        [
            {"child_id": child.id, "start": from_epoch_ms(lo), "end": from_epoch_ms(hi)}
            for lo, hi in todo
        ],
    )
    # Read back the new ids in one query (SQLite gives RETURNING in order only row by row).
    ids_by_bounds = {
        (lo, hi): row_id
        for row_id, lo, hi in s.execute(
            select(RolledInterval.id, start, type_coerce(RolledInterval.end, BigInteger)).where(
                RolledInterval.child_id == child.id, start >= min(starts), start <= max(starts)
            )
        )
    }
    ids = [ids_by_bounds[bounds] for bounds in todo]
    found = cast(
        "Iterable[tuple[int, int, str, str, int | None]]",
        s.execute(
            _SPAN_USAGE,
            {
                "child_id": child.id,
                "intervals": json.dumps([(i, lo, hi) for i, (lo, hi) in enumerate(todo)]),
            },
        ),
    )
    usage = [
        {"interval_id": ids[i], "app_id": app_id, "category": category, "ms": int(ms or 0)}
        for i, app_id, _, category, ms in found
    ]
    if usage:
        s.execute(insert(RolledUsage), usage)
    return len(todo)


def _forget_rollups(s: Session, child: Child, ranges: Iterable[tuple[int, int]]) -> None:
    """Delete the rollups of the intervals that overlap any of these ranges (epoch ms), in one
    call (an executemany of one indexed DELETE). Ranges that touch are sent as one, and empty
    ones not at all (they change no total).
    """
    merged = merged_ranges(ranges)
    if merged:
        # Core, not the ORM: an executemany of a DELETE; no rollup is ever loaded as an object.
        s.connection().execute(
            _FORGET_ROLLUPS, [{"child_id": child.id, "lo": lo, "hi": hi} for lo, hi in merged]
        )


def usage_by_hour(
    s: Session, child: Child, start: datetime, end: datetime, zone: tzinfo
) -> dict[datetime, int]:
    """Counted seconds in each local hour that overlaps [start, end), zeros included.

    Keys are the local starts of the hours as they occur in `zone`: a day with the clocks
    going forward has 23, going back 25. Each key carries the UTC offset in force during that
    hour (a fixed-offset tzinfo), because the two 02:00s of an autumn night are equal as
    datetimes in the zone itself and would share one key; `key.astimezone(zone)` gives the
    zone's view. The first and last hours are clipped to the interval.
    """
    hours = _local_hours(start, end, zone)
    if not hours:
        return {}
    starts = [hour_start for _, hour_start, _ in hours]
    totals_ms = [0] * len(hours)
    spans = s.execute(
        select(UsageSpan.start, UsageSpan.end)
        .where(*_spans_in(child, start, end))
        .order_by(UsageSpan.start, UsageSpan.id)
    )
    for span_start, span_end in spans:
        lo, hi = max(to_epoch_ms(span_start), starts[0]), min(to_epoch_ms(span_end), hours[-1][2])
        i = bisect.bisect_right(starts, lo) - 1
        while i < len(hours) and hours[i][1] < hi:
            _, hour_start, hour_end = hours[i]
            totals_ms[i] += max(0, min(hi, hour_end) - max(lo, hour_start))
            i += 1
    result: dict[datetime, int] = {}
    for (key, _, _), ms in zip(hours, totals_ms, strict=True):
        result[key] = result.get(key, 0) + ms // 1000
    return result


@dataclass(frozen=True)
class SpanRow:
    """A counted span as the dashboard's timeline shows it, clipped to the asked interval."""

    start: datetime
    end: datetime
    exe_name: str
    display_name: str | None
    category: str
    title: str | None
    exe_path: str = ""


def seen_programs(s: Session, child: Child) -> list[str]:
    """File names of the programs this child has used, most used first."""
    rows = s.execute(
        select(App.exe_name, func.sum(UsageSpan.end - UsageSpan.start).label("used"))
        .join(UsageSpan, UsageSpan.app_id == App.id)
        .where(UsageSpan.child_id == child.id)
        .group_by(App.exe_name)
        .order_by(func.sum(UsageSpan.end - UsageSpan.start).desc(), App.exe_name)
    )
    return [name for name, _ in rows]


def spans_between(s: Session, child: Child, start: datetime, end: datetime) -> list[SpanRow]:
    """Counted spans overlapping [start, end), oldest first, clipped to the interval."""
    rows = s.execute(
        select(
            UsageSpan.start,
            UsageSpan.end,
            App.exe_name,
            App.display_name,
            UsageSpan.category,
            UsageSpan.title,
            App.exe_path,
        )
        .join(App, App.id == UsageSpan.app_id)
        .where(*_spans_in(child, start, end))
        .order_by(UsageSpan.start, UsageSpan.id)
    )
    return [
        SpanRow(max(a, start), min(b, end), exe, display, category, title, path)
        for a, b, exe, display, category, title, path in rows
    ]


def clear_titles(s: Session, *, before: datetime) -> int:
    """Forget the window titles of spans that started before `before`; returns how many.

    The rollups stay: they hold no titles, and no total changes.
    """
    result = s.execute(
        update(UsageSpan)
        .where(UsageSpan.start < _aware(before), UsageSpan.title.is_not(None))
        .values(title=None)
        .execution_options(synchronize_session=False)
    )
    return int(cast("CursorResult[Any]", result).rowcount)


# Events


def add_event(
    s: Session,
    kind: str,
    *,
    at: datetime,
    child: Child | None = None,
    data: Mapping[str, Any] | None = None,
) -> Event:
    """Record an event for the audit trail (`data` must be a JSON object)."""
    _aware(at)
    row = Event(
        kind=kind,
        at=at,
        child_id=child.id if child is not None else None,
        data=json_copy(data or {}),
    )
    s.add(row)
    s.flush()
    return row


def events(
    s: Session,
    *,
    child: Child | None = None,
    kinds: Iterable[str] | None = None,
    since: datetime | None = None,
    limit: int | None = None,
) -> list[Event]:
    """Events, newest first: of one child (else of everyone), of some kinds, at or after `since`."""
    query = select(Event)
    if child is not None:
        query = query.where(Event.child_id == child.id)
    if kinds is not None:
        query = query.where(Event.kind.in_(list(kinds)))
    if since is not None:
        query = query.where(Event.at >= _aware(since))
    query = query.order_by(Event.at.desc(), Event.id.desc())
    if limit is not None:
        query = query.limit(limit)
    return list(s.scalars(query))


# Grants and requests


def add_grant(
    s: Session,
    child: Child,
    *,
    granted_at: datetime,
    seconds: int | None = None,
    until: datetime | None = None,
    category: str | None = None,
    reason: str | None = None,
    author: str,
    request: TimeRequest | None = None,
) -> TimeGrant:
    """Give extra time: `seconds` more, or free use `until` an instant (exactly one of them).

    `category` None means the whole PC. Also records a "grant" event.
    """
    _aware(granted_at)
    check_grant(to_epoch_ms(granted_at), seconds, None if until is None else to_epoch_ms(until))
    grant = TimeGrant(
        child_id=child.id,
        granted_at=granted_at,
        seconds=seconds,
        until=until,
        category=category,
        reason=reason,
        author=author,
        request_id=request.id if request is not None else None,
    )
    s.add(grant)
    s.flush()
    seal_if_possible(s, grant)  # after the flush: the seal covers the grant's id
    s.flush()
    add_event(
        s,
        "grant",
        at=granted_at,
        child=child,
        data=grant_event_data(grant, until),
    )
    return grant


def grants_since(s: Session, child: Child, since: datetime) -> list[TimeGrant]:
    """Grants given at or after `since`, oldest first."""
    return list(
        s.scalars(
            select(TimeGrant)
            .where(TimeGrant.child_id == child.id, TimeGrant.granted_at >= _aware(since))
            .order_by(TimeGrant.granted_at, TimeGrant.id)
        )
    )


def add_request(
    s: Session, child: Child, *, seconds: int, message: str | None, now: datetime
) -> TimeRequest:
    """A child asks for `seconds` more; it waits as "pending" until a parent answers.

    Also records a "request" event.
    """
    _aware(now)
    if seconds <= 0:
        raise ValueError(f"a request for {seconds} seconds: give a positive number")
    request = TimeRequest(
        child_id=child.id, created_at=now, seconds=seconds, message=message, status=PENDING
    )
    s.add(request)
    s.flush()
    add_event(s, "request", at=now, child=child, data={"request": request.id, "seconds": seconds})
    return request


def pending_requests(s: Session, child: Child | None = None) -> list[TimeRequest]:
    """Requests not answered yet, oldest first; of one child or of everyone."""
    query = select(TimeRequest).where(TimeRequest.status == PENDING)
    if child is not None:
        query = query.where(TimeRequest.child_id == child.id)
    return list(s.scalars(query.order_by(TimeRequest.created_at, TimeRequest.id)))


def answer_request(
    s: Session,
    request: TimeRequest,
    *,
    approved: bool,
    seconds: int | None = None,
    by: str,
    now: datetime,
) -> TimeGrant | None:
    """Approve (granting `seconds`, by default what was asked) or deny a pending request.

    RequestAlreadyAnswered if someone answered it first, even in another program.
    """
    _aware(now)
    if seconds is not None and seconds <= 0:
        raise ValueError(f"a grant of {seconds} seconds: give a positive number")
    answered = s.execute(
        update(TimeRequest)
        .where(TimeRequest.id == request.id, TimeRequest.status == PENDING)
        .values(status=APPROVED if approved else DENIED, answered_at=now, answered_by=by)
        .returning(TimeRequest.id)
        .execution_options(synchronize_session=False)
    ).first()
    current = s.get(TimeRequest, request.id, populate_existing=True)
    if current is None:
        raise ValueError(f"time request {request.id} does not exist")
    if answered is None:
        raise RequestAlreadyAnswered(current.id, current.status)
    if not approved:
        return None
    child = s.get(Child, current.child_id)
    assert child is not None  # the foreign key guarantees it
    return add_grant(
        s,
        child,
        granted_at=now,
        seconds=seconds if seconds is not None else current.seconds,
        reason=current.message,
        author=by,
        request=current,
    )


# Settings


def get_setting(s: Session, key: str, default: Any = None) -> Any:
    """The stored value for `key`, or `default` when there is none."""
    row = s.execute(select(Setting.value).where(Setting.key == key)).first()
    return default if row is None else row[0]


def set_setting(s: Session, key: str, value: Any) -> None:
    """Store a JSON value under `key`, replacing any earlier one."""
    snapshot = json_copy(value)
    setting = s.get(Setting, key)
    if setting is None:
        setting = Setting(key=key, value=snapshot)
        s.add(setting)
    else:
        setting.value = snapshot
    if is_sealed_setting(key):
        seal_if_possible(s, setting)
    s.flush()


def setting_text(s: Session, key: str) -> str | None:
    """The stored JSON text for `key` as it is in the file (None when there is none), for a
    caller that must not fail on a value damaged outside Guardian."""
    raw = s.execute(select(type_coerce(Setting.value, String)).where(Setting.key == key)).scalar()
    # SQLite keeps a number stored in a JSON column as a number (the column's affinity)
    return raw if raw is None or isinstance(raw, str) else json.dumps(raw)


def replace_setting(s: Session, key: str, value: Any) -> None:
    """Store a JSON value under `key` without reading the old one (which may be damaged).
    Not for sealed settings: no seal is written."""
    if is_sealed_setting(key):
        raise ValueError(f"{key} is sealed: use set_setting")
    snapshot = json_copy(value)
    s.execute(
        sqlite_insert(Setting)
        .values(key=key, value=snapshot)
        .on_conflict_do_update(index_elements=[Setting.key], set_={"value": snapshot})
    )


# Seals: rows changed or removed outside Guardian (see guardian.storage.sealing)


def trusted_policy(s: Session, child: Child) -> tuple[PolicyVersion | None, list[Tampering]]:
    """The child's newest version that is as Guardian saved it, and what is not: newer versions
    changed or added outside Guardian, and newest versions removed (the sealed `head_key`
    remembers the newest number). Reads back only as far as the first trusted version."""
    head = s.get(Setting, head_key(child.id))
    return policy_verdict(s, child.id, _versions_as_stored(s, child), head)


def trusted_policy_history(s: Session, child: Child) -> list[PolicyVersion]:
    """Every version that is as Guardian saved it, newest first."""
    return [v for _, v in _versions_as_stored(s, child) if v is not None and trusted(s, v)]


def _versions_as_stored(s: Session, child: Child) -> Iterator[tuple[int, PolicyVersion | None]]:
    """The child's versions, newest first, as detached rows; None for a document that is not
    JSON (only a change made outside Guardian leaves one), so that one damaged row cannot make
    every version unreadable."""
    text = type_coerce(PolicyVersion.document, String)
    rows = s.execute(
        select(
            PolicyVersion.id, PolicyVersion.version, text, PolicyVersion.author,
            PolicyVersion.comment, PolicyVersion.created_at, PolicyVersion.seal,
        )
        .where(PolicyVersion.child_id == child.id)
        .order_by(PolicyVersion.version.desc())
    )  # fmt: skip
    for row_id, number, document, author, comment, created_at, seal in rows:
        try:
            decoded = json.loads(document)
        except (TypeError, ValueError):
            yield number, None
            continue
        yield number, PolicyVersion(
            id=row_id, child_id=child.id, version=number, document=decoded, author=author,
            comment=comment, created_at=created_at, seal=seal,
        )  # fmt: skip


def trusted_grants_since(
    s: Session, child: Child, since: datetime
) -> tuple[list[TimeGrant], list[Tampering]]:
    """`grants_since`, less the grants changed or added outside Guardian (and those, apart)."""
    return grants_verdict(s, grants_since(s, child, since))


def trusted_setting(s: Session, key: str, default: Any = None) -> tuple[Any, bool]:
    """A sealed setting's value and whether it is as Guardian wrote it (a missing one is)."""
    setting = s.get(Setting, key)
    if setting is None:
        return default, True
    return setting.value, trusted(s, setting)


def any_sealed(s: Session) -> bool:
    """Whether any row carries a seal: once one does, the store has been sealed with a key."""
    columns = (PolicyVersion.seal, TimeGrant.seal, Setting.seal)
    return any(s.scalar(select(literal(1)).where(c.is_not(None)).limit(1)) for c in columns)


def seal_everything(s: Session) -> int:
    """Seal every row that takes a seal, as they are now: done once, when the key is made
    (the rows written before it are trusted then, as the parent sets up the PIN)."""
    sealer = sealer_of(s)
    if sealer is None:
        raise ValueError("sealing needs a session with a sealer")
    rows: list[PolicyVersion | TimeGrant | Setting] = [
        *s.scalars(select(PolicyVersion)),
        *s.scalars(select(TimeGrant)),
        # only the settings that take a seal are read: a damaged other one holds nothing back
        *s.scalars(select(Setting).where(or_(*(Setting.key.startswith(p) for p in SEALED)))),
    ]
    for row in rows:
        sealer.seal(row)
    for child in list_children(s):
        newest = current_policy(s, child)
        if newest is not None:
            set_setting(s, head_key(child.id), newest.version)
    s.flush()
    return len(rows)


# Helpers


def _aware(value: datetime) -> datetime:
    """`value`, or ValueError if it is naive (before SQLAlchemy would wrap the error)."""
    to_epoch_ms(value)
    return value


def _bounds(intervals: Sequence[tuple[datetime, datetime]]) -> list[tuple[int, int, int]]:
    """(index, start ms, end ms) of each interval; ValueError if one ends before it starts."""
    bounds = []
    for index, (start, end) in enumerate(intervals):
        start_ms, end_ms = to_epoch_ms(start), to_epoch_ms(end)
        if end_ms < start_ms:
            raise ValueError("an interval must not end before it starts")
        bounds.append((index, start_ms, end_ms))
    return bounds


def _spans_in(child: Child, start: datetime, end: datetime) -> Sequence[ColumnElement[bool]]:
    """Counted spans of `child` overlapping [start, end), as an index range on (child, start)."""
    start_ms, end_ms = to_epoch_ms(start), to_epoch_ms(end)
    if end_ms < start_ms:
        raise ValueError("an interval must not end before it starts")
    return (
        UsageSpan.child_id == child.id,
        UsageSpan.start >= from_epoch_ms(start_ms - MAX_SPAN_MS),
        UsageSpan.start < end,
        UsageSpan.end > start,
        UsageSpan.counted.is_(True),
    )


def _overlap_ms(start: datetime, end: datetime) -> ColumnElement[int]:
    """max(0, min(span end, end) - max(span start, start)) in milliseconds, in SQL."""
    span_start = type_coerce(UsageSpan.start, BigInteger)
    span_end = type_coerce(UsageSpan.end, BigInteger)
    lo = literal(to_epoch_ms(start), BigInteger)
    hi = literal(to_epoch_ms(end), BigInteger)
    return func.max(literal(0, BigInteger), func.min(span_end, hi) - func.max(span_start, lo))


def _local_hours(start: datetime, end: datetime, zone: tzinfo) -> list[tuple[datetime, int, int]]:
    """(local hour start, clipped start ms, clipped end ms) for each local hour in [start, end)."""
    start_ms, end_ms = to_epoch_ms(start), to_epoch_ms(end)
    if end_ms < start_ms:
        raise ValueError("an interval must not end before it starts")
    hours: list[tuple[datetime, int, int]] = []
    t = from_epoch_ms(start_ms)
    stop = from_epoch_ms(end_ms)
    while t < stop:
        local = t.astimezone(zone)
        offset = local.utcoffset()
        assert offset is not None  # astimezone gives an aware datetime
        key = local.replace(minute=0, second=0, microsecond=0, tzinfo=timezone(offset))
        hour_end = min(_offset_change(t, key + _HOUR, zone, offset), stop)
        hours.append((key, to_epoch_ms(t), to_epoch_ms(hour_end)))
        t = hour_end
    return hours


def _offset_change(t: datetime, limit: datetime, zone: tzinfo, offset: timedelta) -> datetime:
    """The first instant after `t` and before `limit` where `zone` leaves `offset`, else `limit`.

    Daylight saving changes fall on whole hours almost everywhere, where this returns `limit`
    at once; a change inside the hour (Lord Howe Island moves by 30 minutes) is found by
    halving, to the second (zone changes happen on whole seconds).
    """
    if (limit - timedelta(microseconds=1)).astimezone(zone).utcoffset() == offset:
        return limit
    lo, hi = t, limit
    while hi - lo > _SECOND:
        mid = lo + (hi - lo) / 2
        if mid.astimezone(zone).utcoffset() == offset:
            lo = mid
        else:
            hi = mid
    return min(lo.replace(microsecond=0) + _SECOND, hi)
