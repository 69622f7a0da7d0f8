"""Starting the parent's windows: `guardian dashboard` and `guardian demo`."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication

from guardian import config
from guardian.core.clock import SystemClock
from guardian.core.errors import Error
from guardian.storage.database import open_store
from guardian.ui.dashboard import Dashboard
from guardian.ui.dashboard_data import DashboardData
from guardian.ui.i18n import choose_language, install_translator


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
    store = open_store(config.database_path(home))
    try:
        vault = PinVault(store, SystemClock())
        if not vault.is_set():
            raise NoPinYet(
                "No parent PIN is set yet, so the dashboard stays closed. "
                "Set one with: guardian pin set"
            )

        def verify(pin: str) -> tuple[bool, int]:
            check = vault.verify(pin)
            return check.ok, int(check.wait.total_seconds())

        dashboard = Dashboard(DashboardData(store, SystemClock()), verify, language)
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

            def shoot() -> None:
                dashboard.grab().save(str(screenshot))
                app.quit()

            QTimer.singleShot(1500, shoot)
        print(f"Guardian demo: a made-up family in {home}", flush=True)
        return int(app.exec())
    finally:
        store.close()
