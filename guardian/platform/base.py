"""What every OS adapter offers, and the values it returns.

An adapter answers four questions, once a second: which window is in front (and its program),
how long since the last keyboard or mouse input, whether the session is locked, and what it
cannot see on this machine. It never records keystrokes, screen contents or network traffic:
the input APIs it uses give only the time of the last input.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from guardian.core.text import Text


@dataclass(frozen=True)
class Foreground:
    """The window in front and the program that owns it.

    Programs are identified by their executable (path and file name), never by WM_CLASS or a
    window class: for a Python program WM_CLASS names the script, and anyone can rename a class.
    `exe_path` is empty when the OS refused to say (an elevated process, for example).
    """

    pid: int | None
    exe_path: str
    exe_name: str
    display_name: str
    title: str
    fullscreen: bool


@dataclass(frozen=True)
class Capabilities:
    """What this adapter can see here; `missing` says, for a parent, what it cannot and why."""

    foreground: bool
    titles: bool
    idle: bool
    lock_state: bool
    fullscreen: bool
    missing: tuple[Text, ...] = ()


class Platform(Protocol):
    """One OS's view of the desktop session. Every method is cheap enough to call once a second."""

    name: str

    def capabilities(self) -> Capabilities: ...

    def foreground(self) -> Foreground | None:
        """The window in front, or None when there is none (an empty desktop, a secure desktop)."""
        ...

    def idle_seconds(self) -> float | None:
        """Seconds since the last keyboard or mouse input, or None when it cannot be known."""
        ...

    def session_locked(self) -> bool | None:
        """Whether the session is locked (or on a secure desktop); None when it cannot tell."""
        ...

    def close(self) -> None: ...


def exe_name_of(path: str) -> str:
    """The file name of an executable path, for Windows and POSIX paths alike."""
    return path.replace("\\", "/").rsplit("/", 1)[-1] if path else ""


def describe_process(pid: int | None) -> tuple[str, str, str]:
    """(exe_path, exe_name, display_name) of a process, by psutil; empty strings where refused."""
    if pid is None or pid <= 0:
        return "", "", ""
    import psutil

    try:
        process = psutil.Process(pid)
        try:
            path = process.exe()
        except (psutil.AccessDenied, psutil.ZombieProcess, OSError):
            path = ""
        name = process.name()
    except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess, OSError):
        return "", "", ""
    exe_name = exe_name_of(path) or name
    return path, exe_name, _display_name(exe_name)


def _display_name(exe_name: str) -> str:
    stem = exe_name.rsplit(".", 1)[0] if exe_name.lower().endswith(".exe") else exe_name
    return stem[:1].upper() + stem[1:] if stem else ""
