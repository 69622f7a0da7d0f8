"""The app catalog: which category well-known programs and web sites belong to.

A new family gets sensible categories on day one: games, video, social, study, payments. The
catalog is a data file (`resources/catalog/*.toml`) in the same `[[apps]]` form as a policy's
app rules, restricted to naming and categorising (`id`, `name`, `exe`, `title`, `category`): it
never limits or blocks anything by itself. A parent's own app rules always come first.

A bad entry is reported with its file, line and key, like a bad policy; it is never skipped.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from guardian.core.policy import BUILTIN_CATEGORIES, DEFAULT_CATEGORY, AppRule, Policy
from guardian.core.policy_file import (
    FORMAT_VERSION,
    LineIndex,
    PolicyError,
    Problem,
    _apps,
    _Reader,
)
from guardian.core.text import Translate, translate

_CATALOG_APP_KEYS = ("id", "name", "exe", "title", "category")
# Programs and window titles remembered at once: a day's worth of distinct titles on a busy PC,
# a few hundred kilobytes at most.
MEMO_SIZE = 4096


@dataclass(frozen=True)
class Catalog:
    rules: tuple[AppRule, ...] = ()

    def match(self, exe_path: str, exe_name: str, title: str = "") -> AppRule | None:
        """The entry for a program: entries with a title pattern first, then file order."""
        for with_title in (True, False):
            for rule in self.rules:
                if (rule.title is not None) == with_title and rule.matches(
                    exe_path, exe_name, title
                ):
                    return rule
        return None

    def merged(self, other: Catalog) -> Catalog:
        return Catalog(self.rules + other.rules)


@dataclass(frozen=True)
class Classification:
    """Where a moment of use goes: its category, the rule that decided it, and whether it counts."""

    category: str
    rule_id: str | None = None  # the parent's rule, when one matched
    counted: bool = True  # False for always-allowed apps
    blocked: bool = False
    name: str | None = None  # a friendly name from the rule or the catalog


@dataclass
class Classifier:
    """Classifies programs by the parent's rules, then the catalog, remembering what it has seen.

    The memo is an optimisation only: the answer for a program never changes for one policy.
    """

    policy: Policy
    catalog: Catalog = field(default_factory=Catalog)
    _memo: dict[tuple[str, str, str], Classification] = field(default_factory=dict, repr=False)

    def classify(self, exe_path: str, exe_name: str, title: str = "") -> Classification:
        key = (exe_path, exe_name, title)
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()  # titles keep changing: never let the memo grow all day
            found = self._memo[key] = self._classify(exe_path, exe_name, title)
        return found

    def _classify(self, exe_path: str, exe_name: str, title: str) -> Classification:
        rule = self.policy.match_app(exe_path, exe_name, title)
        listed = self.catalog.match(exe_path, exe_name, title)
        category = (rule and rule.category) or (listed and listed.category) or DEFAULT_CATEGORY
        name = (rule and rule.name) or (listed and listed.name) or None
        if rule is None:
            return Classification(category, name=name)
        return Classification(category, rule.id, not rule.always_allowed, rule.blocked, name)


def read_catalog(
    document: Mapping[str, Any], *, source: str = "catalog", text: str | None = None
) -> Catalog:
    reader = _Reader(LineIndex(text) if text is not None else None)
    top = reader.table(document, (), ("format", "description", "apps")) or {}
    if "format" in top and (type(top["format"]) is not int or top["format"] != FORMAT_VERSION):
        reader.problem(
            ("format",),
            translate("Catalog", "this Guardian reads catalog format {version}, not {value}").fill(
                version=FORMAT_VERSION, value=repr(top["format"])
            ),
        )
    if "description" in top:
        reader.string(top["description"], ("description",))
    entries = top.get("apps", [])
    rules = _apps(reader, entries, set(BUILTIN_CATEGORIES), _CATALOG_APP_KEYS)
    for index, entry in enumerate(entries if isinstance(entries, list) else []):
        if isinstance(entry, Mapping) and "category" not in entry:
            reader.problem(
                ("apps", index), translate("Catalog", "a catalog entry needs a 'category'")
            )
    if reader.problems:
        raise PolicyError(source, sorted(reader.problems, key=lambda p: p.line or 0))
    return Catalog(rules)


def load_catalog(paths: Iterable[Path]) -> Catalog:
    """The catalog from these TOML files, in order; every problem in every file is reported."""
    catalog = Catalog()
    problems: list[tuple[str, Problem]] = []
    for path in paths:
        try:
            text = path.read_bytes().decode("utf-8-sig")
            document = tomllib.loads(text)
            catalog = catalog.merged(read_catalog(document, source=str(path), text=text))
        except PolicyError as error:
            problems.extend((error.source, p) for p in error.problems)
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            reason = translate("Catalog", "cannot read the catalog: {error}").fill(error=error)
            problems.append((str(path), Problem("", reason)))
    if problems:
        raise CatalogError(problems)
    return catalog


class CatalogError(PolicyError):
    """Problems in one or more catalog files, each with its own file."""

    def __init__(self, problems: list[tuple[str, Problem]]) -> None:
        self.located = tuple(problems)
        super().__init__(problems[0][0], [p for _, p in problems])
        self.args = (self.describe(),)

    def describe(self, translate: Translate | None = None) -> str:
        return "\n".join(p.describe(source, translate) for source, p in self.located)

    def __str__(self) -> str:
        return str(self.args[0])
