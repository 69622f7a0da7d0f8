"""Policy files: every kind of mistake is reported, all at once, with key path, line and reason."""

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from guardian.core.calendar import DayCalendar, DayKind, DayType, WeekendsOnly
from guardian.core.policy import DEFAULT_REST_BREAK, DayRule, Policy
from guardian.core.policy_file import (
    LineIndex,
    PolicyError,
    load_policy_file,
    parse_policy_text,
    policy_to_document,
    read_policy,
)
from guardian.core.units import Window

GOOD = """\
format = 1
name = "Test family"
timezone = "Asia/Shanghai"

[calendar]
country = "CN"
school_days = [2026-10-02]
rest_days = ["2026-11-20"]

[[calendar.vacations]]
name = "winter"
start = 2027-01-23
end = 2027-02-21

[total]
limit = { school_day = "1h", rest_day = "2h30m", friday = "1h30m" }
hours = ["06:00-21:30"]

[categories.games]
limit = "30m"
hours = { all = [], saturday = ["20:00-21:00"], holiday = ["20:00-21:00"] }

[categories.reading]
limit = "unlimited"

[[apps]]
exe = "steam.exe"
category = "games"

[[apps]]
id = "bilibili"
title = "*bilibili*"
category = "video"
limit = "20m"

[[apps]]
exe = "C:/Program Files/Homework/*.exe"
always_allowed = true

[[apps]]
exe = "roblox*.exe"
blocked = true
"""


def good_text() -> str:
    return GOOD


def test_a_good_policy_reads_completely() -> None:
    policy = parse_policy_text(
        'warnings = ["10m", "2m"]\n'
        + good_text()
        + '[rest_break]\nafter = "40m"\nlength = "10m"\nlock = true\n'
    )
    assert policy.name == "Test family"
    assert policy.timezone == "Asia/Shanghai"
    assert policy.total.limit.entries == {"school_day": 3600, "rest_day": 9000, "friday": 5400}
    assert policy.total.hours.entries == {"all": (Window(360, 1290),)}
    assert policy.categories["games"].limits.hours.entries["all"] == ()
    assert policy.categories["reading"].limits.limit.entries == {"all": None}
    assert "reading" in policy.category_names
    assert policy.calendar.school_days == {date(2026, 10, 2)}
    assert policy.calendar.rest_days == {date(2026, 11, 20)}
    assert policy.calendar.vacations[0].name == "winter"
    assert [r.id for r in policy.apps] == [
        "steam.exe", "bilibili", "c:/program files/homework/*.exe", "roblox*.exe",
    ]  # fmt: skip
    assert policy.warnings == (600, 120)
    assert policy.rest_break is not None
    assert (policy.rest_break.after, policy.rest_break.lock) == (2400, True)


def test_defaults_of_an_empty_policy() -> None:
    policy = parse_policy_text("")
    assert policy == Policy(
        rest_break=DEFAULT_REST_BREAK
    )  # a 45-minute reminder unless switched off
    assert parse_policy_text("rest_break = false").rest_break is None
    assert policy.warnings == (900, 300, 60)
    assert policy.calendar.country == "CN"


