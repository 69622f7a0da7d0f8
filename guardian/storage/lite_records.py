"""The records the service and the agent that does everything itself read and write while they
run, over the `sqlite3` module: the twin of `repositories` for `records.Records` (see
`guardian.storage.lite`).

Same tables, same values, same results as `repositories` (tests/storage/test_records_contract.py
runs the same checks against both): instants as epoch milliseconds, JSON as text, seals over the
same fields (guardian.storage.sealing). Rows are dataclasses with the models' fields. The caller
owns the transaction (`with store.session() as s:`); nothing here commits.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from guardian.storage.files import UnreadableJson, read_json
from guardian.storage.instants import from_epoch_ms, to_epoch_ms
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
from guardian.storage.sealing import (
    head_key,
    is_sealed_setting,
    seal_if_possible,
    sealer_of,
    trusted,
)

# The same limits as the models' (guardian.storage.models, which imports SQLAlchemy); a test
# holds them equal.
MAX_SPAN_MS = 3_600_000
MAX_ROLLED_MS = 2 * 24 * 3_600_000
PENDING = "pending"


class LiteSession:
    """A transaction on one `sqlite3` connection, with the sealer in `info` as SQLAlchemy's
    sessions have it."""

    def __init__(self, connection: sqlite3.Connection, info: dict[str, Any]) -> None:
        self.connection = connection
        self.info = info

    def execute(self, sql: str, parameters: Sequence[Any] | Mapping[str, Any] = ()) -> Any:
        return self.connection.execute(sql, parameters)


# Rows: the models' fields, and the table's name for the seals.


@dataclass
class Child:
    id: int
    name: str
    os_user: str | None
    age: int | None
    created_at: datetime


@dataclass
class PolicyVersion:
    __tablename__: ClassVar[str] = "policy_version"
    id: int
    child_id: int
    version: int
    document: dict[str, Any]
    author: str
    comment: str | None
    created_at: datetime
    seal: str | None


@dataclass
class TimeGrant:
    __tablename__: ClassVar[str] = "time_grant"
    id: int
    child_id: int
    granted_at: datetime
    seconds: int | None
    until: datetime | None
    category: str | None
    reason: str | None
    request_id: int | None
    author: str
    seal: str | None = None


@dataclass
class TimeRequest:
    id: int
    child_id: int
    created_at: datetime
    seconds: int
    message: str | None
    status: str
    answered_at: datetime | None = None
    answered_by: str | None = None


@dataclass
class Event:
    id: int
    child_id: int | None
    at: datetime
    kind: str
    data: dict[str, Any]


@dataclass
class Setting:
    __tablename__: ClassVar[str] = "setting"
    key: str
    value: Any
    seal: str | None = None


# Children


def list_children(s: LiteSession) -> list[Child]:
    rows = s.execute("SELECT id, name, os_user, age, created_at FROM child ORDER BY name, id")
    return [Child(i, name, user, age, from_epoch_ms(at)) for i, name, user, age, at in rows]


# Settings


def get_setting(s: LiteSession, key: str, default: Any = None) -> Any:
    """The stored value for `key`, or `default` when there is none."""
    found = s.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return default if found is None else _stored_json(found[0])


def set_setting(s: LiteSession, key: str, value: Any) -> None:
    """Store a JSON value under `key`, replacing any earlier one (sealed where it takes one)."""
    old = _setting(s, key)  # a value damaged outside Guardian is refused, as by the ORM
    setting = Setting(key, json_copy(value), None if old is None else old.seal)
    if is_sealed_setting(key):
        seal_if_possible(s, setting)  # without a sealer, the seal is left as it was
    s.execute(
        "INSERT INTO setting (key, value, seal) VALUES (?, ?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value, seal = excluded.seal",
        (key, _json_text(setting.value), setting.seal),
    )


def setting_text(s: LiteSession, key: str) -> str | None:
    """The stored JSON text for `key` as it is in the file (None when there is none)."""
    found = s.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    if found is None:
        return None
    # SQLite keeps a number stored in a JSON column as a number (the column's affinity)
    return found[0] if isinstance(found[0], str) else json.dumps(found[0])


def replace_setting(s: LiteSession, key: str, value: Any) -> None:
    """Store a JSON value under `key` without reading the old one. Not for sealed settings."""
    if is_sealed_setting(key):
        raise ValueError(f"{key} is sealed: use set_setting")
    s.execute(
        "INSERT INTO setting (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, _json_text(json_copy(value))),
    )


def trusted_setting(s: LiteSession, key: str, default: Any = None) -> tuple[Any, bool]:
    """A sealed setting's value and whether it is as Guardian wrote it (a missing one is)."""
    setting = _setting(s, key)
    if setting is None:
        return default, True
    return setting.value, trusted(s, setting)


