"""Properties of the decision engine over random policies, moments, usage and grants.

- remaining time is never negative;
- more usage never unlocks anything and never adds time;
- a grant never takes time away and never locks anything.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from guardian.core.engine import Decision, Grant, Usage, decide
from guardian.core.policy import Category, DayRule, Limits, Policy, RestBreak, day_calendar
from guardian.core.units import Window

ZONES = [ZoneInfo("Asia/Shanghai"), ZoneInfo("Europe/Berlin"), ZoneInfo("America/New_York")]
# Moments around the 2026 National Day holiday, its make-up days, and both DST changes.
STARTS = [(2026, 9, 18), (2026, 9, 30), (2026, 3, 27), (2026, 10, 23)]

minutes = st.integers(0, 24 * 60 // 5).map(lambda m: m * 5)
windows = st.builds(
    Window, minutes.filter(lambda m: m < 1440), minutes.filter(lambda m: m > 0)
).filter(lambda w: w.start != w.end % 1440 or w.end == 1440)
hours_values = st.one_of(st.none(), st.lists(windows, max_size=3).map(lambda ws: tuple(sorted(ws))))
limit_values = st.one_of(st.none(), st.integers(0, 6 * 12).map(lambda n: n * 600))
day_keys = st.sampled_from(
    [
        "all",
        "school_day",
        "rest_day",
        "before_school_day",
        "before_rest_day",
        "holiday",
        "friday",
        "sunday",
    ]
)


def day_rules(values: st.SearchStrategy[object]) -> st.SearchStrategy[DayRule[object]]:
    return st.dictionaries(day_keys, values, max_size=3).map(DayRule)


limits = st.builds(Limits, limit=day_rules(limit_values), hours=day_rules(hours_values))
policies = st.builds(
    Policy,
    total=limits,
    categories=st.dictionaries(st.sampled_from(["games", "video"]), limits, max_size=2).map(
        lambda d: {name: Category(name, lim) for name, lim in d.items()}
    ),
    rest_break=st.one_of(
        st.none(), st.builds(RestBreak, st.just(1800), st.just(600), st.booleans())
    ),
)


@st.composite
def moments(draw: st.DrawFn) -> tuple[datetime, ZoneInfo]:
    zone = draw(st.sampled_from(ZONES))
    start = datetime(*draw(st.sampled_from(STARTS)), tzinfo=zone)
    return start + timedelta(minutes=draw(st.integers(0, 4 * 24 * 60))), zone


usages = st.builds(
    Usage,
    total_seconds=st.integers(0, 6 * 3600),
    categories=st.fixed_dictionaries(
        {"games": st.integers(0, 3 * 3600), "video": st.integers(0, 3 * 3600)}
    ),
    continuous_seconds=st.integers(0, 3600),
)


def more(usage: Usage, extra: int, extra_games: int, extra_continuous: int) -> Usage:
    return Usage(
        total_seconds=usage.total_seconds + extra,
        categories={**usage.categories, "games": usage.categories["games"] + extra_games},
        continuous_seconds=usage.continuous_seconds + extra_continuous,
    )


def run(
    policy: Policy, usage: Usage, when: tuple[datetime, ZoneInfo], grants: tuple[Grant, ...] = ()
) -> Decision:
    now, zone = when
    return decide(policy, usage, grants, day_calendar(policy.calendar), now, zone)


def as_number(remaining: int | None) -> float:
    return float("inf") if remaining is None else remaining


def scopes(decision: Decision) -> dict[str, tuple[bool, float]]:
    out = {"total": (not decision.locked, as_number(decision.remaining_seconds))}
    for name, scope in decision.categories.items():
        out[name] = (scope.allowed, as_number(scope.remaining_seconds))
    return out


PROPERTY_SETTINGS = settings(max_examples=150, deadline=None)


@PROPERTY_SETTINGS
@given(policies, usages, moments())
def test_remaining_is_never_negative(
    policy: Policy, usage: Usage, when: tuple[datetime, ZoneInfo]
) -> None:
    decision = run(policy, usage, when)
    for allowed, remaining in scopes(decision).values():
        assert remaining >= 0
        assert allowed == (remaining > 0)
    assert decision.locked == (decision.reason is not None)
    if decision.locked:
        assert decision.unlocks_at is None or decision.unlocks_at > when[0]


@PROPERTY_SETTINGS
@given(
    policies, usages, moments(), st.integers(0, 7200), st.integers(0, 3600), st.integers(0, 3600)
)
def test_more_usage_never_unlocks_anything(
    policy: Policy, usage: Usage, when: tuple[datetime, ZoneInfo], extra: int, games: int, cont: int
) -> None:
    before = scopes(run(policy, usage, when))
    after = scopes(run(policy, more(usage, extra, games, cont), when))
    for name, (allowed, remaining) in after.items():
        assert not (allowed and not before[name][0]), f"{name} unlocked by more usage"
        assert remaining <= before[name][1], f"{name} gained time from more usage"


@PROPERTY_SETTINGS
@given(
    policies,
    usages,
    moments(),
    st.integers(-600, 0),
    st.integers(1, 12),
    st.one_of(st.none(), st.integers(1, 24)),
    st.sampled_from([None, "games"]),
)
def test_a_grant_never_takes_time_away(
    policy: Policy,
    usage: Usage,
    when: tuple[datetime, ZoneInfo],
    offset_minutes: int,
    grant_steps: int,
    until_quarters: int | None,
    category: str | None,
) -> None:
    granted_at = when[0] + timedelta(minutes=offset_minutes)
    if until_quarters is None:
        grant = Grant(granted_at, seconds=grant_steps * 300, category=category)
    else:
        grant = Grant(
            granted_at, until=granted_at + timedelta(minutes=15 * until_quarters), category=category
        )
    before = scopes(run(policy, usage, when))
    after = scopes(run(policy, usage, when, (grant,)))
    for name, (allowed, remaining) in before.items():
        assert not (allowed and not after[name][0]), f"{name} locked by a grant"
        assert after[name][1] >= remaining, f"{name} lost time to a grant"


def test_the_properties_can_fail() -> None:
    """A decision that gains time from usage would be caught: check the comparison itself."""
    p = Policy(total=Limits(limit=DayRule({"all": 3600})))
    when = (datetime(2026, 11, 20, 10, tzinfo=ZONES[0]), ZONES[0])
    assert (
        scopes(run(p, Usage(total_seconds=0), when))["total"][1]
        > scopes(run(p, Usage(total_seconds=60), when))["total"][1]
    )
