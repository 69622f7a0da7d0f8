"""The policy model: what a child may use, when, and for how long.

A policy is a plain value. `policy_file` reads it from TOML (or from the JSON document kept in
the store) and reports every mistake at once; `engine` turns it into decisions.

Most settings can differ by day. A `DayRule` holds entries keyed by `all`, a day type
(`school_day`, `rest_day`), the next day's type (`before_school_day`, `before_rest_day`: is
tonight a school night?), `holiday` (a statutory public holiday) or a weekday (`monday` ...
`sunday`). For a given day the first entry that applies wins:

1. `holiday` on a statutory public holiday;
2. the weekday, unless the day became a working day (a make-up working Saturday, or one the
   parent marked as a school day, is not a `saturday`); a day off keeps its weekday (a Friday in
   the summer vacation, or one the parent marked as a rest day, is still a `friday`);
3. `before_school_day` or `before_rest_day`, by the next day's type;
4. the day type: `school_day` or `rest_day`;
5. `all`;
6. otherwise the setting's default: no limit, or allowed all day.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Generic, TypeVar

from guardian.core.calendar import (
    DayCalendar,
    DayInfo,
    DayKind,
    HolidaysCalendar,
    StatutoryCalendar,
    Vacation,
    WeekendsOnly,
)
from guardian.core.units import Window

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DAY_KEYS = (
    "all", "school_day", "rest_day", "before_school_day", "before_rest_day", "holiday", *WEEKDAYS,
)  # fmt: skip

# `payments` holds top-up, recharge and checkout windows, so a parent can see and limit spending
# moments apart from the games and shops they happen in.
BUILTIN_CATEGORIES = ("study", "games", "video", "social", "payments", "other")
DEFAULT_CATEGORY = "other"

# Warned 15, 5 and 1 minutes before time runs out: long enough to finish a game round or save
# homework, then a last call (the defaults named in DESIGN.md).
DEFAULT_WARNINGS = (15 * 60, 5 * 60, 60)

# What happens when a top-up, recharge or checkout window comes to the front.
PAYMENT_RULES = ("allow", "tell", "close")

T = TypeVar("T")


@dataclass(frozen=True)
class DayRule(Generic[T]):
    """Values keyed by day (see the module's docstring); `None` as a value means no restriction."""

    entries: Mapping[str, T | None] = field(default_factory=dict)

    def resolve(self, day: DayInfo) -> T | None:
        entries = self.entries
        if day.kind is DayKind.STATUTORY_HOLIDAY and "holiday" in entries:
            return entries["holiday"]
        weekday = WEEKDAYS[day.day.weekday()]
        if day.weekday_rules_apply and weekday in entries:
            return entries[weekday]
        if day.tomorrow is not None and f"before_{day.tomorrow.value}" in entries:
            return entries[f"before_{day.tomorrow.value}"]
        if day.day_type.value in entries:
            return entries[day.day_type.value]
        return entries.get("all")

    @property
    def is_set(self) -> bool:
        return bool(self.entries)


Limit = DayRule[int]  # seconds a day; None: unlimited
Hours = DayRule[tuple[Window, ...]]  # allowed windows; None: all day; (): not at all


@dataclass(frozen=True)
class Limits:
    """A daily time budget and allowed hours, for the whole PC, a category or one app."""

    limit: Limit = field(default_factory=DayRule)
    hours: Hours = field(default_factory=DayRule)

    @property
    def restricts(self) -> bool:
        return self.limit.is_set or self.hours.is_set


@dataclass(frozen=True)
class Category:
    name: str
    limits: Limits = field(default_factory=Limits)


@dataclass(frozen=True)
class AppRule:
    """How one application (or a web site, by its window title in a browser) is treated.

    `exe` matches the executable's file name (`steam.exe`) or, when it contains a slash, its full
    path; `title` matches the window title. Both are case-insensitive shell patterns (`*` and
    `?`). A rule with both needs both to match.
    """

    id: str
    exe: str | None = None
    title: str | None = None
    name: str | None = None
    category: str | None = None
    limits: Limits = field(default_factory=Limits)
    blocked: bool = False
    always_allowed: bool = False

    def matches(self, exe_path: str, exe_name: str, title: str) -> bool:
        if self.exe is not None:
            pattern = self.exe.lower()
            subject = exe_path if ("/" in pattern or "\\" in pattern) else exe_name
            if not fnmatch.fnmatchcase(
                subject.lower().replace("\\", "/"), pattern.replace("\\", "/")
            ):
                return False
        return self.title is None or fnmatch.fnmatchcase(title.lower(), self.title.lower())

    @property
    def restricts(self) -> bool:
        return self.blocked or self.always_allowed or self.limits.restricts


@dataclass(frozen=True)
class RestBreak:
    """After `after` seconds of continuous use, a break of `length` seconds; `lock` enforces it."""

    after: int
    length: int
    lock: bool = False


# Without a word in the policy: a reminder after 45 minutes of continuous use (the issue's
# default; the presets follow the 30-minute guideline), a reminder only.
DEFAULT_REST_BREAK = RestBreak(45 * 60, 10 * 60, lock=False)


@dataclass(frozen=True)
class CalendarSettings:
    country: str | None = (
        "CN"  # statutory calendar from the `holidays` package; None: weekends only
    )
    vacations: tuple[Vacation, ...] = ()
    school_days: frozenset[date] = frozenset()  # dates the parent marked
    rest_days: frozenset[date] = frozenset()


@dataclass(frozen=True)
class Policy:
    name: str = ""
    description: str = ""
    sources: tuple[str, ...] = ()
    timezone: str | None = None  # IANA name; None: the family PC's own time zone
    calendar: CalendarSettings = field(default_factory=CalendarSettings)
    total: Limits = field(default_factory=Limits)
    categories: Mapping[str, Category] = field(default_factory=dict)
    apps: tuple[AppRule, ...] = ()
    warnings: tuple[int, ...] = DEFAULT_WARNINGS  # seconds before time runs out, largest first
    rest_break: RestBreak | None = None  # policy files get DEFAULT_REST_BREAK unless they say false
    payments: str = "tell"  # a payments window: "allow", "tell" the parent, or tell and "close" it
    close_after: int = 60  # seconds between "this program is over its limit" and closing it

    @property
    def category_names(self) -> tuple[str, ...]:
        extra = tuple(n for n in self.categories if n not in BUILTIN_CATEGORIES)
        return BUILTIN_CATEGORIES + extra

    def category(self, name: str) -> Category:
        return self.categories.get(name) or Category(name)

    def match_app(self, exe_path: str, exe_name: str, title: str = "") -> AppRule | None:
        """The rule for an app: rules with a title pattern are tried first, then file order."""
        for with_title in (True, False):
            for rule in self.apps:
                if (rule.title is not None) == with_title and rule.matches(
                    exe_path, exe_name, title
                ):
                    return rule
        return None

    def category_of(self, exe_path: str, exe_name: str, title: str = "") -> str:
        rule = self.match_app(exe_path, exe_name, title)
        return rule.category if rule is not None and rule.category else DEFAULT_CATEGORY


_STATUTORY: dict[str | None, StatutoryCalendar] = {}


def day_calendar(settings: CalendarSettings) -> DayCalendar:
    """The family's calendar of day types for these settings (statutory tables are shared)."""
    statutory = _STATUTORY.get(settings.country)
    if statutory is None:
        statutory = HolidaysCalendar(settings.country) if settings.country else WeekendsOnly()
        _STATUTORY[settings.country] = statutory
    return DayCalendar(
        statutory,
        vacations=settings.vacations,
        marked_school_days=settings.school_days,
        marked_rest_days=settings.rest_days,
    )
