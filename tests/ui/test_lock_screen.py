"""The lock screen as a child meets it: it cannot be closed, it explains, and a parent's PIN
gives time (a real PIN vault with a file keyring behind it)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from keyrings.alt.file import PlaintextKeyring
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from guardian.core.clock import FakeClock
from guardian.core.engine import Reason
from guardian.pin import PinVault
from guardian.storage.database import Store, open_store
from guardian.ui.lock_screen import LockInfo, LockScreen

START = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


class Actions:
    def __init__(self, vault: PinVault) -> None:
        self.vault = vault
        self.grants: list[dict[str, object]] = []
        self.requests: list[tuple[int, str]] = []
        self.signed_out = self.shut = False

    def verify_pin(self, pin: str) -> tuple[bool, int]:
        check = self.vault.verify(pin)
        return check.ok, int(check.wait.total_seconds())

    def grant(self, *, seconds: int | None = None, until: datetime | None = None) -> None:
        self.grants.append({"seconds": seconds, "until": until})

    def request(self, seconds: int, message: str) -> None:
        self.requests.append((seconds, message))

    def sign_out(self) -> None:
        self.signed_out = True

    def shut_down(self) -> None:
        self.shut = True


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path / "guardian.sqlite3")
    yield store
    store.close()


@pytest.fixture
def actions(store: Store, monkeypatch: pytest.MonkeyPatch) -> Actions:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    vault = PinVault(store, FakeClock(START), PlaintextKeyring())
    vault.set_pin("482915")
    return Actions(vault)


@pytest.fixture
def lock(qtbot, actions: Actions) -> Iterator[LockScreen]:  # type: ignore[no-untyped-def]
    screen = LockScreen(actions, tips=["Drink some water and look out of the window."])
    tomorrow = (datetime.now().astimezone() + timedelta(days=1)).replace(hour=6, minute=0)
    screen.lock(LockInfo(Reason.DAILY_LIMIT, tomorrow))
    yield screen
    screen.unlock()


def test_one_full_screen_window_per_screen_that_explains(lock: LockScreen) -> None:
    assert len(lock.windows) == len(QGuiApplication.screens()) >= 1
    window = lock.windows[0]
    assert window.isVisible()
    assert window.geometry() == window.screen().geometry()
    assert "all of today's computer time" in window.reason.text()
    assert "tomorrow at 06:00" in window.when.text()
    assert window.tip.text() == "Drink some water and look out of the window."
    flags = window.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint and flags & Qt.WindowType.WindowStaysOnTopHint


def test_it_cannot_be_closed(qtbot, lock: LockScreen) -> None:  # type: ignore[no-untyped-def]
    window = lock.windows[0]
    assert window.close() is False
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert window.isVisible()
    window.hide()  # something hides it: the lock puts it back
    qtbot.waitUntil(window.isVisible, timeout=3000)


def test_a_wrong_pin_is_refused_then_throttled(qtbot, lock: LockScreen, actions: Actions) -> None:  # type: ignore[no-untyped-def]
    window = lock.windows[0]
    qtbot.mouseClick(window.ask_button, Qt.MouseButton.LeftButton)
    for attempt in range(5):
        qtbot.keyClicks(window.pin, "000000")
        qtbot.mouseClick(window.grant_button, Qt.MouseButton.LeftButton)
        if attempt < 4:
            assert window.feedback.text() == "That PIN is not right."
    assert "Too many wrong tries" in window.feedback.text()
    qtbot.keyClicks(window.pin, "482915")
    qtbot.mouseClick(window.grant_button, Qt.MouseButton.LeftButton)
    assert actions.grants == []  # even the right PIN waits out the throttle


def test_the_right_pin_gives_time(qtbot, lock: LockScreen, actions: Actions) -> None:  # type: ignore[no-untyped-def]
    window = lock.windows[0]
    qtbot.mouseClick(window.ask_button, Qt.MouseButton.LeftButton)
    window.amount.setCurrentIndex(1)  # 30 minutes
    qtbot.keyClicks(window.pin, "482915")
    qtbot.mouseClick(window.grant_button, Qt.MouseButton.LeftButton)
    assert actions.grants == [{"seconds": 1800, "until": None}]
    assert window.pin.text() == ""  # the PIN never stays in the field


def test_a_child_can_send_a_request_sign_out_or_shut_down(
    qtbot, lock: LockScreen, actions: Actions
) -> None:  # type: ignore[no-untyped-def]
    window = lock.windows[0]
    qtbot.mouseClick(window.ask_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.message, "I need to finish my homework")
    qtbot.mouseClick(window.request_button, Qt.MouseButton.LeftButton)
    assert actions.requests == [(900, "I need to finish my homework")]
    assert "request was sent" in window.feedback.text()
    qtbot.mouseClick(window.sign_out_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.shut_down_button, Qt.MouseButton.LeftButton)
    assert actions.signed_out and actions.shut


def test_unlock_takes_every_window_away(lock: LockScreen) -> None:
    windows = lock.windows
    lock.unlock()
    assert lock.windows == [] and not lock.active
    assert all(not w.isVisible() for w in windows)


def test_records_that_cannot_be_read_keep_it_locked_and_promise_nothing(
    qtbot, lock: LockScreen
) -> None:  # type: ignore[no-untyped-def]
    window = lock.windows[0]
    qtbot.mouseClick(window.ask_button, Qt.MouseButton.LeftButton)  # the child was asking
    lock.lock(LockInfo(Reason.RECORDS_UNREADABLE, None))  # then the service lost its store
    assert window.headline.text() == "Guardian cannot read its records"
    assert "cannot be read now" in window.reason.text()
    assert "sudo guardian doctor" in window.when.text()
    assert window.ask_button.isHidden() and window.pages.currentIndex() == 0
    assert window.sign_out_button.isVisible() and window.shut_down_button.isVisible()
    lock.lock(LockInfo(Reason.DAILY_LIMIT, None))  # readable again, and the day's time used up
    assert window.ask_button.isVisible()
    assert window.headline.text() == "The computer is resting now"
