"""Reading and writing policies: TOML files for people, JSON documents for the store.

`read_policy` checks a parsed document and reports every problem together, each with its key
path, the line in the file where there is one, and the reason. Unknown keys are errors: a typo
such as `limt = "1h"` must never silently drop a limit. Nothing here applies anything; an invalid
policy simply never becomes a `Policy`.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from guardian.core.calendar import Vacation
from guardian.core.errors import Error
from guardian.core.policy import (
    BUILTIN_CATEGORIES,
    DAY_KEYS,
    DEFAULT_REST_BREAK,
    PAYMENT_RULES,
    AppRule,
    CalendarSettings,
    Category,
    DayRule,
    Limits,
    Policy,
    RestBreak,
)
from guardian.core.text import InvalidValue, Text, Translate, translate, verbatim
from guardian.core.units import (
    UNLIMITED,
    Window,
    format_duration,
    parse_duration,
    parse_window,
)

FORMAT_VERSION = 1
SECONDS_A_DAY = 24 * 3600
# A grace longer than ten minutes is no limit at all.
MAX_CLOSE_AFTER = 10 * 60

T = TypeVar("T")

_NAME = re.compile(r"^[a-z][a-z0-9_-]{0,31}$")


@dataclass(frozen=True)
class Problem:
    path: str  # dotted key path, e.g. `categories.games.limit.school_day` or `apps[2].exe`
    message: Text
    line: int | None = None

    def describe(self, source: str | None = None, translate: Translate | None = None) -> str:
        """`file:line: key: reason`, in the language `translate` gives (English without one)."""
        where = (
            f"{source}:{self.line}: " if source and self.line else (f"{source}: " if source else "")
        )
        path = self.path or _TOP_LEVEL.render(translate)
        return f"{where}{path}: {self.message.render(translate)}"


_TOP_LEVEL = translate("Policy", "(top level)")


class PolicyError(Error):
    """A policy that cannot be used, with every problem found in it."""

    invalid_input = True

    def __init__(self, source: str, problems: Iterable[Problem]) -> None:
        self.source = source
        self.problems = tuple(problems)
        super().__init__(verbatim("\n".join(p.describe(source) for p in self.problems)))

    def describe(self, translate: Translate | None = None) -> str:
        return "\n".join(p.describe(self.source, translate) for p in self.problems)


# --- line numbers ---------------------------------------------------------------------------

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(
    r"""^\s*((?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')(?:\s*\.\s*(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*'))*)\s*="""
)
_INLINE_KEY = re.compile(r"[{,]\s*([A-Za-z0-9_-]+)\s*=")


def _split_key(text: str) -> list[str]:
    return [
        part.strip().strip("\"'")
        for part in re.split(r"\.(?=(?:[^\"']|\"[^\"]*\"|'[^']*')*$)", text)
    ]


class LineIndex:
    """Where each key path of a TOML text starts, found by a light scan of the text.

    tomllib keeps no positions, so this reads table headers, array-of-tables headers and `key =`
    lines (and the keys of one-line inline tables). Good enough to point a parent at the line.
    """

    def __init__(self, text: str) -> None:
        self._lines: dict[tuple[str | int, ...], int] = {}
        table: tuple[str | int, ...] = ()
        array_counts: dict[tuple[str, ...], int] = {}
        in_multiline: str | None = None
        for number, raw in enumerate(text.splitlines(), start=1):
            if in_multiline is not None:
                if raw.count(in_multiline) % 2 == 1:
                    in_multiline = None
                continue
            header = _HEADER.match(raw)
            if header and "=" not in raw.split("#", 1)[0].split("]", 1)[0]:
                names = tuple(_split_key(header.group(2)))
                if header.group(1) == "[[":
                    index = array_counts.get(names, 0)
                    array_counts[names] = index + 1
                    table = (*names, index)
                else:
                    table = names
                self._lines.setdefault(table, number)
                continue
            key = _KEY.match(raw)
            if key is None:
                continue
            path = (*table, *_split_key(key.group(1)))
            self._lines.setdefault(path, number)
            value = raw[key.end() :]
            for inner in _INLINE_KEY.finditer(value):
                self._lines.setdefault((*path, inner.group(1)), number)
            for quote in ('"""', "'''"):
                if value.count(quote) % 2 == 1:
                    in_multiline = quote

    def line(self, path: tuple[str | int, ...]) -> int | None:
        while path:
            if path in self._lines:
                return self._lines[path]
            path = path[:-1]
        return None


