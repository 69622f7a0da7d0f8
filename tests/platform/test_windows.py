"""The Windows adapter over a fake Win32 layer: the shared contract, then what only Windows does."""

from __future__ import annotations

import sys

import psutil
import pytest

from guardian.platform.windows import Rect, WindowsPlatform, covers, idle_milliseconds
from tests.platform.contract import *  # noqa: F403
from tests.platform.fake_win32 import MONITOR, FakeWin32, FakeWin32Driver

LOCK_APP = "C:\\Windows\\SystemApps\\Microsoft.LockApp_cw5n1h2txyewy\\LockApp.exe"
FRAME_HOST = "C:\\Windows\\System32\\ApplicationFrameHost.exe"


@pytest.fixture
def api() -> FakeWin32:
    return FakeWin32()


@pytest.fixture
def platform(api: FakeWin32) -> WindowsPlatform:
    return WindowsPlatform(api)


@pytest.fixture
def driver(api: FakeWin32) -> FakeWin32Driver:
    return FakeWin32Driver(api)


def show(
    api: FakeWin32,
    pid: int,
    path: str | None,
    title: str = "A window",
    rect: Rect = (100, 100, 900, 700),
    hwnd: int = 0x20000,
    class_name: str = "FakeWindowClass",
) -> int:
    api.add_process(pid, path)
    api.add_window(hwnd, pid, title, rect, class_name)
    api.foreground = hwnd
    return hwnd


def unused_pid() -> int:
    """A pid no process on this machine has (above Linux's largest pid_max)."""
    return next(pid for pid in range(2**22 + 1, 2**22 + 1000) if not psutil.pid_exists(pid))


# Idle time and the 32-bit tick of GetLastInputInfo.


@pytest.mark.parametrize(
    ("tick64", "last_input", "idle_ms"),
    [
        (5_000, 5_000, 0),  # input just now
        (90_000, 30_000, 60_000),  # a minute without input
        (2**32 + 500, 2**32 - 1_500, 2_000),  # dwTime from before the wrap, tick after it
        (2**32 - 1, 2**32 - 3_001, 3_000),  # 49.7 days up, just before the wrap
        (2**32, 2**32 - 4_000, 4_000),  # exactly at the wrap: dwTime is 0 next
        (2 * 2**32 + 10_000, 6_000, 4_000),  # 99.4 days up: low 32 bits only
        (2**32 + 1_000, 0, 1_000),  # input stamped right at the wrap
        (10_000, 10_016, 0),  # input stamped a tick after our reading
    ],
)
def test_idle_milliseconds_handles_the_32_bit_wrap(
    tick64: int, last_input: int, idle_ms: int
) -> None:
    assert idle_milliseconds(tick64, last_input) == idle_ms


def test_idle_across_the_wrap_through_the_adapter(
    platform: WindowsPlatform, api: FakeWin32
) -> None:
    api.tick = 2**32 - 2_000  # 49.7 days after boot
    api.input_now()
    api.advance(5_000)  # the tick count passes 2**32; dwTime stays just below it
    assert api.last_input > api.tick % 2**32
    assert platform.idle_seconds() == pytest.approx(5.0)


def test_idle_is_unknown_when_windows_refuses(platform: WindowsPlatform, api: FakeWin32) -> None:
    api.failing.add("last_input_tick")
    assert platform.idle_seconds() is None


# Programs Windows will not describe.


def test_elevated_process_is_described_by_psutil(platform: WindowsPlatform, api: FakeWin32) -> None:
    me = psutil.Process()
    show(api, me.pid, None, title="Administrator: Command Prompt")
    window = platform.foreground()
    assert window is not None
    assert (window.pid, window.exe_path, window.title) == (
        me.pid,
        me.exe(),
        "Administrator: Command Prompt",
    )
    assert window.exe_name and window.exe_path.endswith(window.exe_name)
    assert window.display_name


