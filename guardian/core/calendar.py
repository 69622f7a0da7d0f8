"""Which days are school days and which are rest days.

Order of authority, strongest first: days the parent marked, then public holidays (rest days),
the school's term calendar (vacations are rest days, even over a make-up working day), make-up
working days (school days), and finally the weekend. A holiday inside a vacation stays a
holiday, so rules written for holidays still apply on it.

For a year the statutory calendar has no official schedule for yet, Guardian falls back to
weekends plus the fixed statutory days and marks the day `estimated`, so `doctor` and the
dashboard can say so.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Protocol


class DayType(enum.StrEnum):
    SCHOOL_DAY = "school_day"
    REST_DAY = "rest_day"


class DayKind(enum.StrEnum):
    """Why a day has its type; shown to parents and used to resolve weekday rules."""

    WEEKDAY = "weekday"
    WEEKEND = "weekend"
    STATUTORY_HOLIDAY = "statutory_holiday"
    MAKEUP_WORKDAY = "makeup_workday"
    VACATION = "vacation"
    MARKED_SCHOOL_DAY = "marked_school_day"
    MARKED_REST_DAY = "marked_rest_day"


@dataclass(frozen=True)
class DayInfo:
    day: date
    day_type: DayType
    kind: DayKind
    name: str | None = None  # the holiday's or the vacation's name
    estimated: bool = False  # the statutory calendar had no official schedule for this year
    tomorrow: DayType | None = None  # the next day's type: is tonight a school night?

    @property
    def weekday_rules_apply(self) -> bool:
        """Weekday entries apply unless the day was turned into a working day or is a holiday.

        A day off does not stop them: a Friday in the summer vacation, or one the parent marked as
        a rest day, is still a Friday. A make-up working Saturday, or a Saturday the parent marked
        as a school day, is not a Saturday; a public holiday has its own `holiday` entry.
        """
        return self.kind in (
            DayKind.WEEKDAY, DayKind.WEEKEND, DayKind.VACATION, DayKind.MARKED_REST_DAY
        )  # fmt: skip


@dataclass(frozen=True)
class StatutoryDay:
    holiday_name: str | None  # a public holiday (a rest day), or None
    makeup_workday: bool  # a weekend day that is worked to make up for a holiday
    official: bool  # False when the year's official schedule is not known


class StatutoryCalendar(Protocol):
    def lookup(self, day: date) -> StatutoryDay: ...


class WeekendsOnly:
    """No statutory calendar at all: Saturday and Sunday are rest days, nothing else."""

    def lookup(self, day: date) -> StatutoryDay:
        return StatutoryDay(holiday_name=None, makeup_workday=False, official=True)


@dataclass(frozen=True)
class YearTable:
    """A country's statutory calendar for one year."""

    holidays: dict[date, str]  # public holidays (rest days) and their names
    workdays: frozenset[date]  # weekend days worked to make up for a holiday
    official: bool  # False when the year's official schedule is not known


def holidays_year(country: str, year: int) -> YearTable:
    """A year's table from the `holidays` package, in this process. The package is imported here
    (deferred): it is large, some 13 MB, and only this calendar needs it."""
    import holidays

    table = holidays.country_holidays(country, years=year)
    names = {d: str(n) for d, n in table.items() if d.year == year}
    workdays = frozenset(d for d in getattr(table, "weekend_workdays", ()) if d.year == year)
    # For China the package carries each year's make-up working days once the State Council has
    # published the schedule: a year without them is taken as not yet published.
    return YearTable(names, workdays, official=bool(workdays) or country != "CN")


YearSource = Callable[[str, int], YearTable]
_year_source: YearSource = holidays_year


def use_year_source(source: YearSource) -> None:
    """Where every `HolidaysCalendar` made without a source of its own gets its years from now
    on. The agent and the service use a short-lived process (`guardian.statutory_tables`), so
    that the package does not stay in their memory all day."""
    global _year_source  # noqa: PLW0603  (one switch per process, thrown as it starts)
    _year_source = source


class HolidaysCalendar:
    """The statutory calendar of a country, a year at a time from `source`: by default the
    `holidays` package in this process (see `use_year_source`)."""

    def __init__(self, country: str = "CN", source: YearSource | None = None) -> None:
        self.country = country
        self._source = source
        self._years: dict[int, YearTable] = {}

    def _year(self, year: int) -> YearTable:
        if year not in self._years:
            self._years[year] = (self._source or _year_source)(self.country, year)
        return self._years[year]

    def lookup(self, day: date) -> StatutoryDay:
        table = self._year(day.year)
        return StatutoryDay(
            holiday_name=table.holidays.get(day),
            makeup_workday=day in table.workdays,
            official=table.official,
        )


@dataclass(frozen=True)
class Vacation:
    start: date
    end: date  # inclusive
    name: str = ""

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end


@dataclass
class DayCalendar:
    """Day types for one family: statutory calendar, term vacations and parent-marked days."""

    statutory: StatutoryCalendar
    vacations: tuple[Vacation, ...] = ()
    marked_school_days: frozenset[date] = frozenset()
    marked_rest_days: frozenset[date] = frozenset()
    _cache: dict[date, DayInfo] = field(default_factory=dict, repr=False, compare=False)

    def info(self, day: date) -> DayInfo:
        cached = self._cache.get(day)
        if cached is None:
            tomorrow = self._classify(day + timedelta(days=1)).day_type
            cached = self._cache[day] = replace(self._classify(day), tomorrow=tomorrow)
        return cached

    def day_type(self, day: date) -> DayType:
        return self.info(day).day_type

    def _classify(self, day: date) -> DayInfo:
        unmarked = self._unmarked(day)
        if day in self.marked_school_days and unmarked.day_type is not DayType.SCHOOL_DAY:
            return replace(unmarked, day_type=DayType.SCHOOL_DAY, kind=DayKind.MARKED_SCHOOL_DAY)
        if day in self.marked_rest_days and unmarked.day_type is not DayType.REST_DAY:
            return replace(unmarked, day_type=DayType.REST_DAY, kind=DayKind.MARKED_REST_DAY)
        return unmarked  # a mark that agrees with the calendar changes nothing

    def _unmarked(self, day: date) -> DayInfo:
        statutory = self.statutory.lookup(day)
        estimated = not statutory.official
        if statutory.holiday_name is not None:  # inside a vacation too: it is still a holiday
            return DayInfo(
                day, DayType.REST_DAY, DayKind.STATUTORY_HOLIDAY, statutory.holiday_name, estimated
            )
        for vacation in self.vacations:
            if day in vacation:
                return DayInfo(
                    day, DayType.REST_DAY, DayKind.VACATION, vacation.name or None, estimated
                )
        if statutory.makeup_workday:
            return DayInfo(day, DayType.SCHOOL_DAY, DayKind.MAKEUP_WORKDAY, estimated=estimated)
        if day.weekday() >= 5:
            return DayInfo(day, DayType.REST_DAY, DayKind.WEEKEND, estimated=estimated)
        return DayInfo(day, DayType.SCHOOL_DAY, DayKind.WEEKDAY, estimated=estimated)

    def estimated_years(self, days: Iterable[date]) -> list[int]:
        """The years among `days` for which the statutory schedule is a fallback."""
        return sorted({d.year for d in days if self.info(d).estimated})


def days_between(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]
