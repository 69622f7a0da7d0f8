"""The macOS peer host over a fake kernel and launchd: the peer contract on macOS 10.15 (with
CGSession) and on macOS 11 and later (without), then what only macOS does."""

from __future__ import annotations

import os
import socket
import sys

import pytest

from guardian.platform.peers_macos import (
    LOCAL_PEERPID,
    XUCRED,
    MacPeerHost,
    SystemMac,
    parse_xucred,
)
from tests.platform.fake_macos_service import (
    CHILD_UID,
    PARENT_UID,
    FakeConnection,
    FakeMacPeers,
    FakeMacPeersDriver,
)
from tests.platform.peer_contract import *  # noqa: F403


@pytest.fixture(params=["catalina", "sonoma"])
def api(request: pytest.FixtureRequest) -> FakeMacPeers:
    return FakeMacPeers(cgsession=request.param == "catalina")


@pytest.fixture
def host(api: FakeMacPeers) -> MacPeerHost:
    return MacPeerHost(api)


@pytest.fixture
def peers(api: FakeMacPeers) -> FakeMacPeersDriver:
    return FakeMacPeersDriver(api)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (XUCRED.pack(0, 501, 3, 20, 12, 61, *[0] * 13), (501, 20)),
        (XUCRED.pack(0, 0, 0, *[0] * 16), (0, None)),  # no groups at all
        (XUCRED.pack(1, 501, 1, 20, *[0] * 15), None),  # a struct version we do not know
        (XUCRED.pack(0, 501, 1, 20, *[0] * 15)[:8], None),  # cut short
        (b"", None),
    ],
)
def test_parse_xucred(raw: bytes, expected: tuple[int, int | None] | None) -> None:
    assert parse_xucred(raw) == expected


def test_a_refused_pid_refuses_the_peer(host: MacPeerHost, api: FakeMacPeers) -> None:
    api.connections[11] = FakeConnection(6100, CHILD_UID, 20)
    api.failing.add(f"getsockopt:{LOCAL_PEERPID}")
    assert host.identify(11) is None


def test_a_login_in_the_background_is_left_behind_the_login_window(
    host: MacPeerHost, api: FakeMacPeers, peers: FakeMacPeersDriver
) -> None:
    child = peers.connect()
    api.log_in(PARENT_UID)  # the parent switched to their own login
    assert host.lock(child.session, child.account) is True
    assert api.locks() == []  # the parent's screen is left alone
    assert api.console == PARENT_UID


@pytest.mark.parametrize("session", ["gui/0", "uid:501", "gui/", "gui/abc", "501"])
def test_only_a_childs_gui_login_is_locked(
    host: MacPeerHost, api: FakeMacPeers, session: str
) -> None:
    api.log_in(CHILD_UID)
    assert host.lock(session, "xiaoming") is False
    assert api.commands == []


def test_a_failed_lock_command_says_not_locked(
    host: MacPeerHost, api: FakeMacPeers, peers: FakeMacPeersDriver
) -> None:
    child = peers.connect()
    api.failing.add("run")
    assert host.lock(child.session, child.account) is False
    assert host.session_exists(child.session) is None  # launchctl cannot be asked: keep watching


def test_launchctl_errors_other_than_no_domain_are_not_a_logout(
    host: MacPeerHost, api: FakeMacPeers, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(api, "run", lambda args: 5)
    assert host.session_exists(f"gui/{CHILD_UID}") is None


def test_system_rights_are_root(host: MacPeerHost, api: FakeMacPeers) -> None:
    api.euid = CHILD_UID
    assert host.has_system_rights() is False


def test_the_real_layer_reads_this_systems_user_database() -> None:
    mac = SystemMac()
    assert mac.account_name(os.getuid()) is not None
    assert mac.effective_uid() == os.geteuid()
    assert mac.run([sys.executable, "-c", "raise SystemExit(3)"]) == 3
    with pytest.raises(OSError):
        mac.run(["/nonexistent/launchctl", "print", "gui/501"])


@pytest.mark.skipif(sys.platform == "darwin", reason="LOCAL_PEERCRED is real there")
def test_the_real_layer_off_macos_gets_no_answer_to_local_peercred() -> None:
    one, two = socket.socketpair()
    try:
        assert MacPeerHost(SystemMac()).identify(one.fileno()) is None
    finally:
        one.close()
        two.close()