def test_process_neither_windows_nor_psutil_can_describe(
    platform: WindowsPlatform, api: FakeWin32
) -> None:
    pid = unused_pid()
    show(api, pid, None, title="Installer")
    window = platform.foreground()
    assert window is not None
    assert (window.pid, window.exe_path, window.exe_name, window.display_name, window.title) == (
        pid,
        "",
        "",
        "",
        "Installer",
    )


def test_capabilities_warn_about_administrator_windows(platform: WindowsPlatform) -> None:
    caps = platform.capabilities()
    assert all((caps.foreground, caps.titles, caps.idle, caps.lock_state, caps.fullscreen))
    assert any("administrator" in str(line) for line in caps.missing)


# Windows that go away while we look.


def test_window_closed_before_we_ask_is_no_foreground(
    platform: WindowsPlatform, api: FakeWin32
) -> None:
    hwnd = show(api, 4500, "C:\\Games\\game.exe")
    api.close_window(hwnd)
    assert platform.foreground() is None
    assert platform.session_locked() is False


def test_window_closed_between_calls_gives_a_partial_answer(
    platform: WindowsPlatform, api: FakeWin32
) -> None:
    hwnd = show(api, 4500, "C:\\Games\\game.exe", title="Game", rect=MONITOR)
    api.close_after["window_process_id"] = hwnd
    window = platform.foreground()
    assert window is not None
    assert (window.pid, window.exe_name, window.title, window.fullscreen) == (
        4500,
        "game.exe",
        "",
        False,
    )


@pytest.mark.parametrize(
    ("refused", "seen", "locked"),
    [
        ("input_desktop_is_default", None, True),
        ("foreground_window", None, False),
        ("window_process_id", None, False),
        ("window_text", ("game.exe", "Game", "", True), False),
        ("window_class", ("game.exe", "Game", "Game", True), False),
        ("window_rect", ("game.exe", "Game", "Game", False), False),
        ("monitor_rect", ("game.exe", "Game", "Game", False), False),
        ("file_description", ("game.exe", "Game", "Game", True), False),
    ],
)
def test_a_refused_call_never_raises(
    platform: WindowsPlatform,
    api: FakeWin32,
    refused: str,
    seen: tuple[str, str, str, bool] | None,
    locked: bool,
) -> None:
    show(api, 5400, "C:\\Games\\game.exe", title="Game", rect=MONITOR)
    api.descriptions["C:\\Games\\game.exe"] = "Game"
    api.failing.add(refused)
    window = platform.foreground()
    if seen is None:
        assert window is None
    else:
        assert window is not None
        assert (window.exe_name, window.display_name, window.title, window.fullscreen) == seen
    assert platform.session_locked() is locked


def test_a_refused_image_path_falls_back_to_psutil(
    platform: WindowsPlatform, api: FakeWin32
) -> None:
    me = psutil.Process()
    show(api, me.pid, "C:\\Games\\game.exe", title="Game")
    api.failing.add("process_image_path")
    window = platform.foreground()
    assert window is not None and (window.pid, window.exe_path) == (me.pid, me.exe())


# The lock screen and the secure desktop.


def test_uac_prompt_counts_as_locked(platform: WindowsPlatform, api: FakeWin32) -> None:
    show(api, 4600, "C:\\Program Files\\Setup\\setup.exe", title="Setup")
    api.secure_desktop = True  # the consent prompt: input goes to the secure desktop
    assert platform.session_locked() is True
    assert platform.foreground() is None


def test_lock_screen_curtain_counts_as_locked(platform: WindowsPlatform, api: FakeWin32) -> None:
    show(api, 4700, LOCK_APP, title="Windows Default Lock Screen")
    assert platform.session_locked() is True
    assert platform.foreground() is None


def test_a_renamed_program_does_not_pass_for_the_lock_screen(
    platform: WindowsPlatform, api: FakeWin32
) -> None:
    show(api, 4800, "C:\\Users\\kid\\Downloads\\LockApp.exe", title="Minecraft", rect=MONITOR)
    assert platform.session_locked() is False
    window = platform.foreground()
    assert window is not None and window.exe_path.endswith("Downloads\\LockApp.exe")


