"""The limits editor: what the parent types and paints becomes the saved policy; bad input saves
nothing; presets and history."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from guardian.core.policy_file import parse_policy_text, policy_to_document
from guardian.storage import repositories as repo
from guardian.storage.database import Store, open_store
from guardian.storage.models import Child
from guardian.ui.limits_editor import LimitsEditor

NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[tuple[Store, Child]]:
    store = open_store(tmp_path / "guardian.sqlite3")
    with store.session() as s:
        child = repo.add_child(s, "小明", age=10, now=NOW)
        policy = parse_policy_text('[total]\nlimit = "1h"\nhours = ["06:00-21:00"]\n')
        repo.add_policy_version(s, child, policy_to_document(policy), author="setup", now=NOW)
        repo.add_spans(
            s,
            child,
            [
                repo.SpanRecord(
                    "C:/Games/minecraft.exe",
                    "minecraft.exe",
                    NOW,
                    NOW + timedelta(minutes=30),
                    "games",
                )
            ],
        )
    yield store, child
    store.close()


@pytest.fixture
def editor(qtbot, store: tuple[Store, Child]) -> LimitsEditor:  # type: ignore[no-untyped-def]
    widget = LimitsEditor(store[0], store[1], now=lambda: NOW)
    widget.resize(900, 1200)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def current(store: tuple[Store, Child]) -> dict[str, object]:
    with store[0].session(read_only=True) as s:
        version = repo.current_policy(s, store[1])
        assert version is not None
        return version.document


def test_typed_limits_are_saved_as_a_new_version(
    qtbot, editor: LimitsEditor, store: tuple[Store, Child]
) -> None:  # type: ignore[no-untyped-def]
    assert editor.fields["total.limit.school_day"].text() == "1h"
    editor.fields["total.limit.rest_day"].setText("2h30m")
    editor.fields["total.limit.friday"].setText("1h30m")
    assert editor.save() == 2
    assert current(store)["total"]["limit"] == {
        "school_day": "1h",
        "rest_day": "2h30m",
        "friday": "1h30m",
    }  # type: ignore[index]
    assert current(store)["total"]["hours"] == [
        "06:00-21:00"
    ]  # not painted: hours kept as they were  # type: ignore[index]


@pytest.mark.parametrize(("text", "message"), [("1h70x", "1h30m"), ("25h", "24 hours")])
def test_bad_input_shows_at_the_field_and_saves_nothing(
    editor: LimitsEditor, store: tuple[Store, Child], text: str, message: str
) -> None:
    editor.fields["total.limit.school_day"].setText(text)
    assert message in editor.messages["total.limit.school_day"].text()
    assert editor.save() is None
    assert "Nothing saved" in editor.status.text()
    with store[0].session(read_only=True) as s:
        assert len(repo.policy_history(s, store[1])) == 1


def test_painting_the_grid_sets_the_hours(
    qtbot, editor: LimitsEditor, store: tuple[Store, Child]
) -> None:  # type: ignore[no-untyped-def]
    grid = editor.grid
    assert grid.windows(0) == ["06:00-21:00"]
    left, top = 40, 16
    cell_width = (grid.width() - left) / 96
    row_height = (grid.height() - top) / 7

    def point(row: int, quarter: int) -> QPoint:
        return QPoint(int(left + (quarter + 0.5) * cell_width), int(top + (row + 0.5) * row_height))

    # Monday: drag from 20:00 to 20:45 over allowed cells: they become not allowed
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=point(0, 80))
    for quarter in range(81, 84):
        qtbot.mouseMove(grid, point(0, quarter))
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=point(0, 83))
    assert grid.windows(0) == ["06:00-20:00"]  # 20:00-21:00 painted out
    assert editor.save() == 2
    hours = current(store)["total"]["hours"]  # type: ignore[index]
    assert hours["monday"] == grid.windows(0) and hours["school_day"] == grid.windows(0)  # type: ignore[index]
    assert hours["sunday"] == ["06:00-21:00"]  # type: ignore[index]


def test_category_limits(editor: LimitsEditor, store: tuple[Store, Child]) -> None:
    table = editor.category_table
    games = next(
        r
        for r in range(table.rowCount())
        if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == "games"
    )
    table.item(games, 2).setText("2h")
    assert editor.save() == 2
    assert current(store)["categories"]["games"]["limit"] == {"rest_day": "2h"}  # type: ignore[index]


def test_a_preset_then_history_and_revert(editor: LimitsEditor, store: tuple[Store, Child]) -> None:
    editor.preset.setCurrentIndex(editor.preset.findData("cn-minor-mode-under-16"))
    assert "1 hour" in editor.preset_text.text()
    assert editor.apply_preset()
    assert editor.save() == 2
    assert current(store)["name"].startswith("未成年人模式")  # type: ignore[union-attr]
    assert editor.history.count() == 2 and "total" in editor.history.item(0).text()
    editor.history.setCurrentRow(1)  # version 1
    assert editor.revert() == 3
    # version 1's limit, as the editor writes it: the same hour for every kind of day
    assert current(store)["total"]["limit"] == {"school_day": "1h", "rest_day": "1h"}  # type: ignore[index]


def row_of(editor: LimitsEditor, name: str) -> int:
    table = editor.app_table
    return next(
        r
        for r in range(table.rowCount())
        if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == name
    )


def test_app_rules_from_the_programs_seen(editor: LimitsEditor, store: tuple[Store, Child]) -> None:
    row = row_of(editor, "minecraft.exe")
    editor.app_table.item(row, 2).setText("40m")
    assert editor.save() == 2
    assert current(store)["apps"] == [
        {"id": "minecraft.exe", "exe": "minecraft.exe", "limit": "40m"}
    ]
    row = row_of(editor, "minecraft.exe")
    editor.app_table.item(row, 2).setText("")
    editor.app_table.item(row, 3).setCheckState(Qt.CheckState.Checked)
    editor.app_table.item(row, 4).setCheckState(
        Qt.CheckState.Checked
    )  # blocked and always allowed?
    assert editor.save() is None
    assert "both blocked and always allowed" in editor.status.text()


def test_calendar_vacations_and_marked_days(
    editor: LimitsEditor, store: tuple[Store, Child]
) -> None:
    editor.vacations.setText("2027-01-23..2027-02-21 winter")
    editor.school_days.setText("2026-12-26")
    editor.rest_days.setText("2027-01-02，2027-01-03")
    assert editor.save() == 2
    calendar = current(store)["calendar"]
    assert calendar["vacations"] == [{"start": "2027-01-23", "end": "2027-02-21", "name": "winter"}]  # type: ignore[index]
    assert calendar["school_days"] == ["2026-12-26"] and calendar["rest_days"] == [
        "2027-01-02",
        "2027-01-03",
    ]  # type: ignore[index]
    editor.vacations.setText("2027-02-21..2027-01-23 backwards")
    assert editor.save() is None and "before it starts" in editor.status.text()
    editor.vacations.setText("")
    editor.rest_days.setText("2027-02-30")
    assert editor.save() is None and "a date like" in editor.status.text()


def test_a_preset_for_another_age_is_refused(
    editor: LimitsEditor, store: tuple[Store, Child]
) -> None:
    editor.preset.setCurrentIndex(editor.preset.findData("cn-minor-mode-16-18"))
    assert not editor.apply_preset()
    assert (
        "ages 16 to 17" in editor.preset_message.text()
        and "小明 is 10" in editor.preset_message.text()
    )
    assert editor.fields["total.limit.school_day"].text() == "1h"  # nothing loaded


def test_category_hours(editor: LimitsEditor, store: tuple[Store, Child]) -> None:
    table = editor.category_table
    games = next(
        r
        for r in range(table.rowCount())
        if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == "games"
    )
    table.item(games, 3).setText("none")
    table.item(games, 4).setText("19:00-20:00")
    assert editor.save() == 2
    assert current(store)["categories"]["games"]["hours"] == {
        "school_day": [],
        "rest_day": ["19:00-20:00"],
    }  # type: ignore[index]
    table = editor.category_table
    games = next(
        r
        for r in range(table.rowCount())
        if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == "games"
    )
    table.item(games, 4).setText("21:00-20:00x")
    assert editor.save() is None and "categories.games.hours" in editor.status.text()
