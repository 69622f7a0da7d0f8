"""The agent as a thin client of `guardian service`: the backend the tray and the lock screen
use when the service keeps the store.

Once a second it reads the desktop (the window in front, idle time, lock state) and reports it;
the service accounts, decides and answers with what to show: the time left, warnings, the
countdown, the lock screen. The PIN is checked by the service, and giving time or parent mode
goes through it. This agent never opens the store, which the child's account cannot write.

If the service stops answering, what is on screen stays as it is (a lock screen stays up) and
the link tries again every few seconds; the service locks the session itself when the agent
goes quiet.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from guardian.core.enforcement import AnnounceLimit, Warn
from guardian.core.engine import Reason
from guardian.platform.base import Platform
from guardian.services.agent_link import AgentLink
from guardian.ui.lock_info import LockInfo
from guardian.ui.lock_screen import LockScreen

log = logging.getLogger(__name__)

SAMPLE_EVERY_MS = 1000


@dataclass(frozen=True)
class Shown:
    """The part of a decision the tray shows."""

    locked: bool
    remaining_seconds: int | None
    next_change_at: datetime | None


def read_desktop(platform: Platform) -> dict[str, Any]:
    """What the service is told each second: the window in front, idle time, lock state."""
    window = platform.foreground()
    return {
        "pid": window.pid if window else None,
        "exe": window.exe_path or window.exe_name if window else "",
        "title": window.title if window else "",
        "fullscreen": window.fullscreen if window else False,
        "idle_seconds": platform.idle_seconds(),
        "locked": platform.session_locked(),
    }


class ServiceBackend(QObject):
    # the same signals as the in-process backend (`Enforcer`), for the tray and the countdown
    warned = Signal(object)  # Warn
    countdown_changed = Signal(object)  # seconds left, or None to hide
    limit_announced = Signal(object)  # AnnounceLimit
    rest_reminded = Signal()
    decided = Signal(object)  # Shown
    parent_mode_changed = Signal(object)  # local end of parent mode, or None when it ends
    requests_waiting = Signal(int)

    def __init__(
        self,
        *,
        platform: Platform,
        link: AgentLink,
        lock_screen_factory: Callable[[ServiceBackend], LockScreen],
        payment_guard_factory: Callable[[Callable[[str], tuple[bool, int]]], Any] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._platform, self.link = platform, link
        self.lock_screen = lock_screen_factory(self)
        self._payment_guard_factory = payment_guard_factory
        self._guards: list[QObject] = []
        link.received.connect(self._received)
        # Which connection to the service this is, and which one showed the lock on screen: a
        # service that starts again (or can read its store again) begins with the screen as it
        # finds it, and says "unlock" only for a lock of its own.
        self._connection = 0
        self._lock_connection: int | None = None
        link.welcomed.connect(self._welcomed)
        self._timer = QTimer(self)
        self._timer.setInterval(SAMPLE_EVERY_MS)
        self._timer.timeout.connect(self.report)

    def start(self) -> None:
        self.link.connect_to_service()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def report(self) -> None:
        self.link.report(read_desktop(self._platform))

    # --- what the tray and the lock screen ask ------------------------------------------

    def verify_pin(self, pin: str) -> tuple[bool, int]:
        reply = self.link.call("verify_pin", pin=pin)
        if reply is None:  # no answer: the lock stays
            return False, 0
        wait = reply.get("wait")
        return reply.get("ok") is True, wait if isinstance(wait, int) else 0

    def grant(self, *, seconds: int | None = None, until: datetime | None = None) -> None:
        reply = self.link.call(
            "grant", seconds=seconds, until=None if until is None else until.isoformat()
        )
        if reply is None or reply.get("ok") is not True:
            log.warning("the service did not give the time")

    def request(self, seconds: int, message: str) -> None:
        self.link.call("request", seconds=seconds, message=message)

    def start_parent_mode(self, seconds: int) -> None:
        self.link.call("parent_mode", seconds=seconds)

    def sign_out(self) -> None:
        from guardian.platform.session import sign_out

        sign_out()

    def shut_down(self) -> None:
        from guardian.platform.session import shut_down

        shut_down()

    # --- what the service says ----------------------------------------------------------

    def _welcomed(self, _session: str) -> None:
        self._connection += 1

    def _received(self, message: dict[str, Any]) -> None:
        kind = message["type"]
        if kind == "decision":
            shown = Shown(
                message.get("locked") is True,
                _int(message.get("remaining_seconds")),
                _time(message.get("next_change_at")),
            )
            self.decided.emit(shown)
            stale = self._lock_connection not in (None, self._connection)
            if not shown.locked and stale and self.lock_screen.active:
                log.info("the service's decision lifts a lock shown before it connected again")
                self._lock_connection = None
                self.lock_screen.unlock()
        elif kind == "lock":
            self._lock_connection = self._connection
            info = LockInfo(_reason(message.get("reason")), _time(message.get("unlocks_at")))
            if not self.lock_screen.lock(info):  # no screen to cover: the OS's own lock
                from guardian.platform.session import lock_session

                lock_session()
        elif kind == "unlock":
            self._lock_connection = None
            self.lock_screen.unlock()
        elif kind == "warn":
            self.warned.emit(
                Warn(
                    str(message.get("scope")),
                    _int(message.get("threshold_seconds")) or 0,
                    _int(message.get("remaining_seconds")) or 0,
                )
            )
        elif kind == "countdown":
            self.countdown_changed.emit(_int(message.get("seconds")))
        elif kind == "limit":
            self.limit_announced.emit(
                AnnounceLimit(
                    str(message.get("exe_name")),
                    str(message.get("scope")),
                    _reason(message.get("reason")),
                    _int(message.get("grace_seconds")) or 0,
                )
            )
        elif kind == "rest":
            self.rest_reminded.emit()
        elif kind == "parent_mode":
            self.parent_mode_changed.emit(_time(message.get("until")))
        elif kind == "waiting":
            self.requests_waiting.emit(_int(message.get("count")) or 0)
        elif kind == "payment" and isinstance(message.get("id"), int):
            self._guard_payment(message["id"])

    def _guard_payment(self, number: int) -> None:
        if self._payment_guard_factory is None:
            from guardian.ui.payment_guard import PaymentGuard

            guard = PaymentGuard(self.verify_pin)
        else:
            guard = self._payment_guard_factory(self.verify_pin)
        self._guards.append(guard)

        def done(allowed: bool) -> None:
            self.link.send({"type": "payment_done", "id": number, "allowed": allowed})
            self._guards.remove(guard)
            guard.deleteLater()

        guard.allowed.connect(lambda: done(True))
        guard.expired.connect(lambda: done(False))
        guard.start()


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _reason(value: object) -> Reason | None:
    try:
        return Reason(value) if isinstance(value, str) else None
    except ValueError:
        return None
