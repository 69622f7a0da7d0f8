"""The macOS adapter: the app in front, idle time and lock state, through pyobjc.

The adapter talks to macOS through a `MacApi`: thin wrappers that take and return plain Python
values. `PyObjCMac` is the real one and imports AppKit and Quartz only when it is built, so this
module imports on any system; tests run the adapter over a fake API.

Two things macOS decides, not Guardian:
- Window titles of other apps come back empty until Guardian is allowed to record the screen
  (macOS 10.15 and later). Guardian never takes a screenshot; the permission is what macOS
  asks for titles. `capabilities()` says when titles are hidden.
- NSWorkspace learns which app is in front from notifications delivered to the main run loop.
  The agent's Qt event loop delivers them; a process without a run loop sees the app that was
  in front when it first asked (fine for one-shot commands such as `guardian track --once`).
"""

from __future__ import annotations

import importlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from guardian.core.text import translate
from guardian.platform.base import Capabilities, Foreground, describe_process, exe_name_of

log = logging.getLogger(__name__)

T = TypeVar("T")

Bounds = tuple[float, float, float, float]
"""A rectangle in global display points as Quartz gives it: x, y, width, height."""

# Windows of ordinary apps live on layer 0; menus, the Dock and overlays live above it.
_NORMAL_WINDOW_LAYER = 0

_TITLES_HIDDEN = translate(
    "Platform",
    "macOS hides the titles of other apps' windows until Guardian may record the screen: open "
    "System Settings > Privacy & Security > Screen Recording and turn Guardian on. Guardian "
    "never takes screenshots; macOS asks for this permission to show window titles.",
)


@dataclass(frozen=True)
class FrontApp:
    """The app in front: its pid, executable path (None when macOS does not say) and name."""

    pid: int
    exe_path: str | None
    name: str


@dataclass(frozen=True)
class WindowInfo:
    """One on-screen window, as CGWindowListCopyWindowInfo lists it (front to back)."""

    pid: int
    layer: int
    title: str
    bounds: Bounds


class MacApi(Protocol):
    """The macOS calls the adapter needs, with plain values in and out; failures raise OSError."""

    def frontmost(self) -> FrontApp | None:
        """NSWorkspace's frontmost application; None when there is none."""
        ...

    def windows(self) -> list[WindowInfo]:
        """On-screen windows without desktop elements, front to back."""
        ...

    def display_bounds(self) -> list[Bounds]:
        """The bounds of every active display."""
        ...

    def seconds_since_input(self) -> float:
        """Seconds since the last keyboard, mouse or trackpad event in this session."""
        ...

    def screen_locked(self) -> bool | None:
        """Whether the screen is locked or the session is switched out; None when unknown."""
        ...


def covers(window: Bounds, display: Bounds) -> bool:
    """Whether the window covers the whole display."""
    x, y, width, height = window
    dx, dy, dwidth, dheight = display
    return x <= dx and y <= dy and x + width >= dx + dwidth and y + height >= dy + dheight


class MacPlatform:
    """The app in front, idle time and lock state on macOS."""

    name = "macos"

    def __init__(self, api: MacApi | None = None) -> None:
        self._api: MacApi = api if api is not None else PyObjCMac()

    def capabilities(self) -> Capabilities:
        titles = self._titles_visible()
        return Capabilities(
            foreground=True,
            titles=titles,
            idle=True,
            lock_state=True,
            fullscreen=True,
            missing=() if titles else (_TITLES_HIDDEN,),
        )

    def foreground(self) -> Foreground | None:
        if _attempt(self._api.screen_locked, None):
            return None
        app = _attempt(self._api.frontmost, None)
        if app is None:
            return None
        if app.exe_path:
            exe_path, exe_name = app.exe_path, exe_name_of(app.exe_path)
        else:
            exe_path, exe_name, _ = describe_process(app.pid)
        window = self._front_window(app.pid)
        title = window.title if window else ""
        log.debug("foreground: pid %s %s %r", app.pid, exe_name, title)
        return Foreground(
            pid=app.pid,
            exe_path=exe_path,
            exe_name=exe_name,
            display_name=app.name or exe_name,
            title=title,
            fullscreen=window is not None and self._fullscreen(window),
        )

    def idle_seconds(self) -> float | None:
        try:
            return max(0.0, self._api.seconds_since_input())
        except OSError as error:
            log.debug("idle time is unavailable: %s", error)
            return None

    def session_locked(self) -> bool | None:
        return _attempt(self._api.screen_locked, None)

    def close(self) -> None:
        return None

    def _front_window(self, pid: int) -> WindowInfo | None:
        """The app's frontmost ordinary window; None when it shows none (or has just quit)."""
        windows = _attempt(self._api.windows, list[WindowInfo]())
        return next((w for w in windows if w.pid == pid and w.layer == _NORMAL_WINDOW_LAYER), None)

    def _fullscreen(self, window: WindowInfo) -> bool:
        displays = _attempt(self._api.display_bounds, list[Bounds]())
        return any(covers(window.bounds, display) for display in displays)

    def _titles_visible(self) -> bool:
        """False when every ordinary window of another app comes back without a title.

        That is what macOS does without the Screen Recording permission (our own windows keep
        their titles). With no other app's window on screen there is nothing to tell by.
        """
        windows = _attempt(self._api.windows, list[WindowInfo]())
        others = [w for w in windows if w.layer == _NORMAL_WINDOW_LAYER and w.pid != os.getpid()]
        return not others or any(w.title for w in others)