BAD = [
    # (snippet, key path, line, fragment of the reason)
    ('nmae = "x"', "nmae", 1, "did you mean 'name'"),
    ("format = 2", "format", 1, "format 1"),
    ("format = true", "format", 1, "format 1"),  # True == 1 in Python: still not a format
    ('close_after = "20m"', "close_after", 1, "between 0s and 10m"),
    ('[total]\nlimit = "25h"', "total.limit", 2, "a day has 24 hours"),
    ('payments = "maybe"', "payments", 1, "not a choice"),
    ('timezone = "Mars/Olympus"', "timezone", 1, "not a time zone"),
    ('timezone = 8', "timezone", 1, "text in quotes"),
    ('[total]\nlimit = "1h70x"', "total.limit", 2, "not a duration"),
    ("[total]\nlimit = 60", "total.limit", 2, "like '60m', not the number 60"),
    ("[total]\nlimit = true", "total.limit", 2, "duration in quotes"),
    ('[total]\nlimit = { schoolday = "1h" }', "total.limit.schoolday", 2, "did you mean 'school_day'"),
    ('[total]\nlimt = "1h"', "total.limt", 2, "did you mean 'limit'"),
    ('[total]\nhours = "06:00-21:00"', "total.hours", 2, "list of windows"),
    ('[total]\nhours = ["06:00-21:03"]', "total.hours[0]", 2, "5-minute steps"),
    ('[total]\nhours = ["6pm-9pm"]', "total.hours[0]", 2, "not a time of day"),
    ('[total]\nhours = ["21:00-21:00"]', "total.hours[0]", 2, "same time"),
    ('[total]\nhours = [2100]', "total.hours[0]", 2, "text in quotes"),
    ('[total]\nhours = { funday = [] }', "total.hours.funday", 2, "unknown key"),
    ("total = 5", "total", 1, "table of settings"),
    ('[categories.games]\nlimit = "1h"\ncolour = "red"', "categories.games.colour", 3, "unknown key"),
    ('[categories.Games]\nlimit = "1h"', "categories.Games", 1, "did you mean 'games'"),
    ('[[apps]]\ncategory = "games"', "apps[0]", 1, "needs 'exe'"),
    ('[[apps]]\nexe = "a.exe"\ncategory = "gamez"', "apps[0].category", 3, "unknown category"),
    ('[[apps]]\nexe = "a.exe"\nblocked = true\nalways_allowed = true', "apps[0]", 1, "both"),
    ('[[apps]]\nexe = "a.exe"\nblocked = true\nlimit = "1h"', "apps[0]", 1, "takes no 'limit'"),
    ('[[apps]]\nexe = "a.exe"\nblocked = "yes"', "apps[0].blocked", 3, "true or false"),
    ('[[apps]]\nexe = "a.exe"\n[[apps]]\nexe = "A.EXE"', "apps[1]", 3, "appears twice"),
    ('[[apps]]\nexe = "a.exe"\nfoo = 1', "apps[0].foo", 3, "unknown key"),
    ('apps = { exe = "a.exe" }', "apps", 1, "list of [[apps]]"),
    ('warnings = ["15m", "0m"]', "warnings", 1, "longer than 0m"),
    ('warnings = ["5m", "5m"]', "warnings", 1, "twice"),
    ('warnings = "5m"', "warnings", 1, "list of durations"),
    ('[rest_break]\nafter = "30m"', "rest_break", 1, "needs 'length'"),
    ('[rest_break]\nafter = "0m"\nlength = "5m"', "rest_break.after", 2, "longer than 0m"),
    ('[calendar]\ncountry = "XX"', "calendar.country", 2, "no statutory calendar"),
    ("[calendar]\nschool_days = [2026-13-01]", "", 2, "not valid TOML"),
    ('[calendar]\nschool_days = ["2026-02-30"]', "calendar.school_days[0]", 2, "a date like"),
    ('[calendar]\nschool_days = [2026-10-10]\nrest_days = [2026-10-10]', "calendar.rest_days", 3, "both"),
    ('[[calendar.vacations]]\nstart = 2027-02-01\nend = 2027-01-01', "calendar.vacations[0].end", 3, "before it starts"),
    ('[[calendar.vacations]]\nstart = 2027-02-01', "calendar.vacations[0]", 1, "needs 'end'"),
    ('[calendar]\nwarnings = ["5m"]', "calendar.warnings", 2, "top-level setting"),
    ('name = "unterminated', "", 1, "not valid TOML"),
]  # fmt: skip


@pytest.mark.parametrize(("snippet", "path", "line", "fragment"), BAD)
def test_each_mistake_is_reported_with_path_line_and_reason(
    snippet: str, path: str, line: int, fragment: str
) -> None:
    with pytest.raises(PolicyError) as caught:
        parse_policy_text(snippet, "family.toml")
    problems = caught.value.problems
    assert any(
        p.path == path and p.line == line and fragment in str(p.message) for p in problems
    ), [p.describe("family.toml") for p in problems]
    assert f"family.toml:{line}: " in str(caught.value)


def test_all_mistakes_are_reported_together_in_line_order() -> None:
    text = '[total]\nlimit = "1x"\nhours = ["25:00-26:00"]\n[categories.games]\nlimt = "1h"\n'
    with pytest.raises(PolicyError) as caught:
        parse_policy_text(text)
    assert [(p.path, p.line) for p in caught.value.problems] == [
        ("total.limit", 2),
        ("total.hours[0]", 3),
        ("categories.games.limt", 5),
    ]


