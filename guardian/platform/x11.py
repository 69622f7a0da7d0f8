"""Linux X11: the window in front, idle time and lock state, through python-xlib.

- The window in front is the root window's `_NET_ACTIVE_WINDOW` (set by every EWMH window
  manager: openbox, xfwm4, KWin, Mutter on X11 ...).
- Its program is found by `_NET_WM_PID`, or by the X-Resource extension when a client does not
  set it; the executable then comes from psutil. WM_CLASS is never used to name a program.
- Titles: `_NET_WM_NAME` (UTF-8), falling back to `WM_NAME`.
- Full screen: `_NET_WM_STATE_FULLSCREEN`, or a window as large as its screen.
- Idle time: the MIT-SCREEN-SAVER extension (the time since the last input, nothing more).
- Locked: logind's `LockedHint` for this session over D-Bus where there is a system bus, else
  whether the X screen saver is on.

Once a second costs one round trip while nothing changes: `_NET_ACTIVE_WINDOW` is read every
time, and everything else about the window in front (its pid, title, full-screen state) is kept
and read again only when the X server reports a change to it, through the events the adapter
asks for on that window (and on the root window, whose size full screen compares against). The
reply to `_NET_ACTIVE_WINDOW` comes after every event the server sent before it, so what is kept
is as current as reading it all again. The program is named again whenever the process's
executable link changes (another process, or the same one after an exec).
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from Xlib import X, Xatom, display, error

from guardian.core.text import Text, translate
from guardian.platform.base import Capabilities, Foreground, describe_process

log = logging.getLogger(__name__)

_X_ERRORS = (error.BadWindow, error.BadDrawable, error.BadMatch, error.BadValue, error.XError)

# What the X server tells about the window in front: its properties (title, pid, state) and its
# own size and destruction. Nothing about input, and nothing about any other window.
_WATCH_MASK = X.PropertyChangeMask | X.StructureNotifyMask


@dataclass
class _Watched:
    """The window in front as last read; `stale` names what an event said has changed since."""

    window: Any
    pid: int | None
    title: str
    fullscreen: bool
    stale: set[str] = field(default_factory=set)


class X11Platform:
    name = "x11"

    def __init__(self, display_name: str | None = None) -> None:
        self._display = display.Display(display_name)
        self._root = self._display.screen().root
        atom = self._display.intern_atom
        self._active = atom("_NET_ACTIVE_WINDOW")
        self._pid = atom("_NET_WM_PID")
        self._net_name = atom("_NET_WM_NAME")
        self._utf8 = atom("UTF8_STRING")
        self._state = atom("_NET_WM_STATE")
        self._fullscreen = atom("_NET_WM_STATE_FULLSCREEN")
        self._stale_by_atom = {
            self._pid: "pid",
            self._net_name: "title",
            Xatom.WM_NAME: "title",
            self._state: "fullscreen",
        }
        self._watched: _Watched | None = None
        self._described: tuple[tuple[int, str], tuple[str, str, str]] | None = None
        # a new screen size comes as a ConfigureNotify on the root window
        self._root.change_attributes(event_mask=X.StructureNotifyMask)
        extensions = set(self._display.list_extensions())
        self._has_idle = "MIT-SCREEN-SAVER" in extensions
        self._has_res = "X-Resource" in extensions
        self._logind = _LogindSession.connect()

    def capabilities(self) -> Capabilities:
        missing: list[Text] = []
        if not self._has_idle:
            missing.append(
                translate(
                    "Platform",
                    "The X server has no MIT-SCREEN-SAVER extension, so Guardian cannot tell when "
                    "nobody is at the PC; time counts whenever the session is unlocked.",
                )
            )
        if self._logind is None:
            missing.append(
                translate(
                    "Platform",
                    "logind is not reachable over D-Bus, so a locked screen is recognised only "
                    "when the X screen saver is on.",
                )
            )
        return Capabilities(
            foreground=True,
            titles=True,
            idle=self._has_idle,
            lock_state=self._logind is not None,
            fullscreen=True,
            missing=tuple(missing),
        )

    def foreground(self) -> Foreground | None:
        try:
            window = self._active_window()  # the one round trip: it brings the events before it
            self._take_events()
            if window is None:
                return None
            seen = self._watch(window)
        except _X_ERRORS as problem:  # the window closed while we looked at it
            log.debug("foreground window vanished: %s", problem)
            self._unwatch()
            return None
        exe_path, exe_name, display_name = self._describe(seen.pid)
        return Foreground(
            pid=seen.pid,
            exe_path=exe_path,
            exe_name=exe_name,
            display_name=display_name,
            title=seen.title,
            fullscreen=seen.fullscreen,
        )

    def idle_seconds(self) -> float | None:
        if not self._has_idle:
            return None
        info: Any = self._root.screensaver_query_info()
        return float(info.idle) / 1000.0

    def session_locked(self) -> bool | None:
        if self._logind is not None:
            locked = self._logind.locked()
            if locked is not None:
                return locked
        if not self._has_idle:
            return None
        info: Any = self._root.screensaver_query_info()
        return bool(info.state == 1)  # ScreenSaverOn

    def close(self) -> None:
        self._display.close()

    def _active_window(self) -> Any:
        prop = self._root.get_full_property(self._active, X.AnyPropertyType)
        if prop is None or not prop.value or not prop.value[0]:
            return None
        return self._display.create_resource_object("window", int(prop.value[0]))

    def _watch(self, window: Any) -> _Watched:
        """The window in front, read in full when it is another window than last time, else
        only what an event said has changed. An X error on the way leaves `foreground` to
        drop it."""
        seen = self._watched
        if seen is None or seen.window.id != window.id:
            self._unwatch()
            # asked for before reading, so any change after the reads below comes as an event
            window.change_attributes(event_mask=_WATCH_MASK, onerror=error.CatchError())
            seen = self._watched = _Watched(window, None, "", False, {"pid", "title", "fullscreen"})
        if "pid" in seen.stale:
            seen.pid = self._window_pid(window)
        if "title" in seen.stale:
            seen.title = self._title(window)
        if "fullscreen" in seen.stale:
            seen.fullscreen = self._is_fullscreen(window)
        seen.stale.clear()
        return seen

    def _unwatch(self) -> None:
        """Stop the events of the window watched so far (it may be gone: no error then)."""
        seen, self._watched = self._watched, None
        if seen is not None:
            seen.window.change_attributes(event_mask=X.NoEventMask, onerror=error.CatchError())

    def _take_events(self) -> None:
        """Mark what the events received so far say has changed about the watched window."""
        root = self._root.id
        while self._display.pending_events():
            event = self._display.next_event()
            seen = self._watched
            window = getattr(event, "window", None)  # MappingNotify, for one, names no window
            if seen is None or window is None:
                continue
            if event.type == X.ConfigureNotify and window.id == root:
                seen.stale.add("fullscreen")  # the screen changed size
            elif window.id != seen.window.id:
                continue  # about a window watched before
            elif event.type == X.DestroyNotify:
                self._watched = None  # its id may be given to a new window
            elif event.type == X.ConfigureNotify:
                seen.stale.add("fullscreen")
            elif event.type == X.PropertyNotify and event.atom in self._stale_by_atom:
                seen.stale.add(self._stale_by_atom[event.atom])

    def _describe(self, pid: int | None) -> tuple[str, str, str]:
        """The program of `pid`, asked of psutil again only when the process's executable link
        changes: another process, or this one after an exec. Without /proc, asked every time."""
        if pid is None or pid <= 0:
            return describe_process(pid)
        try:
            link = str(Path(f"/proc/{pid}/exe").readlink())
        except OSError:  # not this user's process, gone, or no /proc
            return describe_process(pid)
        if self._described is not None and self._described[0] == (pid, link):
            return self._described[1]
        described = describe_process(pid)
        self._described = ((pid, link), described)
        return described

    def _window_pid(self, window: Any) -> int | None:
        prop = window.get_full_property(self._pid, Xatom.CARDINAL)
        if prop is not None and prop.value:
            return int(prop.value[0])
        if self._has_res:
            return self._pid_from_resources(window)
        return None

    def _pid_from_resources(self, window: Any) -> int | None:
        from Xlib.ext import res

        try:
            reply = self._display.res_query_client_ids(
                [{"client": window.id, "mask": res.LocalClientPIDMask}]
            )
        except _X_ERRORS:
            return None
        for client in reply.ids:
            if client.spec.mask & res.LocalClientPIDMask and client.value:
                return int(client.value[0])
        return None

    def _title(self, window: Any) -> str:
        prop = window.get_full_property(self._net_name, self._utf8)
        if prop is not None and prop.value:
            value = prop.value
            return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
        name = window.get_wm_name()
        if isinstance(name, bytes):
            return name.decode("latin-1")
        return name or ""

    def _is_fullscreen(self, window: Any) -> bool:
        prop = window.get_full_property(self._state, Xatom.ATOM)
        if prop is not None and self._fullscreen in list(prop.value):
            return True
        geometry = window.get_geometry()
        screen = self._root.get_geometry()
        return bool(geometry.width >= screen.width and geometry.height >= screen.height)


class _LogindSession:
    """This login session's `LockedHint`, read from logind over the system D-Bus (jeepney)."""

    def __init__(self, connection: Any, path: str) -> None:
        self._connection = connection
        self._path = path

    @classmethod
    def connect(cls) -> _LogindSession | None:
        try:
            from jeepney import DBusAddress, new_method_call
            from jeepney.io.blocking import open_dbus_connection
        except ImportError:
            return None
        session_id = os.environ.get("XDG_SESSION_ID")
        try:
            connection = open_dbus_connection(bus="SYSTEM")
        except (OSError, KeyError, ValueError):
            return None
        manager = DBusAddress(
            "/org/freedesktop/login1",
            bus_name="org.freedesktop.login1",
            interface="org.freedesktop.login1.Manager",
        )
        try:
            if session_id:
                message = new_method_call(manager, "GetSession", "s", (session_id,))
            else:
                message = new_method_call(manager, "GetSessionByPID", "u", (os.getpid(),))
            reply = connection.send_and_get_reply(message, timeout=1.0)
            path = str(reply.body[0])
        except Exception:  # no logind, or this process is outside any session
            connection.close()
            return None
        return cls(connection, path)

    def locked(self) -> bool | None:
        from jeepney import DBusAddress, Properties

        address = DBusAddress(
            self._path,
            bus_name="org.freedesktop.login1",
            interface="org.freedesktop.login1.Session",
        )
        try:
            reply = self._connection.send_and_get_reply(
                Properties(address).get("LockedHint"), timeout=1.0
            )
            return bool(reply.body[0][1])
        except Exception:  # logind went away; fall back to the screen saver
            return None
