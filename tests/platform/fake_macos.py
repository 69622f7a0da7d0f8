"""An in-memory macOS session behind the `MacApi` protocol, and a contract Driver over it.

`FakeMac` keeps apps, a front-to-back window list, displays, an input clock and a lock switch.
Without the Screen Recording permission (`screen_recording=False`) it hides every window title,
as macOS does for other apps' windows. Any method named in `failing` raises OSError.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from guardian.platform.macos import Bounds, FrontApp, WindowInfo
from tests.platform.contract import CHINESE_TITLE, Expected

DISPLAY: Bounds = (0.0, 0.0, 1512.0, 982.0)
# The menu bar's height: a zoomed window starts below it.
MENU_BAR = 25.0


@dataclass
class FakeMac:
    """A session with apps, on-screen windows (front first), displays and an input clock."""

    apps: dict[int, FrontApp] = field(default_factory=dict)
    window_list: list[WindowInfo] = field(default_factory=list)
    displays: list[Bounds] = field(default_factory=lambda: [DISPLAY])
    front_pid: int | None = None
    now: float = 1_000.0
    last_input: float = 1_000.0
    locked: bool | None = False
    screen_recording: bool = True
    failing: set[str] = field(default_factory=set)
    calls: Counter[str] = field(default_factory=Counter)

    def add_app(self, pid: int, exe_path: str | None, name: str) -> None:
        self.apps[pid] = FrontApp(pid, exe_path, name)

    def show_window(self, pid: int, title: str, bounds: Bounds, layer: int = 0) -> None:
        """A window comes to the front of the list."""
        self.window_list.insert(0, WindowInfo(pid, layer, title, bounds))

    def bring_to_front(self, pid: int) -> None:
        """The app activates: it is frontmost and its windows move above the others."""
        self.front_pid = pid
        mine = [w for w in self.window_list if w.pid == pid]
        self.window_list = mine + [w for w in self.window_list if w.pid != pid]

    def quit(self, pid: int) -> None:
        self.window_list = [w for w in self.window_list if w.pid != pid]
        self.apps.pop(pid, None)

    def _call(self, name: str) -> None:
        self.calls[name] += 1
        if name in self.failing:
            raise OSError(f"{name} failed (fake)")

    def frontmost(self) -> FrontApp | None:
        self._call("frontmost")
        return self.apps.get(self.front_pid) if self.front_pid is not None else None

    def windows(self) -> list[WindowInfo]:
        self._call("windows")
        if self.screen_recording:
            return list(self.window_list)
        return [replace(w, title="") for w in self.window_list]

    def display_bounds(self) -> list[Bounds]:
        self._call("display_bounds")
        return list(self.displays)

    def seconds_since_input(self) -> float:
        self._call("seconds_since_input")
        return self.now - self.last_input

    def screen_locked(self) -> bool | None:
        self._call("screen_locked")
        return self.locked


@dataclass(frozen=True)
class Scene:
    pid: int
    path: str
    name: str
    title: str
    bounds: Bounds
    fullscreen: bool


# Pids here are never looked up in this machine's process table: the fake gives their paths.
SCENES = {
    "plain": Scene(
        6100, "/System/Applications/TextEdit.app/Contents/MacOS/TextEdit", "TextEdit",
        "Untitled", (200.0, 120.0, 700.0, 500.0), False,
    ),
    "chinese": Scene(
        6200, "/Applications/作业帮.app/Contents/MacOS/作业帮", "作业帮", CHINESE_TITLE,
        (0.0, MENU_BAR, DISPLAY[2], DISPLAY[3] - MENU_BAR), False,
    ),
    "fullscreen": Scene(
        6300, "/Applications/Minecraft.app/Contents/MacOS/launcher", "Minecraft", "Minecraft",
        DISPLAY, True,
    ),
}  # fmt: skip


class FakeMacDriver:
    """The contract's Driver over a FakeMac."""

    def __init__(self, api: FakeMac) -> None:
        self.api = api

    def activate(self, scene: str) -> Expected:
        spec = SCENES[scene]
        if spec.pid not in self.api.apps:
            self.api.add_app(spec.pid, spec.path, spec.name)
            self.api.show_window(spec.pid, spec.title, spec.bounds)
        self.api.bring_to_front(spec.pid)
        self.touch_input()
        return Expected(
            pid=spec.pid,
            exe_name=spec.path.rsplit("/", 1)[-1],
            title=spec.title,
            fullscreen=spec.fullscreen,
        )

    def touch_input(self) -> None:
        self.api.last_input = self.api.now

    def wait_idle(self, seconds: float) -> None:
        self.api.now += seconds

    def set_locked(self, locked: bool) -> bool:
        self.api.locked = locked
        return True

    def clear_foreground(self) -> bool:
        self.api.front_pid = None
        return True
