"""The school's name, logo and contact, where a school handed out Guardian (wizard, dashboard)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from guardian.school import School

LOGO_PIXELS = 48  # beside two lines of text


class SchoolBanner(QWidget):
    def __init__(self, school: School) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.logo = QLabel()
        if school.logo is not None:
            pixmap = QPixmap(str(school.logo))
            if not pixmap.isNull():
                self.logo.setPixmap(
                    pixmap.scaled(
                        LOGO_PIXELS,
                        LOGO_PIXELS,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
        row.addWidget(self.logo)
        column = QVBoxLayout()
        self.name = QLabel(self.tr("From %1").replace("%1", school.name))
        self.name.setStyleSheet("font-weight: bold;")
        self.contact = QLabel(self.tr("Questions about Guardian: %1").replace("%1", school.contact))
        self.contact.setWordWrap(True)
        self.contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.name)
        column.addWidget(self.contact)
        row.addLayout(column, 1)
