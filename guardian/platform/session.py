"""Session actions the lock screen offers: sign out, shut down, and the OS's own lock.

Each runs the system's own command and returns whether it could be started; none needs rights
the child's account does not have.
"""

from __future__ import annotations

import ctypes
import logging
import os
import shutil
import subprocess
import sys

log = logging.getLogger(__name__)


def _run(*candidates: list[str]) -> bool:
    for command in candidates:
        if shutil.which(command[0]):
            try:
                subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            except OSError as error:
                log.warning("%s failed: %s", command[0], error)
                continue
            return True
    return False


def sign_out() -> bool:
    if sys.platform == "win32":
        return _run(["shutdown", "/l"])
    if sys.platform == "darwin":
        return _run(["osascript", "-e", 'tell application "System Events" to log out'])
    session = os.environ.get("XDG_SESSION_ID")
    return _run(
        *([["loginctl", "terminate-session", session]] if session else []),
        ["gnome-session-quit", "--logout", "--no-prompt"],
    )


def shut_down() -> bool:
    if sys.platform == "win32":
        return _run(["shutdown", "/s", "/t", "0"])
    if sys.platform == "darwin":
        return _run(["osascript", "-e", 'tell application "System Events" to shut down'])
    return _run(["systemctl", "poweroff"], ["loginctl", "poweroff"])


def lock_session() -> bool:
    """The OS's own lock: the fallback when Guardian's lock window cannot be shown."""
    if sys.platform == "win32":
        return bool(ctypes.windll.user32.LockWorkStation())  # type: ignore[attr-defined]
    if sys.platform == "darwin":
        return _run(["pmset", "displaysleepnow"])
    session = os.environ.get("XDG_SESSION_ID")
    return _run(
        *([["loginctl", "lock-session", session]] if session else []),
        ["xdg-screensaver", "lock"],
        ["xset", "s", "activate"],
    )


def session_tag() -> str:
    """A name for this desktop session, for files that must be one per session (the agent's
    single-instance lock): the Windows session id, else logind's session id, else the display."""
    if sys.platform == "win32":
        number = ctypes.c_ulong(0)
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        if kernel32.ProcessIdToSessionId(kernel32.GetCurrentProcessId(), ctypes.byref(number)):
            return f"session-{number.value}"
        return "session"
    tag = os.environ.get("XDG_SESSION_ID") or os.environ.get("DISPLAY") or "session"
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in tag)
