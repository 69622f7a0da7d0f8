"""Make the README's screenshots, in Chinese and English, by running Guardian under Xvfb.

    .venv/bin/python tools/screenshots.py

For each language: the demo dashboard (`guardian demo --screenshot`), and the lock screen as a
child meets it. Pictures go to docs/screenshots/.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"

LOCK_SCREEN = """
import sys
from datetime import datetime, timedelta
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from guardian.core.engine import Reason
from guardian.i18n import install_translator
from guardian.ui.lock_screen import LockInfo, LockWindow
from guardian.ui.tips import child_tips
app = QApplication([])
install_translator(app, sys.argv[2])
class Nothing:
    def __getattr__(self, name):
        return lambda *a, **k: (False, 0)
window = LockWindow(app.primaryScreen(), Nothing(), [])
tomorrow = (datetime.now().astimezone() + timedelta(days=1)).replace(hour=6, minute=30)
window.show_info(LockInfo(Reason.DAILY_LIMIT, tomorrow, child_tips()[0]))
window.resize(1024, 640)
window.show()
QTimer.singleShot(800, lambda: (window.grab().save(sys.argv[1]), window.allow_close(), app.quit()))
app.exec()
"""


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write_end)
    with os.fdopen(read_end) as ready:
        display = f":{ready.readline().strip()}"
    try:
        for language in ("zh_CN", "en"):
            env = {
                **os.environ,
                "DISPLAY": display,
                "QT_QPA_PLATFORM": "xcb",
                "GUARDIAN_LANG": language,
            }
            dashboard = OUT / f"dashboard-{language}.png"
            subprocess.run(
                [sys.executable, "-m", "guardian", "demo", "--screenshot", str(dashboard)],
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
            )
            lock = OUT / f"lock-screen-{language}.png"
            subprocess.run(
                [sys.executable, "-c", LOCK_SCREEN, str(lock), language], env=env, check=True
            )
            print(f"{dashboard.relative_to(ROOT)}, {lock.relative_to(ROOT)}")
    finally:
        xvfb.terminate()
        xvfb.wait()


if __name__ == "__main__":
    main()
