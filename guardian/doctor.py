"""`guardian doctor`: what works on this PC, and how to fix what does not, in a parent's words."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from guardian import config


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""

    def describe(self) -> str:
        mark = "ok " if self.ok else "!! "
        text = f"[{mark}] {self.name}: {self.detail}"
        return f"{text}\n       fix: {self.fix}" if self.fix else text

    def as_json(self) -> dict[str, object]:
        return {"name": self.name, "ok": self.ok, "detail": self.detail, "fix": self.fix}


def run_checks() -> list[Check]:
    """Every check, in the order a parent reads them; a check that breaks is reported too."""
    checks: list[Check] = []
    for check in CHECKS:
        try:
            checks.extend(check())
        except Exception as error:  # a broken check must not hide the others
            checks.append(
                Check(check.__name__.strip("_"), False, f"the check itself failed: {error}")
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
            "Which program is in front",
            caps.foreground,
            f"seen through the {platform.name} adapter" if caps.foreground else "not visible here",
        )
    ]
    if caps.foreground:  # without it, the finer points below say nothing
        checks += [
            Check(
                "Window titles (web sites in a browser)",
                caps.titles,
                "readable" if caps.titles else "not readable",
            ),
            Check(
                "Whether someone is at the PC (idle time)",
                caps.idle,
                "measured"
                if caps.idle
                else "unknown: time counts whenever the session is unlocked",
            ),
            Check(
                "Locked screen",
                caps.lock_state,
                "recognised" if caps.lock_state else "recognised only partly",
            ),
        ]
    if caps.missing:
        checks.append(Check("What Guardian cannot see here", False, " ".join(caps.missing)))
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
                "Guardian's data", False, str(error), "see the message above; nothing was changed"
            )
        ]
    try:
        revision = current_revision(store.engine)
    finally:
        store.close()
    return [
        Check(
            "Guardian's data",
            True,
            f"{path} (schema {revision}, this Guardian's is {head_revision()})",
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
                f"China's holiday schedule for {each}",
                official,
                "known, with make-up working days"
                if official
                else "not published in this Guardian yet",
                ""
                if official
                else "Guardian uses weekends and the fixed public holidays until an update brings "
                "the State Council's schedule; mark make-up working days yourself in the policy's "
                "[calendar] school_days meanwhile",
            )
        )
    return checks


def _catalog() -> list[Check]:
    from guardian.core.catalog import CatalogError, load_catalog

    paths = config.catalog_paths()
    try:
        catalog = load_catalog(paths)
    except CatalogError as error:
        return [Check("App catalog", False, str(error), "correct the entries named above")]
    if not catalog.rules:
        return [
            Check(
                "App catalog",
                False,
                "no catalog found",
                f"reinstall Guardian ({config.resources_dir()})",
            )
        ]
    return [Check("App catalog", True, f"{len(catalog.rules)} known programs and sites")]


def _guidance() -> list[Check]:
    from guardian.core.guidance import load_library

    checks = []
    for language in ("zh_CN", "en"):
        library = load_library([(config.resources_dir() / "guidance" / language, "guardian")])
        if library.problems:
            detail = "; ".join(
                f"{file}: {p.path or 'front matter'}: {p.message}"
                for file, p in library.problems[:5]
            )
            checks.append(
                Check(
                    f"Guidance articles ({language})",
                    False,
                    detail,
                    "correct the articles named above",
                )
            )
        else:
            checks.append(
                Check(f"Guidance articles ({language})", True, f"{len(library.articles)} articles")
            )
    return checks


def _keyring() -> list[Check]:
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    plaintext = "plaintext" in name.lower()
    usable = not isinstance(backend, fail.Keyring) and not plaintext
    if usable:
        return [Check("Safe place for the parent PIN (keyring)", True, name)]
    return [
        Check(
            "Safe place for the parent PIN (keyring)",
            False,
            f"{name} keeps secrets unencrypted" if plaintext else f"none usable ({name})",
            "Linux: install and unlock GNOME Keyring or KWallet in the parent's session; "
            "Windows and macOS have one built in",
        )
    ]


CHECKS: tuple[Callable[[], list[Check]], ...] = (
    _tracking,
    _data_home,
    _calendar,
    _catalog,
    _guidance,
    _keyring,
)