def _setting(s: LiteSession, key: str) -> Setting | None:
    found = s.execute("SELECT value, seal FROM setting WHERE key = ?", (key,)).fetchone()
    return None if found is None else Setting(key, _stored_json(found[0]), found[1])


# Events


def add_event(
    s: LiteSession,
    kind: str,
    *,
    at: datetime,
    child: Any | None = None,
    data: Mapping[str, Any] | None = None,
) -> Event:
    """Record an event for the audit trail (`data` must be a JSON object)."""
    at_ms = to_epoch_ms(at)
    copy = json_copy(data or {})
    child_id = child.id if child is not None else None
    cursor = s.execute(
        "INSERT INTO event (child_id, at, kind, data) VALUES (?, ?, ?, ?)",
        (child_id, at_ms, kind, _json_text(copy)),
    )
    return Event(_row_id(cursor), child_id, from_epoch_ms(at_ms), kind, copy)


def events(
    s: LiteSession,
    *,
    child: Any | None = None,
    kinds: Iterable[str] | None = None,
    since: datetime | None = None,
    limit: int | None = None,
) -> list[Event]:
    """Events, newest first: of one child (else of everyone), of some kinds, at or after `since`."""
    where: list[str] = []
    parameters: list[Any] = []
    if child is not None:
        where.append("child_id = ?")
        parameters.append(child.id)
    if kinds is not None:
        wanted = list(kinds)
        where.append(f"kind IN ({', '.join('?' * len(wanted))})" if wanted else "0")
        parameters += wanted
    if since is not None:
        where.append("at >= ?")
        parameters.append(to_epoch_ms(since))
    sql = "SELECT id, child_id, at, kind, data FROM event"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY at DESC, id DESC"
    if limit is not None:
        sql += " LIMIT ?"
        parameters.append(limit)
    return [
        Event(i, child_id, from_epoch_ms(at), kind, _stored_json(data))
        for i, child_id, at, kind, data in s.execute(sql, parameters)
    ]


# Grants and requests

_GRANT_COLUMNS = (
    "id, child_id, granted_at, seconds, until, category, reason, request_id, author, seal"
)


def _grant(row: Sequence[Any]) -> TimeGrant:
    """A grant from a row of `_GRANT_COLUMNS`."""
    i, child_id, at, seconds, until, category, reason, request_id, author, seal = row
    until_at = None if until is None else from_epoch_ms(until)
    at = from_epoch_ms(at)
    return TimeGrant(i, child_id, at, seconds, until_at, category, reason, request_id, author, seal)


def _request(row: Sequence[Any]) -> TimeRequest:
    i, child_id, at, seconds, message, status, answered, by = row
    answered_at = None if answered is None else from_epoch_ms(answered)
    return TimeRequest(i, child_id, from_epoch_ms(at), seconds, message, status, answered_at, by)


