"""Starting the parent's windows: `guardian dashboard` and `guardian demo`."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from guardian import config
from guardian.core.clock import SystemClock
from guardian.core.errors import Error
from guardian.core.text import translate
from guardian.i18n import choose_language, install_translator
from guardian.sealing import open_sealed_store
from guardian.storage.database import open_store
from guardian.ui.dashboard import Dashboard
from guardian.ui.dashboard_data import DashboardData


class NoPinYet(Error):
    invalid_input = True


def _application() -> QApplication:
    existing = QApplication.instance()
    return existing if isinstance(existing, QApplication) else QApplication(["guardian"])


def run_dashboard() -> int:
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
            raise NoPinYet(
                translate(
                    "App",
                    "No parent PIN is set yet, so the dashboard stays closed. "
                    "Set one with: guardian pin set",
                )
            )

        def verify(pin: str) -> tuple[bool, int]:
            check = vault.verify(pin)
            return check.ok, int(check.wait.total_seconds())

        def change(current: str, new: str) -> None:
            vault.set_pin(new, current)

        dashboard = Dashboard(DashboardData(store, SystemClock()), verify, language, change)
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


def apply_setup(store: object, setup: object) -> None:
    """Write what the wizard collected: PIN, children with their presets, language."""
    from guardian.core.policy_file import load_policy_file, policy_to_document
    from guardian.pin import PinVault
    from guardian.storage import repositories as repo
    from guardian.ui.wizard import Setup

    assert isinstance(setup, Setup)
    clock = SystemClock()
    PinVault(store, clock).set_pin(setup.pin, recovery_code=setup.recovery_code)  # type: ignore[arg-type]
    now = datetime.now(UTC)
    with store.session() as s:  # type: ignore[attr-defined]
        repo.set_setting(s, "language", setup.language)
        for entry in setup.children:
            child = repo.add_child(s, entry.name, os_user=entry.os_user, age=entry.age, now=now)
            policy = load_policy_file(config.presets_dir() / f"{entry.preset}.toml")
            repo.add_policy_version(
                s,
                child,
                policy_to_document(policy),
                author="parent (setup)",
                now=now,
                comment=f"preset {entry.preset}",
            )


def start_agent_if_mine(setup: object) -> bool:
    """Start the agent now when one of the children signs in with this very account."""
    import sys

    from PySide6.QtCore import QProcess

    from guardian.ui.wizard import Setup, current_account

    assert isinstance(setup, Setup)
    account = current_account()
    if not any(c.os_user == account for c in setup.children):
        return False
    return bool(QProcess.startDetached(sys.executable, ["-m", "guardian", "agent"]))


def run_setup() -> int:
    from guardian.ui.wizard import SetupWizard

    home = config.data_home()
    config.setup_logging(home)
    app = _application()
    install_translator(app, choose_language())
    store = open_sealed_store(config.database_path(home))
    try:

        def apply(setup: object) -> None:
            apply_setup(store, setup)
            start_agent_if_mine(setup)

        wizard = SetupWizard(apply)
        wizard.show()
        return int(app.exec())
    finally:
        store.close()
