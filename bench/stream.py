"""The synthetic stream of window samples that Guardian and ActivityWatch are both fed.

Standard library only: `bench/versus_aw.py` imports it in Guardian's environment and
`bench/aw_side.py` in ActivityWatch's, so both see the same samples.

A year of days, each with two sittings at the PC (an afternoon and an evening, 8 hours in all)
of one sample a second; the program in front changes every 2 to 6 minutes among fifteen
programs and sites. A sample stands for the second that follows it, so a run of n samples of a
program is n seconds of it in both products. Nobody is idle within a sitting: ActivityWatch's
window bucket knows nothing of idleness, and the comparison is of the same seconds.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

ZONE = ZoneInfo("Asia/Shanghai")
FIRST_DAY = date(2025, 1, 1)
# (executable path, executable name, window title)
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
    ("C:/Program Files/Microsoft Office/WINWORD.EXE", "WINWORD.EXE", "作文.docx - Word"),
    ("C:/Program Files/Tencent/WeChat/WeChat.exe", "WeChat.exe", "微信"),
    ("C:/Program Files/Tencent/QQ/QQ.exe", "QQ.exe", "QQ"),
    ("C:/Program Files/VideoLAN/VLC/vlc.exe", "vlc.exe", "film.mp4 - VLC media player"),
    ("C:/Windows/explorer.exe", "explorer.exe", "此电脑"),
    ("C:/Program Files/Youdao/YoudaoDict.exe", "YoudaoDict.exe", "有道词典"),
    ("C:/Games/Genshin Impact/GenshinImpact.exe", "GenshinImpact.exe", "原神"),
    ("C:/Program Files/Microsoft VS Code/Code.exe", "Code.exe", "main.py - Visual Studio Code"),
    ("C:/Program Files/WPS/wps.exe", "wps.exe", "数学作业.docx"),
    ("C:/Program Files/Kingsoft/PowerWord.exe", "PowerWord.exe", "金山词霸"),
]
# Local start and length of each sitting: 14:00-18:00 and 19:00-23:00.
SITTINGS = ((14, 4 * 3600), (19, 4 * 3600))


@dataclass(frozen=True, slots=True)
class Run:
    """`seconds` consecutive samples of one program, the first at `start` (UTC)."""

    start: datetime
    seconds: int
    program: int  # index into PROGRAMS

    @property
    def end(self) -> datetime:
        return self.start + timedelta(seconds=self.seconds)


def day_runs(index: int) -> list[Run]:
    """The runs of day `index` (0 = FIRST_DAY), the same on every call."""
    rng = random.Random(index * 7919 + 2026)
    day = FIRST_DAY + timedelta(days=index)
    runs: list[Run] = []
    for hour, length in SITTINGS:
        start = datetime(day.year, day.month, day.day, hour, tzinfo=ZONE).astimezone(UTC)
        offset = 0
        while offset < length:
            seconds = min(rng.randint(120, 360), length - offset)
            runs.append(
                Run(start + timedelta(seconds=offset), seconds, rng.randrange(len(PROGRAMS)))
            )
            offset += seconds
    return runs


def sittings(runs: list[Run]) -> Iterator[list[Run]]:
    """The runs of each sitting: consecutive runs with no gap between them."""
    group: list[Run] = []
    for run in runs:
        if group and group[-1].end != run.start:
            yield group
            group = []
        group.append(run)
    if group:
        yield group


def samples_of(sitting: list[Run]) -> list[tuple[datetime, int]]:
    """(time, program) of each sample of a sitting: the stream as both products are fed it."""
    return [
        (run.start + timedelta(seconds=second), run.program)
        for run in sitting
        for second in range(run.seconds)
    ]


def month_range(month: int) -> range:
    """The day indexes of `month` (1-12) of FIRST_DAY's year."""
    first = date(FIRST_DAY.year, month, 1)
    following = date(first.year + month // 12, month % 12 + 1, 1)
    return range((first - FIRST_DAY).days, (following - FIRST_DAY).days)


def expected_totals(days: range) -> dict[date, dict[str, int]]:
    """Seconds per local day and executable name, straight from the runs."""
    totals: dict[date, dict[str, int]] = {}
    for index in days:
        day = FIRST_DAY + timedelta(days=index)
        apps = totals.setdefault(day, {})
        for run in day_runs(index):
            name = PROGRAMS[run.program][1]
            apps[name] = apps.get(name, 0) + run.seconds
    return totals
