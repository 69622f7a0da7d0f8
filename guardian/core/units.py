"""Durations (`1h30m`, `45m`), times of day (`HH:MM`) and allowed-hours windows (`HH:MM-HH:MM`).

Parsers raise `ValueError` with a message a parent can act on; the policy reader adds the key
path and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guardian.core.text import InvalidValue, translate

MINUTES_PER_DAY = 24 * 60

# Allowed-hours windows move in 5-minute steps: finer steps only make schedules hard to read, and
# the 7 x 24 grid of the limits editor works in 15-minute cells, which 5 divides.
WINDOW_STEP_MINUTES = 5

_DURATION = re.compile(r"^(?:(?P<h>\d+)h)?(?:(?P<m>\d+)m)?(?:(?P<s>\d+)s)?$")
_TIME = re.compile(r"^(?P<h>\d{1,2}):(?P<m>\d{2})$")

UNLIMITED = "unlimited"


def parse_duration(text: str) -> int:
    """Seconds in a duration such as `1h30m`, `45m`, `2h`, `90s` or `0`."""
    cleaned = text.strip().lower().replace(" ", "")
    if cleaned == "0":
        return 0
    match = _DURATION.match(cleaned)
    if not cleaned or match is None or not any(match.groupdict().values()):
        raise InvalidValue(
            translate("Units", "'{text}' is not a duration; write it like 1h30m, 45m or 2h").fill(
                text=text
            )
        )
    hours, minutes, seconds = (int(match.group(k) or 0) for k in ("h", "m", "s"))
    return hours * 3600 + minutes * 60 + seconds


def format_duration(seconds: int) -> str:
    """The inverse of `parse_duration`: 5400 -> `1h30m`, 0 -> `0m`."""
    if seconds == 0:
        return "0m"
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [
        f"{hours}h" if hours else "",
        f"{minutes}m" if minutes else "",
        f"{secs}s" if secs else "",
    ]
    return "".join(parts)


def parse_time_of_day(text: str, *, allow_24: bool = False) -> int:
    """Minutes after midnight for `HH:MM`; `24:00` only where `allow_24` (the end of a window)."""
    match = _TIME.match(text.strip())
    if match is None:
        raise InvalidValue(
            translate(
                "Units", "'{text}' is not a time of day; write it as HH:MM, like 07:30 or 21:00"
            ).fill(text=text)
        )
    hours, minutes = int(match.group("h")), int(match.group("m"))
    if allow_24 and hours == 24 and minutes == 0:
        return MINUTES_PER_DAY
    if hours > 23 or minutes > 59:
        raise InvalidValue(
            translate(
                "Units", "'{text}' is not a time of day; hours go from 00 to 23, minutes to 59"
            ).fill(text=text)
        )
    return hours * 60 + minutes


def format_time_of_day(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


@dataclass(frozen=True, order=True)
class Window:
    """Allowed hours on one day, in minutes after midnight.

    `end` is in 1..1440. When `end <= start` the window crosses midnight and ends on the next
    day: `22:00-01:00` allows 22:00 to 01:00 the following morning.
    """

    start: int
    end: int

    @property
    def crosses_midnight(self) -> bool:
        return self.end <= self.start

    def __str__(self) -> str:
        return f"{format_time_of_day(self.start)}-{format_time_of_day(self.end)}"


def parse_window(text: str) -> Window:
    """A window such as `06:00-21:30`, `20:00-21:00`, `22:00-01:00` (crossing midnight)."""
    parts = text.split("-")
    if len(parts) != 2:
        raise InvalidValue(
            translate(
                "Units", "'{text}' is not a time window; write it as HH:MM-HH:MM, like 18:00-20:30"
            ).fill(text=text)
        )
    start = parse_time_of_day(parts[0])
    end = parse_time_of_day(parts[1], allow_24=True)
    for value in (start, end):
        if value % WINDOW_STEP_MINUTES:
            raise InvalidValue(
                translate(
                    "Units", "'{text}': windows move in {step}-minute steps ({time} is not on one)"
                ).fill(text=text, step=WINDOW_STEP_MINUTES, time=format_time_of_day(value))
            )
    if start == end % MINUTES_PER_DAY and end != MINUTES_PER_DAY:
        raise InvalidValue(
            translate(
                "Units",
                "'{text}' starts and ends at the same time; for the whole day write 00:00-24:00",
            ).fill(text=text)
        )
    return Window(start, end)
