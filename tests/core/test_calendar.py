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


def test_a_holiday_inside_a_vacation_stays_a_holiday() -> None:
    winter = Vacation(date(2026, 1, 24), date(2026, 2, 28), "winter")
    calendar = DayCalendar(CN, vacations=(winter,))
    spring_festival = calendar.info(date(2026, 2, 17))
    assert (spring_festival.kind, spring_festival.day_type) == (
        DayKind.STATUTORY_HOLIDAY,
        DayType.REST_DAY,
    )
    assert (
        calendar.info(date(2026, 2, 14)).kind is DayKind.VACATION
    )  # a make-up Saturday, in vacation


def test_a_mark_that_agrees_with_the_calendar_changes_nothing() -> None:
    calendar = DayCalendar(
        CN,
        marked_rest_days=frozenset({date(2026, 11, 21)}),
        marked_school_days=frozenset({date(2026, 11, 23)}),
    )
    assert calendar.info(date(2026, 11, 21)).kind is DayKind.WEEKEND
    assert calendar.info(date(2026, 11, 23)).kind is DayKind.WEEKDAY


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
        (date(2026, 7, 17), True),  # a Friday in the summer vacation
    ],
)
def test_weekday_rules_apply_only_on_unmoved_days(day: date, applies: bool) -> None:
    summer = Vacation(date(2026, 7, 11), date(2026, 8, 31))
    assert DayCalendar(CN, vacations=(summer,)).info(day).weekday_rules_apply is applies


def test_marked_rest_days_keep_weekday_rules_marked_school_days_do_not() -> None:
    calendar = DayCalendar(
        CN,
        marked_rest_days=frozenset({date(2026, 11, 20)}),  # a Friday off school
        marked_school_days=frozenset({date(2026, 11, 28)}),  # a Saturday with school
    )
    assert calendar.info(date(2026, 11, 20)).weekday_rules_apply
    assert not calendar.info(date(2026, 11, 28)).weekday_rules_apply


@pytest.mark.parametrize(
    ("day", "tomorrow"),
    [
        (date(2026, 11, 22), DayType.SCHOOL_DAY),  # Sunday: school on Monday
        (date(2026, 11, 20), DayType.REST_DAY),  # Friday
        (date(2026, 10, 4), DayType.REST_DAY),  # a Sunday inside the National Day break
        (date(2026, 10, 7), DayType.SCHOOL_DAY),  # the break's last day
        (date(2026, 10, 9), DayType.SCHOOL_DAY),  # Friday before a make-up Saturday
    ],
)
def test_each_day_knows_the_next_days_type(day: date, tomorrow: DayType) -> None:
    assert DayCalendar(CN).info(day).tomorrow is tomorrow
