"""Holiday tables from a helper process: the same days as in this process, and a fallback to this
process when the helper fails, so that a broken helper never changes a day's type."""

from __future__ import annotations

import json
import logging
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from guardian import cli, config
from guardian.core import calendar
from guardian.core.calendar import HolidaysCalendar, holidays_year
from guardian.statutory_tables import (
    COMMAND,
    HelperProcessTables,
    read_tables,
    tables_document,
    use_helper_process,
)


def python_printing(text: str, status: int = 0) -> list[str]:
    """A helper command that prints `text` whatever it is asked, and exits with `status`."""
    program = f"import sys; sys.stdout.write({text!r}); sys.exit({status})"
    return [sys.executable, "-c", program]


def counting_helper(tmp_path: Path) -> tuple[list[str], Path]:
    """The real helper (`guardian holiday-table`), writing a line to a file each time it runs."""
    calls = tmp_path / "calls"
    program = (
        "import sys\n"
        f"open({str(calls)!r}, 'a').write(' '.join(sys.argv[1:]) + '\\n')\n"
        "from guardian.cli import main\n"
        f"sys.exit(main([{COMMAND!r}, *sys.argv[1:]]))\n"
    )
    return [sys.executable, "-c", program], calls


def test_the_helper_gives_the_same_days_as_this_process(tmp_path: Path) -> None:
    command, calls = counting_helper(tmp_path)
    tables = HelperProcessTables(command)
    for year in (2026, 2025, 2027):  # this year first: its neighbours come with it
        assert tables("CN", year) == holidays_year("CN", year)
    assert calls.read_text().splitlines() == ["CN 2025 2026 2027"]
    assert tables("CN", 2028) == holidays_year("CN", 2028)
    assert calls.read_text().splitlines() == ["CN 2025 2026 2027", "CN 2027 2028 2029"]


def test_a_calendar_over_the_helper_knows_the_spring_festival_and_its_make_up_days(
    tmp_path: Path,
) -> None:
    command, _ = counting_helper(tmp_path)
    cn = HolidaysCalendar("CN", source=HelperProcessTables(command))
    assert cn.lookup(date(2026, 2, 17)).holiday_name is not None
    assert cn.lookup(date(2026, 2, 14)).makeup_workday  # a Saturday worked for the festival
    assert not cn.lookup(date(2026, 3, 10)).holiday_name


def test_the_document_reads_back_to_the_tables() -> None:
    years = [2026, 2027]
    tables = read_tables(tables_document("CN", years), years)
    assert tables == {year: holidays_year("CN", year) for year in years}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("", 3),  # the helper failed
        ("not json", 0),
        ('{"2026": {"holidays": {}, "workdays": [], "official": true}}', 0),  # years missing
        (json.dumps({str(y): [] for y in (2025, 2026, 2027)}), 0),  # not tables
        (
            json.dumps(
                {
                    str(y): {"holidays": {"2024-10-01": "x"}, "workdays": [], "official": True}
                    for y in (2025, 2026, 2027)
                }
            ),
            0,
        ),  # a day of another year
        (
            json.dumps(
                {
                    str(y): {"holidays": {}, "workdays": [], "official": "yes"}
                    for y in (2025, 2026, 2027)
                }
            ),
            0,
        ),
    ],
)
def test_a_failing_helper_leaves_the_work_to_this_process(
    text: str, status: int, caplog: pytest.LogCaptureFixture
) -> None:
    command = python_printing(text, status)
    with caplog.at_level(logging.WARNING, logger="guardian.statutory_tables"):
        table = HelperProcessTables(command)("CN", 2026)
    assert table == holidays_year("CN", 2026)
    assert "worked out in this process" in caplog.text
    assert sys.executable in caplog.text  # the helper is named


def test_a_helper_that_cannot_start_leaves_the_work_to_this_process(tmp_path: Path) -> None:
    table = HelperProcessTables([str(tmp_path / "no-such-program")])("CN", 2026)
    assert table == holidays_year("CN", 2026)


def test_a_helper_that_failed_once_is_not_asked_again(tmp_path: Path) -> None:
    command, calls = counting_helper(tmp_path)
    tables = HelperProcessTables(
        [*command[:-1], command[-1].replace("sys.exit(main", "sys.exit(3 or main")]
    )
    assert tables("CN", 2026) == holidays_year("CN", 2026)
    assert tables("CN", 2030) == holidays_year("CN", 2030)  # a slow helper would be waited for
    assert calls.read_text().splitlines() == ["CN 2025 2026 2027"]


