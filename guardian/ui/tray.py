"""The tray icon: time left and the next change, asking for more time, what Guardian records,
and parent mode for a family that shares one account.

Warnings show as tray messages, or as a toast in the corner where the tray cannot show them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMenu,
    QSystemTrayIcon,
    QVBoxLayout,
)

from guardian.core.enforcement import MAX_PARENT_MODE
from guardian.core.engine import Decision
from guardian.ui.countdown import Toast, warning_text
from guardian.ui.pin_text import refusal

# Parent-mode lengths offered, in minutes (the longest is the four-hour ceiling).
PARENT_MODE_CHOICES = (30, 60, 120, MAX_PARENT_MODE // 60)


class TrayActions(Protocol):
    def request(self, seconds: int, message: str) -> None: ...

    def verify_pin(self, pin: str) -> tuple[bool, int]: ...

    def start_parent_mode(self, seconds: int) -> None: ...


def duration_text(seconds: int | None) -> str:
    if seconds is None:
        return QCoreApplication.translate("Tray", "no limit")
    hours, rest = divmod(seconds, 3600)
    if hours:
        return (
            QCoreApplication.translate("Tray", "%1 h %2 min")
            .replace("%1", str(hours))
            .replace("%2", str(rest // 60))
        )
    return QCoreApplication.translate("Tray", "%1 min").replace("%1", str(max(0, rest // 60)))


def records_text() -> str:
    return QCoreApplication.translate(
        "Tray",
        "Guardian writes down which program is in front and for how long, the window's title "
        "(for example the name of a web page), and when nobody is using the computer.\n\n"
        "It never records what you type, what is on the screen, your messages or chats, or "
        "anything you send over the internet. It sends nothing anywhere: everything stays on "
        "this computer, and your parents see it in their dashboard.\n\n"
        "The limits are there so that there is time for sleep, homework, friends and being "
        "outside too. If they feel unfair, talk about them with your parents.",
    )


def _icon() -> QIcon:
    pixmap = QPixmap(64, 64)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#2f6f9f"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(4, 4, 56, 56)
    painter.setBrush(QColor("white"))
    painter.drawRect(29, 16, 6, 20)
    painter.drawRect(29, 34, 16, 6)
    painter.end()
    return QIcon(pixmap)


class Tray(QObject):
    def __init__(self, actions: TrayActions, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions = actions
        self.icon = QSystemTrayIcon(_icon(), self)
        self.menu = QMenu()
        self.time_left = QAction(self.menu)
        self.next_change = QAction(self.menu)
        self.waiting = QAction(self.menu)
        self.waiting.setVisible(False)
        for info in (self.time_left, self.next_change, self.waiting):
            info.setEnabled(False)
            self.menu.addAction(info)
        self.menu.addSeparator()
        self.ask = self.menu.addAction(self.tr("Ask for more time…"))
        self.records = self.menu.addAction(self.tr("What Guardian records"))
        self.parent_mode = self.menu.addAction(self.tr("Parent mode…"))
        self.ask.triggered.connect(self.ask_for_time)
        self.records.triggered.connect(self.show_records)
        self.parent_mode.triggered.connect(self.ask_parent_mode)
        self.icon.setContextMenu(self.menu)
        self.toast = Toast()
        self._parent_mode_until: datetime | None = None
        self.show_decision(None)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon.show()

    def show_parent_mode(self, until: datetime | None) -> None:
        """Parent mode until `until` (local time), or back to the child's figures when None."""
        self._parent_mode_until = until
        if until is not None:
            self.time_left.setText(self.tr("Parent mode until %1").replace("%1", _when(until)))
            self.icon.setToolTip(f"Guardian\n{self.time_left.text()}")

    def show_decision(self, decision: Decision | None) -> None:
        if self._parent_mode_until is not None:
            return  # the menu says parent mode until it ends
        remaining = decision.remaining_seconds if decision else None
        left = self.tr("Time left today: %1").replace("%1", duration_text(remaining))
        if decision is not None and decision.locked:
            left = self.tr("The computer is resting now")
        self.time_left.setText(left)
        change = decision.next_change_at if decision else None
        if change is None:
            self.next_change.setText(self.tr("No change ahead"))
        else:
            self.next_change.setText(self.tr("Next change: %1").replace("%1", _when(change)))
        self.icon.setToolTip(f"Guardian\n{left}\n{self.next_change.text()}")

    def show_pending(self, count: int) -> None:
        """How many requests for more time wait for a parent (hidden when none)."""
        self.waiting.setVisible(count > 0)
        self.waiting.setText(self.tr("Requests waiting for a parent: %1").replace("%1", str(count)))

    def show_warning(self, scope: str, remaining_seconds: int) -> None:
        title, text = warning_text(scope, remaining_seconds)
        if self.icon.isVisible() and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information)
        else:
            self.toast.show_message(title, text)

    def show_message(self, title: str, text: str) -> None:
        if self.icon.isVisible() and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information)
        else:
            self.toast.show_message(title, text)

    # --- dialogs -------------------------------------------------------------------------

    def ask_for_time(self) -> QDialog:
        dialog = QDialog()
        dialog.setWindowTitle(self.tr("Ask for more time"))
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(self.tr("Your parent will see this request in the dashboard.")))
        amount = QComboBox()
        for minutes in (15, 30, 60):
            amount.addItem(self.tr("%1 minutes more").replace("%1", str(minutes)), minutes * 60)
        layout.addWidget(amount)
        message = QLineEdit()
        message.setMaxLength(200)
        message.setPlaceholderText(self.tr("Why do you need more time? (optional)"))
        layout.addWidget(message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(buttons)
        buttons.rejected.connect(dialog.reject)

        def send() -> None:
            self._actions.request(int(amount.currentData()), message.text().strip())
            self.show_message(self.tr("Request sent"), self.tr("Your parent will answer it."))
            dialog.accept()

        buttons.accepted.connect(send)
        dialog.amount, dialog.message, dialog.buttons = amount, message, buttons  # type: ignore[attr-defined]
        dialog.open()
        return dialog

    def show_records(self) -> QDialog:
        dialog = QDialog()
        dialog.setWindowTitle(self.tr("What Guardian records"))
        layout = QVBoxLayout(dialog)
        text = QLabel(records_text())
        text.setWordWrap(True)
        text.setMinimumWidth(420)
        layout.addWidget(text)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(dialog.reject)
        layout.addWidget(close)
        dialog.text = text  # type: ignore[attr-defined]
        dialog.open()
        return dialog

    def ask_parent_mode(self) -> QDialog:
        dialog = QDialog()
        dialog.setWindowTitle(self.tr("Parent mode"))
        layout = QVBoxLayout(dialog)
        layout.addWidget(
            QLabel(
                self.tr("Pause Guardian while a parent uses this account. Enter the parent PIN:")
            )
        )
        pin = QLineEdit()
        pin.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(pin)
        length = QComboBox()
        for minutes in PARENT_MODE_CHOICES:
            length.addItem(duration_text(minutes * 60), minutes * 60)
        layout.addWidget(length)
        feedback = QLabel()
        layout.addWidget(feedback)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(buttons)
        buttons.rejected.connect(dialog.reject)

        def start() -> None:
            ok, wait = self._actions.verify_pin(pin.text())
            pin.clear()
            if not ok:
                feedback.setText(refusal(wait))
                return
            self._actions.start_parent_mode(int(length.currentData()))
            dialog.accept()

        buttons.accepted.connect(start)
        dialog.pin, dialog.length, dialog.feedback, dialog.buttons = pin, length, feedback, buttons  # type: ignore[attr-defined]
        dialog.open()
        return dialog


def _when(moment: datetime) -> str:
    local = moment.astimezone()
    if local.date() == datetime.now().astimezone().date():
        return local.strftime("%H:%M")
    return local.strftime("%a %H:%M")
