"""The service's view of agents on Windows: who is at the other end of the named pipe, and
locking a child's session. Through ctypes (kernel32, advapi32, wtsapi32); no pywin32.

QLocalServer on Windows listens on a named pipe (\\\\.\\pipe\\guardian-service, open to every
account), and a connected socket's `socketDescriptor()` is the pipe's HANDLE. From it:

1. GetNamedPipeClientProcessId: the process Windows recorded as the pipe's client;
2. OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION), OpenProcessToken(TOKEN_QUERY) and
   GetTokenInformation(TokenUser): the SID of the account the process runs as;
3. ProcessIdToSessionId, asked while the process handle is open (so the pid cannot have been
   given to another process meanwhile): the Remote Desktop Services session it runs in, one per
   signed-in user (fast user switching keeps several);
4. LookupAccountSidW: the account's name, which children are registered under. The domain (the
   PC's name for a local account) is left out, as `guardian child add --os-user` names accounts.

Locking: Windows has no call that locks another session (LockWorkStation locks only the caller's
own, and the service runs in session 0). The service, as LocalSystem, disconnects the session
instead: WTSDisconnectSession(WTS_CURRENT_SERVER_HANDLE, session, FALSE). The child's programs
keep running; the screen goes to the sign-in screen, and the session comes back only after the
account's password is entered again, as after the lock screen. A session already disconnected is
left as it is.

The host talks to Windows through a `WinPeerApi` of plain values; `CtypesWinPeers` is the real
one and loads the DLLs only when it is built, so this module imports on any system and tests run
the host over a fake.
"""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Callable
from ctypes import wintypes
from dataclasses import dataclass
from typing import Any, Protocol

from guardian.platform.peers import SYSTEM_SID, Identity, Peer
from guardian.platform.windows import _attempt

log = logging.getLogger(__name__)


# WTS_CONNECTSTATE_CLASS (wtsapi32.h): the states a session can be in.
WTS_ACTIVE = 0
WTS_DISCONNECTED = 4
WTS_RESET = 7
WTS_DOWN = 8
# A session in these states is gone for good: its user has signed out.
_ENDED_STATES = frozenset({WTS_RESET, WTS_DOWN})
# Session 0 holds services, never a desktop; it is never "locked".
SERVICES_SESSION = 0


@dataclass(frozen=True)
class ProcessOwner:
    """Whose a process is: the SID of its token's user, and its Remote Desktop session."""

    sid: str
    session_id: int


class WinPeerApi(Protocol):
    """The Win32 calls the host needs, with plain values in and out; failures raise OSError."""

    def pipe_client_pid(self, pipe: int) -> int:
        """GetNamedPipeClientProcessId on the server end of a pipe."""
        ...

    def process_owner(self, pid: int) -> ProcessOwner:
        """The process's token user (as a string SID) and its session (ProcessIdToSessionId)."""
        ...

    def account_name(self, sid: str) -> str:
        """LookupAccountSidW: the account's name, without its domain."""
        ...

    def session_state(self, session_id: int) -> int | None:
        """WTSQuerySessionInformationW(WTSConnectState); None when there is no such session."""
        ...

    def disconnect_session(self, session_id: int) -> None:
        """WTSDisconnectSession(WTS_CURRENT_SERVER_HANDLE, session_id, FALSE)."""
        ...

    def own_sid(self) -> str:
        """The SID of the account this process runs as."""
        ...


class WindowsPeerHost:
    """Agents' accounts and sessions on Windows, and locking a session by disconnecting it."""

    name = "windows"
    system_account = "LocalSystem"

    def __init__(self, api: WinPeerApi | None = None) -> None:
        self._api: WinPeerApi = api if api is not None else CtypesWinPeers()

    def identify(self, descriptor: int) -> Identity | None:
        try:
            pid = self._api.pipe_client_pid(descriptor)
            if not pid:
                raise OSError("the pipe names no client process")
            owner = self._api.process_owner(pid)
            account = self._api.account_name(owner.sid)
        except OSError as error:
            log.warning("cannot tell who is connected on the pipe: %s", error)
            return None
        if not account:
            log.warning("the account of %s has no name", owner.sid)
            return None
        return Identity(Peer(pid, owner.sid), account, str(owner.session_id))

    def session_exists(self, session: str) -> bool | None:
        number = _session_number(session)
        if number is None:
            return None
        try:
            state = self._api.session_state(number)
        except OSError as error:
            log.debug("cannot ask about session %s: %s", session, error)
            return None
        return state is not None and state not in _ENDED_STATES

    def lock(self, session: str, account: str) -> bool:
        """Disconnect the session: it shows the sign-in screen and needs the password again."""
        number = _session_number(session)
        if number is None or number == SERVICES_SESSION:
            log.warning("session %r of %s is no desktop session to lock", session, account)
            return False
        if _attempt(lambda: self._api.session_state(number), None) == WTS_DISCONNECTED:
            return True  # already behind the sign-in screen
        try:
            self._api.disconnect_session(number)
        except OSError as error:
            log.warning("could not disconnect session %s of %s: %s", session, account, error)
            return False
        return True

    def has_system_rights(self) -> bool:
        return _attempt(self._api.own_sid, "") == SYSTEM_SID


