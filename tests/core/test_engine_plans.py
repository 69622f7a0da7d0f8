"""The engine keeps a day's plan between decisions: it must never answer from a stale one.

Each test decides the way the agent does, once a second with the same policy, calendar and zone
objects (so the plan is reused), and compares every decision with one worked out from scratch
(objects the engine has never seen share no plan). They change, one at a time, what a plan
depends on: the policy, the grants, the calendar, the zone, the local day (midnight, the wall
clock jumping back and forward) and days of 23 and 25 hours.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardian.core import engine
from guardian.core.calendar import DayCalendar
from guardian.core.engine import Decision, Grant, Usage, decide
from guardian.core.policy import Policy, day_calendar
from guardian.core.policy_file import parse_policy_text
from tests.core.test_engine_properties import moments, policies, usages

SHANGHAI = ZoneInfo("Asia/Shanghai")
BERLIN = ZoneInfo("Europe/Berlin")

# A school-night PC, games on some evenings, a daily limit and an app of its own: every kind
# of level a plan lays out.
SCHOOL = parse_policy_text(
    """
format = 1
[total]
limit = { school_day = "1h", rest_day = "2h" }
[total.hours]
before_school_day = ["06:30-21:00"]
before_rest_day = ["06:30-22:00"]
[categories.games]
limit = "30m"
[categories.games.hours]
all = []
friday = ["20:00-21:00"]
saturday = ["20:00-21:00"]
[[apps]]
exe = "steam.exe"
category = "games"
limit = "20m"
"""
)


def fresh(
    policy: Policy,
    usage: Usage,
    grants: tuple[Grant, ...],
    calendar: DayCalendar,
    now: datetime,
    zone: tzinfo,
) -> Decision:
    """The decision worked out from scratch: copies of the policy and the calendar (the same
    days, in objects the engine has not seen)."""
    return decide(replace(policy), usage, grants, replace(calendar, _cache={}), now, zone)


class Agent:
    """Decides as the enforcer does: the same objects from one decision to the next."""

    def __init__(self, policy: Policy, zone: tzinfo = SHANGHAI) -> None:
        self.policy, self.zone = policy, zone
        self.calendar = day_calendar(policy.calendar)
        self.grants: tuple[Grant, ...] = ()

    def check(self, now: datetime, usage: Usage | None = None) -> Decision:
        """Decide, and fail unless the decision is the one worked out from scratch."""
        usage = usage or Usage()
        got = decide(self.policy, usage, self.grants, self.calendar, now, self.zone)
        assert got == fresh(self.policy, usage, self.grants, self.calendar, now, self.zone), now
        return got


def seconds(start: datetime, count: int, step: int = 1) -> Iterator[datetime]:
    """`count` instants `step` seconds apart (in real time: through a repeated hour too)."""
    first = start.astimezone(UTC)
    return (first + timedelta(seconds=i * step) for i in range(count))


def test_the_same_inputs_share_one_plan(monkeypatch: pytest.MonkeyPatch) -> None:
    """The point of the plan: the agent's once-a-second decisions lay out the day once."""
    built: list[object] = []

    class Counted(engine._Plan):
        def __init__(self, *args: Any) -> None:
            built.append(self)
            super().__init__(*args)

    monkeypatch.setattr(engine, "_Plan", Counted)
    agent = Agent(SCHOOL)
    for now in seconds(datetime(2026, 11, 20, 19, 0, tzinfo=SHANGHAI), 60):
        agent.check(now, Usage(total_seconds=1800))
    assert len(built) == 1 + 60  # the agent's plan once; each decision from scratch its own


def test_a_new_policy_version_is_used_at_once() -> None:
    now = datetime(2026, 11, 20, 19, 0, tzinfo=SHANGHAI)
    used = Usage(total_seconds=3600)
    agent = Agent(SCHOOL)
    assert agent.check(now, used).locked  # a school day's hour is used up
    more = parse_policy_text('[total]\nlimit = "2h"\n')
    agent.policy = more  # the same calendar object: only the policy changed
    assert not agent.check(now + timedelta(seconds=1), used).locked
    agent.calendar = day_calendar(more.calendar)  # as the enforcer does
    assert agent.check(now + timedelta(seconds=2), used).remaining_seconds == 3600


def test_a_policy_made_after_another_is_gone_never_gets_its_plan() -> None:
    """Policies are told apart by identity: a new one must not inherit a freed one's plan."""
    now = datetime(2026, 11, 20, 10, 0, tzinfo=SHANGHAI)
    calendar = day_calendar(SCHOOL.calendar)
    for minutes in range(1, 40):  # nothing keeps the previous policy alive here
        policy = parse_policy_text(f'[total]\nlimit = "{minutes}m"\n')
        got = decide(policy, Usage(), (), calendar, now, SHANGHAI)
        assert got.remaining_seconds == minutes * 60


