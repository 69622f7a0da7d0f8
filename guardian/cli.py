"""The `guardian` command.

Exit codes: 0 success, 2 invalid input (a bad file, an unknown child, a wrong argument), 1 anything
else (a locked database, a full disk). Messages name the file and the key. Commands that act on
the family's data use the data home that `GUARDIAN_HOME` names, or the platform's default.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from guardian import __version__, config
from guardian.core.engine import Decision, Usage, decide, decision_to_json
from guardian.core.errors import Error
from guardian.core.policy import Policy, day_calendar
from guardian.core.policy_file import (
    PolicyError,
    Problem,
    load_policy_file,
    policy_to_document,
    read_policy,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from guardian.core.catalog import Classifier
    from guardian.pin import PinVault
    from guardian.platform.base import Platform
    from guardian.storage.database import Store
    from guardian.storage.models import Child

EXIT_OK, EXIT_FAILURE, EXIT_INVALID = 0, 1, 2

log = logging.getLogger(__name__)


class InvalidInput(Error):
    """Input the user can fix: reported with exit code 2."""

    invalid_input = True


# --- shared pieces --------------------------------------------------------------------------


def preset_ids() -> list[str]:
    return sorted(p.stem for p in config.presets_dir().glob("*.toml"))


def resolve_policy(name: str) -> tuple[Policy, str]:
    """A policy file's path or a preset's id -> the policy and where it came from."""
    path = Path(name)
    if path.is_file():
        return load_policy_file(path), str(path)
    preset = config.presets_dir() / f"{name}.toml"
    if "/" not in name and "\\" not in name and preset.is_file():
        return load_policy_file(preset), f"preset {name}"
    known = ", ".join(preset_ids()) or "none installed"
    raise InvalidInput(f"{name}: no such policy file, and no preset has that id (presets: {known})")


def explain_zone(policy: Policy, at: datetime) -> tzinfo:
    """The zone `policy explain` evaluates in: the policy's; else this PC's when it agrees with
    the offset written in --at; else that offset itself."""
    if policy.timezone:
        return config.family_zone(policy.timezone)
    system = config.system_zone()
    if at.tzinfo is None:
        return system
    if at.astimezone(system).utcoffset() == at.utcoffset():
        return system
    assert at.tzinfo is not None
    return at.tzinfo


def parse_at(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise InvalidInput(
            f"--at {text}: not a date and time; write it like 2026-11-20T20:30:00+08:00"
        ) from None


_USAGE_KEYS = (
    "total_seconds", "categories", "apps", "rules", "continuous_seconds", "resting_seconds",
)  # fmt: skip
_USAGE_REPORT_KEYS = ("child", "day", "timezone", "day_type", "hours")  # what `guardian usage` adds


def read_usage_file(path: Path) -> Usage:
    """Usage so far on a day, from JSON: {"total_seconds": N, "categories": {..}, "apps": {..}}."""
    where = str(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as error:
        reason = error.strerror or error
        raise InvalidInput(f"{where}: cannot read the usage file: {reason}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InvalidInput(f"{where}: not valid JSON: {error}") from None
    problems: list[str] = []
    if not isinstance(data, dict):
        raise InvalidInput(f'{where}: should be a JSON object like {{"total_seconds": 3600}}')
    for key in data:
        if key not in _USAGE_KEYS + _USAGE_REPORT_KEYS:
            problems.append(f"{where}: {key}: unknown key; known: {', '.join(_USAGE_KEYS)}")

    def seconds(value: object, key: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            problems.append(f"{where}: {key}: should be a whole number of seconds, 0 or more")
            return 0
        return value

    def table(key: str) -> dict[str, int]:
        value = data.get(key, {})
        if not isinstance(value, dict):
            problems.append(f"{where}: {key}: should be an object of name: seconds")
            return {}
        return {str(k): seconds(v, f"{key}.{k}") for k, v in value.items()}

    usage = Usage(
        total_seconds=seconds(data.get("total_seconds", 0), "total_seconds"),
        categories=table("categories"),
        apps=table("apps"),
        rules=table("rules"),
        continuous_seconds=seconds(data.get("continuous_seconds", 0), "continuous_seconds"),
        resting_seconds=seconds(data.get("resting_seconds", 0), "resting_seconds"),
    )
    if problems:
        raise InvalidInput("\n".join(problems))
    return usage


@contextmanager
def open_family_store() -> Iterator[Store]:
    from guardian.storage.database import open_store

    home = config.data_home()
    config.setup_logging(home)
    store = open_store(config.database_path(home))
    try:
        yield store
    finally:
        store.close()


def print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def format_seconds(seconds: int | None) -> str:
    if seconds is None:
        return "no limit"
    hours, rest = divmod(seconds, 3600)
    return f"{hours} h {rest // 60:02d} min" if hours else f"{rest // 60} min {rest % 60:02d} s"


# --- commands -------------------------------------------------------------------------------


def cmd_policy_validate(args: argparse.Namespace) -> int:
    policy = load_policy_file(Path(args.file))
    rules = f", {len(policy.apps)} app rules" if policy.apps else ""
    print(f"{args.file}: valid policy '{policy.name or Path(args.file).stem}'{rules}")
    return EXIT_OK


def cmd_policy_explain(args: argparse.Namespace) -> int:
    policy, _ = resolve_policy(args.policy)
    at = parse_at(args.at)
    zone = explain_zone(policy, at)
    if at.tzinfo is None:
        at = at.replace(tzinfo=zone)
    usage = read_usage_file(Path(args.usage)) if args.usage else Usage()
    decision = decide(policy, usage, (), day_calendar(policy.calendar), at, zone)
    print_json(decision_to_json(decision, zone))
    return EXIT_OK


def cmd_policy_presets(args: argparse.Namespace) -> int:
    for preset in preset_ids():
        policy = load_policy_file(config.presets_dir() / f"{preset}.toml")
        print(f"{preset}\t{policy.name}")
    return EXIT_OK


def cmd_policy_apply(args: argparse.Namespace) -> int:
    from guardian.storage import repositories as repo

    policy, origin = resolve_policy(args.policy)
    author = args.author or f"cli:{getpass.getuser()}"
    with open_family_store() as store, store.session() as s:
        child = repo.get_child(s, args.child)
        version = repo.add_policy_version(
            s, child, policy_to_document(policy), author=author, now=datetime.now(UTC),
            comment=args.comment or f"applied from {origin}",
        )  # fmt: skip
        print(f"{child.name}: policy version {version.version} applied ({origin})")
    return EXIT_OK


def cmd_child_add(args: argparse.Namespace) -> int:
    from guardian.storage import repositories as repo

    if args.age is not None and not 1 <= args.age <= 25:
        raise InvalidInput(f"--age {args.age}: give the child's age in years, from 1 to 25")
    name = args.name.strip()
    if not name or len(name) > 64:
        raise InvalidInput("NAME: give the child's name, 1 to 64 characters")
    with open_family_store() as store, store.session() as s:
        child = repo.add_child(s, name, os_user=args.os_user, age=args.age, now=datetime.now(UTC))
        print(f"added {child.name}" + (f" (account {child.os_user})" if child.os_user else ""))
    return EXIT_OK


def cmd_child_list(args: argparse.Namespace) -> int:
    from guardian.storage import repositories as repo

    with open_family_store() as store, store.session(read_only=True) as s:
        for child in repo.list_children(s):
            current = repo.current_policy(s, child)
            version = f"policy v{current.version}" if current else "no policy yet"
            print(f"{child.name}\t{child.os_user or '-'}\t{child.age or '-'}\t{version}")
    return EXIT_OK


def stored_policy(s: Session, child: Child) -> Policy:
    from guardian.storage import repositories as repo

    current = repo.current_policy(s, child)
    if current is None:
        return Policy()
    return read_policy(current.document, source=f"{child.name}'s policy v{current.version}")


def cmd_usage(args: argparse.Namespace) -> int:
    from guardian.storage import repositories as repo

    try:
        day = date.fromisoformat(args.day)
    except ValueError:
        raise InvalidInput(f"--day {args.day}: not a date; write it like 2026-11-20") from None
    with open_family_store() as store, store.session(read_only=True) as s:
        child = repo.get_child(s, args.child)
        policy = stored_policy(s, child)
        zone = config.family_zone(policy.timezone)
        from guardian.services.reports import day_bounds

        start, end = day_bounds(day, zone)
        day_type = day_calendar(policy.calendar).day_type(day).value
        total = repo.usage_total(s, child, start, end)
        categories = repo.usage_by_category(s, child, start, end)
        apps = repo.usage_by_app(s, child, start, end)
        hours = repo.usage_by_hour(s, child, start, end, zone)
    if args.json:
        print_json(
            {
                "child": child.name,
                "day": day.isoformat(),
                "timezone": str(zone),
                "day_type": day_type,
                "total_seconds": total,
                "categories": categories,
                "apps": apps,
                "hours": {hour.isoformat(): secs for hour, secs in hours.items()},
            }
        )
    else:
        print(f"{child.name} on {day.isoformat()} ({day_type}): {format_seconds(total)}")
        for name, secs in sorted(categories.items(), key=lambda item: -item[1]):
            print(f"  {name:<12}{format_seconds(secs)}")
    return EXIT_OK


def child_decision(s: Session, child: Child, now: datetime) -> tuple[Decision, tzinfo]:
    """The decision for a child now, from the store: their policy, today's usage and grants."""
    from guardian.services.reports import decision_now

    policy = stored_policy(s, child)
    zone = config.family_zone(policy.timezone)
    return decision_now(s, child, policy, now, zone), zone


