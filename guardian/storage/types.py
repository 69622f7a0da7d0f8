"""Column types: instants stored as whole milliseconds since the Unix epoch, in UTC."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from guardian.storage.instants import EPOCH, from_epoch_ms, to_epoch_ms

__all__ = ["EPOCH", "UtcDateTime", "from_epoch_ms", "to_epoch_ms"]


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
