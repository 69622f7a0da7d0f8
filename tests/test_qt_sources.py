"""Modules imported after PySide6 leave no source in memory, and tracebacks still show it.

Each check runs in a fresh interpreter: this one imported PySide6 long ago.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

MODULE = """
def fail():
    raise ValueError("from the module")  # the line a traceback shows
"""

PROGRAM = """
import linecache, sys, traceback
from pathlib import Path
sys.path.insert(0, sys.argv[1])
if sys.argv[2] == "forget":
    from guardian.qt_sources import forget_imported_sources
    assert forget_imported_sources() and forget_imported_sources()
else:
    import PySide6.QtCore
import imported_late
print(str(Path(imported_late.__file__)) in linecache.cache)
try:
    imported_late.fail()
except ValueError:
    print("the line a traceback shows" in traceback.format_exc())
"""


def run(tmp_path: Path, how: str) -> list[str]:
    (tmp_path / "imported_late.py").write_text(MODULE)
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM, str(tmp_path), how],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.split()


@pytest.mark.parametrize(("how", "kept"), [("forget", "False"), ("keep", "True")])
def test_the_source_of_a_module_imported_after_pyside(tmp_path: Path, how: str, kept: str) -> None:
    """Without `forget_imported_sources`, PySide's import check keeps the source (the test that
    can fail: if a new PySide stops doing it, the wrapper can go)."""
    assert run(tmp_path, how) == [kept, "True"]
