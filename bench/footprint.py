"""The agent's footprint on a family PC: CPU, memory and disk writes while a child uses it.

    .venv/bin/python bench/footprint.py [--seconds 300] [--backend local|service] [--figures FILE]

Starts a desktop (Xvfb, openbox, trayer), three real windows, and Guardian's agent for a child
with time to spare. After a warm-up, for `--seconds`, another window is brought to the front
every 4 s and the mouse moves (the child is using the PC; the agent samples once a second).
The issue asks for 120 s; the default is 300 s, the recorder's time between commits to the
store (`recorder.STORE_EVERY`), so that the window holds one commit, as each five minutes of an
hour does; 120 s would hold none and read low.
From /proc, for each of Guardian's processes (the agent; with `--backend service`, also the
service that keeps the store): CPU (utime + stime) as a share of one core, resident memory
(VmRSS, the largest seen), and bytes written (write_bytes) scaled to an hour. Then the process
that keeps the store is killed with SIGKILL and the store is read, with what the process left
in its recent-usage file put into it as its next start would: the usage at risk is the time the
child used minus the time stored.

Targets (issue 9): at most 0.4% of a core, at most 90 MB, at most 2 MB written an hour, at most
10 s of usage at risk. ActivityWatch's stack, measured the same way: 0.74%, 123 MiB, ~48 MB/h.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop import start_x, system_tray

from guardian import config
from guardian.core.policy_file import parse_policy_text, policy_to_document
from guardian.services.recent_usage import take_in_left_usage
from guardian.services.recorder import STORE_EVERY
from guardian.storage import repositories as repo
from guardian.storage.database import open_store

HERE = Path(__file__).parent
WINDOW_PROGRAM = HERE.parent / "tests" / "platform" / "x11_window.py"
TITLES = ("数学作业 - 记事本", "哔哩哔哩 - 动画", "Minecraft")
# Seconds from the agent's start to the first reading: past the store's first write, about 15 s
# after the agent starts (the recorder's first keep, 10 s after it starts, goes to the store with
# what starting wrote, some 70 KB). Inside a 120 s window that one-off would read as 2 MB an
# hour more than the steady state the target is about; it is shown on its own line instead.
WARM_UP = 30.0
SWITCH_EVERY = 4.0
TICKS = os.sysconf("SC_CLK_TCK")
POLICY = 'format = 1\nname = "time to spare"\n[total]\nlimit = "12h"\n'


@dataclass
class Reading:
    cpu_seconds: float
    rss_bytes: int
    written: int


def read_proc(pid: int) -> Reading:
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2 :].split()
    cpu = (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime
    rss = 0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            rss = int(line.split()[1]) * 1024
    written = 0
    for line in Path(f"/proc/{pid}/io").read_text().splitlines():
        if line.startswith("write_bytes:"):
            written = int(line.split()[1])
    return Reading(cpu, rss, written)


def prepare(home: Path) -> None:
    os.environ["GUARDIAN_HOME"] = str(home)
    store = open_store(config.database_path(home))
    now = datetime.now(UTC)
    with store.session() as s:
        child = repo.add_child(s, "Bench", os_user=getpass.getuser(), now=now)
        policy = parse_policy_text(POLICY)
        repo.add_policy_version(s, child, policy_to_document(policy), author="bench", now=now)
    store.close()


def stored_seconds(home: Path, since: datetime) -> tuple[int, datetime | None]:
    """Seconds stored since `since`, and the start of the first span, after putting into the
    store what the killed process left in its recent-usage file, as its next start would."""
    store = open_store(config.database_path(home))
    try:
        with store.session(read_only=True) as s:
            take_in_left_usage(store, repo.get_child(s, "Bench"))
        with store.session(read_only=True) as s:
            child = repo.get_child(s, "Bench")
            now = datetime.now(UTC) + timedelta(hours=1)
            spans = repo.spans_between(s, child, since, now)
            first = min((span.start for span in spans), default=None)
            return repo.usage_total(s, child, since, now), first
    finally:
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=STORE_EVERY.total_seconds())
    parser.add_argument("--backend", choices=("local", "service"), default="local")
    parser.add_argument("--figures", type=Path, help="also write the figures to FILE, as JSON")
    args = parser.parse_args()
    if not all(shutil.which(tool) for tool in ("Xvfb", "openbox", "xdotool", "trayer")):
        sys.exit("needs Xvfb, openbox, xdotool and trayer (bash .ci/run installs them)")
    home = Path(tempfile.mkdtemp(prefix="guardian-footprint-"))
    prepare(home)
    xvfb, openbox, display = start_x()
    env = {
        **os.environ, "DISPLAY": display, "GUARDIAN_HOME": str(home), "QT_QPA_PLATFORM": "xcb",
        # the service's socket in the bench's folder: a killed service leaves it behind
        "GUARDIAN_SOCKET": str(home / "run" / "agent.sock"),
    }  # fmt: skip
    helpers: list[subprocess.Popen[bytes]] = []
    windows: list[str] = []
    guardian: list[subprocess.Popen[bytes]] = []
    pause = threading.Event()
    started_at = datetime.now(UTC) - timedelta(minutes=1)
    try:
        helpers.append(system_tray(env, display))
        for title in TITLES:
            window = subprocess.Popen(
                [sys.executable, str(WINDOW_PROGRAM), title],
                env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            )  # fmt: skip
            assert window.stdout is not None
            windows.append(window.stdout.readline().decode().strip())
            helpers.append(window)
        if args.backend == "service":
            guardian.append(start(["service"], env))
            pause.wait(2.0)
        guardian.append(start(["agent", "--backend", args.backend], env))
        keeper = guardian[0]  # the process that writes the store
        pause.wait(WARM_UP)
        for process in guardian:
            if process.poll() is not None:
                sys.exit(f"guardian {process.args} exited with {process.returncode}")
        first = {p.pid: read_proc(p.pid) for p in guardian}
        peak = {p.pid: first[p.pid].rss_bytes for p in guardian}
        began = time.monotonic()
        switch = 0
        while (elapsed := time.monotonic() - began) < args.seconds:
            if elapsed >= switch * SWITCH_EVERY:
                window = windows[switch % len(windows)]
                xdotool(env, "windowactivate", "--sync", window)
                xdotool(env, "mousemove", "--sync", str(100 + 50 * (switch % 2)), "100")
                switch += 1
            for p in guardian:
                peak[p.pid] = max(peak[p.pid], read_proc(p.pid).rss_bytes)
            pause.wait(1.0)
        span = time.monotonic() - began
        last = {p.pid: read_proc(p.pid) for p in guardian}
        keeper.send_signal(signal.SIGKILL)
        killed_at = datetime.now(UTC)
        keeper.wait()
    finally:
        for process in reversed(guardian):
            if process.poll() is None:
                process.terminate()
                process.wait(timeout=20)
        for process in reversed(helpers):
            if process.stdin is not None:
                process.stdin.close()
            process.terminate()
            process.wait(timeout=10)
        for process in (openbox, xvfb):
            process.terminate()
            process.wait()
    stored, first_start = stored_seconds(home, started_at)
    used = (killed_at - first_start).total_seconds() if first_start else 0.0
    at_risk = used - stored

    print(f"{args.backend} backend, {span:.0f} s, a window switch every {SWITCH_EVERY:.0f} s")
    print(f"{'process':<10}{'CPU, % of a core':>18}{'RSS, MB (peak)':>16}{'written, MB/h':>15}")
    total_cpu = total_rss = total_written = 0.0
    figures: dict[str, float | bool] = {"seconds": span}
    for p in guardian:
        a, b = first[p.pid], last[p.pid]
        cpu = (b.cpu_seconds - a.cpu_seconds) / span * 100
        rss = peak[p.pid] / 1e6
        written = (b.written - a.written) / span * 3600 / 1e6
        total_cpu, total_rss = total_cpu + cpu, total_rss + rss
        total_written += written
        name = str(p.args[3]) if isinstance(p.args, list) else "?"
        print(f"{name:<10}{cpu:>18.2f}{rss:>16.1f}{written:>15.2f}")
        figures.update(
            {
                f"{name}_cpu_percent": cpu,
                f"{name}_rss_mb": rss,
                f"{name}_written_mb_per_hour": written,
            }
        )
    if len(guardian) > 1:
        print(f"{'together':<10}{total_cpu:>18.2f}{total_rss:>16.1f}{total_written:>15.2f}")
    started_kb = sum(first[p.pid].written for p in guardian) / 1e3
    print(f"written while starting (the first {WARM_UP:.0f} s, once): {started_kb:.0f} KB")
    print(f"usage used {used:.0f} s, stored {stored} s: {at_risk:.0f} s at risk after SIGKILL")
    met = total_cpu <= 0.4 and total_rss <= 90 and total_written <= 2 and at_risk <= 10
    print(
        "targets: CPU <= 0.4%, RSS <= 90 MB, <= 2 MB/h written, <= 10 s at risk: "
        + ("ok" if met else "MISSED")
    )
    if args.figures:
        # the targets above, one by one, for the processes together
        for key, value, target in (
            ("cpu_percent", total_cpu, 0.4), ("rss_mb", total_rss, 90),
            ("written_mb_per_hour", total_written, 2), ("at_risk_seconds", at_risk, 10),
        ):  # fmt: skip
            figures.update({key: value, f"{key}_target": target, f"{key}_met": value <= target})
        figures.update(used_seconds=used, stored_seconds=stored, started_written_kb=started_kb)
        args.figures.write_text(json.dumps(figures, indent=1) + "\n")
    return 0


def start(arguments: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "guardian", *arguments], env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def xdotool(env: dict[str, str], *arguments: str) -> None:
    subprocess.run(["xdotool", *arguments], env=env, check=True, capture_output=True)


if __name__ == "__main__":
    sys.exit(main())
