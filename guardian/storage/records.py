"""What the agent and the service read and write while they run, whichever store they use.

Two implementations keep the same records in the same file: `guardian.storage.repositories`
(SQLAlchemy's ORM, for the dashboard, the command line and the service) and
`guardian.storage.lite_records` (the `sqlite3` module, for the agent that does everything
itself: SQLAlchemy would be some 30 MB of a family PC's memory all day, issue 9). Both take a
session first (the one their store gives) and give rows with the same fields; the contract tests
(tests/storage/test_records_contract.py) run the same checks against both.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from guardian.storage.sealing import head_key, sealer_of, trusted

# A session, a child or a row: the ORM's, or lite_records' dataclasses with the same fields.
Session = Any
Row = Any


@dataclass(frozen=True)
class SpanRecord:
    """Foreground time with one app, as the tracker hands it over for storing."""

    exe_path: str
    exe_name: str
    start: datetime
    end: datetime
    category: str
    counted: bool = True
    title: str | None = None
    display_name: str | None = None


@dataclass(frozen=True)
class Tampering:
    """A sealed row that is not as Guardian left it: `what` is "changed" or "removed"."""

    table: str
    row: str  # which row, for the parent: a version number, a grant id, a setting's key
    what: str


class Records(Protocol):
    """The functions of a store's records that the agent and the service use while they run."""

    def list_children(self, s: Session) -> list[Row]: ...

    def get_setting(self, s: Session, key: str, default: Any = None) -> Any: ...

    def set_setting(self, s: Session, key: str, value: Any) -> None: ...

    def setting_text(self, s: Session, key: str) -> str | None: ...

    def replace_setting(self, s: Session, key: str, value: Any) -> None: ...

    def trusted_setting(self, s: Session, key: str, default: Any = None) -> tuple[Any, bool]: ...

    def add_event(
        self,
        s: Session,
        kind: str,
        *,
        at: datetime,
        child: Row | None = None,
        data: Mapping[str, Any] | None = None,
    ) -> Row: ...

    def events(
        self,
        s: Session,
        *,
        child: Row | None = None,
        kinds: Iterable[str] | None = None,
        since: datetime | None = None,
        limit: int | None = None,
    ) -> list[Row]: ...

    def add_grant(
        self,
        s: Session,
        child: Row,
        *,
        granted_at: datetime,
        seconds: int | None = None,
        until: datetime | None = None,
        category: str | None = None,
        reason: str | None = None,
        author: str,
        request: Row | None = None,
    ) -> Row: ...

    def trusted_grants_since(
        self, s: Session, child: Row, since: datetime
    ) -> tuple[list[Row], list[Tampering]]: ...

    def add_request(
        self, s: Session, child: Row, *, seconds: int, message: str | None, now: datetime
    ) -> Row: ...

    def pending_requests(self, s: Session, child: Row | None = None) -> list[Row]: ...

    def trusted_policy(self, s: Session, child: Row) -> tuple[Row | None, list[Tampering]]: ...

    def trusted_policy_history(self, s: Session, child: Row) -> list[Row]: ...

    def any_sealed(self, s: Session) -> bool: ...

    def seal_everything(self, s: Session) -> int: ...

    def add_spans(self, s: Session, child: Row, spans: Iterable[SpanRecord]) -> int: ...

    def checkpoint_span(
        self, s: Session, child: Row, span: SpanRecord, row_id: int | None
    ) -> int: ...

    def usage_total(self, s: Session, child: Row, start: datetime, end: datetime) -> int: ...

    def usage_by_app(
        self, s: Session, child: Row, start: datetime, end: datetime
    ) -> dict[str, int]: ...

    def usage_by_category(
        self, s: Session, child: Row, start: datetime, end: datetime
    ) -> dict[str, int]: ...

    def roll_up(
        self,
        s: Session,
        child: Row,
        intervals: Sequence[tuple[datetime, datetime]],
        *,
        now: datetime,
    ) -> int: ...

    def clear_titles(self, s: Session, *, before: datetime) -> int: ...


# What both implementations decide the same way, written once. Each takes the rows as its
# implementation read them.


def policy_verdict(
    s: Session, child_id: int, versions: Iterable[tuple[int, Row | None]], head: Row | None
) -> tuple[Row | None, list[Tampering]]:
    """`trusted_policy` from the child's versions, newest first (None for a document that is
    not JSON), and the setting `head_key(child_id)`: the newest version that is as Guardian
    saved it, and what is not: newer versions changed or added outside Guardian, and newest
    versions removed (the sealed head remembers the newest number). Reads `versions` only as far
    as the first trusted one."""
    found = []
    newest = None
    for number, version in versions:
        if version is not None and trusted(s, version):
            newest = version
            break
        found.append(Tampering("policy_version", str(number), "changed"))
    top = int(found[0].row) if found else (newest.version if newest else 0)
    if head is not None and not trusted(s, head):
        found.append(Tampering("setting", head.key, "changed"))
    elif head is not None and isinstance(head.value, int) and head.value > top:
        found.append(Tampering("policy_version", str(head.value), "removed"))
    elif head is None and top and sealer_of(s) is not None:
        found.append(Tampering("setting", head_key(child_id), "removed"))
    return newest, found


def grants_verdict(s: Session, grants: Iterable[Row]) -> tuple[list[Row], list[Tampering]]:
    """The grants that are as Guardian wrote them, and the others as tampering."""
    kept, found = [], []
    for grant in grants:
        if trusted(s, grant):
            kept.append(grant)
        else:
            found.append(Tampering("time_grant", str(grant.id), "changed"))
    return kept, found


def check_grant(granted_ms: int, seconds: int | None, until_ms: int | None) -> None:
    """ValueError unless a grant is `seconds` more or free use until `until_ms`: exactly one,
    positive, and ending after it is given."""
    if (seconds is None) == (until_ms is None):
        raise ValueError("a grant needs exactly one of seconds or until")
    if seconds is not None and seconds <= 0:
        raise ValueError(f"a grant of {seconds} seconds: give a positive number")
    if until_ms is not None and until_ms <= granted_ms:
        raise ValueError("a grant until a time must end after it is given")


def grant_event_data(grant: Row, until: datetime | None) -> dict[str, Any]:
    """The data of the "grant" event that goes with `grant`."""
    return {
        "grant_id": grant.id,
        "seconds": grant.seconds,
        "until": until.astimezone(UTC).isoformat() if until is not None else None,
        "category": grant.category,
        "reason": grant.reason,
        "author": grant.author,
        "request_id": grant.request_id,
    }


def merged_ranges(ranges: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Ranges (epoch ms) that touch or overlap, as one; empty ones left out."""
    merged: list[list[int]] = []
    for lo, hi in sorted(ranges):
        if lo >= hi:
            continue
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    return merged


def whole_seconds(rows: Iterable[tuple[str, int | None]]) -> dict[str, int]:
    """Milliseconds by key as whole seconds, each rounded down; keys under a second left out."""
    result: dict[str, int] = {}
    for key, ms in rows:
        seconds = int(ms or 0) // 1000
        if seconds > 0:
            result[key] = seconds
    return result


def json_copy(value: Any) -> Any:
    """A deep copy through JSON: fails now, not at commit, if `value` is not JSON."""
    return json.loads(json.dumps(value, allow_nan=False))
