"""`guardian doctor`: what works on this PC, and how to fix what does not, in a parent's words."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from guardian import config
from guardian.core.policy_file import Problem
from guardian.core.text import Text, Translate, joined, translate, verbatim

_FIX = translate("Doctor", "fix: {fix}")


@dataclass(frozen=True)
class Check:
    name: Text
    ok: bool
    detail: Text
    fix: Text | None = None

    def describe(self, translate: Translate | None = None) -> str:
        """For a person, in the language `translate` gives."""
        mark = "ok " if self.ok else "!! "
        text = f"[{mark}] {self.name.render(translate)}: {self.detail.render(translate)}"
        if self.fix is None:
            return text
        return f"{text}\n       {_FIX.fill(fix=self.fix).render(translate)}"

    def as_json(self) -> dict[str, object]:
        """For programs: English, whatever the language of the PC."""
        return {
            "name": str(self.name),
            "ok": self.ok,
            "detail": str(self.detail),
            "fix": str(self.fix or ""),
        }


def run_checks() -> list[Check]:
    """Every check, in the order a parent reads them; a check that breaks is reported too."""
    checks: list[Check] = []
    for check in CHECKS:
        try:
            checks.extend(check())
        except Exception as error:  # a broken check must not hide the others
            checks.append(
                Check(
                    verbatim(check.__name__.strip("_")),
                    False,
                    translate("Doctor", "the check itself failed: {error}").fill(error=error),
                )
            )
    return checks


def _tracking() -> list[Check]:
    from guardian.platform import create_platform

    platform = create_platform()
    try:
        caps = platform.capabilities()
    finally:
        platform.close()
    checks = [
        Check(
            translate("Doctor", "Which program is in front"),
            caps.foreground,
            translate("Doctor", "seen through the {name} adapter").fill(name=platform.name)
            if caps.foreground
            else translate("Doctor", "not visible here"),
        )
    ]
    if caps.foreground:  # without it, the finer points below say nothing
        checks += [
            Check(
                translate("Doctor", "Window titles (web sites in a browser)"),
                caps.titles,
                translate("Doctor", "readable")
                if caps.titles
                else translate("Doctor", "not readable"),
            ),
            Check(
                translate("Doctor", "Whether someone is at the PC (idle time)"),
                caps.idle,
                translate("Doctor", "measured")
                if caps.idle
                else translate("Doctor", "unknown: time counts whenever the session is unlocked"),
            ),
            Check(
                translate("Doctor", "Locked screen"),
                caps.lock_state,
                translate("Doctor", "recognised")
                if caps.lock_state
                else translate("Doctor", "recognised only partly"),
            ),
        ]
    unseen = translate("Doctor", "What Guardian cannot see here")
    checks += [Check(unseen, False, missing) for missing in caps.missing]
    return checks


def _data_home() -> list[Check]:
    from guardian.storage.database import current_revision, head_revision, open_store
    from guardian.storage.errors import StoreError

    path = config.database_path()
    try:
        store = open_store(path)
    except StoreError as error:
        return [
            Check(
                translate("Doctor", "Guardian's data"),
                False,
                error.text,
                translate("Doctor", "see the message above; nothing was changed"),
            )
        ]
    try:
        revision = current_revision(store.engine)
    finally:
        store.close()
    return [
        Check(
            translate("Doctor", "Guardian's data"),
            True,
            translate("Doctor", "{path} (schema {revision}, this Guardian's is {head})").fill(
                path=path, revision=revision, head=head_revision()
            ),
        )
    ]


def _calendar() -> list[Check]:
    from guardian.core.calendar import HolidaysCalendar

    statutory = HolidaysCalendar("CN")
    year = datetime.now(UTC).astimezone(config.system_zone()).year
    checks = []
    for each in (year, year + 1):
        official = statutory.lookup(date(each, 1, 1)).official
        checks.append(
            Check(
                translate("Doctor", "China's holiday schedule for {year}").fill(year=each),
                official,
                translate("Doctor", "known, with make-up working days")
                if official
                else translate("Doctor", "not published in this Guardian yet"),
                None
                if official
                else translate(
                    "Doctor",
                    "Guardian uses weekends and the fixed public holidays until an update brings "
                    "the State Council's schedule; mark make-up working days yourself in the "
                    "policy's [calendar] school_days meanwhile",
                ),
            )
        )
    return checks


def _catalog() -> list[Check]:
    from guardian.core.catalog import CatalogError, load_catalog

    paths = config.catalog_paths()
    try:
        catalog = load_catalog(paths)
    except CatalogError as error:
        return [
            Check(
                translate("Doctor", "App catalog"),
                False,
                _problems(error.located),
                translate("Doctor", "correct the entries named above"),
            )
        ]
    if not catalog.rules:
        return [
            Check(
                translate("Doctor", "App catalog"),
                False,
                translate("Doctor", "no catalog found"),
                translate("Doctor", "reinstall Guardian ({folder})").fill(
                    folder=config.resources_dir()
                ),
            )
        ]
    return [
        Check(
            translate("Doctor", "App catalog"),
            True,
            translate("Doctor", "{count} known programs and sites").fill(count=len(catalog.rules)),
        )
    ]


def _problems(located: Iterable[tuple[str, Problem]]) -> Text:
    """Up to five problems, each naming its file, key and line, then how many more there are."""
    located = list(located)
    lines = [
        translate("Doctor", "{file}:{line}: {key}: {problem}").fill(
            file=file, line=p.line or "-", key=p.path or "-", problem=p.message
        )
        for file, p in located[:5]
    ]
    if len(located) > 5:
        lines.append(translate("Doctor", "and {count} more").fill(count=len(located) - 5))
    return joined(lines)


def _guidance() -> list[Check]:
    from guardian.core.guidance import load_library
    from guardian.core.policy_file import PolicyError
    from guardian.guidance_packs import PackError, guidance_folders, packs_dir, read_pack

    checks = []
    root = packs_dir()
    for folder in sorted(root.iterdir()) if root.is_dir() else []:
        try:
            read_pack(folder)
        except PolicyError as error:
            located = [(error.source, p) for p in error.problems]
            checks.append(
                Check(
                    translate("Doctor", "School guidance pack {name}").fill(name=folder.name),
                    False,
                    _problems(located),
                    translate("Doctor", "correct pack.toml and add the pack again"),
                )
            )
        except PackError as error:
            checks.append(
                Check(
                    translate("Doctor", "School guidance pack {name}").fill(name=folder.name),
                    False,
                    error.text,
                    translate("Doctor", "remove the folder, or add the pack again"),
                )
            )
    for language in ("zh_CN", "en"):
        library = load_library(guidance_folders(language))
        name = translate("Doctor", "Guidance articles ({language})").fill(language=language)
        if library.problems:
            checks.append(
                Check(
                    name,
                    False,
                    _problems(library.problems),
                    translate("Doctor", "correct the articles named above"),
                )
            )
        else:
            checks.append(
                Check(
                    name,
                    True,
                    translate("Doctor", "{count} articles").fill(count=len(library.articles)),
                )
            )
    return checks


def _keyring() -> list[Check]:
    import keyring
    from keyring.backends import fail

    from guardian.keyring_access import system_keyring

    title = translate("Doctor", "Safe place for the parent PIN (keyring)")
    system = system_keyring()
    if system is not None:
        return [
            Check(
                title,
                True,
                translate("Doctor", "a file in the service's closed data home ({file})").fill(
                    file=system.file_path
                ),
            )
        ]
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    plaintext = "plaintext" in name.lower()
    usable = not isinstance(backend, fail.Keyring) and not plaintext
    if usable:
        return [Check(title, True, verbatim(name))]
    return [
        Check(
            title,
            False,
            translate("Doctor", "{name} keeps secrets unencrypted").fill(name=name)
            if plaintext
            else translate("Doctor", "none usable ({name})").fill(name=name),
            translate(
                "Doctor",
                "Linux: install and unlock GNOME Keyring or KWallet in the parent's session; "
                "Windows and macOS have one built in",
            ),
        )
    ]


def _seals() -> list[Check]:
    from guardian.keyring_access import PIN_ENTRY, SERVICE, KeyringUnavailable, usable_keyring
    from guardian.sealing import load_sealer

    title = translate("Doctor", "Seals on limits, extra time and PIN tries")
    try:
        backend = usable_keyring()
    except KeyringUnavailable:
        return []  # the keyring check says what to do
    if backend.get_password(SERVICE, PIN_ENTRY) is None:
        return [Check(title, True, translate("Doctor", "off until a parent PIN is set"))]
    if load_sealer(backend) is not None:
        on = translate("Doctor", "on: changes made outside Guardian are seen")
        return [Check(title, True, on)]
    return [
        Check(
            title,
            False,
            translate("Doctor", "the PIN is set but the sealing key is missing or damaged"),
            translate(
                "Doctor",
                "set the PIN again with `guardian pin reset`; until then sealed limits are not "
                "believed and the PC stays locked",
            ),
        )
    ]


def _school() -> list[Check]:
    from guardian.school import PROFILE_FILE, SchoolError, applied_folder, installed_pack, opened

    title = translate("Doctor", "School profile")
    folder = applied_folder()
    source = folder if (folder / PROFILE_FILE).is_file() else installed_pack()
    if source is None:
        return []
    try:
        with opened(source) as school:
            shown = translate("Doctor", "{name} (contact: {contact})").fill(
                name=school.name, contact=school.contact
            )
            return [Check(title, True, shown)]
    except SchoolError as error:
        return [
            Check(
                title,
                False,
                error.text,
                translate(
                    "Doctor",
                    "ask the school for a corrected pack and bring it with "
                    "`guardian school apply PACK.zip`",
                ),
            )
        ]


CHECKS: tuple[Callable[[], list[Check]], ...] = (
    _tracking,
    _data_home,
    _calendar,
    _catalog,
    _guidance,
    _keyring,
    _seals,
    _school,
)