def test_the_command_prints_the_tables_and_is_not_in_the_help(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main([COMMAND, "CN", "2026"]) == 0
    printed = capsys.readouterr().out
    assert read_tables(printed, [2026]) == {2026: holidays_year("CN", 2026)}
    assert COMMAND not in cli.build_parser().format_help()


class Started(Exception):
    """Raised where the process would open its store: what it set up before is what counts."""


@pytest.fixture
def prefetched(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """The calendar's source as it was, restored after the test; prefetches noted, not run."""
    asked: list[tuple[str, int]] = []
    monkeypatch.setattr(calendar, "_year_source", holidays_year)
    monkeypatch.setattr(
        HelperProcessTables, "prefetch", lambda self, country, year: asked.append((country, year))
    )
    return asked


def test_the_service_asks_the_helper_for_this_year_at_once(
    prefetched: list[tuple[str, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    import guardian.qt_sources
    import guardian.services.service

    monkeypatch.setattr(guardian.qt_sources, "forget_imported_sources", lambda: True)
    monkeypatch.setattr(guardian.services.service, "run_service", lambda: 0)
    assert cli.main(["service"]) == 0
    assert isinstance(calendar._year_source, HelperProcessTables)
    assert prefetched == [("CN", datetime.now(config.system_zone()).year)]


def test_the_command_names_a_country_it_does_not_know(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([COMMAND, "XX", "2026"]) == cli.EXIT_INVALID
    said = capsys.readouterr()
    assert said.out == ""
    assert "'XX'" in said.err and "Traceback" not in said.err


def test_the_agent_on_its_own_asks_the_helper_and_the_thin_agent_does_not(
    prefetched: list[tuple[str, int]], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import guardian.sealing
    from guardian import keyring_access
    from guardian.services import agent

    def started(path: Path) -> None:
        raise Started

    monkeypatch.setattr(guardian.sealing, "open_sealed_lite_store", started)
    monkeypatch.setattr(keyring_access, "use_helper_process", lambda: None)  # its own tests
    with pytest.raises(Started):
        agent._run_on_its_own(None, tmp_path, None, "en")  # type: ignore[arg-type]
    assert isinstance(calendar._year_source, HelperProcessTables)
    assert [country for country, _ in prefetched] == ["CN"]

    monkeypatch.setattr(calendar, "_year_source", holidays_year)
    monkeypatch.setattr(agent, "run_agent", lambda *a, **k: 0)
    monkeypatch.setattr(guardian.qt_sources, "forget_imported_sources", lambda: True)
    assert cli.main(["agent", "--backend", "service"]) == 0
    assert calendar._year_source is holidays_year  # it never needs a calendar


def test_a_prefetched_answer_is_the_one_read(tmp_path: Path) -> None:
    command, calls = counting_helper(tmp_path)
    tables = HelperProcessTables(command)
    tables.prefetch("CN", 2026)
    tables.prefetch("CN", 2026)  # already asked: not asked twice
    assert tables("CN", 2027) == holidays_year("CN", 2027)
    assert tables("CN", 2025) == holidays_year("CN", 2025)
    assert calls.read_text().splitlines() == ["CN 2025 2026 2027"]


def test_a_prefetch_that_cannot_start_is_worked_out_here(tmp_path: Path) -> None:
    tables = HelperProcessTables([str(tmp_path / "no-such-program")])
    tables.prefetch("CN", 2026)
    assert tables("CN", 2026) == holidays_year("CN", 2026)


def test_use_helper_process_changes_calendars_made_without_a_source(
    prefetched: list[tuple[str, int]],
) -> None:
    asked: list[tuple[str, int]] = []

    def source(country: str, year: int) -> calendar.YearTable:
        asked.append((country, year))
        return holidays_year(country, year)

    made_before = HolidaysCalendar("CN")
    calendar.use_year_source(source)
    made_before.lookup(date(2026, 10, 1))
    assert asked == [("CN", 2026)]
    use_helper_process()
    assert isinstance(calendar._year_source, HelperProcessTables)
