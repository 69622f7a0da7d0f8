"""The dashboard's settings: PIN, language, window titles, export, delete, about."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guardian import __version__
from guardian.core.errors import Error
from guardian.i18n import show
from guardian.services.family_data import (
    RETENTION_CHOICES,
    delete_all,
    export_all,
    set_title_retention,
    title_retention_days,
)
from guardian.storage import repositories as repo
from guardian.storage.database import Store


class SettingsPage(QWidget):
    def __init__(
        self,
        store: Store,
        change_pin: Callable[[str, str], None],
        verify_pin: Callable[[str], tuple[bool, int]],
    ) -> None:
        super().__init__()
        self.store, self._change_pin, self._verify = store, change_pin, verify_pin
        layout = QVBoxLayout(self)

        pin_box = QGroupBox(self.tr("Parent PIN"))
        form = QFormLayout(pin_box)
        self.current_pin, self.new_pin, self.new_again = QLineEdit(), QLineEdit(), QLineEdit()
        for field in (self.current_pin, self.new_pin, self.new_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Current PIN:"), self.current_pin)
        form.addRow(self.tr("New PIN:"), self.new_pin)
        form.addRow(self.tr("New PIN again:"), self.new_again)
        self.change_button = QPushButton(self.tr("Change the PIN"))
        self.change_button.clicked.connect(self.change_pin)
        self.pin_message = QLabel()
        form.addRow(self.change_button, self.pin_message)
        layout.addWidget(pin_box)

        general = QGroupBox(self.tr("Language and privacy"))
        form = QFormLayout(general)
        self.language = QComboBox()
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.currentIndexChanged.connect(self._save_language)
        form.addRow(self.tr("Language (from the next start):"), self.language)
        self.retention = QComboBox()
        for days in RETENTION_CHOICES:
            label = (
                self.tr("Do not keep window titles")
                if days == 0
                else self.tr("Keep window titles %1 days").replace("%1", str(days))
            )
            self.retention.addItem(label, days)
        self.retention.currentIndexChanged.connect(self._save_retention)
        form.addRow(self.tr("Window titles:"), self.retention)
        layout.addWidget(general)

        data = QGroupBox(self.tr("The family's data"))
        column = QVBoxLayout(data)
        self.export_button = QPushButton(self.tr("Export all data to a folder…"))
        self.export_button.clicked.connect(lambda: self.export())  # noqa: PLW0108 - clicked passes a bool
        column.addWidget(self.export_button)
        column.addWidget(
            QLabel(
                self.tr(
                    "To delete everything (usage, events, children, limits and the PIN), enter the PIN and type DELETE:"  # noqa: E501
                )
            )
        )
        self.delete_pin, self.delete_word = QLineEdit(), QLineEdit()
        self.delete_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.delete_pin.setPlaceholderText(self.tr("Parent PIN"))
        self.delete_word.setPlaceholderText("DELETE")
        self.delete_button = QPushButton(self.tr("Delete all data"))
        self.delete_button.clicked.connect(self.delete_everything)
        for widget in (self.delete_pin, self.delete_word, self.delete_button):
            column.addWidget(widget)
        self.data_message = QLabel()
        self.data_message.setWordWrap(True)
        column.addWidget(self.data_message)
        layout.addWidget(data)

        about = QLabel(
            self.tr(
                "Guardian %1. Everything stays on this computer: no network traffic, no screenshots, no keystrokes, no message contents."  # noqa: E501
            ).replace("%1", __version__)
        )
        about.setWordWrap(True)
        layout.addWidget(about)
        layout.addStretch()
        self._load()

    def _load(self) -> None:
        with self.store.session(read_only=True) as s:
            language = repo.get_setting(s, "language", "zh_CN")
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.blockSignals(False)
        self.retention.blockSignals(True)
        self.retention.setCurrentIndex(
            max(0, self.retention.findData(title_retention_days(self.store)))
        )
        self.retention.blockSignals(False)

    def _save_language(self) -> None:
        with self.store.session() as s:
            repo.set_setting(s, "language", self.language.currentData())

    def _save_retention(self) -> None:
        set_title_retention(self.store, int(self.retention.currentData()), datetime.now(UTC))

    def change_pin(self) -> None:
        if self.new_pin.text() != self.new_again.text():
            self.pin_message.setText(self.tr("The two new PINs are not the same."))
            return
        try:
            self._change_pin(self.current_pin.text(), self.new_pin.text())
        except Error as problem:
            self.pin_message.setText(show(problem.text))
            return
        finally:
            for field in (self.current_pin, self.new_pin, self.new_again):
                field.clear()
        self.pin_message.setText(self.tr("The PIN is changed."))

    def export(self, folder: Path | None = None) -> list[Path]:
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Export all data to a folder"))
            if not chosen:
                return []
            folder = Path(chosen)
        written = export_all(self.store, folder)
        self.data_message.setText(
            self.tr("%1 files written to %2.")
            .replace("%1", str(len(written)))
            .replace("%2", str(folder))
        )
        return written

    def delete_everything(self) -> bool:
        ok, _ = self._verify(self.delete_pin.text())
        self.delete_pin.clear()
        if not ok or self.delete_word.text().strip() not in ("DELETE", "删除"):
            self.data_message.setText(
                self.tr("Nothing was deleted: enter the PIN and type DELETE.")
            )
            return False
        delete_all(self.store)
        self.delete_word.clear()
        self.data_message.setText(
            self.tr("All data is deleted. Run guardian setup to start again.")
        )
        return True
