"""The first-run wizard: language, parent PIN and recovery code, children, a preset each, done.

Where a school handed Guardian out, the first page shows the school and its contact, the
school's language comes first, and each child starts from the school's limits (still one
choice among the presets: the parent decides).

Nothing is written until the summary's Finish: a wrong field shows its message where it is and
the wizard does not move on. On Finish it sets the PIN, adds the children with their presets,
and starts the agent when one of the children uses this very account.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from guardian.core.pin import PinRejected, check_new_pin, new_recovery_code
from guardian.i18n import show
from guardian.platform.accounts import how_to_fix, is_administrator
from guardian.school import School

AGE_BANDS = (("under-8", 7), ("8-12", 10), ("12-16", 14), ("16-18", 17))
SCHOOL_CHOICE = "school"  # the school's own limits, in place of a preset id


def preset_for_age(age: int) -> str:
    """The preset a family starts from: school nights for primary pupils, minor mode above."""
    if age < 12:
        return "cn-school-nights"
    return "cn-minor-mode-under-16" if age < 16 else "cn-minor-mode-16-18"


@dataclass
class ChildEntry:
    name: str
    age: int
    os_user: str | None
    preset: str


@dataclass(frozen=True)
class Setup:
    language: str
    pin: str
    recovery_code: str
    children: list[ChildEntry]


class LanguagePage(QWizardPage):
    def __init__(self, school: School | None = None) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to Guardian"))
        self.setSubTitle(self.tr("Choose the language Guardian speaks to your family in."))
        self.chinese = QRadioButton("简体中文")
        self.english = QRadioButton("English")
        self.chinese.setChecked(school is None or school.locale != "en")
        self.english.setChecked(not self.chinese.isChecked())
        layout = QVBoxLayout(self)
        if school is not None:
            from guardian.ui.school_banner import SchoolBanner

            self.banner = SchoolBanner(school)
            layout.addWidget(self.banner)
        layout.addWidget(self.chinese)
        layout.addWidget(self.english)

    def language(self) -> str:
        return "zh_CN" if self.chinese.isChecked() else "en"


class PinPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The parent PIN"))
        self.setSubTitle(
            self.tr(
                "Only someone with this PIN can change limits, give time or open the dashboard. Use six characters or more, and not one your child can guess."  # noqa: E501
            )
        )
        self.pin, self.again = QLineEdit(), QLineEdit()
        for field in (self.pin, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        form = QFormLayout(self)
        form.addRow(self.tr("PIN:"), self.pin)
        form.addRow(self.tr("The PIN again:"), self.again)
        form.addRow(self.message)

    def validatePage(self) -> bool:
        try:
            check_new_pin(self.pin.text())
        except PinRejected as problem:
            self.message.setText(show(problem.text))
            return False
        if self.pin.text() != self.again.text():
            self.message.setText(self.tr("The two PINs are not the same."))
            return False
        self.message.clear()
        return True


class RecoveryPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.code = new_recovery_code()
        self.setTitle(self.tr("Your recovery code"))
        self.setSubTitle(
            self.tr(
                "If you ever forget the PIN, this code sets a new one. Write it down and keep it where your child cannot find it. It is shown only now."  # noqa: E501
            )
        )
        shown = QLabel(self.code)
        shown.setStyleSheet("font-size: 24px; font-family: monospace; padding: 12px;")
        self.noted = QCheckBox(self.tr("I have written the code down"))
        self.noted.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(shown)
        layout.addWidget(self.noted)

    def isComplete(self) -> bool:
        return self.noted.isChecked()


class ChildrenPage(QWizardPage):
    def __init__(
        self,
        admin_check: Callable[[str], bool | None] = is_administrator,
        default_preset: Callable[[int], str] = preset_for_age,
    ) -> None:
        super().__init__()
        self._admin_check = admin_check
        self._default_preset = default_preset
        self.setTitle(self.tr("Your children"))
        self.setSubTitle(
            self.tr(
                "Add each child who uses this PC. Give the account they sign in with, if they have their own."  # noqa: E501
            )
        )
        self.name = QLineEdit()
        self.age = QComboBox()
        for band, age in AGE_BANDS:
            self.age.addItem(band, age)
        self.age.setCurrentIndex(1)
        self.account = QLineEdit()
        self.account.setPlaceholderText(self.tr("their account on this PC (optional)"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Age"), self.tr("Account")])
        self.children_entered: list[ChildEntry] = []
        row = QHBoxLayout()
        for widget in (self.name, self.age, self.account, self.add_button):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.table)

    def add(self) -> bool:
        name = self.name.text().strip()
        account = self.account.text().strip() or None
        if not name or len(name) > 64:
            self.message.setText(self.tr("Give the child's name (1 to 64 characters)."))
            return False
        if any(c.name == name for c in self.children_entered):
            self.message.setText(self.tr("%1 is already on the list.").replace("%1", name))
            return False
        warning = ""
        if account is not None:
            admin = self._admin_check(account)
            if admin is None:
                warning = self.tr(
                    "Guardian could not find the account %1 on this PC; check the spelling."
                ).replace("%1", account)
            elif admin:
                warning = (
                    self.tr(
                        "%1 is an administrator account: a child can switch Guardian off from it. %2"  # noqa: E501
                    )
                    .replace("%1", account)
                    .replace("%2", how_to_fix())
                )
        age = int(self.age.currentData())
        self.children_entered.append(ChildEntry(name, age, account, self._default_preset(age)))
        self.table.setRowCount(len(self.children_entered))
        for column, text in enumerate((name, self.age.currentText(), account or "")):
            self.table.setItem(len(self.children_entered) - 1, column, QTableWidgetItem(text))
        self.name.clear()
        self.account.clear()
        self.message.setText(warning)
        self.completeChanged.emit()
        return True

    def isComplete(self) -> bool:
        return bool(self.children_entered)


class PresetPage(QWizardPage):
    def __init__(
        self, children: ChildrenPage, choices: Callable[[], list[tuple[str, str]]] | None = None
    ) -> None:
        super().__init__()
        self._children = children
        self._choices = choices or presets
        self.setTitle(self.tr("Limits to start from"))
        self.setSubTitle(
            self.tr(
                "Each child starts from a set of limits for their age, based on China's rules and guidelines. You can change any limit later in the dashboard."  # noqa: E501
            )
        )
        self.form = QFormLayout(self)
        self.choices: list[QComboBox] = []

    def initializePage(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.choices = []
        for child in self._children.children_entered:
            box = QComboBox()
            for preset, label in self._choices():
                box.addItem(label, preset)
            box.setCurrentIndex(max(0, box.findData(child.preset)))
            self.form.addRow(child.name, box)
            self.choices.append(box)

    def validatePage(self) -> bool:
        for child, box in zip(self._children.children_entered, self.choices, strict=True):
            child.preset = str(box.currentData())
        return True


def presets() -> list[tuple[str, str]]:
    return [
        (
            "cn-school-nights",
            QCoreApplication.translate(
                "Presets",
                "Early nights before school (MOE bedtimes), games and video 30 min on school days",
            ),
        ),
        (
            "cn-minor-mode-under-16",
            QCoreApplication.translate(
                "Presets", "Minor mode under 16: 1 hour a day, nothing 22:00-06:00 (CAC 2024)"
            ),
        ),
        (
            "cn-minor-mode-16-18",
            QCoreApplication.translate(
                "Presets", "Minor mode 16-18: 2 hours a day, nothing 22:00-06:00 (CAC 2024)"
            ),
        ),
        (
            "cn-nppa-2021-games",
            QCoreApplication.translate(
                "Presets", "Games only 20:00-21:00 on Fridays, weekends and holidays (NPPA 2021)"
            ),
        ),
    ]


class SummaryPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Ready"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.text)

    def initializePage(self) -> None:
        labels = dict(self._wizard.choices())
        lines = [
            f"• {c.name}: {labels.get(c.preset, c.preset)}"
            for c in self._wizard.children_page.children_entered
        ]
        self.text.setText(
            self.tr("Guardian will start with these limits:")
            + "\n\n"
            + "\n".join(lines)
            + "\n\n"
            + self.tr("Press Finish to save them and start Guardian.")
        )


class SetupWizard(QWizard):
    """Collects a `Setup`; `apply` (given by the caller) writes it when the parent finishes."""

    def __init__(
        self,
        apply: Callable[[Setup], None],
        admin_check: Callable[[str], bool | None] = is_administrator,
        school: School | None = None,
    ) -> None:
        super().__init__()
        self._apply = apply
        self.school = school
        self._school_limits = school.starting_policy_name() if school else None
        self.setWindowTitle(self.tr("Setting up Guardian"))
        self.language_page = LanguagePage(school)
        self.pin_page = PinPage()
        self.recovery_page = RecoveryPage()
        self.children_page = ChildrenPage(admin_check, self.default_preset)
        self.preset_page = PresetPage(self.children_page, self.choices)
        self.summary_page = SummaryPage(self)
        for page in (
            self.language_page,
            self.pin_page,
            self.recovery_page,
            self.children_page,
            self.preset_page,
            self.summary_page,
        ):
            self.addPage(page)

    def choices(self) -> list[tuple[str, str]]:
        """The limits a child may start from: the school's first, where it gives some."""
        if self.school is None or self._school_limits is None:
            return presets()
        label = self.tr("%1's limits: %2").replace("%1", self.school.name)
        return [(SCHOOL_CHOICE, label.replace("%2", self._school_limits)), *presets()]

    def default_preset(self, age: int) -> str:
        return SCHOOL_CHOICE if self._school_limits is not None else preset_for_age(age)

    def setup(self) -> Setup:
        return Setup(
            self.language_page.language(),
            self.pin_page.pin.text(),
            self.recovery_page.code,
            list(self.children_page.children_entered),
        )

    def accept(self) -> None:
        self._apply(self.setup())
        super().accept()


def current_account() -> str:
    return getpass.getuser()
