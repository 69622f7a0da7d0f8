"""The decision engine: given the policy, today's usage and grants, what may the child do now?

`decide` is a pure function of its inputs. It answers whether the PC is locked and why, how long
the child can keep going (overall, per category and per restricted app), when the state next
changes if nobody uses the PC, and which warnings are due.

How limits combine: the total limit and allowed hours govern the whole PC. A category's limit
and hours apply on top of the total, and an app's on top of its category. Always-allowed apps
do not count and ignore every time budget, but not the allowed hours of the PC.

Time left is found by simulating continuous use from now, segment by segment between the
moments anything changes (window edges, local midnights, grant edges): a day's budget belongs to
the local calendar day, so windows that cross midnight and days of 23 or 25 hours come out right.
That timeline does not depend on usage or on the time of day, so it is laid out once for each
policy, calendar, zone, set of grants and local day, and kept (`_plan`): the agent decides once
a second.
"""

from __future__ import annotations

import bisect
import enum
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo

from guardian.core.calendar import DayCalendar, DayInfo
from guardian.core.policy import DEFAULT_CATEGORY, AppRule, Limits, Policy

# Remaining time is looked for up to a day ahead: a countdown never needs more, and beyond a day
# "no limit" is the honest answer.
REMAINING_HORIZON = timedelta(hours=24)
# The next change is looked for up to eight days ahead, so a weekly rule (games on Fridays) is
# always found.
NEXT_CHANGE_HORIZON = timedelta(days=8)


class Reason(enum.StrEnum):
    OUTSIDE_HOURS = "outside_hours"  # outside the allowed hours
    DAILY_LIMIT = "daily_limit"  # today's time for the PC is used up
    REST_BREAK = "rest_break"  # a rest break is due
    LOCKED = "locked"  # the PC itself is locked (for a category or app)
    CATEGORY_LIMIT = "category_limit"
    APP_LIMIT = "app_limit"
    BLOCKED = "blocked"  # the parent blocked this app
    # Never the engine's: `guardian service` cannot read its store, so it cannot tell what is
    # allowed, and the session stays locked until it can (fail closed).
    RECORDS_UNREADABLE = "records_unreadable"


@dataclass(frozen=True)
class Usage:
    """What the child used on the current local day, in seconds.

    `apps` is keyed by executable file name. `rules` is keyed by app rule id, for rules that
    match by path or window title, which file names alone cannot tell; accounting fills it in.
    `continuous_seconds` is use since the last rest break; `resting_seconds` how long the
    current break has lasted.
    """

    total_seconds: int = 0
    categories: Mapping[str, int] = field(default_factory=dict)
    apps: Mapping[str, int] = field(default_factory=dict)
    rules: Mapping[str, int] = field(default_factory=dict)
    continuous_seconds: int = 0
    resting_seconds: int = 0


@dataclass(frozen=True)
class Grant:
    """Extra time from a parent: `seconds` more today, or everything allowed `until` an instant.

    `category` None means the whole PC. A grant of seconds also opens a window of that length
    from the moment it was given, so it helps outside the allowed hours too.
    """

    granted_at: datetime
    seconds: int | None = None
    until: datetime | None = None
    category: str | None = None

    def __post_init__(self) -> None:
        if (self.seconds is None) == (self.until is None):
            raise ValueError("a grant has either seconds or until, not both or neither")


@dataclass(frozen=True)
class ScopeDecision:
    allowed: bool
    remaining_seconds: int | None  # None: no limit ahead
    reason: Reason | None


@dataclass(frozen=True)
class DueWarning:
    scope: str  # "total", "category:games", "app:steam.exe" or "rest_break"
    threshold_seconds: int
    remaining_seconds: int


