"""The parent's dashboard: today, the week and the month, requests, activity, suggested reading.

Behind the parent PIN, and locked again after five minutes without input. Every figure comes
from `DashboardData`; charts are drawn with pyqtgraph.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from html import escape as html_escape

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QFileInfo, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileIconProvider,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from guardian.school import School
from guardian.storage.models import Child, TimeRequest
from guardian.ui.countdown import category_name
from guardian.ui.dashboard_data import DashboardData
from guardian.ui.guidance_browser import GuidanceBrowser
from guardian.ui.pin_text import refusal
from guardian.ui.school_banner import SchoolBanner
from guardian.ui.tray import duration_text

# The dashboard locks itself again after five minutes without input: a parent who walks away
# does not leave it open to the child.
IDLE_LOCK_MS = 5 * 60 * 1000

CATEGORY_COLOURS = {
    "study": "#3a8d5c", "games": "#c0504d", "video": "#e08e2b", "social": "#5b7fc7",
    "payments": "#8e44ad", "other": "#8a8f98",
}  # fmt: skip
CATEGORY_ORDER = ("study", "games", "video", "social", "payments", "other")


def colour(category: str) -> str:
    return CATEGORY_COLOURS.get(category, "#8a8f98")


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class TodayPage(QWidget):
    def __init__(self, data: DashboardData) -> None:
        super().__init__()
        self.data = data
        self.headline = QLabel()
        self.headline.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.categories = _table([self.tr("Category"), self.tr("Time")])
        self.reading = QLabel()
        self.reading.setWordWrap(True)
        self.language = "en"
        self.plot = pg.PlotWidget(background="w")
        self.plot.setMaximumHeight(140)
        self.plot.hideAxis("left")
        self.plot.setXRange(0, 24)
        self.plot.getAxis("bottom").setTicks([[(h, f"{h:02d}") for h in range(0, 25, 3)]])
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(QLabel(self.tr("Timeline of the day")))
        layout.addWidget(self.plot)
        layout.addWidget(self.categories)
        layout.addWidget(self.reading)

    def show_child(self, child: object, day: date | None = None) -> None:
        day = day or self.data.today()
        used = self.data.day(child, day)  # type: ignore[arg-type]
        if day == self.data.today():
            decision = self.data.decision(child)  # type: ignore[arg-type]
            left = (
                self.tr("The computer is locked now")
                if decision.locked
                else self.tr("Time left today: %1").replace(
                    "%1", duration_text(decision.remaining_seconds)
                )
            )
            text = f"{left} · " + self.tr("used %1").replace("%1", duration_text(used.total))
            showing = self.data.foreground(child)  # type: ignore[arg-type]
            if showing is not None:
                app, category = showing
                text += " · " + self.tr("now: %1 (%2)").replace("%1", app).replace(
                    "%2", category_name(category)
                )
            self.headline.setText(text)
        else:
            self.headline.setText(
                self.tr("%1: used %2")
                .replace("%1", day.isoformat())
                .replace("%2", duration_text(used.total))
            )
        lines = [
            f"<b>{html_escape(reason)}</b> "
            + self.tr("Suggested reading: %1").replace(
                "%1", html_escape(" · ".join(a.title for a in articles))
            )
            for reason, articles in self.data.suggested_reading(child, self.language)  # type: ignore[arg-type]
        ]
        self.reading.setText("<br>".join(lines))
        rows = sorted(used.categories.items(), key=lambda item: -item[1])
        _fill(self.categories, [[category_name(name), duration_text(secs)] for name, secs in rows])
        self.plot.clear()
        zone = self.data.zone
        for span in self.data.timeline(child, day):  # type: ignore[arg-type]
            start = span.start.astimezone(zone)
            hours = start.hour + start.minute / 60 + start.second / 3600
            width = (span.end - span.start).total_seconds() / 3600
            bar = pg.BarGraphItem(
                x0=[hours], width=[width], y0=[0], height=[1], brush=colour(span.category), pen=None
            )
            self.plot.addItem(bar)


class PeriodPage(QWidget):
    """Stacked bars by category per day, the hour-by-weekday heatmap, top programs."""

    day_chosen = Signal(object)  # a date

    def __init__(self, data: DashboardData, days: int) -> None:
        super().__init__()
        self.data, self.days = data, days
        self.first: date = data.today() - timedelta(days=days - 1)
        self.bars = pg.PlotWidget(background="w")
        self.bars.setMinimumHeight(200)
        self.bars.addLegend(offset=(10, 5))
        self.bars.scene().sigMouseClicked.connect(self._clicked)
        self.heat = pg.PlotWidget(background="w")
        self.heat.setMinimumHeight(190)
        self.heat.setMaximumHeight(230)
        self.image = pg.ImageItem()
        self.image.setLookupTable(_blues())
        self.heat.addItem(self.image)
        self.heat.setMouseEnabled(x=False, y=False)
        self.heat.getViewBox().invertY(True)  # Monday on top, as a calendar reads
        self.heat.getAxis("bottom").setTicks([[(h, f"{h:02d}") for h in range(0, 25, 3)]])
        self.heat.getAxis("left").setTicks([[(i + 0.5, d) for i, d in enumerate(_weekday_names())]])
        self.top = _table(
            [self.tr("Program"), self.tr("Category"), self.tr("Time"), self.tr("Change")]
        )
        self.export = QPushButton(self.tr("Export this week's report…"))
        self.export.setVisible(days == 7)
        header = QHBoxLayout()
        header.addWidget(QLabel(self.tr("Time per day, by category")), 1)
        header.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.bars)
        layout.addWidget(QLabel(self.tr("When: hours of the day by weekday")))
        layout.addWidget(self.heat)
        layout.addWidget(QLabel(self.tr("Programs used most")))
        layout.addWidget(self.top)
        self.totals: list[int] = []

    def show_child(self, child: object) -> None:
        self.first = self.data.today() - timedelta(days=self.days - 1)
        days, grid, top = self.data.period(child, self.first, self.days)  # type: ignore[arg-type]
        self.totals = [d.total for d in days]
        self.bars.clear()
        base = [0.0] * len(days)
        for category in CATEGORY_ORDER:
            heights = [d.categories.get(category, 0) / 3600 for d in days]
            if any(heights):
                self.bars.addItem(
                    pg.BarGraphItem(
                        x=list(range(len(days))),
                        height=heights,
                        y0=list(base),
                        width=0.7,
                        brush=colour(category),
                        name=category_name(category),
                    )
                )
                base = [b + h for b, h in zip(base, heights, strict=True)]
        ticks = [
            (i, (self.first + timedelta(days=i)).strftime("%m-%d"))
            for i in range(0, len(days), max(1, len(days) // 10))
        ]
        self.bars.getAxis("bottom").setTicks([ticks])
        self.bars.setLabel("left", self.tr("hours"))
        import numpy as np

        values = np.array(grid, dtype=float).T  # x: hours, y: weekdays
        self.image.setImage(values, levels=(0, max(1.0, float(values.max()))))
        self.image.setRect(QRectF(0, 0, 24, 7))
        rows = []
        for app in top:
            change = app.change
            sign = "+" if change > 0 else ("−" if change < 0 else "")
            rows.append(
                [
                    app.exe_name,
                    category_name(app.category),
                    duration_text(app.seconds),
                    f"{sign}{duration_text(abs(change))}" if change else "=",
                ]
            )
        _fill(self.top, rows)
        for row, app in enumerate(top):
            icon = program_icon(app.exe_path)
            item = self.top.item(row, 0)
            if icon is not None and item is not None:
                item.setIcon(icon)

    def _clicked(self, event: object) -> None:
        point = self.bars.plotItem.vb.mapSceneToView(event.scenePos())  # type: ignore[attr-defined]
        index = round(point.x())
        if 0 <= index < len(self.totals):
            self.day_chosen.emit(self.first + timedelta(days=index))


def _blues() -> object:
    """A white-to-blue scale: the more use in that hour, the darker."""
    import numpy as np

    steps = np.linspace(0.0, 1.0, 256)[:, None]
    white, blue = np.array([255, 255, 255]), np.array([31, 59, 87])
    return (white + (blue - white) * steps).astype(np.uint8)


def program_icon(path: str) -> QIcon | None:
    """The system's icon for a program's file, where the file is on this PC."""
    if not path or not QFileInfo(path).exists():
        return None
    icon = QFileIconProvider().icon(QFileInfo(path))
    return None if icon.isNull() else icon


def _weekday_names() -> list[str]:
    from PySide6.QtCore import QCoreApplication

    return [
        QCoreApplication.translate("Weekdays", "Mon"),
        QCoreApplication.translate("Weekdays", "Tue"),
        QCoreApplication.translate("Weekdays", "Wed"),
        QCoreApplication.translate("Weekdays", "Thu"),
        QCoreApplication.translate("Weekdays", "Fri"),
        QCoreApplication.translate("Weekdays", "Sat"),
        QCoreApplication.translate("Weekdays", "Sun"),
    ]


def event_label(kind: str) -> str:
    """What an event means, in the parent's words."""
    from PySide6.QtCore import QCoreApplication

    labels = {
        "lock": QCoreApplication.translate("Events", "PC locked"),
        "unlock": QCoreApplication.translate("Events", "PC unlocked"),
        "grant": QCoreApplication.translate("Events", "time given"),
        "request": QCoreApplication.translate("Events", "asked for more time"),
        "warning": QCoreApplication.translate("Events", "warned: time nearly up"),
        "limit": QCoreApplication.translate("Events", "program over its limit"),
        "app_closed": QCoreApplication.translate("Events", "program closed"),
        "app_close_refused": QCoreApplication.translate("Events", "program not closed (protected)"),
        "pin_failure": QCoreApplication.translate("Events", "wrong PIN"),
        "clock_jump": QCoreApplication.translate("Events", "clock changed"),
        "suspend": QCoreApplication.translate("Events", "PC asleep"),
        "policy_applied": QCoreApplication.translate("Events", "limits changed"),
        "payment_seen": QCoreApplication.translate("Events", "payment page"),
        "payment_allowed": QCoreApplication.translate("Events", "payment page allowed by a parent"),
        "payment_closed": QCoreApplication.translate("Events", "payment page closed"),
        "parent_mode": QCoreApplication.translate("Events", "parent mode"),
        "parent_mode_ended": QCoreApplication.translate("Events", "parent mode ended"),
        "rest_reminder": QCoreApplication.translate("Events", "rest reminder"),
        "pin_set": QCoreApplication.translate("Events", "PIN set"),
        "pin_reset": QCoreApplication.translate("Events", "PIN reset with the recovery code"),
        "agent_silent": QCoreApplication.translate(
            "Events", "Guardian stopped on the child's desktop: session locked"
        ),
        "agent_back": QCoreApplication.translate("Events", "Guardian running again"),
        "policy_invalid": QCoreApplication.translate(
            "Events", "a saved version of the limits is damaged; the last valid one stays in force"
        ),
        "agent_refused": QCoreApplication.translate(
            "Events", "refused: a program spoke for another account's child"
        ),
        "zone_change": QCoreApplication.translate(
            "Events",
            "the PC's time zone was changed; days are still counted in the family's zone",
        ),
        "store_fault": QCoreApplication.translate(
            "Events",
            "Guardian could not write its data file for a while; the time used then was kept "
            "and saved afterwards",
        ),
        "tampered": QCoreApplication.translate(
            "Events", "Guardian's data was changed outside Guardian: the change is not believed"
        ),
    }
    return labels.get(kind, kind)


