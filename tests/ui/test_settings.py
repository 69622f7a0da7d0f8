"""Settings: title retention, export, delete (PIN and a typed word), PIN change, language."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from guardian.core.errors import Error
from guardian.demo import fill
from guardian.storage import repositories as repo
from guardian.storage.database import Store, open_store
from guardian.storage.models import UsageSpan
from guardian.ui.settings_page import SettingsPage

ZONE = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 20, 18, 0, tzinfo=ZONE)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path / "guardian.sqlite3")
    fill(store, NOW.date(), ZONE)
    yield store
    store.close()


@pytest.fixture
def page(qtbot, store: Store) -> SettingsPage:  # type: ignore[no-untyped-def]
    changes: list[tuple[str, str]] = []

    def change(current: str, new: str) -> None:
        if current != "482915":
            raise Error("that PIN is not right")
        changes.append((current, new))

    settings = SettingsPage(store, change, lambda pin: (pin == "482915", 0))
    settings.changes = changes  # type: ignore[attr-defined]
    qtbot.addWidget(settings)
    return settings


def titles(store: Store) -> int:
    with store.session(read_only=True) as s:
        return s.query(UsageSpan).filter(UsageSpan.title.is_not(None)).count()


def test_keeping_no_titles_forgets_them_all(page: SettingsPage, store: Store) -> None:
    assert titles(store) > 0
    page.retention.setCurrentIndex(page.retention.findData(0))
    assert titles(store) == 0


def test_export_writes_everything(page: SettingsPage, tmp_path: Path) -> None:
    written = page.export(tmp_path / "export")
    assert {p.name for p in written} == {
        "children.json",
        "policies.json",
        "events.json",
        "requests.json",
        "grants.json",
        "usage.csv",
    }
    children = json.loads((tmp_path / "export" / "children.json").read_text(encoding="utf-8"))
    assert [c["name"] for c in children] == ["小明", "小红"]
    assert "usage.csv" in page.data_message.text() or "6 files" in page.data_message.text()


def test_delete_needs_the_pin_and_the_word(page: SettingsPage, store: Store) -> None:
    page.delete_pin.setText("482915")
    page.delete_word.setText("delete please")
    assert not page.delete_everything()
    with store.session(read_only=True) as s:
        assert len(repo.list_children(s)) == 2  # nothing deleted
    page.delete_pin.setText("482915")
    page.delete_word.setText("删除")
    assert page.delete_everything()
    with store.session(read_only=True) as s:
        assert repo.list_children(s) == [] and repo.events(s) == []


def test_changing_the_pin(page: SettingsPage) -> None:
    page.current_pin.setText("000000")
    page.new_pin.setText("735102")
    page.new_again.setText("735102")
    page.change_pin()
    assert page.pin_message.text() == "that PIN is not right"
    page.current_pin.setText("482915")
    page.new_pin.setText("735102")
    page.new_again.setText("735109")
    page.change_pin()
    assert page.pin_message.text() == "The two new PINs are not the same."
    page.current_pin.setText("482915")
    page.new_pin.setText("735102")
    page.new_again.setText("735102")
    page.change_pin()
    assert page.changes == [("482915", "735102")]  # type: ignore[attr-defined]
    assert page.current_pin.text() == page.new_pin.text() == ""


def test_language_is_saved(page: SettingsPage, store: Store) -> None:
    page.language.setCurrentIndex(page.language.findData("en"))
    with store.session(read_only=True) as s:
        assert repo.get_setting(s, "language") == "en"


def test_the_recorder_keeps_no_titles_when_told(store: Store) -> None:
    from guardian.core.accounting import Span
    from guardian.services.recorder import _record  # the one place a title is written from

    span = Span(
        NOW.astimezone(UTC), NOW.astimezone(UTC), "C:/x.exe", "x.exe", "secret title", "other"
    )
    assert _record(span, keep_title=False).title is None
    assert _record(span).title == "secret title"
