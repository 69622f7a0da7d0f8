"""Cold start to the tray of the source install: from launching the agent to its tray icon.

    .venv/bin/python bench/cold_start.py [--starts 5] [--figures FILE]

Each start is on a fresh desktop (Xvfb, openbox, and trayer for a system tray) and a fresh data
home with a child with time to spare (as `bench/footprint.py` prepares it): `python -m guardian
agent --backend local` is launched and timed until its log says "tray ready" (written right after
the tray icon is shown), as `installer/check_bundle.py` times the bundle; then the agent is stopped
with SIGTERM. Prints each start and the median. The starts follow each other, so Python's and
Guardian's files are in the page cache: these are warm starts of a new process. A figure, no
target (issue 8's two seconds are the bundle's, which `make bundle` checks).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from desktop import start_x, system_tray
from footprint import prepare

sys.path.insert(0, str(Path(__file__).parent.parent / "installer"))
from check_bundle import TRAY_TIMEOUT_S, Checker


def start(home: Path) -> tuple[float, bool]:
    """One start: seconds from launch to the tray, and whether the icon was shown."""
    prepare(home)
    xvfb, openbox, display = start_x()
    env = {**os.environ, "DISPLAY": display, "GUARDIAN_HOME": str(home), "QT_QPA_PLATFORM": "xcb"}
    log = home / "guardian.log"
    output = home / "agent-output.txt"
    tray_host: subprocess.Popen[bytes] | None = None
    agent: subprocess.Popen[bytes] | None = None
    try:
        tray_host = system_tray(env, display)
        with output.open("wb") as sink:
            started = time.perf_counter()
            agent = subprocess.Popen(
                [sys.executable, "-m", "guardian", "agent", "--backend", "local"],
                env=env, stdout=sink, stderr=subprocess.STDOUT,
            )  # fmt: skip
            while not (lines := Checker._tray_lines(log)):
                if agent.poll() is not None or time.perf_counter() - started > TRAY_TIMEOUT_S:
                    text = output.read_text(errors="replace")[-3000:]
                    raise RuntimeError(f"no tray (agent exit {agent.returncode}):\n{text}")
                time.sleep(0.01)
            ready = time.perf_counter() - started
        shown = lines[-1].rsplit(":", 1)[-1].strip() == "True"
        Checker._settle(log, 0, agent)  # a SIGTERM before the event loop runs would be lost
        return ready, shown
    finally:
        if agent is not None:
            Checker._stop(agent)
        for process in (tray_host, openbox, xvfb):
            if process is not None:
                process.terminate()
                process.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--figures", type=Path, help="also write the figures to FILE, as JSON")
    args = parser.parse_args()
    if not all(shutil.which(tool) for tool in ("Xvfb", "openbox", "trayer")):
        sys.exit("needs Xvfb, openbox and trayer (bash .ci/run installs them)")
    times, icons = [], []
    for number in range(args.starts):
        home = Path(tempfile.mkdtemp(prefix="guardian-cold-start-"))
        ready, shown = start(home)
        shutil.rmtree(home, ignore_errors=True)
        times.append(ready)
        icons.append(shown)
        print(f"start {number + 1}: {ready * 1000:6.0f} ms, tray icon shown: {shown}", flush=True)
    median = statistics.median(times)
    print(
        f"{'cold start to the tray, median':<34}{median:>8.2f} s  "
        f"(min {min(times):.2f}, max {max(times):.2f}; Xvfb + openbox + trayer)"
    )
    if args.figures:
        figures = {
            "starts": len(times), "median_s": median, "min_s": min(times), "max_s": max(times),
            "icon_shown": all(icons),
        }  # fmt: skip
        args.figures.write_text(json.dumps(figures, indent=1) + "\n")
    return 0 if all(icons) else 1


if __name__ == "__main__":
    sys.exit(main())
