"""The Windows adapter: the window in front, idle time and lock state, through ctypes.

The adapter talks to Windows through a `Win32Api`: thin wrappers that take and return plain
Python values. `CtypesWin32` is the real one and loads user32/kernel32/version only when it is
built, so this module imports on any system; tests run the adapter over a fake API.
Windows gives only the time of the last input, never the input itself.
"""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Callable
from ctypes import wintypes
from typing import Any, Protocol, TypeVar

from guardian.core.text import translate
from guardian.platform.base import Capabilities, Foreground, describe_process, exe_name_of

log = logging.getLogger(__name__)

T = TypeVar("T")

Rect = tuple[int, int, int, int]
"""A screen rectangle as Windows gives it: left, top, right, bottom (right and bottom outside)."""

# GetLastInputInfo's dwTime is a DWORD holding the low 32 bits of the tick count.
_TICK_MODULUS = 2**32
# A last input stamped up to a minute after our tick reading is a race between the two calls,
# not 49.7 days of idle; it counts as input just now.
_INPUT_AHEAD_MS = 60_000
# Version resources are read from disk; keep the descriptions of this many programs in memory.
_DESCRIPTION_CACHE_SIZE = 256

# Window classes of the desktop itself: it covers the screen but is not a full-screen program.
_DESKTOP_CLASSES = frozenset({"Progman", "WorkerW"})
# Windows' lock screen curtain: it runs on the ordinary desktop and takes the foreground.
_LOCK_SCREEN_EXE = "lockapp.exe"
# The frame that hosts Store (UWP) apps; the app itself owns a child window of the frame.
_STORE_APP_FRAME_EXE = "applicationframehost.exe"

_ADMIN_WINDOWS = translate(
    "Platform",
    "Windows does not let a standard program read the path of programs running as "
    "administrator: their windows are named from the process list and may show without a path.",
)


class Win32Api(Protocol):
    """The Win32 calls the adapter needs, with plain values in and out.

    Calls on a window that has just closed return 0 or "" where Windows does, and raise OSError
    where Windows reports a failure.
    """

    def foreground_window(self) -> int:
        """GetForegroundWindow; 0 when no window is in front."""
        ...

    def window_process_id(self, hwnd: int) -> int:
        """GetWindowThreadProcessId; 0 when the window is gone."""
        ...

    def window_child_pids(self, hwnd: int) -> list[int]:
        """Process ids owning the window's child windows (EnumChildWindows), in order."""
        ...

    def window_text(self, hwnd: int) -> str:
        """The window's title; "" when it has none or is gone."""
        ...

    def window_class(self, hwnd: int) -> str:
        """GetClassNameW; "" when the window is gone."""
        ...

    def window_rect(self, hwnd: int) -> Rect:
        """GetWindowRect."""
        ...

    def monitor_rect(self, hwnd: int) -> Rect:
        """The whole area of the monitor nearest the window (rcMonitor)."""
        ...

    def process_image_path(self, pid: int) -> str | None:
        """QueryFullProcessImageNameW; None when Windows refuses (an elevated process)."""
        ...

    def file_description(self, path: str) -> str | None:
        """The FileDescription of the program's version resource; None when it has none."""
        ...

    def windows_directory(self) -> str:
        """The system's Windows folder (GetSystemWindowsDirectoryW), e.g. C:\\Windows."""
        ...

    def last_input_tick(self) -> int:
        """GetLastInputInfo's dwTime: the low 32 bits of the tick count at the last input."""
        ...

    def tick_count64(self) -> int:
        """GetTickCount64: milliseconds since the system started."""
        ...

    def input_desktop_is_default(self) -> bool:
        """Whether input goes to the user's "Default" desktop (not the lock screen or UAC)."""
        ...


def idle_milliseconds(tick64: int, last_input: int) -> int:
    """Milliseconds since the last input, across the 32-bit wrap of `last_input` (49.7 days)."""
    idle = ((tick64 % _TICK_MODULUS) - last_input) % _TICK_MODULUS
    return 0 if idle > _TICK_MODULUS - _INPUT_AHEAD_MS else idle


