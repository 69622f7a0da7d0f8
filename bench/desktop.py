"""The desktop the benchmarks run Guardian's agent on: a virtual X server, a window manager, and a
system tray host.

One place for them, so that every benchmark that needs a tray gets one that is really there:
trayer now and then fails on an X server that has just started, and an agent with no tray is not
the agent a family runs (and not the one the benchmark means to measure).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "installer"))
from check_bundle import _tray_owned


def start_x() -> tuple[subprocess.Popen[bytes], subprocess.Popen[bytes], str]:
    """Xvfb on a display of its own choosing, and openbox on it: Xvfb, openbox and the display's
    name. `-displayfd` leaves no guess of a free display, and its answer comes once the server
    is ready for clients."""
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write_end)
    with os.fdopen(read_end) as ready:
        name = f":{ready.readline().strip()}"
    openbox = subprocess.Popen(
        ["openbox", "--sm-disable"], env={**os.environ, "DISPLAY": name},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    return xvfb, openbox, name


def system_tray(env: dict[str, str], display: str) -> subprocess.Popen[bytes]:
    """trayer, once it holds the system tray. Now and then it cannot open a display that has just
    started ("cannot open display") and exits: it is then started again."""
    for _ in range(3):
        tray_host = subprocess.Popen(
            ["trayer", "--edge", "top", "--widthtype", "request"], env=env,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        if _tray_owned(display, deadline=time.monotonic() + 5):
            return tray_host
        exited = tray_host.poll() is not None
        tray_host.terminate()
        tray_host.wait()
        if not exited:  # running, yet no tray: no use trying again
            break
    raise RuntimeError(f"trayer did not take the system tray on {display}")
