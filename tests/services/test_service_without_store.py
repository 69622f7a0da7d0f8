"""`guardian service` when it cannot read its store: it fails closed. A child's agent is
welcomed, locked and watched; an administrator's is told why; once the store can be read again,
the locked agents say hello again and are answered from it. A real local socket and agent link,
a damaged file on disk, an OS layer that names a child's account (the tests run as root)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from guardian import ipc
from guardian.core.clock import FakeClock
from guardian.core.engine import Reason
from guardian.core.watchdog import SILENCE_LIMIT, Session
from guardian.platform.peers import Identity, Peer
from guardian.services.agent_link import AgentLink
from guardian.services.service import GuardianService, _open_or_none
from guardian.storage import repositories as repo
from guardian.storage.database import Store, open_store
from guardian.ui.pin_text import CANNOT_CHECK

ACCOUNT, SESSION = "xiaoming", "session-7"


class ChildAccountHost:
    """The OS's word on who connects: always the child's account, in one session."""

    system_account = "root"

    def identify(self, descriptor: int) -> Identity | None:
        return Identity(Peer(os.getpid(), 1001, 1001), ACCOUNT, SESSION)

    def session_exists(self, session: str) -> bool | None:
        return True

    def lock(self, session: str, account: str) -> bool:
        raise AssertionError("the test's own lock is used")

    def has_system_rights(self) -> bool:
        return True


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    path = tmp_path / "guardian.sqlite3"
    path.write_bytes(b"not a database, and it must stay as it is" * 100)
    return path


def good_store(path: Path) -> None:
    store = open_store(path)
    with store.session() as s:
        repo.add_child(s, "Xiaoming", os_user=ACCOUNT, age=10, now=datetime.now(UTC))
    store.close()


@dataclass
class Running:
    service: GuardianService
    locked: list[Session]  # the sessions it locked for silence
    clock: FakeClock


@pytest.fixture
def start(damaged: Path, tmp_path: Path, qtbot) -> Iterator[Callable[[bool], Running]]:  # type: ignore[no-untyped-def]
    """Starts the service on the damaged store, the accounts administrators or not. Stopped
    before qtbot's own teardown, which then deletes what the service let go."""
    started: list[GuardianService] = []

    def start_service(administrator: bool) -> Running:
        locked: list[Session] = []
        service = GuardianService(
            _open_or_none(damaged),
            clock=(clock := FakeClock(datetime(2026, 11, 30, 19, tzinfo=UTC))),
            path=str(tmp_path / "run" / "agent.sock"),
            lock=lambda session: locked.append(session) is None,
            host=ChildAccountHost(),
            reopen=lambda: open_store(damaged),
            administrator=lambda account: administrator,
        )
        service.start()
        started.append(service)
        return Running(service, locked, clock)

    yield start_service
    for service in started:
        service.stop()
        if service.store is not None:
            service.store.close()


@pytest.fixture
def link(tmp_path: Path, qtbot) -> Iterator[AgentLink]:  # type: ignore[no-untyped-def]
    """The agent's end, hung up after the test."""
    link = AgentLink(None, path=str(tmp_path / "run" / "agent.sock"))
    yield link
    link._retry.stop()
    link._socket.abort()


def test_a_damaged_store_is_left_as_it_is_and_the_service_runs_without_it(damaged: Path) -> None:
    before = damaged.read_bytes()
    assert _open_or_none(damaged) is None
    assert damaged.read_bytes() == before


def test_a_childs_session_is_locked_and_watched_while_the_store_cannot_be_read(
    start, link, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    running = start(False)
    said: list[dict] = []
    link.received.connect(said.append)
    with qtbot.waitSignal(link.welcomed, timeout=5000):
        link.connect_to_service()
    qtbot.waitUntil(lambda: bool(said))
    assert said[0] == {"type": "lock", "reason": Reason.RECORDS_UNREADABLE.value}
    assert link.child == ACCOUNT  # no child's name to be had: the account's
    # The agent cannot be ended to get away: its silence locks the session, as for any child.
    running.clock.advance(SILENCE_LIMIT)
    running.service.check()
    assert [(s.key, s.account) for s in running.locked] == [(SESSION, ACCOUNT)]
    # Nothing can be given while nothing can be checked; the PIN is not taken as wrong either.
    link.send({"type": "call", "id": 1, "method": "verify_pin", "pin": "482915"})
    link.send({"type": "call", "id": 2, "method": "grant", "seconds": 3600})
    qtbot.waitUntil(lambda: {1, 2} <= set(link._replies))
    assert link._replies[1]["ok"] is False and link._replies[1]["wait"] == CANNOT_CHECK
    assert link._replies[2]["ok"] is False
    # Agents saying hello again and again do not put off the next try at the store.
    restarts: list[object] = []
    monkeypatch.setattr(running.service._retry, "start", lambda *args: restarts.append(args))
    again = AgentLink(None, path=link._path)
    with qtbot.waitSignal(again.welcomed, timeout=5000):
        again.connect_to_service()
    assert restarts == [] and running.service._retry.isActive()
    again._socket.abort()


def test_an_administrators_agent_is_told_why(start, link, qtbot) -> None:  # type: ignore[no-untyped-def]
    running = start(True)
    with qtbot.waitSignal(link.refused, timeout=5000) as refused:
        link.connect_to_service()
    assert refused.args == [ipc.STORE_UNREADABLE]
    assert running.service.watch.sessions == {} and running.locked == []


def test_once_the_store_is_repaired_the_child_is_answered_from_it(
    start, link, damaged, tmp_path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    running = start(False).service
    with qtbot.waitSignal(link.welcomed, timeout=5000):
        link.connect_to_service()
    running.retry_store()  # still damaged: the agent stays locked and connected
    assert running.store is None and link.session is not None
    backup = tmp_path / "backup.sqlite3"
    good_store(backup)
    backup.replace(damaged)  # a parent restores the file from a backup
    with qtbot.waitSignal(link._socket.disconnected, timeout=5000):
        running.retry_store()
    assert isinstance(running.store, Store)
    with qtbot.waitSignal(link.welcomed, timeout=5000):
        link.connect_to_service()
    assert link.child == "Xiaoming"
    (client,) = running._clients.values()
    assert client.keeper is not None and not client.unread
