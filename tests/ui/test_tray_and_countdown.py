"""The countdown and the tray as a child sees them (offscreen: no tray host, so toasts)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSystemTrayIcon

from guardian.core.engine import Usage, decide
from guardian.core.policy import day_calendar
from guardian.core.policy_file import parse_policy_text
from guardian.ui.countdown import CountdownWindow, warning_text
from guardian.ui.tray import Tray

ZONE = ZoneInfo("Asia/Shanghai")


class Actions:
    def __init__(self) -> None:
        self.requests: list[tuple[int, str]] = []
        self.parent_mode: list[int] = []

    def request(self, seconds: int, message: str) -> None:
        self.requests.append((seconds, message))

    def verify_pin(self, pin: str) -> tuple[bool, int]:
        return pin == "482915", 0

    def start_parent_mode(self, seconds: int) -> None:
        self.parent_mode.append(seconds)


def test_countdown_shows_minutes_and_seconds_and_never_takes_focus(qtbot) -> None:  # type: ignore[no-untyped-def]
    countdown = CountdownWindow()
    qtbot.addWidget(countdown)
    countdown.show_remaining(299)
    assert countdown.isVisible() and countdown.clock.text() == "04:59"
    flags = countdown.windowFlags()
    assert (
        flags & Qt.WindowType.WindowDoesNotAcceptFocus
        and flags & Qt.WindowType.WindowTransparentForInput
    )
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert countdown.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    countdown.show_remaining(5)
    assert countdown.clock.text() == "00:05"
    countdown.show_remaining(None)
    assert not countdown.isVisible()


def test_tray_menu_shows_time_left_and_the_next_change(qtbot) -> None:  # type: ignore[no-untyped-def]
    policy = parse_policy_text('[total]\nlimit = "1h"\nhours = ["06:00-22:00"]\n')
    now = datetime.now(ZONE).replace(hour=10, minute=0, second=0, microsecond=0)
    decision = decide(
        policy, Usage(total_seconds=1200), (), day_calendar(policy.calendar), now, ZONE
    )
    tray = Tray(Actions())
    tray.show_decision(decision)
    assert tray.time_left.text() == "Time left today: 40 min"
    assert tray.next_change.text().startswith("Next change: ")
    assert "Time left today: 40 min" in tray.icon.toolTip()
    locked = decide(policy, Usage(total_seconds=3600), (), day_calendar(policy.calendar), now, ZONE)
    tray.show_decision(locked)
    assert tray.time_left.text() == "The computer is resting now"


def test_warnings_become_a_toast_without_a_tray_host(qtbot) -> None:  # type: ignore[no-untyped-def]
    tray = Tray(Actions())
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen
    tray.show_warning("total", 298)
    assert tray.toast.isVisible()
    assert tray.toast.text.text() == "5 minutes of computer time left. Save your work."
    assert warning_text("category:games", 900)[1] == "15 minutes left for games today."


def test_asking_for_more_time_sends_a_request(qtbot) -> None:  # type: ignore[no-untyped-def]
    actions = Actions()
    dialog = Tray(actions).ask_for_time()
    qtbot.addWidget(dialog)
    dialog.amount.setCurrentIndex(1)  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.message, "The film ends at eight")  # type: ignore[attr-defined]
    dialog.buttons.accepted.emit()  # type: ignore[attr-defined]
    assert actions.requests == [(1800, "The film ends at eight")]


def test_the_child_can_read_what_guardian_records(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = Tray(Actions()).show_records()
    qtbot.addWidget(dialog)
    text = dialog.text.text()  # type: ignore[attr-defined]
    assert "never records what you type" in text and "stays on this computer" in text


def test_parent_mode_needs_the_pin(qtbot) -> None:  # type: ignore[no-untyped-def]
    actions = Actions()
    dialog = Tray(actions).ask_parent_mode()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.pin, "000000")  # type: ignore[attr-defined]
    dialog.buttons.accepted.emit()  # type: ignore[attr-defined]
    assert actions.parent_mode == [] and dialog.feedback.text() == "That PIN is not right."  # type: ignore[attr-defined]
    dialog.length.setCurrentIndex(3)  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.pin, "482915")  # type: ignore[attr-defined]
    dialog.buttons.accepted.emit()  # type: ignore[attr-defined]
    assert actions.parent_mode == [4 * 3600]
    assert (timedelta(seconds=actions.parent_mode[0])) == timedelta(hours=4)


def test_the_tray_says_when_parent_mode_is_on(qtbot) -> None:  # type: ignore[no-untyped-def]
    tray = Tray(Actions())
    until = datetime.now().astimezone().replace(hour=21, minute=30, second=0, microsecond=0)
    tray.show_parent_mode(until)
    assert tray.time_left.text() == "Parent mode until 21:30" or tray.time_left.text().startswith(
        "Parent mode until "
    )
    tray.show_decision(None)  # decisions do not overwrite it while it lasts
    assert tray.time_left.text().startswith("Parent mode until")
    tray.show_parent_mode(None)
    tray.show_decision(None)
    assert tray.time_left.text() == "Time left today: no limit"


def test_the_tray_shows_how_many_requests_wait(qtbot) -> None:  # type: ignore[no-untyped-def]
    tray = Tray(Actions())
    assert not tray.waiting.isVisible()
    tray.show_pending(2)
    assert tray.waiting.isVisible() and tray.waiting.text() == "Requests waiting for a parent: 2"
    tray.show_pending(0)
    assert not tray.waiting.isVisible()
