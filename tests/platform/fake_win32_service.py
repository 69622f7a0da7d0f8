"""An in-memory Windows behind the `WinPeerApi` protocol, and a peer contract driver over it.

`FakeWinPeers` answers like the real calls do: an unknown pipe handle fails as
ERROR_INVALID_HANDLE, OpenProcess on a process that has exited fails as ERROR_INVALID_PARAMETER
and on a protected one as ERROR_ACCESS_DENIED, a SID no account has fails as ERROR_NONE_MAPPED,
a session that does not exist has no state, and disconnecting a session leaves it disconnected.
Any method named in `failing` raises OSError.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from guardian.platform.peers import SYSTEM_SID
from guardian.platform.peers_windows import WTS_ACTIVE, WTS_DISCONNECTED, ProcessOwner
from tests.platform.peer_contract import Connected

ERROR_ACCESS_DENIED = 5
ERROR_INVALID_HANDLE = 6
ERROR_INVALID_PARAMETER = 87
ERROR_NONE_MAPPED = 1332
ERROR_CTX_WINSTATION_NOT_FOUND = 7022

CHILD_SID = "S-1-5-21-1004336348-1177238915-682003330-1001"
PARENT_SID = "S-1-5-21-1004336348-1177238915-682003330-1002"
# A user that was deleted: its processes keep the SID, which no longer has a name.
DELETED_SID = "S-1-5-21-1004336348-1177238915-682003330-1003"


@dataclass
class FakeWinPeers:
    """Pipes with their client processes, processes with their owners, accounts and sessions."""

    pipes: dict[int, int] = field(default_factory=dict)  # pipe HANDLE -> client pid
    processes: dict[int, ProcessOwner] = field(default_factory=dict)
    protected: set[int] = field(default_factory=set)  # pids OpenProcess is refused for
    accounts: dict[str, str] = field(
        default_factory=lambda: {SYSTEM_SID: "SYSTEM", CHILD_SID: "xiaoming", PARENT_SID: "mama"}
    )
    sessions: dict[int, int] = field(default_factory=lambda: {0: WTS_DISCONNECTED})
    own: str = SYSTEM_SID
    any_pipe: int | None = None  # the client of every pipe not in `pipes` (for service tests)
    failing: set[str] = field(default_factory=set)
    disconnected: list[int] = field(default_factory=list)  # WTSDisconnectSession calls
    calls: Counter[str] = field(default_factory=Counter)

    def start(self, pid: int, sid: str, session: int) -> None:
        """A process starts in a session: a signed-in user's session is active."""
        self.processes[pid] = ProcessOwner(sid, session)
        self.sessions.setdefault(session, WTS_ACTIVE)

    def connect(self, handle: int, pid: int) -> None:
        self.pipes[handle] = pid

    def sign_out(self, session: int) -> None:
        self.sessions.pop(session, None)
        self.processes = {p: o for p, o in self.processes.items() if o.session_id != session}

    def _call(self, name: str) -> None:
        self.calls[name] += 1
        if name in self.failing:
            raise OSError(ERROR_ACCESS_DENIED, f"{name} failed (fake)")

    def pipe_client_pid(self, pipe: int) -> int:
        self._call("pipe_client_pid")
        pid = self.pipes.get(pipe, self.any_pipe)
        if pid is None:
            raise OSError(ERROR_INVALID_HANDLE, "GetNamedPipeClientProcessId: invalid handle")
        return pid

    def process_owner(self, pid: int) -> ProcessOwner:
        self._call("process_owner")
        if pid in self.protected:
            raise OSError(ERROR_ACCESS_DENIED, f"OpenProcess({pid}): access denied")
        owner = self.processes.get(pid)
        if owner is None:
            raise OSError(ERROR_INVALID_PARAMETER, f"OpenProcess({pid}): no such process")
        return owner

    def account_name(self, sid: str) -> str:
        self._call("account_name")
        name = self.accounts.get(sid)
        if name is None:
            raise OSError(ERROR_NONE_MAPPED, f"LookupAccountSidW({sid}): no mapping")
        return name

    def session_state(self, session_id: int) -> int | None:
        self._call("session_state")
        return self.sessions.get(session_id)

    def disconnect_session(self, session_id: int) -> None:
        self._call("disconnect_session")
        if session_id not in self.sessions:
            raise OSError(ERROR_CTX_WINSTATION_NOT_FOUND, "WTSDisconnectSession: no session")
        self.disconnected.append(session_id)
        self.sessions[session_id] = WTS_DISCONNECTED

    def own_sid(self) -> str:
        self._call("own_sid")
        return self.own


# Pipe handles and pids are the fake's own: nothing here is looked up on this machine.
CHILD_SESSION, PARENT_SESSION = 1, 2


class FakeWinPeersDriver:
    """The peer contract's driver over a FakeWinPeers."""

    def __init__(self, api: FakeWinPeers) -> None:
        self.api = api
        self._handle = 0x1A0

    def _client(self, pid: int, sid: str, session: int) -> Connected:
        self._handle += 4
        self.api.start(pid, sid, session)
        self.api.connect(self._handle, pid)
        return Connected(self._handle, pid, sid, self.api.accounts[sid], str(session))

    def connect(self) -> Connected:
        return self._client(5100, CHILD_SID, CHILD_SESSION)

    def connect_other(self) -> Connected | None:
        return self._client(5200, PARENT_SID, PARENT_SESSION)

    def failing(self) -> list[tuple[str, int]]:
        self.api.start(5300, DELETED_SID, CHILD_SESSION)
        self.api.connect(0x300, 5300)
        self.api.connect(0x304, 5400)  # the client has exited since it connected
        self.api.start(5500, CHILD_SID, CHILD_SESSION)
        self.api.protected.add(5500)
        self.api.connect(0x308, 5500)
        return [
            ("not a pipe handle", 0xDEAD),
            ("a SID without an account", 0x300),
            ("the client process has exited", 0x304),
            ("OpenProcess refused", 0x308),
        ]

    def end_session(self, client: Connected) -> None:
        self.api.sign_out(int(client.session))

    def lock_calls(self) -> list[object]:
        return list(self.api.disconnected)

    def expected_lock(self, client: Connected) -> object:
        return int(client.session)

    def system_rights(self) -> bool:
        return self.api.own == SYSTEM_SID