def cmd_status(args: argparse.Namespace) -> int:
    from guardian.storage import repositories as repo

    home = config.data_home()
    print(f"Guardian {__version__}; data home {home}")
    with open_family_store() as store, store.session(read_only=True) as s:
        children = repo.list_children(s)
        if not children:
            print("No children set up yet. Add one with: guardian child add NAME --age N")
            print("then give them a policy:          guardian policy apply PRESET --child NAME")
            print(f"Presets: {', '.join(preset_ids())}")
            return EXIT_OK
        now = datetime.now(UTC)
        for child in children:
            decision, zone = child_decision(s, child, now)
            state = f"locked ({decision.reason})" if decision.locked else "unlocked"
            nxt = decision.next_change_at
            change = f", changes at {nxt.astimezone(zone):%a %H:%M}" if nxt else ""
            print(f"{child.name}: {decision.day.day_type.value}, {state}, "
                  f"time left {format_seconds(decision.remaining_seconds)}{change}")  # fmt: skip
            if decision.day.estimated:
                print(f"  note: the official holiday schedule for {decision.day.day.year} is not "
                      "known yet; weekends and the fixed public holidays are used")  # fmt: skip
    return EXIT_OK


def load_classifier(policy: Policy | None = None) -> Classifier:
    from guardian.core.catalog import Classifier, load_catalog

    return Classifier(policy or Policy(), load_catalog(config.catalog_paths()))


