"""The guidance browser: filters, search in Chinese, favourites kept, print to PDF."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from guardian.core.guidance import load_library
from guardian.ui.guidance_browser import GuidanceBrowser

ROOT = Path(__file__).resolve().parents[2] / "resources" / "guidance"


@pytest.fixture
def browser(qtbot) -> GuidanceBrowser:  # type: ignore[no-untyped-def]
    saved: list[set[str]] = []
    widget = GuidanceBrowser(
        load_library([(ROOT / "zh_CN", "guardian")]), {"cyberbullying"}, saved.append
    )
    widget.saved = saved  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    return widget


def test_search_and_filters(browser: GuidanceBrowser) -> None:
    everything = len(browser.shown)
    assert everything >= 24 and all(a.id != "tips" for a in browser.shown)
    browser.search.setText("网络游戏")
    assert browser.shown and browser.shown[0].id.startswith("online-games")
    browser.search.clear()
    browser.topic.setCurrentIndex(browser.topic.findData("bullying"))
    assert {a.id for a in browser.shown} == {"cyberbullying", "cyberbullying-for-teens"}
    browser.age.setCurrentIndex(browser.age.findData("under-8"))
    assert browser.shown == []
    assert "No article matches" in browser.reader.toPlainText()


def test_reading_and_favourites(browser: GuidanceBrowser) -> None:
    browser.only_favourites.setChecked(True)
    assert [a.id for a in browser.shown] == ["cyberbullying"]
    assert browser.current is not None and browser.current.title in browser.reader.toPlainText()
    assert browser.favourite_button.text() == "Remove from favourites"
    browser.toggle_favourite()
    assert browser.saved[-1] == set()  # type: ignore[attr-defined]
    browser.only_favourites.setChecked(False)
    browser.toggle_favourite()
    assert browser.saved[-1] == {browser.current.id}  # type: ignore[attr-defined, union-attr]


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs pdftotext (poppler-utils)")
def test_an_article_saved_as_pdf(browser: GuidanceBrowser, tmp_path: Path) -> None:
    browser.search.setText("欺凌")
    article = browser.current
    assert article is not None
    pdf = browser.save_pdf(tmp_path / "article.pdf")
    assert pdf is not None
    raw = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = unicodedata.normalize("NFKC", raw)
    assert unicodedata.normalize("NFKC", article.title) in text.replace("\n", "")
    assert article.sources[0][:20] in text.replace("\n", " ")
