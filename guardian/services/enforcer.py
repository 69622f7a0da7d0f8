"""The agent's enforcement: decide once a second, show what the child must see, act.

After each sample of the `UsageRecorder`, the enforcer asks the engine for a decision (policy,
today's usage, grants), steps `guardian.core.enforcement`, and carries out its actions: the lock
screen, warnings, closing over-limit programs, payments windows. Each action is an event in the
store. New policy versions and grants from the dashboard are picked up within `REFRESH_EVERY`.
If today's usage could not be read back at start, it fails closed: the PC stays locked until a
parent gives time.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from guardian.core.accounting import Sample
from guardian.core.catalog import Catalog, Classifier
from guardian.core.clock import Clock
from guardian.core.enforcement import (
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
from guardian.core.engine import Decision, Grant, Reason, decide
from guardian.core.policy import Policy, day_calendar
from guardian.core.policy_file import PolicyError, read_policy
from guardian.keyring_access import KeyringUnavailable
from guardian.pin import PinVault
from guardian.platform import processes
from guardian.platform.base import Platform
from guardian.services.recorder import UsageRecorder
from guardian.storage.errors import StoreError
from guardian.storage.files import StoreFile
from guardian.storage.records import Row, Tampering
from guardian.ui.lock_info import LockInfo
from guardian.ui.pin_text import CANNOT_CHECK

if TYPE_CHECKING:  # the widgets are the agent's: `guardian service` never loads them
    from guardian.ui.lock_screen import LockScreen

log = logging.getLogger(__name__)

# Policy versions and grants written by the dashboard reach the agent within 5 seconds.
REFRESH_EVERY = timedelta(seconds=5)
# The store is read only when a commit has reached it since the last read (`Store.change_mark`),
# and at least this often whatever the mark says.
READ_ANYWAY_EVERY = timedelta(seconds=60)
# A change due within this many seconds gets its own timer instead of waiting for the next tick.
PRECISE_WITHIN = 2.0
# Wake a little after the change, never before it: the engine rounds time to whole seconds.
PRECISE_SLACK_MS = 20


class Enforcer(QObject):
    warned = Signal(object)  # Warn
    countdown_changed = Signal(object)  # seconds left, or None to hide
    limit_announced = Signal(object)  # AnnounceLimit
    rest_reminded = Signal()
    decided = Signal(object)  # the Decision, for the tray
    parent_mode_changed = Signal(object)  # local end of parent mode, or None when it ends
    requests_waiting = Signal(int)  # how many requests for more time wait for a parent

    def __init__(
        self,
        *,
        store: StoreFile,
        child: Row,
        recorder: UsageRecorder,
        platform: Platform,
        catalog: Catalog,
        clock: Clock,
        zone: tzinfo,
        lock_screen_factory: Any,
        payment_guard_factory: Any = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._child, self._recorder = store, child, recorder
        self._platform, self._catalog, self._clock, self._zone = platform, catalog, clock, zone
        self._policy = Policy()
        self._calendar = day_calendar(self._policy.calendar)  # rebuilt when the policy changes
        self._last_sample: Sample | None = None
        self._version: int | None = None
        self._policy_unknown = False  # every saved version is damaged: fail closed
        self._reported_invalid: set[int | None] = set()
        self._reported_tampering: set[Tampering] = set()
        self._grants: list[Grant] = []
        self._last_refresh: float | None = None
        self._read_mark: tuple[int, ...] | None = None  # the store's change mark when last read
        self._read_at = 0.0  # monotonic
        self._state = Enforcement()
        self._vault = PinVault(store, clock)
        self.lock_screen: LockScreen = lock_screen_factory(self)
        self._payment_guard_factory = payment_guard_factory
        self.decision: Decision | None = None
        self._guards: list[QObject] = []  # spending guards on screen
        self._precise = QTimer(self)
        self._precise.setSingleShot(True)
        # Precise: a coarse timer moves its wake-up by up to 5% (some 90 ms at two seconds) to
        # a round fraction of the second, early or late, and this one is aimed at an instant.
        self._precise.setTimerType(Qt.TimerType.PreciseTimer)
        self._precise.timeout.connect(self.on_sample)

    @property
    def policy(self) -> Policy:
        return self._policy

    def restore(self) -> None:
        """After a restart: the warnings already shown today are not shown again."""
        local = self._recorder.now().astimezone(self._zone)
        midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
        try:
            with self._store.session(read_only=True) as s:
                shown = self._store.records.events(
                    s, child=self._child, kinds=["warning"], since=midnight
                )
        except StoreError as error:
            log.warning("cannot read today's warnings: %s", error)
            return
        self._state = self._state.with_warnings_shown(
            (str(e.data["scope"]), int(e.data["threshold_seconds"])) for e in shown if e.data
        )

    # --- the lock screen's actions -------------------------------------------------------

    def verify_pin(self, pin: str) -> tuple[bool, int]:
        try:
            check = self._vault.verify(pin)
        except KeyringUnavailable as error:  # the lock stays, and says the PIN cannot be checked
            log.warning("PIN check impossible: %s", error)
            return False, CANNOT_CHECK
        except Exception as error:  # no PIN set, a store error: the lock stays
            log.warning("PIN check impossible: %s", error)
            return False, 0
        return check.ok, int(check.wait.total_seconds())

    def grant(self, *, seconds: int | None = None, until: datetime | None = None) -> None:
        now = self._recorder.now()
        with self._store.session() as s:
            self._store.records.add_grant(
                s,
                self._child,
                granted_at=now,
                seconds=seconds,
                until=until,
                reason="lock screen",
                author="parent",
            )
        self.refresh(force=True)
        self.on_sample()

    def request(self, seconds: int, message: str) -> None:
        with self._store.session() as s:
            self._store.records.add_request(
                s, self._child, seconds=seconds, message=message or None, now=self._clock.now()
            )

    def start_parent_mode(self, seconds: int) -> None:
        """A parent entered the PIN: pause tracking's limits for `seconds` (at most 4 hours)."""
        self._state = self._state.parent_mode(self._clock.monotonic(), seconds)
        self._recorder.pause_until(self._state.parent_mode_until)
        self._event("parent_mode", {"seconds": seconds})
        self.parent_mode_changed.emit(
            self._clock.now().astimezone(self._zone) + timedelta(seconds=seconds)
        )
        self.on_sample()

    def sign_out(self) -> None:
        from guardian.platform.session import sign_out

        sign_out()

    def shut_down(self) -> None:
        from guardian.platform.session import shut_down

        shut_down()

    # --- the loop ------------------------------------------------------------------------

    def refresh(self, force: bool = False) -> None:
        """Pick up a new policy version and the grants of the last two days from the store."""
        now = self._clock.monotonic()
        if (
            not force
            and self._last_refresh is not None
            and now - self._last_refresh < REFRESH_EVERY.total_seconds()
        ):
            return
        self._last_refresh = now
        # Taken before reading: a commit during the reads changes it, and is read next time.
        mark = self._store.change_mark()
        if (
            not force
            and mark is not None
            and mark == self._read_mark
            and now - self._read_at < READ_ANYWAY_EVERY.total_seconds()
        ):
            return  # nothing committed since the last read: building the queries costs most
        self._read_mark, self._read_at = mark, now
        self._refresh_grants()  # apart: a damaged policy row must not hold back a parent's grant
        try:
            with self._store.session(read_only=True) as s:
                current, tampered = self._store.records.trusted_policy(s, self._child)
                version, document = (current.version, current.document) if current else (None, None)
        except StoreError as error:
            log.warning("store unreadable; the last policy stays in force: %s", error)
            self._read_mark = None  # read again next time
            return
        for found in tampered:
            self._tampered(found)
        if tampered and self._version is not None and (version or 0) <= self._version:
            return  # the version in force was changed or removed: it stays, as it was read
        if tampered and version is None and self._version is None:
            self._policy_unknown = True  # no version can be believed: fail closed
            return
        if version != self._version:
            try:
                policy = (
                    Policy()
                    if document is None
                    else read_policy(document, source=f"policy v{version}")
                )
            except PolicyError as error:  # never applied: the last valid policy stays
                self._invalid(version, error)
                if self._version is None:  # nothing in force yet: the newest valid one
                    self._fall_back()
                return
            self._apply_policy(policy, version)

    def _refresh_grants(self) -> None:
        try:
            with self._store.session(read_only=True) as s:
                since = self._clock.now() - timedelta(days=2)
                rows, forged = self._store.records.trusted_grants_since(s, self._child, since)
                waiting = len(self._store.records.pending_requests(s, self._child))
                grants = [
                    Grant(g.granted_at, seconds=g.seconds, until=g.until, category=g.category)
                    for g in rows
                ]
        except StoreError as error:
            log.warning("store unreadable; the grants read before stay in force: %s", error)
            self._read_mark = None  # read again next time
            return
        for found in forged:
            self._tampered(found)
        self._grants = grants
        self.requests_waiting.emit(waiting)

    def _apply_policy(self, policy: Policy, version: int | None) -> None:
        self._policy, self._version, self._policy_unknown = policy, version, False
        self._calendar = day_calendar(policy.calendar)
        self._recorder.set_classifier(Classifier(policy, self._catalog))
        log.info("policy version %s in force", version)

    def _invalid(self, version: int | None, error: PolicyError) -> None:
        """A damaged version is never applied; the parent is told once."""
        if version in self._reported_invalid:
            return
        self._reported_invalid.add(version)
        log.error("policy version %s is invalid and not applied: %s", version, error)
        self._event("policy_invalid", {"version": version, "problem": str(error)[:500]})

    def _tampered(self, found: Tampering) -> None:
        """A sealed row changed, added or removed outside Guardian: not believed; the parent is
        told once."""
        if found in self._reported_tampering:
            return
        self._reported_tampering.add(found)
        log.error("%s %s was %s outside Guardian; not believed", found.table, found.row, found.what)
        self._event("tampered", {"table": found.table, "row": found.row, "what": found.what})

    def _fall_back(self) -> None:
        """At start, with the newest version damaged: the newest valid one before it; with none,
        the limits are unknown and the PC stays locked until a parent fixes them or gives time."""
        try:
            with self._store.session(read_only=True) as s:
                history = [
                    (v.version, v.document)
                    for v in self._store.records.trusted_policy_history(s, self._child)
                ]
        except StoreError as error:
            log.warning("cannot read the policy history: %s", error)
            history = []
        for version, document in history:
            try:
                policy = read_policy(document, source=f"policy v{version}")
            except PolicyError as error:
                self._invalid(version, error)
                continue
            self._apply_policy(policy, version)
            return
        self._policy_unknown = True

    def on_sample(self, sample: Sample | None = None) -> None:
        """Decide after a sample; from a timer or a grant, with the last sample taken."""
        if sample is not None:
            self._last_sample = sample
        self.refresh()
        now = self._recorder.now()
        decision = decide(
            self._policy,
            self._recorder.usage(),
            self._grants,
            self._calendar,
            now,
            self._zone,
        )
        parent_gave_time = any(
            (g.until is not None and g.until > now) or g.seconds for g in self._grants
        )
        unknown = self._policy_unknown or not self._recorder.usage_restored
        if unknown and not parent_gave_time:
            decision = _fail_closed(decision)
        self.decision = decision
        self.decided.emit(decision)
        self._wake_at_the_change(decision, now)
        # the recorder's sample: the desktop is read once a second, not twice
        seen = self._last_sample
        foreground = None
        if seen is not None and seen.exe_name:
            found = self._recorder.classifier.classify(seen.exe_path, seen.exe_name, seen.title)
            foreground = Foreground(
                seen.pid, seen.exe_name, found.category, found.rule_id, not found.counted
            )
        self._state, actions = step(
            self._state,
            Observation(
                decision,
                foreground,
                self._clock.monotonic(),
                self._policy.payments,
                self._policy.close_after,
            ),
        )
        for action in actions:
            self._apply(action, decision)

    def _wake_at_the_change(self, decision: Decision, now: datetime) -> None:
        """When the state changes within the next tick, decide again at that very moment, so
        the lock (or unlock) comes on time rather than up to a second late."""
        moments = [decision.next_change_at]
        if decision.remaining_seconds:  # counted from the whole second the engine works in
            moments.append(
                now.replace(microsecond=0) + timedelta(seconds=decision.remaining_seconds)
            )
        # From the time it is now, not when the decision began: a decision can take a while (the
        # first may wait for the holiday tables' helper process); a moment that was ahead when it
        # began and has passed since is due at once. One not ahead of `now` is never aimed at.
        current = self._recorder.now()
        ahead = [m for m in moments if m is not None and m > now]
        delays = [max(0.0, (m - current).total_seconds()) for m in ahead]
        soon = [d for d in delays if d < PRECISE_WITHIN]
        if soon and not self._precise.isActive():
            self._precise.start(int(min(soon) * 1000) + PRECISE_SLACK_MS)

    def _apply(self, action: object, decision: Decision) -> None:
        if isinstance(action, Lock):
            shown = self.lock_screen.lock(LockInfo(action.reason, decision.unlocks_at))
            if not shown:  # no screen to cover: the OS's own lock instead
                from guardian.platform.session import lock_session

                lock_session()
            self._event(
                "lock", {"reason": action.reason and action.reason.value, "os_lock": not shown}
            )
        elif isinstance(action, Unlock):
            self.lock_screen.unlock()
            self._event("unlock", {})
        elif isinstance(action, Warn):
            self.warned.emit(action)
            self._event(
                "warning", {"scope": action.scope, "threshold_seconds": action.threshold_seconds}
            )
        elif isinstance(action, ShowCountdown):
            self.countdown_changed.emit(action.remaining_seconds)
        elif isinstance(action, HideCountdown):
            self.countdown_changed.emit(None)
        elif isinstance(action, AnnounceLimit):
            self.limit_announced.emit(action)
            self._event(
                "limit",
                {
                    "app": action.exe_name,
                    "scope": action.scope,
                    "grace_seconds": action.grace_seconds,
                },
            )
        elif isinstance(action, CloseApp):
            self._close(action.pid, action.exe_name, action.scope)
        elif isinstance(action, PaymentSeen):
            self._event("payment_seen", {"app": action.exe_name, "closing": action.close})
            if action.close:
                self._guard_payment(action.pid, action.exe_name)
        elif isinstance(action, ParentModeEnded):
            self.parent_mode_changed.emit(None)
            self._event("parent_mode_ended", {})
        elif isinstance(action, RemindRest):
            self.rest_reminded.emit()
            self._event("rest_reminder", {})

    def _guard_payment(self, pid: int | None, exe_name: str) -> None:
        """Close a payments window unless a parent enters the PIN in time."""
        if self._payment_guard_factory is None:
            from guardian.ui.payment_guard import PaymentGuard

            guard = PaymentGuard(self.verify_pin)
        else:  # the agent's screen, when the service decides
            guard = self._payment_guard_factory(self.verify_pin)
        self._guards.append(guard)

        def done(kind: str) -> None:
            self._event(kind, {"app": exe_name})
            if kind == "payment_closed":
                self._close(pid, exe_name, "payments")
            self._guards.remove(guard)
            guard.deleteLater()

        guard.allowed.connect(lambda: done("payment_allowed"))
        guard.expired.connect(lambda: done("payment_closed"))
        guard.start()

    def _close(self, pid: int | None, exe_name: str, scope: str) -> None:
        if pid is None:
            return
        try:
            closing = processes.close_tree(pid)
        except processes.Refused as refused:
            self._event("app_close_refused", {"app": exe_name, "why": str(refused)})
            return
        QTimer.singleShot(
            int(processes.KILL_AFTER * 1000), lambda: processes.kill_survivors(closing)
        )
        self._event("app_closed", {"app": exe_name, "scope": scope})

    def _event(self, kind: str, data: dict[str, object]) -> None:
        at = self._clock.now()
        if self._recorder.running:  # with the usage up to now (before it starts: on its own)
            self._recorder.store_event(kind, at=at, data=data)
            return
        try:
            with self._store.session() as s:
                self._store.records.add_event(s, kind, at=at, child=self._child, data=data)
        except StoreError as error:  # kept, and written with the recorder's next good flush
            log.warning("event %s kept until the store can be written: %s", kind, error)
            self._recorder.record_later(kind, at=at, data=data)


def _fail_closed(decision: Decision) -> Decision:
    """Today's usage or the limits are unknown: lock rather than hand out a fresh day."""
    from dataclasses import replace

    if decision.locked:
        return decision
    return replace(decision, locked=True, reason=Reason.DAILY_LIMIT, remaining_seconds=0)
