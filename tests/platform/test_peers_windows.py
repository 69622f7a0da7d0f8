"""The Windows peer host over a fake Win32 layer: the peer contract, then what only Windows does."""

from __future__ import annotations

import sys

import pytest

from guardian.platform.peers import SYSTEM_SID
from guardian.platform.peers_windows import (
    WTS_ACTIVE,
    WTS_DISCONNECTED,
    WTS_DOWN,
    CtypesWinPeers,
    WindowsPeerHost,
)
from tests.platform.fake_win32_service import (
    CHILD_SESSION,
    CHILD_SID,
    FakeWinPeers,
    FakeWinPeersDriver,
)
from tests.platform.peer_contract import *  # noqa: F403


@pytest.fixture
def api() -> FakeWinPeers:
    return FakeWinPeers()


@pytest.fixture
def host(api: FakeWinPeers) -> WindowsPeerHost:
    return WindowsPeerHost(api)


@pytest.fixture
def peers(api: FakeWinPeers) -> FakeWinPeersDriver:
    return FakeWinPeersDriver(api)


def test_the_account_is_the_pipe_clients_token_user_not_the_pipe_handle(
    host: WindowsPeerHost, api: FakeWinPeers, peers: FakeWinPeersDriver
) -> None:
    child = peers.connect()
    api.start(5200, SYSTEM_SID, 0)
    api.connect(child.descriptor, 5200)  # the same handle now has another client
    identity = host.identify(child.descriptor)
    assert identity is not None
    assert (identity.account, identity.session, identity.is_system) == ("SYSTEM", "0", True)
    assert identity.posix_uid is None  # SIDs are no uids: reported programs are not checked by uid


@pytest.mark.parametrize("refused", ["pipe_client_pid", "process_owner", "account_name"])
def test_any_refused_lookup_refuses_the_peer(
    host: WindowsPeerHost, api: FakeWinPeers, peers: FakeWinPeersDriver, refused: str
) -> None:
    client = peers.connect()
    api.failing.add(refused)
    assert host.identify(client.descriptor) is None
    assert api.calls[refused] == 1


def test_a_pipe_without_a_client_pid_is_refused(host: WindowsPeerHost, api: FakeWinPeers) -> None:
    api.connect(0x500, 0)
    assert host.identify(0x500) is None
    assert api.calls["process_owner"] == 0


def test_lock_disconnects_the_session_once(
    host: WindowsPeerHost, api: FakeWinPeers, peers: FakeWinPeersDriver
) -> None:
    client = peers.connect()
    assert host.lock(client.session, client.account) is True
    assert api.sessions[CHILD_SESSION] == WTS_DISCONNECTED
    # Locked again 30 s later while the agent is still silent: already at the sign-in screen.
    assert host.lock(client.session, client.account) is True
    assert api.disconnected == [CHILD_SESSION]
    # A disconnected session still exists: the child may come back to it with the password.
    assert host.session_exists(client.session) is True


@pytest.mark.parametrize("session", ["0", "uid:1000", "c2", ""])
def test_only_a_desktop_session_number_is_locked(
    host: WindowsPeerHost, api: FakeWinPeers, session: str
) -> None:
    assert host.lock(session, "xiaoming") is False
    assert api.calls["disconnect_session"] == 0


def test_a_failed_disconnect_says_not_locked(
    host: WindowsPeerHost, api: FakeWinPeers, peers: FakeWinPeersDriver
) -> None:
    client = peers.connect()
    api.failing.add("disconnect_session")
    assert host.lock(client.session, client.account) is False


def test_a_session_state_that_cannot_be_read_still_disconnects(
    host: WindowsPeerHost, api: FakeWinPeers, peers: FakeWinPeersDriver
) -> None:
    client = peers.connect()
    api.failing.add("session_state")
    assert host.lock(client.session, client.account) is True
    assert api.disconnected == [CHILD_SESSION]
    assert host.session_exists(client.session) is None  # cannot tell: keep watching


@pytest.mark.parametrize(
    ("state", "exists"), [(WTS_ACTIVE, True), (WTS_DISCONNECTED, True), (WTS_DOWN, False)]
)
def test_session_states(host: WindowsPeerHost, api: FakeWinPeers, state: int, exists: bool) -> None:
    api.sessions[3] = state
    assert host.session_exists("3") is exists


def test_system_rights_are_localsystem_only(host: WindowsPeerHost, api: FakeWinPeers) -> None:
    assert host.has_system_rights() is True
    api.own = CHILD_SID
    assert host.has_system_rights() is False
    api.failing.add("own_sid")
    assert host.has_system_rights() is False


@pytest.mark.skipif(sys.platform == "win32", reason="on Windows the DLLs load")
def test_the_real_api_needs_windows() -> None:
    with pytest.raises(OSError, match="only on Windows"):
        CtypesWinPeers()
    with pytest.raises(OSError):
        WindowsPeerHost()