def test_no_window_in_front_is_not_a_lock(platform: WindowsPlatform, api: FakeWin32) -> None:
    api.foreground = 0
    assert platform.foreground() is None
    assert platform.session_locked() is False


# Full screen.


@pytest.mark.parametrize(
    ("rect", "fullscreen"),
    [
        (MONITOR, True),  # exactly the monitor
        ((-8, -8, 1928, 1088), True),  # borders hang over every edge
        ((-8, -8, 1928, 1048), False),  # maximised: the taskbar stays visible
        ((0, 0, 1920, 1079), False),  # one pixel short
        ((100, 100, 900, 700), False),  # an ordinary window
    ],
)
def test_fullscreen_is_a_window_covering_its_monitor(
    platform: WindowsPlatform, api: FakeWin32, rect: Rect, fullscreen: bool
) -> None:
    show(api, 4900, "C:\\Games\\game.exe", rect=rect)
    window = platform.foreground()
    assert window is not None and window.fullscreen is fullscreen
    assert covers(rect, MONITOR) is fullscreen


def test_fullscreen_on_the_second_monitor(platform: WindowsPlatform, api: FakeWin32) -> None:
    api.monitors.append((1920, 0, 3200, 1024))
    show(api, 4900, "C:\\Games\\game.exe", rect=(1920, 0, 3200, 1024))
    window = platform.foreground()
    assert window is not None and window.fullscreen is True


def test_the_desktop_is_not_full_screen(platform: WindowsPlatform, api: FakeWin32) -> None:
    show(api, 5000, "C:\\Windows\\explorer.exe", title="", rect=MONITOR, class_name="WorkerW")
    window = platform.foreground()
    assert window is not None and window.exe_name == "explorer.exe" and window.fullscreen is False


# Names and Store apps.


def test_display_name_is_the_file_description(platform: WindowsPlatform, api: FakeWin32) -> None:
    path = "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe"
    api.descriptions[path] = "Google Chrome"
    show(api, 5100, path)
    for _ in range(3):
        window = platform.foreground()
        assert window is not None and window.display_name == "Google Chrome"
    assert api.calls["file_description"] == 1  # read from disk once, then remembered


def test_display_name_falls_back_to_the_exe_stem(platform: WindowsPlatform, api: FakeWin32) -> None:
    show(api, 5200, "C:\\Program Files (x86)\\Steam\\steam.exe")
    window = platform.foreground()
    assert window is not None and window.display_name == "Steam"


def test_store_app_is_named_for_itself_not_its_frame(
    platform: WindowsPlatform, api: FakeWin32
) -> None:
    app = "C:\\Program Files\\WindowsApps\\Microsoft.MinecraftUWP_1.20.0.0_x64__8wekyb3d8bbwe\\Minecraft.Windows.exe"
    hwnd = show(api, 5300, FRAME_HOST, title="Minecraft")
    api.add_process(5301, app)
    api.windows[hwnd].child_pids = [5300, 5301]
    window = platform.foreground()
    assert window is not None
    assert (window.pid, window.exe_name, window.title) == (
        5301,
        "Minecraft.Windows.exe",
        "Minecraft",
    )


def test_suspended_store_app_leaves_its_frame(platform: WindowsPlatform, api: FakeWin32) -> None:
    show(api, 5300, FRAME_HOST, title="Calculator")
    window = platform.foreground()
    assert window is not None and (window.pid, window.exe_name) == (
        5300,
        "ApplicationFrameHost.exe",
    )


@pytest.mark.skipif(sys.platform == "win32", reason="on Windows the real API loads")
def test_real_api_refuses_to_start_off_windows() -> None:
    with pytest.raises(OSError, match="only on Windows"):
        WindowsPlatform()
