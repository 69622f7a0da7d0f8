"""Deleting the family's data on a real SQLite file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from guardian.services import family_data
from guardian.storage import repositories as repo
from guardian.storage.database import open_store
from guardian.storage.models import Base

NOW = datetime(2026, 5, 20, tzinfo=UTC)


def test_delete_all_leaves_no_row_rollups_included(tmp_path: Path) -> None:
    with open_store(tmp_path / "guardian.sqlite3") as store:
        with store.session() as s:
            ann = repo.add_child(s, "Ann", now=NOW)
            start = NOW - timedelta(days=2)
            repo.add_spans(
                s,
                ann,
                [repo.SpanRecord("C:/g.exe", "g.exe", start, start + timedelta(hours=1), "games")],
            )
            day = (start, start + timedelta(days=1))
            assert repo.roll_up(s, ann, [day], now=NOW) == 1  # its usage points at the app
        family_data.delete_all(store)
        with store.session(read_only=True) as s:
            left = {
                table.name: s.scalar(select(func.count()).select_from(table))
                for table in Base.metadata.sorted_tables
            }
    assert set(left.values()) == {0}, left
