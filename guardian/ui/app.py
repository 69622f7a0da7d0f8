"""Starting the parent's windows: `guardian dashboard` and `guardian demo`."""

from __future__ import annotations

import logging
import os
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from guardian import config
from guardian.core.clock import SystemClock
from guardian.core.errors import Error
from guardian.i18n import choose_language, install_translator, show
from guardian.school import School
from guardian.sealing import open_sealed_store
from guardian.storage.database import open_store
from guardian.ui.dashboard import Dashboard
from guardian.ui.dashboard_data import DashboardData


def _application() -> QApplication:
    existing = QApplication.instance()
    return existing if isinstance(existing, QApplication) else QApplication(["guardian"])


def run_dashboard() -> int:
    """The parent's window; before any PIN is set (the first start after installing, from the
    menu entry), the set-up wizard instead."""
    from guardian.pin import PinVault

    home = config.data_home()
    config.setup_logging(home)
    app = _application()
    language = choose_language()
    install_translator(app, language)
    store = open_sealed_store(config.database_path(home))
    try:
        vault = PinVault(store, SystemClock())
        if not vault.is_set():
            store.close()
            return run_setup()

        def verify(pin: str) -> tuple[bool, int]:
            check = vault.verify(pin)
            return check.ok, int(check.wait.total_seconds())

        def change(current: str, new: str) -> None:
            vault.set_pin(new, current)

        from guardian.school import current_school

        dashboard = Dashboard(
            DashboardData(store, SystemClock()), verify, language, change, current_school()
        )
        dashboard.show()
        return int(app.exec())
    finally:
        store.close()


def run_demo(screenshot: Path | None = None) -> int:
    """The dashboard over a made-up family, in a temporary data home; no PIN needed."""
    from guardian.demo import demo_home, fill

    home = demo_home()
    os.environ["GUARDIAN_HOME"] = str(home)
    app = _application()
    language = choose_language()
    install_translator(app, language)
    store = open_store(config.database_path(home))
    try:
        data = DashboardData(store, SystemClock())
        fill(store, datetime.now(UTC).astimezone(data.zone).date(), data.zone)
        dashboard = Dashboard(data, lambda pin: (True, 0), language)
        dashboard.setWindowTitle(dashboard.windowTitle() + " (demo)")
        dashboard.unlock()
        dashboard.show()
        if screenshot is not None:
            from PySide6.QtCore import QTimer

            dashboard.tabs.setCurrentWidget(
                dashboard.week_page
            )  # the week says the most at a glance

            def shoot() -> None:
                dashboard.grab().save(str(screenshot))
                app.quit()

            QTimer.singleShot(1500, shoot)
        demo = QCoreApplication.translate("App", "Guardian demo: a made-up family in %1")
        print(demo.replace("%1", str(home)), flush=True)
        return int(app.exec())
    finally:
        store.close()


def run_pin_check() -> int:
    """`guardian pin verify --dialog`: 0 when the parent gives the right PIN, or when no PIN
    is set yet (nothing to protect); 1 otherwise, including a PIN that cannot be checked."""
    from PySide6.QtWidgets import QMessageBox

    from guardian.keyring_access import KeyringUnavailable
    from guardian.pin import PinVault
    from guardian.storage.errors import StoreError
    from guardian.ui.pin_check import PinCheckDialog
    from guardian.ui.pin_text import CANNOT_CHECK

    app = _application()
    install_translator(app, choose_language())
    home = config.data_home()
    if not config.database_path(home).exists():
        return 0  # Guardian never started here: no family, no PIN
    try:
        store = open_sealed_store(config.database_path(home))
    except Error as error:
        QMessageBox.warning(None, "Guardian", show(error.text))
        return 1
    try:
        vault = PinVault(store, SystemClock())
        if not vault.is_set():
            return 0

        def verify(pin: str) -> tuple[bool, int]:
            try:
                check = vault.verify(pin)
            except (KeyringUnavailable, StoreError):
                return False, CANNOT_CHECK
            return check.ok, int(check.wait.total_seconds())

        dialog = PinCheckDialog(
            verify,
            QCoreApplication.translate(
                "App",
                "Removing Guardian takes the parent PIN. The family's data stays on this "
                "computer unless you choose to delete it.",
            ),
        )
        return 0 if dialog.exec() == PinCheckDialog.DialogCode.Accepted else 1
    finally:
        store.close()


def apply_setup(store: object, setup: object, school: School | None = None) -> None:
    """Write what the wizard collected: PIN, children with their presets, language; with a
    school, its term calendar goes into every child's limits and its choice about titles."""
    from guardian.core.policy_file import load_policy_file, policy_to_document
    from guardian.pin import PinVault
    from guardian.services.family_data import set_title_retention
    from guardian.storage import repositories as repo
    from guardian.ui.wizard import SCHOOL_CHOICE, Setup

    assert isinstance(setup, Setup)
    clock = SystemClock()
    PinVault(store, clock).set_pin(setup.pin, recovery_code=setup.recovery_code)  # type: ignore[arg-type]
    now = datetime.now(UTC)
    with store.session() as s:  # type: ignore[attr-defined]
        repo.set_setting(s, "language", setup.language)
        for entry in setup.children:
            child = repo.add_child(s, entry.name, os_user=entry.os_user, age=entry.age, now=now)
            if entry.preset == SCHOOL_CHOICE and school is not None:
                document = school.starting_policy()
                comment = f"limits of {school.name}"
            else:
                path = config.presets_dir() / f"{entry.preset}.toml"
                document = policy_to_document(load_policy_file(path))
                comment = f"preset {entry.preset}"
            if school is not None and document is not None:
                document = school.with_calendar(document)
            assert document is not None
            repo.add_policy_version(
                s, child, document, author="parent (setup)", now=now, comment=comment
            )
    if school is not None and school.record_titles is False:
        set_title_retention(store, 0, now)  # type: ignore[arg-type]


def start_agent_if_mine(setup: object) -> bool:
    """Start the agent now when one of the children signs in with this very account."""
    from PySide6.QtCore import QProcess

    from guardian.ui.wizard import Setup, current_account

    assert isinstance(setup, Setup)
    account = current_account()
    if not any(c.os_user == account for c in setup.children):
        return False
    program, *arguments = config.own_command("agent")
    return bool(QProcess.startDetached(program, arguments))


def _school_for_setup(store: object) -> School | None:
    """The school profile the wizard starts from: one built into this installation is applied
    to the family first. A damaged one is logged and set aside: setting up goes on without it."""
    from guardian.school import SchoolError, apply_installed

    try:
        return apply_installed(store, datetime.now(UTC))
    except SchoolError as error:
        logging.getLogger(__name__).warning("the installed school profile is not used:\n%s", error)
        return None


def run_setup() -> int:
    from guardian.ui.wizard import SetupWizard

    home = config.data_home()
    config.setup_logging(home)
    app = _application()
    install_translator(app, choose_language())
    store = open_sealed_store(config.database_path(home))
    try:
        school = _school_for_setup(store)

        def apply(setup: object) -> None:
            apply_setup(store, setup, school)
            start_agent_if_mine(setup)

        wizard = SetupWizard(apply, school=school)
        wizard.show()
        return int(app.exec())
    finally:
        store.close()
