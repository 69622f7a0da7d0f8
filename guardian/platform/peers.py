"""Who is at the other end of an agent's connection, and the sessions `guardian service` locks.

The service never believes an agent about who it is. It asks the operating system which process
connected to its local socket, which account runs that process and which desktop session it sits
in; and it locks a session whose agent has gone quiet. Each system answers in its own way, so
each has a `PeerHost` behind one Protocol, chosen by `create_peer_host()` when it is called,
never at import time:

- Linux (`LinuxPeerHost`, here): SO_PEERCRED on the Unix socket, the account from the passwd
  database, the session and its lock from logind.
- Windows (`guardian.platform.peers_windows`): the named pipe's client process, its token's user
  and session; a session is locked by disconnecting it (ctypes, no pywin32).
- macOS (`guardian.platform.peers_macos`): LOCAL_PEERCRED and LOCAL_PEERPID on the Unix socket,
  the account from the user database, the user's GUI login (launchd's `gui/<uid>` domain).
- Anything else: `NullPeerHost`, which says what it cannot do and refuses every agent.

A lookup that cannot be had gives None, and the service refuses the agent: fail closed.
"""

from __future__ import annotations

import logging
import os
import socket
import struct
import sys
from dataclasses import dataclass
from typing import Protocol

from guardian.core.text import Text, translate

log = logging.getLogger(__name__)

# LocalSystem's SID: the account Windows services and boot-time tasks run as.
SYSTEM_SID = "S-1-5-18"
# The session key where logind cannot name a session: one per account.
UID_SESSION_PREFIX = "uid:"


@dataclass(frozen=True)
class Peer:
    """What the operating system says about the process at the other end of a connection."""

    pid: int
    uid: int | str  # a POSIX uid, or a Windows SID such as "S-1-5-21-...-1001"
    gid: int | None = None  # the POSIX group; None on Windows


@dataclass(frozen=True)
class Identity:
    """A connection the OS has vouched for: the process, its account and its desktop session."""

    peer: Peer
    account: str  # the account name a child is registered under (`child add --os-user`)
    session: str  # the key of the desktop session the service watches and locks

    @property
    def pid(self) -> int:
        return self.peer.pid

    @property
    def uid(self) -> int | str:
        return self.peer.uid

    @property
    def is_system(self) -> bool:
        """root or LocalSystem: whoever may already do anything here may speak for any child."""
        return self.peer.uid in (0, SYSTEM_SID)

    @property
    def posix_uid(self) -> int | None:
        """The uid to check reported programs against; None where accounts are SIDs."""
        uid = self.peer.uid
        return uid if isinstance(uid, int) else None


class PeerHost(Protocol):
    """What the service asks the operating system about agents and their sessions."""

    name: str
    system_account: str  # the account the service should run as: root, LocalSystem

    def identify(self, descriptor: int) -> Identity | None:
        """Who is connected on a QLocalSocket's descriptor (a Unix socket's file descriptor; on
        Windows the named pipe's HANDLE); None when the OS cannot say."""
        ...

    def session_exists(self, session: str) -> bool | None:
        """False once the session has ended (logout); None when it cannot be told."""
        ...

    def lock(self, session: str, account: str) -> bool:
        """Put the session behind the system's sign-in screen; whether that worked."""
        ...

    def has_system_rights(self) -> bool:
        """Whether this process runs as `system_account`."""
        ...


class LoginManager(Protocol):
    """logind, as `guardian.platform.logind` asks it (tests give a recording stand-in)."""

    def session_of(self, pid: int) -> str | None: ...

    def session_exists(self, session: str) -> bool | None: ...

    def lock(self, session: str) -> bool: ...


def posix_account(uid: int) -> str | None:
    """The name of the account with this uid, from the passwd database; None when none has it."""
    import pwd

    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return None


def so_peercred(descriptor: int) -> Peer | None:
    """Who is connected on this Unix socket, from Linux; None where the kernel cannot be asked."""
    if not hasattr(socket, "SO_PEERCRED"):
        return None
    try:
        sock = socket.fromfd(descriptor, socket.AF_UNIX, socket.SOCK_STREAM)  # a duplicate
    except OSError:
        return None
    try:
        raw = sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    except OSError:
        return None
    finally:
        sock.close()
    pid, uid, gid = struct.unpack("3i", raw)
    if pid <= 0 or uid < 0:
        return None  # a socket with no peer: the kernel answers pid 0, uid -1
    return Peer(pid, uid, gid)


class LinuxPeerHost:
    """SO_PEERCRED, the passwd database and logind: what `guardian service` has always used."""

    name = "linux"
    system_account = "root"

    def __init__(self, login: LoginManager | None = None) -> None:
        if login is None:
            from guardian.platform import logind

            login = logind
        self._login = login

    def identify(self, descriptor: int) -> Identity | None:
        peer = so_peercred(descriptor)
        if peer is None:
            log.warning("the kernel does not say who is connected (SO_PEERCRED)")
            return None
        assert isinstance(peer.uid, int)
        account = posix_account(peer.uid)
        if account is None:
            log.warning("no account has uid %s", peer.uid)
            return None
        session = self._login.session_of(peer.pid) or f"{UID_SESSION_PREFIX}{peer.uid}"
        return Identity(peer, account, session)

    def session_exists(self, session: str) -> bool | None:
        if session.startswith(UID_SESSION_PREFIX):
            return None  # no logind session to ask about
        return self._login.session_exists(session)

    def lock(self, session: str, account: str) -> bool:
        if session.startswith(UID_SESSION_PREFIX):
            log.warning("no logind session to lock for %s", account)
            return False
        return self._login.lock(session)

    def has_system_rights(self) -> bool:
        return os.geteuid() == 0


class NullPeerHost:
    """A system Guardian cannot ask who connects: every agent is refused, no session is locked."""

    name = "null"
    system_account = "root"

    def __init__(self, reason: Text | None = None) -> None:
        self.reason = reason or translate(
            "Service",
            "The service cannot tell which account connects on this system, so it refuses "
            "every agent.",
        )

    def identify(self, descriptor: int) -> Identity | None:
        log.warning("%s", self.reason)
        return None

    def session_exists(self, session: str) -> bool | None:
        return None

    def lock(self, session: str, account: str) -> bool:
        log.warning("cannot lock session %s of %s: %s", session, account, self.reason)
        return False

    def has_system_rights(self) -> bool:
        return False


def create_peer_host() -> PeerHost:
    """The host for this machine, or a NullPeerHost that explains why there is none."""
    try:
        if sys.platform == "win32":
            from guardian.platform.peers_windows import WindowsPeerHost

            return WindowsPeerHost()
        if sys.platform == "darwin":
            from guardian.platform.peers_macos import MacPeerHost

            return MacPeerHost()
        if sys.platform.startswith("linux"):
            return LinuxPeerHost()
    except Exception as error:  # an OS layer that cannot load must not stop the service
        log.warning("the service cannot ask this system who connects: %s", error)
        return NullPeerHost(
            translate(
                "Service",
                "The service cannot ask this system who connects ({error}), so it refuses "
                "every agent.",
            ).fill(error=error)
        )
    return NullPeerHost()
