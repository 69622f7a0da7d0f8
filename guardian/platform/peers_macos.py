"""The service's view of agents on macOS: who is at the other end of the Unix socket, and
locking a child's session.

Who: the kernel answers two socket options on the service's end of the connection (level
SOL_LOCAL, 0):

- LOCAL_PEERCRED (0x001): a `struct xucred` { u_int cr_version; uid_t cr_uid; short cr_ngroups;
  gid_t cr_groups[16]; }, the credentials the client had when it connected;
- LOCAL_PEERPID (0x002): the client's pid.

The account's name comes from the user database (getpwuid answers from Directory Services).

Which session: macOS gives each signed-in user one GUI login, launchd's `gui/<uid>` domain (fast
user switching keeps several users signed in, never one user twice), so the session key is
`gui/<uid>`, and it has ended when `launchctl print gui/<uid>` no longer finds the domain.

Locking (there is no documented call for locking another user's screen):
- macOS 10.15 and older: `launchctl asuser <uid> .../CGSession -suspend` runs the fast user
  switching menu's tool in the child's login, which sends the session to the login window;
  the child's password is needed to come back.
- macOS 11 and later removed CGSession. The service then sleeps the displays with
  `pmset displaysleepnow` (documented, `man pmset`), which locks the screen when "Require password
  after screen saver begins or display is turned off" is "Immediately" for the child's account
  (System Settings > Lock Screen: the set-up guide says so). The private SACLockScreenImmediate
  (login.framework) is left alone: undocumented, it may change with any update.
- Either way only when the child's login is the one on screen: a login in the background is
  already behind the login window, and whoever is on screen (a parent) is left alone.

The host talks to macOS through a `MacPeerApi` of plain values; `SystemMac` is the real one, so
tests run the host over a fake.
"""

from __future__ import annotations

import logging
import os
import socket
import struct
import subprocess
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from guardian.platform.peers import Identity, Peer, posix_account

log = logging.getLogger(__name__)

SOL_LOCAL = 0
LOCAL_PEERCRED = 0x001
LOCAL_PEERPID = 0x002
XUCRED_VERSION = 0
# struct xucred: u_int cr_version; uid_t cr_uid; short cr_ngroups; gid_t cr_groups[NGROUPS=16]
XUCRED = struct.Struct("IIh16I")
PID = struct.Struct("i")  # pid_t

LAUNCHCTL = "/bin/launchctl"
PMSET = "/usr/bin/pmset"
CGSESSION = "/System/Library/CoreServices/Menu Extras/User.menu/Contents/Resources/CGSession"
GUI_DOMAIN_PREFIX = "gui/"
# launchctl's status when the domain it was asked about does not exist.
_NO_SUCH_DOMAIN = 113
# launchctl and pmset answer at once; more than this and something is wrong with the system.
_COMMAND_TIMEOUT = 10


class MacPeerApi(Protocol):
    """The calls the host needs, with plain values in and out; failures raise OSError."""

    def getsockopt(self, descriptor: int, level: int, option: int, size: int) -> bytes:
        """A socket option of the service's end of a connection."""
        ...

    def account_name(self, uid: int) -> str | None:
        """The name of the account with this uid; None when none has it."""
        ...

    def run(self, args: Sequence[str]) -> int:
        """Run a system command as this process (root); its exit status."""
        ...

    def exists(self, path: str) -> bool: ...

    def console_uid(self) -> int | None:
        """The uid of the user whose login is on screen (0 at the login window)."""
        ...

    def effective_uid(self) -> int: ...


def parse_xucred(raw: bytes) -> tuple[int, int | None] | None:
    """(uid, gid) from a struct xucred; None for an answer that is not one."""
    if len(raw) < XUCRED.size:
        return None
    version, uid, groups, *gids = XUCRED.unpack(raw[: XUCRED.size])
    if version != XUCRED_VERSION:
        return None
    return uid, (gids[0] if groups > 0 else None)


class MacPeerHost:
    """Agents' accounts and GUI logins on macOS, and locking a login."""

    name = "macos"
    system_account = "root"

    def __init__(self, api: MacPeerApi | None = None) -> None:
        self._api: MacPeerApi = api if api is not None else SystemMac()

    def identify(self, descriptor: int) -> Identity | None:
        try:
            raw = self._api.getsockopt(descriptor, SOL_LOCAL, LOCAL_PEERCRED, XUCRED.size)
            raw_pid = self._api.getsockopt(descriptor, SOL_LOCAL, LOCAL_PEERPID, PID.size)
        except OSError as error:
            log.warning("the kernel does not say who is connected: %s", error)
            return None
        credentials = parse_xucred(raw)
        if credentials is None or len(raw_pid) < PID.size:
            log.warning("the kernel's answer about the peer is not a xucred and a pid")
            return None
        uid, gid = credentials
        (pid,) = PID.unpack(raw_pid[: PID.size])
        account = self._api.account_name(uid)
        if account is None:
            log.warning("no account has uid %s", uid)
            return None
        return Identity(Peer(pid, uid, gid), account, f"{GUI_DOMAIN_PREFIX}{uid}")

    def session_exists(self, session: str) -> bool | None:
        uid = _uid_of(session)
        if uid is None:
            return None
        status = self._run([LAUNCHCTL, "print", f"{GUI_DOMAIN_PREFIX}{uid}"])
        if status == 0:
            return True
        return False if status == _NO_SUCH_DOMAIN else None

    def lock(self, session: str, account: str) -> bool:
        uid = _uid_of(session)
        if uid is None or uid == 0:
            log.warning("session %r of %s is no child's login to lock", session, account)
            return False
        try:
            on_screen = self._api.console_uid()
        except OSError:
            on_screen = None
        if on_screen is not None and on_screen != uid:
            # Whoever is on screen (a parent, the login window) is left alone.
            log.info("the login of %s is not on screen: it is behind the login window", account)
            return True
        if self._api.exists(CGSESSION):  # macOS 10.15 and older
            return self._run([LAUNCHCTL, "asuser", str(uid), CGSESSION, "-suspend"]) == 0
        return self._run([PMSET, "displaysleepnow"]) == 0

    def has_system_rights(self) -> bool:
        return self._api.effective_uid() == 0

    def _run(self, args: list[str]) -> int | None:
        try:
            return self._api.run(args)
        except OSError as error:
            log.warning("%s failed: %s", args[0], error)
            return None


def _uid_of(session: str) -> int | None:
    number = session.removeprefix(GUI_DOMAIN_PREFIX)
    return int(number) if session.startswith(GUI_DOMAIN_PREFIX) and number.isdecimal() else None


class SystemMac:
    """The real MacPeerApi: socket options, the user database, system commands."""

    def getsockopt(self, descriptor: int, level: int, option: int, size: int) -> bytes:
        sock = socket.fromfd(descriptor, socket.AF_UNIX, socket.SOCK_STREAM)  # a duplicate
        try:
            return sock.getsockopt(level, option, size)
        finally:
            sock.close()

    def account_name(self, uid: int) -> str | None:
        return posix_account(uid)

    def run(self, args: Sequence[str]) -> int:
        try:
            done = subprocess.run(
                list(args),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=_COMMAND_TIMEOUT,
                check=False,
            )
        except subprocess.SubprocessError as error:
            raise OSError(f"{args[0]}: {error}") from error
        return done.returncode

    def exists(self, path: str) -> bool:
        return Path(path).exists()

    def console_uid(self) -> int | None:
        return Path("/dev/console").stat().st_uid

    def effective_uid(self) -> int:
        return os.geteuid()