class RequestsPage(QWidget):
    answered = Signal()

    def __init__(self, data: DashboardData) -> None:
        super().__init__()
        self.data = data
        self.table = _table(
            [self.tr("Child"), self.tr("Asked at"), self.tr("Minutes"), self.tr("Message")]
        )
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 240)
        self.minutes.setSingleStep(5)
        self.minutes.setValue(15)
        self.approve = QPushButton(self.tr("Approve"))
        self.deny = QPushButton(self.tr("Deny"))
        self.approve.clicked.connect(lambda: self._answer(True))
        self.deny.clicked.connect(lambda: self._answer(False))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Give minutes:")))
        row.addWidget(self.minutes)
        row.addWidget(self.approve)
        row.addWidget(self.deny)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.requests: list[TimeRequest] = []

    def refresh(self) -> None:
        pending = self.data.pending_requests()
        self.requests = [r for r, _ in pending]
        zone = self.data.zone
        _fill(
            self.table,
            [
                [
                    name,
                    r.created_at.astimezone(zone).strftime("%m-%d %H:%M"),
                    str(r.seconds // 60),
                    r.message or "",
                ]
                for r, name in pending
            ],
        )
        if self.requests:
            self.table.selectRow(0)

    def _answer(self, approved: bool) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.requests):
            return
        self.data.answer(
            self.requests[row],
            approved=approved,
            seconds=self.minutes.value() * 60 if approved else None,
        )
        self.refresh()
        self.answered.emit()


