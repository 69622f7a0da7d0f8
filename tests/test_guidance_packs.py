"""School guidance packs: checked before a school hands them out, added to a family's PC, shown
in the browser with the school's name; a bad article is reported and not shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from guardian import guidance_packs
from guardian.core.policy_file import PolicyError
from tests.test_cli import guardian

ARTICLE = """+++
id = "{id}"
title = "{title}"
summary = "A note from the school."
audience = ["parents"]
ages = ["8-12"]
topics = ["school"]
sources = ["Family Education Promotion Law (2022), Art. 39"]
+++
{body}
"""


def make_pack(root: Path, *, broken: bool = False, name: str = "Example Primary School") -> Path:
    pack = root / "example-primary"
    for language, title, body in (
        ("en", "Homework and screens", "Homework comes before games."),
        ("zh_CN", "作业和屏幕", "先写作业，再玩游戏。"),
    ):
        (pack / language).mkdir(parents=True)
        (pack / language / "homework-and-screens.md").write_text(
            ARTICLE.format(id="homework-and-screens", title=title, body=body), encoding="utf-8"
        )
    if broken:
        (pack / "en" / "open-day.md").write_text(
            ARTICLE.format(id="open-day", title="Open day", body="Come.").replace(
                "topics =", "topicz ="
            ),
            encoding="utf-8",
        )
    (pack / "pack.toml").write_text(f'name = "{name}"\n', encoding="utf-8")
    return pack


def test_a_good_pack_checks_adds_lists_and_removes(tmp_path: Path, guardian_home: Path) -> None:
    pack = make_pack(tmp_path)
    checked = guardian("guidance", "check", str(pack))
    assert checked.returncode == 0, checked.stderr
    assert "Example Primary School (en): 1 articles can be shown" in checked.stdout
    added = guardian("guidance", "add", str(pack))
    assert added.returncode == 0, added.stderr
    assert (guardian_home / "guidance" / "example-primary" / "zh_CN").is_dir()
    assert "Example Primary School" in guardian("guidance", "list").stdout
    library = guidance_packs.library("zh_CN")
    article = library.by_id("homework-and-screens")
    assert article is not None and article.origin == "Example Primary School"
    assert "homework-and-screens" in [a.id for a in library.search("作业")]
    removed = guardian("guidance", "remove", "Example Primary School")
    assert removed.returncode == 0, removed.stderr
    assert guidance_packs.library("zh_CN").by_id("homework-and-screens") is None
    assert guardian("guidance", "remove", "Example Primary School").returncode == 2


def test_a_bad_article_is_reported_with_file_and_key_and_not_shown(tmp_path: Path) -> None:
    pack = make_pack(tmp_path, broken=True)
    checked = guardian("guidance", "check", str(pack))
    assert checked.returncode == 2
    assert "open-day.md:7: topicz: unknown key 'topicz'; did you mean 'topics'?" in checked.stderr
    assert "the two languages differ" not in checked.stderr  # open-day is not shown in either
    added = guardian("guidance", "add", str(pack))
    assert added.returncode == 0 and "open-day.md" in added.stderr
    library = guidance_packs.library("en")
    assert library.by_id("open-day") is None
    assert {Path(f).name for f, _ in library.problems} == {"open-day.md"}
    doctor = guardian("doctor")
    assert "[!! ] Guidance articles (en): " in doctor.stdout and "open-day.md" in doctor.stdout


def test_a_pack_cannot_replace_guardians_own_articles(tmp_path: Path) -> None:
    pack = make_pack(tmp_path)
    own = pack / "en" / "cyberbullying.md"
    own.write_text(
        ARTICLE.format(id="cyberbullying", title="Ours", body="Different advice."), encoding="utf-8"
    )
    checked = guardian("guidance", "check", str(pack))
    assert checked.returncode == 2 and "cyberbullying.md" in checked.stderr
    assert "already used by" in checked.stderr


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: (p / "pack.toml").write_text("nmae = 'x'\n"), "did you mean 'name'"),
        (lambda p: (p / "pack.toml").write_text("name = ''\n"), "give the school's name"),
        (lambda p: (p / "pack.toml").write_text("name = \n"), "cannot read the file"),
    ],
)
def test_a_bad_pack_file_is_refused_naming_the_key(
    tmp_path: Path, setup: object, message: str
) -> None:
    pack = make_pack(tmp_path)
    setup(pack)  # type: ignore[operator]
    with pytest.raises(PolicyError) as caught:
        guidance_packs.read_pack(pack)
    assert message in str(caught.value) and "pack.toml" in caught.value.source
    result = guardian("guidance", "add", str(pack))
    assert result.returncode == 2 and message in result.stderr
    assert guidance_packs.installed_packs() == []


def test_a_folder_without_articles_is_not_a_pack(tmp_path: Path) -> None:
    result = guardian("guidance", "check", str(tmp_path))
    assert result.returncode == 2 and "needs a zh_CN or an en folder" in result.stderr


def test_the_browser_names_the_school_and_lists_what_it_cannot_show(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from guardian.ui.guidance_browser import GuidanceBrowser

    guidance_packs.add_pack(make_pack(tmp_path, broken=True))
    browser = GuidanceBrowser(guidance_packs.library("en"), set(), lambda _: None)
    qtbot.addWidget(browser)
    assert not browser.notice.isHidden()
    assert "open-day.md" in browser.notice.text() and "topicz" in browser.notice.text()
    browser.search.setText("homework screens")
    titles = [browser.list.item(i).text() for i in range(browser.list.count())]
    assert titles[0] == "Homework and screens · Example Primary School", titles
    assert browser.sources.text().startswith("From Example Primary School.")
