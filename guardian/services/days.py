"""The family's local days as instants: what the recorder and the reports count usage in.

No store here (the agent that does everything itself imports no SQLAlchemy, issue 9).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo

# Closed days are rolled up this far back: the dashboard and the reports look back a year at
# most; a little more covers a leap year, and older days are still read, from their spans.
ROLL_UP_DAYS = 400


def day_bounds(day: date, zone: tzinfo) -> tuple[datetime, datetime]:
    following = day + timedelta(days=1)
    return (
        datetime(day.year, day.month, day.day, tzinfo=zone),
        datetime(following.year, following.month, following.day, tzinfo=zone),
    )


def closed_days(
    zone: tzinfo, today: date, *, days_back: int = ROLL_UP_DAYS
) -> tuple[list[tuple[datetime, datetime]], datetime]:
    """The bounds of the `days_back` local days before `today` (in `zone`), and the start of
    today: what `roll_up` is given. Today is never rolled up: it is still being written."""
    first = today - timedelta(days=days_back)
    days = [day_bounds(first + timedelta(days=i), zone) for i in range(days_back)]
    start_of_today, _ = day_bounds(today, zone)
    return days, start_of_today
