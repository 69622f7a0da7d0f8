"""Test set-up for the whole suite.

Qt must never try to open a real display from a widget test: QT_QPA_PLATFORM defaults to
`offscreen`, set before any QApplication can exist. Tests never touch the user's real data:
GUARDIAN_HOME and XDG_DATA_HOME point into a fresh temporary folder for every test, and messages
are in English unless a test asks for Chinese. The keyring is read in the test's own process: a
test that makes the agent or the service switch to the helper process (`keyring_access`) has it
switched back afterwards.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from guardian import keyring_access

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def guardian_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "guardian-home"
    monkeypatch.setenv("GUARDIAN_HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("GUARDIAN_LANG", "en")  # messages in the source language, whatever the PC's
    monkeypatch.setattr(keyring_access, "_helper", None)
    yield home
