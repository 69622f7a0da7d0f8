"""The enforcement state machine, driven by real decisions of the engine over simulated sessions."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from guardian.core.enforcement import (
    CLOSE_GRACE,
    AnnounceLimit,
    CloseApp,
    Enforcement,
    Foreground,
    HideCountdown,
    Lock,
    Observation,
    ParentModeEnded,
    PaymentSeen,
    RemindRest,
    ShowCountdown,
    Unlock,
    Warn,
    step,
)
from guardian.core.engine import Grant, Reason, Usage, decide
from guardian.core.policy import Policy, day_calendar
from guardian.core.policy_file import parse_policy_text

ZONE = ZoneInfo("Asia/Shanghai")
START = datetime(2026, 11, 20, 15, 0, tzinfo=ZONE)
ONE_HOUR = parse_policy_text(
    '[total]\nlimit = "1h"\n[categories.games]\nlimit = "30m"\n[[apps]]\nexe = "homework.exe"\nalways_allowed = true\n[[apps]]\nexe = "roblox.exe"\nblocked = true\n'
)
GAME = Foreground(101, "minecraft.exe", "games")


class Session:
    """A child using the PC second by second; every step's actions are kept."""

    def __init__(self, policy: Policy = ONE_HOUR, used: int = 0, games: int = 0) -> None:
        self.policy, self.used, self.games = policy, used, games
        self.now, self.mono = START, 1000.0
        self.grants: list[Grant] = []
        self.state = Enforcement()
        self.actions: list[object] = []
        self.calendar = day_calendar(policy.calendar)

    def run(
        self, seconds: int, app: Foreground | None = None, *, using: bool = True
    ) -> list[object]:
        start = len(self.actions)
        for _ in range(seconds):
            if using:
                self.used += 1
                if app is not None and app.category == "games":
                    self.games += 1
            self.now += timedelta(seconds=1)
            self.mono += 1
            decision = decide(
                self.policy,
                Usage(self.used, {"games": self.games}),
                self.grants,
                self.calendar,
                self.now,
                ZONE,
            )
            self.state, actions = step(
                self.state, Observation(decision, app, self.mono, self.policy.payments)
            )
            self.actions.extend(actions)
        return self.actions[start:]


def kinds(actions: list[object], kind: type) -> list[object]:
    return [a for a in actions if isinstance(a, kind)]


def test_each_warning_once_then_countdown_then_lock() -> None:
    session = Session()
    actions = session.run(3600)
    warnings = [(w.scope, w.threshold_seconds) for w in kinds(actions, Warn)]  # type: ignore[attr-defined]
    assert warnings == [("total", 900), ("total", 300), ("total", 60)]
    assert kinds(actions, Lock) == [Lock(Reason.DAILY_LIMIT)]
    countdown = kinds(actions, ShowCountdown)
    assert countdown[0] == ShowCountdown(300) and countdown[-1] == ShowCountdown(1)
    assert len(countdown) == 300
    assert kinds(actions, HideCountdown) == [HideCountdown()]  # hidden when the lock came
    more = session.run(600, using=False)
    assert more == []  # locked and quiet: nothing repeats


def test_a_grant_unlocks_and_warns_afresh() -> None:
    session = Session(used=3599)
    session.run(1)
    assert session.state.locked
    session.grants.append(Grant(session.now, seconds=1200))
    actions = session.run(1200)
    assert actions[0] == Unlock()
    assert [(w.threshold_seconds) for w in kinds(actions, Warn)] == [900, 300, 60]  # type: ignore[attr-defined]
    assert kinds(actions, Lock) == [Lock(Reason.DAILY_LIMIT)]


def test_a_new_day_rearms_the_warnings() -> None:
    session = Session(used=3590)
    session.run(20)
    assert session.state.locked
    session.now = START.replace(hour=23, minute=59, second=0)
    session.used = 0  # the store's totals for the new day
    actions = session.run(120, using=False)
    assert Unlock() in actions
    assert session.state.warned == frozenset()


def test_after_a_restart_shown_warnings_are_not_repeated() -> None:
    session = Session(used=3000)
    session.state = Enforcement().with_warnings_shown([("total", 900)])
    actions = session.run(10)
    assert kinds(actions, Warn) == []