EVENT_KINDS = (
    "lock",
    "unlock",
    "grant",
    "request",
    "warning",
    "limit",
    "app_closed",
    "pin_failure",
    "clock_jump",
    "policy_applied",
    "payment_seen",
    "parent_mode",
    "agent_silent",
    "agent_refused",
    "policy_invalid",
    "tampered",
    "store_fault",
    "zone_change",
)


class ActivityPage(QWidget):
    def __init__(self, data: DashboardData) -> None:
        super().__init__()
        self.data = data
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Everything"), None)
        for kind in EVENT_KINDS:
            self.kind.addItem(event_label(kind), kind)
        self.kind.currentIndexChanged.connect(lambda _: self.refresh())
        self.table = _table(
            [self.tr("When"), self.tr("Child"), self.tr("What"), self.tr("Details")]
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.kind)
        layout.addWidget(self.table)
        self.child: object | None = None

    def refresh(self, child: object | None = None) -> None:
        if child is not None:
            self.child = child
        kind = self.kind.currentData()
        events = self.data.events(self.child, [kind] if kind else None)  # type: ignore[arg-type]
        zone = self.data.zone
        _fill(
            self.table,
            [
                [
                    e.at.astimezone(zone).strftime("%m-%d %H:%M"),
                    name,
                    event_label(e.kind),
                    _details(e.data),
                ]
                for e, name in events
            ],
        )


