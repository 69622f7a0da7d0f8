"""What the parent's dashboard and the weekly report show, computed from the store.

Plain functions over a session: a day's totals, a period day by day, the hour-by-weekday
heatmap, the top programs with their change against the period before, and the timeline of a
day. Days are the family's local days; the closed ones are rolled up (`roll_up_closed_days`), so
a month is read from a few rows a day instead of every span.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from sqlalchemy.orm import Session

from guardian.core.engine import Decision, Grant, Usage, decide
from guardian.core.policy import Policy, day_calendar
from guardian.services.days import ROLL_UP_DAYS, closed_days, day_bounds
from guardian.storage import repositories as repo
from guardian.storage.models import Child


@dataclass(frozen=True)
class DayUsage:
    day: date
    total: int
    categories: dict[str, int]
    apps: dict[str, int]


@dataclass(frozen=True)
class AppRow:
    exe_name: str
    category: str
    seconds: int
    previous_seconds: int  # the same length of time just before
    exe_path: str = ""  # for the program's icon, where the system has one

    @property
    def change(self) -> int:
        return self.seconds - self.previous_seconds


def day_usage(s: Session, child: Child, day: date, zone: tzinfo) -> DayUsage:
    start, end = day_bounds(day, zone)
    return DayUsage(
        day,
        repo.usage_total(s, child, start, end),
        repo.usage_by_category(s, child, start, end),
        repo.usage_by_app(s, child, start, end),
    )


def period(s: Session, child: Child, first: date, days: int, zone: tzinfo) -> list[DayUsage]:
    """Usage day by day from `first`, `days` days (one query for them all)."""
    dates = [first + timedelta(days=i) for i in range(days)]
    found = repo.usage_by_interval(s, child, [day_bounds(day, zone) for day in dates])
    return [
        DayUsage(day, usage.total, usage.categories, usage.apps)
        for day, usage in zip(dates, found, strict=True)
    ]


def roll_up_closed_days(
    s: Session, child: Child, zone: tzinfo, today: date, *, days_back: int = ROLL_UP_DAYS
) -> int:
    """Roll up the local days before `today` (in `zone`), `days_back` of them, that have no
    rollup yet; returns how many were rolled up (0 when all were: one indexed read, no write).

    For the recorder, at start and when the day changes. Today is never rolled up: it is still
    being written. A day written to later (a crash file replayed, a wall clock moved back)
    loses its rollup and is rolled up again at the next call; a change of zone gives days other
    bounds, which are rolled up afresh.
    """
    days, start_of_today = closed_days(zone, today, days_back=days_back)
    return repo.roll_up(s, child, days, now=start_of_today)


def heatmap(s: Session, child: Child, first: date, days: int, zone: tzinfo) -> list[list[int]]:
    """Seconds used per weekday (Monday first) and local hour over the period: 7 rows of 24."""
    grid = [[0] * 24 for _ in range(7)]
    start, _ = day_bounds(first, zone)
    _, end = day_bounds(first + timedelta(days=days - 1), zone)
    for hour, seconds in repo.usage_by_hour(s, child, start, end, zone).items():
        local = hour.astimezone(zone)
        grid[local.weekday()][local.hour] += seconds
    return grid


def top_apps(
    s: Session, child: Child, first: date, days: int, zone: tzinfo, limit: int = 10
) -> list[AppRow]:
    """The programs used most over the period, each with its category (a browser can count as
    video on one site and study on another), against the same length of time before it."""
    start, _ = day_bounds(first, zone)
    _, end = day_bounds(first + timedelta(days=days - 1), zone)
    before_start = start - (end - start)

    paths: dict[str, str] = {}

    def totals(a: datetime, b: datetime) -> dict[tuple[str, str], int]:
        found: dict[tuple[str, str], int] = {}
        for row in repo.spans_between(s, child, a, b):
            key = (row.exe_name, row.category)
            found[key] = found.get(key, 0) + int((row.end - row.start).total_seconds())
            paths.setdefault(row.exe_name, row.exe_path)
        return found

    now, before = totals(start, end), totals(before_start, start)
    ranked = sorted(now.items(), key=lambda item: (-item[1], item[0]))[:limit]
    return [
        AppRow(name, category, secs, before.get((name, category), 0), paths.get(name, ""))
        for (name, category), secs in ranked
    ]


def decision_now(s: Session, child: Child, policy: Policy, now: datetime, zone: tzinfo) -> Decision:
    """The engine's decision for a child at `now`, from the store: today's usage and the grants of
    today and yesterday (a grant given late yesterday may still run)."""
    today = now.astimezone(zone).date()
    used = day_usage(s, child, today, zone)
    start, _ = day_bounds(today, zone)
    grants = [
        Grant(g.granted_at, seconds=g.seconds, until=g.until, category=g.category)
        for g in repo.grants_since(s, child, start - timedelta(days=1))
    ]
    usage = Usage(used.total, used.categories, used.apps)
    return decide(policy, usage, grants, day_calendar(policy.calendar), now, zone)


def timeline(s: Session, child: Child, day: date, zone: tzinfo) -> list[repo.SpanRow]:
    start, end = day_bounds(day, zone)
    return repo.spans_between(s, child, start, end)