def sample_json(platform: Platform, classifier: Classifier) -> dict[str, object]:
    window = platform.foreground()
    idle = platform.idle_seconds()
    exe_path = window.exe_path if window else ""
    exe_name = window.exe_name if window else ""
    title = window.title if window else ""
    return {
        "exe": exe_path,
        "app": exe_name,
        "name": window.display_name if window else "",
        "pid": window.pid if window else None,
        "title": title,
        "idle_seconds": None if idle is None else round(idle, 1),
        "fullscreen": window.fullscreen if window else False,
        "locked": platform.session_locked(),
        "category": classifier.classify(exe_path, exe_name, title).category,
        "platform": platform.name,
    }


def cmd_track(args: argparse.Namespace) -> int:
    import threading

    from guardian.platform import create_platform

    classifier = load_classifier()
    platform = create_platform()
    try:
        if args.once:
            data = sample_json(platform, classifier)
            if args.json:
                print_json(data)
            else:
                print(f"{data['app'] or '(no window)'}\t{data['category']}\t{data['title']}")
            return EXIT_OK
        tick = threading.Event()
        while True:
            data = sample_json(platform, classifier)
            if args.json:
                print(json.dumps(data, ensure_ascii=False), flush=True)
            else:
                idle = data["idle_seconds"]
                flags = "locked " if data["locked"] else ""
                flags += "full-screen " if data["fullscreen"] else ""
                print(
                    f"{datetime.now().astimezone():%H:%M:%S}  {data['app'] or '(no window)':<24}"
                    f"{data['category']:<10}idle {idle if idle is not None else '?':>6}  "
                    f"{flags}{data['title']}",
                    flush=True,
                )
            tick.wait(1.0)
    except KeyboardInterrupt:
        return EXIT_OK
    finally:
        platform.close()


def cmd_agent(args: argparse.Namespace) -> int:
    from guardian.services.agent import run_agent

    return run_agent(args.child)


def read_secret(prompt: str, lines: list[str]) -> str:
    """A PIN from the terminal (not echoed), or the next line of standard input."""
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    if not lines:
        raise InvalidInput(f"{prompt.strip(': ')}: expected on standard input, one per line")
    return lines.pop(0)


