"""`guardian service`: the privileged keeper of the store and of the children's time.

Runs with system rights (Linux: a systemd system unit as root; Windows: LocalSystem, from a
boot-time scheduled task; macOS: a LaunchDaemon; see installer/README.md) and owns the store,
which the children's accounts cannot write. It listens on a local socket (never the network) for
the agents in the children's desktop sessions, asks the operating system which account and
session each connection comes from (`guardian.platform.peers`), and accepts reports only for the
child of that account. For each agent it does the accounting and the decisions
(`guardian.services.remote`); the agent only reports the screen and shows what it is told. A
child's session whose agent stops reporting for 30 seconds, because it was killed, stopped or
hangs, is locked, again every 30 seconds while the silence lasts, and the parent finds a tamper
event in the dashboard's activity.

A service that cannot read its store (a damaged or locked file, a full disk, one written by a
newer Guardian) cannot tell who is a child or what is allowed, and fails closed: it still watches
every agent, locks the session of every account that is not an administrator (the lock screen
says why), refuses administrators' agents with the reason, and tries the store again every 30
seconds. Once it can read it, the locked agents are sent to say hello again and are answered as
usual. An administrator is the one who can repair the file (`sudo guardian doctor`).

The lock is the system's own (`PeerHost.lock`): logind's LockSession on Linux, disconnecting the
session (WTSDisconnectSession) on Windows, the login window on macOS. `GUARDIAN_LOCK_COMMAND` (a
command line in which `{account}` and `{session}` are filled in) replaces it, for tests and for
systems without logind. Only whoever configures the service (root) can set it.
"""

from __future__ import annotations

import logging
import os
import shlex
import signal
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from guardian import config, ipc, keyring_access
from guardian.core.catalog import Catalog, load_catalog
from guardian.core.clock import Clock, SystemClock
from guardian.core.engine import Reason
from guardian.core.errors import Error
from guardian.core.text import translate
from guardian.core.watchdog import SILENCE_LIMIT, Session, Watch
from guardian.platform.accounts import is_administrator
from guardian.platform.peers import Identity, PeerHost, create_peer_host
from guardian.sealing import open_sealed_lite_store
from guardian.services.remote import ChildSession
from guardian.services.signals import SignalWaker
from guardian.storage.errors import StoreError
from guardian.storage.files import StoreFile
from guardian.storage.records import Row
from guardian.ui.pin_text import CANNOT_CHECK

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 1000
# How often a service that cannot read its store tries again: a parent who moved a damaged file
# away is answered within half a minute, and a store that stays broken costs one attempt.
RETRY_STORE_MS = 30_000


class ServiceError(Error):
    pass


@dataclass
class _Client:
    identity: Identity | None  # what the OS says about the other end; None: it cannot say
    account: str = ""
    session: str | None = None  # set once the hello is accepted
    child: str = ""
    buffer: bytearray = field(default_factory=bytearray)
    keeper: ChildSession | None = None  # the child's tracking, when the service does it
    unread: bool = False  # welcomed and locked without the store: it could not be read

    @property
    def peer(self) -> ipc.Peer | None:
        return None if self.identity is None else self.identity.peer


def default_lock(session: Session, host: PeerHost | None = None) -> bool:
    """Lock a silent session: the configured command, else the system's own lock."""
    command = os.environ.get("GUARDIAN_LOCK_COMMAND")
    if command:
        args = [
            part.format(account=session.account, session=session.key)
            for part in shlex.split(command)
        ]
        try:
            return subprocess.run(args, check=False, timeout=10).returncode == 0
        except (OSError, subprocess.SubprocessError) as error:
            log.warning("lock command failed: %s", error)
            return False
    return (host or create_peer_host()).lock(session.key, session.account)


