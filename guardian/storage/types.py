"""Column types: instants stored as whole milliseconds since the Unix epoch, in UTC."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import BigInteger
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MILLISECOND = timedelta(milliseconds=1)


def to_epoch_ms(value: datetime) -> int:
    """Whole milliseconds since the epoch (rounded down); refuses naive datetimes."""
    if not isinstance(value, datetime):
        raise TypeError(f"expected a datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"naive datetime {value.isoformat()}: give a time zone (UTC is stored)")
    return (value - EPOCH) // _MILLISECOND


def from_epoch_ms(value: int) -> datetime:
    """The aware UTC instant `value` milliseconds after the epoch."""
    return EPOCH + value * _MILLISECOND


class UtcDateTime(TypeDecorator[datetime]):
    """An aware datetime kept as INTEGER epoch milliseconds; read back in UTC.

    Sortable and compact, and free of SQLite's text dates. Naive datetimes raise ValueError:
    a time without a zone is a bug waiting for daylight saving time.
    """

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        return to_epoch_ms(value)

    def process_result_value(self, value: Any | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return from_epoch_ms(int(value))