def test_grants_given_and_gone_are_used_at_once() -> None:
    now = datetime(2026, 11, 20, 19, 0, tzinfo=SHANGHAI)
    used = Usage(total_seconds=3600, categories={"games": 600})
    agent = Agent(SCHOOL)
    assert agent.check(now, used).locked
    agent.grants = (Grant(now, seconds=600),)
    assert agent.check(now + timedelta(seconds=1), used).remaining_seconds == 600
    agent.grants = (*agent.grants, Grant(now, seconds=300, category="games"))
    agent.check(now + timedelta(seconds=2), used)
    agent.grants = (*agent.grants, Grant(now, until=now + timedelta(hours=3)))
    assert agent.check(now + timedelta(seconds=3), used).remaining_seconds == 3 * 3600 - 3
    agent.grants = ()  # the grants aged out of the enforcer's two days
    assert agent.check(now + timedelta(seconds=4), used).locked


# Open all day, so that what is left depends on the day's budget and today's use: a plan kept
# for the wrong day would count today's use against the wrong day.
ALL_DAY = parse_policy_text(
    """
format = 1
[total]
limit = { school_day = "1h", rest_day = "2h" }
[categories.games]
limit = "30m"
hours = ["18:00-01:00"]
"""
)


def used_since_midnight(now: datetime, zone: tzinfo) -> Usage:
    """A child at the PC since local midnight, as the recorder counts a new day."""
    midnight = now.astimezone(zone).replace(hour=0, minute=0, second=0)
    used = min(int(now.timestamp() - midnight.timestamp()), 7200)
    return Usage(total_seconds=used, categories={"games": min(used, 1800)})


def test_across_midnight_every_second() -> None:
    """Friday night into Saturday: a new day, a new day type and a fresh budget at 00:00."""
    agent = Agent(ALL_DAY)
    start = datetime(2026, 11, 20, 23, 59, 30, tzinfo=SHANGHAI)
    for now in seconds(start, 60):
        friday = now.astimezone(SHANGHAI).day == 20
        usage = Usage(total_seconds=3000) if friday else used_since_midnight(now, SHANGHAI)
        agent.check(now, usage)
    saturday = agent.check(start + timedelta(seconds=40), Usage(total_seconds=10))
    assert saturday.day.day.isoformat() == "2026-11-21" and saturday.remaining_seconds == 7190


@pytest.mark.parametrize(
    "jumps",
    [
        [-3 * 3600, 5 * 3600, 3600],  # back across midnight, forward past it, on
        [-86400, -2 * 86400, 7 * 86400, -4 * 86400],  # whole days either way
        [-(45 * 60), 30 * 60, -(3 * 60)],  # back across midnight from 00:30, then forth
        [20 * 60, 40 * 60, -(2 * 3600)],  # forward within the day, then back before midnight
    ],
)
def test_the_wall_clock_jumping_back_and_forward(jumps: list[int]) -> None:
    agent = Agent(ALL_DAY)
    now = datetime(2026, 11, 21, 0, 30, tzinfo=SHANGHAI)  # Saturday, just after midnight
    used = Usage(total_seconds=1200, categories={"games": 600})
    agent.check(now, used)
    for jump in jumps:
        now += timedelta(seconds=jump)
        for moment in seconds(now, 3):
            agent.check(moment, used)


@pytest.mark.parametrize(
    "day",
    ["2026-03-29", "2026-10-25"],  # Berlin's 23-hour and 25-hour days
)
def test_days_of_23_and_25_hours(day: str) -> None:
    """Every five minutes from the evening before into the night of the change, with windows
    and a limit around the missing or repeated hour."""
    policy = parse_policy_text(
        """
[total]
limit = "3h"
hours = ["00:00-01:55", "02:30-02:45", "03:05-23:00"]
"""
    )
    agent = Agent(policy, BERLIN)
    start = datetime.fromisoformat(f"{day}T00:00:00").replace(tzinfo=BERLIN) - timedelta(hours=2)
    for now in seconds(start, 75, 300):
        agent.check(now, used_since_midnight(now, BERLIN))


def test_another_zone_or_calendar_is_used_at_once() -> None:
    agent = Agent(SCHOOL)
    saturday_night = datetime(2026, 11, 21, 22, 30, tzinfo=SHANGHAI)
    assert agent.check(saturday_night).locked  # closed at 22:00
    agent.zone = BERLIN  # the PC's zone changed: 15:30 there
    assert not agent.check(saturday_night).locked
    agent.zone = SHANGHAI
    friday_night = datetime(2026, 11, 20, 21, 30, tzinfo=SHANGHAI)
    assert not agent.check(friday_night).locked  # no school tomorrow: open until 22:00
    agent.calendar = replace(  # the parent marks Saturday a school day
        agent.calendar, marked_school_days=frozenset({friday_night.date() + timedelta(days=1)}),
        _cache={},
    )  # fmt: skip
    assert agent.check(friday_night).locked  # school tomorrow after all: closed at 21:00


@settings(max_examples=60, deadline=None)
@given(
    policies,
    usages,
    moments(),
    st.lists(
        st.tuples(st.integers(-2 * 86400, 2 * 86400), st.sampled_from([None, 300, 600])),
        min_size=1,
        max_size=8,
    ),
)
def test_any_sequence_of_moments_and_grants(
    policy: Policy,
    usage: Usage,
    when: tuple[datetime, ZoneInfo],
    steps: list[tuple[int, int | None]],
) -> None:
    now, zone = when
    agent = Agent(policy, zone)
    agent.check(now, usage)
    for jump, grant in steps:
        now += timedelta(seconds=jump)
        if grant is not None:
            agent.grants = (*agent.grants, Grant(now, seconds=grant))
        agent.check(now, usage)
