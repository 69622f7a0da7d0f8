"""Suggested reading from what Guardian has observed, never from anything it does not record.

`suggest(signals)` is pure: from a week's figures it picks the articles a parent may want now,
each with the reason, so the dashboard and the weekly report can say why ("three nights after
22:00 this week" -> the sleep article).
"""

from __future__ import annotations

from dataclasses import dataclass

# Use after this hour counts as late at night (the MOE bedtimes are 21:20 to 23:00 by age).
LATE_HOUR = 22
# How many late nights, over-limit game days or requests in a week make a pattern worth a word.
PATTERN_DAYS = 3
# A week at least this much longer than the week before is "rising" (a fifth more).
RISING_FACTOR = 1.2


@dataclass(frozen=True)
class Signals:
    """A week of figures for one child (seconds, counts)."""

    late_night_days: int = 0  # days with use after LATE_HOUR
    games_over_limit_days: int = 0  # days the games category reached its limit
    week_total: int = 0
    previous_week_total: int = 0
    new_social_apps: tuple[str, ...] = ()  # social programs first seen this week
    requests: int = 0  # requests for more time this week
    pin_failures: int = 0


@dataclass(frozen=True)
class Suggestion:
    # a code: late_nights, games_over_limit, rising_total, new_social_app, requests, pin_failures
    reason: str
    articles: tuple[str, ...]  # article ids, most relevant first
    detail: str = ""  # the figure behind it, for the message


def suggest(signals: Signals) -> list[Suggestion]:
    found: list[Suggestion] = []
    if signals.late_night_days >= PATTERN_DAYS:
        found.append(
            Suggestion(
                "late_nights",
                ("daily-rhythm-study-rest-play", "sleep-and-screens-for-kids"),
                str(signals.late_night_days),
            )
        )
    if signals.games_over_limit_days >= PATTERN_DAYS:
        found.append(
            Suggestion(
                "games_over_limit",
                (
                    "online-games-rules-for-parents",
                    "family-media-agreement",
                    "internet-addiction-signs",
                ),
                str(signals.games_over_limit_days),
            )
        )
    if (
        signals.previous_week_total
        and signals.week_total >= signals.previous_week_total * RISING_FACTOR
    ):
        rise = round(
            100 * (signals.week_total - signals.previous_week_total) / signals.previous_week_total
        )
        found.append(
            Suggestion(
                "rising_total", ("internet-addiction-signs", "family-media-agreement"), str(rise)
            )
        )
    if signals.new_social_apps:
        found.append(
            Suggestion(
                "new_social_app",
                (
                    "social-apps-and-fan-circles",
                    "personal-information-and-privacy",
                    "online-fraud-aimed-at-children",
                ),
                ", ".join(signals.new_social_apps),
            )
        )
    if signals.requests >= PATTERN_DAYS:
        found.append(
            Suggestion(
                "requests",
                ("talking-with-teenagers-about-limits", "family-media-agreement"),
                str(signals.requests),
            )
        )
    if signals.pin_failures:
        found.append(
            Suggestion(
                "pin_failures",
                ("talking-with-teenagers-about-limits", "what-guardian-records"),
                str(signals.pin_failures),
            )
        )
    return found
