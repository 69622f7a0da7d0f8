"""The first-run wizard: bad input stops it with a message; finishing sets everything up."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from guardian.core.clock import SystemClock
from guardian.pin import PinVault
from guardian.storage import repositories as repo
from guardian.storage.database import Store, open_store
from guardian.ui.app import apply_setup
from guardian.ui.wizard import Setup, SetupWizard, preset_for_age


@pytest.fixture
def wizard(qtbot) -> tuple[SetupWizard, list[Setup]]:  # type: ignore[no-untyped-def]
    finished: list[Setup] = []
    admins = {"xiaohong"}
    board = SetupWizard(
        finished.append,
        admin_check=lambda account: account in admins if account != "ghost" else None,
    )
    qtbot.addWidget(board)
    return board, finished


def test_the_pin_page_refuses_short_or_different_pins(
    qtbot, wizard: tuple[SetupWizard, list[Setup]]
) -> None:  # type: ignore[no-untyped-def]
    page = wizard[0].pin_page
    qtbot.keyClicks(page.pin, "12345")
    qtbot.keyClicks(page.again, "12345")
    assert not page.validatePage() and "at least 6" in page.message.text()
    page.pin.setText("482915")
    page.again.setText("482916")
    assert not page.validatePage() and page.message.text() == "The two PINs are not the same."
    page.again.setText("482915")
    assert page.validatePage()


def test_the_recovery_code_must_be_noted(wizard: tuple[SetupWizard, list[Setup]]) -> None:
    page = wizard[0].recovery_page
    assert not page.isComplete()
    page.noted.setChecked(True)
    assert page.isComplete()


def test_children_names_and_administrator_accounts(
    qtbot, wizard: tuple[SetupWizard, list[Setup]]
) -> None:  # type: ignore[no-untyped-def]
    page = wizard[0].children_page
    assert not page.isComplete()
    assert not page.add() and "name" in page.message.text()
    page.name.setText("小明")  # QTest cannot type Chinese characters
    assert page.add() and page.message.text() == ""
    page.name.setText("小明")  # QTest cannot type Chinese characters
    assert not page.add() and "already on the list" in page.message.text()
    page.name.setText("小红")
    page.age.setCurrentIndex(2)  # 12-16
    page.account.setText("xiaohong")
    assert page.add()
    assert "administrator account" in page.message.text()
    page.name.setText("小刚")
    page.account.setText("ghost")
    assert page.add() and "could not find the account" in page.message.text()
    assert [c.preset for c in page.children_entered] == [
        "cn-school-nights",
        "cn-minor-mode-under-16",
        "cn-minor-mode-under-16",  # the age box keeps its last choice
    ]
    assert page.isComplete()


@pytest.mark.parametrize(
    ("age", "preset"),
    [
        (6, "cn-school-nights"),
        (11, "cn-school-nights"),
        (13, "cn-minor-mode-under-16"),
        (17, "cn-minor-mode-16-18"),
    ],
)
def test_presets_by_age(age: int, preset: str) -> None:
    assert preset_for_age(age) == preset


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    store = open_store(tmp_path / "guardian.sqlite3")
    yield store
    store.close()


def test_finishing_sets_up_pin_children_and_limits(
    qtbot, wizard: tuple[SetupWizard, list[Setup]], store: Store
) -> None:  # type: ignore[no-untyped-def]
    board, finished = wizard
    board.pin_page.pin.setText("482915")
    board.pin_page.again.setText("482915")
    board.children_page.name.setText("小明")
    board.children_page.add()
    board.preset_page.initializePage()
    board.preset_page.choices[0].setCurrentIndex(
        board.preset_page.choices[0].findData("cn-nppa-2021-games")
    )
    board.preset_page.validatePage()
    board.accept()
    (setup,) = finished
    apply_setup(store, setup)
    vault = PinVault(store, SystemClock())
    assert vault.verify("482915").ok
    vault.reset_with_recovery(setup.recovery_code, "735102")  # the code shown in the wizard works
    with store.session(read_only=True) as s:
        (child,) = repo.list_children(s)
        current = repo.current_policy(s, child)
        assert child.name == "小明" and current is not None
        assert current.comment == "preset cn-nppa-2021-games"
        assert repo.get_setting(s, "language") == "zh_CN"


def test_the_agent_starts_when_a_child_uses_this_account(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QProcess

    from guardian.ui.app import start_agent_if_mine
    from guardian.ui.wizard import ChildEntry, current_account

    started: list[list[str]] = []
    monkeypatch.setattr(
        QProcess, "startDetached", staticmethod(lambda program, args: started.append(args) or True)
    )
    elsewhere = Setup(
        "zh_CN",
        "482915",
        "AAAAA-BBBBB-CCCCC-DDDDD",
        [ChildEntry("小明", 10, "someone-else", "cn-school-nights")],
    )
    assert not start_agent_if_mine(elsewhere) and started == []
    here = Setup(
        "zh_CN",
        "482915",
        "AAAAA-BBBBB-CCCCC-DDDDD",
        [ChildEntry("小明", 10, current_account(), "cn-school-nights")],
    )
    assert start_agent_if_mine(here)
    assert started == [["-m", "guardian", "agent"]]


def test_the_dashboard_opens_the_wizard_before_any_pin_is_set(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The menu entry is the dashboard: at the first start after installing, it sets up."""
    from guardian.ui import app

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    started: list[str] = []
    monkeypatch.setattr(app, "run_setup", lambda: started.append("setup") or 0)
    assert app.run_dashboard() == 0
    assert started == ["setup"]
