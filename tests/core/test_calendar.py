from datetime import date

import pytest

from guardian.core.calendar import (
    DayCalendar,
    DayKind,
    DayType,
    HolidaysCalendar,
    Vacation,
    WeekendsOnly,
)

CN = HolidaysCalendar("CN")


@pytest.mark.parametrize(
    ("day", "day_type", "kind"),
    [
        (date(2026, 10, 1), DayType.REST_DAY, DayKind.STATUTORY_HOLIDAY),  # National Day
        (date(2026, 10, 7), DayType.REST_DAY, DayKind.STATUTORY_HOLIDAY),
        (date(2026, 10, 10), DayType.SCHOOL_DAY, DayKind.MAKEUP_WORKDAY),  # make-up Saturday
        (date(2026, 9, 20), DayType.SCHOOL_DAY, DayKind.MAKEUP_WORKDAY),  # make-up Sunday
        (date(2026, 2, 17), DayType.REST_DAY, DayKind.STATUTORY_HOLIDAY),  # Spring Festival
        (date(2026, 11, 20), DayType.SCHOOL_DAY, DayKind.WEEKDAY),  # an ordinary Friday
        (date(2026, 11, 21), DayType.REST_DAY, DayKind.WEEKEND),
        (date(2026, 11, 22), DayType.REST_DAY, DayKind.WEEKEND),
    ],
)
def test_chinese_statutory_calendar(day: date, day_type: DayType, kind: DayKind) -> None:
    info = DayCalendar(CN).info(day)
    assert (info.day_type, info.kind) == (day_type, kind)
    assert not info.estimated


def test_year_without_official_schedule_falls_back_and_says_so() -> None:
    calendar = DayCalendar(CN)
    saturday = calendar.info(date(2027, 3, 6))
    assert saturday.day_type is DayType.REST_DAY
    assert saturday.estimated
    assert calendar.info(date(2027, 10, 1)).day_type is DayType.REST_DAY  # fixed by law
    assert calendar.estimated_years([date(2026, 5, 1), date(2027, 5, 1)]) == [2027]


def test_vacation_makes_rest_days_and_beats_a_makeup_day() -> None:
    summer = Vacation(date(2026, 7, 11), date(2026, 8, 31), "summer")
    national = Vacation(date(2026, 10, 9), date(2026, 10, 11), "autumn break")
    calendar = DayCalendar(CN, vacations=(summer, national))
    monday = calendar.info(date(2026, 7, 13))
    assert (monday.day_type, monday.kind, monday.name) == (
        DayType.REST_DAY,
        DayKind.VACATION,
        "summer",
    )
    assert calendar.day_type(date(2026, 10, 10)) is DayType.REST_DAY
    assert calendar.day_type(date(2026, 9, 1)) is DayType.SCHOOL_DAY


def test_parent_marks_beat_everything() -> None:
    calendar = DayCalendar(
        CN,
        vacations=(Vacation(date(2026, 7, 11), date(2026, 8, 31)),),
        marked_school_days=frozenset({date(2026, 10, 2), date(2026, 7, 20)}),
        marked_rest_days=frozenset({date(2026, 11, 20)}),
    )
    assert calendar.info(date(2026, 10, 2)).kind is DayKind.MARKED_SCHOOL_DAY
    assert calendar.day_type(date(2026, 7, 20)) is DayType.SCHOOL_DAY
    assert calendar.info(date(2026, 11, 20)).kind is DayKind.MARKED_REST_DAY


def test_weekends_only_knows_no_holidays() -> None:
    calendar = DayCalendar(WeekendsOnly())
    assert calendar.day_type(date(2026, 10, 1)) is DayType.SCHOOL_DAY
    assert calendar.day_type(date(2026, 10, 10)) is DayType.REST_DAY


@pytest.mark.parametrize(
    ("day", "applies"),
    [
        (date(2026, 11, 20), True),  # ordinary Friday
        (date(2026, 10, 10), False),  # make-up Saturday
        (date(2026, 10, 2), False),  # holiday Friday
    ],
)
def test_weekday_rules_apply_only_on_unmoved_days(day: date, applies: bool) -> None:
    assert DayCalendar(CN).info(day).weekday_rules_apply is applies
