"""An in-memory Windows desktop behind the `Win32Api` protocol, and a contract Driver over it.

`FakeWin32` answers like the real calls do: a closed window gives pid 0 and an empty title and
makes GetWindowRect fail; an elevated process gives no path; the secure desktop (lock screen,
UAC prompt) is not "Default". Any method named in `failing` raises OSError, to play a call that
Windows refuses.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from guardian.platform.windows import Rect
from tests.platform.contract import CHINESE_TITLE, Expected

MONITOR: Rect = (0, 0, 1920, 1080)
WINDOWS_DIR = "C:\\Windows"
# Five hours after boot: an ordinary afternoon, far from the 32-bit wrap.
BOOT_TICK = 5 * 3600 * 1000


@dataclass
class FakeWindow:
    hwnd: int
    pid: int
    title: str
    rect: Rect
    class_name: str = "FakeWindowClass"
    child_pids: list[int] = field(default_factory=list)


@dataclass
class FakeWin32:
    """A desktop with windows, processes, a tick counter and a secure-desktop switch."""

    monitors: list[Rect] = field(default_factory=lambda: [MONITOR])
    windows: dict[int, FakeWindow] = field(default_factory=dict)
    processes: dict[int, str | None] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)
    foreground: int = 0
    tick: int = BOOT_TICK
    last_input: int = BOOT_TICK
    secure_desktop: bool = False
    failing: set[str] = field(default_factory=set)
    close_after: dict[str, int] = field(default_factory=dict)
    calls: Counter[str] = field(default_factory=Counter)

    # Building the desktop.

    def add_process(self, pid: int, path: str | None) -> None:
        """A running program; `path` None plays an elevated one whose path Windows refuses."""
        self.processes[pid] = path

    def add_window(
        self, hwnd: int, pid: int, title: str, rect: Rect, class_name: str = "FakeWindowClass"
    ) -> FakeWindow:
        window = FakeWindow(hwnd, pid, title, rect, class_name)
        self.windows[hwnd] = window
        return window

    def close_window(self, hwnd: int) -> None:
        """The window goes; a handle anyone still holds now names nothing."""
        self.windows.pop(hwnd, None)

    def input_now(self) -> None:
        self.last_input = self.tick % 2**32

    def advance(self, milliseconds: int) -> None:
        self.tick += milliseconds

    # The Win32Api protocol.

    def _call(self, name: str) -> None:
        self.calls[name] += 1
        if name in self.failing:
            raise OSError(f"{name} failed (fake)")

    def _after(self, name: str) -> None:
        hwnd = self.close_after.pop(name, None)
        if hwnd is not None:
            self.close_window(hwnd)

    def foreground_window(self) -> int:
        self._call("foreground_window")
        return self.foreground

    def window_process_id(self, hwnd: int) -> int:
        self._call("window_process_id")
        window = self.windows.get(hwnd)
        self._after("window_process_id")
        return window.pid if window else 0

    def window_child_pids(self, hwnd: int) -> list[int]:
        self._call("window_child_pids")
        window = self.windows.get(hwnd)
        return list(window.child_pids) if window else []

    def window_text(self, hwnd: int) -> str:
        self._call("window_text")
        window = self.windows.get(hwnd)
        return window.title if window else ""

    def window_class(self, hwnd: int) -> str:
        self._call("window_class")
        window = self.windows.get(hwnd)
        return window.class_name if window else ""

    def window_rect(self, hwnd: int) -> Rect:
        self._call("window_rect")
        window = self.windows.get(hwnd)
        if window is None:
            raise OSError("GetWindowRect: invalid window handle (fake)")
        return window.rect

    def monitor_rect(self, hwnd: int) -> Rect:
        self._call("monitor_rect")
        window = self.windows.get(hwnd)
        if window is None:
            raise OSError("MonitorFromWindow: invalid window handle (fake)")
        return max(self.monitors, key=lambda monitor: _overlap(window.rect, monitor))

    def process_image_path(self, pid: int) -> str | None:
        self._call("process_image_path")
        return self.processes.get(pid)

    def file_description(self, path: str) -> str | None:
        self._call("file_description")
        return self.descriptions.get(path)

    def windows_directory(self) -> str:
        self._call("windows_directory")
        return WINDOWS_DIR

    def last_input_tick(self) -> int:
        self._call("last_input_tick")
        return self.last_input

    def tick_count64(self) -> int:
        self._call("tick_count64")
        return self.tick

    def input_desktop_is_default(self) -> bool:
        self._call("input_desktop_is_default")
        return not self.secure_desktop


def _overlap(a: Rect, b: Rect) -> int:
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    return max(width, 0) * max(height, 0)


@dataclass(frozen=True)
class Scene:
    hwnd: int
    pid: int
    path: str
    title: str
    rect: Rect
    fullscreen: bool


# Pids here are never looked up in this machine's process table: the fake gives their paths.
SCENES = {
    "plain": Scene(
        0x10010, 4100, "C:\\Windows\\System32\\notepad.exe", "Untitled - Notepad",
        (200, 120, 1100, 800), False,
    ),
    "chinese": Scene(
        0x10020, 4200, "C:\\Program Files\\作业帮\\作业帮.exe", CHINESE_TITLE,
        (-8, -8, 1928, 1048), False,
    ),
    "fullscreen": Scene(
        0x10030, 4300, "C:\\Program Files (x86)\\Steam\\steamapps\\common\\Terraria\\Terraria.exe",
        "Terraria", MONITOR, True,
    ),
}  # fmt: skip


class FakeWin32Driver:
    """The contract's Driver over a FakeWin32."""

    def __init__(self, api: FakeWin32) -> None:
        self.api = api
        self._shown = 0

    def activate(self, scene: str) -> Expected:
        spec = SCENES[scene]
        if spec.hwnd not in self.api.windows:
            self.api.add_process(spec.pid, spec.path)
            self.api.add_window(spec.hwnd, spec.pid, spec.title, spec.rect)
        self.api.foreground = spec.hwnd
        self.api.input_now()
        return Expected(
            pid=spec.pid,
            exe_name=spec.path.rsplit("\\", 1)[-1],
            title=spec.title,
            fullscreen=spec.fullscreen,
        )

    def touch_input(self) -> None:
        self.api.input_now()

    def wait_idle(self, seconds: float) -> None:
        self.api.advance(round(seconds * 1000))

    def set_locked(self, locked: bool) -> bool:
        if locked:
            self._shown, self.api.foreground = self.api.foreground, 0
        else:
            self.api.foreground = self._shown
        self.api.secure_desktop = locked
        return True

    def clear_foreground(self) -> bool:
        self.api.foreground = 0
        return True