@dataclass(frozen=True)
class Decision:
    at: datetime
    day: DayInfo
    locked: bool
    reason: Reason | None
    remaining_seconds: int | None
    next_change_at: datetime | None  # when anything next becomes allowed or forbidden
    unlocks_at: datetime | None  # when a locked PC becomes usable again (None: not locked)
    categories: Mapping[str, ScopeDecision]
    apps: Mapping[str, ScopeDecision]
    warnings: tuple[DueWarning, ...]


_LIMIT_REASON = {
    "total": Reason.DAILY_LIMIT,
    "category": Reason.CATEGORY_LIMIT,
    "app": Reason.APP_LIMIT,
}


class _Context:
    """Local-time arithmetic for one decision, in integer epoch seconds."""

    def __init__(self, calendar: DayCalendar, zone: tzinfo, first: date, last: date) -> None:
        self.calendar = calendar
        self.zone = zone
        self.days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
        self.midnights = [self.local_ts(d, 0) for d in [*self.days, last + timedelta(days=1)]]

    def local_ts(self, day: date, minutes: int) -> int:
        day = day + timedelta(days=minutes // 1440)
        minutes %= 1440
        return int(
            datetime(
                day.year, day.month, day.day, minutes // 60, minutes % 60, tzinfo=self.zone
            ).timestamp()
        )

    def local_date(self, ts: int) -> date:
        return datetime.fromtimestamp(ts, self.zone).date()

    def info(self, day: date) -> DayInfo:
        return self.calendar.info(day)


def _merge(intervals: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(i for i in intervals if i[1] > i[0]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _covers(intervals: Sequence[tuple[int, int]], ts: int) -> bool:
    index = bisect.bisect_right(intervals, (ts, 2**62)) - 1
    return index >= 0 and intervals[index][0] <= ts < intervals[index][1]


class _Layout:
    """One level's limits (the PC's, a category's or an app's) laid out on the days around
    today: its allowed windows, the spells grants lift it, each day's budget, and the moments
    any of these begin or end.

    Usage plays no part in it, so it holds for the whole local day; `_plan` keeps it from one
    second to the next instead of laying out eleven days of windows at every tick.
    """

    def __init__(self, limits: Limits, grants: Iterable[Grant], ctx: _Context) -> None:
        self.limits = limits
        self.ctx = ctx
        windows: list[tuple[int, int]] = []
        for day in ctx.days:
            hours = limits.hours.resolve(ctx.info(day))
            if hours is None:
                windows.append((ctx.local_ts(day, 0), ctx.local_ts(day, 1440)))
                continue
            for w in hours:
                end = w.end + 1440 if w.crosses_midnight else w.end
                windows.append((ctx.local_ts(day, w.start), ctx.local_ts(day, end)))
        lifts: list[tuple[int, int]] = []
        self.extra: dict[date, int] = {}
        for grant in grants:
            start = int(grant.granted_at.timestamp())
            if grant.seconds is not None:
                windows.append((start, start + grant.seconds))
                day = ctx.local_date(start)
                self.extra[day] = self.extra.get(day, 0) + grant.seconds
            elif grant.until is not None:
                # round the end up: a grant "until 21:00:00.4" never ends a fraction early
                lifts.append((start, math.ceil(grant.until.timestamp())))
        self.windows = _merge(windows)
        self.lifts = _merge(lifts)
        self.boundaries = frozenset(
            b for interval in (*self.windows, *self.lifts) for b in interval
        )
        self.budgets = {day: self._budget(day) for day in ctx.days}

    def _budget(self, day: date) -> int | None:
        limit = self.limits.limit.resolve(self.ctx.info(day))
        return None if limit is None else limit + self.extra.get(day, 0)

    def budget(self, day: date) -> int | None:
        """Seconds allowed on `day`, grants included (None: no limit)."""
        if day in self.budgets:
            return self.budgets[day]
        return self._budget(day)


class _Constraint:
    """One level of limits on the timeline, with what the child used of it today."""

    def __init__(
        self,
        kind: str,
        layout: _Layout,
        used_today: int,
        today: date,
        *,
        budgets: bool = True,
    ) -> None:
        self.kind = kind
        self.today = today
        self.used_today = used_today
        self.use_budgets = budgets
        self.layout = layout
        self.windows = layout.windows
        self.lifts = layout.lifts

    def budget(self, day: date) -> int | None:
        return self.layout.budget(day) if self.use_budgets else None

    def used(self, day: date) -> int:
        return self.used_today if day == self.today else 0

    def blocked(self, ts: int, day: date, spent: int = 0) -> Reason | None:
        """Why this level stops use at `ts`, having used `spent` more seconds on `day`."""
        if _covers(self.lifts, ts):
            return None
        budget = self.budget(day)
        if budget is not None and budget - self.used(day) - spent <= 0:
            return _LIMIT_REASON[self.kind]
        if not _covers(self.windows, ts):
            return Reason.OUTSIDE_HOURS
        return None


def _run(
    constraints: Sequence[_Constraint],
    points: Sequence[int],
    start: int,
    horizon: int,
    ctx: _Context,
) -> tuple[int | None, Reason | None, int]:
    """Seconds of continuous use before something stops it (None: nothing within the horizon).

    `points` are the moments, sorted, at which any of the constraints or the local day changes.
    Returns the seconds, the reason, and the index of the constraint that stopped use.
    """
    first = bisect.bisect_right(points, start)
    last = bisect.bisect_left(points, horizon, first)
    spent: dict[tuple[int, date], int] = {}
    ts = start
    for seg_end in [*points[first:last], horizon]:
        day = ctx.local_date(ts)
        run = seg_end - ts
        stopper: tuple[int, Reason] | None = None
        for index, c in enumerate(constraints):
            reason = c.blocked(ts, day, spent.get((index, day), 0))
            if reason is not None:
                return ts - start, reason, index
            budget = c.budget(day)
            if budget is not None and not _covers(c.lifts, ts):
                left = budget - c.used(day) - spent.get((index, day), 0)
                if left < run:
                    run, stopper = left, (index, _LIMIT_REASON[c.kind])
        if stopper is not None:
            return ts + run - start, stopper[1], stopper[0]
        for index in range(len(constraints)):
            spent[(index, day)] = spent.get((index, day), 0) + run
        ts = seg_end
    return None, None, -1


def _scope(
    constraints: Sequence[_Constraint],
    points: Sequence[int],
    now: int,
    ctx: _Context,
    outer: Reason | None = None,
) -> ScopeDecision:
    horizon = now + int(REMAINING_HORIZON.total_seconds())
    remaining, reason, index = _run(constraints, points, now, horizon, ctx)
    if remaining == 0:
        if index == 0 and outer is not None:
            reason = outer  # stopped by the PC's own lock: say so, not why the PC is locked
        return ScopeDecision(False, 0, reason)
    return ScopeDecision(True, remaining, None)


def _usage_for(mapping: Mapping[str, int], key: str) -> int:
    lowered = {k.lower(): v for k, v in mapping.items()}
    return max(0, lowered.get(key.lower(), 0))


def _rule_usage(rule: AppRule, usage: Usage) -> int:
    """Today's use of the programs a rule covers: its own figure when accounting gives one, else
    the total of every program whose file name the rule's pattern matches."""
    if rule.id in usage.rules:
        return max(0, usage.rules[rule.id])
    if rule.title is not None:
        return 0  # a web site by title: only accounting can tell
    return sum(max(0, secs) for name, secs in usage.apps.items() if rule.matches("", name, ""))


def decide(
    policy: Policy,
    usage: Usage,
    grants: Iterable[Grant],
    calendar: DayCalendar,
    now: datetime,
    zone: tzinfo,
) -> Decision:
    """What the child may do at `now`, evaluated in the family's time zone `zone`."""
    if now.tzinfo is None:
        raise ValueError("decide() needs an aware datetime")
    grants = tuple(grants)
    now_ts = int(now.timestamp())
    today = datetime.fromtimestamp(now_ts, zone).date()
    plan = _plan(policy, grants, calendar, zone, today)
    ctx = plan.ctx
    levels = _Levels(plan, policy, usage)

    total = _scope([levels.total], plan.total_points, now_ts, ctx)
    locked, reason, remaining = not total.allowed, total.reason, total.remaining_seconds
    rest = policy.rest_break
    rest_due = rest is not None and usage.continuous_seconds >= rest.after
    if rest is not None and rest.lock:
        if rest_due and not locked:
            locked, reason, remaining = True, Reason.REST_BREAK, 0
        elif not locked:
            until_rest = rest.after - usage.continuous_seconds
            remaining = until_rest if remaining is None else min(remaining, until_rest)

    categories: dict[str, ScopeDecision] = {}
    for name in policy.category_names:
        scope = _scope(
            [levels.total, levels.categories[name]],
            plan.category_points[name],
            now_ts,
            ctx,
            Reason.LOCKED,
        )
        categories[name] = _cap(scope, locked, remaining)
    apps: dict[str, ScopeDecision] = {}
    for rule in policy.apps:
        if rule.restricts:
            apps[rule.id] = levels.app_decision(rule, now_ts, locked, remaining)

    warnings = _warnings(policy, remaining, categories, apps, rest_due)
    next_change, unlocks = _next_changes(levels, policy, usage, now_ts)
    return Decision(
        at=now.astimezone(UTC),
        day=calendar.info(today),
        locked=locked,
        reason=reason,
        remaining_seconds=remaining,
        next_change_at=None if next_change is None else datetime.fromtimestamp(next_change, zone),
        unlocks_at=None if unlocks is None else datetime.fromtimestamp(unlocks, zone),
        categories=categories,
        apps=apps,
        warnings=warnings,
    )


def _cap(scope: ScopeDecision, locked: bool, remaining: int | None) -> ScopeDecision:
    """A category or app can never outlast the PC itself (a rest-break lock included)."""
    if locked:
        return scope if not scope.allowed else ScopeDecision(False, 0, Reason.LOCKED)
    if remaining is not None and (
        scope.remaining_seconds is None or scope.remaining_seconds > remaining
    ):
        return ScopeDecision(scope.allowed, remaining, scope.reason)
    return scope


class _Plan:
    """What every decision on one local day shares and usage does not change: the days around
    today, each level's layout, and, for each scope, the sorted moments at which it can change.

    Laying these out is most of a decision's work (eleven days of windows for every category);
    the agent decides once a second, so `_plan` keeps a plan for as long as its inputs stay.
    """

    def __init__(
        self,
        policy: Policy,
        grants: tuple[Grant, ...],
        calendar: DayCalendar,
        zone: tzinfo,
        today: date,
    ) -> None:
        self.today = today
        self.ctx = ctx = _Context(
            calendar,
            zone,
            today - timedelta(days=1),
            today + NEXT_CHANGE_HORIZON + timedelta(days=1),
        )
        midnights = frozenset(ctx.midnights)

        def points(*layouts: _Layout) -> tuple[int, ...]:
            return tuple(sorted(midnights.union(*(layout.boundaries for layout in layouts))))

        self.total = _Layout(policy.total, [g for g in grants if g.category is None], ctx)
        self.categories = {
            name: _Layout(
                policy.category(name).limits, [g for g in grants if g.category == name], ctx
            )
            for name in policy.category_names
        }
        self.total_points = points(self.total)
        self.category_points = {
            name: points(self.total, layout) for name, layout in self.categories.items()
        }
        self.apps: dict[str, _Layout | None] = {}  # None: always allowed, so only the PC's hours
        self.app_points: dict[str, tuple[int, ...]] = {}
        for rule in policy.apps:
            if rule.blocked or not rule.restricts:
                continue
            if rule.always_allowed:
                self.apps[rule.id] = None
                self.app_points[rule.id] = self.total_points
            else:
                own = _Layout(rule.limits, (), ctx)
                self.apps[rule.id] = own
                category = self.categories[rule.category or DEFAULT_CATEGORY]
                self.app_points[rule.id] = points(self.total, category, own)
        self.all_points = points(
            self.total,
            *self.categories.values(),
            *(own for own in self.apps.values() if own is not None),
        )


# Plans kept between decisions, the most recently used. The agent needs one a day; the dashboard
# may ask about a few children in turn. Any other is laid out again, a millisecond or two.
PLANS_KEPT = 8

# Not locked: each process decides on one thread (the Qt thread of the agent, the service or the
# dashboard, or the command line).
_plans: dict[
    tuple[int, int, int, tuple[Grant, ...], date], tuple[Policy, DayCalendar, tzinfo, _Plan]
] = {}


def _plan(
    policy: Policy, grants: tuple[Grant, ...], calendar: DayCalendar, zone: tzinfo, today: date
) -> _Plan:
    """The plan for these inputs, laid out once and then reused.

    A plan depends on the policy, the grants, the calendar, the zone and the local day, and on
    nothing else: not on usage, and not on the time of day, since every question starts from
    `now`. So the key is exactly these. Grants and the day are compared by value: new grants or
    a new day (midnight, or the wall clock moved to another day, either way) make a new plan.
    The policy, calendar and zone are compared by identity, because none is changed once made:
    a new policy version, the calendar rebuilt for it, or another zone is a new object (a
    `DayCalendar` already keeps the days it classified, so it could not be changed anyway). The
    entry holds them, so their ids cannot pass to other objects while it is kept.
    """
    key = (id(policy), id(calendar), id(zone), grants, today)
    found = _plans.pop(key, None)
    if found is None:
        found = (policy, calendar, zone, _Plan(policy, grants, calendar, zone, today))
        while len(_plans) >= PLANS_KEPT:
            del _plans[next(iter(_plans))]  # the one used longest ago
    _plans[key] = found  # last in the order: the most recently used
    return found[3]


class _Levels:
    """The day's plan with the usage of one decision: cheap to build, asked many questions."""

    def __init__(self, plan: _Plan, policy: Policy, usage: Usage) -> None:
        today = plan.today
        self.plan = plan
        self.total = _Constraint("total", plan.total, usage.total_seconds, today)
        self.categories = {
            name: _Constraint("category", layout, _usage_for(usage.categories, name), today)
            for name, layout in plan.categories.items()
        }
        self.apps: dict[str, list[_Constraint]] = {}
        self.exempt = {rule.id for rule in policy.apps if rule.always_allowed}
        for rule in policy.apps:
            if rule.blocked or not rule.restricts:
                continue
            own = plan.apps[rule.id]
            if own is None:  # always allowed: only the PC's allowed hours hold it back
                self.apps[rule.id] = [_Constraint("total", plan.total, 0, today, budgets=False)]
            else:
                self.apps[rule.id] = [
                    self.total,
                    self.categories[rule.category or DEFAULT_CATEGORY],
                    _Constraint("app", own, _rule_usage(rule, usage), today),
                ]

    def app_decision(
        self, rule: AppRule, now: int, locked: bool, remaining: int | None
    ) -> ScopeDecision:
        if rule.blocked:
            return ScopeDecision(False, 0, Reason.BLOCKED)
        points, ctx = self.plan.app_points[rule.id], self.plan.ctx
        if rule.always_allowed:  # held back only by the allowed hours, which it reports itself
            return _scope(self.apps[rule.id], points, now, ctx)
        return _cap(_scope(self.apps[rule.id], points, now, ctx, Reason.LOCKED), locked, remaining)


def _warnings(
    policy: Policy,
    remaining: int | None,
    categories: Mapping[str, ScopeDecision],
    apps: Mapping[str, ScopeDecision],
    rest_due: bool,
) -> tuple[DueWarning, ...]:
    """For each scope running out sooner than the PC, the smallest warning threshold now crossed."""
    due: list[DueWarning] = []

    def check(scope: str, left: int | None) -> None:
        if left is None or left <= 0:
            return
        crossed = [t for t in policy.warnings if left <= t]
        if crossed:
            due.append(DueWarning(scope, min(crossed), left))

    check("total", remaining)
    for kind, decisions in (("category", categories), ("app", apps)):
        for name, scope in decisions.items():
            left = scope.remaining_seconds
            if scope.allowed and left is not None and (remaining is None or left < remaining):
                check(f"{kind}:{name}", left)
    if rest_due and policy.rest_break is not None:
        due.append(DueWarning("rest_break", policy.rest_break.after, 0))
    return tuple(due)


def _next_changes(
    levels: _Levels, policy: Policy, usage: Usage, now: int
) -> tuple[int | None, int | None]:
    """If nobody uses the PC from now on: when does anything become allowed or forbidden, and
    (when the PC is locked) when does it unlock?"""
    plan, ctx, today = levels.plan, levels.plan.ctx, levels.plan.today
    rest = policy.rest_break
    rest_end = None
    if rest is not None and rest.lock and usage.continuous_seconds >= rest.after:
        rest_end = now + max(0, rest.length - usage.resting_seconds)
    fresh = _Levels(plan, policy, Usage())  # any later day starts unused

    def state(ts: int) -> tuple[bool, tuple[bool, ...], tuple[bool, ...]]:
        day = ctx.local_date(ts)
        lv = levels if day == today else fresh
        open_ = lv.total.blocked(ts, day) is None and not (rest_end is not None and ts < rest_end)
        cats = tuple(open_ and c.blocked(ts, day) is None for c in lv.categories.values())
        apps = tuple(
            (open_ or rule_id in lv.exempt) and all(c.blocked(ts, day) is None for c in cs)
            for rule_id, cs in lv.apps.items()
        )
        return open_, cats, apps

    horizon = now + int(NEXT_CHANGE_HORIZON.total_seconds())
    points: Sequence[int] = plan.all_points
    ahead = points[bisect.bisect_right(points, now) : bisect.bisect_right(points, horizon)]
    if rest_end is not None and now < rest_end <= horizon:
        ahead = sorted({*ahead, rest_end})
    current = state(now)
    locked_now = not current[0]
    change: int | None = None
    unlock: int | None = None
    for ts in ahead:
        later = state(ts)
        if change is None and later != current:
            change = ts
        if locked_now and unlock is None and later[0]:
            unlock = ts
        if change is not None and (unlock is not None or not locked_now):
            break
    return change, unlock


def decision_to_json(decision: Decision, zone: tzinfo) -> dict[str, object]:
    """The decision as `guardian policy explain` prints it (field names are a public interface)."""

    def scope(s: ScopeDecision) -> dict[str, object]:
        return {
            "allowed": s.allowed,
            "remaining_seconds": s.remaining_seconds,
            "reason": s.reason and s.reason.value,
        }

    return {
        "at": decision.at.astimezone(zone).isoformat(),
        "day_type": decision.day.day_type.value,
        "day_kind": decision.day.kind.value,
        "day_name": decision.day.name,
        "calendar_estimated": decision.day.estimated,
        "locked": decision.locked,
        "reason": decision.reason and decision.reason.value,
        "remaining_seconds": decision.remaining_seconds,
        "next_change_at": decision.next_change_at
        and decision.next_change_at.astimezone(zone).isoformat(),
        "unlocks_at": decision.unlocks_at and decision.unlocks_at.astimezone(zone).isoformat(),
        "categories": {name: scope(s) for name, s in decision.categories.items()},
        "apps": {name: scope(s) for name, s in decision.apps.items()},
        "warnings": [
            {
                "scope": w.scope,
                "threshold_seconds": w.threshold_seconds,
                "remaining_seconds": w.remaining_seconds,
            }
            for w in decision.warnings
        ],
    }
