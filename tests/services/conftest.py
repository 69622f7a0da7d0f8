import pytest


@pytest.fixture(autouse=True)
def _qt_application(qapp: object) -> object:
    """Services own QTimers: a QApplication must exist before any of them starts."""
    return qapp
