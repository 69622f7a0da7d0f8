"""The X11 adapter on a real X server: Xvfb, the openbox window manager and real windows,
switched with `xdotool windowactivate --sync`. Skipped where Xvfb, openbox or xdotool is missing
(`.ci/run` installs them)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import psutil
import pytest

from tests.platform.contract import *  # noqa: F403
from tests.platform.contract import CHINESE_TITLE, Expected

pytestmark = [
    pytest.mark.x11,
    pytest.mark.skipif(
        not all(shutil.which(tool) for tool in ("Xvfb", "openbox", "xdotool")),
        reason="needs Xvfb, openbox and xdotool (installed by .ci/run)",
    ),
]

WINDOW_PROGRAM = Path(__file__).with_name("x11_window.py")
SCENES = {
    "plain": ("Untitled - Notes", ["--no-pid"]),  # no _NET_WM_PID: found through X-Resource
    "chinese": (CHINESE_TITLE, []),
    "fullscreen": ("A film", ["--fullscreen"]),
}


def wait_until(condition: Callable[[], bool], timeout: float = 10.0, what: str = "") -> None:
    """Poll a condition, like qtbot.waitUntil: for things only real time brings about."""
    done = threading.Event()
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or condition}")
        done.wait(0.05)


@pytest.fixture(scope="module")
def x_server() -> Iterator[str]:
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as ready:
        number = ready.readline().strip()  # Xvfb writes its display number once it is ready
    name = f":{number}"
    env = {**os.environ, "DISPLAY": name}
    openbox = subprocess.Popen(
        ["openbox", "--sm-disable"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )

    from Xlib import X, display

    connection = display.Display(name)
    check = connection.intern_atom("_NET_SUPPORTING_WM_CHECK")
    root = connection.screen().root
    wait_until(lambda: root.get_full_property(check, X.AnyPropertyType) is not None, what="openbox")
    connection.close()
    yield name
    openbox.terminate()
    openbox.wait()
    xvfb.terminate()
    xvfb.wait()


class X11Driver:
    def __init__(self, display_name: str) -> None:
        self.env = {**os.environ, "DISPLAY": display_name}
        self.windows: dict[str, tuple[subprocess.Popen[str], int]] = {}
        self._mouse = 0

    def start(self) -> None:
        for scene, (title, flags) in SCENES.items():
            process = subprocess.Popen(
                [sys.executable, str(WINDOW_PROGRAM), title, *flags],
                env=self.env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
            )  # fmt: skip
            assert process.stdout is not None
            self.windows[scene] = (process, int(process.stdout.readline()))

    def stop(self) -> None:
        for process, _ in self.windows.values():
            assert process.stdin is not None and process.stdout is not None
            process.stdin.close()
            process.wait(timeout=10)
            process.stdout.close()

    def xdotool(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], env=self.env, check=True, capture_output=True)

    def activate(self, scene: str) -> Expected:
        process, window = self.windows[scene]
        self.bring_to_front(window, scene)
        title = SCENES[scene][0]
        exe_name = Path(psutil.Process(process.pid).exe()).name
        return Expected(process.pid, exe_name, title, scene == "fullscreen")

    def bring_to_front(self, window: int, what: str) -> None:
        self.xdotool("windowactivate", "--sync", str(window))
        # Under load the window manager may settle a moment after xdotool returns: wait until
        # the root window names it as active, so the adapter is asked about a settled desktop.
        wait_until(lambda: self._active() == window, what=f"{what} window active")

    def _active(self) -> int | None:
        from Xlib import X, display

        d = display.Display(self.env["DISPLAY"])
        try:
            root = d.screen().root
            value = root.get_full_property(d.intern_atom("_NET_ACTIVE_WINDOW"), X.AnyPropertyType)
            return int(value.value[0]) if value and len(value.value) else None
        finally:
            d.close()

    def touch_input(self) -> None:
        self._mouse = 1 - self._mouse
        self.xdotool("mousemove", "--sync", str(100 + self._mouse * 50), "100")

    def wait_idle(self, seconds: float) -> None:
        from Xlib import display

        d = display.Display(self.env["DISPLAY"])
        try:
            wait_until(
                lambda: d.screen().root.screensaver_query_info().idle >= seconds * 1000,
                what="idle time",
            )
        finally:
            d.close()

    def set_locked(self, locked: bool) -> bool:
        if not shutil.which("xset"):
            return False
        subprocess.run(["xset", "s", "activate" if locked else "reset"], env=self.env, check=True)
        return True

    def clear_foreground(self) -> bool:
        return False


@pytest.fixture(scope="module")
def driver(x_server: str) -> Iterator[X11Driver]:
    driver = X11Driver(x_server)
    driver.start()
    yield driver
    driver.stop()


class OwnWindow:
    """A window of the test's own, which it changes while it is in front (see x11_window.py)."""

    def __init__(self, driver: X11Driver, title: str) -> None:
        self.driver = driver
        self.process = subprocess.Popen(
            [sys.executable, str(WINDOW_PROGRAM), title],
            env=driver.env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert self.process.stdin is not None and self.process.stdout is not None
        self.stdin, self.stdout = self.process.stdin, self.process.stdout
        self.id = int(self.stdout.readline())

    def command(self, line: str) -> None:
        """Carry out a command; it returns once the X server has the change."""
        self.stdin.write(line + "\n")
        self.stdin.flush()
        assert self.stdout.readline().strip() == "ok"

    def activate(self) -> None:
        self.driver.bring_to_front(self.id, "own")

    def close(self) -> None:
        self.stdin.close()
        self.process.wait(timeout=10)
        self.stdout.close()


@pytest.fixture
def own_window(driver: X11Driver) -> Iterator[OwnWindow]:
    window = OwnWindow(driver, "Notes")
    yield window
    window.close()


@pytest.fixture
def platform(x_server: str) -> Iterator[object]:
    from guardian.platform.x11 import X11Platform

    adapter = X11Platform(x_server)
    yield adapter
    adapter.close()


def test_programs_are_named_by_executable_not_wm_class(platform: object, driver: X11Driver) -> None:
    driver.activate("chinese")
    window = platform.foreground()  # type: ignore[attr-defined]
    assert window.exe_name != "not-the-program"
    assert Path(window.exe_path).name == window.exe_name
    assert window.exe_name.startswith("python")


def test_factory_picks_x11_when_a_display_is_set(
    x_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from guardian.platform import create_platform

    monkeypatch.setenv("DISPLAY", x_server)
    adapter = create_platform()
    try:
        assert adapter.name == "x11"
    finally:
        adapter.close()


def test_track_once_reports_the_window_in_front(
    x_server: str, driver: X11Driver, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    from tests.test_cli import guardian

    expected = driver.activate("chinese")
    monkeypatch.setenv("DISPLAY", x_server)
    result = guardian("track", "--once", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["pid"], data["app"], data["title"], data["fullscreen"]) == (
        expected.pid, expected.exe_name, CHINESE_TITLE, False,
    )  # fmt: skip
    assert data["exe"].endswith(expected.exe_name)
    assert data["category"] == "study"  # 作业帮 is a homework-help app in the catalog
    assert isinstance(data["idle_seconds"], float)
    assert data["platform"] == "x11"


def test_doctor_sees_the_x11_desktop(x_server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from tests.test_cli import guardian

    monkeypatch.setenv("DISPLAY", x_server)
    checks = {c["name"]: c for c in json.loads(guardian("doctor", "--json").stdout)}
    assert checks["Which program is in front"]["ok"] is True
    assert checks["Whether someone is at the PC (idle time)"]["ok"] is True


def test_the_agent_records_usage_and_flushes_on_sigterm(
    x_server: str, driver: X11Driver, monkeypatch: pytest.MonkeyPatch
) -> None:
    import getpass
    import json
    import signal

    from tests.test_cli import guardian

    monkeypatch.setenv("DISPLAY", x_server)
    assert guardian("child", "add", "Xiaoming", "--os-user", getpass.getuser()).returncode == 0
    driver.activate("chinese")
    agent = subprocess.Popen(
        [sys.executable, "-m", "guardian", "agent"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert agent.stdout is not None
        assert "tracking Xiaoming (x11)" in agent.stdout.readline()

        def today() -> dict[str, object]:
            day = time.strftime("%Y-%m-%d")
            data: dict[str, object] = json.loads(
                guardian("usage", "--child", "Xiaoming", "--day", day, "--json").stdout
            )
            return data

        wait_until(
            lambda: int(str(today()["total_seconds"])) > 0, timeout=30, what="the first checkpoint"
        )
        checkpointed = int(str(today()["total_seconds"]))
        agent.send_signal(signal.SIGTERM)
        assert agent.wait(timeout=10) == 0
        final = today()
        assert int(str(final["total_seconds"])) >= checkpointed
        assert final["categories"] == {"study": final["total_seconds"]}  # 作业帮 is a study app
    finally:
        if agent.poll() is None:
            agent.kill()
            agent.wait()
        for stream in (agent.stdout, agent.stderr):
            if stream is not None:
                stream.close()


def test_the_agent_refuses_an_account_without_a_child(
    x_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.test_cli import guardian

    monkeypatch.setenv("DISPLAY", x_server)
    result = guardian("agent")
    assert result.returncode == 2
    assert "no child is set up for the account" in result.stderr


def test_the_agent_locks_the_whole_screen_and_it_stays_locked(
    x_server: str, driver: X11Driver, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import getpass

    from Xlib import X, display
    from Xlib.protocol import event

    from tests.test_cli import guardian

    monkeypatch.setenv("DISPLAY", x_server)
    assert guardian("child", "add", "Xiaoming", "--os-user", getpass.getuser()).returncode == 0
    policy = tmp_path / "none-left.toml"
    policy.write_text('format = 1\nname = "no time today"\n[total]\nlimit = "0m"\n')
    assert guardian("policy", "apply", str(policy), "--child", "Xiaoming").returncode == 0
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    agent = subprocess.Popen(
        [sys.executable, "-m", "guardian", "agent"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    connection = display.Display(x_server)
    root = connection.screen().root

    def lock_windows() -> list[int]:
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "Guardian lock screen"],
            env=driver.env,
            capture_output=True,
            text=True,
            check=False,
        )
        return [int(line) for line in found.stdout.split()]

    def on_top(window: int) -> bool:
        mapped = [
            c.id for c in root.query_tree().children if c.get_attributes().map_state == X.IsViewable
        ]
        return mapped[-1] == window

    try:
        wait_until(lambda: bool(lock_windows()), timeout=30, what="the lock screen")
        (lock,) = lock_windows()
        geometry = connection.create_resource_object("window", lock).get_geometry()
        assert (geometry.width, geometry.height) == (1280, 800)  # the whole screen

        driver.xdotool("key", "alt+F4")
        close = event.ClientMessage(
            window=connection.create_resource_object("window", lock),
            client_type=connection.intern_atom("WM_PROTOCOLS"),
            data=(32, [connection.intern_atom("WM_DELETE_WINDOW"), X.CurrentTime, 0, 0, 0]),
        )
        connection.send_event(lock, close)  # what a window manager's close button sends
        connection.sync()
        # Another window comes forward: xdotool sees it active. Not `activate`, which then waits
        # for the desktop to settle with it active: the lock may well take it back before that.
        driver.xdotool("windowactivate", "--sync", str(driver.windows["plain"][1]))
        wait_until(lambda: on_top(lock), what="the lock screen back on top")
        assert lock_windows() == [lock] and agent.poll() is None
    finally:
        agent.terminate()
        agent.wait(timeout=10)
        assert agent.stderr is not None
        agent.stderr.close()
        connection.close()


def test_the_agent_closes_a_blocked_program_on_sight(
    x_server: str, driver: X11Driver, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import getpass

    from tests.test_cli import guardian

    monkeypatch.setenv("DISPLAY", x_server)
    game = tmp_path / "mygame"
    shutil.copy(sys.executable, game)  # a real program with its own executable name
    assert guardian("child", "add", "Xiaoming", "--os-user", getpass.getuser()).returncode == 0
    policy = tmp_path / "blocked.toml"
    policy.write_text('format = 1\nname = "no mygame"\n[[apps]]\nexe = "mygame"\nblocked = true\n')
    assert guardian("policy", "apply", str(policy), "--child", "Xiaoming").returncode == 0
    window = subprocess.Popen(
        [str(game), str(WINDOW_PROGRAM), "My game"],
        env={**driver.env, "PYTHONPATH": sysconfig.get_paths()["purelib"]},  # the copy has no venv
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert window.stdout is not None
    window_id = int(window.stdout.readline())
    agent = subprocess.Popen(
        [sys.executable, "-m", "guardian", "agent"],
        env={**os.environ, "QT_QPA_PLATFORM": "xcb"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        driver.xdotool("windowactivate", "--sync", str(window_id))
        wait_until(
            lambda: window.poll() is not None, timeout=30, what="the blocked program to be closed"
        )
        assert agent.poll() is None  # Guardian itself runs on
        day = time.strftime("%Y-%m-%d")
        assert (
            '"total_seconds"'
            in guardian("usage", "--child", "Xiaoming", "--day", day, "--json").stdout
        )
    finally:
        agent.terminate()
        agent.wait(timeout=10)
        if window.poll() is None:
            window.kill()
            window.wait()
        for stream in (window.stdin, window.stdout):
            if stream is not None:
                stream.close()


def test_the_agent_closes_an_over_limit_program_after_its_grace(
    x_server: str,
    driver: X11Driver,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    guardian_home: Path,
) -> None:
    import getpass

    from guardian import config
    from guardian.storage import repositories as repo
    from guardian.storage.database import open_store
    from tests.test_cli import guardian

    monkeypatch.setenv("DISPLAY", x_server)
    game = tmp_path / "mygame"
    shutil.copy(sys.executable, game)
    assert guardian("child", "add", "Xiaoming", "--os-user", getpass.getuser()).returncode == 0
    policy = tmp_path / "no-more-game.toml"
    policy.write_text(
        'format = 1\nname = "game spent"\nclose_after = "3s"\n[[apps]]\nexe = "mygame"\ncategory = "games"\nlimit = "0m"\n'
    )
    assert guardian("policy", "apply", str(policy), "--child", "Xiaoming").returncode == 0
    window = subprocess.Popen(
        [str(game), str(WINDOW_PROGRAM), "My game"],
        env={**driver.env, "PYTHONPATH": sysconfig.get_paths()["purelib"]},
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert window.stdout is not None
    window_id = int(window.stdout.readline())
    agent = subprocess.Popen(
        [sys.executable, "-m", "guardian", "agent"],
        env={**os.environ, "QT_QPA_PLATFORM": "xcb"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        driver.xdotool("windowactivate", "--sync", str(window_id))
        wait_until(lambda: window.poll() is not None, timeout=30, what="the program to be closed")
        store = open_store(config.database_path(guardian_home))
        try:
            with store.session(read_only=True) as s:
                found = {e.kind: e for e in repo.events(s, kinds=["limit", "app_closed"])}
        finally:
            store.close()
        assert found["limit"].data["grace_seconds"] == 3
        assert (found["app_closed"].at - found["limit"].at).total_seconds() >= 3
    finally:
        agent.terminate()
        agent.wait(timeout=10)
        if window.poll() is None:
            window.kill()
            window.wait()
        for stream in (window.stdin, window.stdout):
            if stream is not None:
                stream.close()


def test_a_screen_plugged_in_while_locked_is_covered_too(
    x_server: str, driver: X11Driver, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import getpass

    from tests.test_cli import guardian

    if not shutil.which("xrandr"):
        pytest.skip("needs xrandr (x11-xserver-utils)")
    monkeypatch.setenv("DISPLAY", x_server)
    assert guardian("child", "add", "Xiaoming", "--os-user", getpass.getuser()).returncode == 0
    policy = tmp_path / "none-left.toml"
    policy.write_text('format = 1\nname = "no time today"\n[total]\nlimit = "0m"\n')
    assert guardian("policy", "apply", str(policy), "--child", "Xiaoming").returncode == 0
    agent = subprocess.Popen(
        [sys.executable, "-m", "guardian", "agent"],
        env={**os.environ, "QT_QPA_PLATFORM": "xcb"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )

    def lock_windows() -> int:
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "Guardian lock screen"],
            env=driver.env,
            capture_output=True,
            text=True,
            check=False,
        )
        return len(found.stdout.split())

    try:
        wait_until(lambda: lock_windows() == 1, timeout=30, what="the lock screen")
        subprocess.run(
            ["xrandr", "--setmonitor", "SECOND", "640/170x800/226+640+0", "none"],
            env=driver.env,
            check=True,
        )
        wait_until(lambda: lock_windows() == 2, timeout=10, what="a lock window on the new screen")
    finally:
        subprocess.run(
            ["xrandr", "--delmonitor", "SECOND"], env=driver.env, check=False, capture_output=True
        )
        agent.terminate()
        agent.wait(timeout=10)


# The adapter keeps what it read about the window in front and reads it again when the X server
# reports a change. These tests change the window while it stays in front: each would fail if
# what is kept went stale.


def test_a_new_title_of_the_window_in_front_is_seen_at_once(
    platform: object, own_window: OwnWindow
) -> None:
    own_window.activate()
    assert platform.foreground().title == "Notes"  # type: ignore[attr-defined]
    own_window.command("title 第二章 - Notes")
    assert platform.foreground().title == "第二章 - Notes"  # type: ignore[attr-defined]
    own_window.command("title Chapter 3 - Notes")
    assert platform.foreground().title == "Chapter 3 - Notes"  # type: ignore[attr-defined]


def test_a_title_changed_behind_is_seen_when_the_window_comes_back(
    platform: object, driver: X11Driver, own_window: OwnWindow
) -> None:
    own_window.activate()
    assert platform.foreground().title == "Notes"  # type: ignore[attr-defined]
    driver.activate("chinese")
    assert platform.foreground().title == CHINESE_TITLE  # type: ignore[attr-defined]
    own_window.command("title changed behind")
    own_window.activate()
    assert platform.foreground().title == "changed behind"  # type: ignore[attr-defined]


# A process that waits for a line, then becomes `sleep` by exec: same pid, another program.
EXEC_LATER = "import os, sys; sys.stdin.readline(); os.execv(sys.argv[1], [sys.argv[1], '60'])"


def test_a_new_pid_and_an_exec_are_seen(platform: object, own_window: OwnWindow) -> None:
    sleep = shutil.which("sleep")
    assert sleep is not None
    own_window.activate()
    first = platform.foreground()  # type: ignore[attr-defined]
    assert first.pid == own_window.process.pid
    later = subprocess.Popen(
        [sys.executable, "-c", EXEC_LATER, sleep], stdin=subprocess.PIPE, text=True
    )
    assert later.stdin is not None
    try:
        own_window.command(f"pid {later.pid}")  # the window now says it belongs to `later`
        assert platform.foreground().pid == later.pid  # type: ignore[attr-defined]
        later.stdin.write("\n")
        later.stdin.flush()
        sleep_path = os.path.realpath(sleep)
        wait_until(lambda: psutil.Process(later.pid).exe() == sleep_path, what="the exec")
        seen = platform.foreground()  # type: ignore[attr-defined]
        assert (seen.pid, seen.exe_path) == (later.pid, sleep_path)
        assert seen.exe_name == Path(sleep_path).name != first.exe_name
    finally:
        later.kill()
        later.wait()
        later.stdin.close()


def test_full_screen_set_by_the_window_manager_is_seen(
    platform: object, own_window: OwnWindow
) -> None:
    own_window.activate()
    assert platform.foreground().fullscreen is False  # type: ignore[attr-defined]
    own_window.command("fullscreen on")  # the window manager acts in its own time
    wait_until(lambda: platform.foreground().fullscreen, what="full screen")  # type: ignore[attr-defined]
    own_window.command("fullscreen off")
    wait_until(lambda: not platform.foreground().fullscreen, what="windowed")  # type: ignore[attr-defined]
