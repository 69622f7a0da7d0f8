"""The tables, as typed SQLAlchemy models.

Plain rows: no relationships that load lazily and no ORM hooks; `repositories` does the work.
Every instant is a `UtcDateTime`. Deleting a child deletes everything recorded about it.
The rows that decide a child's time (policy versions, grants, the PIN's throttle) carry a `seal`.
The schema is created by the Alembic migrations in `migrations/versions`, never by
`create_all`; `tests/storage/test_migrations.py` checks that the two agree.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, MetaData, String, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from guardian.storage.types import UtcDateTime

# Named constraints and indexes, so later migrations (batch mode on SQLite) can find them.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# A stored span is at most an hour long (longer ones are stored in pieces), so a query for an
# interval only has to look back one hour before it: an index range scan on a year of history.
MAX_SPAN_MS = 3_600_000

# A rolled-up interval is at most two days long (a local day lasts 23 to 25 hours, a little
# more where a zone moved its offset), so the rollups a span write touches are found by an
# index range that starts two days before the span.
MAX_ROLLED_MS = 2 * 24 * 3_600_000

REQUEST_STATUSES = ("pending", "approved", "denied")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Child(Base):
    __tablename__ = "child"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String, unique=True)
    os_user: Mapped[str | None] = mapped_column(String)
    age: Mapped[int | None]
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)

    def __repr__(self) -> str:
        return f"Child(id={self.id!r}, name={self.name!r})"


class PolicyVersion(Base):
    """One saved policy for a child: a JSON object, numbered 1, 2, 3 ... per child."""

    __tablename__ = "policy_version"
    __table_args__ = (UniqueConstraint("child_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"))
    version: Mapped[int]
    document: Mapped[dict[str, Any]] = mapped_column(JSON)
    author: Mapped[str] = mapped_column(String)
    comment: Mapped[str | None] = mapped_column(String)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    seal: Mapped[str | None] = mapped_column(String)  # see guardian.storage.sealing

    def __repr__(self) -> str:
        return f"PolicyVersion(child_id={self.child_id!r}, version={self.version!r})"


class App(Base):
    """A program seen in the foreground, known by its executable's path."""

    __tablename__ = "app"

    id: Mapped[int] = mapped_column(primary_key=True)
    exe_path: Mapped[str] = mapped_column(String, unique=True)
    exe_name: Mapped[str] = mapped_column(String, index=True)
    display_name: Mapped[str | None] = mapped_column(String)
    first_seen: Mapped[datetime] = mapped_column(UtcDateTime)

    def __repr__(self) -> str:
        return f"App(id={self.id!r}, exe_name={self.exe_name!r})"


