"""Replay a synthetic year of 1 Hz samples through accounting and the store; print figures.

    .venv/bin/python bench/accounting.py [--days 365] [--figures FILE]

A year of 8-hour days: a sample a second, the program in front changing every 2 to 6 minutes
among fifteen programs and sites, idle stretches, one suspend a day (the night), and a few
wall-clock jumps. Samples are generated before the clock starts; what is timed is accounting
plus writing the spans, one batch a day. Targets (issue 3): at least 200,000 samples/s, at most
20 MB for the year, the per-day-by-category query for one month within 50 ms.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import sqlite3
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from guardian import config
from guardian.core.accounting import Accounting, Sample, account
from guardian.core.catalog import Classifier, load_catalog
from guardian.core.policy import Policy
from guardian.storage import repositories as repo
from guardian.storage.database import open_store

ZONE = ZoneInfo("Asia/Shanghai")
PROGRAMS = [
    ("C:/Games/Minecraft/MinecraftLauncher.exe", "MinecraftLauncher.exe", "Minecraft Launcher"),
    ("C:/Program Files/Steam/steam.exe", "steam.exe", "Steam"),
    (
        "C:/Program Files/Google/Chrome/chrome.exe",
        "chrome.exe",
        "哔哩哔哩 (゜-゜)つロ 干杯~-bilibili",
    ),
    ("C:/Program Files/Google/Chrome/chrome.exe", "chrome.exe", "【4399小游戏】"),
    ("C:/Program Files/Google/Chrome/chrome.exe", "chrome.exe", "国家中小学智慧教育平台"),
    ("C:/Program Files/Google/Chrome/chrome.exe", "chrome.exe", "Google"),
    ("C:/Program Files/Microsoft Office/WINWORD.EXE", "WINWORD.EXE", "作文.docx - Word"),
    ("C:/Program Files/Tencent/WeChat/WeChat.exe", "WeChat.exe", "微信"),
    ("C:/Program Files/Tencent/QQ/QQ.exe", "QQ.exe", "QQ"),
    ("C:/Program Files/VideoLAN/VLC/vlc.exe", "vlc.exe", "film.mp4 - VLC media player"),
    ("C:/Windows/explorer.exe", "explorer.exe", ""),
    ("C:/Program Files/Youdao/YoudaoDict.exe", "YoudaoDict.exe", "有道词典"),
    ("C:/Games/Genshin Impact/GenshinImpact.exe", "GenshinImpact.exe", "原神"),
    ("C:/Program Files/Microsoft VS Code/Code.exe", "Code.exe", "main.py - Visual Studio Code"),
    ("C:/Program Files/WPS/wps.exe", "wps.exe", "数学作业.docx"),
]
SECONDS_A_DAY = 8 * 3600


def day_samples(
    rng: random.Random, day: datetime, mono: float, jump: float
) -> tuple[list[Sample], float]:
    samples: list[Sample] = []
    wall = day
    remaining = 0
    program = PROGRAMS[0]
    idle_left = 0
    for second in range(SECONDS_A_DAY):
        if remaining == 0:
            program = rng.choice(PROGRAMS)
            remaining = rng.randint(120, 360)
            if rng.random() < 0.1:
                idle_left = rng.randint(150, 600)  # away from the PC
        remaining -= 1
        idle = 0.0
        if idle_left:
            idle = 121.0 + (600 - idle_left)
            idle_left -= 1
        if jump and second == SECONDS_A_DAY // 2:
            wall += timedelta(seconds=jump)
        wall += timedelta(seconds=1)
        mono += 1.0
        samples.append(Sample(wall, mono, 4242, *program, False, idle, False))
    return samples, mono


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--figures", type=Path, help="also write the figures to FILE, as JSON")
    args = parser.parse_args()
    rng = random.Random(2026)
    home = Path(tempfile.mkdtemp(prefix="guardian-bench-"))
    store = open_store(home / "guardian.sqlite3")
    with store.session() as s:
        child = repo.add_child(s, "Bench", now=datetime(2025, 1, 1, tzinfo=ZONE))
    classifier = Classifier(Policy(), load_catalog(config.catalog_paths()))
    state = Accounting(ZONE)
    mono = 0.0
    jump_days = {40: 3600.0, 120: -3600.0, 200: 86400.0, 300: -600.0}
    timed = 0.0
    samples_total = 0
    spans_total = 0
    first_day = datetime(2025, 1, 1, 14, 0, tzinfo=ZONE)
    for index in range(args.days):
        day = first_day + timedelta(days=index)
        samples, mono = day_samples(rng, day, mono + 16 * 3600, jump_days.get(index, 0.0))
        started = time.perf_counter()
        state, step = account(state, samples, classifier)
        records = [
            repo.SpanRecord(
                s.exe_path, s.exe_name, s.start, s.end, s.category, s.counted, s.title or None
            )
            for s in step.closed
        ]
        with store.session() as s:
            repo.add_spans(s, child, records)
        timed += time.perf_counter() - started
        samples_total += len(samples)
        spans_total += len(records)
    store.close()
    database = home / "guardian.sqlite3"
    with sqlite3.connect(database) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    size_mb = database.stat().st_size / 1e6

    store = open_store(database)
    month = [datetime(2025, 6, 1, tzinfo=ZONE) + timedelta(days=d) for d in range(30)]
    with store.session(read_only=True) as s:
        child = repo.get_child(s, "Bench")
        repo.usage_by_category(
            s, child, month[0], month[1]
        )  # warm the page cache, as a dashboard would
        started = time.perf_counter()
        for day in month:
            repo.usage_by_category(s, child, day, day + timedelta(days=1))
        query_ms = (time.perf_counter() - started) * 1000
    store.close()

    rate = samples_total / timed
    machine = (
        f"{platform.machine()}, {platform.python_implementation()} {platform.python_version()}"
    )
    rows = [
        ("samples replayed", f"{samples_total:,}", ""),
        ("spans written", f"{spans_total:,}", ""),
        ("samples/s, accounting + store", f"{rate:,.0f}", verdict(rate >= 200_000, ">= 200,000")),
        ("database size, MB", f"{size_mb:.2f}", verdict(size_mb <= 20, "<= 20")),
        ("month by day and category, ms", f"{query_ms:.1f}", verdict(query_ms <= 50, "<= 50")),
    ]
    print(f"machine: {machine}")
    print(f"{'figure':<34}{'value':>14}  target")
    for name, value, target in rows:
        print(f"{name:<34}{value:>14}  {target}")
    if args.figures:
        figures = {
            "samples": samples_total, "spans": spans_total,
            "samples_per_s": rate, "samples_per_s_target": 200_000,
            "samples_per_s_met": rate >= 200_000,
            "database_mb": size_mb, "database_mb_target": 20, "database_mb_met": size_mb <= 20,
            "month_query_ms": query_ms, "month_query_ms_target": 50,
            "month_query_ms_met": query_ms <= 50,
        }  # fmt: skip
        args.figures.write_text(json.dumps(figures, indent=1) + "\n")


def verdict(met: bool, target: str) -> str:
    return f"{target:<11} {'ok' if met else 'MISSED'}"


if __name__ == "__main__":
    main()
