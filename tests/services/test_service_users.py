"""The service as root and a child's agent as an unprivileged user, for real: a test account,
Xvfb and openbox, the kernel's word on who connects, a real kill -9.

Runs where the tests run as root (CI does) with setpriv and useradd; skipped elsewhere.
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from guardian.storage import repositories as repo
from guardian.storage.database import open_store
from tests.platform.test_x11 import wait_until, x_server  # noqa: F401 - a fixture

TEST_USER = "guardian-test"
# Administration tools live in sbin, which an unprivileged PATH (or CI's) may not list.
SEARCH = os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/sbin"])
USERADD = shutil.which("useradd", path=SEARCH)
SETPRIV = shutil.which("setpriv", path=SEARCH)

pytestmark = [
    pytest.mark.skipif(
        not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to add a test user"
    ),
    pytest.mark.skipif(
        not (USERADD and SETPRIV and shutil.which("Xvfb") and shutil.which("openbox")),
        reason="needs setpriv, useradd, Xvfb and openbox (installed by .ci/run)",
    ),
]


@pytest.fixture(scope="module")
def test_user() -> str:
    try:
        pwd.getpwnam(TEST_USER)
    except KeyError:
        subprocess.run(
            [
                str(USERADD),
                "--system",
                "--no-create-home",
                "--shell",
                "/usr/sbin/nologin",
                TEST_USER,
            ],
            check=True,
        )
    return TEST_USER


@pytest.fixture(scope="module")
def reachable_python() -> Iterator[None]:
    """The child's account must be able to start this Python. Where it lives under a folder
    others cannot enter (pyenv under /root), let them pass through (not list) while the test
    runs, and put the mode back afterwards."""
    changed = []
    for folder in Path(os.path.realpath(sys.executable)).parents:
        mode = folder.stat().st_mode
        if not mode & 0o001:
            folder.chmod(mode | 0o001)
            changed.append((folder, mode))
    yield
    for folder, mode in changed:
        folder.chmod(mode)


@pytest.fixture
def family(test_user: str, reachable_python: None) -> Iterator[Path]:
    """A data home the child's account can write (the agent still writes usage itself)."""
    base = Path(tempfile.mkdtemp(prefix="guardian-users-", dir="/tmp"))
    base.chmod(0o755)
    home = base / "home"
    store = open_store(home / "guardian.sqlite3")
    with store.session() as s:
        now = datetime.now(UTC)
        repo.add_child(s, "Xiaoming", os_user=test_user, age=10, now=now)
        repo.add_child(s, "Meimei", os_user="someone-else", age=8, now=now)
    store.close()
    user = pwd.getpwnam(test_user)
    for path in [home, *home.iterdir()]:
        os.chown(path, user.pw_uid, user.pw_gid)
    (base / "run").mkdir()
    yield base
    shutil.rmtree(base, ignore_errors=True)


def environment(base: Path, display: str) -> dict[str, str]:
    return {
        "PATH": os.environ["PATH"],
        "DISPLAY": display,
        "GUARDIAN_HOME": str(base / "home"),
        "GUARDIAN_SOCKET": str(base / "run" / "agent.sock"),
        "GUARDIAN_LANG": "en",
        "QT_QPA_PLATFORM": "xcb",
        "HOME": str(base),
        "XDG_DATA_HOME": str(base / "home" / "xdg"),
        "PYTHONDONTWRITEBYTECODE": "1",
    }


def as_child(command: list[str], env: dict[str, str]) -> list[str]:
    """Run as the test user; setpriv execs (runuser would stay as the parent), so the process
    started is the agent itself and a kill reaches it."""
    user = pwd.getpwnam(TEST_USER)
    return [
        str(SETPRIV), f"--reuid={user.pw_uid}", f"--regid={user.pw_gid}", "--clear-groups", "--",
        "env", "-i", *[f"{k}={v}" for k, v in env.items()], *command,
    ]  # fmt: skip


def events(base: Path, kind: str) -> list[dict[str, object]]:
    store = open_store(base / "home" / "guardian.sqlite3")
    try:
        with store.session(read_only=True) as s:
            return [dict(e.data) for e in repo.events(s, kinds=[kind])]
    finally:
        store.close()


def test_a_killed_agent_gets_the_session_locked_and_impostors_are_refused(
    family: Path,
    x_server: str,  # noqa: F811 - the fixture
) -> None:
    env = environment(family, x_server)
    log = family / "home" / "guardian.log"
    agent = subprocess.Popen(
        as_child([sys.executable, "-m", "guardian", "agent"], env),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    service = None
    try:
        wait_until(
            lambda: log.exists() and "agent tracking Xiaoming" in log.read_text(), 30, "agent"
        )
        service = subprocess.Popen(
            [sys.executable, "-m", "guardian", "service"],
            env={**env, "GUARDIAN_LOCK_COMMAND": f"touch {family}/locked-{{account}}"},
            stderr=subprocess.DEVNULL,
        )
        wait_until(lambda: "the service watches this session" in log.read_text(), 20, "the welcome")
        # The same account claiming another account's child is refused, and the parent is told.
        claim = (
            "import json, socket, sys; s = socket.socket(socket.AF_UNIX);"
            f"s.connect({str(family / 'run' / 'agent.sock')!r});"
            's.sendall(json.dumps({"type": "hello", "child": "Meimei"}).encode() + b"\\n");'
            "print(s.makefile().readline())"
        )
        reply = subprocess.run(
            as_child([sys.executable, "-c", claim], env),
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        )
        assert '"refused"' in reply.stdout, reply.stderr
        assert events(family, "agent_refused")[0]["claimed"] == "Meimei"
        assert not (family / f"locked-{TEST_USER}").exists()

        agent.send_signal(signal.SIGKILL)
        agent.wait(10)
        wait_until((family / f"locked-{TEST_USER}").exists, 40, "the session lock")
        silent = events(family, "agent_silent")
        assert silent and silent[0]["account"] == TEST_USER and silent[0]["locked"] is True
    finally:
        for process in (agent, service):
            if process is not None and process.poll() is None:
                process.terminate()
                process.wait(10)