def stdin_lines() -> list[str]:
    return [] if sys.stdin.isatty() else sys.stdin.read().splitlines()


@contextmanager
def pin_vault() -> Iterator[PinVault]:
    from guardian.core.clock import SystemClock
    from guardian.pin import PinVault

    with open_family_store() as store:
        yield PinVault(store, SystemClock())


def cmd_pin_set(args: argparse.Namespace) -> int:
    lines = stdin_lines()
    with pin_vault() as vault:
        current = read_secret("Current PIN: ", lines) if vault.is_set() else None
        new = read_secret("New PIN: ", lines)
        if sys.stdin.isatty() and getpass.getpass("New PIN again: ") != new:
            raise InvalidInput("the two PINs differ; nothing was changed")
        code = vault.set_pin(new, current)
    print("The parent PIN is set.")
    print("Recovery code, shown only once: write it down and keep it away from the child:")
    print(f"    {code}")
    return EXIT_OK


def cmd_pin_verify(args: argparse.Namespace) -> int:
    from guardian.pin import PinNotSet

    lines = stdin_lines()
    try:
        with pin_vault() as vault:
            check = vault.verify(read_secret("PIN: ", lines))
    except (PinNotSet, InvalidInput) as error:
        print(error, file=sys.stderr)
        return EXIT_FAILURE
    if check.ok:
        return EXIT_OK
    if check.wait:
        print(
            f"wrong PIN; too many tries: wait {int(check.wait.total_seconds())} s", file=sys.stderr
        )
    else:
        print("wrong PIN", file=sys.stderr)
    return EXIT_FAILURE


def cmd_pin_reset(args: argparse.Namespace) -> int:
    lines = stdin_lines()
    with pin_vault() as vault:
        code = read_secret("Recovery code: ", lines)
        new = read_secret("New PIN: ", lines)
        fresh = vault.reset_with_recovery(code, new)
    print("The parent PIN is set again; the old recovery code no longer works.")
    print(f"New recovery code (shown only once): {fresh}")
    return EXIT_OK


def cmd_dashboard(args: argparse.Namespace) -> int:
    from guardian.ui.app import run_dashboard

    return run_dashboard()


def cmd_demo(args: argparse.Namespace) -> int:
    from guardian.ui.app import run_demo

    return run_demo(Path(args.screenshot) if args.screenshot else None)


def cmd_report(args: argparse.Namespace) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a report needs no screen
    from PySide6.QtWidgets import QApplication

    from guardian.core.clock import SystemClock
    from guardian.storage import repositories as repo
    from guardian.ui.dashboard_data import DashboardData
    from guardian.ui.i18n import choose_language, install_translator
    from guardian.ui.report import WeeklyReport

    try:
        first = date.fromisoformat(args.week)
    except ValueError:
        raise InvalidInput(f"--week {args.week}: not a date; write it like 2026-11-16") from None
    out = Path(args.out)
    if out.suffix.lower() not in (".pdf", ".html", ".htm", ".csv"):
        raise InvalidInput(f"--out {out}: a report is saved as .pdf, .html or .csv")
    app = QApplication.instance() or QApplication(["guardian"])
    language = choose_language()
    install_translator(app, language)
    with open_family_store() as store:
        with store.session(read_only=True) as s:
            child = repo.get_child(s, args.child)
            policy = stored_policy(s, child)
        data = DashboardData(store, SystemClock(), config.family_zone(policy.timezone))
        WeeklyReport(data, child, first, language).save(out)
    print(f"{out}: weekly report for {child.name}, {first.isoformat()} and the six days after")
    return EXIT_OK


def cmd_setup(args: argparse.Namespace) -> int:
    from guardian.ui.app import run_setup

    return run_setup()


def cmd_doctor(args: argparse.Namespace) -> int:
    from guardian.doctor import run_checks

    checks = run_checks()
    if args.json:
        print_json([check.as_json() for check in checks])
    else:
        for check in checks:
            print(check.describe())
    return EXIT_OK