def _session_number(session: str) -> int | None:
    return int(session) if session.isdecimal() else None


# Win32 constants, from the Windows SDK headers.
_PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
_TOKEN_QUERY = 0x0008
_TOKEN_USER_CLASS = 1  # TOKEN_INFORMATION_CLASS.TokenUser
_WTS_CONNECT_STATE = 8  # WTS_INFO_CLASS.WTSConnectState
_WTS_CURRENT_SERVER_HANDLE = None  # (HANDLE)NULL: this PC
# What WTSQuerySessionInformationW says about a session that does not exist.
_ERROR_FILE_NOT_FOUND = 2
_ERROR_CTX_WINSTATION_NOT_FOUND = 7022
_NO_SESSION_ERRORS = frozenset({_ERROR_FILE_NOT_FOUND, _ERROR_CTX_WINSTATION_NOT_FOUND})


class _SidAndAttributes(ctypes.Structure):
    _fields_ = [("Sid", ctypes.c_void_p), ("Attributes", wintypes.DWORD)]


class _TokenUser(ctypes.Structure):
    _fields_ = [("User", _SidAndAttributes)]


def _failure(call: str) -> OSError:
    get_last_error: Callable[[], int] = getattr(ctypes, "get_last_error", lambda: 0)
    code = get_last_error()
    return OSError(code, f"{call} failed (Windows error {code})")


