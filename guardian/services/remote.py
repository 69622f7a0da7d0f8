"""A child's session as `guardian service` keeps it: the agent says what is on the screen, the
service accounts with its own clock, decides, writes the store, and tells the agent what to show.

The agent is not trusted. What it reports about the window in front is checked where the
service can check it: the process must belong to the account the kernel named for the
connection, and the program is read from the process itself, not from the report. Giving time
and parent mode need the parent PIN checked by the service on the same connection shortly
before, once per PIN entry. A report older than a few seconds says nothing about now: the
service then counts nothing, and the watch locks the session once the silence reaches 30 s.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from guardian.core.catalog import Catalog
from guardian.core.clock import Clock
from guardian.core.enforcement import AnnounceLimit, Warn
from guardian.core.engine import Decision
from guardian.platform.base import Capabilities, Foreground, describe_process, exe_name_of
from guardian.services.enforcer import Enforcer
from guardian.services.tracking import Tracking, build_tracking
from guardian.storage.files import StoreFile
from guardian.storage.records import Row
from guardian.ui.lock_info import LockInfo

log = logging.getLogger(__name__)

STALE_AFTER = 5.0  # seconds: an older report says nothing about the screen now
PIN_GOOD_FOR = 300.0  # seconds between a right PIN and the grant it opens
# The agent's payment window waits 30 s for the PIN; past this, the service closes the page.
PAYMENT_ANSWER_WITHIN_MS = 40_000

DAY = 24 * 3600
PARENT_MODE_AT_MOST = 4 * 3600

Send = Callable[[dict[str, Any]], bool]


class ReportedDesktop:
    """The Platform the service's recorder reads: the agent's last report, checked."""

    name = "reported"

    def __init__(self, clock: Clock, uid: int | None) -> None:
        self._clock = clock
        self._uid = uid  # None: no kernel word on the account (tests in one process)
        self._at: float | None = None
        self._foreground: Foreground | None = None
        self._idle: float | None = None
        self._locked: bool | None = None

    def update(self, sample: object) -> None:
        if not isinstance(sample, dict):
            return
        pid = sample.get("pid")
        pid = pid if isinstance(pid, int) and not isinstance(pid, bool) and pid > 0 else None
        title = sample.get("title")
        idle = sample.get("idle_seconds")
        locked = sample.get("locked")
        self._foreground = self._checked(
            pid,
            str(sample.get("exe") or ""),
            title if isinstance(title, str) else "",
            sample.get("fullscreen") is True,
        )
        self._idle = float(idle) if isinstance(idle, int | float) and idle >= 0 else None
        self._locked = locked if isinstance(locked, bool) else None
        self._at = self._clock.monotonic()

    def _checked(
        self, pid: int | None, exe: str, title: str, fullscreen: bool
    ) -> Foreground | None:
        """The report's window, with its program read from the process where the service can:
        a process of another account is not the child's window."""
        title = title[:512]
        if pid is None and not exe:
            return None  # nothing in front
        if self._uid is None:
            name = exe_name_of(exe)
            return Foreground(pid, exe, name, name, title, fullscreen)
        if pid is None or _owner(pid) != self._uid:
            # not provably the child's program: it counts, as no program in particular
            log.info("reported program %r (pid %s) is not the child's process", exe, pid)
            return Foreground(None, "", "", "", title, fullscreen)
        path, name, display = describe_process(pid)
        return Foreground(pid if name else None, path, name, display, title, fullscreen)

    def _fresh(self) -> bool:
        return self._at is not None and self._clock.monotonic() - self._at <= STALE_AFTER

    def capabilities(self) -> Capabilities:
        return Capabilities(True, True, True, True, True)

    def foreground(self) -> Foreground | None:
        return self._foreground if self._fresh() else None

    def idle_seconds(self) -> float | None:
        return self._idle if self._fresh() else None

    def session_locked(self) -> bool | None:
        return self._locked if self._fresh() else True  # unknown now: nothing is counted

    def close(self) -> None:
        pass


def _owner(pid: int) -> int | None:
    import psutil

    try:
        return int(psutil.Process(pid).uids().real)
    except (psutil.Error, OSError):
        return None


class RemoteScreen:
    """The lock screen the service's enforcer drives: the agent's, over the connection."""

    def __init__(self, send: Send) -> None:
        self._send = send

    def lock(self, info: LockInfo) -> bool:
        return self._send(
            {
                "type": "lock",
                "reason": info.reason and info.reason.value,
                "unlocks_at": _iso(info.unlocks_at),
            }
        )

    def unlock(self) -> None:
        self._send({"type": "unlock"})


class RemotePaymentGuard(QObject):
    """The payment window on the agent's screen; no answer in time closes the page."""

    allowed = Signal()
    expired = Signal()

    def __init__(self, session: ChildSession) -> None:
        super().__init__(session)
        self._session = session
        self.id = session.next_id()
        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.timeout.connect(self._expire)

    def start(self) -> None:
        self._session.guards[self.id] = self
        self._session.send({"type": "payment", "id": self.id})
        self._timeout.start(PAYMENT_ANSWER_WITHIN_MS)

    def answered(self, allowed: bool) -> None:
        self._timeout.stop()
        self._session.guards.pop(self.id, None)
        (self.allowed if allowed else self.expired).emit()

    def _expire(self) -> None:
        self.answered(False)