def add_grant(
    s: LiteSession,
    child: Any,
    *,
    granted_at: datetime,
    seconds: int | None = None,
    until: datetime | None = None,
    category: str | None = None,
    reason: str | None = None,
    author: str,
    request: Any | None = None,
) -> TimeGrant:
    """Give extra time: `seconds` more, or free use `until` an instant (exactly one of them).

    `category` None means the whole PC. Also records a "grant" event.
    """
    granted_ms = to_epoch_ms(granted_at)
    until_ms = None if until is None else to_epoch_ms(until)
    check_grant(granted_ms, seconds, until_ms)
    request_id = request.id if request is not None else None
    cursor = s.execute(
        "INSERT INTO time_grant (child_id, granted_at, seconds, until, category, reason, "
        "request_id, author) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (child.id, granted_ms, seconds, until_ms, category, reason, request_id, author),
    )
    grant = _grant(
        (_row_id(cursor), child.id, granted_ms, seconds, until_ms, category, reason, request_id,
         author, None)
    )  # fmt: skip
    seal_if_possible(s, grant)  # after the insert: the seal covers the grant's id
    if grant.seal is not None:
        s.execute("UPDATE time_grant SET seal = ? WHERE id = ?", (grant.seal, grant.id))
    add_event(
        s,
        "grant",
        at=granted_at,
        child=child,
        data=grant_event_data(grant, until),
    )
    return grant


def grants_since(s: LiteSession, child: Any, since: datetime) -> list[TimeGrant]:
    """Grants given at or after `since`, oldest first."""
    rows = s.execute(
        f"SELECT {_GRANT_COLUMNS} FROM time_grant WHERE child_id = ? AND granted_at >= ? "
        "ORDER BY granted_at, id",
        (child.id, to_epoch_ms(since)),
    )
    return [_grant(row) for row in rows]


def trusted_grants_since(
    s: LiteSession, child: Any, since: datetime
) -> tuple[list[TimeGrant], list[Tampering]]:
    """`grants_since`, less the grants changed or added outside Guardian (and those, apart)."""
    return grants_verdict(s, grants_since(s, child, since))


def add_request(
    s: LiteSession, child: Any, *, seconds: int, message: str | None, now: datetime
) -> TimeRequest:
    """A child asks for `seconds` more; it waits as "pending" until a parent answers.

    Also records a "request" event.
    """
    now_ms = to_epoch_ms(now)
    if seconds <= 0:
        raise ValueError(f"a request for {seconds} seconds: give a positive number")
    cursor = s.execute(
        "INSERT INTO time_request (child_id, created_at, seconds, message, status) "
        "VALUES (?, ?, ?, ?, ?)",
        (child.id, now_ms, seconds, message, PENDING),
    )
    request = TimeRequest(
        _row_id(cursor), child.id, from_epoch_ms(now_ms), seconds, message, PENDING
    )
    add_event(s, "request", at=now, child=child, data={"request": request.id, "seconds": seconds})
    return request


def pending_requests(s: LiteSession, child: Any | None = None) -> list[TimeRequest]:
    """Requests not answered yet, oldest first; of one child or of everyone."""
    sql = (
        "SELECT id, child_id, created_at, seconds, message, status, answered_at, answered_by "
        "FROM time_request WHERE status = ?"
    )
    parameters: list[Any] = [PENDING]
    if child is not None:
        sql += " AND child_id = ?"
        parameters.append(child.id)
    rows = s.execute(sql + " ORDER BY created_at, id", parameters)
    return [_request(row) for row in rows]


# Policies and seals


def trusted_policy(s: LiteSession, child: Any) -> tuple[PolicyVersion | None, list[Tampering]]:
    """The child's newest version that is as Guardian saved it, and what is not (as
    `repositories.trusted_policy`)."""
    head = _setting(s, head_key(child.id))
    return policy_verdict(s, child.id, _versions_as_stored(s, child), head)


def trusted_policy_history(s: LiteSession, child: Any) -> list[PolicyVersion]:
    """Every version that is as Guardian saved it, newest first."""
    return [v for _, v in _versions_as_stored(s, child) if v is not None and trusted(s, v)]


def _versions_as_stored(s: LiteSession, child: Any) -> Iterator[tuple[int, PolicyVersion | None]]:
    """The child's versions, newest first; None for a document that is not JSON."""
    rows = s.execute(
        "SELECT id, version, document, author, comment, created_at, seal FROM policy_version "
        "WHERE child_id = ? ORDER BY version DESC",
        (child.id,),
    )
    for row_id, number, document, author, comment, created_at, seal in rows.fetchall():
        try:
            decoded = json.loads(document)
        except (TypeError, ValueError):
            yield number, None
            continue
        yield (
            number,
            PolicyVersion(
                row_id, child.id, number, decoded, author, comment, from_epoch_ms(created_at), seal
            ),
        )