class UsageSpan(Base):
    """Time in the foreground: [start, end) with one app, at most `MAX_SPAN_MS` long.

    `counted` is False for always-allowed apps, which do not count toward limits. `title` is
    the window title: private, kept only for a limited time.
    """

    __tablename__ = "usage_span"
    __table_args__ = (
        CheckConstraint(f'"end" >= start AND "end" - start <= {MAX_SPAN_MS}', name="start_end"),
        Index(None, "child_id", "start"),
        Index(None, "child_id", "end"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"))
    app_id: Mapped[int] = mapped_column(ForeignKey("app.id"))
    start: Mapped[datetime] = mapped_column(UtcDateTime)
    end: Mapped[datetime] = mapped_column(UtcDateTime)
    category: Mapped[str] = mapped_column(String)
    counted: Mapped[bool]
    title: Mapped[str | None] = mapped_column(String)

    def __repr__(self) -> str:
        return (
            f"UsageSpan(child_id={self.child_id!r}, app_id={self.app_id!r}, "
            f"start={self.start!r}, end={self.end!r})"
        )


class RolledInterval(Base):
    """An interval whose counted usage is kept in `RolledUsage`, so reports need not read its
    spans again: the family's closed days, rolled up once.

    Keyed by its exact UTC bounds: after the family's time zone changes (or the zone's rules for
    daylight saving time do), its days have other bounds, match no row, and are read from the
    spans. A row without usage rows is a rolled interval with no usage. Writing spans that
    overlap it deletes it, and its usage with it (`repositories.add_spans`, `checkpoint_span`).
    """

    __tablename__ = "rolled_interval"
    __table_args__ = (
        CheckConstraint(f'"end" > start AND "end" - start <= {MAX_ROLLED_MS}', name="start_end"),
        UniqueConstraint("child_id", "start", "end"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"))
    start: Mapped[datetime] = mapped_column(UtcDateTime)
    end: Mapped[datetime] = mapped_column(UtcDateTime)

    def __repr__(self) -> str:
        return f"RolledInterval(child_id={self.child_id!r}, start={self.start!r}, end={self.end!r})"


class RolledUsage(Base):
    """Counted milliseconds of one app and category in a rolled interval (never rounded)."""

    __tablename__ = "rolled_usage"
    # Kept in the order of its key, so an interval's rows are read together, ms included.
    __table_args__ = ({"sqlite_with_rowid": False},)

    interval_id: Mapped[int] = mapped_column(
        ForeignKey("rolled_interval.id", ondelete="CASCADE"), primary_key=True
    )
    app_id: Mapped[int] = mapped_column(ForeignKey("app.id"), primary_key=True)
    category: Mapped[str] = mapped_column(String, primary_key=True)
    ms: Mapped[int]

    def __repr__(self) -> str:
        return (
            f"RolledUsage(interval_id={self.interval_id!r}, app_id={self.app_id!r}, "
            f"category={self.category!r}, ms={self.ms!r})"
        )


class Event(Base):
    """The audit trail: locks, grants, policy changes, PIN failures, clock jumps ..."""

    __tablename__ = "event"
    __table_args__ = (
        Index(None, "child_id", "at"),
        Index(None, "kind", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int | None] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    kind: Mapped[str] = mapped_column(String)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)

    def __repr__(self) -> str:
        return f"Event(id={self.id!r}, kind={self.kind!r}, at={self.at!r})"


class TimeRequest(Base):
    """A child's request for more time, answered by a parent."""

    __tablename__ = "time_request"
    __table_args__ = (
        CheckConstraint(
            "status IN ({})".format(", ".join(f"'{s}'" for s in REQUEST_STATUSES)),
            name="status",
        ),
        CheckConstraint("seconds > 0", name="seconds"),
        Index(None, "child_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    seconds: Mapped[int]
    message: Mapped[str | None] = mapped_column(String)
    status: Mapped[str] = mapped_column(String)
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    answered_by: Mapped[str | None] = mapped_column(String)

    def __repr__(self) -> str:
        return f"TimeRequest(id={self.id!r}, seconds={self.seconds!r}, status={self.status!r})"


class TimeGrant(Base):
    """Extra time: `seconds` more, or free use `until` an instant; for a category or the PC."""

    __tablename__ = "time_grant"
    __table_args__ = (
        CheckConstraint("(seconds IS NULL) <> (until IS NULL)", name="seconds_or_until"),
        CheckConstraint("seconds IS NULL OR seconds > 0", name="seconds"),
        Index(None, "child_id", "granted_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"))
    granted_at: Mapped[datetime] = mapped_column(UtcDateTime)
    seconds: Mapped[int | None]
    until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    category: Mapped[str | None] = mapped_column(String)
    reason: Mapped[str | None] = mapped_column(String)
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("time_request.id", ondelete="SET NULL")
    )
    author: Mapped[str] = mapped_column(String)
    seal: Mapped[str | None] = mapped_column(String)

    def __repr__(self) -> str:
        return (
            f"TimeGrant(id={self.id!r}, seconds={self.seconds!r}, until={self.until!r}, "
            f"category={self.category!r})"
        )


class Setting(Base):
    """A named value (JSON), such as how long window titles are kept."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=False)
    seal: Mapped[str | None] = mapped_column(String)  # only the settings that guard the PIN

    def __repr__(self) -> str:
        return f"Setting(key={self.key!r})"
