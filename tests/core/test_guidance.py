"""The guidance library: the shipped articles are valid and the same in both languages; search
finds Chinese and English; bad articles (a school's folder) are reported, never silently lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from guardian.core.guidance import load_library

ROOT = Path(__file__).resolve().parents[2] / "resources" / "guidance"


@pytest.fixture(scope="module")
def libraries() -> dict[str, object]:
    return {lang: load_library([(ROOT / lang, "guardian")]) for lang in ("en", "zh_CN")}


def test_the_shipped_library_is_valid_and_the_same_in_both_languages(
    libraries: dict[str, object],
) -> None:
    en, zh = libraries["en"], libraries["zh_CN"]
    assert en.problems == [] and zh.problems == []  # type: ignore[attr-defined]
    ids = {a.id for a in en.articles}  # type: ignore[attr-defined]
    assert ids == {a.id for a in zh.articles}  # type: ignore[attr-defined]
    assert len(ids - {"tips"}) >= 24
    for article in en.articles:  # type: ignore[attr-defined]
        twin = zh.by_id(article.id)  # type: ignore[attr-defined]
        assert (article.audience, article.ages, article.topics) == (
            twin.audience,
            twin.ages,
            twin.topics,
        )


@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("zh_CN", "网络游戏", "online-games-rules-for-parents"),
        ("zh_CN", "欺凌", "cyberbullying"),
        ("zh_CN", "睡觉", "sleep-and-screens-for-kids"),  # the word a child uses
        ("en", "bullying", "cyberbullying"),
        ("en", "fraud", "online-fraud-aimed-at-children"),
        ("en", "MEDIA agreement", "family-media-agreement"),
    ],
)
def test_search_finds_chinese_and_english(
    libraries: dict[str, object], language: str, query: str, expected: str
) -> None:
    found = [a.id for a in libraries[language].search(query)]  # type: ignore[attr-defined]
    assert expected in found[:5], found


def test_search_needs_every_term_and_filters(libraries: dict[str, object]) -> None:
    en = libraries["en"]
    assert en.search("bullying zzzunknownzzz") == []  # type: ignore[attr-defined]
    games = en.filtered(topic="games")  # type: ignore[attr-defined]
    assert games and all("games" in a.topics for a in games)
    assert all("16-18" in a.ages for a in en.filtered(age="16-18"))  # type: ignore[attr-defined]
    assert {a.id for a in en.filtered(audience="children")} >= {"what-guardian-records"}  # type: ignore[attr-defined]


GOOD = '+++\nid = "{id}"\ntitle = "A school note"\nsummary = "s"\naudience = ["parents"]\nages = ["8-12"]\ntopics = ["school"]\nsources = ["Family Education Promotion Law (2022), Art. 39"]\n+++\nText.\n'
BAD = [
    ("no-front.md", "Just text", "front matter between +++"),
    ("bad-toml.md", "+++\nid = \n+++\nText", "not valid TOML"),
    ("wrong-id.md", GOOD.format(id="something-else"), "must match the file name"),
    (
        "bad-topic.md",
        GOOD.format(id="bad-topic").replace('["school"]', '["gossip"]'),
        "'gossip' is not one of",
    ),
    (
        "no-sources.md",
        GOOD.format(id="no-sources").replace(
            'sources = ["Family Education Promotion Law (2022), Art. 39"]\n', ""
        ),
        "needs 'sources'",
    ),
    ("empty.md", GOOD.format(id="empty").replace("Text.\n", ""), "no text"),
    ("typo.md", GOOD.format(id="typo").replace("summary =", "sumary ="), "did you mean 'summary'"),
]


def test_a_school_pack_with_bad_articles(tmp_path: Path) -> None:
    pack = tmp_path / "school"
    pack.mkdir()
    (pack / "homework-rules.md").write_text(GOOD.format(id="homework-rules"), encoding="utf-8")
    (pack / "family-media-agreement.md").write_text(
        GOOD.format(id="family-media-agreement"), encoding="utf-8"
    )
    for name, text, _ in BAD:
        (pack / name).write_text(text, encoding="utf-8")
    library = load_library([(ROOT / "en", "guardian"), (pack, "Example Primary School")])
    ours = library.by_id("homework-rules")
    assert ours is not None and ours.origin == "Example Primary School"
    messages: dict[str, str] = {}
    for file, problem in library.problems:
        messages[Path(file).name] = messages.get(Path(file).name, "") + " | " + str(problem.message)
    for name, _, fragment in BAD:
        assert fragment in messages[name], (name, messages.get(name))
    assert (
        "already used by" in messages["family-media-agreement.md"]
    )  # a school cannot replace ours
