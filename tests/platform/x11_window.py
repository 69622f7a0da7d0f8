"""A real X window for the X11 adapter's tests, run as its own process.

    python x11_window.py TITLE [--fullscreen] [--no-pid]

Prints the window id once the window is mapped, then carries out the commands read from its
standard input, answering "ok" to each once the X server has it, until the input closes:

    title TEXT        a new title (WM_NAME and _NET_WM_NAME)
    pid N             _NET_WM_PID says process N
    fullscreen on|off asks the window manager to make it full screen, or not

WM_CLASS is set to something unrelated on purpose: Guardian must name programs by executable.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from Xlib import X, Xatom, display
from Xlib.protocol import event


def main() -> None:
    title = sys.argv[1]
    fullscreen = "--fullscreen" in sys.argv
    set_pid = "--no-pid" not in sys.argv
    d = display.Display()
    screen = d.screen()
    window = screen.root.create_window(
        10, 10, 400, 300, 0, screen.root_depth, X.InputOutput, X.CopyFromParent,
        background_pixel=screen.white_pixel, event_mask=X.StructureNotifyMask,
    )  # fmt: skip
    window.set_wm_class("not-the-program", "NotTheProgram")
    set_title(d, window, title)
    if set_pid:
        window.change_property(d.intern_atom("_NET_WM_PID"), Xatom.CARDINAL, 32, [os.getpid()])
    if fullscreen:
        state = d.intern_atom("_NET_WM_STATE")
        window.change_property(state, Xatom.ATOM, 32, [d.intern_atom("_NET_WM_STATE_FULLSCREEN")])
    window.map()
    d.sync()
    while True:
        if d.next_event().type == X.MapNotify:
            break
    print(window.id, flush=True)
    for line in sys.stdin:  # until the test closes our standard input
        command, _, argument = line.rstrip("\n").partition(" ")
        if command == "title":
            set_title(d, window, argument)
        elif command == "pid":
            window.change_property(
                d.intern_atom("_NET_WM_PID"), Xatom.CARDINAL, 32, [int(argument)]
            )
        elif command == "fullscreen":
            ask_fullscreen(d, window, argument == "on")
        d.sync()
        print("ok", flush=True)
    window.destroy()
    d.close()


def set_title(d: display.Display, window: Any, title: str) -> None:
    window.set_wm_name(title.encode("ascii", "replace").decode())
    window.change_property(
        d.intern_atom("_NET_WM_NAME"), d.intern_atom("UTF8_STRING"), 8, title.encode()
    )


def ask_fullscreen(d: display.Display, window: Any, on: bool) -> None:
    """The EWMH request a mapped window sends the window manager (which then sets the state)."""
    root = d.screen().root
    message = event.ClientMessage(
        window=window,
        client_type=d.intern_atom("_NET_WM_STATE"),
        data=(32, [1 if on else 0, d.intern_atom("_NET_WM_STATE_FULLSCREEN"), 0, 1, 0]),
    )
    root.send_event(message, event_mask=X.SubstructureRedirectMask | X.SubstructureNotifyMask)


if __name__ == "__main__":
    main()