def covers(window: Rect, monitor: Rect) -> bool:
    """Whether the window covers the whole monitor (borders may hang over its edges)."""
    return (
        window[0] <= monitor[0]
        and window[1] <= monitor[1]
        and window[2] >= monitor[2]
        and window[3] >= monitor[3]
    )


class WindowsPlatform:
    """Foreground window, idle time and lock state on Windows."""

    name = "windows"

    def __init__(self, api: Win32Api | None = None) -> None:
        self._api: Win32Api = api if api is not None else CtypesWin32()
        self._windows_dir = _attempt(self._api.windows_directory, "").rstrip("\\").lower()
        self._descriptions: dict[str, str | None] = {}

    def capabilities(self) -> Capabilities:
        return Capabilities(
            foreground=True,
            titles=True,
            idle=True,
            lock_state=True,
            fullscreen=True,
            missing=(_ADMIN_WINDOWS,),
        )

    def foreground(self) -> Foreground | None:
        if not _attempt(self._api.input_desktop_is_default, False):
            return None
        hwnd = _attempt(self._api.foreground_window, 0)
        if not hwnd:
            return None
        owner = self._owner(hwnd)
        if owner is None or self._is_lock_screen(owner):
            return None
        pid, exe_path, exe_name = owner
        title = _attempt(lambda: self._api.window_text(hwnd), "")
        log.debug("foreground: pid %s %s %r", pid, exe_name, title)
        return Foreground(
            pid=pid,
            exe_path=exe_path,
            exe_name=exe_name,
            display_name=self._display_name(exe_path, exe_name),
            title=title,
            fullscreen=self._fullscreen(hwnd),
        )

    def idle_seconds(self) -> float | None:
        try:
            # Last input first: input arriving between the two calls then only adds a moment.
            last_input = self._api.last_input_tick()
            tick64 = self._api.tick_count64()
        except OSError as error:
            log.debug("idle time is unavailable: %s", error)
            return None
        return idle_milliseconds(tick64, last_input) / 1000

    def session_locked(self) -> bool | None:
        """True on the lock screen, the secure desktop (UAC) or the lock screen's curtain.

        No window in front alone is not a lock: it happens between two windows, and counting it
        as locked would leave that time uncounted.
        """
        if not _attempt(self._api.input_desktop_is_default, False):
            return True
        hwnd = _attempt(self._api.foreground_window, 0)
        if not hwnd:
            return False
        owner = self._owner(hwnd)
        return owner is not None and self._is_lock_screen(owner)

    def close(self) -> None:
        return None

    def _owner(self, hwnd: int) -> tuple[int, str, str] | None:
        """(pid, exe_path, exe_name) of the program behind a window; None when it has closed."""
        pid = _attempt(lambda: self._api.window_process_id(hwnd), 0)
        if not pid:
            return None
        exe_path, exe_name = self._image(pid)
        if exe_name.lower() == _STORE_APP_FRAME_EXE and self._is_system_program(exe_path):
            children = _attempt(lambda: self._api.window_child_pids(hwnd), list[int]())
            app_pid = next((child for child in children if child and child != pid), None)
            if app_pid is not None:
                pid = app_pid
                exe_path, exe_name = self._image(pid)
        return pid, exe_path, exe_name

    def _image(self, pid: int) -> tuple[str, str]:
        """(exe_path, exe_name): from Windows, else from psutil, else the name alone or nothing."""
        path = _attempt(lambda: self._api.process_image_path(pid), None)
        if path:
            return path, exe_name_of(path)
        exe_path, exe_name, _ = describe_process(pid)
        return exe_path, exe_name

    def _display_name(self, exe_path: str, exe_name: str) -> str:
        if exe_path:
            key = exe_path.lower()
            if key not in self._descriptions:
                if len(self._descriptions) >= _DESCRIPTION_CACHE_SIZE:
                    self._descriptions.clear()
                description = _attempt(lambda: self._api.file_description(exe_path), None)
                self._descriptions[key] = (description or "").strip() or None
            description = self._descriptions[key]
            if description:
                return description
        return _stem_name(exe_name)

    def _fullscreen(self, hwnd: int) -> bool:
        if _attempt(lambda: self._api.window_class(hwnd), "") in _DESKTOP_CLASSES:
            return False
        try:
            return covers(self._api.window_rect(hwnd), self._api.monitor_rect(hwnd))
        except OSError as error:
            log.debug("window size is unavailable: %s", error)
            return False

    def _is_lock_screen(self, owner: tuple[int, str, str]) -> bool:
        _, exe_path, exe_name = owner
        return exe_name.lower() == _LOCK_SCREEN_EXE and self._is_system_program(exe_path)

    def _is_system_program(self, exe_path: str) -> bool:
        """Whether the program lives in the Windows folder, where a child cannot put a copy."""
        return bool(self._windows_dir) and exe_path.lower().startswith(self._windows_dir + "\\")


