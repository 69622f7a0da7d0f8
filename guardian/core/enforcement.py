"""Enforcement: from a stream of decisions to what the child sees and what Guardian does.

`step(state, observation) -> (state, actions)` is pure. The agent calls it once a second with the
engine's decision and what is in front; it shows what the actions say and records each as an
event. Rules:

- Each warning threshold is shown once. It is shown again only after time left has risen clearly
  above it (a grant, a new policy, a new day), so a grant in the middle of a session warns afresh
  and nothing nags.
- The countdown shows in the last minutes and hides when time is added or the PC locks.
- Lock and unlock follow the decision, exactly once each.
- A program in front whose app or category is over its limit is announced, given a grace period,
  then closed, unless it became allowed again or left the front in the meantime. A blocked
  program is closed on sight. Always-allowed programs are never closed.
- A payments window follows the policy: allow, tell the parent, or tell and close.
- A rest-break reminder shows once per stretch of continuous use.
- In parent mode nothing is enforced; it ends by itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from guardian.core.engine import Decision, Reason

# Start the countdown five minutes before the end: the last warning (1 minute) comes inside it,
# and a child can see the seconds go while finishing.
COUNTDOWN_FROM = 5 * 60
# A shown warning re-arms only when time left rises this far above it: enough that the seconds a
# countdown jitters never warn twice, little enough that a 5-minute grant warns again.
REARM_MARGIN = 90
# Seconds between "this program is over its limit" and closing it: time to save and say goodbye
# (the default).
CLOSE_GRACE = 60
# How long a parent can pause Guardian on a shared account.
MAX_PARENT_MODE = 4 * 3600


@dataclass(frozen=True)
class Foreground:
    """The program in front, as classified for this child."""

    pid: int | None
    exe_name: str
    category: str
    rule_id: str | None = None
    always_allowed: bool = False


@dataclass(frozen=True)
class Observation:
    decision: Decision
    foreground: Foreground | None
    monotonic: float  # seconds, for grace periods
    payments_rule: str = "tell"
    close_grace: int = CLOSE_GRACE


# --- actions ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Warn:
    scope: str  # "total", "category:games", "app:steam.exe"
    threshold_seconds: int
    remaining_seconds: int


@dataclass(frozen=True)
class ShowCountdown:
    remaining_seconds: int


@dataclass(frozen=True)
class HideCountdown:
    pass


@dataclass(frozen=True)
class Lock:
    reason: Reason | None


@dataclass(frozen=True)
class Unlock:
    pass


@dataclass(frozen=True)
class AnnounceLimit:
    """A program in front is over its limit (or blocked); it closes at the end of the grace."""

    exe_name: str
    scope: str
    reason: Reason | None
    grace_seconds: int


@dataclass(frozen=True)
class CloseApp:
    pid: int | None
    exe_name: str
    scope: str
    reason: Reason | None


@dataclass(frozen=True)
class PaymentSeen:
    """A top-up or checkout window came to the front; `close` says whether to close it."""

    pid: int | None
    exe_name: str
    close: bool


@dataclass(frozen=True)
class RemindRest:
    pass


@dataclass(frozen=True)
class ParentModeEnded:
    pass


Action = (
    Warn | ShowCountdown | HideCountdown | Lock | Unlock | AnnounceLimit | CloseApp | PaymentSeen
    | RemindRest | ParentModeEnded
)  # fmt: skip


@dataclass(frozen=True)
class _Pending:
    scope: str
    pid: int | None
    deadline: float


@dataclass(frozen=True)
class Enforcement:
    """What the child has been shown and what is under way."""

    warned: frozenset[tuple[str, int]] = frozenset()
    countdown: bool = False
    locked: bool = False
    pending: _Pending | None = None  # a program announced and waiting for its grace to end
    payment_seen: int | None = None  # pid of the payments window already dealt with
    rest_reminded: bool = False
    parent_mode_until: float | None = None  # monotonic seconds

    def with_warnings_shown(self, shown: Iterable[tuple[str, int]]) -> Enforcement:
        """After a restart: the warnings the store says were already shown today."""
        return replace(self, warned=self.warned | frozenset(shown))

    def parent_mode(self, now: float, seconds: int) -> Enforcement:
        """Pause enforcement for `seconds` (at most `MAX_PARENT_MODE`) from `now`."""
        return replace(self, parent_mode_until=now + max(0, min(seconds, MAX_PARENT_MODE)))


def _scope_blocking(decision: Decision, app: Foreground) -> tuple[str, Reason | None] | None:
    """Why the program in front may not be used now, or None when it may."""
    if app.always_allowed:
        return None
    rule = decision.apps.get(app.rule_id) if app.rule_id else None
    if rule is not None and not rule.allowed and rule.reason is not Reason.LOCKED:
        return f"app:{app.rule_id}", rule.reason
    category = decision.categories.get(app.category)
    if category is not None and not category.allowed and category.reason is not Reason.LOCKED:
        return f"category:{app.category}", category.reason
    return None


def step(state: Enforcement, seen: Observation) -> tuple[Enforcement, tuple[Action, ...]]:
    decision, now = seen.decision, seen.monotonic
    actions: list[Action] = []

    if state.parent_mode_until is not None:
        if now < state.parent_mode_until:
            if state.locked:
                actions.append(Unlock())
            if state.countdown:
                actions.append(HideCountdown())
            return replace(state, locked=False, countdown=False, pending=None), tuple(actions)
        state = replace(state, parent_mode_until=None)
        actions.append(ParentModeEnded())

    # lock and unlock
    locked = state.locked
    if decision.locked and not locked:
        actions.append(Lock(decision.reason))
    elif not decision.locked and locked:
        actions.append(Unlock())

    # warnings: once each, re-armed when time left rises clearly above them
    warned = {
        (scope, threshold)
        for scope, threshold in state.warned
        if not _rearmed(decision, scope, threshold)
    }
    for warning in decision.warnings:
        key = (warning.scope, warning.threshold_seconds)
        if warning.scope == "rest_break" or key in warned:
            continue
        warned.add(key)
        actions.append(Warn(warning.scope, warning.threshold_seconds, warning.remaining_seconds))

    # countdown
    remaining = decision.remaining_seconds
    show = not decision.locked and remaining is not None and 0 < remaining <= COUNTDOWN_FROM
    if show and remaining is not None:
        actions.append(ShowCountdown(remaining))
    elif state.countdown:
        actions.append(HideCountdown())

    # rest break
    resting_due = any(w.scope == "rest_break" for w in decision.warnings)
    if resting_due and not state.rest_reminded:
        actions.append(RemindRest())

    # the program in front
    pending = state.pending
    payment_seen = state.payment_seen
    app = seen.foreground
    blocking = None if app is None or decision.locked else _scope_blocking(decision, app)
    if app is None or blocking is None or (pending is not None and pending.pid != app.pid):
        pending = None  # allowed again, gone from the front, or another program now
    if app is not None and blocking is not None:
        scope, reason = blocking
        if reason is Reason.BLOCKED:
            actions.append(AnnounceLimit(app.exe_name, scope, reason, 0))
            actions.append(CloseApp(app.pid, app.exe_name, scope, reason))
            pending = None
        elif pending is None:
            actions.append(AnnounceLimit(app.exe_name, scope, reason, seen.close_grace))
            pending = _Pending(scope, app.pid, now + seen.close_grace)
        elif now >= pending.deadline:
            actions.append(CloseApp(app.pid, app.exe_name, scope, reason))
            pending = None
    if app is not None and app.category == "payments" and seen.payments_rule != "allow":
        if payment_seen != app.pid:
            actions.append(PaymentSeen(app.pid, app.exe_name, seen.payments_rule == "close"))
            payment_seen = app.pid
    elif app is None or app.category != "payments":
        payment_seen = None

    new_state = replace(
        state,
        warned=frozenset(warned),
        countdown=show,
        locked=decision.locked,
        pending=pending,
        payment_seen=payment_seen,
        rest_reminded=resting_due,
    )
    return new_state, tuple(actions)


def _rearmed(decision: Decision, scope: str, threshold: int) -> bool:
    """Whether time left for `scope` has risen clearly above `threshold` since it was shown."""
    if scope == "total":
        left = decision.remaining_seconds
        return left is None or left > threshold + REARM_MARGIN
    kind, _, name = scope.partition(":")
    table = decision.categories if kind == "category" else decision.apps
    scope_decision = table.get(name)
    if scope_decision is None:
        return True
    left = scope_decision.remaining_seconds
    return left is None or left > threshold + REARM_MARGIN
