"""guardian.core stays pure: importing all of it loads neither Qt nor SQLAlchemy (nor OS layers)."""

import pkgutil
import subprocess
import sys

import guardian.core

FORBIDDEN = ("PySide6", "sqlalchemy", "psutil", "Xlib", "ctypes.wintypes", "keyring")


def test_core_modules_exist() -> None:
    names = [m.name for m in pkgutil.iter_modules(guardian.core.__path__)]
    assert {"clock", "calendar", "policy", "policy_file", "engine", "units"} <= set(names)


def test_importing_core_loads_no_qt_and_no_database() -> None:
    names = [f"guardian.core.{m.name}" for m in pkgutil.iter_modules(guardian.core.__path__)]
    program = (
        "import importlib, sys\n"
        f"for name in {names!r}: importlib.import_module(name)\n"
        f"print(','.join(m for m in {FORBIDDEN!r} if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"guardian.core loaded {result.stdout.strip()}"


def test_the_purity_check_can_fail() -> None:
    program = "import guardian.core.engine, sqlalchemy, sys; print('sqlalchemy' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "True"
