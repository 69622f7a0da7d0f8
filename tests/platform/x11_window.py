"""A real X window for the X11 adapter's tests, run as its own process.

    python x11_window.py TITLE [--fullscreen] [--no-pid]

Prints the window id once the window is mapped, then waits until its standard input closes.
WM_CLASS is set to something unrelated on purpose: Guardian must name programs by executable.
"""

from __future__ import annotations

import os
import sys

from Xlib import X, Xatom, display


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
    window.set_wm_name(title.encode("ascii", "replace").decode())
    window.change_property(
        d.intern_atom("_NET_WM_NAME"), d.intern_atom("UTF8_STRING"), 8, title.encode()
    )
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
    sys.stdin.read()  # until the test closes our standard input
    window.destroy()
    d.close()


if __name__ == "__main__":
    main()
