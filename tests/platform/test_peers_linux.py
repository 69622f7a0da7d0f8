"""The Linux peer host for real: SO_PEERCRED on real Unix sockets and the real passwd database.

logind is a recording stand-in in the contract (CI has none, and a test must never lock the
session of whoever runs it); the real logind module is tested where it cannot lock anything.
Clients of other accounts are real processes started with another uid, where the tests run as
root (CI does).
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from guardian.platform import logind
from guardian.platform.peers import LinuxPeerHost, so_peercred
from tests.platform.peer_contract import *  # noqa: F403
from tests.platform.peer_contract import Connected
from tests.services.test_service_users import reachable_python  # noqa: F401 - a fixture

NOBODY = 65534  # Debian's and Ubuntu's `nobody`
NO_ACCOUNT = 54321  # a uid with no passwd entry
# A client that connects and stays until its standard input closes.
CLIENT = (
    "import socket, sys\n"
    "s = socket.socket(socket.AF_UNIX)\n"
    "s.connect(sys.argv[1])\n"
    "s.sendall(b'.')\n"
    "sys.stdin.read()\n"
)
as_root = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to start another uid"
)
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SO_PEERCRED")


class RecordedLogind:
    """logind as the host asks it: sessions by pid, which are live, which were locked."""

    def __init__(self) -> None:
        self.sessions: dict[int, str] = {}
        self.live: set[str] = set()
        self.locked: list[str] = []

    def session_of(self, pid: int) -> str | None:
        return self.sessions.get(pid)

    def session_exists(self, session: str) -> bool | None:
        return session in self.live

    def lock(self, session: str) -> bool:
        self.locked.append(session)
        return True


class LinuxPeers:
    """Real clients: this process over a socketpair; as root, processes of other uids over a
    Unix socket in a folder every account may enter."""

    def __init__(self, login: RecordedLogind) -> None:
        self.login = login
        self._sockets: list[socket.socket] = []
        self._fds: list[int] = []
        self._clients: list[subprocess.Popen[bytes]] = []
        self._folder: Path | None = None
        self._listener: socket.socket | None = None

    def _keep(self, *sockets: socket.socket) -> None:
        self._sockets.extend(sockets)

    def connect(self) -> Connected:
        server, client = socket.socketpair()
        self._keep(server, client)
        self.login.sessions[os.getpid()] = "c7"
        self.login.live.add("c7")
        account = pwd.getpwuid(os.getuid()).pw_name
        return Connected(server.fileno(), os.getpid(), os.getuid(), account, "c7")

    def _listening(self) -> tuple[socket.socket, str]:
        if self._listener is None:
            self._folder = Path(tempfile.mkdtemp(prefix="guardian-peers-", dir="/tmp"))
            self._folder.chmod(0o755)
            path = str(self._folder / "agent.sock")
            self._listener = socket.socket(socket.AF_UNIX)
            self._listener.bind(path)
            Path(path).chmod(0o777)
            self._listener.listen(4)
            self._listener.settimeout(20)
        return self._listener, str(self._folder / "agent.sock")

    def client_as(self, uid: int) -> tuple[subprocess.Popen[bytes], socket.socket]:
        """A real process running as `uid` connects; the service's end of its connection."""
        listener, path = self._listening()
        process = subprocess.Popen(
            [sys.executable, "-c", CLIENT, path],
            user=uid,
            group=uid,
            extra_groups=[],
            stdin=subprocess.PIPE,
        )
        self._clients.append(process)
        server, _ = listener.accept()
        self._keep(server)
        server.settimeout(20)
        assert server.recv(1) == b"."  # connected for good, from that process
        return process, server

    def connect_other(self) -> Connected | None:
        if os.geteuid() != 0:
            return None
        process, server = self.client_as(NOBODY)
        return Connected(
            server.fileno(), process.pid, NOBODY, pwd.getpwuid(NOBODY).pw_name, f"uid:{NOBODY}"
        )

    def failing(self) -> list[tuple[str, int]]:
        read_end, write_end = os.pipe()
        self._fds += [read_end, write_end]
        unconnected = socket.socket(socket.AF_UNIX)
        tcp = socket.socket(socket.AF_INET)
        self._keep(unconnected, tcp)
        cases = [
            ("not a socket", read_end),
            ("a Unix socket nobody is connected to", unconnected.fileno()),
            ("a TCP socket", tcp.fileno()),
        ]
        if os.geteuid() == 0:
            _, server = self.client_as(NO_ACCOUNT)
            cases.append(("a uid without an account", server.fileno()))
        return cases

    def end_session(self, client: Connected) -> None:
        self.login.live.discard(client.session)

    def lock_calls(self) -> list[object]:
        return list(self.login.locked)

    def expected_lock(self, client: Connected) -> object:
        return client.session

    def system_rights(self) -> bool:
        return os.geteuid() == 0

    def close(self) -> None:
        for process in self._clients:
            assert process.stdin is not None
            process.stdin.close()
            process.wait(10)
        for sock in self._sockets:
            sock.close()
        for fd in self._fds:
            os.close(fd)
        if self._listener is not None:
            self._listener.close()
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)


