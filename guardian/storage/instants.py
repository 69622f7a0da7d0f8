"""Instants as stored: whole milliseconds since the Unix epoch, in UTC (no SQLAlchemy here, so
that the agent's own store, `guardian.storage.lite`, can use them too)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

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
