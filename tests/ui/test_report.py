"""The weekly report: PDF (read back with pdftotext), HTML and CSV, over the demo family."""

from __future__ import annotations

import csv
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from guardian.core.clock import FakeClock
from guardian.demo import fill
from guardian.storage.database import Store, open_store
from guardian.ui.dashboard_data import DashboardData
from guardian.ui.report import WeeklyReport
from guardian.ui.tray import duration_text

ZONE = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 20, 18, 0, tzinfo=ZONE)
WEEK = NOW.date() - timedelta(days=6)


@pytest.fixture
def report(qapp, tmp_path: Path) -> Iterator[WeeklyReport]:  # type: ignore[no-untyped-def]
    store: Store = open_store(tmp_path / "guardian.sqlite3")
    children = fill(store, NOW.date(), ZONE)
    yield WeeklyReport(
        DashboardData(store, FakeClock(NOW.astimezone(UTC)), ZONE), children[0], WEEK
    )
    store.close()


@pytest.mark.skipif(
    not shutil.which("pdftotext"), reason="needs pdftotext (poppler-utils, installed by .ci/run)"
)
def test_the_pdf_holds_the_name_and_the_totals(report: WeeklyReport, tmp_path: Path) -> None:
    pdf = tmp_path / "week.pdf"
    report.save(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    raw = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    # the CJK font shares some glyphs with Kangxi radicals (小 comes back as ⼩): NFKC maps them back
    text = unicodedata.normalize("NFKC", raw)
    assert "小明" in text
    assert duration_text(report.total) in text
    assert duration_text(report.days[0].total) in text


def test_html_and_csv(report: WeeklyReport, tmp_path: Path) -> None:
    page = tmp_path / "week.html"
    report.save(page)
    content = page.read_text(encoding="utf-8")
    assert "Weekly report for 小明" in content and "data:image/png;base64," in content
    table = tmp_path / "week.csv"
    report.save(table)
    with table.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["child"] for r in rows} == {"小明"}
    assert sum(int(r["seconds"]) for r in rows) == sum(
        sum(d.categories.values()) for d in report.days
    )
    with pytest.raises(ValueError, match=r"\.pdf, \.html or \.csv"):
        report.save(tmp_path / "week.docx")
