"""Contract tests every platform adapter passes, real or over a fake OS layer.

A test module for one adapter imports these tests (`from tests.platform.contract import *`) and
provides two fixtures: `platform` (the adapter under test) and `driver` (something that can put
windows in front, make input and lock the session, for real or in a fake OS layer).
The scenes every driver offers:

- "plain":      an ordinary window with an ASCII title;
- "chinese":    a window titled in Chinese (作业帮 - 数学练习);
- "fullscreen": a full-screen window (a film, a game).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import pytest

from guardian.platform.base import Capabilities, Platform

SCENES = ("plain", "chinese", "fullscreen")
CHINESE_TITLE = "作业帮 - 数学练习"


@dataclass(frozen=True)
class Expected:
    pid: int
    exe_name: str
    title: str
    fullscreen: bool


class Driver(Protocol):
    def activate(self, scene: str) -> Expected:
        """Put the scene's window in front and say what the adapter should report."""
        ...

    def touch_input(self) -> None:
        """Make keyboard or mouse input now."""
        ...

    def wait_idle(self, seconds: float) -> None:
        """Let `seconds` pass without input (a fake layer moves its clock; a real one waits)."""
        ...

    def set_locked(self, locked: bool) -> bool:
        """Lock or unlock the session; False when this driver cannot."""
        ...

    def clear_foreground(self) -> bool:
        """Leave no window in front (a secure desktop, an empty desktop); False when it cannot."""
        ...


def test_capabilities_are_reported(platform: Platform) -> None:
    caps = platform.capabilities()
    assert isinstance(caps, Capabilities)
    assert caps.foreground and caps.idle
    assert isinstance(platform.name, str) and platform.name


@pytest.mark.parametrize("scene", SCENES)
def test_foreground_window_is_reported(platform: Platform, driver: Driver, scene: str) -> None:
    expected = driver.activate(scene)
    window = platform.foreground()
    assert window is not None
    assert (window.pid, window.exe_name, window.title, window.fullscreen) == (
        expected.pid,
        expected.exe_name,
        expected.title,
        expected.fullscreen,
    )
    assert window.exe_path.replace("\\", "/").endswith(window.exe_name)
    assert window.display_name


def test_switching_windows_is_seen(platform: Platform, driver: Driver) -> None:
    first = driver.activate("plain")
    second = driver.activate("chinese")
    window = platform.foreground()
    assert window is not None and window.title == second.title != first.title
    again = driver.activate("plain")
    window = platform.foreground()
    assert window is not None and window.title == again.title


def test_idle_time_grows_and_drops_after_input(platform: Platform, driver: Driver) -> None:
    driver.touch_input()
    driver.wait_idle(2.5)
    idle = platform.idle_seconds()
    assert idle is not None and idle >= 2.0
    driver.touch_input()
    after = platform.idle_seconds()
    assert after is not None and after < idle and after < 1.5


def test_locked_session_is_reported(platform: Platform, driver: Driver) -> None:
    if not driver.set_locked(True):
        pytest.skip("this driver cannot lock the session")
    assert platform.session_locked() is True
    driver.set_locked(False)
    assert platform.session_locked() is False


def test_no_foreground_window(platform: Platform, driver: Driver) -> None:
    if not driver.clear_foreground():
        pytest.skip("this driver cannot leave the desktop without a window in front")
    assert platform.foreground() is None
