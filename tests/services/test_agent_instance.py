"""One agent per desktop session: autostart, a restarting unit and the Windows task that tries
again every minute may all start one; the first keeps the session, the others leave at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile

from guardian.services.agent import one_per_session

HOLD = (
    "import sys; from pathlib import Path; from guardian.services.agent import one_per_session;"
    "alone, guard = one_per_session(Path(sys.argv[1])); print(alone, flush=True);"
    "sys.stdin.readline()"
)


def holder(home: Path) -> subprocess.Popen[str]:
    """Another process that takes the session's lock, says whether it got it, and waits."""
    return subprocess.Popen(
        [sys.executable, "-c", HOLD, str(home)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def test_a_second_agent_in_the_session_leaves_at_once(guardian_home: Path) -> None:
    alone, guard = one_per_session(guardian_home)
    assert alone and isinstance(guard, QLockFile)
    try:
        second = subprocess.run(
            [sys.executable, "-m", "guardian", "agent", "--backend", "local"],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            check=False,
        )
        assert second.returncode == 0, second.stderr
        assert "already running in this session" in second.stdout
    finally:
        guard.unlock()


def test_the_lock_of_a_killed_agent_is_taken_over(guardian_home: Path) -> None:
    with holder(guardian_home) as first:
        assert first.stdout is not None and first.stdout.readline().strip() == "True"
        assert one_per_session(guardian_home)[0] is False  # held by a live process
        os.kill(first.pid, signal.SIGKILL)
        first.wait(timeout=30)
    alone, guard = one_per_session(guardian_home)
    assert alone and guard is not None
    guard.unlock()


def test_an_unwritable_data_home_does_not_stop_the_agent(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    alone, guard = one_per_session(blocked / "home")  # its parent is a file: no folder here
    assert alone and guard is None
