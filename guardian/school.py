"""School profiles: a school's name, contact, logo, default limits, term calendar and articles.

A school writes `school.toml` in a folder beside what it names:

    [school]
    name = "Example No. 1 Primary School"     # shown in the wizard and the dashboard
    contact = "Ms Li (class 3), 010-1234 5678"  # who a parent asks about Guardian
    logo = "logo.png"                          # optional: PNG, JPEG or SVG, at most 512 KB
    locale = "zh_CN"                           # optional: the wizard's first language (or "en")

    [defaults]
    preset = "cn-school-nights"                # a preset id, or
    # policy = "limits.toml"                   # a policy file beside school.toml
    record_titles = true                       # false: Guardian keeps no window titles

    [calendar]                                 # the term calendar, as in a policy file
    school_days = ["2027-02-07"]               # make-up school days
    [[calendar.vacations]]
    name = "Winter vacation"
    start = "2027-01-23"
    end = "2027-02-21"

    [guidance]
    folder = "articles"                        # a guidance pack: articles/zh_CN/*.md, en/*.md

`guardian school check` reports every problem with its file, line and key; `guardian school
build` packs the profile into `<name>-school.zip` and builds the school's installers around it;
`guardian school apply PACK.zip` brings it to a family that already has Guardian.

Where a profile is found: the one applied to this family (the data home's `school/` folder),
else the one built into the installed Guardian (`school.zip` beside the program). The first
start's wizard applies an installed one, so from then on the data home has it.

A profile never takes a decision from the parent: the wizard starts each child from the
school's limits and the parent may change any of them; a term calendar adds the school's
vacations and make-up days to each child's limits, and a day the parent marked keeps the
parent's mark.
"""

from __future__ import annotations

import logging
import re
import shutil
import tempfile
import tomllib
import unicodedata
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any

from guardian import config
from guardian.core.errors import Error
from guardian.core.policy import CalendarSettings
from guardian.core.policy_file import (
    LineIndex,
    PolicyError,
    Problem,
    _calendar,
    _Reader,
    parse_policy_text,
    policy_to_document,
    read_policy,
)
from guardian.core.text import translate, verbatim

log = logging.getLogger(__name__)

PROFILE_FILE = "school.toml"
PACK_SUFFIX = "-school.zip"
INSTALLED_PACK = "school.zip"  # beside the installed program
APPLIED_FOLDER = "school"  # in the data home
LANGUAGES = ("zh_CN", "en")
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg")
# A logo is shown at 64 px; half a megabyte is plenty and keeps a mistaken photo out of the
# installer.
LOGO_BYTES = 512 * 1024
# A pack holds a text file, a logo, a policy and some articles: 20 MB is far more than that,
# and refusing more keeps a wrong zip (or a zip bomb) from filling the family's disk.
PACK_BYTES = 20 * 1024 * 1024
_SLUG = re.compile(r"[^a-z0-9]+")


class SchoolError(Error):
    """A school profile or pack that cannot be used; `located` holds each (file, problem)."""

    invalid_input = True

    def __init__(self, located: list[tuple[str, Problem]]) -> None:
        self.located = located
        super().__init__(verbatim("\n".join(p.describe(f) for f, p in located)))


def _fail(source: object, message: Any) -> SchoolError:
    return SchoolError([(str(source), Problem("", message))])


@dataclass(frozen=True)
class School:
    folder: Path  # where school.toml and the files it names are
    name: str
    contact: str
    logo: Path | None = None
    locale: str | None = None
    preset: str | None = None
    policy: Path | None = None
    record_titles: bool | None = None  # None: the profile does not say
    calendar: CalendarSettings | None = None  # None: no [calendar] table
    calendar_country: bool = False  # the [calendar] table names a country
    guidance: Path | None = None

    @property
    def slug(self) -> str:
        return school_slug(self.name)

    def starting_policy(self) -> dict[str, Any] | None:
        """The policy document a child starts from, when the school gives one (its calendar
        added); None when the school gives no default limits."""
        if self.policy is not None:
            document = policy_to_document(
                parse_policy_text(_read_text(self.policy), str(self.policy))
            )
        elif self.preset is not None:
            path = config.presets_dir() / f"{self.preset}.toml"
            document = policy_to_document(parse_policy_text(_read_text(path), str(path)))
        else:
            return None
        return self.with_calendar(document)

    def starting_policy_name(self) -> str | None:
        document = self.starting_policy()
        return None if document is None else str(document.get("name") or self.name)

    def with_calendar(self, document: dict[str, Any]) -> dict[str, Any]:
        """A policy document with the school's term calendar added; the policy's own marks win
        over the school's on the same day."""
        if self.calendar is None:
            return document
        calendar = dict(document.get("calendar") or {})
        school_days = set(calendar.get("school_days", []))
        rest_days = set(calendar.get("rest_days", []))
        for day in sorted(self.calendar.school_days):
            if day.isoformat() not in rest_days:
                school_days.add(day.isoformat())
        for day in sorted(self.calendar.rest_days):
            if day.isoformat() not in school_days:
                rest_days.add(day.isoformat())
        vacations = list(calendar.get("vacations", []))
        known = {(v.get("start"), v.get("end")) for v in vacations}
        for vacation in self.calendar.vacations:
            key = (vacation.start.isoformat(), vacation.end.isoformat())
            if key not in known:
                vacations.append({"start": key[0], "end": key[1], "name": vacation.name})
                known.add(key)
        calendar.update(
            school_days=sorted(school_days), rest_days=sorted(rest_days), vacations=vacations
        )
        if self.calendar_country:
            calendar["country"] = self.calendar.country or "none"
        merged = {**document, "calendar": calendar}
        read_policy(merged, source=str(self.folder / PROFILE_FILE))  # raises if it clashes
        return merged


