"""`guardian service` in one process with an agent link: a real local socket, the kernel's word
on who connects, a fake clock for the 30 seconds of silence."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket

from guardian import ipc
from guardian.core.clock import FakeClock
from guardian.core.watchdog import Session
from guardian.services.agent_link import AgentLink
from guardian.services.service import GuardianService
from guardian.storage import repositories as repo
from guardian.storage.database import Store, open_store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = open_store(tmp_path / "guardian.sqlite3")
    import getpass

    with store.session() as s:
        repo.add_child(s, "Xiaoming", os_user=getpass.getuser(), age=10, now=datetime.now(UTC))
        repo.add_child(s, "Meimei", os_user="someone-else", age=8, now=datetime.now(UTC))
    return store


@pytest.fixture
def service(store: Store, tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    locked: list[Session] = []
    clock = FakeClock(datetime(2026, 11, 24, 12, tzinfo=UTC))

    def lock(session: Session) -> bool:
        locked.append(session)
        return True

    service = GuardianService(
        store, clock=clock, path=str(tmp_path / "run" / "agent.sock"), lock=lock
    )
    service.start()
    service.locked, service.clock = locked, clock  # type: ignore[attr-defined]
    yield service
    service.stop()
    store.close()


def events(store: Store, kind: str) -> list[dict[str, object]]:
    with store.session(read_only=True) as s:
        return [dict(e.data) for e in repo.events(s, kinds=[kind])]


def test_a_silent_agent_gets_its_session_locked_and_reported(
    service, store, tmp_path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    link = AgentLink("Xiaoming", path=str(tmp_path / "run" / "agent.sock"))
    with qtbot.waitSignal(link.welcomed, timeout=5000) as welcomed:
        link.connect_to_service()
    assert welcomed.args[0].startswith("uid:") or welcomed.args[0]
    clock = service.clock
    for _ in range(40):  # reporting every second: never locked
        clock.advance(1)
        link.report()
        qtbot.waitUntil(
            lambda: service.watch.sessions[link.session].last_report == clock.monotonic()
        )
        service.check()
    assert service.locked == []
    clock.advance(29)
    service.check()
    assert service.locked == []
    clock.advance(1)
    service.check()
    assert [s.child for s in service.locked] == ["Xiaoming"]
    silent = events(store, "agent_silent")
    assert silent and silent[0]["seconds"] == 30 and silent[0]["locked"] is True
    link.report()
    qtbot.waitUntil(lambda: bool(events(store, "agent_back")))


def test_a_client_claiming_another_accounts_child_is_refused(
    service, store, tmp_path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    import os

    if os.geteuid() == 0:
        pytest.skip("root may speak for any child; tests/services/test_service_users.py covers it")
    link = AgentLink("Meimei", path=str(tmp_path / "run" / "agent.sock"))
    with qtbot.waitSignal(link.refused, timeout=5000):
        link.connect_to_service()
    assert events(store, "agent_refused")[0]["claimed"] == "Meimei"


def test_garbage_is_refused_and_the_service_goes_on(service, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    sock = QLocalSocket()
    sock.connectToServer(str(tmp_path / "run" / "agent.sock"))
    assert sock.waitForConnected(2000)
    sock.write(b"GET / HTTP/1.0\n")
    qtbot.waitUntil(lambda: sock.bytesAvailable() > 0 or sock.waitForReadyRead(50), timeout=5000)
    reply = ipc.decode(bytes(sock.readLine().data()))
    assert reply is not None and reply["type"] == ipc.REFUSED
    assert reply["code"] == ipc.BAD_MESSAGE
    link = AgentLink("Xiaoming", path=str(tmp_path / "run" / "agent.sock"))
    with qtbot.waitSignal(link.welcomed, timeout=5000):
        link.connect_to_service()


def test_the_kernel_names_the_peer(service, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    import os

    link = AgentLink("Xiaoming", path=str(tmp_path / "run" / "agent.sock"))
    with qtbot.waitSignal(link.welcomed, timeout=5000):
        link.connect_to_service()
    (client,) = service._clients.values()
    assert client.peer == ipc.Peer(os.getpid(), os.getuid(), os.getgid())


def test_a_refusal_is_explained_in_the_familys_language(monkeypatch: pytest.MonkeyPatch) -> None:
    from guardian.cli import messages
    from guardian.services.agent import _refusal

    codes = (ipc.NO_CHILD, ipc.UNKNOWN_PEER, ipc.STORE_UNREADABLE, ipc.BAD_MESSAGE, "?")
    english = [messages()(_refusal(code).text) for code in codes]
    assert "sudo guardian child add NAME --os-user" in english[0]
    assert len(set(english)) == 4 and english[3] == english[4]  # unknown codes: the last one
    monkeypatch.setenv("GUARDIAN_LANG", "zh_CN")
    chinese = [messages()(_refusal(code).text) for code in codes]
    assert all(c != e and "Guardian 服务" in c for c, e in zip(chinese, english, strict=True))


def test_services_let_go_while_their_sockets_wait_to_be_deleted_do_not_crash() -> None:
    """A connection's slots hold the service. A service dropped while one of its sockets waited
    for deletion was deleted from inside that deletion, which deleted the socket a second time:
    a segmentation fault in the next test's event loop. `service_churn.py` starts and drops
    services one test after another; it runs in its own pytest, so a crash is a failure here."""
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
         str(Path(__file__).with_name("service_churn.py"))],
        cwd=Path(__file__).parents[2], capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, (result.stdout + result.stderr)[-1500:]
