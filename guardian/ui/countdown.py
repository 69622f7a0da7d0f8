"""The countdown and the toast: small windows in a screen corner that never get in the way.

Both are frameless, stay on top, never take the keyboard focus and let clicks pass through to
the window below, so a child can keep typing while the seconds go.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

# Distance from the screen's corner, in pixels: clear of the edge, out of the way of the window.
MARGIN = 24
# How long a toast stays, in milliseconds: long enough to read two lines.
TOAST_MS = 8000


def _unobtrusive(window: QWidget) -> None:
    window.setWindowFlags(
        Qt.WindowType.Tool
        | Qt.WindowType.FramelessWindowHint
        | Qt.WindowType.WindowStaysOnTopHint
        | Qt.WindowType.WindowDoesNotAcceptFocus
        | Qt.WindowType.WindowTransparentForInput
    )
    window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    window.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    window.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def _to_corner(window: QWidget) -> None:
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    window.adjustSize()
    window.move(area.right() - window.width() - MARGIN, area.top() + MARGIN)


class CountdownWindow(QWidget):
    """Minutes and seconds left, in the top-right corner, in the last minutes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _unobtrusive(self)
        self.setObjectName("countdown")
        self.setStyleSheet(
            "#countdown { background: rgba(31, 59, 87, 220); border-radius: 10px; }"
            " QLabel { color: white; } QLabel#clock { font-size: 30px; font-weight: 600; }"
        )
        self.clock = QLabel()
        self.clock.setObjectName("clock")
        self.caption = QLabel(self.tr("left today"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 10, 18, 10)
        for label in (self.clock, self.caption):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)

    def show_remaining(self, seconds: int | None) -> None:
        """Show `seconds` left as MM:SS, or hide when None."""
        if seconds is None:
            self.hide()
            return
        minutes, secs = divmod(max(0, seconds), 60)
        self.clock.setText(f"{minutes:02d}:{secs:02d}")
        if not self.isVisible():
            _to_corner(self)
            self.show()


class Toast(QWidget):
    """A message in the corner for a few seconds, where the tray cannot show messages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _unobtrusive(self)
        self.setObjectName("toast")
        self.setStyleSheet(
            "#toast { background: rgba(31, 59, 87, 235); border-radius: 10px; }"
            " QLabel { color: white; font-size: 15px; } QLabel#title { font-weight: 600; }"
        )
        self.title, self.text = QLabel(), QLabel()
        self.title.setObjectName("title")
        self.text.setWordWrap(True)
        self.text.setMaximumWidth(360)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)

    def show_message(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.text.setText(text)
        _to_corner(self)
        self.show()
        self._timer.start(TOAST_MS)


def warning_text(scope: str, remaining_seconds: int) -> tuple[str, str]:
    """The title and text of a warning a child reads: what runs out, and in how long."""
    minutes = max(1, round(remaining_seconds / 60))
    title = QCoreApplication.translate("Warnings", "Time is nearly up")
    if scope.startswith("category:"):
        text = QCoreApplication.translate("Warnings", "%1 minutes left for %2 today.")
        return title, text.replace("%1", str(minutes)).replace(
            "%2", category_name(scope.split(":", 1)[1])
        )
    if scope.startswith("app:"):
        text = QCoreApplication.translate("Warnings", "%1 minutes left for this program today.")
        return title, text.replace("%1", str(minutes))
    text = QCoreApplication.translate(
        "Warnings", "%1 minutes of computer time left. Save your work."
    )
    return title, text.replace("%1", str(minutes))


def category_name(category: str) -> str:
    names = {
        "study": QCoreApplication.translate("Categories", "study"),
        "games": QCoreApplication.translate("Categories", "games"),
        "video": QCoreApplication.translate("Categories", "video"),
        "social": QCoreApplication.translate("Categories", "chat and social apps"),
        "payments": QCoreApplication.translate("Categories", "payments"),
        "other": QCoreApplication.translate("Categories", "other programs"),
    }
    return names.get(category, category)


def limit_text(notice: object) -> tuple[str, str]:
    """What a child reads when a program is over its limit and about to close."""
    title = QCoreApplication.translate("Warnings", "Time is up for this program")
    grace = int(getattr(notice, "grace_seconds", 0))
    if grace:
        text = QCoreApplication.translate(
            "Warnings", "It will close in %1 seconds. Save what you are doing."
        )
        return title, text.replace("%1", str(grace))
    return title, QCoreApplication.translate(
        "Warnings", "Your family's rules do not allow this program now."
    )


def rest_text() -> tuple[str, str]:
    return (
        QCoreApplication.translate("Warnings", "Time for a break"),
        QCoreApplication.translate(
            "Warnings",
            "Rest your eyes: look at something far away and move around for a few minutes.",
        ),
    )
