"""Known bugs of the Qt bindings that Guardian's pins keep away; each test fails if one returns."""

import subprocess
import sys

PROGRAM = """
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Source(QObject):
    sampled = Signal(object)
source = Source()
for _ in range(500):
    source.sampled.emit(True)
"""


def test_emitting_python_objects_does_not_corrupt_the_interpreter() -> None:
    # PySide6 6.12.0 decrements True's reference count on every emit; Python 3.11 then aborts
    # ("bool_dealloc") at exit. pyproject.toml excludes that release.
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr[-500:]