def school_slug(name: str) -> str:
    """A school's short name for file names: its ASCII letters and digits, else `school`."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return _SLUG.sub("-", ascii_name.lower()).strip("-")[:40] or "school"


def _read_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        raise _fail(
            path,
            translate("School", "cannot read the file: {reason}").fill(
                reason=error.strerror or error
            ),
        ) from None
    except UnicodeDecodeError:
        raise _fail(
            path, translate("School", "the file is not UTF-8 text; save it as UTF-8")
        ) from None


def _inside(folder: Path, relative: str) -> Path | None:
    """`relative` under `folder`, or None when it is absolute or climbs out of the folder."""
    pure = PurePosixPath(relative.replace("\\", "/"))
    if pure.is_absolute() or ".." in pure.parts or re.match(r"^[A-Za-z]:", relative):
        return None
    return folder.joinpath(*pure.parts)


def _logo_problem(path: Path) -> Any:
    if path.suffix.lower() not in LOGO_SUFFIXES:
        return translate("School", "a logo is a PNG, JPEG or SVG file, not {name}").fill(
            name=path.name
        )
    data = path.read_bytes()
    if len(data) > LOGO_BYTES:
        return translate("School", "{name} is {size} KB; a logo may be at most {limit} KB").fill(
            name=path.name, size=len(data) // 1024, limit=LOGO_BYTES // 1024
        )
    looks_right = {
        ".png": data.startswith(b"\x89PNG\r\n\x1a\n"),
        ".jpg": data.startswith(b"\xff\xd8\xff"),
        ".jpeg": data.startswith(b"\xff\xd8\xff"),
        ".svg": b"<svg" in data[:4096],
    }[path.suffix.lower()]
    if not looks_right:
        return translate("School", "{name} is not a {kind} image inside").fill(
            name=path.name, kind=path.suffix.lstrip(".").upper()
        )
    return None


def read_profile(path: Path) -> School:
    """The profile in `path` (a school.toml, or a folder holding one), checked whole: every
    problem is reported at once, in school.toml, its policy file and its articles."""
    toml = path / PROFILE_FILE if path.is_dir() else path
    if not toml.is_file():
        raise _fail(toml, translate("School", "no such file"))
    text = _read_text(toml)
    source = str(toml)
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        match = re.search(r"line (\d+)", str(error))
        raise SchoolError(
            [
                (
                    source,
                    Problem(
                        "",
                        translate("School", "not valid TOML: {error}").fill(error=error),
                        int(match.group(1)) if match else None,
                    ),
                )
            ]
        ) from None
    folder = toml.parent
    reader = _Reader(LineIndex(text))
    located: list[tuple[str, Problem]] = []
    top = reader.table(document, (), ("school", "defaults", "calendar", "guidance")) or {}

    school = reader.table(top.get("school", {}), ("school",), ("name", "contact", "logo", "locale"))
    school = school or {}
    if "school" not in top:
        reader.problem((), translate("School", "a profile needs a [school] table"))

    def required(key: str, hint: Any) -> str:
        value = reader.string(school.get(key, ""), ("school", key)) or ""
        if "school" in top and not value.strip():
            reader.problem(("school", key), hint)
        return value.strip()

    name = required("name", translate("School", "give the school's name"))
    contact = required(
        "contact",
        translate(
            "School", "give a contact parents can ask about Guardian (a name and a phone number)"
        ),
    )
    logo = None
    if "logo" in school:
        text_value = reader.string(school["logo"], ("school", "logo"))
        if text_value:
            logo = _inside(folder, text_value)
            if logo is None:
                reader.problem(
                    ("school", "logo"),
                    translate(
                        "School", 'give a path inside the profile\'s folder, like "logo.png"'
                    ),
                )
            elif not logo.is_file():
                reader.problem(
                    ("school", "logo"),
                    translate("School", "{file}: no such file").fill(file=logo),
                )
                logo = None
            elif (problem := _logo_problem(logo)) is not None:
                reader.problem(("school", "logo"), problem)
                logo = None
    locale = None
    if "locale" in school:
        locale = reader.string(school["locale"], ("school", "locale"))
        if locale is not None and locale not in LANGUAGES:
            reader.problem(
                ("school", "locale"),
                translate("School", "'{value}': choose zh_CN or en").fill(value=locale),
            )
            locale = None

    defaults = (
        reader.table(top.get("defaults", {}), ("defaults",), ("preset", "policy", "record_titles"))
        or {}
    )
    preset = policy = None
    if "preset" in defaults and "policy" in defaults:
        reader.problem(
            ("defaults", "policy"),
            translate("School", "give either a preset or a policy file, not both"),
        )
    if "preset" in defaults:
        preset = reader.string(defaults["preset"], ("defaults", "preset"))
        known = sorted(p.stem for p in config.presets_dir().glob("*.toml"))
        if preset is not None and preset not in known:
            reader.problem(
                ("defaults", "preset"),
                translate("School", "no preset has the id '{value}' (presets: {known})").fill(
                    value=preset, known=", ".join(known)
                ),
            )
            preset = None
    if "policy" in defaults:
        relative = reader.string(defaults["policy"], ("defaults", "policy"))
        if relative:
            policy = _inside(folder, relative)
            if policy is None or not policy.is_file():
                reader.problem(
                    ("defaults", "policy"),
                    translate("School", "{file}: no such file inside the profile's folder").fill(
                        file=relative
                    ),
                )
                policy = None
            else:
                try:
                    parse_policy_text(_read_text(policy), str(policy))
                except PolicyError as error:
                    located += [(error.source, p) for p in error.problems]
                    policy = None
                except SchoolError as error:
                    located += error.located
                    policy = None
    record_titles = None
    if "record_titles" in defaults:
        record_titles = reader.boolean(defaults["record_titles"], ("defaults", "record_titles"))

    calendar = _calendar(reader, top["calendar"]) if "calendar" in top else None
    has_country = isinstance(top.get("calendar"), dict) and "country" in top["calendar"]

    guidance = None
    if "guidance" in top:
        table = reader.table(top["guidance"], ("guidance",), ("folder",)) or {}
        relative = reader.string(table.get("folder", ""), ("guidance", "folder"))
        if not relative:
            reader.problem(
                ("guidance", "folder"),
                translate("School", 'give the folder of articles, like "articles"'),
            )
        else:
            guidance = _inside(folder, relative)
            if guidance is None or not guidance.is_dir():
                reader.problem(
                    ("guidance", "folder"),
                    translate(
                        "School", "{folder}: no such folder inside the profile's folder"
                    ).fill(folder=relative),
                )
                guidance = None
            else:
                located += _article_problems(guidance, name)

    located = [(source, p) for p in reader.problems] + located
    if located:
        raise SchoolError(located)
    return School(
        folder=folder, name=name, contact=contact, logo=logo, locale=locale, preset=preset,
        policy=policy, record_titles=record_titles, calendar=calendar,
        calendar_country=has_country, guidance=guidance,
    )  # fmt: skip


def _article_problems(folder: Path, school: str) -> list[tuple[str, Problem]]:
    from guardian.guidance_packs import PackError, check_pack

    try:
        _, languages = check_pack(folder)
    except PackError as error:
        return [(str(folder), Problem("", error.text))]
    except PolicyError as error:
        return [(error.source, p) for p in error.problems]
    found = []
    for library in languages.values():
        for file, problem in library.problems:
            found.append((str(file), problem))
    return found


# --- packs ----------------------------------------------------------------------------------


def write_pack(profile: School, out_dir: Path) -> Path:
    """Zip the profile and the files it names into `<out_dir>/<slug>-school.zip`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{profile.slug}{PACK_SUFFIX}"
    members: list[Path] = [profile.folder / PROFILE_FILE]
    members += [p for p in (profile.logo, profile.policy) if p is not None]
    if profile.guidance is not None:
        members += sorted(p for p in profile.guidance.rglob("*") if p.is_file())
    partial = target.with_name(target.name + ".partial")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as pack:
        for member in members:
            name = member.relative_to(profile.folder).as_posix()
            pack.write(member, name if member.name != PROFILE_FILE or "/" in name else PROFILE_FILE)
    partial.replace(target)
    return target


