"""A week's signals for one child, gathered from the store, and the reading they suggest."""

from __future__ import annotations

from datetime import date, timedelta, tzinfo

from sqlalchemy.orm import Session

from guardian.core.suggestions import LATE_HOUR, Signals, Suggestion, suggest
from guardian.services import days, reports
from guardian.storage import repositories as repo
from guardian.storage.models import Child

# "New" social apps: not used in the four weeks before this one.
NEW_APP_LOOKBACK = timedelta(days=28)
# Use before this hour in the morning counts as the night before.
EARLY_HOUR = 5


def signals(s: Session, child: Child, last_day: date, zone: tzinfo) -> Signals:
    first = last_day - timedelta(days=6)
    week = reports.period(s, child, first, 7, zone)
    before = reports.period(s, child, first - timedelta(days=7), 7, zone)
    late_days = 0
    for day in week:
        start, end = days.day_bounds(day.day, zone)
        hours = repo.usage_by_hour(s, child, start, end, zone)
        if any(
            secs and (h.astimezone(zone).hour >= LATE_HOUR or h.astimezone(zone).hour < EARLY_HOUR)
            for h, secs in hours.items()
        ):
            late_days += 1
    week_start, _ = days.day_bounds(first, zone)
    _, week_end = days.day_bounds(last_day, zone)
    events = [e for e in repo.events(s, child=child, since=week_start) if e.at < week_end]
    games_days = {
        e.at.astimezone(zone).date()
        for e in events
        if e.kind == "limit"
        and isinstance(e.data, dict)
        and e.data.get("scope") == "category:games"
    }
    pin_failures = sum(
        1 for e in repo.events(s, kinds=["pin_failure"], since=week_start) if e.at < week_end
    )
    social_now = {
        r.exe_name
        for r in repo.spans_between(s, child, week_start, week_end)
        if r.category == "social"
    }
    social_before = {
        r.exe_name
        for r in repo.spans_between(s, child, week_start - NEW_APP_LOOKBACK, week_start)
        if r.category == "social"
    }
    return Signals(
        late_night_days=late_days,
        games_over_limit_days=len(games_days),
        week_total=sum(d.total for d in week),
        previous_week_total=sum(d.total for d in before),
        new_social_apps=tuple(sorted(social_now - social_before)),
        requests=sum(1 for e in events if e.kind == "request"),
        pin_failures=pin_failures,
    )


def suggestions(s: Session, child: Child, last_day: date, zone: tzinfo) -> list[Suggestion]:
    return suggest(signals(s, child, last_day, zone))


def reason_text(suggestion: Suggestion) -> str:
    from PySide6.QtCore import QCoreApplication

    texts = {
        "late_nights": QCoreApplication.translate(
            "Suggestions", "Used after 22:00 on %1 days this week."
        ),
        "games_over_limit": QCoreApplication.translate(
            "Suggestions", "Games reached their limit on %1 days this week."
        ),
        "rising_total": QCoreApplication.translate(
            "Suggestions", "%1% more screen time than the week before."
        ),
        "new_social_app": QCoreApplication.translate(
            "Suggestions", "A new chat or social app this week: %1."
        ),
        "requests": QCoreApplication.translate(
            "Suggestions", "%1 requests for more time this week."
        ),
        "pin_failures": QCoreApplication.translate(
            "Suggestions", "%1 wrong parent PIN tries this week."
        ),
    }
    return texts.get(suggestion.reason, suggestion.reason).replace("%1", suggestion.detail)