def any_sealed(s: LiteSession) -> bool:
    """Whether any row carries a seal: once one does, the store has been sealed with a key."""
    return any(
        s.execute(f"SELECT 1 FROM {table} WHERE seal IS NOT NULL LIMIT 1").fetchone()
        for table in ("policy_version", "time_grant", "setting")
    )


def seal_everything(s: LiteSession) -> int:
    """Seal every row that takes a seal, as they are now (as `repositories.seal_everything`)."""
    sealer = sealer_of(s)
    if sealer is None:
        raise ValueError("sealing needs a session with a sealer")
    count = 0
    for child in list_children(s):
        for _, version in _versions_as_stored(s, child):
            if version is None:  # as the ORM's JSON type refuses it: StoreCorrupt
                raise UnreadableJson(f"a policy version of {child.name} is not JSON")
            sealer.seal(version)
            s.execute("UPDATE policy_version SET seal = ? WHERE id = ?", (version.seal, version.id))
            count += 1
    grants = s.execute(f"SELECT {_GRANT_COLUMNS} FROM time_grant").fetchall()
    for row in grants:
        grant = _grant(row)
        sealer.seal(grant)
        s.execute("UPDATE time_grant SET seal = ? WHERE id = ?", (grant.seal, grant.id))
        count += 1
    for (key,) in s.execute("SELECT key FROM setting ORDER BY key").fetchall():
        setting = _setting(s, key) if is_sealed_setting(key) else None
        if setting is not None:
            sealer.seal(setting)
            s.execute("UPDATE setting SET seal = ? WHERE key = ?", (setting.seal, key))
            count += 1
    for child in list_children(s):
        newest = s.execute(
            "SELECT max(version) FROM policy_version WHERE child_id = ?", (child.id,)
        ).fetchone()[0]
        if newest is not None:
            set_setting(s, head_key(child.id), newest)
    return count


# Apps and usage


def _app_id(s: LiteSession, exe_path: str, exe_name: str, display: str | None, now_ms: int) -> int:
    """The app with this executable path, added (first seen `now_ms`) if it is new; a display
    name fills in one that was missing, never replaces one."""
    found = s.execute("SELECT id, display_name FROM app WHERE exe_path = ?", (exe_path,)).fetchone()
    if found is None:
        cursor = s.execute(
            "INSERT INTO app (exe_path, exe_name, display_name, first_seen) VALUES (?, ?, ?, ?)",
            (exe_path, exe_name, display, now_ms),
        )
        return _row_id(cursor)
    app_id, known = found
    if display is not None and known is None:
        s.execute("UPDATE app SET display_name = ? WHERE id = ?", (display, app_id))
    return int(app_id)


def add_spans(s: LiteSession, child: Any, spans: Iterable[SpanRecord]) -> int:
    """Store spans; returns how many rows were written (as `repositories.add_spans`: pieces of
    at most an hour, and the rollups they overlap forgotten)."""
    app_ids: dict[str, int] = {}
    rows: list[tuple[Any, ...]] = []
    written: list[tuple[int, int]] = []
    for span in spans:
        start_ms, end_ms = to_epoch_ms(span.start), to_epoch_ms(span.end)
        if end_ms < start_ms:
            raise ValueError(f"span of {span.exe_name} ends before it starts")
        app_id = app_ids.get(span.exe_path)
        if app_id is None:
            app_id = app_ids[span.exe_path] = _app_id(
                s, span.exe_path, span.exe_name, span.display_name, start_ms
            )
        piece_start = start_ms
        while True:
            piece_end = min(end_ms, piece_start + MAX_SPAN_MS)
            rows.append(
                (child.id, app_id, piece_start, piece_end, span.category, span.counted, span.title)
            )
            if piece_end >= end_ms:
                break
            piece_start = piece_end
        written.append((start_ms, end_ms))
    if rows:
        s.connection.executemany(_INSERT_SPAN, rows)
        _forget_rollups(s, child, written)
    return len(rows)