# --- reading --------------------------------------------------------------------------------


def _format_path(path: tuple[str | int, ...]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def _format_header(path: tuple[str | int, ...]) -> str:
    """The table header a path lives under, as the file shows it: `[total]`, `[[apps]] no. 4`."""
    if path and isinstance(path[-1], int):
        return f"[[{_format_path(path[:-1])}]] no. {path[-1] + 1}"
    return f"[{_format_path(path)}]"


class _Reader:
    def __init__(self, lines: LineIndex | None) -> None:
        self.lines = lines
        self.problems: list[Problem] = []

    def problem(self, path: tuple[str | int, ...], message: Text) -> None:
        line = self.lines.line(path) if self.lines else None
        self.problems.append(Problem(_format_path(path), message, line))

    def table(
        self, value: object, path: tuple[str | int, ...], known: Iterable[str]
    ) -> dict[str, Any] | None:
        if not isinstance(value, Mapping):
            self.problem(
                path,
                translate("Policy", "should be a table of settings, not {value}").fill(
                    value=_describe(value)
                ),
            )
            return None
        known = tuple(known)
        for key in value:
            if key not in known:
                close = difflib.get_close_matches(str(key), known, n=1)
                if path and key in _TOP_KEYS:
                    self.problem(
                        (*path, str(key)),
                        translate(
                            "Policy",
                            "'{key}' is a top-level setting, but it stands under {header}: in "
                            "TOML, keys belong to the table header above them, so move it above "
                            "the first [table] header",
                        ).fill(key=key, header=_format_header(path)),
                    )
                    continue
                hint = (
                    translate("Policy", "; did you mean '{key}'?").fill(key=close[0])
                    if close
                    else translate("Policy", "; known keys: {keys}").fill(keys=", ".join(known))
                )
                self.problem(
                    (*path, str(key)),
                    translate("Policy", "unknown key '{key}'{hint}").fill(key=key, hint=hint),
                )
        return {str(k): v for k, v in value.items() if k in known}

    def attempt(self, path: tuple[str | int, ...], parse: Callable[[], T]) -> T | None:
        try:
            return parse()
        except InvalidValue as error:
            self.problem(path, error.text)
            return None

    def string(self, value: object, path: tuple[str | int, ...]) -> str | None:
        if not isinstance(value, str):
            self.problem(
                path,
                translate("Policy", "should be text in quotes, not {value}").fill(
                    value=_describe(value)
                ),
            )
            return None
        return value

    def boolean(self, value: object, path: tuple[str | int, ...]) -> bool:
        if not isinstance(value, bool):
            self.problem(
                path,
                translate("Policy", "should be true or false, not {value}").fill(
                    value=_describe(value)
                ),
            )
            return False
        return value

    def duration(
        self, value: object, path: tuple[str | int, ...], *, unlimited: bool = False
    ) -> int | None:
        if isinstance(value, bool) or not isinstance(value, str):
            message = (
                translate(
                    "Policy", "should be a duration in quotes, like '{minutes}m', not {value}"
                ).fill(minutes=value)
                if isinstance(value, int) and not isinstance(value, bool)
                else translate(
                    "Policy", "should be a duration in quotes, like '1h30m' or '45m', not {value}"
                )
            )
            self.problem(path, message.fill(value=_describe(value)))
            return None
        if unlimited and value.strip().lower() == UNLIMITED:
            return None
        return self.attempt(path, lambda: parse_duration(value))

    def day(self, value: object, path: tuple[str | int, ...]) -> date | None:
        if isinstance(value, date) and not hasattr(value, "hour"):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        self.problem(
            path,
            translate("Policy", "should be a date like 2026-10-01, not {value}").fill(
                value=_describe(value)
            ),
        )
        return None


def _describe(value: object) -> Text:
    if isinstance(value, bool):
        return translate("Policy", "{value} (true/false)").fill(value=str(value).lower())
    if isinstance(value, str):
        return translate("Policy", "the text '{value}'").fill(value=value)
    if isinstance(value, int | float):
        return translate("Policy", "the number {value}").fill(value=value)
    if isinstance(value, list):
        return translate("Policy", "a list")
    if isinstance(value, Mapping):
        return translate("Policy", "a table")
    return verbatim(type(value).__name__)


def _day_rule(
    reader: _Reader,
    value: object,
    path: tuple[str | int, ...],
    read_one: Callable[[object, tuple[str | int, ...]], tuple[bool, T | None]],
    scalar: Callable[[object], bool],
) -> DayRule[T]:
    """A value for every day (`"1h"`, `["06:00-22:00"]`) or a table keyed by day."""
    if scalar(value):
        ok, one = read_one(value, path)
        return DayRule({"all": one}) if ok else DayRule()
    table = reader.table(value, path, DAY_KEYS)
    if table is None:
        return DayRule()
    entries: dict[str, T | None] = {}
    for key, item in table.items():
        ok, one = read_one(item, (*path, key))
        if ok:
            entries[key] = one
    return DayRule(entries)


def _limit(reader: _Reader, value: object, path: tuple[str | int, ...]) -> DayRule[int]:
    def one(item: object, at: tuple[str | int, ...]) -> tuple[bool, int | None]:
        before = len(reader.problems)
        seconds = reader.duration(item, at, unlimited=True)
        if seconds is not None and seconds > SECONDS_A_DAY:
            reader.problem(
                at,
                translate(
                    "Policy",
                    "a day has 24 hours: a limit cannot be longer (for no limit, write unlimited)",
                ),
            )
        return len(reader.problems) == before, seconds

    return _day_rule(reader, value, path, one, lambda v: not isinstance(v, Mapping))


def _hours(
    reader: _Reader, value: object, path: tuple[str | int, ...]
) -> DayRule[tuple[Window, ...]]:
    def one(item: object, at: tuple[str | int, ...]) -> tuple[bool, tuple[Window, ...] | None]:
        if not isinstance(item, list):
            reader.problem(
                at,
                translate(
                    "Policy", 'should be a list of windows like ["06:00-21:30"], not {value}'
                ).fill(value=_describe(item)),
            )
            return False, None
        before = len(reader.problems)
        windows: list[Window] = []
        for index, text in enumerate(item):
            if (s := reader.string(text, (*at, index))) is not None:
                window = reader.attempt((*at, index), partial(parse_window, s))
                if window is not None:
                    windows.append(window)
        return len(reader.problems) == before, tuple(sorted(windows))

    return _day_rule(reader, value, path, one, lambda v: not isinstance(v, Mapping))


def _limits(reader: _Reader, table: Mapping[str, Any], path: tuple[str | int, ...]) -> Limits:
    return Limits(
        limit=_limit(reader, table["limit"], (*path, "limit")) if "limit" in table else DayRule(),
        hours=_hours(reader, table["hours"], (*path, "hours")) if "hours" in table else DayRule(),
    )


_TOP_KEYS = (
    "format", "name", "description", "sources", "timezone", "calendar", "total", "categories",
    "apps", "warnings", "rest_break", "payments", "close_after",
)  # fmt: skip


def read_policy(
    document: Mapping[str, Any], *, source: str = "policy", text: str | None = None
) -> Policy:
    """Check a parsed policy document and build the `Policy`.

    Raises `PolicyError` carrying every problem found, not just the first.
    """
    reader = _Reader(LineIndex(text) if text is not None else None)
    top = reader.table(document, (), _TOP_KEYS) or {}

    if "format" in top and (type(top["format"]) is not int or top["format"] != FORMAT_VERSION):
        reader.problem(
            ("format",),
            translate("Policy", "this Guardian reads policy format {version}, not {value}").fill(
                version=FORMAT_VERSION, value=repr(top["format"])
            ),
        )
    name = reader.string(top.get("name", ""), ("name",)) or ""
    description = reader.string(top.get("description", ""), ("description",)) or ""
    sources = _sources(reader, top.get("sources", []))
    timezone = _timezone(reader, top.get("timezone"))
    calendar = _calendar(reader, top.get("calendar", {}))

    total_table = reader.table(top.get("total", {}), ("total",), ("limit", "hours")) or {}
    total = _limits(reader, total_table, ("total",))

    categories: dict[str, Category] = {}
    for cname, ctable in (
        reader.table(top.get("categories", {}), ("categories",), _category_keys(top)) or {}
    ).items():
        body = reader.table(ctable, ("categories", cname), ("limit", "hours"))
        if body is not None:
            categories[cname] = Category(cname, _limits(reader, body, ("categories", cname)))
    known_categories = set(BUILTIN_CATEGORIES) | set(_category_keys(top))

    apps = _apps(reader, top.get("apps", []), known_categories)
    warnings = _warnings(reader, top.get("warnings"))
    rest_break = (
        _rest_break(reader, top["rest_break"]) if "rest_break" in top else DEFAULT_REST_BREAK
    )
    close_after = reader.duration(top.get("close_after", "1m"), ("close_after",))
    if close_after is not None and not 0 <= close_after <= MAX_CLOSE_AFTER:
        reader.problem(
            ("close_after",), translate("Policy", "give a program between 0s and 10m to close")
        )
    payments = reader.string(top.get("payments", "tell"), ("payments",)) or "tell"
    if payments not in PAYMENT_RULES:
        reader.problem(
            ("payments",),
            translate(
                "Policy",
                '\'{value}\' is not a choice; write "allow", "tell" (the parent sees it) or '
                '"close" (the parent sees it and the window is closed unless a parent enters the '
                "PIN)",
            ).fill(value=payments),
        )

    if reader.problems:
        raise PolicyError(source, sorted(reader.problems, key=lambda p: p.line or 0))
    return Policy(
        name=name, description=description, sources=sources, timezone=timezone, calendar=calendar,
        total=total, categories=categories, apps=apps, warnings=warnings, rest_break=rest_break,
        payments=payments,
        close_after=60 if close_after is None else close_after,
    )  # fmt: skip


def _category_keys(top: Mapping[str, Any]) -> tuple[str, ...]:
    declared = top.get("categories", {})
    names = (
        [n for n in declared if isinstance(n, str) and _NAME.match(n)]
        if isinstance(declared, Mapping)
        else []
    )
    return tuple(dict.fromkeys([*BUILTIN_CATEGORIES, *names]))


def _sources(reader: _Reader, value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list):
        reader.problem(
            ("sources",),
            translate("Policy", "should be a list of texts, not {value}").fill(
                value=_describe(value)
            ),
        )
        return ()
    return tuple(
        s for i, v in enumerate(value) if (s := reader.string(v, ("sources", i))) is not None
    )


def _timezone(reader: _Reader, value: object) -> str | None:
    if value is None:
        return None
    name = reader.string(value, ("timezone",))
    if name is None:
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        reader.problem(
            ("timezone",),
            translate(
                "Policy",
                "'{name}' is not a time zone; use a name like Asia/Shanghai or Europe/London",
            ).fill(name=name),
        )
        return None
    return name


def _calendar(reader: _Reader, value: object) -> CalendarSettings:
    table = reader.table(value, ("calendar",), ("country", "school_days", "rest_days", "vacations"))
    if table is None:
        return CalendarSettings()
    country: str | None = "CN"
    if "country" in table:
        text = reader.string(table["country"], ("calendar", "country"))
        country = (
            None if text is None or text.strip().lower() in ("", "none") else text.strip().upper()
        )
        if country is not None and not _country_supported(country):
            reader.problem(
                ("calendar", "country"),
                translate(
                    "Policy",
                    "no statutory calendar is known for '{code}'; "
                    'use a two-letter code like CN, or "none" for weekends only',
                ).fill(code=text),
            )
    marked: dict[str, frozenset[date]] = {}
    for key in ("school_days", "rest_days"):
        items = table.get(key, [])
        if not isinstance(items, list):
            reader.problem(
                ("calendar", key),
                translate("Policy", "should be a list of dates, not {value}").fill(
                    value=_describe(items)
                ),
            )
            items = []
        marked[key] = frozenset(
            d for i, v in enumerate(items) if (d := reader.day(v, ("calendar", key, i))) is not None
        )
    for both in sorted(marked["school_days"] & marked["rest_days"]):
        reader.problem(
            ("calendar", "rest_days"),
            translate("Policy", "{day} is marked both as a school day and as a rest day").fill(
                day=both
            ),
        )
    vacations: list[Vacation] = []
    items = table.get("vacations", [])
    if not isinstance(items, list):
        reader.problem(
            ("calendar", "vacations"),
            translate(
                "Policy", "should be a list of [[calendar.vacations]] tables, not {value}"
            ).fill(value=_describe(items)),
        )
        items = []
    for index, item in enumerate(items):
        at = ("calendar", "vacations", index)
        body = reader.table(item, at, ("start", "end", "name"))
        if body is None:
            continue
        for required in ("start", "end"):
            if required not in body:
                reader.problem(
                    at, translate("Policy", "a vacation needs '{key}'").fill(key=required)
                )
        start = reader.day(body["start"], (*at, "start")) if "start" in body else None
        end = reader.day(body["end"], (*at, "end")) if "end" in body else None
        vname = reader.string(body.get("name", ""), (*at, "name")) or ""
        if start and end:
            if end < start:
                reader.problem(
                    (*at, "end"),
                    translate(
                        "Policy", "the vacation ends ({end}) before it starts ({start})"
                    ).fill(end=end, start=start),
                )
            else:
                vacations.append(Vacation(start, end, vname))
    return CalendarSettings(country, tuple(vacations), marked["school_days"], marked["rest_days"])


def _country_supported(code: str) -> bool:
    if code == "CN":  # the default: no need to load the package for it (some 13 MB)
        return True
    import holidays  # deferred: large, and needed only when a policy names another country

    return code in holidays.list_supported_countries()


_APP_KEYS = (
    "id",
    "name",
    "exe",
    "title",
    "category",
    "limit",
    "hours",
    "blocked",
    "always_allowed",
)


def _apps(
    reader: _Reader,
    value: object,
    categories: set[str],
    keys: tuple[str, ...] = _APP_KEYS,
    path: tuple[str | int, ...] = ("apps",),
) -> tuple[AppRule, ...]:
    if not isinstance(value, list):
        reader.problem(
            path,
            translate("Policy", "should be a list of [[{table}]] tables, not {value}").fill(
                table=_format_path(path), value=_describe(value)
            ),
        )
        return ()
    rules: list[AppRule] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(value):
        at: tuple[str | int, ...] = (*path, index)
        body = reader.table(item, at, keys)
        if body is None:
            continue
        before = len(reader.problems)
        exe = reader.string(body["exe"], (*at, "exe")) if "exe" in body else None
        title = reader.string(body["title"], (*at, "title")) if "title" in body else None
        if exe is None and title is None and len(reader.problems) == before:
            reader.problem(
                at,
                translate(
                    "Policy",
                    "an app rule needs 'exe' (the program's file name) "
                    "or 'title' (a window-title pattern)",
                ),
            )
        category = (
            reader.string(body["category"], (*at, "category")) if "category" in body else None
        )
        if category is not None and category not in categories:
            reader.problem(
                (*at, "category"),
                translate("Policy", "unknown category '{name}'; known: {known}").fill(
                    name=category, known=", ".join(sorted(categories))
                ),
            )
        blocked = reader.boolean(body["blocked"], (*at, "blocked")) if "blocked" in body else False
        always = (
            reader.boolean(body["always_allowed"], (*at, "always_allowed"))
            if "always_allowed" in body
            else False
        )
        limits = _limits(reader, body, at)
        if blocked and always:
            reader.problem(
                at, translate("Policy", "an app cannot be both blocked and always allowed")
            )
        if (blocked or always) and limits.restricts:
            reader.problem(
                at,
                translate("Policy", "a blocked or always-allowed app takes no 'limit' or 'hours'"),
            )
        rule_id = body.get("id") or exe or title or f"app-{index + 1}"
        if not isinstance(rule_id, str):
            reader.problem(
                (*at, "id"),
                translate("Policy", "should be text in quotes, not {value}").fill(
                    value=_describe(rule_id)
                ),
            )
            rule_id = f"app-{index + 1}"
        rule_id = rule_id.lower()
        if rule_id in seen:
            reader.problem(
                at,
                translate(
                    "Policy", "app rule '{id}' appears twice (also {other}); give one an 'id'"
                ).fill(id=rule_id, other=_format_path((*path, seen[rule_id]))),
            )
        seen[rule_id] = index
        name = reader.string(body["name"], (*at, "name")) if "name" in body else None
        if len(reader.problems) == before:
            rules.append(AppRule(rule_id, exe, title, name, category, limits, blocked, always))
    return tuple(rules)


def _warnings(reader: _Reader, value: object) -> tuple[int, ...]:
    if value is None:
        return Policy().warnings
    if not isinstance(value, list):
        reader.problem(
            ("warnings",),
            translate(
                "Policy", 'should be a list of durations like ["15m", "5m", "1m"], not {value}'
            ).fill(value=_describe(value)),
        )
        return ()
    seconds = [
        s for i, v in enumerate(value) if (s := reader.duration(v, ("warnings", i))) is not None
    ]
    if any(s <= 0 for s in seconds):
        reader.problem(
            ("warnings",),
            translate(
                "Policy", "warnings come before time runs out, so each must be longer than 0m"
            ),
        )
    if len(set(seconds)) != len(seconds):
        reader.problem(("warnings",), translate("Policy", "the same warning time appears twice"))
    return tuple(sorted(set(seconds), reverse=True))


def _rest_break(reader: _Reader, value: object) -> RestBreak | None:
    if value is False:
        return None  # `rest_break = false`: no reminders at all
    table = reader.table(value, ("rest_break",), ("after", "length", "lock"))
    if table is None:
        return None
    missing = [k for k in ("after", "length") if k not in table]
    if missing:
        reader.problem(
            ("rest_break",),
            translate("Policy", "a rest break needs {keys}").fill(
                keys=", ".join(repr(k) for k in missing)
            ),
        )
        return None
    after = reader.duration(table["after"], ("rest_break", "after"))
    length = reader.duration(table["length"], ("rest_break", "length"))
    lock = reader.boolean(table["lock"], ("rest_break", "lock")) if "lock" in table else False
    for key, seconds in (("after", after), ("length", length)):
        if seconds == 0:
            reader.problem(("rest_break", key), translate("Policy", "must be longer than 0m"))
    if after is None or length is None or not after or not length:
        return None
    return RestBreak(after, length, lock)


# --- files ----------------------------------------------------------------------------------

_TOML_LINE = re.compile(r"at line (\d+)")


def parse_policy_text(text: str, source: str = "policy") -> Policy:
    """A policy from TOML text; syntax errors and content errors both raise `PolicyError`."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        match = _TOML_LINE.search(str(error))
        line = int(match.group(1)) if match else (text.count("\n") + 1 if text else None)
        raise PolicyError(
            source,
            [Problem("", translate("Policy", "not valid TOML: {error}").fill(error=error), line)],
        ) from None
    return read_policy(document, source=source, text=text)


def load_policy_file(path: Path) -> Policy:
    """A policy from a TOML file; an unreadable file raises `PolicyError` naming it."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise PolicyError(
            str(path),
            [
                Problem(
                    "",
                    translate("Policy", "cannot read the file: {reason}").fill(
                        reason=error.strerror or error
                    ),
                )
            ],
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise PolicyError(
            str(path),
            [
                Problem(
                    "", translate("Policy", "the file is not UTF-8 text; save it as UTF-8"), line
                )
            ],
        ) from None
    return parse_policy_text(text, str(path))


# --- writing --------------------------------------------------------------------------------


def _rule_document(rule: DayRule[T], one: Callable[[T | None], object]) -> object:
    entries = dict(rule.entries)
    if list(entries) == ["all"]:
        return one(entries["all"])
    return {key: one(value) for key, value in entries.items()}


def _limit_value(seconds: int | None) -> str:
    return UNLIMITED if seconds is None else format_duration(seconds)


def _hours_value(windows: tuple[Window, ...] | None) -> list[str]:
    return [str(w) for w in windows or ()]


def _limits_document(limits: Limits) -> dict[str, object]:
    out: dict[str, object] = {}
    if limits.limit.is_set:
        out["limit"] = _rule_document(limits.limit, _limit_value)
    if limits.hours.is_set:
        out["hours"] = _rule_document(limits.hours, _hours_value)
    return out


def policy_to_document(policy: Policy) -> dict[str, Any]:
    """The JSON-ready document of a policy; `read_policy` of it gives the same policy back."""
    doc: dict[str, Any] = {"format": FORMAT_VERSION, "name": policy.name}
    if policy.description:
        doc["description"] = policy.description
    if policy.sources:
        doc["sources"] = list(policy.sources)
    if policy.timezone:
        doc["timezone"] = policy.timezone
    cal = policy.calendar
    doc["calendar"] = {
        "country": cal.country or "none",
        "school_days": sorted(d.isoformat() for d in cal.school_days),
        "rest_days": sorted(d.isoformat() for d in cal.rest_days),
        "vacations": [
            {"start": v.start.isoformat(), "end": v.end.isoformat(), "name": v.name}
            for v in cal.vacations
        ],
    }
    doc["total"] = _limits_document(policy.total)
    doc["categories"] = {name: _limits_document(c.limits) for name, c in policy.categories.items()}
    apps = []
    for rule in policy.apps:
        item: dict[str, object] = {"id": rule.id}
        for key in ("name", "exe", "title", "category"):
            if getattr(rule, key) is not None:
                item[key] = getattr(rule, key)
        if rule.blocked:
            item["blocked"] = True
        if rule.always_allowed:
            item["always_allowed"] = True
        item.update(_limits_document(rule.limits))
        apps.append(item)
    doc["apps"] = apps
    doc["warnings"] = [format_duration(s) for s in policy.warnings]
    doc["payments"] = policy.payments
    doc["close_after"] = format_duration(policy.close_after)
    if policy.rest_break is None:
        doc["rest_break"] = False
    else:
        rb = policy.rest_break
        doc["rest_break"] = {
            "after": format_duration(rb.after),
            "length": format_duration(rb.length),
            "lock": rb.lock,
        }
    return doc
