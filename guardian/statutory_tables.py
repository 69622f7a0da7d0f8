"""Public holidays worked out in a short-lived Guardian process, for the processes that run all day.

The `holidays` package knows every country's calendar, and importing it costs some 13 MB that
stay in a process for as long as it runs: a seventh of what the agent may use (issue 9). The
agent and the service need a country's table only for this year and its neighbours, so they ask
a second Guardian process (`guardian holiday-table CN 2025 2026 2027`, a command of this
module's own, not in the help), which prints the tables as JSON and exits.

Nothing is kept on disk: a file of holidays could be edited to turn school days into rest days.
When the helper process fails (it cannot start, is too slow, prints something wrong), the table
is worked out in this process after all, as before: the memory is lost, never the calendar.
"""

from __future__ import annotations

import json
import logging
import subprocess
from collections.abc import Iterable, Sequence
from datetime import date, datetime

from guardian import config
from guardian.core.calendar import YearTable, holidays_year, use_year_source
from guardian.helper_process import FAILURES, helper_output, start_helper

log = logging.getLogger(__name__)

COMMAND = "holiday-table"
NEIGHBOURS = 1  # asked for with a year: the years either side (tomorrow may be next year)


def tables_document(country: str, years: Iterable[int]) -> str:
    """What `guardian holiday-table` prints: the years' tables as JSON, in ASCII."""
    document = {}
    for year in years:
        table = holidays_year(country, year)
        document[str(year)] = {
            "holidays": {day.isoformat(): name for day, name in sorted(table.holidays.items())},
            "workdays": sorted(day.isoformat() for day in table.workdays),
            "official": table.official,
        }
    return json.dumps(document, ensure_ascii=True)


def read_tables(text: str, years: Sequence[int]) -> dict[int, YearTable]:
    """The tables in `text` for exactly `years`; ValueError naming what is wrong otherwise."""
    document = json.loads(text)
    if not isinstance(document, dict) or sorted(document) != sorted(map(str, years)):
        raise ValueError(f"expected the years {list(years)}, got {str(text)[:80]!r}")
    tables = {}
    for year in years:
        entry = document[str(year)]
        holidays, workdays, official = entry["holidays"], entry["workdays"], entry["official"]
        if not (isinstance(holidays, dict) and isinstance(workdays, list)):
            raise ValueError(f"{year}: holidays and workdays must be a table and a list")
        if not isinstance(official, bool):
            raise ValueError(f"{year}: official must be true or false")
        days = {date.fromisoformat(day): str(name) for day, name in holidays.items()}
        worked = frozenset(date.fromisoformat(day) for day in workdays)
        if any(day.year != year for day in (*days, *worked)):
            raise ValueError(f"{year}: a day outside the year")
        tables[year] = YearTable(days, worked, official)
    return tables


_FAILURES = (*FAILURES, KeyError, TypeError)


class HelperProcessTables:
    """A year source for `HolidaysCalendar` that asks a helper process, once per year and its
    neighbours, and keeps the answers. `prefetch` starts asking before the answer is needed."""

    def __init__(self, command: Sequence[str] | None = None) -> None:
        self._command = list(command) if command is not None else config.own_command(COMMAND)
        self._known: dict[tuple[str, int], YearTable] = {}
        self._asked: dict[str, tuple[list[int], subprocess.Popen[bytes]]] = {}  # not read yet
        self._failed = False  # once the helper has failed, it is not waited for again

    def prefetch(self, country: str, year: int) -> None:
        """Start asking for `year` and its neighbours now; the first lookup reads the answer."""
        if country in self._asked:
            return
        years = _around(year)
        try:
            self._asked[country] = (years, self._start(country, years))
        except OSError as error:  # asked again when needed, and worked out here if that fails
            log.warning("cannot start %s: %s", " ".join(self._command), error)

    def __call__(self, country: str, year: int) -> YearTable:
        if self._failed:
            return holidays_year(country, year)
        if (country, year) not in self._known:
            try:
                if country in self._asked:
                    self._read(country, *self._asked.pop(country))
                if (country, year) not in self._known:
                    years = _around(year)
                    self._read(country, years, self._start(country, years))
            except _FAILURES as error:
                log.warning(
                    "the %s holiday table for %d is worked out in this process (%s): %s",
                    country, year, " ".join(self._command), error,
                )  # fmt: skip
                self._failed = True
                return holidays_year(country, year)
        return self._known[(country, year)]

    def _start(self, country: str, years: list[int]) -> subprocess.Popen[bytes]:
        return start_helper([*self._command, country, *map(str, years)])

    def _read(self, country: str, years: list[int], helper: subprocess.Popen[bytes]) -> None:
        tables = read_tables(helper_output(helper), years)
        self._known.update(((country, year), table) for year, table in tables.items())


def _around(year: int) -> list[int]:
    return list(range(year - NEIGHBOURS, year + NEIGHBOURS + 1))


def use_helper_process(prefetch: str | None = "CN") -> None:
    """From now on, holiday tables come from a helper process (see the module's docstring),
    which is asked at once for this year's tables of `prefetch`, the default country."""
    tables = HelperProcessTables()
    if prefetch is not None:
        tables.prefetch(prefetch, datetime.now(config.system_zone()).year)
    use_year_source(tables)
