"""Where a school handed Guardian out: the wizard and the dashboard show the school and its
contact, the wizard starts each child from the school's limits (the parent may pick another),
and the uninstaller's PIN window answers only to the right PIN."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from guardian.core.clock import SystemClock
from guardian.core.policy_file import read_policy
from guardian.pin import PinVault
from guardian.school import School, read_profile
from guardian.storage import repositories as repo
from guardian.storage.database import Store, open_store
from guardian.ui.app import apply_setup
from guardian.ui.dashboard import Dashboard
from guardian.ui.dashboard_data import DashboardData
from guardian.ui.pin_check import PinCheckDialog
from guardian.ui.pin_text import CANNOT_CHECK
from guardian.ui.wizard import SCHOOL_CHOICE, Setup, SetupWizard
from tests.test_school import make_profile


@pytest.fixture
def school(tmp_path: Path) -> School:
    return read_profile(make_profile(tmp_path / "profile"))


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    store = open_store(tmp_path / "guardian.sqlite3")
    yield store
    store.close()


def test_the_wizard_shows_the_school_and_starts_from_its_limits(
    qtbot, school: School, store: Store
) -> None:  # type: ignore[no-untyped-def]
    finished: list[Setup] = []
    board = SetupWizard(finished.append, admin_check=lambda account: False, school=school)
    qtbot.addWidget(board)
    banner = board.language_page.banner
    assert banner.name.text() == "From Example No. 1 Primary School"
    assert "Ms Li (class 3), 010-1234 5678" in banner.contact.text()
    assert banner.logo.pixmap() is not None and not banner.logo.pixmap().isNull()
    assert board.language_page.language() == "en"  # the school's locale comes first
    board.pin_page.pin.setText("482915")
    board.pin_page.again.setText("482915")
    for name in ("Xiaoming", "Xiaohong"):
        board.children_page.name.setText(name)
        assert board.children_page.add()
    board.preset_page.initializePage()
    first, second = board.preset_page.choices
    assert first.currentData() == SCHOOL_CHOICE
    assert first.currentText() == ("Example No. 1 Primary School's limits: Example school limits")
    second.setCurrentIndex(second.findData("cn-minor-mode-under-16"))  # the parent decides
    board.preset_page.validatePage()
    board.summary_page.initializePage()
    assert "Example school limits" in board.summary_page.text.text()
    board.accept()
    (setup,) = finished
    apply_setup(store, setup, school)
    assert PinVault(store, SystemClock()).verify("482915").ok
    with store.session(read_only=True) as s:
        policies = {child.name: repo.current_policy(s, child) for child in repo.list_children(s)}
        assert repo.get_setting(s, "title_retention_days") == 0
    school_limits, preset = policies["Xiaoming"], policies["Xiaohong"]
    assert school_limits is not None and preset is not None
    assert school_limits.document["name"] == "Example school limits"
    assert school_limits.comment == "limits of Example No. 1 Primary School"
    assert preset.comment == "preset cn-minor-mode-under-16"
    for version in (school_limits, preset):  # the term calendar goes into every child's limits
        policy = read_policy(version.document, source="test")
        assert [v.name for v in policy.calendar.vacations] == ["Winter vacation"]


def test_without_a_school_the_wizard_is_as_before(qtbot) -> None:  # type: ignore[no-untyped-def]
    board = SetupWizard(lambda setup: None, admin_check=lambda account: False)
    qtbot.addWidget(board)
    assert not hasattr(board.language_page, "banner")
    assert board.language_page.language() == "zh_CN"
    assert SCHOOL_CHOICE not in dict(board.choices())


def test_the_dashboard_shows_the_school_even_before_the_pin(
    qtbot, school: School, store: Store
) -> None:  # type: ignore[no-untyped-def]
    board = Dashboard(
        DashboardData(store, SystemClock()), lambda pin: (False, 0), "en", school=school
    )
    qtbot.addWidget(board)
    board.show()
    assert board.pages.currentWidget() is board.gate
    assert board.school_banner is not None and board.school_banner.isVisible()
    assert "Ms Li" in board.school_banner.contact.text()
    plain = Dashboard(DashboardData(store, SystemClock()), lambda pin: (False, 0), "en")
    qtbot.addWidget(plain)
    assert plain.school_banner is None


def test_the_pin_window_accepts_only_the_right_pin(qtbot) -> None:  # type: ignore[no-untyped-def]
    answers = {"482915": (True, 0), "000000": (False, 0), "111111": (False, 30)}
    dialog = PinCheckDialog(lambda pin: answers.get(pin, (False, CANNOT_CHECK)), "Why")
    qtbot.addWidget(dialog)
    dialog.show()
    for pin, said in (
        ("000000", "That PIN is not right."),
        ("111111", "Try again in 30 s."),
        ("999999", "cannot be checked"),
    ):
        qtbot.keyClicks(dialog.pin, pin)
        dialog.check()
        assert said in dialog.message.text() and dialog.isVisible()
        assert dialog.pin.text() == ""
    qtbot.keyClicks(dialog.pin, "482915")
    dialog.check()
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