@contextmanager
def opened(path: Path) -> Iterator[School]:
    """The profile in a pack (.zip), a school.toml or a folder; a pack is unpacked into a
    temporary folder for as long as the block runs."""
    if path.suffix.lower() != ".zip":
        yield read_profile(path)
        return
    with tempfile.TemporaryDirectory(prefix="guardian-school-") as temporary:
        folder = Path(temporary)
        _unpack(path, folder)
        yield read_profile(folder)


def _unpack(path: Path, folder: Path) -> None:
    try:
        with zipfile.ZipFile(path) as pack:
            infos = pack.infolist()
            if sum(i.file_size for i in infos) > PACK_BYTES:
                raise _fail(
                    path,
                    translate(
                        "School", "the pack holds more than {limit} MB; it is not a school pack"
                    ).fill(limit=PACK_BYTES // (1024 * 1024)),
                )
            for info in infos:
                target = _inside(folder, info.filename)
                if target is None:
                    raise _fail(
                        path,
                        translate("School", "{name}: a file outside the pack's folder").fill(
                            name=info.filename
                        ),
                    )
                if info.is_dir():
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(pack.read(info))
    except FileNotFoundError:
        raise _fail(path, translate("School", "no such file")) from None
    except (OSError, zipfile.BadZipFile, EOFError) as error:
        raise _fail(
            path, translate("School", "not a readable zip file: {error}").fill(error=error)
        ) from None
    if not (folder / PROFILE_FILE).is_file():
        raise _fail(
            path,
            translate("School", "the pack has no {file} at its top").fill(file=PROFILE_FILE),
        )


# --- the profile in effect ------------------------------------------------------------------


def applied_folder() -> Path:
    return config.data_home() / APPLIED_FOLDER


def installed_pack() -> Path | None:
    """The pack built into the installed program (`GUARDIAN_SCHOOL_PACK` overrides, for tests)."""
    import os

    override = os.environ.get("GUARDIAN_SCHOOL_PACK")
    if override:
        return Path(override)
    home = config.app_dir()
    pack = home / INSTALLED_PACK if home else None
    return pack if pack is not None and pack.is_file() else None


def current_school() -> School | None:
    """The profile in effect for this family, or None. A damaged profile is logged and left
    out (the family's Guardian works on without it; `guardian doctor` names the problem)."""
    folder = applied_folder()
    if (folder / PROFILE_FILE).is_file():
        try:
            return read_profile(folder)
        except SchoolError as error:
            log.warning("the school profile in %s cannot be used:\n%s", folder, error)
            return None
    return None


@dataclass(frozen=True)
class Applied:
    school: School
    children_updated: tuple[str, ...]
    articles: bool
    titles_off: bool


def apply_pack(path: Path, store: Any, now: datetime, author: str) -> Applied:
    """Bring a profile to this family: keep it in the data home, add its articles, add its
    term calendar to each child's limits (a new version only where it changes something), and
    stop keeping window titles when the school asks for that. Limits are not otherwise touched."""
    from guardian.guidance_packs import add_pack
    from guardian.services.family_data import set_title_retention, title_retention_days
    from guardian.storage import repositories as repo

    with opened(path) as school:
        target = applied_folder()
        staging = target.with_name(target.name + ".new")
        shutil.rmtree(staging, ignore_errors=True)
        with tempfile.TemporaryDirectory(prefix="guardian-school-") as temporary:
            # Only what the profile names is kept, whatever else stands in its folder.
            _unpack(write_pack(school, Path(temporary)), staging)
        articles = False
        if school.guidance is not None:
            pack = staging.parent / f"school-{school.slug}"
            shutil.rmtree(pack, ignore_errors=True)
            shutil.copytree(school.guidance, pack)
            if not (pack / "pack.toml").is_file():
                (pack / "pack.toml").write_text(
                    f"name = {_toml_string(school.name)}\n", encoding="utf-8"
                )
            add_pack(pack)
            shutil.rmtree(pack, ignore_errors=True)
            articles = True
    if target.exists():
        shutil.rmtree(target)
    staging.rename(target)
    applied = read_profile(target)
    updated: list[str] = []
    with store.session() as s:
        for child in repo.list_children(s):
            current, _ = repo.trusted_policy(s, child)  # never build on a forged version
            if current is None or applied.calendar is None:
                continue
            merged = applied.with_calendar(current.document)
            if merged != current.document:
                repo.add_policy_version(
                    s, child, merged, author=author, now=now,
                    comment=f"term calendar of {applied.name}",
                )  # fmt: skip
                updated.append(child.name)
    titles_off = False
    if applied.record_titles is False and title_retention_days(store) > 0:
        set_title_retention(store, 0, now)
        titles_off = True
    return Applied(applied, tuple(updated), articles, titles_off)


def apply_installed(store: Any, now: datetime) -> School | None:
    """At the first start: apply the pack built into the installed program, once."""
    pack = installed_pack()
    if pack is None or (applied_folder() / PROFILE_FILE).is_file():
        return current_school()
    return apply_pack(pack, store, now, author="school (installer)").school


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
