"""Contract tests every `PeerHost` passes, over the real OS or a fake OS layer.

A test module for one host imports these (`from tests.platform.peer_contract import *`) and
provides two fixtures: `host` (the PeerHost under test) and `peers` (a PeerDriver that makes
clients connect, as this account or another, ends sessions, and sees what the OS was asked to
lock, for real or in a fake OS layer).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import pytest

from guardian.platform.peers import Identity, PeerHost


@dataclass(frozen=True)
class Connected:
    """A client that has connected, and what the host should say about it."""

    descriptor: int  # the service's end: a file descriptor, or a pipe HANDLE on Windows
    pid: int
    uid: int | str
    account: str
    session: str


class PeerDriver(Protocol):
    def connect(self) -> Connected:
        """A process of the child's account connects."""
        ...

    def connect_other(self) -> Connected | None:
        """A process of another account connects; None when this driver cannot make one."""
        ...

    def failing(self) -> list[tuple[str, int]]:
        """(what goes wrong, descriptor): connections the OS cannot name the account of."""
        ...

    def end_session(self, client: Connected) -> None:
        """The client's user signs out."""
        ...

    def lock_calls(self) -> list[object]:
        """What the OS was asked to lock so far, in its own terms."""
        ...

    def expected_lock(self, client: Connected) -> object:
        """The lock call the client's session should get."""
        ...

    def system_rights(self) -> bool:
        """Whether the host runs with system rights (root, LocalSystem) here."""
        ...


def identify(host: PeerHost, client: Connected) -> Identity:
    identity = host.identify(client.descriptor)
    assert identity is not None
    return identity


def test_the_connecting_process_and_its_account_are_named(
    host: PeerHost, peers: PeerDriver
) -> None:
    client = peers.connect()
    identity = identify(host, client)
    assert (identity.pid, identity.uid, identity.account, identity.session) == (
        client.pid,
        client.uid,
        client.account,
        client.session,
    )
    assert identity.peer.pid == client.pid and identity.peer.uid == client.uid


def test_a_process_of_another_account_is_that_account(host: PeerHost, peers: PeerDriver) -> None:
    mine = identify(host, peers.connect())
    other = peers.connect_other()
    if other is None:
        pytest.skip("this driver cannot start a process of another account here")
    identity = identify(host, other)
    assert (identity.pid, identity.uid, identity.account) == (other.pid, other.uid, other.account)
    assert identity.account != mine.account and identity.uid != mine.uid
    assert not identity.is_system


def test_a_failing_lookup_gives_none(host: PeerHost, peers: PeerDriver) -> None:
    cases = peers.failing()
    assert cases, "the driver offers no failing lookup"
    named = {what: host.identify(descriptor) for what, descriptor in cases}
    assert named == dict.fromkeys(named)  # every one None: the service refuses the agent


def test_lock_asks_the_system_to_lock_that_session(host: PeerHost, peers: PeerDriver) -> None:
    client = peers.connect()
    identity = identify(host, client)
    assert peers.lock_calls() == []
    assert host.lock(identity.session, identity.account) is True
    assert peers.lock_calls() == [peers.expected_lock(client)]


def test_a_session_that_ended_is_reported(host: PeerHost, peers: PeerDriver) -> None:
    client = peers.connect()
    identity = identify(host, client)
    assert host.session_exists(identity.session) is True
    peers.end_session(client)
    assert host.session_exists(identity.session) is False


def test_system_rights_are_reported(host: PeerHost, peers: PeerDriver) -> None:
    assert host.has_system_rights() is peers.system_rights()
    assert isinstance(host.name, str) and host.name
    assert host.system_account in ("root", "LocalSystem")
