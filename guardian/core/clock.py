"""The clock every piece of Guardian reads time from, and a fake one for tests."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Wall-clock time (aware, UTC) for calendars, monotonic seconds for measuring elapsed time."""

    def now(self) -> datetime: ...

    def monotonic(self) -> float: ...


def _boot_time() -> float:
    return time.clock_gettime(time.CLOCK_BOOTTIME)


# Linux's CLOCK_MONOTONIC stops while the PC sleeps, so a suspend would look like the wall clock
# jumping; CLOCK_BOOTTIME keeps counting and shows it as the gap it is. Elsewhere the monotonic
# clock already counts sleep (Windows) or this is the best there is.
_MONOTONIC = _boot_time if hasattr(time, "CLOCK_BOOTTIME") else time.monotonic


class SystemClock:
    """The real clock. The only place in `guardian.core` that reads the system's time."""

    def now(self) -> datetime: return datetime.now(UTC)  # fmt: skip

    def monotonic(self) -> float: return _MONOTONIC()  # fmt: skip


class FakeClock:
    """A clock that moves only when told to.

    `advance` moves both clocks together, like time passing. `jump` moves only the wall clock, the
    way a child changing the system time would; the monotonic clock does not notice.
    """

    def __init__(self, start: datetime, monotonic_start: float = 1000.0) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._now = start.astimezone(UTC)
        self._monotonic = monotonic_start

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._monotonic

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("time does not run backwards; use jump() for a wall-clock change")
        self._now += timedelta(seconds=seconds)
        self._monotonic += seconds

    def jump(self, seconds: float) -> None:
        self._now += timedelta(seconds=seconds)
