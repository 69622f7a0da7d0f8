"""The `guardian` command.

Exit codes: 0 success, 2 invalid input (a bad file, an unknown child, a wrong argument), 1 anything
else (a locked database, a full disk). Messages name the file and the key. Commands that act on
the family's data use the data home that `GUARDIAN_HOME` names, or the platform's default.
"""

from __future__ import annotations

import argparse
import functools
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
from guardian.core.text import Text, translate, verbatim
from guardian.school import SchoolError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from guardian.core.catalog import Classifier
    from guardian.i18n import Messages
    from guardian.pin import PinVault
    from guardian.platform.base import Platform
    from guardian.storage.database import Store
    from guardian.storage.models import Child

EXIT_OK, EXIT_FAILURE, EXIT_INVALID = 0, 1, 2

log = logging.getLogger(__name__)


class InvalidInput(Error):
    """Input the user can fix: reported with exit code 2."""

    invalid_input = True


# --- words ----------------------------------------------------------------------------------
# Messages are `Text`, shown in the language of the person at the terminal (GUARDIAN_LANG, else
# the system's locale). JSON output stays as DESIGN.md documents it: other programs read it.


@functools.cache
def _messages_in(language: str) -> Messages:
    from guardian.i18n import Messages

    return Messages(language)


def messages() -> Messages:
    from guardian.i18n import choose_language

    return _messages_in(choose_language())


def say(message: Text | str, *, err: bool = False, flush: bool = False) -> None:
    print(messages()(message), file=sys.stderr if err else sys.stdout, flush=flush)


def day_type_name(value: str) -> str:
    names = {
        "school_day": translate("Cli", "school day"),
        "rest_day": translate("Cli", "rest day"),
    }
    return messages()(names.get(value, value))


