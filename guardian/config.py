"""Where Guardian keeps things on this PC, and the family's time zone.

The data home holds the database and the log. `GUARDIAN_HOME` overrides the platform's default
(for tests, for schools' IT, and for `guardian demo`). Resources (presets, catalog, guidance)
are found beside the package in a source tree, or inside a PyInstaller bundle.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from datetime import tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

APP_NAME = "Guardian"
DATABASE_NAME = "guardian.sqlite3"
LOG_NAME = "guardian.log"

# One log file of 1 MB plus three old ones: enough to diagnose a week, small on an old PC.
LOG_BYTES = 1_000_000
LOG_BACKUPS = 3


def data_home() -> Path:
    """Where the store is: `GUARDIAN_HOME`; else the service's data home where the service is
    installed (so that the command line and the dashboard, run as an administrator, act on the
    data the service keeps); else this account's own."""
    override = os.environ.get("GUARDIAN_HOME")
    if override:
        return Path(override).expanduser()
    system = system_home()
    if system.exists():
        return system
    return user_home()


def service_home() -> Path:
    """The service's data home: `GUARDIAN_HOME`, else the system's place, made if missing and
    closed to every other account."""
    override = os.environ.get("GUARDIAN_HOME")
    home = Path(override).expanduser() if override else system_home()
    if not home.exists():
        home.mkdir(mode=0o700, parents=True)
    return home


def user_home() -> Path:
    """This account's own folder: the agent's log and lock in a child's session, and the data
    of a PC without the service."""
    override = os.environ.get("GUARDIAN_HOME")
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def system_home() -> Path:
    """The service's data home, which only administrators can open (`GUARDIAN_SYSTEM_HOME`
    overrides it, for tests)."""
    override = os.environ.get("GUARDIAN_SYSTEM_HOME")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / APP_NAME
    if sys.platform == "darwin":
        return Path("/Library/Application Support") / APP_NAME
    return Path("/var/lib/guardian")


def database_path(home: Path | None = None) -> Path:
    return (home or data_home()) / DATABASE_NAME


def resources_dir() -> Path:
    override = os.environ.get("GUARDIAN_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def installer_dir() -> Path:
    """The installers' templates (NSIS script, Debian files) that `guardian school build` fills:
    beside the package in a source tree, inside the bundle once installed."""
    override = os.environ.get("GUARDIAN_INSTALLER")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "installer"
    return Path(__file__).resolve().parent.parent / "installer"


def app_dir() -> Path | None:
    """The folder of an installed (bundled) Guardian, where a school's build puts its profile
    (`school.zip`); None when Guardian runs from a source tree."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().parent


def own_command(*arguments: str) -> list[str]:
    """The command line that runs this Guardian with `arguments`. Installed, the program is
    Guardian itself; from a source tree it is Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *arguments]
    return [sys.executable, "-m", "guardian", *arguments]


def presets_dir() -> Path:
    return resources_dir() / "presets"


def system_zone() -> tzinfo:
    """This PC's time zone, as an IANA zone where it can be found (so daylight saving is right)."""
    try:
        import tzlocal

        return tzlocal.get_localzone()
    except Exception:  # an odd system setting must not stop Guardian; UTC is safe
        logging.getLogger(__name__).warning("cannot tell this PC's time zone; using UTC")
        return ZoneInfo("UTC")


def family_zone(timezone: str | None) -> tzinfo:
    """The zone local-time rules are evaluated in: the policy's, else this PC's."""
    return ZoneInfo(timezone) if timezone else system_zone()


def setup_logging(home: Path, level: int = logging.INFO) -> None:
    """A rotating log file in the data home. Child activity is logged only at DEBUG."""
    try:
        home.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            home / LOG_NAME, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()  # the store reports an unusable data home itself
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)


def catalog_paths() -> list[Path]:
    """The app catalog's files, in the order they are read."""
    return sorted((resources_dir() / "catalog").glob("*.toml"))
