"""A window that asks for the parent PIN on behalf of another program (the uninstaller).

`guardian pin verify --dialog` shows it; its exit code is the answer: 0 for the right PIN, 1
when the window was closed without it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from guardian.ui.pin_text import refusal


class PinCheckDialog(QDialog):
    """Asks until the PIN is right (accepted) or the parent gives up (rejected)."""

    def __init__(self, verify_pin: Callable[[str], tuple[bool, int]], why: str) -> None:
        super().__init__()
        self._verify = verify_pin
        self.setWindowTitle(self.tr("Guardian: parent PIN"))
        layout = QVBoxLayout(self)
        explanation = QLabel(why)
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("Parent PIN"))
        layout.addWidget(self.pin)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def check(self) -> None:
        right, wait = self._verify(self.pin.text())
        self.pin.clear()
        if right:
            self.accept()
        else:
            self.message.setText(refusal(wait))