def _attempt(call: Callable[[], T], default: T) -> T:
    """The call's answer, or `default` when Windows reports a failure."""
    try:
        return call()
    except OSError as error:
        log.debug("Win32 call failed: %s", error)
        return default


def _stem_name(exe_name: str) -> str:
    """The name `describe_process` gives a program: Steam for steam.exe."""
    stem = exe_name[:-4] if exe_name.lower().endswith(".exe") else exe_name
    return stem[:1].upper() + stem[1:]


# Win32 constants, from the Windows SDK headers.
_PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
_MONITOR_DEFAULTTONEAREST = 2
_DESKTOP_READOBJECTS = 0x0001
_UOI_NAME = 2
# Window class names are at most 256 characters (WNDCLASS documentation).
_CLASS_NAME_CHARS = 257
# The longest path Windows supports, so no program path is ever cut.
_PATH_CHARS = 32_768
# Desktop names are short ("Default", "Winlogon"); this is ample.
_DESKTOP_NAME_CHARS = 256


class _LastInputInfo(ctypes.Structure):
    _fields_ = [("cbSize", wintypes.UINT), ("dwTime", wintypes.DWORD)]


class _MonitorInfo(ctypes.Structure):
    _fields_ = [
        ("cbSize", wintypes.DWORD),
        ("rcMonitor", wintypes.RECT),
        ("rcWork", wintypes.RECT),
        ("dwFlags", wintypes.DWORD),
    ]


