"""`guardian service` over the Windows and macOS peer hosts, each on its fake OS layer: a real
local socket and agent link, the OS's word on who connects, its lock for a silent session."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from guardian import ipc
from guardian.core.clock import FakeClock
from guardian.platform.peers import SYSTEM_SID, PeerHost
from guardian.platform.peers_macos import PMSET, MacPeerHost
from guardian.platform.peers_windows import WindowsPeerHost
from guardian.services.agent_link import AgentLink
from guardian.services.service import GuardianService
from guardian.storage import repositories as repo
from guardian.storage.database import Store, open_store
from tests.platform.fake_macos_service import (
    CHILD_UID,
    PARENT_UID,
    STAFF_GID,
    FakeConnection,
    FakeMacPeers,
)
from tests.platform.fake_win32_service import (
    CHILD_SESSION,
    CHILD_SID,
    PARENT_SESSION,
    PARENT_SID,
    FakeWinPeers,
)


@dataclass
class System:
    """One OS's host over its fake, and how to play that OS's side in a test."""

    host: PeerHost
    session: str  # the child's session key
    connect_as: Callable[[str | None], None]  # "child", "parent", "system", None: unknown
    locks: Callable[[], list[object]]
    expected_lock: object
    sign_out: Callable[[], None]


def windows() -> System:
    api = FakeWinPeers()
    api.start(5100, CHILD_SID, CHILD_SESSION)
    api.start(5200, PARENT_SID, PARENT_SESSION)
    api.start(5300, SYSTEM_SID, 0)
    pids = {"child": 5100, "parent": 5200, "system": 5300}

    def connect_as(who: str | None) -> None:
        api.any_pipe = pids[who] if who else None

    return System(
        WindowsPeerHost(api),
        str(CHILD_SESSION),
        connect_as,
        lambda: list(api.disconnected),
        CHILD_SESSION,
        lambda: api.sign_out(CHILD_SESSION),
    )


def macos() -> System:
    api = FakeMacPeers()
    api.log_in(CHILD_UID)
    uids = {"child": CHILD_UID, "parent": PARENT_UID, "system": 0}

    def connect_as(who: str | None) -> None:
        api.any_connection = FakeConnection(6100, uids[who], STAFF_GID) if who else None

    def sign_out() -> None:
        api.gui_logins.discard(CHILD_UID)
        api.console = 0

    return System(
        MacPeerHost(api),
        f"gui/{CHILD_UID}",
        connect_as,
        lambda: list(api.locks()),
        [PMSET, "displaysleepnow"],
        sign_out,
    )


@pytest.fixture(params=[windows, macos], ids=["windows", "macos"])
def system(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> System:
    monkeypatch.delenv("GUARDIAN_LOCK_COMMAND", raising=False)  # the OS's own lock
    made: System = request.param()
    made.connect_as("child")
    return made


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = open_store(tmp_path / "guardian.sqlite3")
    with store.session() as s:
        now = datetime.now(UTC)
        repo.add_child(s, "Xiaoming", os_user="xiaoming", age=10, now=now)
        repo.add_child(s, "Meimei", os_user="meimei", age=8, now=now)
    return store


@pytest.fixture
def service(store: Store, system: System, tmp_path: Path, qtbot) -> Iterator[GuardianService]:  # type: ignore[no-untyped-def]
    clock = FakeClock(datetime(2026, 11, 24, 12, tzinfo=UTC))
    service = GuardianService(
        store, clock=clock, path=str(tmp_path / "run" / "agent.sock"), host=system.host,
        track=False,
    )  # fmt: skip
    service.start()
    service.clock = clock  # type: ignore[attr-defined]
    yield service
    service.stop()
    store.close()


def link(tmp_path: Path, child: str | None = None) -> AgentLink:
    return AgentLink(child, path=str(tmp_path / "run" / "agent.sock"))


def events(store: Store, kind: str) -> list[dict[str, object]]:
    with store.session(read_only=True) as s:
        return [dict(e.data) for e in repo.events(s, kinds=[kind])]


def test_the_childs_agent_is_welcomed_in_its_session_and_a_silent_one_locked(
    service: GuardianService, system: System, store: Store, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    agent = link(tmp_path)
    with qtbot.waitSignal(agent.welcomed, timeout=5000) as welcomed:
        agent.connect_to_service()
    assert welcomed.args == [system.session]
    assert agent.child == "Xiaoming"
    clock = service.clock  # type: ignore[attr-defined]
    clock.advance(29)
    service.check()
    assert system.locks() == []
    clock.advance(1)
    service.check()
    assert system.locks() == [system.expected_lock]
    silent = events(store, "agent_silent")
    assert silent[0]["session"] == system.session and silent[0]["locked"] is True
    assert silent[0]["account"] == "xiaoming"


def test_a_session_signed_out_is_no_longer_watched(
    service: GuardianService, system: System, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    agent = link(tmp_path)
    with qtbot.waitSignal(agent.welcomed, timeout=5000):
        agent.connect_to_service()
    system.sign_out()
    service.clock.advance(30)  # type: ignore[attr-defined]
    service.check()
    assert system.session not in service.watch.sessions
    assert system.locks() == []


def test_an_agent_the_system_cannot_name_is_refused(
    service: GuardianService, system: System, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    system.connect_as(None)
    agent = link(tmp_path)
    with qtbot.waitSignal(agent.refused, timeout=5000) as refused:
        agent.connect_to_service()
    assert refused.args == [ipc.UNKNOWN_PEER]
    assert service.watch.sessions == {}


def test_another_accounts_child_is_refused_but_the_system_account_may_speak_for_it(
    service: GuardianService, system: System, store: Store, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    system.connect_as("parent")
    claimed = link(tmp_path, "Meimei")
    with qtbot.waitSignal(claimed.refused, timeout=5000) as refused:
        claimed.connect_to_service()
    assert refused.args == [ipc.NO_CHILD]
    assert events(store, "agent_refused")[0]["account"] == "mama"
    system.connect_as("system")
    trusted = link(tmp_path, "Meimei")
    with qtbot.waitSignal(trusted.welcomed, timeout=5000):
        trusted.connect_to_service()
    assert trusted.child == "Meimei"
