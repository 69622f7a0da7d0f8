"""The decision engine, on parameter tables: presets on real dates, midnight, daylight saving,
windows across midnight, zero and no limits, grants, always-allowed and blocked apps."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from guardian.core.engine import Decision, Grant, Reason, Usage, decide, decision_to_json
from guardian.core.policy import Policy, day_calendar
from guardian.core.policy_file import load_policy_file, parse_policy_text

PRESETS = Path(__file__).resolve().parents[2] / "resources" / "presets"
CST = timezone(timedelta(hours=8))
SHANGHAI = ZoneInfo("Asia/Shanghai")
BERLIN = ZoneInfo("Europe/Berlin")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def run(
    policy: Policy,
    when: str,
    usage: Usage | None = None,
    grants: tuple[Grant, ...] = (),
    zone: ZoneInfo | timezone = SHANGHAI,
) -> Decision:
    return decide(policy, usage or Usage(), grants, day_calendar(policy.calendar), at(when), zone)


def preset(name: str) -> Policy:
    return load_policy_file(PRESETS / f"{name}.toml")


# --- presets on real dates --------------------------------------------------------------------

NPPA = [
    # when, games allowed, games remaining, games reason, next change
    ("2026-11-20T20:30:00+08:00", True, 1800, None, "2026-11-20T21:00:00+08:00"),  # Friday
    ("2026-11-20T21:00:00+08:00", False, 0, "outside_hours", "2026-11-21T20:00:00+08:00"),
    ("2026-11-20T19:59:00+08:00", False, 0, "outside_hours", "2026-11-20T20:00:00+08:00"),
    ("2026-11-22T20:59:30+08:00", True, 30, None, "2026-11-22T21:00:00+08:00"),  # Sunday
    ("2026-11-18T20:30:00+08:00", False, 0, "outside_hours", "2026-11-20T20:00:00+08:00"),  # Wed
    ("2026-10-01T20:30:00+08:00", True, 1800, None, "2026-10-01T21:00:00+08:00"),  # holiday Thu
    ("2026-10-10T20:30:00+08:00", False, 0, "outside_hours", "2026-10-11T20:00:00+08:00"),  # make-up Sat
    ("2026-09-20T20:30:00+08:00", False, 0, "outside_hours", "2026-09-25T20:00:00+08:00"),  # make-up Sun
]  # fmt: skip


@pytest.mark.parametrize(("when", "allowed", "remaining", "reason", "next_change"), NPPA)
def test_nppa_2021_games_preset(
    when: str, allowed: bool, remaining: int, reason: str | None, next_change: str
) -> None:
    decision = run(preset("cn-nppa-2021-games"), when, zone=CST)
    games = decision.categories["games"]
    assert (games.allowed, games.remaining_seconds, games.reason) == (allowed, remaining, reason)
    assert decision.next_change_at == at(next_change)
    assert not decision.locked and decision.remaining_seconds is None  # the rest of the PC is free
    assert decision.categories["study"].allowed


MINOR_UNDER_16 = [
    # when, usage seconds, locked, reason, remaining, unlocks at
    ("2026-11-20T10:00:00+08:00", 0, False, None, 3600, None),
    ("2026-11-20T10:00:00+08:00", 3000, False, None, 600, None),
    ("2026-11-20T21:30:00+08:00", 0, False, None, 1800, None),  # 22:00 comes first
    ("2026-11-20T10:00:00+08:00", 3600, True, "daily_limit", 0, "2026-11-21T06:00:00+08:00"),
    ("2026-11-20T23:00:00+08:00", 0, True, "outside_hours", 0, "2026-11-21T06:00:00+08:00"),
    ("2026-11-21T05:59:00+08:00", 0, True, "outside_hours", 0, "2026-11-21T06:00:00+08:00"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("when", "used", "locked", "reason", "remaining", "unlocks"), MINOR_UNDER_16
)
def test_minor_mode_under_16_preset(
    when: str, used: int, locked: bool, reason: str | None, remaining: int, unlocks: str | None
) -> None:
    decision = run(preset("cn-minor-mode-under-16"), when, Usage(total_seconds=used), zone=CST)
    assert (decision.locked, decision.reason, decision.remaining_seconds) == (
        locked, reason, remaining,
    )  # fmt: skip
    assert decision.unlocks_at == (at(unlocks) if unlocks else None)


def test_minor_mode_16_18_gives_two_hours() -> None:
    decision = run(preset("cn-minor-mode-16-18"), "2026-11-20T10:00:00+08:00", zone=CST)
    assert decision.remaining_seconds == 7200
    assert (
        not run(preset("cn-minor-mode-16-18"), "2026-11-20T22:30:00+08:00", zone=CST)
        .categories["study"]
        .allowed
    )


SCHOOL_NIGHTS = [
    # when, locked, games remaining with 10 minutes of games used
    ("2026-11-23T20:50:00+08:00", False, 600),  # Monday: closes at 21:00
    ("2026-11-23T21:00:00+08:00", True, 0),
    ("2026-11-22T21:10:00+08:00", True, 0),  # Sunday evening, school tomorrow
    ("2026-11-20T21:30:00+08:00", False, 1200),  # Friday: until 22:00; school-day games 30m
    ("2026-11-21T21:30:00+08:00", False, 1800),  # Saturday: rest-day games 1h, PC until 22:00
    ("2026-10-04T21:30:00+08:00", False, 1800),  # a Sunday inside the National Day break
    ("2026-10-07T21:10:00+08:00", True, 0),  # the break's last evening: school tomorrow
    ("2026-10-09T21:10:00+08:00", True, 0),  # Friday before a make-up working Saturday
    ("2026-09-20T21:30:00+08:00", True, 0),  # a make-up working Sunday
    ("2026-11-23T06:20:00+08:00", True, 0),  # mornings from 06:30
]  # fmt: skip


@pytest.mark.parametrize(("when", "locked", "games"), SCHOOL_NIGHTS)
def test_school_nights_preset(when: str, locked: bool, games: int) -> None:
    usage = Usage(total_seconds=600, categories={"games": 600})
    decision = run(preset("cn-school-nights"), when, usage, zone=CST)
    assert decision.locked is locked
    assert decision.categories["games"].remaining_seconds == games


def test_every_preset_cites_its_source() -> None:
    names = sorted(p.stem for p in PRESETS.glob("*.toml"))
    assert {"cn-nppa-2021-games", "cn-minor-mode-under-16", "cn-minor-mode-16-18"} <= set(names)
    assert any("school" in n for n in names)
    for name in names:
        policy = preset(name)
        assert policy.name and policy.description and policy.sources, name
        assert policy.timezone is None, f"{name}: presets follow the family PC's time zone"


# --- synthetic policies -----------------------------------------------------------------------


def policy(text: str) -> Policy:
    return parse_policy_text(text)


ONE_HOUR_EVENINGS = policy('[total]\nlimit = "1h"\nhours = ["22:00-01:00"]\n')


@pytest.mark.parametrize(
    ("when", "used", "remaining", "reason"),
    [
        ("2026-11-20T23:30:00+08:00", 0, 1800 + 3600, None),  # today's 30 min, then tomorrow's
        ("2026-11-20T23:50:00+08:00", 3300, 300, None),  # today's budget ends at 23:55
        ("2026-11-20T23:50:00+08:00", 3000, 600 + 3600, None),  # spent at midnight, a new day
        ("2026-11-21T00:30:00+08:00", 0, 1800, None),  # the window from yesterday ends at 01:00
        ("2026-11-21T00:30:00+08:00", 3600, 0, "daily_limit"),
        ("2026-11-21T01:00:00+08:00", 0, 0, "outside_hours"),
        ("2026-11-21T21:59:00+08:00", 0, 0, "outside_hours"),
    ],
)
def test_window_crossing_midnight(when: str, used: int, remaining: int, reason: str | None) -> None:
    decision = run(ONE_HOUR_EVENINGS, when, Usage(total_seconds=used))
    assert (decision.remaining_seconds, decision.reason) == (remaining, reason)


@pytest.mark.parametrize(
    ("when", "remaining"),
    [
        # 2026-03-29: clocks go from 02:00 to 03:00; the 00:00-04:00 window lasts 3 real hours
        ("2026-03-29T00:30:00+01:00", 9000),
        # 2026-10-25: clocks go from 03:00 back to 02:00; the window lasts 5 real hours
        ("2026-10-25T00:30:00+02:00", 16200),
        ("2026-10-25T02:30:00+01:00", 5400),  # the second 02:30
    ],
)
def test_windows_across_daylight_saving_changes(when: str, remaining: int) -> None:
    decision = run(policy('[total]\nhours = ["00:00-04:00"]\n'), when, zone=BERLIN)
    assert decision.remaining_seconds == remaining


def test_next_change_across_spring_forward_is_local_time() -> None:
    decision = run(
        policy('[total]\nhours = ["06:00-22:00"]\n'), "2026-03-29T01:00:00+01:00", zone=BERLIN
    )
    assert decision.locked and decision.reason is Reason.OUTSIDE_HOURS
    assert decision.unlocks_at == at("2026-03-29T06:00:00+02:00")


def test_a_25_hour_day_has_one_budget() -> None:
    two_hours = policy('[total]\nlimit = "2h"\n')
    decision = run(two_hours, "2026-10-25T23:00:00+01:00", Usage(total_seconds=6000), zone=BERLIN)
    assert decision.remaining_seconds == 1200
    assert run(two_hours, "2026-10-25T23:30:00+01:00", Usage(total_seconds=6000), zone=BERLIN).remaining_seconds == 1200  # fmt: skip


@pytest.mark.parametrize(
    ("text", "locked", "remaining"),
    [
        ("", False, None),  # no policy at all: no limit
        ('[total]\nlimit = "unlimited"\n', False, None),
        ('[total]\nlimit = "0m"\n', True, 0),
        ("[total]\nhours = []\n", True, 0),
        ('[total]\nlimit = { all = "1h", friday = "0m" }\n', True, 0),
        (
            '[total]\nlimit = { all = "0m", friday = "unlimited" }\n',
            False,
            12 * 3600,
        ),  # to midnight
        ('[total]\nhours = ["00:00-24:00"]\n', False, None),
    ],
)
def test_zero_and_no_limits(text: str, locked: bool, remaining: int | None) -> None:
    decision = run(policy(text), "2026-11-20T12:00:00+08:00")  # a Friday
    assert (decision.locked, decision.remaining_seconds) == (locked, remaining)


def test_zero_limit_unlocks_the_next_day() -> None:
    decision = run(
        policy('[total]\nlimit = { all = "1h", friday = "0m" }\n'), "2026-11-20T12:00:00+08:00"
    )
    assert decision.reason is Reason.DAILY_LIMIT
    assert decision.unlocks_at == at("2026-11-21T00:00:00+08:00")


def test_budget_reason_wins_over_hours_and_unlock_waits_for_the_window() -> None:
    p = policy('[total]\nlimit = "1h"\nhours = ["06:00-22:00"]\n')
    decision = run(p, "2026-11-20T23:00:00+08:00", Usage(total_seconds=3600))
    assert decision.reason is Reason.DAILY_LIMIT
    assert decision.unlocks_at == at("2026-11-21T06:00:00+08:00")
    assert decision.next_change_at == at("2026-11-21T06:00:00+08:00")


GRANTS = policy(
    '[total]\nlimit = "1h"\nhours = ["06:00-22:00"]\n[categories.games]\nlimit = "30m"\n'
)
NOW = "2026-11-20T20:00:00+08:00"


@pytest.mark.parametrize(
    ("used", "grant", "locked", "remaining"),
    [
        (3600, None, True, 0),
        (3600, Grant(at(NOW), seconds=1800), False, 1800),
        (3600, Grant(at(NOW) - timedelta(minutes=10), seconds=1800), False, 1800),  # not used yet
        (3000, Grant(at(NOW), seconds=900), False, 1500),
        (3600, Grant(at(NOW), until=at("2026-11-20T21:15:00+08:00")), False, 4500),
        (3600, Grant(at(NOW), seconds=1800, category="games"), True, 0),  # games only, PC locked
        (3600, Grant(at(NOW) - timedelta(days=1), seconds=1800), True, 0),  # yesterday's grant
    ],
)
def test_grants(used: int, grant: Grant | None, locked: bool, remaining: int) -> None:
    grants = (grant,) if grant else ()
    decision = run(GRANTS, NOW, Usage(total_seconds=used), grants)
    assert (decision.locked, decision.remaining_seconds) == (locked, remaining)


def test_a_grant_outside_the_allowed_hours_opens_a_window() -> None:
    late = "2026-11-20T22:30:00+08:00"
    assert run(GRANTS, late).locked
    decision = run(GRANTS, late, grants=(Grant(at(late), seconds=900),))
    assert not decision.locked and decision.remaining_seconds == 900


def test_a_category_grant_raises_only_that_category() -> None:
    usage = Usage(total_seconds=1800, categories={"games": 1800})
    before = run(GRANTS, NOW, usage)
    assert not before.categories["games"].allowed
    assert before.categories["games"].reason is Reason.CATEGORY_LIMIT
    after = run(GRANTS, NOW, usage, (Grant(at(NOW), seconds=600, category="games"),))
    assert after.categories["games"].remaining_seconds == 600
    assert after.remaining_seconds == before.remaining_seconds == 1800


def test_grant_needs_seconds_or_until() -> None:
    with pytest.raises(ValueError):
        Grant(at(NOW))
    with pytest.raises(ValueError):
        Grant(at(NOW), seconds=60, until=at(NOW))


APPS = policy(
    '[total]\nlimit = "2h"\nhours = ["06:00-21:00"]\n'
    '[categories.games]\nlimit = "1h"\n'
    '[[apps]]\nexe = "steam.exe"\ncategory = "games"\nlimit = "30m"\n'
    '[[apps]]\nexe = "homework.exe"\ncategory = "study"\nalways_allowed = true\n'
    '[[apps]]\nexe = "roblox*.exe"\nblocked = true\n'
)


def test_always_allowed_apps_ignore_budgets_but_not_hours() -> None:
    used_up = run(APPS, NOW, Usage(total_seconds=7200))
    assert used_up.locked
    homework = used_up.apps["homework.exe"]
    assert homework.allowed and homework.remaining_seconds == 3600  # until 21:00
    night = run(APPS, "2026-11-20T21:30:00+08:00").apps["homework.exe"]
    assert not night.allowed and night.reason is Reason.OUTSIDE_HOURS


def test_app_category_and_total_limits_stack() -> None:
    decision = run(
        APPS, NOW, Usage(total_seconds=1800, categories={"games": 1800}, apps={"steam.exe": 600})
    )
    assert decision.apps["steam.exe"].remaining_seconds == 1200  # its own 30m
    assert decision.categories["games"].remaining_seconds == 1800
    spent = run(
        APPS, NOW, Usage(total_seconds=1800, categories={"games": 1800}, apps={"Steam.exe": 1800})
    )
    assert spent.apps["steam.exe"] == spent.apps["steam.exe"].__class__(False, 0, Reason.APP_LIMIT)
    assert spent.categories["games"].allowed
    nearly = run(APPS, NOW, Usage(total_seconds=7000))
    assert nearly.apps["steam.exe"].remaining_seconds == 200  # the PC runs out first
    assert run(APPS, NOW, Usage(total_seconds=7200)).apps["steam.exe"].reason is Reason.LOCKED


@pytest.mark.parametrize(
    ("rule", "usage", "remaining"),
    [
        (
            'exe = "minecraft*.exe"',
            Usage(apps={"MinecraftLauncher.exe": 600, "minecraft.exe": 600}),
            1200,
        ),
        ('id = "mc"\nexe = "minecraft.exe"', Usage(apps={"minecraft.exe": 2400}), 0),
        (
            'id = "bili"\ntitle = "*bilibili*"',
            Usage(apps={"firefox": 2400}),
            2400,
        ),  # titles: rules only
        ('id = "bili"\ntitle = "*bilibili*"', Usage(rules={"bili": 1800}), 600),
        ('exe = "C:/Games/*"', Usage(rules={"c:/games/*": 600}), 1800),
    ],
)
def test_app_rule_usage_by_name_pattern_or_rule_id(rule: str, usage: Usage, remaining: int) -> None:
    p = policy(f'[[apps]]\n{rule}\nlimit = "40m"\n')
    decision = run(p, NOW, usage)
    (app,) = decision.apps.values()
    assert app.remaining_seconds == remaining


def test_blocked_apps_are_never_allowed() -> None:
    blocked = run(APPS, NOW).apps["roblox*.exe"]
    assert (blocked.allowed, blocked.reason) == (False, Reason.BLOCKED)


REST = '[rest_break]\nafter = "30m"\nlength = "10m"\nlock = {lock}\n'


def test_rest_break_reminder_and_lock() -> None:
    remind = policy(REST.format(lock="false"))
    decision = run(remind, NOW, Usage(total_seconds=1800, continuous_seconds=1800))
    assert not decision.locked
    assert [w.scope for w in decision.warnings] == ["rest_break"]
    lock = policy(REST.format(lock="true"))
    early = run(lock, NOW, Usage(total_seconds=1200, continuous_seconds=1200))
    assert early.remaining_seconds == 600 and not early.locked
    resting = run(
        lock, NOW, Usage(total_seconds=1800, continuous_seconds=1800, resting_seconds=240)
    )
    assert resting.locked and resting.reason is Reason.REST_BREAK
    assert resting.unlocks_at == at(NOW) + timedelta(seconds=360)
    assert not resting.categories["games"].allowed


@pytest.mark.parametrize(
    ("used", "threshold"),
    [
        (0, None),
        (2699, None),
        (2700, 900),
        (3000, 900),
        (3300, 300),
        (3540, 60),
        (3599, 60),
        (3600, None),
    ],
)
def test_warning_thresholds(used: int, threshold: int | None) -> None:
    decision = run(policy('[total]\nlimit = "1h"\n'), NOW, Usage(total_seconds=used))
    totals = [w.threshold_seconds for w in decision.warnings if w.scope == "total"]
    assert totals == ([threshold] if threshold else [])


def test_category_warning_only_when_it_runs_out_before_the_pc() -> None:
    p = policy('[total]\nlimit = "2h"\n[categories.games]\nlimit = "30m"\n')
    decision = run(p, NOW, Usage(total_seconds=1500, categories={"games": 1500}))
    assert [(w.scope, w.threshold_seconds) for w in decision.warnings] == [("category:games", 300)]


def test_json_has_the_documented_fields() -> None:
    decision = run(preset("cn-nppa-2021-games"), "2026-11-20T20:30:00+08:00", zone=CST)
    data = decision_to_json(decision, CST)
    assert {
        "day_type",
        "locked",
        "reason",
        "remaining_seconds",
        "next_change_at",
        "categories",
    } <= set(data)
    assert data["categories"]["games"] == {
        "allowed": True,
        "remaining_seconds": 1800,
        "reason": None,
    }
    assert data["next_change_at"] == "2026-11-20T21:00:00+08:00"


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError):
        decide(Policy(), Usage(), (), day_calendar(Policy().calendar), datetime(2026, 1, 1), CST)  # noqa: DTZ001
