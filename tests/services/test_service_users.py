"""The service as root and a child's agent as an unprivileged user, for real: a test account,
Xvfb and openbox, the kernel's word on who connects, a store the child cannot touch, the PIN
checked by the service, a real kill -9.

Runs where the tests run as root (CI does) with setpriv and useradd; skipped elsewhere.
"""

from __future__ import annotations

import json
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
from tests.platform.test_x11 import X11Driver, driver, wait_until, x_server  # noqa: F401
from tests.services.test_kill_loop import counted_today

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
    """The service's data home, as the package makes it: root's, closed to everyone else; and
    the child's own folder for the agent's log."""
    base = Path(tempfile.mkdtemp(prefix="guardian-users-", dir="/tmp"))
    base.chmod(0o755)
    home = base / "home"
    store = open_store(home / "guardian.sqlite3")
    with store.session() as s:
        now = datetime.now(UTC)
        repo.add_child(s, "Xiaoming", os_user=test_user, age=10, now=now)
        repo.add_child(s, "Meimei", os_user="someone-else", age=8, now=now)
    store.close()
    home.chmod(0o700)
    user = pwd.getpwnam(test_user)
    (base / "agent-home").mkdir()
    os.chown(base / "agent-home", user.pw_uid, user.pw_gid)
    (base / "run").mkdir()
    yield base
    shutil.rmtree(base, ignore_errors=True)


def environment(base: Path, display: str, home: str = "home") -> dict[str, str]:
    return {
        "PATH": os.environ["PATH"],
        "DISPLAY": display,
        "GUARDIAN_HOME": str(base / home),
        "GUARDIAN_SOCKET": str(base / "run" / "agent.sock"),
        "GUARDIAN_LANG": "en",
        "QT_QPA_PLATFORM": "xcb",
        "HOME": str(base / home),
        "XDG_DATA_HOME": str(base / home / "xdg"),
        "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
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


def start_service(base: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    """`guardian service`, its lock a file named for the account it locked."""
    return subprocess.Popen(
        [sys.executable, "-m", "guardian", "service"],
        env={**env, "GUARDIAN_LOCK_COMMAND": f"touch {base}/locked-{{account}}"},
        stderr=subprocess.DEVNULL,
    )


# What a child could write instead of the agent: a client that says what it likes.
CLIENT = """
import json, socket, sys
s = socket.socket(socket.AF_UNIX)
s.connect(sys.argv[1])
replies = s.makefile()
for line in sys.argv[2:]:
    s.sendall(line.encode() + b"\\n")
    answer = json.loads(replies.readline())
    while answer["type"] not in ("welcome", "refused", "reply"):
        answer = json.loads(replies.readline())
    print(json.dumps(answer), flush=True)
"""


def client(
    base: Path, env: dict[str, str], *messages: dict[str, object]
) -> list[dict[str, object]]:
    import json

    done = subprocess.run(
        as_child(
            [sys.executable, "-c", CLIENT, str(base / "run" / "agent.sock")]
            + [json.dumps(m) for m in messages],
            env,
        ),
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_the_service_keeps_the_childs_time_and_locks_when_the_agent_is_killed(
    family: Path,
    x_server: str,  # noqa: F811 - the fixture
    driver: X11Driver,  # noqa: F811 - the fixture
) -> None:
    env = environment(family, x_server)
    child_env = environment(family, x_server, home="agent-home")
    service_log = family / "home" / "guardian.log"
    set_pin = subprocess.run(
        [sys.executable, "-m", "guardian", "pin", "set"],
        input="482915\n",
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert set_pin.returncode == 0, set_pin.stderr
    service = start_service(family, env)
    agent = None
    try:
        wait_until((family / "run" / "agent.sock").exists, 30, "the service's socket")
        driver.activate("chinese")
        driver.touch_input()  # somebody is at the PC: the time counts
        agent = subprocess.Popen(
            as_child([sys.executable, "-m", "guardian", "agent"], child_env),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_until(lambda: "agent of Xiaoming" in service_log.read_text(), 30, "the welcome")
        # The agent's account can neither write the store nor read it.
        tries = subprocess.run(
            as_child(
                [
                    sys.executable,
                    "-c",
                    f"open({str(family / 'home' / 'guardian.sqlite3')!r}, 'r+b')",
                ],
                child_env,
            ),
            capture_output=True,
            text=True,
            check=False,
        )
        assert "PermissionError" in tries.stderr
        # The service counts the child's time from the agent's reports (written every 10 s).
        wait_until(
            lambda: counted_today(family / "home" / "guardian.sqlite3") >= 5,
            30,
            "the service's accounting",
        )
        # A client claiming another account's child is refused, and the parent is told.
        refused = client(family, child_env, {"type": "hello", "child": "Meimei"})
        assert refused[0]["type"] == "refused"
        assert events(family, "agent_refused")[0]["claimed"] == "Meimei"
        # Time is given only after the parent PIN is checked by the service.
        answers = client(
            family,
            child_env,
            {"type": "hello"},
            {"type": "call", "id": 1, "method": "grant", "seconds": 3600},
            {"type": "call", "id": 2, "method": "verify_pin", "pin": "000000"},
            {"type": "call", "id": 3, "method": "verify_pin", "pin": "482915"},
            {"type": "call", "id": 4, "method": "grant", "seconds": 600},
        )
        assert [a.get("ok") for a in answers] == [None, False, False, True, True]
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


def test_a_damaged_data_file_locks_the_childs_session_and_not_the_administrators(
    family: Path,
    x_server: str,  # noqa: F811 - the fixture
    driver: X11Driver,  # noqa: F811 - the fixture
) -> None:
    data = family / "home" / "guardian.sqlite3"
    damaged = b"this is not a database any more" * 200
    data.write_bytes(damaged)
    for leftover in (family / "home").glob("guardian.sqlite3-*"):
        leftover.unlink()
    env = environment(family, x_server)
    child_env = environment(family, x_server, home="agent-home")
    service = start_service(family, env)
    agent = None
    try:
        # The service stays up without its store, where it used to exit.
        wait_until((family / "run" / "agent.sock").exists, 30, "the service's socket")
        hello = {"type": "hello", "child": None}
        assert client(family, child_env, hello)[0]["type"] == "welcome"
        agent = subprocess.Popen(
            as_child([sys.executable, "-m", "guardian", "agent"], child_env),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

        def lock_shown() -> bool:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", "Guardian lock screen"],
                env=driver.env, capture_output=True, text=True, check=False,
            )  # fmt: skip
            return bool(found.stdout.split())

        wait_until(lock_shown, 30, "the child's lock screen")
        # root, an administrator, is told why instead (and is who can repair the file)
        root_hello = subprocess.run(
            [sys.executable, "-c", CLIENT, str(family / "run" / "agent.sock"), json.dumps(hello)],
            capture_output=True, text=True, timeout=30, check=False,
        )  # fmt: skip
        refused = json.loads(root_hello.stdout.splitlines()[0])
        assert (refused["type"], refused["code"]) == ("refused", "store_unreadable")
        # a child's session that goes silent (its agent ended) is locked by the service all the same
        agent.send_signal(signal.SIGKILL)
        agent.wait(10)
        wait_until((family / f"locked-{TEST_USER}").exists, 40, "the session lock")
        assert service.poll() is None
        assert data.read_bytes() == damaged  # nothing was changed in the damaged file
    finally:
        for process in (agent, service):
            if process is not None and process.poll() is None:
                process.terminate()
                process.wait(10)
