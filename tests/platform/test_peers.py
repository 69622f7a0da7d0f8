"""The peer host factory picks the system's host when called, and falls back to one that refuses
every agent; identities say who may speak for any child."""

from __future__ import annotations

import subprocess
import sys

import pytest

from guardian.platform import peers
from guardian.platform.peers import (
    SYSTEM_SID,
    Identity,
    LinuxPeerHost,
    NullPeerHost,
    Peer,
    create_peer_host,
)
from guardian.platform.peers_macos import MacPeerHost


@pytest.mark.parametrize(
    ("system", "expected"),
    [("linux", LinuxPeerHost), ("darwin", MacPeerHost), ("freebsd14", NullPeerHost)],
)
def test_the_factory_picks_the_host_when_called(
    monkeypatch: pytest.MonkeyPatch, system: str, expected: type
) -> None:
    monkeypatch.setattr(sys, "platform", system)
    assert type(create_peer_host()) is expected


@pytest.mark.skipif(sys.platform == "win32", reason="on Windows the DLLs load")
def test_a_host_that_cannot_load_gives_a_null_host_that_says_why(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    host = create_peer_host()
    assert isinstance(host, NullPeerHost)
    assert "only on Windows" in str(host.reason)
    assert host.identify(3) is None  # every agent is refused
    assert host.lock("1", "xiaoming") is False
    assert host.session_exists("1") is None
    assert host.has_system_rights() is False


def test_importing_the_host_modules_picks_no_system() -> None:
    code = (
        "import sys\n"
        "import guardian.platform.peers, guardian.platform.peers_windows, "
        "guardian.platform.peers_macos, guardian.ipc\n"
        "loaded = [m for m in ('guardian.platform.logind', 'jeepney', 'pwd') if m in sys.modules]\n"
        "print(loaded)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("uid", "is_system", "posix_uid"),
    [
        (0, True, 0),
        (1000, False, 1000),
        (SYSTEM_SID, True, None),
        ("S-1-5-21-1004336348-1177238915-682003330-1001", False, None),
        ("S-1-5-32-544", False, None),  # the Administrators group is no account to run as
    ],
)
def test_who_may_speak_for_any_child(
    uid: int | str, is_system: bool, posix_uid: int | None
) -> None:
    identity = Identity(Peer(4242, uid), "someone", "1")
    assert (identity.is_system, identity.posix_uid, identity.pid) == (is_system, posix_uid, 4242)


def test_ipc_peer_is_the_hosts_peer() -> None:
    from guardian import ipc

    assert ipc.Peer is peers.Peer
    assert ipc.Peer(1, 2, 3) == Peer(1, 2, 3)