class ChildSession(QObject):
    """One agent's session in the service: tracking for its child, answers to its calls."""

    def __init__(
        self,
        *,
        store: StoreFile,
        child: Row,
        send: Send,
        uid: int | None,
        clock: Clock,
        catalog: Catalog | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.send = send
        self._clock = clock
        self._ids = 0
        self._pin_ok_at: float | None = None
        self.guards: dict[int, RemotePaymentGuard] = {}
        self.desktop = ReportedDesktop(clock, uid)
        self.tracking: Tracking = build_tracking(
            store=store,
            child=child,
            platform=self.desktop,
            clock=clock,
            lock_screen_factory=lambda _enforcer: RemoteScreen(send),
            payment_guard_factory=lambda _verify: RemotePaymentGuard(self),
            catalog=catalog,
            parent=self,
        )
        enforcer = self.enforcer
        enforcer.decided.connect(self._decided)
        enforcer.warned.connect(self._warned)
        enforcer.countdown_changed.connect(
            lambda seconds: send({"type": "countdown", "seconds": seconds})
        )
        enforcer.limit_announced.connect(self._limit)
        enforcer.rest_reminded.connect(lambda: send({"type": "rest"}))
        enforcer.parent_mode_changed.connect(
            lambda until: send({"type": "parent_mode", "until": _iso(until)})
        )
        enforcer.requests_waiting.connect(lambda count: send({"type": "waiting", "count": count}))

    @property
    def enforcer(self) -> Enforcer:
        return self.tracking.enforcer

    def next_id(self) -> int:
        self._ids += 1
        return self._ids

    def start(self) -> None:
        self.tracking.start()

    def stop(self) -> None:
        self.tracking.stop()
        for guard in list(self.guards.values()):
            guard.answered(False)

    # --- what the agent says -------------------------------------------------------------

    def handle(self, message: dict[str, Any]) -> None:
        kind = message["type"]
        if kind == "report":
            self.desktop.update(message.get("sample"))
        elif kind == "call":
            reply = self._call(message)
            self.send({"type": "reply", "id": message.get("id"), **reply})
        elif kind == "payment_done":
            guard = self.guards.get(message.get("id"))  # type: ignore[arg-type]
            if guard is not None:
                guard.answered(message.get("allowed") is True and self._authorised())

    def _call(self, message: dict[str, Any]) -> dict[str, Any]:
        method = message.get("method")
        if method == "verify_pin":
            pin = message.get("pin")
            ok, wait = self.enforcer.verify_pin(pin if isinstance(pin, str) else "")
            self._pin_ok_at = self._clock.monotonic() if ok else None
            return {"ok": ok, "wait": wait}
        if method == "request":
            seconds, text = _seconds(message.get("seconds"), DAY), message.get("message")
            if seconds is None:
                return {"ok": False}
            self.enforcer.request(seconds, text[:500] if isinstance(text, str) else "")
            return {"ok": True}
        if method == "grant":
            seconds, until = _seconds(message.get("seconds"), DAY), _parse(message.get("until"))
            if not self._authorised():
                log.warning("a grant without the PIN was refused")
                return {"ok": False}
            if seconds is not None:
                self.enforcer.grant(seconds=seconds)
            elif until is not None:
                self.enforcer.grant(until=until)
            else:
                return {"ok": False}
            return {"ok": True}
        if method == "parent_mode":
            seconds = _seconds(message.get("seconds"), PARENT_MODE_AT_MOST)
            if not self._authorised() or seconds is None:
                return {"ok": False}
            self.enforcer.start_parent_mode(seconds)
            return {"ok": True}
        return {"ok": False}

    def _authorised(self) -> bool:
        """A right PIN on this connection shortly before; it opens one thing."""
        at, self._pin_ok_at = self._pin_ok_at, None
        return at is not None and self._clock.monotonic() - at <= PIN_GOOD_FOR

    # --- what the agent is told ----------------------------------------------------------

    def _decided(self, decision: Decision) -> None:
        self.send(
            {
                "type": "decision",
                "locked": decision.locked,
                "remaining_seconds": decision.remaining_seconds,
                "next_change_at": _iso(decision.next_change_at),
            }
        )

    def _warned(self, warn: Warn) -> None:
        self.send(
            {
                "type": "warn",
                "scope": warn.scope,
                "threshold_seconds": warn.threshold_seconds,
                "remaining_seconds": warn.remaining_seconds,
            }
        )

    def _limit(self, notice: AnnounceLimit) -> None:
        self.send(
            {
                "type": "limit",
                "exe_name": notice.exe_name,
                "scope": notice.scope,
                "reason": notice.reason and notice.reason.value,
                "grace_seconds": notice.grace_seconds,
            }
        )


def _seconds(value: object, most: int) -> int | None:
    """A whole number of seconds in (0, most], or None."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 < value <= most:
        return value
    return None


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _parse(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None
