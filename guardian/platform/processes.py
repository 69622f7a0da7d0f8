"""Closing a program that is over its limit: its process tree, politely, then firmly.

`close_tree` asks the program and its children to end (terminate) and returns them; the caller
kills any still running after `KILL_AFTER` seconds with `kill_survivors`, so nothing here blocks
the agent's event loop. It refuses, and says why, for anything it must never touch: Guardian
itself and the processes it runs in, system processes, the desktop shell and session
processes, and any process not owned by the child's account.
"""

from __future__ import annotations

import getpass
import logging
import os
from dataclasses import dataclass
from typing import Any

import psutil

log = logging.getLogger(__name__)

# Seconds between asking a program to end and ending it: enough for a game to save, short enough
# that the limit is a limit (the figure).
KILL_AFTER = 5.0

# Shells, window managers, display servers and session processes on every system: never closed,
# whatever category a rule gives them.
PROTECTED_NAMES = frozenset(
    name.lower()
    for name in (
        # Windows
        "explorer.exe", "dwm.exe", "winlogon.exe", "csrss.exe", "smss.exe", "wininit.exe",
        "services.exe", "lsass.exe", "svchost.exe", "sihost.exe", "ctfmon.exe", "fontdrvhost.exe",
        "logonui.exe", "lockapp.exe", "shellexperiencehost.exe", "startmenuexperiencehost.exe",
        "searchhost.exe", "taskmgr.exe", "conhost.exe", "runtimebroker.exe", "textinputhost.exe",
        # Linux
        "systemd", "init", "xorg", "xvfb", "xwayland", "openbox", "gnome-shell", "gnome-session",
        "gnome-session-binary", "plasmashell", "kwin_x11", "kwin_wayland", "xfwm4", "xfce4-session",
        "xfce4-panel", "lxsession", "lxpanel", "mutter", "metacity", "marco", "cinnamon",
        "mate-session", "dbus-daemon", "dbus-broker", "pipewire", "pulseaudio", "gdm", "sddm",
        "lightdm", "login", "sshd", "sudo", "su",
        # macOS
        "loginwindow", "windowserver", "dock", "finder", "systemuiserver", "launchd",
    )
)  # fmt: skip


class Refused(Exception):
    """A process Guardian must not close; the message says why."""


@dataclass(frozen=True)
class Closing:
    """Processes asked to end; pass to `kill_survivors` after `KILL_AFTER` seconds."""

    processes: tuple[Any, ...]
    name: str


def protected_reason(process: Any, account: str | None = None) -> str | None:
    """Why `process` must never be closed, or None when it may be."""
    account = account or getpass.getuser()
    try:
        pid = process.pid
        name = process.name().lower()
        owner = process.username()
    except (psutil.NoSuchProcess, psutil.AccessDenied) as error:
        return f"cannot be inspected ({type(error).__name__})"
    if pid <= 1:
        return "a system process"
    own = {os.getpid(), *(p.pid for p in psutil.Process().parents())}
    if pid in own:
        return "Guardian itself, or the session it runs in"
    if name in PROTECTED_NAMES:
        return f"{name} is part of the system or the desktop"
    short_owner = owner.rsplit("\\", 1)[-1]
    if short_owner.lower() != account.rsplit("\\", 1)[-1].lower():
        return f"it belongs to another account ({owner})"
    return None


def close_tree(pid: int, account: str | None = None) -> Closing:
    """Ask a program and its children to end; raise Refused for a protected process."""
    try:
        process = psutil.Process(pid)
    except psutil.NoSuchProcess:
        return Closing((), "")
    reason = protected_reason(process, account)
    if reason is not None:
        raise Refused(f"process {pid} is not closed: {reason}")
    name = process.name()
    try:
        children = process.children(recursive=True)
    except psutil.NoSuchProcess:
        children = []
    targets = [c for c in children if protected_reason(c, account) is None] + [process]
    for target in targets:
        try:
            target.terminate()
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    log.info("asked %s (pid %d) and %d child processes to end", name, pid, len(targets) - 1)
    return Closing(tuple(targets), name)


def kill_survivors(closing: Closing) -> int:
    """Kill what is still running of a `Closing`; returns how many had to be killed."""
    _, waiting = psutil.wait_procs(list(closing.processes), timeout=0)
    alive = [p for p in waiting if _running(p)]
    for process in alive:
        try:
            process.kill()
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    if alive:
        log.info("killed %d processes of %s that did not end", len(alive), closing.name)
    return len(alive)


def _running(process: Any) -> bool:
    """Still running: a zombie has ended and only waits to be reaped by its parent."""
    try:
        return bool(process.status() != psutil.STATUS_ZOMBIE)
    except psutil.NoSuchProcess:
        return False