def _details(data: object) -> str:
    if not isinstance(data, dict):
        return ""
    return ", ".join(f"{k}: {v}" for k, v in data.items())


class PinGate(QWidget):
    """The PIN in front of the dashboard."""

    opened = Signal()

    def __init__(self, verify: Callable[[str], tuple[bool, int]]) -> None:
        super().__init__()
        self._verify = verify
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("Parent PIN"))
        self.pin.returnPressed.connect(self._try)
        self.open_button = QPushButton(self.tr("Open the dashboard"))
        self.open_button.clicked.connect(self._try)
        self.feedback = QLabel()
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(
            QLabel(self.tr("The dashboard is for parents. Enter the parent PIN:")),
            alignment=Qt.AlignmentFlag.AlignCenter,
        )
        layout.addWidget(self.pin, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.open_button, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.feedback, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addStretch()

    def _try(self) -> None:
        ok, wait = self._verify(self.pin.text())
        self.pin.clear()
        if ok:
            self.feedback.clear()
            self.opened.emit()
        else:
            self.feedback.setText(refusal(wait))


class Dashboard(QWidget):
    def __init__(
        self,
        data: DashboardData,
        verify_pin: Callable[[str], tuple[bool, int]],
        language: str = "en",
        change_pin: Callable[[str, str], None] | None = None,
        school: School | None = None,
    ) -> None:
        super().__init__()
        self.data = data
        self.setWindowTitle(self.tr("Guardian: parent dashboard"))
        self.resize(1000, 760)
        self.gate = PinGate(verify_pin)
        self.child_box = QComboBox()
        self.today_page = TodayPage(data)
        self.today_page.language = language
        self.week_page = PeriodPage(data, 7)
        self.month_page = PeriodPage(data, 30)
        self.requests_page = RequestsPage(data)
        self.activity_page = ActivityPage(data)
        self.guidance_page = GuidanceBrowser(
            data.library(language), data.favourites(), data.save_favourites
        )
        self.tabs = QTabWidget()
        self.week_page.export.clicked.connect(self.export_report)
        self.language = language
        self.tabs.addTab(self.today_page, self.tr("Today"))
        self.tabs.addTab(self.week_page, self.tr("Week"))
        self.tabs.addTab(self.month_page, self.tr("Month"))
        self.tabs.addTab(self.requests_page, self.tr("Requests"))
        self.tabs.addTab(self.activity_page, self.tr("Activity"))
        self.tabs.addTab(self.guidance_page, self.tr("Guidance"))
        self.limits_holder = QWidget()
        QVBoxLayout(self.limits_holder)
        self.limits_editor: QWidget | None = None
        self.tabs.addTab(self.limits_holder, self.tr("Limits"))
        if change_pin is not None:
            from guardian.ui.settings_page import SettingsPage

            self.settings_page = SettingsPage(data.store, change_pin, verify_pin)
            self.tabs.addTab(self.settings_page, self.tr("Settings"))
        content = QWidget()
        column = QVBoxLayout(content)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Child:")))
        top.addWidget(self.child_box, 1)
        column.addLayout(top)
        column.addWidget(self.tabs)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.gate)
        self.pages.addWidget(content)
        outer = QVBoxLayout(self)
        self.school_banner: SchoolBanner | None = None
        if school is not None:  # on the PIN page too: whom to ask when something is wrong
            self.school_banner = SchoolBanner(school)
            outer.addWidget(self.school_banner)
        outer.addWidget(self.pages)
        self.family = data.children()
        for child in self.family:
            self.child_box.addItem(child.name)
        self.child_box.currentIndexChanged.connect(lambda _: self.refresh())
        for page in (self.week_page, self.month_page):
            page.day_chosen.connect(self.open_day)
        self.requests_page.answered.connect(self._update_request_tab)
        self.gate.opened.connect(self.unlock)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(IDLE_LOCK_MS)
        self.idle.timeout.connect(self.lock)
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]

    @property
    def unlocked(self) -> bool:
        return self.pages.currentIndex() == 1

    def unlock(self) -> None:
        self.pages.setCurrentIndex(1)
        self.refresh()
        self.idle.start()

    def lock(self) -> None:
        self.pages.setCurrentIndex(0)
        self.idle.stop()

    def child(self) -> Child | None:
        index = self.child_box.currentIndex()
        return self.family[index] if 0 <= index < len(self.family) else None

    def refresh(self) -> None:
        child = self.child()
        if child is None or not self.unlocked:
            return
        self.today_page.show_child(child)
        self.week_page.show_child(child)
        self.month_page.show_child(child)
        self.requests_page.refresh()
        self.activity_page.refresh(child)
        self._show_limits(child)
        self._update_request_tab()

    def export_report(self, path: str | None = None) -> None:
        """Save the week's report of the child shown; asks where unless given a path."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from guardian.ui.report import WeeklyReport

        child = self.child()
        if child is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the weekly report"),
                f"{child.name}.pdf",
                "PDF (*.pdf);;HTML (*.html);;CSV (*.csv)",
            )
            if not path:
                return
        WeeklyReport(self.data, child, self.week_page.first, self.language).save(Path(path))

    def _show_limits(self, child: Child) -> None:
        from guardian.ui.limits_editor import LimitsEditor

        layout = self.limits_holder.layout()
        assert layout is not None
        if self.limits_editor is not None:
            layout.removeWidget(self.limits_editor)
            self.limits_editor.deleteLater()
        self.limits_editor = LimitsEditor(self.data.store, child)
        layout.addWidget(self.limits_editor)

    def open_day(self, day: date) -> None:
        child = self.child()
        if child is not None:
            self.today_page.show_child(child, day)
            self.tabs.setCurrentWidget(self.today_page)

    def _update_request_tab(self) -> None:
        count = len(self.requests_page.requests)
        label = self.tr("Requests") + (f" ({count})" if count else "")
        self.tabs.setTabText(self.tabs.indexOf(self.requests_page), label)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.unlocked and event.type() in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.KeyPress,
            QEvent.Type.MouseMove,
        ):
            self.idle.start()  # any input restarts the five minutes
        return False