class CtypesWin32:
    """The real Win32Api, over user32, kernel32 and version.dll."""

    def __init__(self) -> None:
        loader = getattr(ctypes, "WinDLL", None)
        callback_type = getattr(ctypes, "WINFUNCTYPE", None)
        if loader is None or callback_type is None:
            raise OSError("the Win32 API exists only on Windows")
        self._user32: Any = loader("user32", use_last_error=True)
        self._kernel32: Any = loader("kernel32", use_last_error=True)
        self._version: Any = loader("version", use_last_error=True)
        self._enum_proc: Any = callback_type(wintypes.BOOL, wintypes.HWND, wintypes.LPARAM)
        self._declare()
        self._ui_language = int(self._kernel32.GetUserDefaultUILanguage())

    def _declare(self) -> None:
        u, k, v = self._user32, self._kernel32, self._version
        w = wintypes
        signatures: list[tuple[Any, list[Any], Any]] = [
            (u.GetForegroundWindow, [], w.HWND),
            (u.GetWindowThreadProcessId, [w.HWND, ctypes.POINTER(w.DWORD)], w.DWORD),
            (u.EnumChildWindows, [w.HWND, self._enum_proc, w.LPARAM], w.BOOL),
            (u.GetWindowTextLengthW, [w.HWND], ctypes.c_int),
            (u.GetWindowTextW, [w.HWND, w.LPWSTR, ctypes.c_int], ctypes.c_int),
            (u.GetClassNameW, [w.HWND, w.LPWSTR, ctypes.c_int], ctypes.c_int),
            (u.GetWindowRect, [w.HWND, ctypes.POINTER(w.RECT)], w.BOOL),
            (u.MonitorFromWindow, [w.HWND, w.DWORD], w.HMONITOR),
            (u.GetMonitorInfoW, [w.HMONITOR, ctypes.POINTER(_MonitorInfo)], w.BOOL),
            (u.GetLastInputInfo, [ctypes.POINTER(_LastInputInfo)], w.BOOL),
            (u.OpenInputDesktop, [w.DWORD, w.BOOL, w.DWORD], w.HANDLE),
            (
                u.GetUserObjectInformationW,
                [w.HANDLE, ctypes.c_int, w.LPVOID, w.DWORD, ctypes.POINTER(w.DWORD)],
                w.BOOL,
            ),
            (u.CloseDesktop, [w.HANDLE], w.BOOL),
            (k.GetTickCount64, [], ctypes.c_ulonglong),
            (k.OpenProcess, [w.DWORD, w.BOOL, w.DWORD], w.HANDLE),
            (
                k.QueryFullProcessImageNameW,
                [w.HANDLE, w.DWORD, w.LPWSTR, ctypes.POINTER(w.DWORD)],
                w.BOOL,
            ),
            (k.CloseHandle, [w.HANDLE], w.BOOL),
            (k.GetSystemWindowsDirectoryW, [w.LPWSTR, w.UINT], w.UINT),
            (k.GetUserDefaultUILanguage, [], w.WORD),
            (v.GetFileVersionInfoSizeW, [w.LPCWSTR, ctypes.POINTER(w.DWORD)], w.DWORD),
            (v.GetFileVersionInfoW, [w.LPCWSTR, w.DWORD, w.DWORD, w.LPVOID], w.BOOL),
            (
                v.VerQueryValueW,
                [w.LPCVOID, w.LPCWSTR, ctypes.POINTER(w.LPVOID), ctypes.POINTER(w.UINT)],
                w.BOOL,
            ),
        ]
        for function, argtypes, restype in signatures:
            function.argtypes = argtypes
            function.restype = restype

    def foreground_window(self) -> int:
        return int(self._user32.GetForegroundWindow() or 0)

    def window_process_id(self, hwnd: int) -> int:
        pid = wintypes.DWORD(0)
        if not self._user32.GetWindowThreadProcessId(hwnd, ctypes.byref(pid)):
            return 0
        return int(pid.value)

    def window_child_pids(self, hwnd: int) -> list[int]:
        pids: list[int] = []

        def visit(child: int | None, _: int) -> bool:
            pid = self.window_process_id(child) if child else 0
            if pid and pid not in pids:
                pids.append(pid)
            return True

        self._user32.EnumChildWindows(hwnd, self._enum_proc(visit), 0)
        return pids

    def window_text(self, hwnd: int) -> str:
        length = int(self._user32.GetWindowTextLengthW(hwnd))
        if length <= 0:
            return ""
        buffer = ctypes.create_unicode_buffer(length + 1)
        copied = int(self._user32.GetWindowTextW(hwnd, buffer, length + 1))
        return buffer.value[:copied] if copied > 0 else ""

    def window_class(self, hwnd: int) -> str:
        buffer = ctypes.create_unicode_buffer(_CLASS_NAME_CHARS)
        copied = int(self._user32.GetClassNameW(hwnd, buffer, _CLASS_NAME_CHARS))
        return buffer.value[:copied] if copied > 0 else ""

    def window_rect(self, hwnd: int) -> Rect:
        rect = wintypes.RECT()
        if not self._user32.GetWindowRect(hwnd, ctypes.byref(rect)):
            raise OSError(f"GetWindowRect failed for window {hwnd:#x}")
        return _rect(rect)

    def monitor_rect(self, hwnd: int) -> Rect:
        monitor = self._user32.MonitorFromWindow(hwnd, _MONITOR_DEFAULTTONEAREST)
        info = _MonitorInfo()
        info.cbSize = ctypes.sizeof(_MonitorInfo)
        if not monitor or not self._user32.GetMonitorInfoW(monitor, ctypes.byref(info)):
            raise OSError(f"no monitor information for window {hwnd:#x}")
        return _rect(info.rcMonitor)

    def process_image_path(self, pid: int) -> str | None:
        handle = self._kernel32.OpenProcess(_PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
        if not handle:
            return None
        try:
            buffer = ctypes.create_unicode_buffer(_PATH_CHARS)
            size = wintypes.DWORD(_PATH_CHARS)
            if not self._kernel32.QueryFullProcessImageNameW(handle, 0, buffer, ctypes.byref(size)):
                return None
            return buffer.value[: size.value] or None
        finally:
            self._kernel32.CloseHandle(handle)

    def file_description(self, path: str) -> str | None:
        size = int(self._version.GetFileVersionInfoSizeW(path, None))
        if size <= 0:
            return None
        data = ctypes.create_string_buffer(size)
        if not self._version.GetFileVersionInfoW(path, 0, size, data):
            return None
        for language, codepage in self._translations(data):
            key = f"\\StringFileInfo\\{language:04x}{codepage:04x}\\FileDescription"
            pointer, length = wintypes.LPVOID(), wintypes.UINT(0)
            found = self._version.VerQueryValueW(
                data, key, ctypes.byref(pointer), ctypes.byref(length)
            )
            if found and pointer.value and length.value:
                text = ctypes.wstring_at(pointer.value, length.value).rstrip("\0").strip()
                if text:
                    return text
        return None

    def _translations(self, data: ctypes.Array[ctypes.c_char]) -> list[tuple[int, int]]:
        """The (language, code page) pairs of a version resource, the user's language first."""
        pointer, length = wintypes.LPVOID(), wintypes.UINT(0)
        pairs: list[tuple[int, int]] = []
        query = self._version.VerQueryValueW
        found = query(
            data, "\\VarFileInfo\\Translation", ctypes.byref(pointer), ctypes.byref(length)
        )
        if found and pointer.value and length.value >= 4:
            words = (wintypes.WORD * (length.value // 2)).from_address(pointer.value)
            pairs = [(int(words[i]), int(words[i + 1])) for i in range(0, len(words) - 1, 2)]
        pairs.sort(key=lambda pair: pair[0] != self._ui_language)
        # US English, Unicode: what most programs use when they list no translation.
        pairs.append((0x0409, 0x04B0))
        return pairs

    def windows_directory(self) -> str:
        buffer = ctypes.create_unicode_buffer(_PATH_CHARS)
        copied = int(self._kernel32.GetSystemWindowsDirectoryW(buffer, _PATH_CHARS))
        if copied <= 0:
            raise OSError("GetSystemWindowsDirectoryW failed")
        return buffer.value[:copied]

    def last_input_tick(self) -> int:
        info = _LastInputInfo()
        info.cbSize = ctypes.sizeof(_LastInputInfo)
        if not self._user32.GetLastInputInfo(ctypes.byref(info)):
            raise OSError("GetLastInputInfo failed")
        return int(info.dwTime)

    def tick_count64(self) -> int:
        return int(self._kernel32.GetTickCount64())

    def input_desktop_is_default(self) -> bool:
        desktop = self._user32.OpenInputDesktop(0, False, _DESKTOP_READOBJECTS)
        if not desktop:
            return False  # the lock screen or a UAC prompt: Windows refuses to open it
        try:
            name = ctypes.create_unicode_buffer(_DESKTOP_NAME_CHARS)
            needed = wintypes.DWORD(0)
            if not self._user32.GetUserObjectInformationW(
                desktop, _UOI_NAME, name, ctypes.sizeof(name), ctypes.byref(needed)
            ):
                return False
            return name.value.lower() == "default"
        finally:
            self._user32.CloseDesktop(desktop)


def _rect(rect: wintypes.RECT) -> Rect:
    return int(rect.left), int(rect.top), int(rect.right), int(rect.bottom)
