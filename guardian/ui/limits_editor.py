"""The limits editor: a child's daily limits, allowed hours, category limits, presets, history.

Edits a copy of the child's policy document; every field is checked as the parent types, with
the message at the field; Save writes a new policy version only when the whole policy is valid.
The history lists the versions with what changed, and can bring an old one back (as a new
version, so nothing is ever lost).

Allowed hours are painted on a 7 x 24 grid of 15-minute cells. Painting saves hours by weekday;
a policy whose hours follow other rules (school nights, holidays) keeps them until the parent
paints.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guardian import config
from guardian.core.calendar import DayInfo, DayKind, DayType
from guardian.core.policy import WEEKDAYS, Policy
from guardian.core.policy_file import PolicyError, load_policy_file, policy_to_document, read_policy
from guardian.core.units import parse_duration
from guardian.i18n import show
from guardian.storage import repositories as repo
from guardian.storage.database import Store
from guardian.storage.models import Child
from guardian.ui.countdown import category_name

# The ages each preset is written for (the games rule applies to every minor).
PRESET_AGES = {
    "cn-minor-mode-under-16": (0, 15),
    "cn-minor-mode-16-18": (16, 17),
    "cn-school-nights": (5, 12),
    "cn-nppa-2021-games": (0, 17),
}
CELLS_PER_HOUR = 4  # 15-minute cells: fine enough for bedtimes, coarse enough to paint
CELLS = 24 * CELLS_PER_HOUR


class ScheduleGrid(QWidget):
    """Seven rows (Monday first) of 96 quarter hours; drag to paint allowed or not allowed."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.cells = [[True] * CELLS for _ in range(7)]
        self.painted = False  # whether the parent touched it
        self._paint_value = True
        self.setMinimumSize(QSize(600, 7 * 24 + 20))
        self.setMouseTracking(False)

    def _cell_at(self, point: QPoint) -> tuple[int, int] | None:
        left, top = 40, 16
        width = (self.width() - left) / CELLS
        height = (self.height() - top) / 7
        column = int((point.x() - left) // width)
        row = int((point.y() - top) // height)
        if 0 <= row < 7 and 0 <= column < CELLS:
            return row, column
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self._cell_at(event.position().toPoint())
        if cell is not None:
            row, column = cell
            self._paint_value = not self.cells[row][column]
            self._set(row, column)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        cell = self._cell_at(event.position().toPoint())
        if cell is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self._set(*cell)

    def _set(self, row: int, column: int) -> None:
        if self.cells[row][column] != self._paint_value:
            self.cells[row][column] = self._paint_value
            self.painted = True
            self.update()
            self.changed.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        left, top = 40, 16
        width = (self.width() - left) / CELLS
        height = (self.height() - top) / 7
        for hour in range(0, 25, 3):
            painter.drawText(int(left + hour * CELLS_PER_HOUR * width) - 8, 12, f"{hour:02d}")
        for row in range(7):
            painter.drawText(2, int(top + row * height + height * 0.7), WEEKDAYS[row][:3].title())
            for column in range(CELLS):
                rect = QRect(
                    int(left + column * width),
                    int(top + row * height),
                    int(width) + 1,
                    int(height) - 1,
                )
                painter.fillRect(
                    rect, QColor("#3a8d5c") if self.cells[row][column] else QColor("#e6e6e6")
                )
        painter.end()

    def load(self, windows_by_day: list[tuple[tuple[int, int], ...] | None]) -> None:
        """Per weekday, allowed windows in minutes (None: all day)."""
        for row, windows in enumerate(windows_by_day):
            if windows is None:
                self.cells[row] = [True] * CELLS
                continue
            self.cells[row] = [False] * CELLS
            for start, end in windows:
                for column in range(start // 15, min(CELLS, (end + 14) // 15)):
                    self.cells[row][column] = True
        self.painted = False
        self.update()

    def windows(self, row: int) -> list[str]:
        """The row's allowed cells as windows like "06:30-21:00"."""
        found: list[str] = []
        column = 0
        while column < CELLS:
            if self.cells[row][column]:
                start = column
                while column < CELLS and self.cells[row][column]:
                    column += 1
                found.append(f"{_clock(start * 15)}-{_clock(column * 15)}")
            column += 1
        return found


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _usual_day(weekday: int) -> DayInfo:
    """A plain day of that weekday, to show a policy's hours on the grid."""
    from datetime import date, timedelta

    day = date(2026, 11, 16) + timedelta(days=weekday)  # a week with no holiday in it
    usual = DayType.SCHOOL_DAY if weekday < 5 else DayType.REST_DAY
    return DayInfo(
        day,
        usual,
        DayKind.WEEKDAY if weekday < 5 else DayKind.WEEKEND,
        tomorrow=DayType.SCHOOL_DAY if weekday in (0, 1, 2, 3, 6) else DayType.REST_DAY,
    )


class LimitsEditor(QWidget):
    saved = Signal(int)  # the new version number

    def __init__(
        self,
        store: Store,
        child: Child,
        author: str = "parent (dashboard)",
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__()
        self.store, self.child, self.author = store, child, author
        self._now = now or (lambda: datetime.now(UTC))
        self.document: dict[str, Any] = {}
        self.fields: dict[str, QLineEdit] = {}
        self.messages: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)

        limits = QGroupBox(self.tr("Time for the whole computer, per day"))
        form = QFormLayout(limits)
        for key, label in (
            ("school_day", self.tr("School days")),
            ("rest_day", self.tr("Rest days")),
            *((d, self._weekday_label(d)) for d in WEEKDAYS),
        ):
            form.addRow(label, self._field(f"total.limit.{key}"))
        layout.addWidget(limits)

        hours = QGroupBox(self.tr("When the computer may be used (drag to paint)"))
        column = QVBoxLayout(hours)
        self.grid = ScheduleGrid()
        column.addWidget(self.grid)
        layout.addWidget(hours)

        categories = QGroupBox(self.tr("Time per category, per day"))
        self.category_table = QTableWidget(0, 5)
        hours_school, hours_rest = self.tr("Hours on school days"), self.tr("Hours on rest days")
        self.category_table.setHorizontalHeaderLabels(
            [
                self.tr("Category"),
                self.tr("School days"),
                self.tr("Rest days"),
                hours_school,
                hours_rest,
            ]
        )
        QVBoxLayout(categories).addWidget(self.category_table)
        layout.addWidget(categories)

        apps = QGroupBox(self.tr("Programs (from those your child has used)"))
        self.app_table = QTableWidget(0, 5)
        self.app_table.setHorizontalHeaderLabels(
            [
                self.tr("Program"),
                self.tr("Category"),
                self.tr("Limit a day"),
                self.tr("Blocked"),
                self.tr("Always allowed"),
            ]
        )
        QVBoxLayout(apps).addWidget(self.app_table)
        layout.addWidget(apps)

        calendar = QGroupBox(self.tr("School calendar"))
        form = QFormLayout(calendar)
        self.vacations = QLineEdit()
        self.vacations.setPlaceholderText(
            self.tr("e.g. 2027-01-23..2027-02-21 winter, 2027-07-10..2027-08-31 summer")
        )
        self.school_days = QLineEdit()
        self.rest_days = QLineEdit()
        for field in (self.school_days, self.rest_days):
            field.setPlaceholderText("2026-12-26, 2027-01-02")
        form.addRow(self.tr("Vacations:"), self.vacations)
        form.addRow(self.tr("Extra school days:"), self.school_days)
        form.addRow(self.tr("Extra days off:"), self.rest_days)
        layout.addWidget(calendar)

        presets = QHBoxLayout()
        self.preset = QComboBox()
        for path in sorted(config.presets_dir().glob("*.toml")):
            self.preset.addItem(load_policy_file(path).name, path.stem)
        self.preset_text = QLabel()
        self.preset_text.setWordWrap(True)
        self.preset.currentIndexChanged.connect(self._show_preset)
        self.apply_preset_button = QPushButton(self.tr("Use this preset"))
        self.apply_preset_button.clicked.connect(self.apply_preset)
        presets.addWidget(self.preset, 1)
        presets.addWidget(self.apply_preset_button)
        layout.addLayout(presets)
        self.preset_message = QLabel()
        self.preset_message.setWordWrap(True)
        self.preset_message.setStyleSheet("color: #b00020;")
        layout.addWidget(self.preset_message)
        layout.addWidget(self.preset_text)

        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save as a new version"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setWordWrap(True)
        row.addWidget(self.save_button)
        row.addWidget(self.status, 1)
        layout.addLayout(row)

        history = QGroupBox(self.tr("History"))
        column = QVBoxLayout(history)
        self.history = QListWidget()
        self.revert_button = QPushButton(self.tr("Bring back the chosen version"))
        self.revert_button.clicked.connect(self.revert)
        column.addWidget(self.history)
        column.addWidget(self.revert_button)
        layout.addWidget(history)
        self.reload()
        self._show_preset()

    def _weekday_label(self, day: str) -> str:
        labels = {
            "monday": self.tr("Mondays"),
            "tuesday": self.tr("Tuesdays"),
            "wednesday": self.tr("Wednesdays"),
            "thursday": self.tr("Thursdays"),
            "friday": self.tr("Fridays"),
            "saturday": self.tr("Saturdays"),
            "sunday": self.tr("Sundays"),
        }
        return labels[day]

    def _field(self, key: str) -> QWidget:
        box = QWidget()
        line = QHBoxLayout(box)
        line.setContentsMargins(0, 0, 0, 0)
        field = QLineEdit()
        field.setPlaceholderText(self.tr("e.g. 1h30m, 45m, unlimited; empty: as the day type"))
        message = QLabel()
        message.setStyleSheet("color: #b00020;")
        field.textChanged.connect(lambda text, k=key: self._check(k, text))
        line.addWidget(field)
        line.addWidget(message)
        self.fields[key], self.messages[key] = field, message
        return box

    def _check(self, key: str, text: str) -> bool:
        problem = duration_problem(self, text)
        self.messages[key].setText(problem or "")
        return problem is None

    # --- loading and saving --------------------------------------------------------------

    def reload(self) -> None:
        with self.store.session(read_only=True) as s:
            current = repo.current_policy(s, self.child)
            versions = repo.policy_history(s, self.child)
        policy = Policy() if current is None else read_policy(current.document)
        self._load(policy)
        self.history.clear()
        self.versions = versions
        for index, version in enumerate(versions):
            older = versions[index + 1].document if index + 1 < len(versions) else {}
            changed = ", ".join(changes(older, version.document)) or self.tr("first version")
            when = version.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
            self.history.addItem(f"v{version.version} · {when} · {version.author} · {changed}")

    def _load(self, policy: Policy) -> None:
        self.document = policy_to_document(policy)
        limit = self.document.get("total", {}).get("limit", {})
        limit = limit if isinstance(limit, dict) else {"all": limit}
        for key, field in self.fields.items():
            name = key.rsplit(".", 1)[1]
            value = limit.get(
                name, limit.get("all", "") if name in ("school_day", "rest_day") else ""
            )
            field.setText(str(value))
        self.grid.load([_minutes(policy.total.hours.resolve(_usual_day(d))) for d in range(7)])
        self._load_apps(policy)
        cal = policy.calendar
        self.vacations.setText(
            ", ".join(f"{v.start}..{v.end} {v.name}".strip() for v in cal.vacations)
        )
        self.school_days.setText(", ".join(sorted(d.isoformat() for d in cal.school_days)))
        self.rest_days.setText(", ".join(sorted(d.isoformat() for d in cal.rest_days)))
        categories = [c for c in policy.category_names if c != "other"]
        self.category_table.setRowCount(len(categories))
        for row, name in enumerate(categories):
            entries = policy.category(name).limits.limit.entries
            self.category_table.setItem(row, 0, _fixed(category_name(name), name))
            for column, key in ((1, "school_day"), (2, "rest_day")):
                value = entries.get(key, entries.get("all"))
                self.category_table.setItem(
                    row,
                    column,
                    QTableWidgetItem(
                        "" if key not in entries and "all" not in entries else _limit_text(value)
                    ),
                )
            hours = policy.category(name).limits.hours
            for column, weekday in ((3, 0), (4, 6)):
                windows = hours.resolve(_usual_day(weekday))
                text = "" if windows is None else (", ".join(str(w) for w in windows) or "none")
                item = QTableWidgetItem(text)
                item.setData(
                    Qt.ItemDataRole.UserRole, text
                )  # unchanged: the policy's own rules stay
                self.category_table.setItem(row, column, item)

    def edited_document(self) -> dict[str, Any]:
        """The policy document as the editor's fields say."""
        document = copy.deepcopy(self.document)
        total = document.setdefault("total", {})
        limit: dict[str, str] = {}
        for key, field in self.fields.items():
            if field.text().strip():
                limit[key.rsplit(".", 1)[1]] = field.text().strip()
        if limit:
            total["limit"] = limit
        else:
            total.pop("limit", None)
        if self.grid.painted:
            total["hours"] = {WEEKDAYS[d]: self.grid.windows(d) for d in range(7)}
            total["hours"]["school_day"] = self.grid.windows(
                0
            )  # make-up working days: like a Monday
            total["hours"]["rest_day"] = self.grid.windows(
                6
            )  # holidays and vacations: like a Sunday
        categories = document.setdefault("categories", {})
        for row in range(self.category_table.rowCount()):
            header = self.category_table.item(row, 0)
            if header is None:
                continue
            name = header.data(Qt.ItemDataRole.UserRole)
            entry = categories.setdefault(name, {})
            values = {
                key: (self.category_table.item(row, column) or QTableWidgetItem("")).text().strip()
                for column, key in ((1, "school_day"), (2, "rest_day"))
            }
            chosen = {k: v for k, v in values.items() if v}
            if chosen:
                entry["limit"] = chosen
            else:
                entry.pop("limit", None)
            self._edited_category_hours(row, entry)
            if not entry:
                categories.pop(name)
        document["apps"] = self._edited_apps(document.get("apps", []))
        calendar = document.setdefault("calendar", {})
        calendar["vacations"] = _vacations(self.vacations.text())
        calendar["school_days"] = _days(self.school_days.text())
        calendar["rest_days"] = _days(self.rest_days.text())
        return document

    def _edited_category_hours(self, row: int, entry: dict[str, Any]) -> None:
        """Write a category's hours only when the parent changed them in the table."""
        cells = [self.category_table.item(row, column) for column in (3, 4)]
        if all(c is None or c.text().strip() == c.data(Qt.ItemDataRole.UserRole) for c in cells):
            return
        hours: dict[str, list[str]] = {}
        for key, cell in zip(("school_day", "rest_day"), cells, strict=True):
            text = cell.text().strip() if cell is not None else ""
            if text.lower() == "none":
                hours[key] = []
            elif text:
                hours[key] = [w.strip() for w in text.replace("，", ",").split(",") if w.strip()]
        if hours:
            entry["hours"] = hours
        else:
            entry.pop("hours", None)

    def _load_apps(self, policy: Policy) -> None:
        with self.store.session(read_only=True) as s:
            seen = repo.seen_programs(s, self.child)
        rules = {rule.exe: rule for rule in policy.apps if rule.exe and rule.title is None}
        names = list(dict.fromkeys([*rules, *seen]))
        self.app_table.setRowCount(len(names))
        self._other_rules = [
            r
            for r in policy_to_document(policy)["apps"]
            if not (r.get("exe") in rules and "title" not in r)
        ]
        for row, name in enumerate(names):
            rule = rules.get(name)
            self.app_table.setItem(row, 0, _fixed(name, name))
            box = QComboBox()
            box.addItem(self.tr("as the catalog says"), None)
            for category in policy.category_names:
                box.addItem(category_name(category), category)
            box.setCurrentIndex(max(0, box.findData(rule.category if rule else None)))
            self.app_table.setCellWidget(row, 1, box)
            limit = rule.limits.limit.entries.get("all") if rule else None
            self.app_table.setItem(
                row,
                2,
                QTableWidgetItem(
                    _limit_text(limit) if rule and "all" in rule.limits.limit.entries else ""
                ),
            )
            for column, on in (
                (3, bool(rule and rule.blocked)),
                (4, bool(rule and rule.always_allowed)),
            ):
                tick = QTableWidgetItem()
                tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                tick.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                self.app_table.setItem(row, column, tick)

    def _edited_apps(self, current: list[dict[str, Any]]) -> list[dict[str, Any]]:
        rules = list(getattr(self, "_other_rules", []))
        for row in range(self.app_table.rowCount()):
            name_item = self.app_table.item(row, 0)
            box = self.app_table.cellWidget(row, 1)
            if name_item is None or not isinstance(box, QComboBox):
                continue
            rule: dict[str, Any] = {"exe": name_item.data(Qt.ItemDataRole.UserRole)}
            if box.currentData():
                rule["category"] = box.currentData()
            limit_item = self.app_table.item(row, 2)
            if limit_item is not None and limit_item.text().strip():
                rule["limit"] = limit_item.text().strip()
            for column, key in ((3, "blocked"), (4, "always_allowed")):
                tick = self.app_table.item(row, column)
                if tick is not None and tick.checkState() == Qt.CheckState.Checked:
                    rule[key] = True
            if len(rule) > 1:
                rules.append(rule)
        return rules

    def save(self) -> int | None:
        """Write a new version if the policy is valid; otherwise say what is wrong, save nothing."""
        if not all(self._check(k, f.text()) for k, f in self.fields.items()):
            self.status.setText(self.tr("Nothing saved: correct the fields marked in red."))
            return None
        document = self.edited_document()
        try:
            policy = read_policy(document, source=self.tr("the limits"))
        except PolicyError as error:
            self.status.setText(
                self.tr("Nothing saved:")
                + " "
                + "; ".join(f"{p.path}: {show(p.message)}" for p in error.problems)
            )
            return None
        with self.store.session() as s:
            version = repo.add_policy_version(
                s,
                self.child,
                policy_to_document(policy),
                author=self.author,
                now=self._now(),
                comment="dashboard",
            )
            number = version.version
        self.status.setText(self.tr("Saved as version %1.").replace("%1", str(number)))
        self.reload()
        self.saved.emit(number)
        return number

    def apply_preset(self) -> bool:
        """Load the chosen preset, unless it is written for another age (then say so)."""
        preset = str(self.preset.currentData())
        ages = PRESET_AGES.get(preset)
        age = self.child.age
        if ages is not None and age is not None and not ages[0] <= age <= ages[1]:
            text = self.tr("This preset is for ages %1 to %2, and %3 is %4: choose one that fits.")
            for marker, value in (
                ("%1", ages[0]),
                ("%2", ages[1]),
                ("%3", self.child.name),
                ("%4", age),
            ):
                text = text.replace(marker, str(value))
            self.preset_message.setText(text)
            return False
        self.preset_message.clear()
        path = config.presets_dir() / f"{preset}.toml"
        self._load(load_policy_file(path))
        self.grid.painted = False
        self.status.setText(self.tr("Preset loaded: press Save to use it."))
        return True

    def _show_preset(self) -> None:
        path = config.presets_dir() / f"{self.preset.currentData()}.toml"
        if path.is_file():
            policy = load_policy_file(path)
            self.preset_text.setText(policy.description.strip() + "\n" + "; ".join(policy.sources))

    def revert(self) -> int | None:
        row = self.history.currentRow()
        if not 0 <= row < len(self.versions):
            return None
        self._load(read_policy(self.versions[row].document))
        self.grid.painted = False
        return self.save()


def duration_problem(widget: QWidget, text: str) -> str | None:
    text = text.strip()
    if not text or text.lower() == "unlimited":
        return None
    try:
        seconds = parse_duration(text)
    except ValueError:
        return QCoreApplication.translate("LimitsEditor", "write it like 1h30m, 45m or unlimited")
    if seconds > 24 * 3600:
        return QCoreApplication.translate("LimitsEditor", "a day has only 24 hours")
    return None


def changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """The top-level settings that differ between two policy documents."""
    keys = sorted(set(old) | set(new))
    return [k for k in keys if old.get(k) != new.get(k) and k not in ("format",)]


def _minutes(windows: tuple[Any, ...] | None) -> tuple[tuple[int, int], ...] | None:
    if windows is None:
        return None
    # a window that crosses midnight shows its evening on this row; its morning belongs to the
    # next day's row, which the grid shows as that day's own hours
    return tuple((w.start, 24 * 60 if w.crosses_midnight else w.end) for w in windows)


def _limit_text(value: int | None) -> str:
    from guardian.core.units import format_duration

    return "unlimited" if value is None else format_duration(value)


def _fixed(text: str, data: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, data)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _days(text: str) -> list[str]:
    return [part.strip() for part in text.replace("，", ",").split(",") if part.strip()]


def _vacations(text: str) -> list[dict[str, str]]:
    """'2027-01-23..2027-02-21 winter, ...' as the policy's vacation tables (checked on save)."""
    found = []
    for part in _days(text):
        span, _, name = part.partition(" ")
        start, _, end = span.partition("..")
        found.append({"start": start.strip(), "end": end.strip(), "name": name.strip()})
    return found
