"""The Alembic migrations build exactly the schema the models describe."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import CheckConstraint, Column, Engine, Integer, MetaData, String, inspect, text

from guardian.storage import repositories as repo
from guardian.storage.database import (
    HEAD_REVISION,
    MIGRATIONS_DIR,
    Store,
    alembic_config,
    current_revision,
    head_revision,
    make_engine,
    open_store,
)
from guardian.storage.models import Base


def differences(engine: Engine, metadata: MetaData) -> list[Any]:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, metadata))


def test_an_empty_database_is_migrated_to_head(store: Store) -> None:
    assert current_revision(store.engine) == head_revision()


def test_the_migrated_schema_matches_the_models(store: Store) -> None:
    assert differences(store.engine, Base.metadata) == []


def test_the_schema_comparison_can_fail(store: Store) -> None:
    changed = MetaData(naming_convention=Base.metadata.naming_convention)
    for table in Base.metadata.sorted_tables:
        table.to_metadata(changed)
    changed.tables["child"].append_column(Column("nickname", String()))
    changed.tables["app"].c["exe_name"].type = Integer()
    found = differences(store.engine, changed)
    assert any(d[0] == "add_column" and d[3].name == "nickname" for d in found)
    assert any(isinstance(d, list) and d[0][0] == "modify_type" for d in found)


def test_check_constraints_are_in_the_database(store: Store) -> None:
    # compare_metadata does not look at CHECK constraints; compare their names instead.
    inspector = inspect(store.engine)
    checked = set()
    for table in Base.metadata.sorted_tables:
        # The naming convention has already turned each model's name into the full one.
        expected = {c.name for c in table.constraints if isinstance(c, CheckConstraint)}
        found = {c["name"] for c in inspector.get_check_constraints(table.name)}
        assert found == expected, table.name
        checked |= found
    assert "ck_time_grant_seconds_or_until" in checked


def test_tables_without_rowid_are_so_in_the_database(store: Store) -> None:
    # compare_metadata does not look at WITHOUT ROWID either.
    with store.engine.connect() as connection:
        found = connection.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'table'"))
        created: dict[str, str] = {name: sql for name, sql in found}
    for table in Base.metadata.sorted_tables:
        with_rowid = table.dialect_options["sqlite"]["with_rowid"] is not False
        assert ("WITHOUT ROWID" not in created[table.name]) == with_rowid, table.name
    assert "WITHOUT ROWID" in created["rolled_usage"]


def test_a_store_at_0002_keeps_its_usage_and_can_roll_it_up(tmp_path: Path) -> None:
    path = tmp_path / "guardian.sqlite3"
    day = (datetime(2026, 5, 9, tzinfo=UTC), datetime(2026, 5, 10, tzinfo=UTC))
    start = int(day[0].timestamp() * 1000)
    hour = 3_600_000
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0002")
            connection.execute(
                text("INSERT INTO child (id, name, created_at) VALUES (1, 'Ann', :t)"), {"t": start}
            )
            connection.execute(
                text(
                    "INSERT INTO app (id, exe_path, exe_name, first_seen) "
                    "VALUES (1, 'C:/steam.exe', 'steam.exe', :t)"
                ),
                {"t": start},
            )
            connection.execute(
                text(
                    'INSERT INTO usage_span (child_id, app_id, start, "end", category, counted) '
                    "VALUES (1, 1, :a, :b, 'games', 1)"
                ),
                [
                    {"a": start + 8 * hour, "b": start + 9 * hour},
                    {"a": start + 23 * hour + 600_000, "b": start + 24 * hour + 600_000},
                ],
            )
        assert current_revision(engine) == "0002"
    finally:
        engine.dispose()
    with open_store(path) as store:
        assert current_revision(store.engine) == head_revision() != "0002"
        with store.session() as s:
            ann = repo.get_child(s, "Ann")
            from_spans = repo.usage_by_interval(s, ann, [day])
            assert from_spans[0].apps == {"steam.exe": 3600 + 3000}
            assert repo.roll_up(s, ann, [day], now=day[1]) == 1
            s.execute(text("DELETE FROM usage_span"))  # the rollup answers alone
            assert repo.usage_by_interval(s, ann, [day]) == from_spans


def test_there_is_one_line_of_revisions_and_files_are_named_by_them() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert len(script.get_heads()) == 1
    for revision in script.walk_revisions():
        assert Path(revision.path).name.startswith(f"{revision.revision}_")
        assert Path(revision.path).parent == MIGRATIONS_DIR / "versions"


def test_head_revision_names_the_newest_migration() -> None:
    """A store at HEAD_REVISION is opened without Alembic: a new migration must move it."""
    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD_REVISION


def test_downgrade_to_nothing_and_upgrade_again(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'scratch.sqlite3'}")
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
            command.downgrade(alembic_config(connection), "base")
            assert set(inspect(connection).get_table_names()) == {"alembic_version"}
            command.upgrade(alembic_config(connection), "head")
        assert current_revision(engine) == head_revision()
        assert differences(engine, Base.metadata) == []
    finally:
        engine.dispose()


def test_env_py_needs_a_connection() -> None:
    with pytest.raises(RuntimeError, match="connection"):
        command.upgrade(alembic_config(), "head")
