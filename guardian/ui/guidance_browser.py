"""The guidance browser: find an article by topic, age or words; read it; print it; keep it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from guardian.core.guidance import AGE_BANDS, TOPICS, Article, Library
from guardian.i18n import qt_translate
from guardian.ui.pdf import print_to_pdf


def topic_name(topic: str) -> str:
    names = {
        "addiction": QCoreApplication.translate("Topics", "internet addiction"),
        "help": QCoreApplication.translate("Topics", "getting help"),
        "agreements": QCoreApplication.translate("Topics", "family agreements"),
        "limits": QCoreApplication.translate("Topics", "limits"),
        "role-models": QCoreApplication.translate("Topics", "parents as role models"),
        "routine": QCoreApplication.translate("Topics", "daily rhythm"),
        "sleep": QCoreApplication.translate("Topics", "sleep"),
        "eyes": QCoreApplication.translate("Topics", "eyes"),
        "outdoors": QCoreApplication.translate("Topics", "outdoors"),
        "games": QCoreApplication.translate("Topics", "games"),
        "spending": QCoreApplication.translate("Topics", "spending"),
        "video": QCoreApplication.translate("Topics", "video"),
        "social": QCoreApplication.translate("Topics", "social apps"),
        "bullying": QCoreApplication.translate("Topics", "bullying"),
        "harmful-content": QCoreApplication.translate("Topics", "harmful content"),
        "reporting": QCoreApplication.translate("Topics", "reporting"),
        "privacy": QCoreApplication.translate("Topics", "privacy"),
        "fraud": QCoreApplication.translate("Topics", "fraud"),
        "media-literacy": QCoreApplication.translate("Topics", "judging what you read"),
        "learning": QCoreApplication.translate("Topics", "learning online"),
        "school": QCoreApplication.translate("Topics", "school and home"),
        "age-guide": QCoreApplication.translate("Topics", "age by age"),
        "guardian": QCoreApplication.translate("Topics", "about Guardian"),
    }
    return names.get(topic, topic)


class GuidanceBrowser(QWidget):
    def __init__(
        self,
        library: Library,
        favourites: set[str],
        save_favourites: Callable[[set[str]], None],
    ) -> None:
        super().__init__()
        self.library, self.favourites, self._save = library, set(favourites), save_favourites
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the articles"))
        self.topic = QComboBox()
        self.topic.addItem(self.tr("All topics"), None)
        for topic in TOPICS:
            self.topic.addItem(topic_name(topic), topic)
        self.age = QComboBox()
        self.age.addItem(self.tr("All ages"), None)
        for band in AGE_BANDS:
            self.age.addItem(band, band)
        self.only_favourites = QCheckBox(self.tr("Favourites"))
        for signal in (
            self.search.textChanged,
            self.topic.currentIndexChanged,
            self.age.currentIndexChanged,
            self.only_favourites.toggled,
        ):
            signal.connect(self.refresh)
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._open)
        self.reader = QTextBrowser()
        self.reader.setOpenExternalLinks(False)
        self.sources = QLabel()
        self.sources.setWordWrap(True)
        self.favourite_button = QPushButton()
        self.favourite_button.clicked.connect(self.toggle_favourite)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_article)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.clicked.connect(lambda: self.save_pdf())  # noqa: PLW0108 - clicked passes a bool
        filters = QHBoxLayout()
        for widget in (self.search, self.topic, self.age, self.only_favourites):
            filters.addWidget(widget)
        actions = QHBoxLayout()
        for button in (self.favourite_button, self.print_button, self.pdf_button):
            actions.addWidget(button)
        right = QVBoxLayout()
        right.addWidget(self.reader, 1)
        right.addWidget(self.sources)
        right.addLayout(actions)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(right, 2)
        # Articles a school pack got wrong are not shown, and the parent is told which and why.
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #8a4b00;")
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._show_problems()
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(filters)
        layout.addLayout(body)
        self.shown: list[Article] = []
        self.current: Article | None = None
        self.refresh()

    def _show_problems(self) -> None:
        problems = self.library.problems
        self.notice.setVisible(bool(problems))
        if not problems:
            return
        lines = [p.describe(file, qt_translate) for file, p in problems[:5]]
        if len(problems) > 5:
            lines.append(self.tr("and %1 more").replace("%1", str(len(problems) - 5)))
        self.notice.setText(
            self.tr("These articles are not shown until they are corrected:")
            + "\n"
            + "\n".join(lines)
        )

    def refresh(self) -> None:
        pool = self.library.filtered(self.topic.currentData(), self.age.currentData())
        if self.only_favourites.isChecked():
            pool = [a for a in pool if a.id in self.favourites]
        self.shown = [a for a in self.library.search(self.search.text(), pool) if a.id != "tips"]
        self.list.clear()
        for article in self.shown:
            title = ("★ " if article.id in self.favourites else "") + article.title
            if article.origin != "guardian":
                title += f" · {article.origin}"
            item = QListWidgetItem(title)
            item.setToolTip(article.summary)
            self.list.addItem(item)
        if self.shown:
            self.list.setCurrentRow(0)
        else:
            self._show(None)

    def _open(self, row: int) -> None:
        self._show(self.shown[row] if 0 <= row < len(self.shown) else None)

    def _show(self, article: Article | None) -> None:
        self.current = article
        for button in (self.favourite_button, self.print_button, self.pdf_button):
            button.setEnabled(article is not None)
        if article is None:
            self.reader.setMarkdown(
                self.tr("No article matches. Try other words or fewer filters.")
            )
            self.sources.clear()
            self.favourite_button.setText(self.tr("Keep as a favourite"))
            return
        self.reader.setMarkdown(f"# {article.title}\n\n{article.body}")
        sources = self.tr("Sources: %1").replace("%1", "; ".join(article.sources))
        if article.origin != "guardian":
            sources = self.tr("From %1.").replace("%1", article.origin) + " " + sources
        self.sources.setText(sources)
        self.favourite_button.setText(
            self.tr("Remove from favourites")
            if article.id in self.favourites
            else self.tr("Keep as a favourite")
        )

    def toggle_favourite(self) -> None:
        if self.current is None:
            return
        self.favourites ^= {self.current.id}
        self._save(set(self.favourites))
        self._show(self.current)

    def document(self) -> QTextDocument:
        document = QTextDocument()
        if self.current is not None:
            sources = "\n\n---\n\n" + self.tr("Sources: %1").replace(
                "%1", "; ".join(self.current.sources)
            )
            document.setMarkdown(f"# {self.current.title}\n\n{self.current.body}{sources}")
        return document

    def save_pdf(self, path: Path | None = None) -> Path | None:
        if self.current is None:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save as PDF"), f"{self.current.id}.pdf", "PDF (*.pdf)"
            )
            if not chosen:
                return None
            path = Path(chosen)
        print_to_pdf(self.document(), path, margin_points=18)
        return path

    def print_article(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec():
            self.document().print_(printer)
