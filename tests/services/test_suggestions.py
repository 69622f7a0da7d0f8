"""A week's signals read from a real store, and the reading they bring to the report."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from guardian.services.suggestions import reason_text, signals, suggestions
from guardian.storage import repositories as repo
from guardian.storage.database import Store, open_store
from guardian.storage.models import Child

ZONE = ZoneInfo("Asia/Shanghai")
LAST = date(2026, 11, 20)


def at(day: date, hour: float) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=ZONE) + timedelta(hours=hour)


@pytest.fixture
def family(tmp_path: Path) -> Iterator[tuple[Store, Child]]:
    store = open_store(tmp_path / "guardian.sqlite3")
    with store.session() as s:
        child = repo.add_child(s, "小红", age=14, now=at(LAST - timedelta(days=40), 8))
        spans = []
        for back in range(14):
            day = LAST - timedelta(days=back)
            spans.append(
                repo.SpanRecord("C:/q/QQ.exe", "QQ.exe", at(day, 19), at(day, 19.5), "social")
            )
        for back in range(3):  # three late nights this week, on a new chat app
            day = LAST - timedelta(days=back)
            spans.append(
                repo.SpanRecord(
                    "C:/d/Discord.exe", "Discord.exe", at(day, 22.5), at(day, 23.2), "social"
                )
            )
        repo.add_spans(s, child, spans)
        for back in range(3):
            repo.add_event(
                s,
                "limit",
                at=at(LAST - timedelta(days=back), 20.6),
                child=child,
                data={"scope": "category:games"},
            )
            repo.add_request(
                s, child, seconds=900, message=None, now=at(LAST - timedelta(days=back), 21)
            )
        repo.add_event(s, "pin_failure", at=at(LAST, 21.1), child=child, data={})
    yield store, child
    store.close()


def test_signals_of_a_week(family: tuple[Store, Child]) -> None:
    store, child = family
    with store.session(read_only=True) as s:
        seen = signals(s, child, LAST, ZONE)
    assert seen.late_night_days == 3
    assert seen.games_over_limit_days == 3
    assert seen.new_social_apps == ("Discord.exe",)
    assert seen.requests == 3 and seen.pin_failures == 1
    assert seen.week_total > seen.previous_week_total


def test_the_reasons_read_well(qapp, family: tuple[Store, Child]) -> None:  # type: ignore[no-untyped-def]
    store, child = family
    with store.session(read_only=True) as s:
        found = suggestions(s, child, LAST, ZONE)
    texts = [reason_text(x) for x in found]
    assert "Used after 22:00 on 3 days this week." in texts
    assert "A new chat or social app this week: Discord.exe." in texts
