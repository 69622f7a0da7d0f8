"""The lock screen: one window over every screen, that a child cannot close, and that explains.

It says why the PC is locked and when it can be used again, in words a child understands, with
a short tip. A parent can enter the PIN there and then and give more time; a child can send a
request that waits in the dashboard; anyone can sign out or shut down.

The windows are frameless, full-screen and kept on top; on X11 they bypass the window manager,
so its close and Alt+F4 do not reach them. Close events, Esc and Alt+F4 are ignored; the
keyboard is grabbed; a timer raises the windows again if anything comes above them. Screens
plugged in later get a window too.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from guardian.core.engine import Reason
from guardian.ui.lock_info import LockInfo
from guardian.ui.pin_text import refusal

# Raise the lock windows again this often: fast enough that a window forced above them is
# covered before a child can use it, rare enough to cost nothing.
REASSERT_MS = 500
# Minutes a parent can give with one press, the lock screen's choices.
GRANT_CHOICES = (15, 30, 60)


class LockActions(Protocol):
    """What the lock screen asks of the agent."""

    def verify_pin(self, pin: str) -> tuple[bool, int]:
        """(right, seconds to wait before the next try, or `pin_text.CANNOT_CHECK`)."""
        ...

    def grant(self, *, seconds: int | None = None, until: datetime | None = None) -> None: ...

    def request(self, seconds: int, message: str) -> None: ...

    def sign_out(self) -> None: ...

    def shut_down(self) -> None: ...


class LockWindow(QWidget):
    """The lock screen on one screen."""

    def __init__(
        self, screen: QScreen, actions: LockActions, tips: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._actions = actions
        self._tips = tips
        self._closing_allowed = False
        self.setObjectName("lockScreen")
        self.setWindowTitle(self.tr("Guardian lock screen"))
        self.setWindowFlags(
            Qt.WindowType.Window
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.X11BypassWindowManagerHint
        )
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.setStyleSheet(
            "#lockScreen { background: #1f3b57; } QLabel { color: white; }"
            " QLabel#headline { font-size: 34px; font-weight: 600; }"
            " QLabel#reason, QLabel#when { font-size: 20px; }"
            " QLabel#tip { font-size: 16px; color: #cfe3f5; }"
            " QPushButton { font-size: 16px; padding: 8px 18px; }"
        )
        self.setScreen(screen)
        self.setGeometry(screen.geometry())

        self.headline, self.reason, self.when, self.tip = QLabel(), QLabel(), QLabel(), QLabel()
        for name, label in zip(
            ("headline", "reason", "when", "tip"),
            (self.headline, self.reason, self.when, self.tip),
            strict=True,
        ):
            label.setObjectName(name)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._main_page())
        self.pages.addWidget(self._ask_page())

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for label in (self.headline, self.reason, self.when):
            layout.addWidget(label)
        layout.addSpacing(24)
        layout.addWidget(self.pages, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        layout.addWidget(self.tip)
        layout.addStretch(1)

    # --- pages ----------------------------------------------------------------------------

    def _main_page(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        self.ask_button = QPushButton(self.tr("Ask for more time"))
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.shut_down_button = QPushButton(self.tr("Shut down"))
        self.ask_button.clicked.connect(lambda: self.pages.setCurrentIndex(1))
        self.sign_out_button.clicked.connect(self._actions.sign_out)
        self.shut_down_button.clicked.connect(self._actions.shut_down)
        for button in (self.ask_button, self.sign_out_button, self.shut_down_button):
            row.addWidget(button)
        return page

    def _ask_page(self) -> QWidget:
        page = QWidget()
        page.setStyleSheet("QLabel { color: white; font-size: 16px; }")
        column = QVBoxLayout(page)
        column.addWidget(QLabel(self.tr("A parent can give more time now:")))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("Parent PIN"))
        column.addWidget(self.pin)
        self.amount = QComboBox()
        for minutes in GRANT_CHOICES:
            self.amount.addItem(
                self.tr("%1 minutes more").replace("%1", str(minutes)), minutes * 60
            )
        self.amount.addItem(self.tr("Until a time of day"), None)
        self.until = QTimeEdit(QTime(21, 0))
        self.until.setDisplayFormat("HH:mm")
        self.until.setEnabled(False)
        self.amount.currentIndexChanged.connect(
            lambda _: self.until.setEnabled(self.amount.currentData() is None)
        )
        row = QHBoxLayout()
        row.addWidget(self.amount)
        row.addWidget(self.until)
        column.addLayout(row)
        self.grant_button = QPushButton(self.tr("Give the time"))
        self.grant_button.clicked.connect(self._grant)
        column.addWidget(self.grant_button)
        self.feedback = QLabel()
        column.addWidget(self.feedback)
        column.addSpacing(16)
        column.addWidget(QLabel(self.tr("Or send your parent a request:")))
        self.message = QLineEdit()
        self.message.setMaxLength(200)
        self.message.setPlaceholderText(self.tr("Why do you need more time? (optional)"))
        column.addWidget(self.message)
        self.request_button = QPushButton(self.tr("Send the request"))
        self.request_button.clicked.connect(self._request)
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        buttons = QHBoxLayout()
        buttons.addWidget(self.request_button)
        buttons.addWidget(back)
        column.addLayout(buttons)
        return page

    # --- behaviour ------------------------------------------------------------------------

    def show_info(self, info: LockInfo) -> None:
        unreadable = info.reason is Reason.RECORDS_UNREADABLE
        self.headline.setText(
            self.tr("Guardian cannot read its records")
            if unreadable
            else self.tr("The computer is resting now")
        )
        self.reason.setText(reason_text(info.reason))
        self.when.setText(
            self.tr(
                "It stays locked until a parent repairs them: from an administrator's account, "
                "run “sudo guardian doctor”. Signing out and shutting down still work."
            )
            if unreadable
            else when_text(info.unlocks_at)
        )
        self.tip.setText(info.tip)
        # Nothing can be given or asked for while the records cannot be read: no false promise.
        self.ask_button.setVisible(not unreadable)
        if unreadable:
            self.pages.setCurrentIndex(0)

    def _grant(self) -> None:
        ok, wait = self._actions.verify_pin(self.pin.text())
        self.pin.clear()
        if not ok:
            self.feedback.setText(refusal(wait))
            return
        seconds = self.amount.currentData()
        if seconds is None:
            chosen = self.until.time()
            now = datetime.now().astimezone()
            until = now.replace(hour=chosen.hour(), minute=chosen.minute(), second=0, microsecond=0)
            if until <= now:
                self.feedback.setText(self.tr("Choose a time later today."))
                return
            self._actions.grant(until=until)
        else:
            self._actions.grant(seconds=int(seconds))
        self.feedback.setText(self.tr("Time given."))
        self.pages.setCurrentIndex(0)

    def _request(self) -> None:
        self._actions.request(GRANT_CHOICES[0] * 60, self.message.text().strip())
        self.message.clear()
        self.feedback.setText(self.tr("Your request was sent. A parent will answer it."))
        self.pages.setCurrentIndex(0)

    def allow_close(self) -> None:
        self._closing_allowed = True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing_allowed:
            event.accept()
        else:
            event.ignore()  # the window manager, Alt+F4, anything: the lock stays

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_f4 = (
            event.key() == Qt.Key.Key_F4 and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if event.key() == Qt.Key.Key_Escape or alt_f4:
            event.accept()  # swallowed
            return
        super().keyPressEvent(event)


def reason_text(reason: Reason | None) -> str:
    if reason is Reason.DAILY_LIMIT:
        return QCoreApplication.translate(
            "LockWindow", "You have used all of today's computer time."
        )
    if reason is Reason.OUTSIDE_HOURS:
        return QCoreApplication.translate(
            "LockWindow", "This is not one of the times your family agreed for the computer."
        )
    if reason is Reason.REST_BREAK:
        return QCoreApplication.translate(
            "LockWindow", "Time for a short break: look out of the window and stretch."
        )
    if reason is Reason.RECORDS_UNREADABLE:
        return QCoreApplication.translate(
            "LockWindow",
            "Guardian keeps your family's rules and your time in a file on this computer, and "
            "that file cannot be read now, so it cannot tell what is allowed.",
        )
    return QCoreApplication.translate(
        "LockWindow", "Your family's rules say the computer rests now."
    )


def when_text(unlocks_at: datetime | None) -> str:
    if unlocks_at is None:
        return QCoreApplication.translate("LockWindow", "Ask a parent if you need it before then.")
    local = unlocks_at.astimezone()
    today = datetime.now().astimezone().date()
    clock = local.strftime("%H:%M")
    if local.date() == today:
        return QCoreApplication.translate("LockWindow", "You can use it again at %1.").replace(
            "%1", clock
        )
    if (local.date() - today).days == 1:
        return QCoreApplication.translate(
            "LockWindow", "You can use it again tomorrow at %1."
        ).replace("%1", clock)
    text = QCoreApplication.translate("LockWindow", "You can use it again on %1 at %2.")
    return text.replace("%1", local.strftime("%Y-%m-%d")).replace("%2", clock)


class LockScreen(QObject):
    """Lock windows on every screen, shown and hidden together."""

    shown = Signal()
    hidden = Signal()

    def __init__(
        self,
        actions: LockActions,
        tips: list[str] | None = None,
        window_factory: Callable[[QScreen], LockWindow] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._actions = actions
        self._tips = tips or []
        self._factory = window_factory or (
            lambda screen: LockWindow(screen, self._actions, self._tips)
        )
        self._windows: dict[QScreen, LockWindow] = {}
        self._info = LockInfo(None, None)
        self._timer = QTimer(self)
        self._timer.setInterval(REASSERT_MS)
        self._timer.timeout.connect(self._reassert)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self._screen_added)
        app.screenRemoved.connect(self._screen_removed)

    @property
    def windows(self) -> list[LockWindow]:
        return list(self._windows.values())

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def lock(self, info: LockInfo) -> bool:
        """Cover every screen; False when no window could be shown (use the OS lock then)."""
        tip = info.tip or (random.choice(self._tips) if self._tips else "")
        self._info = LockInfo(info.reason, info.unlocks_at, tip)
        for screen in QGuiApplication.screens():
            self._cover(screen)
        self._timer.start()
        self._reassert()
        self.shown.emit()
        return any(window.isVisible() for window in self._windows.values())

    def unlock(self) -> None:
        self._timer.stop()
        for window in self._windows.values():
            window.releaseKeyboard()
            window.allow_close()
            window.close()
            window.deleteLater()
        self._windows.clear()
        self.hidden.emit()

    def _cover(self, screen: QScreen) -> None:
        window = self._windows.get(screen)
        if window is None:
            window = self._windows[screen] = self._factory(screen)
        window.show_info(self._info)
        window.setGeometry(screen.geometry())
        window.show()

    def _reassert(self) -> None:
        for window in self._windows.values():
            if window.isHidden():
                window.show()
            window.raise_()
        first = next(iter(self._windows.values()), None)
        if first is not None:
            first.activateWindow()
            first.grabKeyboard()

    def _screen_added(self, screen: QScreen) -> None:
        if self.active:
            self._cover(screen)

    def _screen_removed(self, screen: QScreen) -> None:
        window = self._windows.pop(screen, None)
        if window is not None:
            window.allow_close()
            window.close()
            window.deleteLater()