class GuardianService(QObject):
    """Accepts agents' reports and locks the sessions whose agent has gone quiet."""

    silence_acted_on = Signal(object)  # the Session just locked

    def __init__(
        self,
        store: StoreFile | None,
        *,
        clock: Clock | None = None,
        path: str | None = None,
        lock: Callable[[Session], bool] | None = None,
        limit: float = SILENCE_LIMIT,
        track: bool = True,
        host: PeerHost | None = None,
        reopen: Callable[[], StoreFile] | None = None,
        administrator: Callable[[str], bool | None] = is_administrator,
        parent: QObject | None = None,
    ) -> None:
        """`store` is None when it could not be opened: `reopen` opens it again (it raises
        StoreError while it still cannot). `host` answers who connects and locks sessions
        (default: this system's); `lock` replaces its lock (default: `default_lock` with that
        host); `administrator` says whether an account may repair the store."""
        super().__init__(parent)
        self._store = store
        self._reopen = reopen
        self._administrator = administrator
        self._track = track  # False: only watch that agents report (they track themselves)
        self._catalog: Catalog | None = None  # read once, at the first agent
        self._clock = clock or SystemClock()
        self._path = path or ipc.socket_path()
        self._host = host if host is not None else create_peer_host()
        self._lock = lock or (lambda session: default_lock(session, self._host))
        self.watch = Watch(limit=limit)
        self._clients: dict[QLocalSocket, _Client] = {}
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.WorldAccessOption)
        self._server.newConnection.connect(self._accept)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_STORE_MS)
        self._retry.timeout.connect(self.retry_store)

    @property
    def store(self) -> StoreFile | None:
        return self._store

    def start(self) -> None:
        if not self._path.startswith("guardian-"):
            ipc.prepare_socket_folder(self._path)
        QLocalServer.removeServer(self._path)  # a socket file left by a killed service
        if not self._server.listen(self._path):
            raise ServiceError(
                translate("Service", "cannot listen on {path}: {reason}").fill(
                    path=self._path, reason=self._server.errorString()
                )
            )
        self._timer.start()
        if self._store is None:
            self._retry.start()
        log.info("service listening on %s", self._path)

    def stop(self) -> None:
        self._timer.stop()
        self._retry.stop()
        self._server.close()
        for sock in list(self._clients):
            self._forget(sock)  # each child's usage so far is flushed

    # --- connections ---------------------------------------------------------------------

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            identity = self._host.identify(int(sock.socketDescriptor()))
            self._clients[sock] = _Client(identity)
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(lambda s=sock: self._forget(s))

    def _forget(self, sock: QLocalSocket) -> None:
        client = self._clients.pop(sock, None)
        if client is None:
            return
        if client.keeper is not None and shiboken6.isValid(client.keeper):
            client.keeper.stop()  # today's usage is flushed to the store
            client.keeper.deleteLater()
        if shiboken6.isValid(sock):
            # Its slots hold the service (they are lambdas over `self`): dropped first, so that
            # a service let go while this socket waits to be deleted is not deleted from inside
            # the socket's own deletion, which deletes the socket a second time.
            sock.readyRead.disconnect()
            sock.disconnected.disconnect()
            sock.deleteLater()

    def _the_catalog(self) -> Catalog:
        if self._catalog is None:
            self._catalog = load_catalog(config.catalog_paths())
        return self._catalog

    def _send(self, sock: QLocalSocket, message: dict[str, object]) -> bool:
        if (
            not shiboken6.isValid(sock)
            or sock.state() != QLocalSocket.LocalSocketState.ConnectedState
        ):
            return False
        sock.write(ipc.encode(message))
        sock.flush()
        return True

    def _read(self, sock: QLocalSocket) -> None:
        client = self._clients.get(sock)
        if client is None:
            return
        client.buffer += bytes(sock.readAll().data())
        while b"\n" in client.buffer:
            line, _, rest = bytes(client.buffer).partition(b"\n")
            client.buffer = bytearray(rest)
            message = ipc.decode(line)
            if message is None:
                self._refuse(sock, client, ipc.BAD_MESSAGE, "not a Guardian message")
                return
            if message["type"] == ipc.HELLO:
                self._hello(sock, client, message)
            elif client.session is None:
                continue  # nothing is heard before the hello is accepted
            elif message["type"] == ipc.REPORT:
                self._reported(client)
                if client.keeper is not None:
                    client.keeper.handle(message)
            elif client.unread and message["type"] == "call":
                self._send(sock, _unread_reply(message))
            elif client.keeper is not None:
                client.keeper.handle(message)
        if len(client.buffer) > ipc.MAX_LINE:
            self._refuse(sock, client, ipc.BAD_MESSAGE, "message too long")

    def _refuse(self, sock: QLocalSocket, client: _Client, code: str, why: str) -> None:
        """Say no and hang up: `code` for the agent to explain in the family's language, `why`
        in English for the log."""
        log.warning("agent refused (%s, %s): %s", client.account or "?", client.peer, why)
        sock.write(ipc.encode({"type": ipc.REFUSED, "code": code, "reason": why}))
        sock.flush()
        sock.disconnectFromServer()

    def _hello(self, sock: QLocalSocket, client: _Client, message: dict[str, object]) -> None:
        identity = client.identity
        if identity is None:
            return self._refuse(sock, client, ipc.UNKNOWN_PEER, "cannot tell who is connecting")
        client.account = identity.account
        claimed = message.get("child")
        children = self._children()
        if children is None:
            return self._without_store(sock, client)
        child = _child_for(children, client.account, claimed if isinstance(claimed, str) else None)
        if child is None or (
            child.os_user not in (None, client.account) and not identity.is_system
        ):
            self._event(
                "agent_refused",
                None if child is None else child,
                {"account": client.account, "claimed": claimed},
            )
            return self._refuse(
                sock, client, ipc.NO_CHILD, f"no child of account {client.account} by that name"
            )
        client.child = child.name
        client.session = identity.session
        sock.write(
            ipc.encode({"type": ipc.WELCOME, "child": child.name, "session": client.session})
        )
        sock.flush()
        log.info("agent of %s (%s) in session %s", child.name, client.account, client.session)
        self._reported(client)
        if self._track:
            assert self._store is not None  # the children were just read from it
            client.keeper = ChildSession(
                store=self._store,
                child=child,
                send=lambda reply: self._send(sock, reply),
                uid=identity.posix_uid,  # None on Windows: accounts are SIDs there
                clock=self._clock,
                catalog=self._the_catalog(),
                parent=self,
            )
            client.keeper.start()
        return None

    def _children(self) -> list[Row] | None:
        """The children in the store; None when it cannot be read (said in the log)."""
        if self._store is None:
            return None
        try:
            with self._store.session(read_only=True) as s:
                return self._store.records.list_children(s)
        except StoreError as error:
            log.warning("cannot read the children: %s", error)
            return None

    def _without_store(self, sock: QLocalSocket, client: _Client) -> None:
        """Fail closed while the store cannot be read: nobody can tell whether this account is
        a child's, so its session is locked and watched, unless it is an administrator's, who
        is told why (and is the one who can repair the store)."""
        assert client.identity is not None
        if client.identity.is_system or self._administrator(client.account) is True:
            return self._refuse(
                sock, client, ipc.STORE_UNREADABLE, "the service cannot read its data"
            )
        client.session = client.identity.session
        client.unread = True
        welcome = {"type": ipc.WELCOME, "child": client.account, "session": client.session}
        sock.write(ipc.encode(welcome))  # no child's name to give: the account's
        sock.write(ipc.encode({"type": "lock", "reason": Reason.RECORDS_UNREADABLE.value}))
        sock.flush()
        log.warning(
            "the store cannot be read: session %s of %s is locked until it can",
            client.session, client.account,
        )  # fmt: skip
        self._reported(client)
        if not self._retry.isActive():  # started again, agents saying hello often would put it off
            self._retry.start()
        return None

    def retry_store(self) -> None:
        """Open (or read) the store again; once it answers, the agents locked without it say
        hello again and are answered from it."""
        if self._store is None and self._reopen is not None:
            try:
                self._store = self._reopen()
            except StoreError as error:
                log.warning("the store still cannot be opened: %s", error)
                return
            log.info("the store can be opened again")
        if self._children() is None:
            return
        self._retry.stop()
        for sock, client in list(self._clients.items()):
            if client.unread and shiboken6.isValid(sock):
                sock.disconnectFromServer()  # its agent connects again and says hello

    def _reported(self, client: _Client) -> None:
        assert client.session is not None
        self.watch, back = self.watch.reported(
            client.session, client.account, client.child, self._clock.monotonic()
        )
        if back:
            self._event_for(client.child, "agent_back", {"session": client.session})

    # --- the watch -----------------------------------------------------------------------

    def check(self) -> None:
        now = self._clock.monotonic()
        for key, session in list(self.watch.sessions.items()):
            quiet = now - session.last_report >= self.watch.limit
            if quiet and self._host.session_exists(key) is False:
                self.watch = self.watch.ended(key)  # logged out: nobody to watch
        self.watch, due = self.watch.due(now)
        for session in due:
            locked = self._lock(session)
            silent = int(now - (session.silent_since or session.last_report))
            log.warning(
                "no report from %s's agent for %d s: session %s locked=%s",
                session.child, silent, session.key, locked,
            )  # fmt: skip
            self._event_for(
                session.child,
                "agent_silent",
                {
                    "session": session.key,
                    "account": session.account,
                    "seconds": silent,
                    "locked": locked,
                },
            )
            self.silence_acted_on.emit(session)

    def _event_for(self, child_name: str, kind: str, data: dict[str, object]) -> None:
        children = self._children() or []
        self._event(kind, next((c for c in children if c.name == child_name), None), data)

    def _event(self, kind: str, child: Row | None, data: dict[str, object]) -> None:
        if self._store is None:
            log.warning("event %s not recorded: the store cannot be opened", kind)
            return
        try:
            with self._store.session() as s:
                self._store.records.add_event(s, kind, at=self._clock.now(), child=child, data=data)
        except StoreError as error:
            log.warning("event %s not recorded: %s", kind, error)