@pytest.fixture
def login() -> RecordedLogind:
    return RecordedLogind()


@pytest.fixture
def host(login: RecordedLogind) -> LinuxPeerHost:
    return LinuxPeerHost(login)


@pytest.fixture
def peers(login: RecordedLogind, request: pytest.FixtureRequest) -> Iterator[LinuxPeers]:
    if os.geteuid() == 0:
        request.getfixturevalue("reachable_python")  # the other uids start this Python
    driver = LinuxPeers(login)
    yield driver
    driver.close()


def test_a_qt_local_socket_descriptor_names_this_process(
    host: LinuxPeerHost, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    server = QLocalServer()
    assert server.listen(str(tmp_path / "agent.sock"))
    client = QLocalSocket()
    client.connectToServer(str(tmp_path / "agent.sock"))
    assert client.waitForConnected(2000)
    qtbot.waitUntil(server.hasPendingConnections, timeout=5000)
    sock = server.nextPendingConnection()
    try:
        identity = host.identify(int(sock.socketDescriptor()))
        assert identity is not None
        assert (identity.pid, identity.uid, identity.peer.gid) == (
            os.getpid(),
            os.getuid(),
            os.getgid(),
        )
        assert identity.account == pwd.getpwuid(os.getuid()).pw_name
        assert identity.session == f"uid:{os.getuid()}"  # the stand-in logind knows no session
        assert identity.is_system is (os.getuid() == 0)
        assert identity.posix_uid == os.getuid()
    finally:
        client.disconnectFromServer()
        server.close()


def test_without_a_logind_session_the_old_fallback_holds(tmp_path: Path) -> None:
    """With the real logind module: the session is logind's, or `uid:<uid>` where there is none,
    which cannot be locked or asked about (the behaviour from before the host layer)."""
    host = LinuxPeerHost()
    one, two = socket.socketpair()
    try:
        identity = host.identify(one.fileno())
    finally:
        one.close()
        two.close()
    assert identity is not None
    expected = logind.session_of(os.getpid()) or f"uid:{os.getuid()}"
    assert identity.session == expected
    if not expected.startswith("uid:"):
        pytest.skip("this machine has a logind session; never lock it from a test")
    assert host.lock(identity.session, identity.account) is False
    assert host.session_exists(identity.session) is None


@as_root
def test_a_uid_without_an_account_is_refused_but_its_pid_is_real(
    peers: LinuxPeers, host: LinuxPeerHost
) -> None:
    process, server = peers.client_as(NO_ACCOUNT)
    assert host.identify(server.fileno()) is None
    peer = so_peercred(server.fileno())  # the kernel did name it: only the account is missing
    assert peer is not None and (peer.pid, peer.uid) == (process.pid, NO_ACCOUNT)