def test_an_over_limit_game_is_announced_then_closed_after_its_grace() -> None:
    session = Session(games=1790)
    actions = session.run(10, GAME)
    assert kinds(actions, AnnounceLimit) == [
        AnnounceLimit("minecraft.exe", "category:games", Reason.CATEGORY_LIMIT, CLOSE_GRACE)
    ]
    actions = session.run(CLOSE_GRACE - 1, GAME, using=False)  # announced on the 10th second
    assert kinds(actions, CloseApp) == []
    actions = session.run(1, GAME, using=False)
    assert kinds(actions, CloseApp) == [
        CloseApp(101, "minecraft.exe", "category:games", Reason.CATEGORY_LIMIT)
    ]
    assert kinds(actions, AnnounceLimit) == []


def test_a_grant_or_leaving_the_front_cancels_the_closing() -> None:
    session = Session(games=1800)
    session.run(5, GAME, using=False)
    session.grants.append(Grant(session.now, seconds=600, category="games"))
    actions = session.run(CLOSE_GRACE + 5, GAME)
    assert kinds(actions, CloseApp) == []
    other = Session(games=1800)
    other.run(5, GAME, using=False)
    other.run(5, Foreground(7, "word.exe", "other"))
    actions = other.run(CLOSE_GRACE, Foreground(7, "word.exe", "other"))
    assert kinds(actions, CloseApp) == []


def test_blocked_programs_close_on_sight_and_always_allowed_ones_never() -> None:
    session = Session()
    actions = session.run(1, Foreground(55, "roblox.exe", "games", rule_id="roblox.exe"))
    assert kinds(actions, CloseApp) == [
        CloseApp(55, "roblox.exe", "app:roblox.exe", Reason.BLOCKED)
    ]
    locked = Session(used=3600, games=1800)
    actions = locked.run(
        300, Foreground(9, "homework.exe", "study", rule_id="homework.exe", always_allowed=True)
    )
    assert kinds(actions, CloseApp) == [] and kinds(actions, AnnounceLimit) == []


def test_payments_windows_are_told_once_and_closed_when_the_policy_says() -> None:
    shop = Foreground(77, "chrome.exe", "payments")
    tell = Session()
    assert kinds(tell.run(30, shop), PaymentSeen) == [PaymentSeen(77, "chrome.exe", close=False)]
    close = Session(Policy(payments="close"))
    assert kinds(close.run(30, shop), PaymentSeen) == [PaymentSeen(77, "chrome.exe", close=True)]
    allow = Session(Policy(payments="allow"))
    assert kinds(allow.run(30, shop), PaymentSeen) == []


def test_rest_reminder_once_per_stretch() -> None:
    policy = parse_policy_text('[rest_break]\nafter = "30m"\nlength = "10m"\n')
    session = Session(policy)

    def run_with_continuous(seconds: int, continuous: int) -> list[object]:
        found = []
        for offset in range(seconds):
            decision = decide(
                policy,
                Usage(continuous_seconds=continuous + offset),
                (),
                session.calendar,
                session.now,
                ZONE,
            )
            session.state, actions = step(session.state, Observation(decision, None, session.mono))
            found.extend(actions)
        return found

    assert kinds(run_with_continuous(120, 1790), RemindRest) == [RemindRest()]
    assert kinds(run_with_continuous(5, 0), RemindRest) == []
    assert kinds(run_with_continuous(20, 1795), RemindRest) == [RemindRest()]


def test_parent_mode_pauses_everything_and_ends_by_itself() -> None:
    session = Session(used=3600)
    session.run(1)
    assert session.state.locked
    session.state = session.state.parent_mode(session.mono, 600)
    actions = session.run(599)
    assert actions[0] == Unlock() and kinds(actions, Lock) == [] and kinds(actions, Warn) == []
    actions = session.run(2)
    assert ParentModeEnded() in actions and Lock(Reason.DAILY_LIMIT) in actions


def test_parent_mode_is_capped_at_four_hours() -> None:
    state = Enforcement().parent_mode(0.0, 10 * 3600)
    assert state.parent_mode_until == 4 * 3600
