"""Closing over-limit programs for real: real child processes, terminated then killed; protected
and other accounts' processes never touched."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator

import psutil
import pytest

from guardian.platform.processes import Refused, close_tree, kill_survivors, protected_reason

STUBBORN = "import signal, time\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\nprint('ready', flush=True)\nwhile True: time.sleep(1)\n"
POLITE = "import time\nprint('ready', flush=True)\nwhile True: time.sleep(1)\n"
PARENT = (
    "import subprocess, sys, time\n"
    f"child = subprocess.Popen([sys.executable, '-c', {POLITE!r}])\n"
    "print(child.pid, flush=True)\nwhile True: time.sleep(1)\n"
)


def wait_until(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    pause = threading.Event()
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        pause.wait(0.05)


@pytest.fixture
def spawn() -> Iterator[Callable[[str], subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []

    def run(code: str) -> subprocess.Popen[str]:
        process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
        started.append(process)
        return process

    yield run
    for process in started:
        if process.poll() is None:
            process.kill()
        process.wait()
        assert process.stdout is not None
        process.stdout.close()


def gone(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def test_a_program_and_its_children_are_asked_to_end(
    spawn: Callable[[str], subprocess.Popen[str]],
) -> None:
    parent = spawn(PARENT)
    assert parent.stdout is not None
    child_pid = int(parent.stdout.readline())
    closing = close_tree(parent.pid)
    assert {p.pid for p in closing.processes} == {parent.pid, child_pid}
    parent.wait(timeout=10)
    wait_until(lambda: gone(child_pid))
    assert kill_survivors(closing) == 0


def test_a_program_that_ignores_the_request_is_killed(
    spawn: Callable[[str], subprocess.Popen[str]],
) -> None:
    stubborn = spawn(STUBBORN)
    assert stubborn.stdout is not None and stubborn.stdout.readline().strip() == "ready"
    closing = close_tree(stubborn.pid)
    assert stubborn.poll() is None  # it ignored SIGTERM
    assert kill_survivors(closing) == 1
    assert stubborn.wait(timeout=10) == -signal.SIGKILL


def test_guardian_itself_and_system_processes_are_refused() -> None:
    for pid in (os.getpid(), 1, os.getppid()):
        with pytest.raises(Refused):
            close_tree(pid)


def test_desktop_processes_are_protected_by_name(
    spawn: Callable[[str], subprocess.Popen[str]], tmp_path: object
) -> None:
    openbox = shutil.which("openbox")
    if openbox is None:
        pytest.skip("openbox is not installed")
    process = spawn(POLITE)
    assert protected_reason(psutil.Process(process.pid)) is None
    fake = psutil.Process(process.pid)
    fake.name = lambda: "explorer.exe"  # type: ignore[method-assign]
    assert "part of the system" in str(protected_reason(fake))


@pytest.mark.skipif(
    os.geteuid() != 0 or not shutil.which("setpriv"),
    reason="needs root to start a process as another user",
)
def test_a_process_of_another_account_is_never_touched() -> None:
    other = subprocess.Popen(
        ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "sleep", "60"]
    )
    try:
        wait_until(lambda: psutil.Process(other.pid).uids().real == 65534)
        with pytest.raises(Refused, match="another account"):
            close_tree(other.pid)
        assert other.poll() is None
    finally:
        other.kill()
        other.wait()
