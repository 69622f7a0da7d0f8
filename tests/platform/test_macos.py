"""The macOS adapter over a fake AppKit/Quartz layer: the shared contract, then what only macOS does."""

from __future__ import annotations

import os
import sys

import psutil
import pytest

from guardian.platform.macos import MacPlatform, covers
from tests.platform.contract import *  # noqa: F403
from tests.platform.fake_macos import DISPLAY, MENU_BAR, FakeMac, FakeMacDriver


@pytest.fixture
def api() -> FakeMac:
    return FakeMac()


@pytest.fixture
def platform(api: FakeMac) -> MacPlatform:
    return MacPlatform(api)


@pytest.fixture
def driver(api: FakeMac) -> FakeMacDriver:
    return FakeMacDriver(api)


def unused_pid() -> int:
    """A pid no process on this machine has (above Linux's largest pid_max)."""
    return next(pid for pid in range(2**22 + 1, 2**22 + 1000) if not psutil.pid_exists(pid))


# Screen Recording permission and window titles.


def test_without_screen_recording_titles_are_empty_and_capabilities_say_so(
    platform: MacPlatform, api: FakeMac, driver: FakeMacDriver
) -> None:
    driver.activate("plain")
    driver.activate("chinese")
    api.screen_recording = False
    window = platform.foreground()
    assert window is not None and window.title == "" and window.exe_name == "作业帮"
    caps = platform.capabilities()
    assert caps.titles is False and caps.foreground and caps.idle
    assert any("Screen Recording" in str(line) for line in caps.missing)


def test_with_screen_recording_titles_are_reported(
    platform: MacPlatform, driver: FakeMacDriver
) -> None:
    driver.activate("plain")
    caps = platform.capabilities()
    assert caps.titles is True and caps.missing == ()


def test_titles_are_not_judged_from_our_own_windows(platform: MacPlatform, api: FakeMac) -> None:
    # Only Guardian's own window is on screen.
    api.show_window(os.getpid(), "", (300.0, 200.0, 400.0, 300.0))
    api.screen_recording = False
    assert platform.capabilities().titles is True  # no other app's window: nothing to tell by


# The app in front and its window.


def test_app_without_a_window_is_reported_without_title(
    platform: MacPlatform, api: FakeMac, driver: FakeMacDriver
) -> None:
    driver.activate("fullscreen")
    api.add_app(6400, "/System/Library/CoreServices/Finder.app/Contents/MacOS/Finder", "Finder")
    api.front_pid = 6400  # Finder in front with every window closed; the game still on screen
    window = platform.foreground()
    assert window is not None
    assert (window.pid, window.exe_name, window.display_name, window.title, window.fullscreen) == (
        6400,
        "Finder",
        "Finder",
        "",
        False,
    )


def test_app_that_quits_between_calls_gives_a_partial_answer(
    platform: MacPlatform, api: FakeMac, driver: FakeMacDriver
) -> None:
    driver.activate("plain")
    api.window_list.clear()  # its windows are gone by the time we list them
    window = platform.foreground()
    assert window is not None and (window.pid, window.title, window.fullscreen) == (6100, "", False)


def test_the_first_ordinary_window_of_the_app_is_its_front_window(
    platform: MacPlatform, api: FakeMac, driver: FakeMacDriver
) -> None:
    driver.activate("plain")
    api.show_window(6100, "Font panel", (10.0, 10.0, 200.0, 200.0), layer=3)  # a floating panel
    api.show_window(6999, "Menu bar extra", (0.0, 0.0, 30.0, 25.0), layer=25)
    window = platform.foreground()
    assert window is not None and window.title == "Untitled"


def test_path_unknown_to_appkit_comes_from_psutil(platform: MacPlatform, api: FakeMac) -> None:
    me = psutil.Process()
    api.add_app(me.pid, None, "Python")
    api.front_pid = me.pid
    window = platform.foreground()
    assert window is not None
    assert (window.exe_path, window.display_name) == (me.exe(), "Python")


def test_path_unknown_to_appkit_and_psutil_leaves_it_empty(
    platform: MacPlatform, api: FakeMac
) -> None:
    pid = unused_pid()
    api.add_app(pid, None, "")
    api.front_pid = pid
    window = platform.foreground()
    assert window is not None
    assert (window.pid, window.exe_path, window.exe_name, window.display_name) == (pid, "", "", "")


@pytest.mark.parametrize(
    "refused", ["frontmost", "screen_locked", "windows", "display_bounds", "seconds_since_input"]
)
def test_a_refused_call_never_raises(
    platform: MacPlatform, api: FakeMac, driver: FakeMacDriver, refused: str
) -> None:
    driver.activate("fullscreen")
    api.failing.add(refused)
    window = platform.foreground()
    if refused == "frontmost":
        assert window is None
    else:
        assert window is not None and window.pid == 6300
        assert window.fullscreen is (refused not in {"windows", "display_bounds"})
    assert platform.idle_seconds() == (None if refused == "seconds_since_input" else 0.0)
    assert platform.session_locked() == (None if refused == "screen_locked" else False)


# Full screen.


@pytest.mark.parametrize(
    ("bounds", "fullscreen"),
    [
        (DISPLAY, True),  # a native full-screen space
        ((0.0, MENU_BAR, DISPLAY[2], DISPLAY[3] - MENU_BAR), False),  # zoomed: the menu bar stays
        ((100.0, 100.0, 800.0, 600.0), False),  # an ordinary window
    ],
)
def test_fullscreen_is_a_window_covering_a_display(
    platform: MacPlatform, api: FakeMac, bounds: tuple[float, float, float, float], fullscreen: bool
) -> None:
    api.add_app(6500, "/Applications/IINA.app/Contents/MacOS/IINA", "IINA")
    api.show_window(6500, "film.mkv", bounds)
    api.bring_to_front(6500)
    window = platform.foreground()
    assert window is not None and window.fullscreen is fullscreen
    assert covers(bounds, DISPLAY) is fullscreen


def test_fullscreen_on_a_second_display(platform: MacPlatform, api: FakeMac) -> None:
    second = (1512.0, -200.0, 2560.0, 1440.0)
    api.displays.append(second)
    api.add_app(6500, "/Applications/IINA.app/Contents/MacOS/IINA", "IINA")
    api.show_window(6500, "film.mkv", second)
    api.bring_to_front(6500)
    window = platform.foreground()
    assert window is not None and window.fullscreen is True


# Lock state.


def test_locked_screen_has_no_foreground(platform: MacPlatform, driver: FakeMacDriver) -> None:
    driver.activate("plain")
    driver.set_locked(True)
    assert platform.session_locked() is True
    assert platform.foreground() is None


def test_lock_state_unknown_without_a_window_server_session(
    platform: MacPlatform, api: FakeMac, driver: FakeMacDriver
) -> None:
    driver.activate("plain")
    api.locked = None
    assert platform.session_locked() is None
    assert platform.foreground() is not None


@pytest.mark.skipif(sys.platform == "darwin", reason="on macOS pyobjc may be installed")
def test_real_api_needs_pyobjc() -> None:
    with pytest.raises(ImportError, match="pyobjc"):
        MacPlatform()
