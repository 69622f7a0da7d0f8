"""`guardian demo`: a made-up family with a month of believable use, to look at Guardian.

Two children: 小明 (10, the school-nights preset) and 小红 (14, minor mode under 16). Each day
follows the calendar: after-school homework and a little play on school days, more of
everything on rest days, with requests, grants, warnings and a few stranger events (a wrong
PIN, a clock set forward, a game closed at its limit). Nothing here is anyone's real data.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path

from sqlalchemy.orm import Session

from guardian import config
from guardian.core.calendar import DayType
from guardian.core.policy import day_calendar
from guardian.core.policy_file import load_policy_file, policy_to_document
from guardian.storage import repositories as repo
from guardian.storage.database import Store
from guardian.storage.models import Child
from guardian.storage.records import SpanRecord

DEMO_DAYS = 30


@dataclass(frozen=True)
class Program:
    exe_path: str
    exe_name: str
    category: str
    title: str = ""


STUDY = [
    Program("C:/Program Files/WPS/wps.exe", "wps.exe", "study", "数学作业.docx"),
    Program(
        "C:/Program Files/Google/Chrome/chrome.exe", "chrome.exe", "study", "国家中小学智慧教育平台"
    ),
    Program("C:/Program Files/Youdao/YoudaoDict.exe", "YoudaoDict.exe", "study", "有道词典"),
]
YOUNGER = [
    Program("C:/Games/Minecraft/MinecraftLauncher.exe", "MinecraftLauncher.exe", "games"),
    Program(
        "C:/Program Files/Google/Chrome/chrome.exe",
        "chrome.exe",
        "video",
        "哔哩哔哩 (゜-゜)つロ 干杯~-bilibili",
    ),
    Program("C:/Program Files/Scratch 3/Scratch 3.exe", "Scratch 3.exe", "study"),
    Program("C:/Program Files/Google/Chrome/chrome.exe", "chrome.exe", "games", "【4399小游戏】"),
]
OLDER = [
    Program("C:/Program Files/Tencent/WeChat/WeChat.exe", "WeChat.exe", "social", "微信"),
    Program("C:/Games/Genshin Impact/GenshinImpact.exe", "GenshinImpact.exe", "games", "原神"),
    Program(
        "C:/Program Files/Google/Chrome/chrome.exe",
        "chrome.exe",
        "video",
        "哔哩哔哩 (゜-゜)つロ 干杯~-bilibili",
    ),
    Program("C:/Program Files/Tencent/QQ/QQ.exe", "QQ.exe", "social", "QQ"),
    Program("C:/Program Files/Google/Chrome/chrome.exe", "chrome.exe", "payments", "原神 - 充值"),
]
FAMILY = (("小明", 10, "cn-school-nights", YOUNGER), ("小红", 14, "cn-minor-mode-under-16", OLDER))


def fill(
    store: Store, today: date, zone: tzinfo, seed: int = 2026, days: int = DEMO_DAYS
) -> list[Child]:
    """Fill an empty store with the demo family's last `days` days."""
    rng = random.Random(seed)
    children = []
    first = today - timedelta(days=days - 1)
    start_of_demo = datetime(first.year, first.month, first.day, 8, tzinfo=zone)
    with store.session() as s:
        for name, age, preset, programs in FAMILY:
            child = repo.add_child(s, name, os_user=None, age=age, now=start_of_demo)
            policy = load_policy_file(config.presets_dir() / f"{preset}.toml")
            repo.add_policy_version(
                s,
                child,
                policy_to_document(policy),
                author="parent",
                now=start_of_demo,
                comment=f"preset {preset}",
            )
            calendar = day_calendar(policy.calendar)
            for offset in range(days):
                day = first + timedelta(days=offset)
                rest = calendar.day_type(day) is DayType.REST_DAY
                _one_day(s, child, day, zone, rest, programs, rng, is_today=day == today)
            children.append(child)
        _stranger_events(s, children, today, zone)
    return children


def _at(day: date, hour: float, zone: tzinfo) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=zone) + timedelta(hours=hour)


def _one_day(
    s: Session, child: Child, day: date, zone: tzinfo, rest: bool,
    programs: list[Program], rng: random.Random, *, is_today: bool,
) -> None:  # fmt: skip
    # about 2 hours on a rest day; 40 minutes of homework and 40 of play on a school day
    sessions = [(9.5, 10.5), (15.0, 15.8), (19.5, 20.2)] if rest else [(16.6, 17.3), (19.2, 19.9)]
    if is_today:
        sessions = [(a, b) for a, b in sessions if b <= 17.6] or sessions[:1]
    records = []
    for begin, end in sessions:
        moment = _at(day, begin, zone) + timedelta(minutes=rng.randint(0, 20))
        stop = _at(day, end, zone) - timedelta(minutes=rng.randint(0, 25))
        homework = not rest and begin < 18
        while moment < stop:
            program = rng.choice(STUDY if homework else programs)
            length = timedelta(minutes=rng.randint(4, 22))
            finish = min(moment + length, stop)
            records.append(
                SpanRecord(
                    program.exe_path,
                    program.exe_name,
                    moment,
                    finish,
                    program.category,
                    True,
                    program.title or None,
                )
            )
            moment = finish + timedelta(minutes=rng.randint(0, 6))
    repo.add_spans(s, child, records)
    evening = _at(day, 20.4, zone)
    if not is_today:
        repo.add_event(
            s, "warning", at=evening, child=child, data={"scope": "total", "threshold_seconds": 900}
        )
        if rng.random() < 0.4:
            repo.add_event(
                s,
                "lock",
                at=evening + timedelta(minutes=15),
                child=child,
                data={"reason": "daily_limit"},
            )
            if rng.random() < 0.5:
                request = repo.add_request(
                    s,
                    child,
                    seconds=900,
                    message="作业还没写完" if rng.random() < 0.5 else None,
                    now=evening + timedelta(minutes=16),
                )
                repo.answer_request(
                    s,
                    request,
                    approved=rng.random() < 0.7,
                    seconds=900,
                    by="parent",
                    now=evening + timedelta(minutes=20),
                )
    else:
        repo.add_request(s, child, seconds=1800, message="想把这一集看完", now=_at(day, 17.0, zone))


def _stranger_events(s: Session, children: list[Child], today: date, zone: tzinfo) -> None:
    younger, older = children
    repo.add_event(
        s,
        "pin_failure",
        at=_at(today - timedelta(days=3), 20.7, zone),
        child=younger,
        data={"what": "pin", "failures": 1},
    )
    repo.add_event(
        s,
        "clock_jump",
        at=_at(today - timedelta(days=5), 21.2, zone),
        child=older,
        data={"seconds": 86400.0},
    )
    repo.add_event(
        s,
        "limit",
        at=_at(today - timedelta(days=2), 20.6, zone),
        child=older,
        data={"app": "GenshinImpact.exe", "scope": "category:games", "grace_seconds": 60},
    )
    repo.add_event(
        s,
        "app_closed",
        at=_at(today - timedelta(days=2), 20.62, zone),
        child=older,
        data={"app": "GenshinImpact.exe", "scope": "category:games"},
    )
    repo.add_event(
        s,
        "payment_seen",
        at=_at(today - timedelta(days=6), 15.3, zone),
        child=older,
        data={"app": "chrome.exe", "closing": True},
    )


def demo_home(base: Path | None = None) -> Path:
    import tempfile

    return Path(tempfile.mkdtemp(prefix="guardian-demo-", dir=base))