def reason_name(value: str) -> str:
    names = {
        "outside_hours": translate("Cli", "outside the allowed hours"),
        "daily_limit": translate("Cli", "today's time is used up"),
        "rest_break": translate("Cli", "rest break"),
        "locked": translate("Cli", "the computer is locked"),
        "category_limit": translate("Cli", "a category's time is used up"),
        "app_limit": translate("Cli", "an app's time is used up"),
        "blocked": translate("Cli", "blocked by a parent"),
    }
    return messages()(names.get(value, value))


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
    known = ", ".join(preset_ids()) or "-"
    raise InvalidInput(
        translate(
            "Cli", "{name}: no such policy file, and no preset has that id (presets: {known})"
        ).fill(name=name, known=known)
    )


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
            translate(
                "Cli", "--at {text}: not a date and time; write it like 2026-11-20T20:30:00+08:00"
            ).fill(text=text)
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
        raise InvalidInput(
            translate("Cli", "{file}: cannot read the usage file: {reason}").fill(
                file=where, reason=reason
            )
        ) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InvalidInput(
            translate("Cli", "{file}: not valid JSON: {error}").fill(file=where, error=error)
        ) from None
    problems: list[Text] = []
    if not isinstance(data, dict):
        raise InvalidInput(
            translate("Cli", "{file}: should be a JSON object like {example}").fill(
                file=where, example='{"total_seconds": 3600}'
            )
        )
    for key in data:
        if key not in _USAGE_KEYS + _USAGE_REPORT_KEYS:
            problems.append(
                translate("Cli", "{file}: {key}: unknown key; known: {known}").fill(
                    file=where, key=key, known=", ".join(_USAGE_KEYS)
                )
            )

    def seconds(value: object, key: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            problems.append(
                translate(
                    "Cli", "{file}: {key}: should be a whole number of seconds, 0 or more"
                ).fill(file=where, key=key)
            )
            return 0
        return value

    def table(key: str) -> dict[str, int]:
        value = data.get(key, {})
        if not isinstance(value, dict):
            problems.append(
                translate("Cli", "{file}: {key}: should be an object of name: seconds").fill(
                    file=where, key=key
                )
            )
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
        raise InvalidInput(verbatim("\n".join(messages()(p) for p in problems)))
    return usage


@contextmanager
def open_family_store() -> Iterator[Store]:
    from guardian.sealing import open_sealed_store

    home = config.data_home()
    config.setup_logging(home)
    store = open_sealed_store(config.database_path(home))
    try:
        yield store
    finally:
        store.close()


def print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def format_seconds(seconds: int | None) -> Text:
    if seconds is None:
        return translate("Cli", "no limit")
    hours, rest = divmod(seconds, 3600)
    minutes, secs = f"{rest // 60:02d}", f"{rest % 60:02d}"
    if hours:
        return translate("Cli", "{hours} h {minutes} min").fill(hours=hours, minutes=minutes)
    return translate("Cli", "{minutes} min {seconds} s").fill(minutes=rest // 60, seconds=secs)


# --- commands -------------------------------------------------------------------------------


def cmd_policy_validate(args: argparse.Namespace) -> int:
    policy = load_policy_file(Path(args.file))
    say(
        translate("Cli", "{file}: valid policy '{name}', {rules} app rules").fill(
            file=args.file, name=policy.name or Path(args.file).stem, rules=len(policy.apps)
        )
    )
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
    comment = args.comment or messages()(
        translate("Cli", "applied from {origin}").fill(origin=origin)
    )
    with open_family_store() as store, store.session() as s:
        child = repo.get_child(s, args.child)
        version = repo.add_policy_version(
            s, child, policy_to_document(policy), author=author, now=datetime.now(UTC),
            comment=comment,
        )  # fmt: skip
        say(
            translate("Cli", "{child}: policy version {version} applied ({origin})").fill(
                child=child.name, version=version.version, origin=origin
            )
        )
    return EXIT_OK


def cmd_child_add(args: argparse.Namespace) -> int:
    from guardian.storage import repositories as repo

    if args.age is not None and not 1 <= args.age <= 25:
        raise InvalidInput(
            translate("Cli", "--age {age}: give the child's age in years, from 1 to 25").fill(
                age=args.age
            )
        )
    name = args.name.strip()
    if not name or len(name) > 64:
        raise InvalidInput(translate("Cli", "NAME: give the child's name, 1 to 64 characters"))
    with open_family_store() as store, store.session() as s:
        child = repo.add_child(s, name, os_user=args.os_user, age=args.age, now=datetime.now(UTC))
        say(
            translate("Cli", "added {child} (account {account})").fill(
                child=child.name, account=child.os_user
            )
            if child.os_user
            else translate("Cli", "added {child}").fill(child=child.name)
        )
    return EXIT_OK


def cmd_child_list(args: argparse.Namespace) -> int:
    from guardian.storage import repositories as repo

    with open_family_store() as store, store.session(read_only=True) as s:
        for child in repo.list_children(s):
            current = repo.current_policy(s, child)
            version = (
                translate("Cli", "policy v{version}").fill(version=current.version)
                if current
                else translate("Cli", "no policy yet")
            )
            say(f"{child.name}\t{child.os_user or '-'}\t{child.age or '-'}\t{messages()(version)}")
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
        raise InvalidInput(
            translate("Cli", "--day {day}: not a date; write it like 2026-11-20").fill(day=args.day)
        ) from None
    with open_family_store() as store, store.session(read_only=True) as s:
        child = repo.get_child(s, args.child)
        policy = stored_policy(s, child)
        zone = config.family_zone(policy.timezone)
        from guardian.services.days import day_bounds

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
        say(
            translate("Cli", "{child} on {day} ({day_type}): {total}").fill(
                child=child.name, day=day.isoformat(), day_type=day_type_name(day_type),
                total=format_seconds(total),
            )
        )  # fmt: skip
        for name, secs in sorted(categories.items(), key=lambda item: -item[1]):
            say(f"  {name:<12}{messages()(format_seconds(secs))}")
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
    say(
        translate("Cli", "Guardian {version}; data home {home}").fill(
            version=__version__, home=home
        )
    )
    with open_family_store() as store, store.session(read_only=True) as s:
        children = repo.list_children(s)
        if not children:
            say(
                translate(
                    "Cli",
                    "No children set up yet. Add one with: guardian child add NAME --age N\n"
                    "then give them a policy:          guardian policy apply PRESET --child NAME\n"
                    "Presets: {presets}",
                ).fill(presets=", ".join(preset_ids()))
            )
            return EXIT_OK
        now = datetime.now(UTC)
        for child in children:
            decision, zone = child_decision(s, child, now)
            state = (
                translate("Cli", "locked ({reason})").fill(
                    reason=reason_name(decision.reason or "")
                )
                if decision.locked
                else translate("Cli", "unlocked")
            )
            nxt = decision.next_change_at
            line = translate("Cli", "{child}: {day_type}, {state}, time left {left}").fill(
                child=child.name, day_type=day_type_name(decision.day.day_type.value),
                state=state, left=format_seconds(decision.remaining_seconds),
            )  # fmt: skip
            if nxt:
                line = translate("Cli", "{line}, changes at {when}").fill(
                    line=line, when=f"{nxt.astimezone(zone):%m-%d %H:%M}"
                )
            say(line)
            if decision.day.estimated:
                say(
                    translate(
                        "Cli",
                        "  note: the official holiday schedule for {year} is not known yet; "
                        "weekends and the fixed public holidays are used",
                    ).fill(year=decision.day.day.year)
                )
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
                app = data["app"] or messages()(translate("Cli", "(no window)"))
                say(f"{app}\t{data['category']}\t{data['title']}")
            return EXIT_OK
        tick = threading.Event()
        while True:
            data = sample_json(platform, classifier)
            if args.json:
                print(json.dumps(data, ensure_ascii=False), flush=True)
            else:
                idle = data["idle_seconds"]
                flags = messages()(translate("Cli", "locked ")) if data["locked"] else ""
                flags += messages()(translate("Cli", "full-screen ")) if data["fullscreen"] else ""
                app = data["app"] or messages()(translate("Cli", "(no window)"))
                idle_word = messages()(translate("Cli", "idle"))
                say(
                    f"{datetime.now().astimezone():%H:%M:%S}  {app:<24}"
                    f"{data['category']:<10}{idle_word} {idle if idle is not None else '?':>6}  "
                    f"{flags}{data['title']}",
                    flush=True,
                )
            tick.wait(1.0)
    except KeyboardInterrupt:
        return EXIT_OK
    finally:
        platform.close()


def cmd_agent(args: argparse.Namespace) -> int:
    from guardian.qt_sources import forget_imported_sources

    forget_imported_sources()  # before the agent's modules: some 30 MB (issue 9)
    from guardian.services.agent import run_agent

    return run_agent(args.child, backend=args.backend)


def read_secret(prompt: Text, lines: list[str]) -> str:
    """A PIN from the terminal (not echoed), or the next line of standard input."""
    if sys.stdin.isatty():
        try:
            return getpass.getpass(messages()(prompt) + ": ")
        except EOFError:  # Ctrl+D at the prompt: nothing given, nothing changed
            raise InvalidInput(
                translate("Cli", "{what}: nothing given").fill(what=prompt)
            ) from None
    if not lines:
        raise InvalidInput(
            translate("Cli", "{what}: expected on standard input, one per line").fill(what=prompt)
        )
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
        current = read_secret(translate("Cli", "Current PIN"), lines) if vault.is_set() else None
        new = read_secret(translate("Cli", "New PIN"), lines)
        if sys.stdin.isatty() and read_secret(translate("Cli", "New PIN again"), []) != new:
            raise InvalidInput(translate("Cli", "the two PINs differ; nothing was changed"))
        code = vault.set_pin(new, current)
    say(
        translate(
            "Cli",
            "The parent PIN is set.\n"
            "Recovery code, shown only once: write it down and keep it away from the child:\n"
            "    {code}",
        ).fill(code=code)
    )
    return EXIT_OK


def cmd_pin_verify(args: argparse.Namespace) -> int:
    from guardian.pin import PinNotSet

    if args.dialog:
        from guardian.ui.app import run_pin_check

        return run_pin_check()
    lines = stdin_lines()
    try:
        with pin_vault() as vault:
            check = vault.verify(read_secret(translate("Cli", "PIN"), lines))
    except (PinNotSet, InvalidInput) as error:
        say(error.text, err=True)
        return EXIT_FAILURE
    if check.ok:
        return EXIT_OK
    if check.wait:
        say(
            translate("Cli", "wrong PIN; too many tries: wait {seconds} s").fill(
                seconds=int(check.wait.total_seconds())
            ),
            err=True,
        )
    else:
        say(translate("Cli", "wrong PIN"), err=True)
    return EXIT_FAILURE


def cmd_pin_reset(args: argparse.Namespace) -> int:
    lines = stdin_lines()
    with pin_vault() as vault:
        code = read_secret(translate("Cli", "Recovery code"), lines)
        new = read_secret(translate("Cli", "New PIN"), lines)
        fresh = vault.reset_with_recovery(code, new)
    say(
        translate(
            "Cli",
            "The parent PIN is set again; the old recovery code no longer works.\n"
            "New recovery code (shown only once): {code}",
        ).fill(code=fresh)
    )
    return EXIT_OK


def cmd_service(args: argparse.Namespace) -> int:
    from guardian.qt_sources import forget_imported_sources
    from guardian.statutory_tables import use_helper_process

    forget_imported_sources()  # before the service's modules: some 30 MB (issue 9)
    use_helper_process()  # holiday tables from a short-lived process: some 13 MB
    from guardian.services.service import run_service

    return run_service()


def cmd_keyring_entries(_args: argparse.Namespace) -> int:
    """For the agent that does everything itself (guardian.keyring_access), not in the help."""
    from guardian.keyring_access import answer_document

    print(answer_document(), flush=True)
    return EXIT_OK


def cmd_holiday_table(args: argparse.Namespace) -> int:
    """For the agent and the service (guardian.statutory_tables), not in the help."""
    from guardian.statutory_tables import tables_document

    try:
        print(tables_document(args.country, args.years), flush=True)
    except NotImplementedError:  # the package knows no such country
        raise InvalidInput(
            translate(
                "Policy",
                "no statutory calendar is known for '{code}'; "
                'use a two-letter code like CN, or "none" for weekends only',
            ).fill(code=args.country)
        ) from None
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
    from guardian.i18n import choose_language, install_translator
    from guardian.storage import repositories as repo
    from guardian.ui.dashboard_data import DashboardData
    from guardian.ui.report import WeeklyReport

    try:
        first = date.fromisoformat(args.week)
    except ValueError:
        raise InvalidInput(
            translate("Cli", "--week {day}: not a date; write it like 2026-11-16").fill(
                day=args.week
            )
        ) from None
    out = Path(args.out)
    if out.suffix.lower() not in (".pdf", ".html", ".htm", ".csv"):
        raise InvalidInput(
            translate("Cli", "--out {file}: a report is saved as .pdf, .html or .csv").fill(
                file=out
            )
        )
    app = QApplication.instance() or QApplication(["guardian"])
    language = choose_language()
    install_translator(app, language)
    with open_family_store() as store:
        with store.session(read_only=True) as s:
            child = repo.get_child(s, args.child)
            policy = stored_policy(s, child)
        data = DashboardData(store, SystemClock(), config.family_zone(policy.timezone))
        WeeklyReport(data, child, first, language).save(out)
    say(
        translate("Cli", "{file}: weekly report for {child}, {day} and the six days after").fill(
            file=out, child=child.name, day=first.isoformat()
        )
    )
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
            say(check.describe(messages().translate))
    return EXIT_OK


def _problem_lines(located: Sequence[tuple[str, Problem]]) -> list[str]:
    return [p.describe(file, messages().translate) for file, p in located]


def cmd_guidance_check(args: argparse.Namespace) -> int:
    from guardian.guidance_packs import check_pack

    pack, languages = check_pack(Path(args.folder))
    failed = False
    for language, library in languages.items():
        say(
            translate("Cli", "{pack} ({language}): {count} articles can be shown").fill(
                pack=pack.name, language=language, count=len(library.articles)
            )
        )
        for line in _problem_lines(library.problems):
            say(line, err=True)
        failed = failed or bool(library.problems)
    ids = [{a.id for a in library.articles} for library in languages.values()]
    if len(ids) == 2 and ids[0] != ids[1]:
        say(
            translate("Cli", "the two languages differ: {ids} are in only one of them").fill(
                ids=", ".join(sorted(ids[0] ^ ids[1]))
            ),
            err=True,
        )
        failed = True
    return EXIT_INVALID if failed else EXIT_OK


def cmd_guidance_add(args: argparse.Namespace) -> int:
    from guardian.guidance_packs import add_pack, check_pack

    pack, languages = check_pack(Path(args.folder))
    installed = add_pack(Path(args.folder))
    shown = sum(len(library.articles) for library in languages.values())
    say(
        translate("Cli", "{pack}: added to {folder} ({count} articles)").fill(
            pack=pack.name, folder=installed.folder, count=shown
        )
    )
    for library in languages.values():
        for line in _problem_lines(library.problems):
            say(line, err=True)
    if any(library.problems for library in languages.values()):
        say(translate("Cli", "the articles named above are not shown until they are corrected"))
    return EXIT_OK


def cmd_guidance_list(args: argparse.Namespace) -> int:
    from guardian.guidance_packs import installed_packs

    for pack in installed_packs():
        say(f"{pack.name}\t{pack.folder}")
    return EXIT_OK


def cmd_guidance_remove(args: argparse.Namespace) -> int:
    from guardian.guidance_packs import remove_pack

    pack = remove_pack(args.name)
    say(translate("Cli", "{pack}: removed").fill(pack=pack.name))
    return EXIT_OK


def cmd_school_check(args: argparse.Namespace) -> int:
    from guardian.school import opened

    with opened(Path(args.profile)) as school:
        say(describe_school(school))
    return EXIT_OK


def describe_school(school: object) -> Text:
    from guardian.school import School

    assert isinstance(school, School)
    limits = school.starting_policy_name() or messages()(
        translate("Cli", "none (the wizard's choice by age)")
    )
    calendar = school.calendar
    return translate(
        "Cli",
        "{name}\n  contact: {contact}\n  starting limits: {limits}\n"
        "  term calendar: {vacations} vacations, {school_days} make-up school days, "
        "{rest_days} rest days\n  articles: {articles}\n  window titles: {titles}",
    ).fill(
        name=school.name,
        contact=school.contact,
        limits=limits,
        vacations=len(calendar.vacations) if calendar else 0,
        school_days=len(calendar.school_days) if calendar else 0,
        rest_days=len(calendar.rest_days) if calendar else 0,
        articles=school.guidance.name if school.guidance else "-",
        titles=messages()(
            translate("Cli", "not kept")
            if school.record_titles is False
            else translate("Cli", "the family's choice")
        ),
    )


def cmd_school_show(args: argparse.Namespace) -> int:
    from guardian.school import current_school

    school = current_school()
    if school is None:
        say(translate("Cli", "no school profile is applied on this computer"))
        return EXIT_OK
    say(describe_school(school))
    return EXIT_OK


def cmd_school_build(args: argparse.Namespace) -> int:
    from guardian.school import read_profile, write_pack

    school = read_profile(Path(args.profile))
    out = Path(args.out)
    pack = write_pack(school, out)
    built = [pack]
    for bundle in map(Path, args.bundle or []):
        if (bundle / "guardian.exe").is_file():
            from guardian.packaging.nsis import build_installer

            built.append(
                build_installer(bundle, out, version=args.version, profile=pack, school=school.name)
            )
        elif (bundle / "guardian").is_file():
            from guardian.packaging.deb import build_deb

            built.append(
                build_deb(bundle, out, version=args.version, profile=pack, school=school.name)
            )
        else:
            raise InvalidInput(
                translate(
                    "Cli",
                    "--bundle {folder}: no guardian.exe (Windows) or guardian (Linux) program "
                    "in it; give the folder `make bundle` makes (dist/guardian)",
                ).fill(folder=bundle)
            )
    for path in built:
        say(
            translate("Cli", "{file}: {size} MB").fill(
                file=path, size=f"{path.stat().st_size / 1_000_000:.1f}"
            )
        )
    return EXIT_OK


def cmd_school_apply(args: argparse.Namespace) -> int:
    from guardian.pin import PinVault
    from guardian.school import apply_pack, opened

    with opened(Path(args.pack)):
        pass  # every problem is reported before anything is asked or changed
    lines = stdin_lines()
    with open_family_store() as store:
        from guardian.core.clock import SystemClock

        vault = PinVault(store, SystemClock())
        if vault.is_set():
            check = vault.verify(read_secret(translate("Cli", "Parent PIN"), lines))
            if not check.ok:
                raise InvalidInput(
                    translate("Cli", "wrong PIN; the school profile was not applied")
                )
        applied = apply_pack(
            Path(args.pack), store, datetime.now(UTC), author=f"cli:{getpass.getuser()}"
        )
    say(
        translate("Cli", "{name}: applied. Contact: {contact}").fill(
            name=applied.school.name, contact=applied.school.contact
        )
    )
    if applied.children_updated:
        say(
            translate("Cli", "term calendar added to the limits of: {children}").fill(
                children=", ".join(applied.children_updated)
            )
        )
    if applied.articles:
        say(translate("Cli", "the school's articles are in the guidance library"))
    if applied.titles_off:
        say(translate("Cli", "window titles are no longer kept, as the school asks"))
    return EXIT_OK


# --- parser ---------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    m = messages()
    parser = argparse.ArgumentParser(
        prog="guardian",
        description=m.translate(
            "Cli", "Guardian: screen-time limits and family-education guidance for a family PC."
        ),
    )
    parser.add_argument("--version", action="version", version=f"guardian {__version__}")
    parser.set_defaults(handler=cmd_status)
    commands = parser.add_subparsers(title=m.translate("Cli", "commands"), metavar="COMMAND")

    policy = commands.add_parser(
        "policy", help=m.translate("Cli", "check, explain and apply policy files")
    )
    policy_commands = policy.add_subparsers(
        title=m.translate("Cli", "policy commands"), metavar="ACTION", required=True
    )
    p = policy_commands.add_parser(
        "validate", help=m.translate("Cli", "check a policy file; exit 2 with every error")
    )
    p.add_argument("file")
    p.set_defaults(handler=cmd_policy_validate)
    p = policy_commands.add_parser(
        "explain", help=m.translate("Cli", "what a policy allows at a given moment (JSON)")
    )
    p.add_argument("policy", help=m.translate("Cli", "a policy file or a preset id"))
    p.add_argument(
        "--at",
        required=True,
        help=m.translate("Cli", "ISO date and time, e.g. 2026-11-20T20:30:00+08:00"),
    )
    p.add_argument("--usage", help=m.translate("Cli", "JSON file with usage so far that day"))
    p.set_defaults(handler=cmd_policy_explain)
    p = policy_commands.add_parser(
        "apply", help=m.translate("Cli", "make a policy a child's current policy")
    )
    p.add_argument("policy", help=m.translate("Cli", "a policy file or a preset id"))
    p.add_argument("--child", required=True)
    p.add_argument("--comment")
    p.add_argument("--author", help=m.translate("Cli", "who applied it (default: this account)"))
    p.set_defaults(handler=cmd_policy_apply)
    p = policy_commands.add_parser(
        "presets", help=m.translate("Cli", "list the presets that come with Guardian")
    )
    p.set_defaults(handler=cmd_policy_presets)

    child = commands.add_parser("child", help=m.translate("Cli", "add and list children"))
    child_commands = child.add_subparsers(
        title=m.translate("Cli", "child commands"), metavar="ACTION", required=True
    )
    p = child_commands.add_parser("add", help=m.translate("Cli", "add a child"))
    p.add_argument("name")
    p.add_argument("--os-user", help=m.translate("Cli", "the child's account on this PC"))
    p.add_argument("--age", type=int)
    p.set_defaults(handler=cmd_child_add)
    p = child_commands.add_parser("list", help=m.translate("Cli", "list children"))
    p.set_defaults(handler=cmd_child_list)

    guidance = commands.add_parser(
        "guidance", help=m.translate("Cli", "school guidance packs: check, add, list, remove")
    )
    guidance_commands = guidance.add_subparsers(
        title=m.translate("Cli", "guidance commands"), metavar="ACTION", required=True
    )
    p = guidance_commands.add_parser(
        "check", help=m.translate("Cli", "check a pack's articles; exit 2 with every problem")
    )
    p.add_argument("folder")
    p.set_defaults(handler=cmd_guidance_check)
    p = guidance_commands.add_parser(
        "add", help=m.translate("Cli", "add a school's pack of articles to this PC")
    )
    p.add_argument("folder")
    p.set_defaults(handler=cmd_guidance_add)
    p = guidance_commands.add_parser("list", help=m.translate("Cli", "list the packs added"))
    p.set_defaults(handler=cmd_guidance_list)
    p = guidance_commands.add_parser("remove", help=m.translate("Cli", "remove a pack"))
    p.add_argument("name")
    p.set_defaults(handler=cmd_guidance_remove)

    school = commands.add_parser(
        "school", help=m.translate("Cli", "school profiles: check, build installers, apply")
    )
    school_commands = school.add_subparsers(
        title=m.translate("Cli", "school commands"), metavar="ACTION", required=True
    )
    p = school_commands.add_parser(
        "check", help=m.translate("Cli", "check a school.toml or a school pack (.zip)")
    )
    p.add_argument("profile")
    p.set_defaults(handler=cmd_school_check)
    p = school_commands.add_parser(
        "build",
        help=m.translate("Cli", "a school's pack, Windows installer and .deb with its profile"),
    )
    p.add_argument("--profile", required=True, help="school.toml")
    p.add_argument(
        "--bundle",
        action="append",
        help=m.translate(
            "Cli", "a Guardian bundle folder (Windows or Linux); give it twice for both"
        ),
    )
    p.add_argument("--out", required=True, help=m.translate("Cli", "the folder to write to"))
    p.add_argument("--version", default=__version__, help=argparse.SUPPRESS)
    p.set_defaults(handler=cmd_school_build)
    p = school_commands.add_parser(
        "apply",
        help=m.translate("Cli", "bring a school pack to this family (asks the parent PIN)"),
    )
    p.add_argument("pack")
    p.set_defaults(handler=cmd_school_apply)
    p = school_commands.add_parser(
        "show", help=m.translate("Cli", "the school profile applied on this computer")
    )
    p.set_defaults(handler=cmd_school_show)

    p = commands.add_parser("usage", help=m.translate("Cli", "a child's usage on one day"))
    p.add_argument("--child", required=True)
    p.add_argument("--day", required=True, help=m.translate("Cli", "YYYY-MM-DD"))
    p.add_argument("--json", action="store_true", help=m.translate("Cli", "print JSON"))
    p.set_defaults(handler=cmd_usage)

    pin = commands.add_parser("pin", help=m.translate("Cli", "the parent PIN"))
    pin_commands = pin.add_subparsers(
        title=m.translate("Cli", "pin commands"), metavar="ACTION", required=True
    )
    p = pin_commands.add_parser(
        "set", help=m.translate("Cli", "set or change the parent PIN (standard input or prompt)")
    )
    p.set_defaults(handler=cmd_pin_set)
    p = pin_commands.add_parser(
        "verify", help=m.translate("Cli", "check a PIN: exit 0 when right, 1 otherwise")
    )
    p.add_argument(
        "--dialog",
        action="store_true",
        help=m.translate(
            "Cli",
            "ask in a window (for installers): exit 0 when right or when no PIN is set yet",
        ),
    )
    p.set_defaults(handler=cmd_pin_verify)
    p = pin_commands.add_parser(
        "reset", help=m.translate("Cli", "forgotten PIN: set a new one with the recovery code")
    )
    p.set_defaults(handler=cmd_pin_reset)

    p = commands.add_parser(
        "agent", help=m.translate("Cli", "the child's side: track usage in this desktop session")
    )
    p.add_argument(
        "--child", help=m.translate("Cli", "the child (default: the one whose account this is)")
    )
    p.add_argument(
        "--backend",
        choices=["auto", "service", "local"],
        default="auto",
        help=m.translate(
            "Cli",
            "service: report to guardian service; local: track in this process and write the "
            "store; auto (default): the service when it runs",
        ),
    )
    p.set_defaults(handler=cmd_agent)

    p = commands.add_parser(
        "service",
        help=m.translate(
            "Cli", "the system service that keeps the store and the children's time (as root)"
        ),
    )
    p.set_defaults(handler=cmd_service)

    p = commands.add_parser(
        "report", help=m.translate("Cli", "a child's weekly report as PDF, HTML or CSV")
    )
    p.add_argument("--child", required=True)
    p.add_argument("--week", required=True, help=m.translate("Cli", "the first day, YYYY-MM-DD"))
    p.add_argument("--out", required=True, help=m.translate("Cli", "a .pdf, .html or .csv file"))
    p.set_defaults(handler=cmd_report)

    p = commands.add_parser(
        "setup", help=m.translate("Cli", "the first-run wizard: PIN, children, limits")
    )
    p.set_defaults(handler=cmd_setup)

    p = commands.add_parser(
        "dashboard", help=m.translate("Cli", "the parent's window (needs the parent PIN)")
    )
    p.set_defaults(handler=cmd_dashboard)
    p = commands.add_parser(
        "demo", help=m.translate("Cli", "the dashboard over a made-up family, to look around")
    )
    p.add_argument(
        "--screenshot",
        help=m.translate("Cli", "save a picture of the dashboard to this PNG file and quit"),
    )
    p.set_defaults(handler=cmd_demo)

    p = commands.add_parser(
        "track", help=m.translate("Cli", "what Guardian sees on this desktop right now")
    )
    mode = p.add_mutually_exclusive_group(required=True)
    mode.add_argument("--once", action="store_true", help=m.translate("Cli", "one sample"))
    mode.add_argument(
        "--watch", action="store_true", help=m.translate("Cli", "a sample a second until Ctrl+C")
    )
    p.add_argument("--json", action="store_true", help=m.translate("Cli", "print JSON"))
    p.set_defaults(handler=cmd_track)

    p = commands.add_parser(
        "doctor",
        help=m.translate("Cli", "what works on this machine, and how to fix what does not"),
    )
    p.add_argument("--json", action="store_true", help=m.translate("Cli", "print JSON"))
    p.set_defaults(handler=cmd_doctor)

    p = commands.add_parser(
        "status", help=m.translate("Cli", "each child's state now (the default)")
    )
    p.set_defaults(handler=cmd_status)

    # The agent's and the service's helpers (guardian.statutory_tables, guardian.keyring_access):
    # no help, not listed.
    p = commands.add_parser("holiday-table")
    p.add_argument("country")
    p.add_argument("years", nargs="+", type=int)
    p.set_defaults(handler=cmd_holiday_table)
    p = commands.add_parser("keyring-entries")
    p.set_defaults(handler=cmd_keyring_entries)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        # Piped on Windows, output is in the PC's code page: a Chinese name must not crash an
        # English PC's pipe (the installer reads `guardian school check` this way).
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except PolicyError as error:
        say(error.describe(messages().translate), err=True)
        return EXIT_INVALID
    except SchoolError as error:
        say("\n".join(_problem_lines(error.located)), err=True)
        return EXIT_INVALID
    except Error as error:
        say(error.text, err=True)
        return EXIT_INVALID if error.invalid_input else EXIT_FAILURE
    except KeyboardInterrupt:
        return EXIT_FAILURE


__all__ = ["Problem", "main"]