def _child_for(children: list[Row], account: str, claimed: str | None) -> Row | None:
    if claimed is not None:
        return next((c for c in children if c.name == claimed), None)
    mine = [c for c in children if c.os_user == account]
    if len(mine) == 1:
        return mine[0]
    if len(children) == 1 and children[0].os_user is None:
        return children[0]  # one child, on a shared account
    return None


def run_service() -> int:
    home = config.service_home()
    config.setup_logging(home)
    # The keyring read by a short-lived process: some 7 MB (issue 9). Asked once the data home
    # is there, so the helper finds the same keyring file this process would.
    keyring_access.use_helper_process()
    host = create_peer_host()
    if not host.has_system_rights():
        log.warning(
            "the service is not running as %s: a child's account may be able to stop it",
            host.system_account,
        )
    app = QCoreApplication.instance() or QCoreApplication(["guardian-service"])
    path = config.database_path(home)
    service = GuardianService(
        _open_or_none(path), host=host, reopen=lambda: open_sealed_lite_store(path)
    )
    try:
        service.start()
        SignalWaker(
            (signal.SIGTERM, signal.SIGINT), lambda *_: QCoreApplication.exit(0), parent=app
        )
        return int(app.exec())
    finally:
        service.stop()
        if service.store is not None:
            service.store.close()


def _open_or_none(path: Path) -> StoreFile | None:
    """The store, or None when it cannot be opened: the service then runs without it, failing
    closed (see the module's docstring), instead of exiting and leaving the children's sessions
    unwatched for as long as it cannot start."""
    try:
        return open_sealed_lite_store(path)
    except StoreError as error:
        log.error("%s", error)
        log.error("the service runs without its store: children's sessions stay locked")
        return None


def _unread_reply(message: dict[str, object]) -> dict[str, object]:
    """The answer to an agent's call while the store cannot be read: nothing can be done. A
    PIN cannot be checked either: its throttle is kept in the store."""
    reply: dict[str, object] = {"type": "reply", "id": message.get("id"), "ok": False}
    if message.get("method") == "verify_pin":
        reply["wait"] = CANNOT_CHECK
    return reply
