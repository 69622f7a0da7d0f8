"""The service's side of a child's session (accounting, decisions, the checks on what an agent
may ask) and the agent's thin client, each driven by the messages the other would send."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from guardian.core.clock import FakeClock
from guardian.core.engine import Reason
from guardian.core.policy_file import parse_policy_text, policy_to_document
from guardian.pin import PinVault
from guardian.services.remote import PIN_GOOD_FOR, STALE_AFTER, ChildSession, ReportedDesktop
from guardian.services.service_backend import ServiceBackend
from guardian.storage import repositories as repo
from guardian.storage.database import Store, open_store
from guardian.ui.lock_info import LockInfo

PIN = "482915"
POLICY = '[total]\nlimit = "1h"\n'


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    store = open_store(tmp_path / "guardian.sqlite3")
    now = datetime(2026, 11, 24, 10, tzinfo=UTC)
    with store.session() as s:
        child = repo.add_child(s, "Xiaoming", os_user="xiaoming", age=10, now=now)
        document = policy_to_document(parse_policy_text(POLICY))
        repo.add_policy_version(s, child, document, author="parent", now=now)
    yield store
    store.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 24, 10, tzinfo=UTC))


def session(store: Store, clock: FakeClock, uid: int | None = None) -> tuple[ChildSession, list]:
    sent: list[dict[str, Any]] = []
    with store.session(read_only=True) as s:
        child = repo.get_child(s, "Xiaoming")
    keeper = ChildSession(
        store=store,
        child=child,
        send=lambda message: sent.append(message) is None,
        uid=uid,
        clock=clock,
    )
    return keeper, sent


def report(keeper: ChildSession, exe: str = "/usr/bin/game", pid: int | None = None) -> None:
    sample = {"pid": pid, "exe": exe, "title": "t", "idle_seconds": 0, "locked": False}
    keeper.handle({"type": "report", "sample": sample})


def call(keeper: ChildSession, sent: list, method: str, **params: Any) -> dict[str, Any]:
    keeper.handle({"type": "call", "id": 7, "method": method, **params})
    reply = sent.pop()
    assert reply["type"] == "reply" and reply["id"] == 7
    return reply


def test_the_service_counts_what_the_agent_reports_with_its_own_clock(store, clock) -> None:  # type: ignore[no-untyped-def]
    keeper, sent = session(store, clock)
    keeper.start()
    for _ in range(30):
        report(keeper)
        clock.advance(1)
        keeper.tracking.recorder.tick()
    assert keeper.tracking.recorder.usage().total_seconds == 29
    decision = [m for m in sent if m["type"] == "decision"][-1]
    assert decision == {
        "type": "decision",
        "locked": False,
        "remaining_seconds": 3600 - 29,
        "next_change_at": decision["next_change_at"],
    }
    clock.jump(24 * 3600)  # the child sets the PC to tomorrow: no fresh day
    report(keeper)
    clock.advance(1)
    keeper.tracking.recorder.tick()
    assert keeper.tracking.recorder.usage().total_seconds == 30
    keeper.stop()
    with store.session(read_only=True) as s:
        child = repo.get_child(s, "Xiaoming")
        start = datetime(2026, 11, 24, tzinfo=UTC)
        assert repo.usage_total(s, child, start, start + timedelta(days=1)) == 30


def test_a_silent_agent_gets_nothing_counted(store, clock) -> None:  # type: ignore[no-untyped-def]
    keeper, _ = session(store, clock)
    keeper.start()
    report(keeper)
    for _ in range(20):
        clock.advance(1)
        keeper.tracking.recorder.tick()
    assert keeper.tracking.recorder.usage().total_seconds == STALE_AFTER
    keeper.stop()


def test_the_lock_is_sent_to_the_agent_when_the_time_is_up(store, clock) -> None:  # type: ignore[no-untyped-def]
    with store.session() as s:
        child = repo.get_child(s, "Xiaoming")
        start = datetime(2026, 11, 24, 9, tzinfo=UTC)
        repo.add_spans(
            s,
            child,
            [repo.SpanRecord("/usr/bin/game", "game", start, start + timedelta(hours=1), "games")],
        )
    keeper, sent = session(store, clock)
    keeper.start()
    report(keeper)
    clock.advance(1)
    keeper.tracking.recorder.tick()
    lock = next(m for m in sent if m["type"] == "lock")
    assert lock["reason"] == Reason.DAILY_LIMIT.value and lock["unlocks_at"]
    keeper.stop()


def test_time_is_given_only_after_the_pin_and_once_per_pin(store, clock) -> None:  # type: ignore[no-untyped-def]
    PinVault(store, clock).set_pin(PIN)
    keeper, sent = session(store, clock)
    keeper.start()
    assert call(keeper, sent, "grant", seconds=600)["ok"] is False  # no PIN: refused
    assert call(keeper, sent, "verify_pin", pin="000000")["ok"] is False
    assert call(keeper, sent, "grant", seconds=600)["ok"] is False
    assert call(keeper, sent, "verify_pin", pin=PIN)["ok"] is True
    assert call(keeper, sent, "grant", seconds=600)["ok"] is True
    assert call(keeper, sent, "grant", seconds=600)["ok"] is False  # one PIN, one grant
    assert call(keeper, sent, "verify_pin", pin=PIN)["ok"] is True
    clock.advance(PIN_GOOD_FOR + 1)
    assert call(keeper, sent, "parent_mode", seconds=3600)["ok"] is False  # too late
    assert call(keeper, sent, "verify_pin", pin=PIN)["ok"] is True
    assert call(keeper, sent, "parent_mode", seconds=99 * 3600)["ok"] is False  # too long
    assert call(keeper, sent, "request", seconds=900, message="homework")["ok"] is True
    with store.session(read_only=True) as s:
        child = repo.get_child(s, "Xiaoming")
        grants = repo.grants_since(s, child, clock.now() - timedelta(days=1))
        assert [g.seconds for g in grants] == [600]
        assert [r.seconds for r in repo.pending_requests(s, child)] == [900]
    keeper.stop()


def test_a_payment_page_is_allowed_only_with_the_pin(store, clock, qtbot) -> None:  # type: ignore[no-untyped-def]
    PinVault(store, clock).set_pin(PIN)
    keeper, sent = session(store, clock)
    from guardian.services.remote import RemotePaymentGuard

    results: list[str] = []
    for answer_with_pin in (False, True):
        guard = RemotePaymentGuard(keeper)
        guard.allowed.connect(lambda: results.append("allowed"))
        guard.expired.connect(lambda: results.append("closed"))
        guard.start()
        assert sent.pop() == {"type": "payment", "id": guard.id}
        if answer_with_pin:
            call(keeper, sent, "verify_pin", pin=PIN)
        keeper.handle({"type": "payment_done", "id": guard.id, "allowed": True})
    assert results == ["closed", "allowed"]


def test_the_program_is_read_from_the_process_not_the_report(clock) -> None:  # type: ignore[no-untyped-def]
    mine = ReportedDesktop(clock, uid=os.getuid())
    mine.update({"pid": os.getpid(), "exe": "C:/study/libreoffice.exe", "title": "x"})
    seen = mine.foreground()
    assert seen is not None and seen.pid == os.getpid()
    assert seen.exe_path == os.path.realpath(os.sys.executable)  # type: ignore[attr-defined]
    other = ReportedDesktop(clock, uid=os.getuid() + 4242)  # pid not of the connected account
    other.update({"pid": os.getpid(), "exe": "libreoffice.exe", "title": "x"})
    seen = other.foreground()
    assert seen is not None and (seen.pid, seen.exe_name) == (None, "")
    other.update({"pid": None, "exe": "libreoffice.exe", "title": "x"})  # no pid: no program
    seen = other.foreground()
    assert seen is not None and seen.exe_name == ""
    other.update({"pid": "1; rm", "idle_seconds": -5, "locked": "no"})  # nonsense: nothing
    assert other.foreground() is None and other.idle_seconds() is None
    assert other.session_locked() is None
    clock.advance(STALE_AFTER + 1)
    assert other.session_locked() is True  # an old report: nothing is counted


class FakeLink:
    def __init__(self) -> None:
        from PySide6.QtCore import QObject, Signal

        class Signals(QObject):
            received = Signal(dict)
            welcomed = Signal(str)

        self._signals = Signals()
        self.received = self._signals.received
        self.welcomed = self._signals.welcomed
        self.sent: list[dict[str, Any]] = []
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.answer: dict[str, Any] | None = {"ok": True, "wait": 0}

    def send(self, message: dict[str, Any]) -> bool:
        self.sent.append(message)
        return True

    def report(self, sample: dict[str, Any] | None = None) -> None:
        self.send({"type": "report", "sample": sample})

    def call(self, method: str, timeout_ms: int = 5000, **params: Any) -> dict[str, Any] | None:
        self.calls.append((method, params))
        return self.answer

    def connect_to_service(self) -> None:
        pass


class FakeLockScreen:
    def __init__(self, can_show: bool = True) -> None:
        self.shown: list[LockInfo | None] = []
        self.can_show = can_show

    def lock(self, info: LockInfo) -> bool:
        self.shown.append(info)
        return self.can_show

    def unlock(self) -> None:
        self.shown.append(None)

    @property
    def active(self) -> bool:
        return bool(self.shown) and self.shown[-1] is not None


def test_the_agent_shows_what_the_service_decides(qtbot) -> None:  # type: ignore[no-untyped-def]
    from tests.services.test_recorder import ScriptedDesktop

    link, screen = FakeLink(), FakeLockScreen()
    backend = ServiceBackend(
        platform=ScriptedDesktop(),
        link=link,  # type: ignore[arg-type]
        lock_screen_factory=lambda _backend: screen,  # type: ignore[arg-type,return-value]
    )
    decided, warned = [], []
    backend.decided.connect(decided.append)
    backend.warned.connect(warned.append)
    backend.report()
    assert link.sent[-1]["type"] == "report" and "idle_seconds" in link.sent[-1]["sample"]
    at = "2026-11-24T21:00:00+08:00"
    link.received.emit(
        {"type": "decision", "locked": True, "remaining_seconds": 0, "next_change_at": at}
    )
    link.received.emit({"type": "lock", "reason": "outside_hours", "unlocks_at": at})
    link.received.emit(
        {"type": "warn", "scope": "total", "threshold_seconds": 300, "remaining_seconds": 299}
    )
    link.received.emit({"type": "lock", "reason": "not a reason", "unlocks_at": "yesterday"})
    link.received.emit({"type": "unlock"})
    assert decided[0].locked and decided[0].next_change_at == datetime.fromisoformat(at)
    assert screen.shown[0] == LockInfo(Reason.OUTSIDE_HOURS, datetime.fromisoformat(at))
    assert screen.shown[1] == LockInfo(None, None) and screen.shown[2] is None
    assert (warned[0].scope, warned[0].remaining_seconds) == ("total", 299)
    assert backend.verify_pin(PIN) == (True, 0)
    link.answer = None  # the service does not answer: the PIN is not taken as right
    assert backend.verify_pin(PIN) == (False, 0)
    backend.grant(until=datetime(2026, 11, 24, 22, tzinfo=UTC))
    assert link.calls[-1] == ("grant", {"seconds": None, "until": "2026-11-24T22:00:00+00:00"})


def backend_on(link: FakeLink, screen: FakeLockScreen) -> ServiceBackend:
    from tests.services.test_recorder import ScriptedDesktop

    return ServiceBackend(
        platform=ScriptedDesktop(),
        link=link,  # type: ignore[arg-type]
        lock_screen_factory=lambda _backend: screen,  # type: ignore[arg-type,return-value]
    )


def unlocked_decision() -> dict[str, Any]:
    return {"type": "decision", "locked": False, "remaining_seconds": 600}


def test_a_lock_from_before_the_service_connected_again_is_lifted_by_its_decision(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A service that starts again (or reads its store again) begins with the agent's screen as
    it finds it: it says "unlock" only for a lock of its own, so its first decision that the
    time is free lifts the lock an earlier connection left."""
    link, screen = FakeLink(), FakeLockScreen()
    _backend = backend_on(link, screen)  # kept alive: its slots go with it
    link.welcomed.emit("s1")
    link.received.emit({"type": "lock", "reason": "records_unreadable"})
    assert screen.shown == [LockInfo(Reason.RECORDS_UNREADABLE, None)]
    link.received.emit(unlocked_decision())  # the same connection: its lock is its own to lift
    assert screen.active
    link.welcomed.emit("s1")  # connected again, the store read
    link.received.emit({**unlocked_decision(), "locked": True})
    assert screen.active
    link.received.emit(unlocked_decision())
    assert not screen.active and screen.shown[-1] is None


def test_a_lock_of_the_current_connection_stays_until_the_service_lifts_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    link, screen = FakeLink(), FakeLockScreen()
    _backend = backend_on(link, screen)  # kept alive: its slots go with it
    link.welcomed.emit("s1")
    link.received.emit({"type": "lock", "reason": "records_unreadable"})
    link.welcomed.emit("s1")
    link.received.emit({"type": "lock", "reason": "daily_limit"})  # the new connection's own
    link.received.emit(unlocked_decision())
    assert screen.active
    link.received.emit({"type": "unlock"})
    assert not screen.active