# --- parser ---------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="guardian",
        description="Guardian: screen-time limits and family-education guidance for a family PC.",
    )
    parser.add_argument("--version", action="version", version=f"guardian {__version__}")
    parser.set_defaults(handler=cmd_status)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    policy = commands.add_parser("policy", help="check, explain and apply policy files")
    policy_commands = policy.add_subparsers(
        title="policy commands", metavar="ACTION", required=True
    )
    p = policy_commands.add_parser("validate", help="check a policy file; exit 2 with every error")
    p.add_argument("file")
    p.set_defaults(handler=cmd_policy_validate)
    p = policy_commands.add_parser("explain", help="what a policy allows at a given moment (JSON)")
    p.add_argument("policy", help="a policy file or a preset id")
    p.add_argument("--at", required=True, help="ISO date and time, e.g. 2026-11-20T20:30:00+08:00")
    p.add_argument("--usage", help="JSON file with usage so far that day")
    p.set_defaults(handler=cmd_policy_explain)
    p = policy_commands.add_parser("apply", help="make a policy a child's current policy")
    p.add_argument("policy", help="a policy file or a preset id")
    p.add_argument("--child", required=True)
    p.add_argument("--comment")
    p.add_argument("--author", help="who applied it (default: this account)")
    p.set_defaults(handler=cmd_policy_apply)
    p = policy_commands.add_parser("presets", help="list the presets that come with Guardian")
    p.set_defaults(handler=cmd_policy_presets)

    child = commands.add_parser("child", help="add and list children")
    child_commands = child.add_subparsers(title="child commands", metavar="ACTION", required=True)
    p = child_commands.add_parser("add", help="add a child")
    p.add_argument("name")
    p.add_argument("--os-user", help="the child's account on this PC")
    p.add_argument("--age", type=int)
    p.set_defaults(handler=cmd_child_add)
    p = child_commands.add_parser("list", help="list children")
    p.set_defaults(handler=cmd_child_list)

    p = commands.add_parser("usage", help="a child's usage on one day")
    p.add_argument("--child", required=True)
    p.add_argument("--day", required=True, help="YYYY-MM-DD")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_usage)

    pin = commands.add_parser("pin", help="the parent PIN")
    pin_commands = pin.add_subparsers(title="pin commands", metavar="ACTION", required=True)
    p = pin_commands.add_parser(
        "set", help="set or change the parent PIN (standard input or prompt)"
    )
    p.set_defaults(handler=cmd_pin_set)
    p = pin_commands.add_parser("verify", help="check a PIN: exit 0 when right, 1 otherwise")
    p.set_defaults(handler=cmd_pin_verify)
    p = pin_commands.add_parser("reset", help="forgotten PIN: set a new one with the recovery code")
    p.set_defaults(handler=cmd_pin_reset)

    p = commands.add_parser("agent", help="the child's side: track usage in this desktop session")
    p.add_argument("--child", help="the child (default: the one whose account this is)")
    p.set_defaults(handler=cmd_agent)

    p = commands.add_parser("report", help="a child's weekly report as PDF, HTML or CSV")
    p.add_argument("--child", required=True)
    p.add_argument("--week", required=True, help="the first day, YYYY-MM-DD")
    p.add_argument("--out", required=True, help="a .pdf, .html or .csv file")
    p.set_defaults(handler=cmd_report)

    p = commands.add_parser("setup", help="the first-run wizard: PIN, children, limits")
    p.set_defaults(handler=cmd_setup)

    p = commands.add_parser("dashboard", help="the parent's window (needs the parent PIN)")
    p.set_defaults(handler=cmd_dashboard)
    p = commands.add_parser("demo", help="the dashboard over a made-up family, to look around")
    p.add_argument("--screenshot", help="save a picture of the dashboard to this PNG file and quit")
    p.set_defaults(handler=cmd_demo)

    p = commands.add_parser("track", help="what Guardian sees on this desktop right now")
    mode = p.add_mutually_exclusive_group(required=True)
    mode.add_argument("--once", action="store_true", help="one sample")
    mode.add_argument("--watch", action="store_true", help="a sample a second until Ctrl+C")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_track)

    p = commands.add_parser(
        "doctor", help="what works on this machine, and how to fix what does not"
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_doctor)

    p = commands.add_parser("status", help="each child's state now (the default)")
    p.set_defaults(handler=cmd_status)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except PolicyError as error:
        for problem in error.problems:
            print(problem.describe(error.source), file=sys.stderr)
        return EXIT_INVALID
    except InvalidInput as error:
        print(error, file=sys.stderr)
        return EXIT_INVALID
    except Error as error:
        print(error, file=sys.stderr)
        return EXIT_INVALID if error.invalid_input else EXIT_FAILURE
    except KeyboardInterrupt:
        return EXIT_FAILURE


__all__ = ["Problem", "main"]