_INSERT_SPAN = (
    'INSERT INTO usage_span (child_id, app_id, start, "end", category, counted, title) '
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)


def checkpoint_span(s: LiteSession, child: Any, span: SpanRecord, row_id: int | None) -> int:
    """Write a span that is still growing: insert it the first time, then move its end (as
    `repositories.checkpoint_span`). Returns the row's id for the next checkpoint."""
    start_ms, end_ms = to_epoch_ms(span.start), to_epoch_ms(span.end)
    if not 0 <= end_ms - start_ms <= MAX_SPAN_MS:
        raise ValueError(f"a span in progress of {span.exe_name} must last 0 to 1 hour")
    if row_id is not None:
        found = s.execute(
            'SELECT "end" FROM usage_span WHERE id = ? AND child_id = ?', (row_id, child.id)
        ).fetchone()
        if found is not None:
            old_end = int(found[0])
            s.execute('UPDATE usage_span SET "end" = ? WHERE id = ?', (end_ms, row_id))
            _forget_rollups(s, child, [(min(old_end, end_ms), max(old_end, end_ms))])
            return row_id
    app_id = _app_id(s, span.exe_path, span.exe_name, span.display_name, start_ms)
    cursor = s.execute(
        _INSERT_SPAN,
        (child.id, app_id, start_ms, end_ms, span.category, span.counted, span.title),
    )
    _forget_rollups(s, child, [(start_ms, end_ms)])
    return _row_id(cursor)


_SPANS_IN = (
    "WHERE usage_span.child_id = ? AND usage_span.start >= ? "
    'AND usage_span.start < ? AND usage_span."end" > ? AND usage_span.counted IS 1'
)
_OVERLAP = 'max(0, min(usage_span."end", ?) - max(usage_span.start, ?))'


def _spans_in(child: Any, start: datetime, end: datetime) -> tuple[int, int, int, int]:
    start_ms, end_ms = to_epoch_ms(start), to_epoch_ms(end)
    if end_ms < start_ms:
        raise ValueError("an interval must not end before it starts")
    return child.id, start_ms - MAX_SPAN_MS, end_ms, start_ms


def usage_total(s: LiteSession, child: Any, start: datetime, end: datetime) -> int:
    """Counted seconds in [start, end)."""
    where = _spans_in(child, start, end)
    found = s.execute(
        f"SELECT coalesce(sum({_OVERLAP}), 0) FROM usage_span {_SPANS_IN}",
        (where[2], where[3], *where),
    ).fetchone()
    return int(found[0] or 0) // 1000


def usage_by_app(s: LiteSession, child: Any, start: datetime, end: datetime) -> dict[str, int]:
    """Counted seconds in [start, end) by executable name (apps with under a second left out)."""
    where = _spans_in(child, start, end)
    rows = s.execute(
        f"SELECT app.exe_name, sum({_OVERLAP}) FROM usage_span "
        f"JOIN app ON app.id = usage_span.app_id {_SPANS_IN} "
        "GROUP BY app.exe_name ORDER BY app.exe_name",
        (where[2], where[3], *where),
    )
    return whole_seconds(rows)


def usage_by_category(s: LiteSession, child: Any, start: datetime, end: datetime) -> dict[str, int]:
    """Counted seconds in [start, end) by category (as `usage_by_app`)."""
    where = _spans_in(child, start, end)
    rows = s.execute(
        f"SELECT usage_span.category, sum({_OVERLAP}) FROM usage_span {_SPANS_IN} "
        "GROUP BY usage_span.category ORDER BY usage_span.category",
        (where[2], where[3], *where),
    )
    return whole_seconds(rows)


