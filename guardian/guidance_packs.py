"""School content packs: extra guidance articles a school gives its families.

A pack is a folder:

    pack.toml        name = "Example No. 1 Middle School"   (shown with each of its articles)
    zh_CN/*.md       articles in Chinese, front matter as in resources/guidance/README.md
    en/*.md          the same articles in English (a pack may have one language only)

`guardian guidance check FOLDER` reports every problem in a pack before a school hands it out;
`guardian guidance add FOLDER` copies it into the data home, under `guidance/`, where the
dashboard and the weekly report find it. An article with bad front matter is reported (by
`guardian doctor` and at the top of the guidance browser) and not shown; the rest of the pack
is. A pack cannot replace one of Guardian's own articles: an id that is taken is a problem too.
"""

from __future__ import annotations

import re
import shutil
import tomllib
from dataclasses import dataclass
from pathlib import Path

from guardian import config
from guardian.core.errors import Error
from guardian.core.guidance import Library, load_library
from guardian.core.policy_file import LineIndex, PolicyError, Problem, _Reader
from guardian.core.text import translate

LANGUAGES = ("zh_CN", "en")
PACK_FILE = "pack.toml"
_SAFE = re.compile(r"[^A-Za-z0-9_-]+")


class PackError(Error):
    invalid_input = True


@dataclass(frozen=True)
class Pack:
    folder: Path
    name: str

    def articles(self, language: str) -> Path:
        return self.folder / language


def packs_dir() -> Path:
    return config.data_home() / "guidance"


def read_pack(folder: Path) -> Pack:
    """The pack in `folder`; raises PolicyError naming pack.toml's problems, PackError when it is
    not a pack at all."""
    if not folder.is_dir():
        raise PackError(translate("Guidance", "{folder}: no such folder").fill(folder=folder))
    if not any((folder / language).is_dir() for language in LANGUAGES):
        raise PackError(
            translate(
                "Guidance", "{folder}: a guidance pack needs a zh_CN or an en folder of articles"
            ).fill(folder=folder)
        )
    manifest = folder / PACK_FILE
    if not manifest.is_file():
        return Pack(folder, folder.name)
    try:
        text = manifest.read_text(encoding="utf-8-sig")
        document = tomllib.loads(text)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        problem = translate("Guidance", "cannot read the file: {error}").fill(error=error)
        raise PolicyError(str(manifest), [Problem("", problem)]) from None
    reader = _Reader(LineIndex(text))
    table = reader.table(document, (), ("name",)) or {}
    name = reader.string(table.get("name", folder.name), ("name",)) or ""
    if not name.strip():
        reader.problem(("name",), translate("Guidance", "give the school's name"))
    if reader.problems:
        raise PolicyError(str(manifest), reader.problems)
    return Pack(folder, name.strip())


def installed_packs() -> list[Pack]:
    """The packs in the data home, in name order; one that cannot be read is left out (and
    `guardian doctor` says why)."""
    found = []
    root = packs_dir()
    for folder in sorted(root.iterdir()) if root.is_dir() else []:
        try:
            found.append(read_pack(folder))
        except (PackError, PolicyError):
            continue
    return found


def guidance_folders(language: str) -> list[tuple[Path, str]]:
    """Where the library in `language` comes from: Guardian's own articles, then each pack's."""
    folders = [(config.resources_dir() / "guidance" / language, "guardian")]
    folders += [(p.articles(language), p.name) for p in installed_packs()]
    return folders


def library(language: str) -> Library:
    return load_library(guidance_folders(language))


def check_pack(folder: Path) -> tuple[Pack, dict[str, Library]]:
    """A pack and, per language, what it adds: articles and problems (with Guardian's own ids
    counted as taken)."""
    pack = read_pack(folder)
    found = {}
    for language in LANGUAGES:
        if pack.articles(language).is_dir():
            builtin = config.resources_dir() / "guidance" / language
            whole = load_library([(builtin, "guardian"), (pack.articles(language), pack.name)])
            mine = pack.articles(language).resolve()
            found[language] = Library(
                [a for a in whole.articles if a.origin == pack.name],
                [(f, p) for f, p in whole.problems if Path(f).resolve().parent == mine],
            )
    return pack, found


def add_pack(folder: Path) -> Pack:
    """Copy a pack into the data home (replacing an earlier copy of the same pack)."""
    pack = read_pack(folder)
    target = packs_dir() / (_SAFE.sub("-", folder.resolve().name).strip("-") or "pack")
    if target.resolve() == folder.resolve():
        return pack
    staging = target.with_name(target.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    if (folder / PACK_FILE).is_file():
        shutil.copy2(folder / PACK_FILE, staging / PACK_FILE)
    for language in LANGUAGES:
        if pack.articles(language).is_dir():
            (staging / language).mkdir()
            for article in pack.articles(language).glob("*.md"):
                shutil.copy2(article, staging / language / article.name)
    if target.exists():
        shutil.rmtree(target)
    staging.rename(target)
    return Pack(target, pack.name)


def remove_pack(name: str) -> Pack:
    for pack in installed_packs():
        if name in (pack.name, pack.folder.name):
            shutil.rmtree(pack.folder)
            return pack
    raise PackError(
        translate("Guidance", "no guidance pack named '{name}' is installed").fill(name=name)
    )