class CtypesWinPeers:
    """The real WinPeerApi, over kernel32, advapi32 and wtsapi32."""

    def __init__(self) -> None:
        loader = getattr(ctypes, "WinDLL", None)
        if loader is None:
            raise OSError("the Win32 API exists only on Windows")
        self._kernel32: Any = loader("kernel32", use_last_error=True)
        self._advapi32: Any = loader("advapi32", use_last_error=True)
        self._wtsapi32: Any = loader("wtsapi32", use_last_error=True)
        self._declare()

    def _declare(self) -> None:
        k, a, t = self._kernel32, self._advapi32, self._wtsapi32
        w = wintypes
        p = ctypes.POINTER
        signatures: list[tuple[Any, list[Any], Any]] = [
            (k.GetNamedPipeClientProcessId, [w.HANDLE, p(w.ULONG)], w.BOOL),
            (k.OpenProcess, [w.DWORD, w.BOOL, w.DWORD], w.HANDLE),
            (k.GetCurrentProcess, [], w.HANDLE),
            (k.ProcessIdToSessionId, [w.DWORD, p(w.DWORD)], w.BOOL),
            (k.CloseHandle, [w.HANDLE], w.BOOL),
            (k.LocalFree, [ctypes.c_void_p], ctypes.c_void_p),
            (a.OpenProcessToken, [w.HANDLE, w.DWORD, p(w.HANDLE)], w.BOOL),
            (
                a.GetTokenInformation,
                [w.HANDLE, ctypes.c_int, w.LPVOID, w.DWORD, p(w.DWORD)],
                w.BOOL,
            ),
            (a.ConvertSidToStringSidW, [ctypes.c_void_p, p(w.LPWSTR)], w.BOOL),
            (a.ConvertStringSidToSidW, [w.LPCWSTR, p(ctypes.c_void_p)], w.BOOL),
            (
                a.LookupAccountSidW,
                [
                    w.LPCWSTR,
                    ctypes.c_void_p,
                    w.LPWSTR,
                    p(w.DWORD),
                    w.LPWSTR,
                    p(w.DWORD),
                    p(ctypes.c_int),
                ],
                w.BOOL,
            ),
            (
                t.WTSQuerySessionInformationW,
                [w.HANDLE, w.DWORD, ctypes.c_int, p(ctypes.c_void_p), p(w.DWORD)],
                w.BOOL,
            ),
            (t.WTSFreeMemory, [ctypes.c_void_p], None),
            (t.WTSDisconnectSession, [w.HANDLE, w.DWORD, w.BOOL], w.BOOL),
        ]
        for function, argtypes, restype in signatures:
            function.argtypes = argtypes
            function.restype = restype

    def pipe_client_pid(self, pipe: int) -> int:
        pid = wintypes.ULONG(0)
        if not self._kernel32.GetNamedPipeClientProcessId(pipe, ctypes.byref(pid)):
            raise _failure("GetNamedPipeClientProcessId")
        return int(pid.value)

    def process_owner(self, pid: int) -> ProcessOwner:
        process = self._kernel32.OpenProcess(_PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
        if not process:
            raise _failure(f"OpenProcess({pid})")
        try:
            sid = self._token_sid(process)
            session = wintypes.DWORD(0)
            if not self._kernel32.ProcessIdToSessionId(pid, ctypes.byref(session)):
                raise _failure("ProcessIdToSessionId")
            return ProcessOwner(sid, int(session.value))
        finally:
            self._kernel32.CloseHandle(process)

    def _token_sid(self, process: Any) -> str:
        token = wintypes.HANDLE()
        if not self._advapi32.OpenProcessToken(process, _TOKEN_QUERY, ctypes.byref(token)):
            raise _failure("OpenProcessToken")
        try:
            needed = wintypes.DWORD(0)
            self._advapi32.GetTokenInformation(
                token, _TOKEN_USER_CLASS, None, 0, ctypes.byref(needed)
            )  # fails, saying how much room the answer needs
            if not needed.value:
                raise _failure("GetTokenInformation")
            buffer = ctypes.create_string_buffer(needed.value)
            if not self._advapi32.GetTokenInformation(
                token, _TOKEN_USER_CLASS, buffer, needed, ctypes.byref(needed)
            ):
                raise _failure("GetTokenInformation")
            user = _TokenUser.from_buffer(buffer)
            text = wintypes.LPWSTR()
            if not self._advapi32.ConvertSidToStringSidW(user.User.Sid, ctypes.byref(text)):
                raise _failure("ConvertSidToStringSidW")
            try:
                return str(text.value)
            finally:
                self._kernel32.LocalFree(ctypes.cast(text, ctypes.c_void_p))
        finally:
            self._kernel32.CloseHandle(token)

    def account_name(self, sid: str) -> str:
        binary = ctypes.c_void_p()
        if not self._advapi32.ConvertStringSidToSidW(sid, ctypes.byref(binary)):
            raise _failure("ConvertStringSidToSidW")
        try:
            name_chars, domain_chars, use = wintypes.DWORD(0), wintypes.DWORD(0), ctypes.c_int(0)
            self._advapi32.LookupAccountSidW(
                None, binary, None, ctypes.byref(name_chars), None, ctypes.byref(domain_chars),
                ctypes.byref(use),
            )  # fmt: skip  # fails, saying how long the names are
            if not name_chars.value:
                raise _failure("LookupAccountSidW")
            name = ctypes.create_unicode_buffer(name_chars.value)
            domain = ctypes.create_unicode_buffer(max(domain_chars.value, 1))
            if not self._advapi32.LookupAccountSidW(
                None, binary, name, ctypes.byref(name_chars), domain, ctypes.byref(domain_chars),
                ctypes.byref(use),
            ):  # fmt: skip
                raise _failure("LookupAccountSidW")
            return str(name.value)
        finally:
            self._kernel32.LocalFree(binary)

    def session_state(self, session_id: int) -> int | None:
        buffer, size = ctypes.c_void_p(), wintypes.DWORD(0)
        if not self._wtsapi32.WTSQuerySessionInformationW(
            _WTS_CURRENT_SERVER_HANDLE,
            session_id,
            _WTS_CONNECT_STATE,
            ctypes.byref(buffer),
            ctypes.byref(size),
        ):
            error = _failure("WTSQuerySessionInformationW")
            if error.errno in _NO_SESSION_ERRORS:
                return None
            raise error
        try:
            if not buffer.value:
                raise OSError("WTSQuerySessionInformationW gave no answer")
            return int(ctypes.c_int.from_address(buffer.value).value)
        finally:
            self._wtsapi32.WTSFreeMemory(buffer)

    def disconnect_session(self, session_id: int) -> None:
        if not self._wtsapi32.WTSDisconnectSession(_WTS_CURRENT_SERVER_HANDLE, session_id, False):
            raise _failure("WTSDisconnectSession")

    def own_sid(self) -> str:
        return self._token_sid(self._kernel32.GetCurrentProcess())