def _attempt(call: Callable[[], T], default: T) -> T:
    """The call's answer, or `default` when macOS reports a failure."""
    try:
        return call()
    except OSError as error:
        log.debug("macOS call failed: %s", error)
        return default


# How many displays we ask Quartz about: more than any family Mac has attached.
_MAX_DISPLAYS = 32


class PyObjCMac:
    """The real MacApi, over AppKit (NSWorkspace) and Quartz (CoreGraphics)."""

    def __init__(self) -> None:
        try:
            self._appkit: Any = importlib.import_module("AppKit")
            self._quartz: Any = importlib.import_module("Quartz")
        except ImportError as error:
            raise ImportError(
                "pyobjc is missing: install pyobjc-framework-Cocoa and pyobjc-framework-Quartz"
            ) from error
        self._workspace: Any = self._appkit.NSWorkspace.sharedWorkspace()

    def frontmost(self) -> FrontApp | None:
        app = self._workspace.frontmostApplication()
        if app is None:
            return None
        url = app.executableURL() or app.bundleURL()
        path = url.path() if url is not None else None
        name = app.localizedName()
        return FrontApp(
            pid=int(app.processIdentifier()),
            exe_path=str(path) if path else None,
            name=str(name) if name else "",
        )

    def windows(self) -> list[WindowInfo]:
        q = self._quartz
        options = q.kCGWindowListOptionOnScreenOnly | q.kCGWindowListExcludeDesktopElements
        listed = q.CGWindowListCopyWindowInfo(options, q.kCGNullWindowID) or ()
        result: list[WindowInfo] = []
        for info in listed:
            bounds = info.get(q.kCGWindowBounds) or {}
            result.append(
                WindowInfo(
                    pid=int(info.get(q.kCGWindowOwnerPID, 0)),
                    layer=int(info.get(q.kCGWindowLayer, 0)),
                    title=str(info.get(q.kCGWindowName) or ""),
                    bounds=(
                        float(bounds.get("X", 0)),
                        float(bounds.get("Y", 0)),
                        float(bounds.get("Width", 0)),
                        float(bounds.get("Height", 0)),
                    ),
                )
            )
        return result

    def display_bounds(self) -> list[Bounds]:
        q = self._quartz
        error, displays, count = q.CGGetActiveDisplayList(_MAX_DISPLAYS, None, None)
        ids = list(displays or ())[:count] if not error else []
        if not ids:
            ids = [q.CGMainDisplayID()]
        result: list[Bounds] = []
        for display in ids:
            rect = q.CGDisplayBounds(display)
            result.append(
                (
                    float(rect.origin.x),
                    float(rect.origin.y),
                    float(rect.size.width),
                    float(rect.size.height),
                )
            )
        return result

    def seconds_since_input(self) -> float:
        q = self._quartz
        return float(
            q.CGEventSourceSecondsSinceLastEventType(
                q.kCGEventSourceStateCombinedSessionState, q.kCGAnyInputEventType
            )
        )

    def screen_locked(self) -> bool | None:
        session = self._quartz.CGSessionCopyCurrentDictionary()
        if session is None:
            return None  # no window-server session (started over ssh, for example)
        locked = bool(session.get("CGSSessionScreenIsLocked", False))
        on_console = bool(session.get("kCGSSessionOnConsoleKey", True))
        return locked or not on_console
