"""Every benchmark in one run, then one table of the figures against their targets.

    .venv/bin/python bench/all.py [--aw-python .venv-aw/bin/python]
                                  [--seconds 300] [--trials 20] [--starts 5]

What `make bench` runs. Each benchmark runs in a process of its own, with this Python, and
prints its own table as it goes: `versus_aw.py` (ingest and the month report against aw-core),
`accounting.py`, `dashboard.py`, `footprint.py` for each backend, `lock_latency.py` and
`cold_start.py` (the source install's agent to its tray). Each writes its figures to a JSON file
(`--figures`), and the table at the end gathers them: Guardian's figure, the reference where the
issue gives one (aw-core, measured in the same run; ActivityWatch's stack, the issue's figures),
the target (issue 9; the last rows, issues 3 and 5) and whether it is met. `--seconds`,
`--trials` and `--starts` are passed on to the footprint, the lock latency and the cold start,
for a quick look; without them each benchmark takes its own defaults, those of the figures.

A benchmark that fails is said so on its rows; the others still run, and the exit status is 1.
A target missed is a figure, not a failure.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from machine import machine

HERE = Path(__file__).parent
# ActivityWatch's stack (aw-server and its watchers) measured as bench/footprint.py measures
# Guardian; the figures.
AW_CPU_PERCENT = "0.74"
AW_RSS = "129 (123 MiB)"
AW_WRITTEN_MB_PER_HOUR = "~48"


@dataclass
class Bench:
    script: str
    arguments: list[str]
    code: int | None = None
    figures: dict[str, Any] = field(default_factory=dict)

    def value(self, key: str, spec: str) -> str:
        return format(self.figures[key], spec) if key in self.figures else "-"

    def target(self, sign: str, key: str, spec: str = "") -> str:
        found = self.figures.get(f"{key}_target")
        return f"{sign} {format(found, spec)}" if found is not None else "?"

    def met(self, key: str | None, extra: str = "") -> str:
        if self.code != 0:
            return f"FAILED (exit {self.code})"
        if key is None:
            return ""
        if f"{key}_met" not in self.figures:
            return "?"
        return ("ok" if self.figures[f"{key}_met"] else "MISSED") + extra


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aw-python", default=str(HERE.parent / ".venv-aw" / "bin" / "python"))
    parser.add_argument("--seconds", help="bench/footprint.py's --seconds (default 300)")
    parser.add_argument("--trials", help="bench/lock_latency.py's --trials (default 20)")
    parser.add_argument("--starts", help="bench/cold_start.py's --starts (default 5)")
    args = parser.parse_args()

    def given(option: str, value: str | None) -> list[str]:
        return [option, value] if value else []

    benches = {
        "versus_aw": Bench("versus_aw.py", ["--aw-python", args.aw_python]),
        "accounting": Bench("accounting.py", []),
        "dashboard": Bench("dashboard.py", []),
        "local": Bench("footprint.py", ["--backend", "local", *given("--seconds", args.seconds)]),
        "service": Bench(
            "footprint.py", ["--backend", "service", *given("--seconds", args.seconds)]
        ),
        "lock": Bench("lock_latency.py", given("--trials", args.trials)),
        "cold": Bench("cold_start.py", given("--starts", args.starts)),
    }
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="guardian-bench-all-") as folder:
        for name, bench in benches.items():
            run(bench, Path(folder) / f"{name}.json")
    load_after = os.getloadavg()[0]

    rows = table(**benches)
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    w0, w1, w2, w3, _ = widths
    print("\nSummary")
    for number, (name, guardian, reference, target, met) in enumerate(rows):
        print(f"{name:<{w0}}  {guardian:>{w1}}  {reference:>{w2}}  {target:<{w3}}  {met}".rstrip())
        if number == 0:
            print("  ".join("-" * width for width in widths))
    print("reference: aw-core in the same run; ActivityWatch's stack, the issue's figures")
    print(f"machine: {machine()}")
    print(f"load average (1 min), before and after: {load_before:.2f}, {load_after:.2f}")
    print("reproduce: make bench")
    failed = [shown(bench) for bench in benches.values() if bench.code != 0]
    if failed:
        print(f"FAILED: {'; '.join(failed)}")
    return 1 if failed else 0


def run(bench: Bench, figures: Path) -> None:
    """Run one benchmark, its output straight to the terminal; keep its exit status and figures."""
    print(f"\n=== {shown(bench)}", flush=True)
    started = time.monotonic()
    command = [sys.executable, str(HERE / bench.script), *bench.arguments]
    bench.code = subprocess.run([*command, "--figures", str(figures)], check=False).returncode
    if figures.exists():
        bench.figures = json.loads(figures.read_text())
    print(f"=== {shown(bench)}: exit {bench.code}, {time.monotonic() - started:.0f} s", flush=True)


def shown(bench: Bench) -> str:
    return " ".join([f"bench/{bench.script}", *bench.arguments])


def table(
    versus_aw: Bench, accounting: Bench, dashboard: Bench, local: Bench, service: Bench,
    lock: Bench, cold: Bench,
) -> list[tuple[str, str, str, str, str]]:  # fmt: skip
    aw = versus_aw
    rows = [
        ("figure", "Guardian", "reference", "target", "met"),
        (
            "ingest, samples/s (a week, a batch a sitting)", aw.value("samples_per_s", ",.0f"),
            aw.value("aw_samples_per_s", ",.0f"), aw.target(">=", "ingest_ratio") + "x aw-core",
            aw.met("ingest_ratio", f", {aw.value('ingest_ratio', '.1f')}x"),
        ),
        (
            "month report of a year's history, ms", aw.value("month_report_ms", ".1f"),
            aw.value("aw_month_report_ms", ".1f"),
            aw.target(">=", "report_ratio") + "x faster",
            aw.met("report_ratio", f", {aw.value('report_ratio', '.1f')}x"),
        ),
        ("same seconds per app and day as the stream", "", "", "", aw.met("same_seconds")),
    ]  # fmt: skip
    for bench, who in ((local, "agent alone, --backend local"),
                       (service, "service + agent, --backend service")):  # fmt: skip
        rows += [
            (f"footprint, {who}", "", "", "", ""),
            (
                "  CPU, % of one core", bench.value("cpu_percent", ".2f"), AW_CPU_PERCENT,
                bench.target("<=", "cpu_percent"), bench.met("cpu_percent"),
            ),
            (
                "  RSS, MB (peak)", bench.value("rss_mb", ".1f"), AW_RSS,
                bench.target("<=", "rss_mb"), bench.met("rss_mb"),
            ),
            (
                "  written, MB/h", bench.value("written_mb_per_hour", ".2f"),
                AW_WRITTEN_MB_PER_HOUR, bench.target("<=", "written_mb_per_hour"),
                bench.met("written_mb_per_hour"),
            ),
            (
                "  usage at risk after SIGKILL, s", bench.value("at_risk_seconds", ".1f"), "",
                bench.target("<=", "at_risk_seconds"), bench.met("at_risk_seconds"),
            ),
        ]  # fmt: skip
    # The service backend process by process: the targets are for "the agent", and there the
    # agent on the child's desktop and the service that keeps the store are two processes.
    for key, spec, limit, what in (("cpu_percent", ".2f", 0.4, "CPU, %"),
                                   ("rss_mb", ".1f", 90, "RSS, MB")):  # fmt: skip
        each = [service.figures.get(f"{name}_{key}") for name in ("service", "agent")]
        known = [value for value in each if value is not None]
        met = service.met(None) or (
            "?" if len(known) < 2 else "ok" if max(known) <= limit else "MISSED"
        )
        rows.append((
            f"  {what}: service / agent apart",
            " / ".join(format(v, spec) if v is not None else "-" for v in each), "",
            f"<= {limit} each", met,
        ))  # fmt: skip
    trials, starts = lock.value("trials", "d"), cold.value("starts", "d")
    rows += [
        (f"limit-to-lock latency, median of {trials}, ms", lock.value("median_ms", ".0f"), "", "",
         lock.met(None)),
        ("limit-to-lock latency, 95th percentile, ms", lock.value("p95_ms", ".0f"), "",
         lock.target("<=", "p95_ms"), lock.met("p95_ms")),
        (f"cold start to the tray, median of {starts}, s", cold.value("median_s", ".2f"), "", "",
         cold.met(None)),
        ("other issues' targets", "", "", "", ""),
        ("  accounting + store, samples/s (issue 3)", accounting.value("samples_per_s", ",.0f"),
         "", accounting.target(">=", "samples_per_s", ","), accounting.met("samples_per_s")),
        ("  database for a year, MB (issue 3)", accounting.value("database_mb", ".2f"), "",
         accounting.target("<=", "database_mb"), accounting.met("database_mb")),
        ("  month by day and category, ms (issue 3)", accounting.value("month_query_ms", ".1f"),
         "", accounting.target("<=", "month_query_ms"), accounting.met("month_query_ms")),
        ("  dashboard week view ready, worst, ms (issue 5)",
         dashboard.value("ready_worst_ms", ".0f"), "", dashboard.target("<=", "ready_worst_ms"),
         dashboard.met("ready_worst_ms")),
    ]  # fmt: skip
    return rows


if __name__ == "__main__":
    sys.exit(main())
