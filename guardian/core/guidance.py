"""The family-education library: articles with front matter, checked, and found by search.

Articles are Markdown with TOML front matter between `+++` lines (resources/guidance/README.md).
Every article is checked; a bad one is reported with its file, line and key and left out of the
library, never silently: schools can add their own folders, and their mistakes must be seen.

Search works for Chinese, which has no spaces between words, and for English: Chinese text is
indexed by pairs of neighbouring characters, other text by words.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from guardian.core.policy_file import LineIndex, Problem, _Reader
from guardian.core.text import translate

AUDIENCES = ("parents", "children", "teenagers")
AGE_BANDS = ("under-8", "8-12", "12-16", "16-18")
TOPICS = (
    "addiction", "help", "agreements", "limits", "role-models", "routine", "sleep", "eyes",
    "outdoors", "games", "spending", "video", "social", "bullying", "harmful-content", "reporting",
    "privacy", "fraud", "media-literacy", "learning", "school", "age-guide", "guardian",
)  # fmt: skip
_KEYS = ("id", "title", "summary", "audience", "ages", "topics", "sources")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[a-z0-9]+")
# A term in the title or summary weighs as much as ten mentions in the text.
TITLE_WEIGHT = 10


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    summary: str
    audience: tuple[str, ...]
    ages: tuple[str, ...]
    topics: tuple[str, ...]
    sources: tuple[str, ...]
    body: str
    path: Path
    origin: str = "guardian"  # or the school's name for a school pack


@dataclass
class Library:
    articles: list[Article] = field(default_factory=list)
    problems: list[tuple[str, Problem]] = field(default_factory=list)  # (file, problem)

    def by_id(self, article_id: str) -> Article | None:
        return next((a for a in self.articles if a.id == article_id), None)

    def filtered(
        self, topic: str | None = None, age: str | None = None, audience: str | None = None
    ) -> list[Article]:
        return [
            a
            for a in self.articles
            if (topic is None or topic in a.topics)
            and (age is None or age in a.ages)
            and (audience is None or audience in a.audience)
        ]

    def search(self, query: str, within: Iterable[Article] | None = None) -> list[Article]:
        """Articles containing every term of `query`, most relevant first: a term in the title
        counts most, then how often the terms occur in the text."""
        terms = set(_terms(query))
        pool = list(within if within is not None else self.articles)
        if not terms:
            return pool
        scored = []
        for article in pool:
            title = set(_terms(article.title + " " + article.summary))
            counts = Counter(_terms(article.body))
            if all(term in title or counts[term] for term in terms):
                score = sum(TITLE_WEIGHT for term in terms if term in title) + sum(
                    min(counts[t], 20) for t in terms
                )
                scored.append((-score, article.title, article))
        return [article for _, _, article in sorted(scored, key=lambda item: (item[0], item[1]))]


def _terms(text: str) -> list[str]:
    """Words of Latin text; pairs of neighbouring characters (and lone ones) of Chinese."""
    lowered = text.lower()
    terms = _WORD.findall(lowered)
    for run in _CJK.findall(lowered):
        terms.extend([run] if len(run) == 1 else [run[i : i + 2] for i in range(len(run) - 1)])
    return terms


def read_article(
    text: str, path: Path, origin: str = "guardian"
) -> tuple[Article | None, list[Problem]]:
    """An article from its file's text, or None and every problem found in it."""
    parts = text.split("+++", 2)
    if len(parts) != 3 or parts[0].strip():
        return None, [
            Problem(
                "",
                translate("Guidance", "the article must start with front matter between +++ lines"),
                1,
            )
        ]
    front, body = parts[1], parts[2]
    try:
        meta = tomllib.loads(front)
    except tomllib.TOMLDecodeError as error:
        return None, [
            Problem(
                "",
                translate("Guidance", "the front matter is not valid TOML: {error}").fill(
                    error=error
                ),
            )
        ]
    reader = _Reader(LineIndex(front))
    table = reader.table(meta, (), _KEYS) or {}
    for key in _KEYS:
        if key not in table:
            reader.problem(
                (), translate("Guidance", "the front matter needs '{key}'").fill(key=key)
            )
    article_id = reader.string(table.get("id", ""), ("id",)) or ""
    if article_id and article_id != path.stem:
        reader.problem(
            ("id",),
            translate("Guidance", "the id '{id}' must match the file name '{name}'").fill(
                id=article_id, name=path.stem
            ),
        )
    title = reader.string(table.get("title", ""), ("title",)) or ""
    summary = reader.string(table.get("summary", ""), ("summary",)) or ""

    def choices(key: str, allowed: tuple[str, ...]) -> tuple[str, ...]:
        values = table.get(key, [])
        if not isinstance(values, list) or not values:
            reader.problem(
                (key,),
                translate("Guidance", "should be a list with at least one of: {allowed}").fill(
                    allowed=", ".join(allowed)
                ),
            )
            return ()
        for index, value in enumerate(values):
            if value not in allowed:
                reader.problem(
                    (key, index),
                    translate("Guidance", "'{value}' is not one of: {allowed}").fill(
                        value=value, allowed=", ".join(allowed)
                    ),
                )
        return tuple(v for v in values if v in allowed)

    audience = choices("audience", AUDIENCES)
    ages = choices("ages", AGE_BANDS)
    topics = choices("topics", TOPICS)
    sources = table.get("sources", [])
    if (
        not isinstance(sources, list)
        or not all(isinstance(s, str) and s.strip() for s in sources)
        or not sources
    ):
        reader.problem(
            ("sources",),
            translate(
                "Guidance",
                "should list the sources the article rests on (law and article, guideline and "
                "date)",
            ),
        )
        sources = []
    if not body.strip():
        reader.problem((), translate("Guidance", "the article has no text after its front matter"))
    if reader.problems:
        return None, reader.problems
    return Article(
        article_id,
        title,
        summary,
        audience,
        ages,
        topics,
        tuple(sources),
        body.strip(),
        path,
        origin,
    ), []


def load_library(folders: Iterable[tuple[Path, str]]) -> Library:
    """Articles from (folder, origin) pairs; later folders may not reuse an earlier id."""
    library = Library()
    seen: dict[str, Path] = {}
    for folder, origin in folders:
        for path in sorted(folder.glob("*.md")):
            if path.name.lower() == "readme.md":
                continue
            try:
                text = path.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError) as error:
                library.problems.append(
                    (
                        str(path),
                        Problem(
                            "",
                            translate("Guidance", "cannot read the article: {error}").fill(
                                error=error
                            ),
                        ),
                    )
                )
                continue
            article, problems = read_article(text, path, origin)
            if article is None:
                library.problems.extend((str(path), p) for p in problems)
                continue
            if article.id in seen:
                library.problems.append(
                    (
                        str(path),
                        Problem(
                            "id",
                            translate("Guidance", "the id '{id}' is already used by {path}").fill(
                                id=article.id, path=seen[article.id]
                            ),
                        ),
                    )
                )
                continue
            seen[article.id] = path
            library.articles.append(article)
    return library
