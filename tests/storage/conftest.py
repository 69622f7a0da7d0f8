"""A new store in the test's folder, and a session on it that commits when the test ends."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from guardian.storage.database import Store, open_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "guardian.sqlite3") as opened:
        yield opened


@pytest.fixture
def s(store: Store) -> Iterator[Session]:
    with store.session() as session:
        yield session
