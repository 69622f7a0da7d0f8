"""What the agent and the service read and write while they run, whichever store they use.

Two implementations keep the same records in the same file: `guardian.storage.repositories`
(SQLAlchemy's ORM, for the dashboard, the command line and the service) and
`guardian.storage.lite_records` (the `sqlite3` module, for the agent that does everything
itself: SQLAlchemy would be some 30 MB of a family PC's memory all day, issue 9). Both take a
session first (the one their store gives) and give rows with the same fields; the contract tests
(tests/storage/test_records_contract.py) run the same checks against both.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

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