# The counted milliseconds of the spans by interval, app and category, for intervals given as
# one JSON parameter [[index, start ms, end ms], ...] (repositories._SPAN_USAGE, compiled).
_SPAN_USAGE = (
    "WITH intervals AS MATERIALIZED (SELECT json_extract(value, '$[0]') AS i, "
    "json_extract(value, '$[1]') AS lo, json_extract(value, '$[2]') AS hi FROM json_each(?)) "
    "SELECT intervals.i, usage_span.app_id, usage_span.category, "
    'sum(max(0, min(usage_span."end", intervals.hi) - max(usage_span.start, intervals.lo))) '
    "FROM intervals JOIN usage_span ON usage_span.child_id = ? "
    f"AND usage_span.start >= intervals.lo - {MAX_SPAN_MS} AND usage_span.start < intervals.hi "
    'AND usage_span."end" > intervals.lo AND usage_span.counted IS 1 '
    "GROUP BY intervals.i, usage_span.app_id, usage_span.category"
)


def roll_up(
    s: LiteSession, child: Any, intervals: Sequence[tuple[datetime, datetime]], *, now: datetime
) -> int:
    """Keep the usage of those intervals that ended by `now` (as `repositories.roll_up`);
    returns how many were rolled up."""
    now_ms = to_epoch_ms(now)
    wanted: dict[tuple[int, int], None] = {}
    for start, end in intervals:
        lo, hi = to_epoch_ms(start), to_epoch_ms(end)
        if hi < lo:
            raise ValueError("an interval must not end before it starts")
        if hi - lo > MAX_ROLLED_MS:
            raise ValueError(f"an interval of {hi - lo} ms is too long to roll up")
        if lo < hi <= now_ms:
            wanted[lo, hi] = None
    if not wanted:
        return 0
    starts = [lo for lo, _ in wanted]
    bounds_sql = (
        'SELECT id, start, "end" FROM rolled_interval WHERE child_id = ? AND start >= ? '
        "AND start <= ?"
    )
    for _, lo, hi in s.execute(bounds_sql, (child.id, min(starts), max(starts))).fetchall():
        wanted.pop((lo, hi), None)
    todo = list(wanted)
    if not todo:
        return 0
    s.connection.executemany(
        'INSERT INTO rolled_interval (child_id, start, "end") VALUES (?, ?, ?)',
        [(child.id, lo, hi) for lo, hi in todo],
    )
    ids_by_bounds = {
        (lo, hi): row_id
        for row_id, lo, hi in s.execute(bounds_sql, (child.id, min(starts), max(starts)))
    }
    ids = [ids_by_bounds[bounds] for bounds in todo]
    found = s.execute(
        _SPAN_USAGE, (json.dumps([(i, lo, hi) for i, (lo, hi) in enumerate(todo)]), child.id)
    ).fetchall()
    s.connection.executemany(
        "INSERT INTO rolled_usage (interval_id, app_id, category, ms) VALUES (?, ?, ?, ?)",
        [(ids[i], app_id, category, int(ms or 0)) for i, app_id, category, ms in found],
    )
    return len(todo)


def _forget_rollups(s: LiteSession, child: Any, ranges: Iterable[tuple[int, int]]) -> None:
    """Delete the rollups of the intervals that overlap any of these ranges (epoch ms)."""
    merged = merged_ranges(ranges)
    if merged:
        s.connection.executemany(
            "DELETE FROM rolled_interval WHERE child_id = ? AND start > ? AND start < ? "
            'AND "end" > ?',
            [(child.id, lo - MAX_ROLLED_MS, hi, lo) for lo, hi in merged],
        )


def clear_titles(s: LiteSession, *, before: datetime) -> int:
    """Forget the window titles of spans that started before `before`; returns how many."""
    cursor = s.execute(
        "UPDATE usage_span SET title = NULL WHERE start < ? AND title IS NOT NULL",
        (to_epoch_ms(before),),
    )
    return int(cursor.rowcount)


# Helpers


def _row_id(cursor: sqlite3.Cursor) -> int:
    row_id = cursor.lastrowid
    if row_id is None:
        raise RuntimeError("SQLite gave no id for the new row")
    return row_id


def _stored_json(value: Any) -> Any:
    """A JSON column's value as read back: SQLite keeps a number as a number (the column's
    affinity), which SQLAlchemy's JSON type hands back as it is; anything else is JSON text."""
    if isinstance(value, int | float):
        return value
    return read_json(value)


def _json_text(value: Any) -> str:
    return json.dumps(value)  # as SQLAlchemy's JSON type writes it
