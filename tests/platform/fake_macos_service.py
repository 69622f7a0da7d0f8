"""An in-memory macOS behind the `MacPeerApi` protocol, and a peer contract driver over it.

`FakeMacPeers` answers the socket options as the kernel does (a `struct xucred` for
LOCAL_PEERCRED, a pid_t for LOCAL_PEERPID, ENOTSOCK for a descriptor that is no socket,
ENOPROTOOPT for anything else), keeps the users, the GUI logins (launchd's gui/<uid> domains),
the login on screen, and runs launchctl and pmset as a record. `cgsession` says whether CGSession
exists (macOS 10.15 and older). Any method named in `failing` raises OSError.
"""

from __future__ import annotations

import errno
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from guardian.platform.peers_macos import (
    CGSESSION,
    LAUNCHCTL,
    LOCAL_PEERCRED,
    LOCAL_PEERPID,
    PID,
    PMSET,
    SOL_LOCAL,
    XUCRED,
    XUCRED_VERSION,
)
from tests.platform.peer_contract import Connected

STAFF_GID = 20  # every macOS user's primary group
NO_SUCH_DOMAIN = 113  # launchctl's status for a domain that does not exist


@dataclass(frozen=True)
class FakeConnection:
    pid: int
    uid: int
    gid: int
    version: int = XUCRED_VERSION


@dataclass
class FakeMacPeers:
    connections: dict[int, FakeConnection] = field(default_factory=dict)
    users: dict[int, str] = field(default_factory=lambda: {0: "root", 501: "xiaoming", 502: "mama"})
    gui_logins: set[int] = field(default_factory=set)
    console: int | None = 0  # the login window
    cgsession: bool = False
    euid: int = 0
    any_connection: FakeConnection | None = None  # every descriptor not listed (service tests)
    commands: list[list[str]] = field(default_factory=list)
    failing: set[str] = field(default_factory=set)
    calls: Counter[str] = field(default_factory=Counter)

    def log_in(self, uid: int) -> None:
        """The user signs in at the login window: a GUI login, on screen."""
        self.gui_logins.add(uid)
        self.console = uid

    def _call(self, name: str) -> None:
        self.calls[name] += 1
        if name in self.failing:
            raise OSError(errno.EPERM, f"{name} failed (fake)")

    def getsockopt(self, descriptor: int, level: int, option: int, size: int) -> bytes:
        self._call("getsockopt")
        self._call(f"getsockopt:{option}")
        connection = self.connections.get(descriptor, self.any_connection)
        if connection is None:
            raise OSError(errno.ENOTSOCK, "Socket operation on non-socket")
        if level == SOL_LOCAL and option == LOCAL_PEERCRED:
            groups = [connection.gid] + [0] * 15
            raw = XUCRED.pack(connection.version, connection.uid, 1, *groups)
        elif level == SOL_LOCAL and option == LOCAL_PEERPID:
            raw = PID.pack(connection.pid)
        else:
            raise OSError(errno.ENOPROTOOPT, "Protocol not available")
        return raw[:size]

    def account_name(self, uid: int) -> str | None:
        self._call("account_name")
        return self.users.get(uid)

    def run(self, args: Sequence[str]) -> int:
        self._call("run")
        command = list(args)
        self.commands.append(command)
        if command[:2] == [LAUNCHCTL, "print"]:
            uid = int(command[2].removeprefix("gui/"))
            return 0 if uid in self.gui_logins else NO_SUCH_DOMAIN
        if command[:2] == [LAUNCHCTL, "asuser"] and command[3:] == [CGSESSION, "-suspend"]:
            if not self.cgsession:
                raise OSError(errno.ENOENT, f"No such file or directory: {CGSESSION}")
            self.console = 0  # CGSession switches to the login window
            return 0
        if command == [PMSET, "displaysleepnow"]:
            return 0
        return 1

    def exists(self, path: str) -> bool:
        self._call("exists")
        return path == CGSESSION and self.cgsession

    def console_uid(self) -> int | None:
        self._call("console_uid")
        return self.console

    def effective_uid(self) -> int:
        self._call("effective_uid")
        return self.euid

    def locks(self) -> list[list[str]]:
        """The commands run that lock a screen."""
        return [c for c in self.commands if c[:2] == [LAUNCHCTL, "asuser"] or c[0] == PMSET]


CHILD_UID, PARENT_UID = 501, 502


class FakeMacPeersDriver:
    """The peer contract's driver over a FakeMacPeers."""

    def __init__(self, api: FakeMacPeers) -> None:
        self.api = api
        self._descriptor = 10

    def _client(self, pid: int, uid: int) -> Connected:
        self._descriptor += 1
        self.api.connections[self._descriptor] = FakeConnection(pid, uid, STAFF_GID)
        return Connected(self._descriptor, pid, uid, self.api.users[uid], f"gui/{uid}")

    def connect(self) -> Connected:
        self.api.log_in(CHILD_UID)
        return self._client(6100, CHILD_UID)

    def connect_other(self) -> Connected | None:
        self.api.gui_logins.add(PARENT_UID)  # signed in too, in the background
        return self._client(6200, PARENT_UID)

    def failing(self) -> list[tuple[str, int]]:
        self.api.connections[40] = FakeConnection(6300, 503, STAFF_GID)  # a deleted user
        self.api.connections[41] = FakeConnection(6400, CHILD_UID, STAFF_GID, version=7)
        return [("not a socket", 99), ("a uid without an account", 40), ("not a xucred", 41)]

    def end_session(self, client: Connected) -> None:
        assert isinstance(client.uid, int)
        self.api.gui_logins.discard(client.uid)
        if self.api.console == client.uid:
            self.api.console = 0

    def lock_calls(self) -> list[object]:
        return list(self.api.locks())

    def expected_lock(self, client: Connected) -> object:
        if self.api.cgsession:
            return [LAUNCHCTL, "asuser", str(client.uid), CGSESSION, "-suspend"]
        return [PMSET, "displaysleepnow"]

    def system_rights(self) -> bool:
        return self.api.euid == 0
