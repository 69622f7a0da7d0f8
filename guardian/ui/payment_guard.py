"""The spending guard: a payment or top-up window is closed unless a parent enters the PIN.

A small window on top says what is happening and counts down; a parent's PIN lets that one
window stay; otherwise it closes when the time is up. Either way the parent sees an event.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from guardian.ui.pin_text import refusal

# Seconds before a payments window closes: time for a parent who is nearby to come and decide.
PAYMENT_GRACE_MS = 30_000


class PaymentGuard(QWidget):
    allowed = Signal()
    expired = Signal()

    def __init__(
        self, verify_pin: Callable[[str], tuple[bool, int]], grace_ms: int = PAYMENT_GRACE_MS
    ) -> None:
        super().__init__()
        self._verify = verify_pin
        self.setWindowFlags(
            Qt.WindowType.Window
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.FramelessWindowHint
        )
        self.setObjectName("paymentGuard")
        self.setStyleSheet(
            "#paymentGuard { background: #7a2e1f; } QLabel { color: white; font-size: 15px; }"
        )
        self.message = QLabel(
            self.tr(
                "This looks like a payment or top-up page. Guardian will close it in %1 seconds "
                "unless a parent enters the PIN."
            ).replace("%1", str(grace_ms // 1000))
        )
        self.message.setWordWrap(True)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("Parent PIN"))
        self.allow_button = QPushButton(self.tr("Allow this payment page"))
        self.allow_button.clicked.connect(self._allow)
        self.feedback = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.pin)
        row.addWidget(self.allow_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(row)
        layout.addWidget(self.feedback)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._expire)
        self._grace_ms = grace_ms

    def start(self) -> None:
        self.adjustSize()
        self.show()
        self.raise_()
        self._timer.start(self._grace_ms)

    def _allow(self) -> None:
        ok, wait = self._verify(self.pin.text())
        self.pin.clear()
        if not ok:
            self.feedback.setText(refusal(wait))
            return
        self._timer.stop()
        self.hide()
        self.allowed.emit()

    def _expire(self) -> None:
        self.hide()
        self.expired.emit()