def test_file_errors_name_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing.toml"
    with pytest.raises(PolicyError, match=r"missing\.toml: .*cannot read"):
        load_policy_file(missing)
    gbk = tmp_path / "gbk.toml"
    gbk.write_bytes('name = "周末"\n'.encode("gbk"))
    with pytest.raises(PolicyError, match=r"gbk\.toml:1: .*UTF-8"):
        load_policy_file(gbk)


def test_a_file_saved_with_a_byte_order_mark_reads(tmp_path: Path) -> None:
    path = tmp_path / "notepad.toml"
    path.write_bytes('\ufeffname = "周末规则"\n'.encode())
    assert load_policy_file(path).name == "周末规则"


def test_document_round_trip() -> None:
    policy = parse_policy_text(good_text() + '[rest_break]\nafter = "30m"\nlength = "10m"\n')
    document = policy_to_document(policy)
    assert read_policy(document) == policy
    assert document["total"]["limit"] == {
        "school_day": "1h",
        "rest_day": "2h30m",
        "friday": "1h30m",
    }
    assert document["total"]["hours"] == ["06:00-21:30"]


@given(
    st.dictionaries(
        st.sampled_from(["all", "school_day", "rest_day", "holiday", "friday", "sunday"]),
        st.one_of(st.none(), st.integers(0, 24 * 60).map(lambda m: m * 60)),
    )
)
def test_limits_round_trip_through_documents(entries: dict[str, int | None]) -> None:
    policy = Policy(total=Policy().total.__class__(limit=DayRule(entries)))
    assert read_policy(policy_to_document(policy)).total.limit == DayRule(entries)


def test_line_index_finds_tables_arrays_and_inline_keys() -> None:
    index = LineIndex(good_text())
    assert index.line(("total", "limit", "friday")) == 16
    assert index.line(("categories", "games", "hours", "saturday")) == 21
    assert index.line(("apps", 1, "title")) == 32
    assert index.line(("apps", 3, "blocked")) == 42
    assert index.line(("calendar", "vacations", 0, "end")) == 13
    assert index.line(("nothing", "here")) is None


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 11, 20), 5400),  # Friday entry
        (date(2026, 11, 19), 3600),  # school_day
        (date(2026, 11, 21), 9000),  # rest_day
    ],
)
def test_day_rule_precedence_on_weekends_only(day: date, expected: int) -> None:
    policy = parse_policy_text(good_text())
    info = DayCalendar(WeekendsOnly()).info(day)
    assert policy.total.limit.resolve(info) == expected


def test_holiday_entry_beats_weekday_and_day_type() -> None:
    rule: DayRule[int] = DayRule({"holiday": 1, "thursday": 2, "rest_day": 3, "all": 4})
    from guardian.core.calendar import HolidaysCalendar

    calendar = DayCalendar(HolidaysCalendar("CN"))
    assert calendar.info(date(2026, 10, 1)).kind is DayKind.STATUTORY_HOLIDAY
    assert rule.resolve(calendar.info(date(2026, 10, 1))) == 1  # a Thursday holiday
    assert rule.resolve(calendar.info(date(2026, 10, 8))) == 2  # an ordinary Thursday
    assert rule.resolve(calendar.info(date(2026, 10, 10))) == 4  # make-up Saturday: not rest_day
    assert calendar.info(date(2026, 10, 10)).day_type is DayType.SCHOOL_DAY


def test_app_rules_match_title_rules_first_then_file_order() -> None:
    policy = parse_policy_text(good_text())
    assert policy.category_of("C:\\Games\\Steam\\steam.exe", "steam.exe") == "games"
    assert (
        policy.category_of("/usr/bin/firefox", "firefox", "BILIBILI 哔哩哔哩 - Firefox") == "video"
    )
    rule = policy.match_app("C:\\Program Files\\Homework\\hw.exe", "hw.exe")
    assert rule is not None and rule.always_allowed
    assert policy.category_of("/usr/bin/gedit", "gedit") == "other"
    blocked = policy.match_app("C:\\x\\RobloxPlayerBeta.exe", "RobloxPlayerBeta.exe")
    assert blocked is not None and blocked.blocked
