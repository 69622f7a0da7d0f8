"""The administration commands on a real data home (GUARDIAN_HOME): children, policies, usage,
status, and the store's bad days (a damaged file, a database from a newer Guardian)."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

from guardian import config
from guardian.storage import repositories as repo
from guardian.storage.database import open_store
from tests.test_cli import guardian

CST = timezone(timedelta(hours=8))


def add_child(name: str = "Xiaoming", *extra: str) -> None:
    result = guardian("child", "add", name, *extra)
    assert result.returncode == 0, result.stderr


def test_child_add_and_list() -> None:
    add_child("Xiaoming", "--age", "10", "--os-user", "xiaoming")
    add_child("小红", "--age", "14")
    listed = guardian("child", "list")
    assert listed.returncode == 0
    lines = listed.stdout.splitlines()
    assert lines[0].split("\t") == ["Xiaoming", "xiaoming", "10", "no policy yet"]
    assert lines[1].split("\t")[0] == "小红"


def test_duplicate_child_and_bad_age_are_invalid_input() -> None:
    add_child()
    again = guardian("child", "add", "Xiaoming")
    assert again.returncode == 2
    assert "Xiaoming" in again.stderr
    assert guardian("child", "add", "Baby", "--age", "0").returncode == 2
    assert guardian("child", "add", "Baby", "--age", "ten").returncode == 2


def test_policy_apply_makes_versions(guardian_home: Path) -> None:
    add_child()
    first = guardian("policy", "apply", "cn-minor-mode-under-16", "--child", "Xiaoming")
    assert first.returncode == 0, first.stderr
    assert "version 1" in first.stdout
    second = guardian(
        "policy", "apply", "cn-nppa-2021-games", "--child", "Xiaoming", "--author", "mum"
    )
    assert "version 2" in second.stdout
    store = open_store(config.database_path(guardian_home))
    try:
        with store.session() as s:
            child = repo.get_child(s, "Xiaoming")
            history = repo.policy_history(s, child)
            assert [v.version for v in history] == [2, 1]
            assert history[0].author == "mum"
            assert history[0].document["categories"]["games"]["hours"]["friday"] == ["20:00-21:00"]
    finally:
        store.close()


def test_invalid_policy_is_never_applied(tmp_path: Path, guardian_home: Path) -> None:
    add_child()
    assert (
        guardian("policy", "apply", "cn-minor-mode-under-16", "--child", "Xiaoming").returncode == 0
    )
    bad = tmp_path / "bad.toml"
    bad.write_text('[total]\nlimit = "forever"\n')
    result = guardian("policy", "apply", str(bad), "--child", "Xiaoming")
    assert result.returncode == 2
    assert f"{bad}:2: total.limit" in result.stderr
    assert "policy v1" in guardian("child", "list").stdout  # the last valid policy stays


def test_policy_apply_to_unknown_child() -> None:
    result = guardian("policy", "apply", "cn-minor-mode-under-16", "--child", "Nobody")
    assert result.returncode == 2
    assert "Nobody" in result.stderr


def record(guardian_home: Path, spans: list[tuple[str, str, str, str, bool]]) -> None:
    store = open_store(config.database_path(guardian_home))
    try:
        with store.session() as s:
            child = repo.get_child(s, "Xiaoming")
            repo.add_spans(
                s,
                child,
                [
                    repo.SpanRecord(
                        exe_path=f"C:/Apps/{exe}",
                        exe_name=exe,
                        start=datetime.fromisoformat(start),
                        end=datetime.fromisoformat(end),
                        category=category,
                        counted=counted,
                    )
                    for exe, start, end, category, counted in spans
                ],
            )
    finally:
        store.close()


def test_usage_json_composes_with_explain(tmp_path: Path, guardian_home: Path) -> None:
    add_child()
    policy = tmp_path / "family.toml"
    policy.write_text(
        'format = 1\nname = "f"\ntimezone = "Asia/Shanghai"\n[total]\nlimit = "1h"\n[categories.games]\nlimit = "30m"\n'
    )
    assert guardian("policy", "apply", str(policy), "--child", "Xiaoming").returncode == 0
    record(
        guardian_home,
        [
            (
                "minecraft.exe",
                "2026-11-19T23:50:00+08:00",
                "2026-11-20T00:10:00+08:00",
                "games",
                True,
            ),
            (
                "minecraft.exe",
                "2026-11-20T19:00:00+08:00",
                "2026-11-20T19:15:00+08:00",
                "games",
                True,
            ),
            ("word.exe", "2026-11-20T19:15:00+08:00", "2026-11-20T19:35:00+08:00", "other", True),
            (
                "homework.exe",
                "2026-11-20T18:00:00+08:00",
                "2026-11-20T19:00:00+08:00",
                "study",
                False,
            ),
        ],
    )
    result = guardian("usage", "--child", "Xiaoming", "--day", "2026-11-20", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["child"] == "Xiaoming" and report["day"] == "2026-11-20"
    assert report["day_type"] == "school_day"
    assert (
        report["total_seconds"] == 600 + 900 + 1200
    )  # from midnight; the study tool does not count
    assert report["categories"] == {"games": 1500, "other": 1200}
    assert report["apps"] == {"minecraft.exe": 1500, "word.exe": 1200}
    assert report["hours"]["2026-11-20T00:00:00+08:00"] == 600
    assert report["hours"]["2026-11-20T19:00:00+08:00"] == 900 + 1200
    usage = tmp_path / "usage.json"
    usage.write_text(result.stdout)
    explained = guardian(
        "policy", "explain", str(policy), "--at", "2026-11-20T19:40:00+08:00", "--usage", str(usage)
    )
    data = json.loads(explained.stdout)
    assert data["remaining_seconds"] == 3600 - 2700
    assert data["categories"]["games"]["remaining_seconds"] == 300


def test_usage_of_an_empty_day_and_bad_day() -> None:
    add_child()
    report = json.loads(
        guardian("usage", "--child", "Xiaoming", "--day", "2026-11-20", "--json").stdout
    )
    assert report["total_seconds"] == 0 and report["apps"] == {}
    bad = guardian("usage", "--child", "Xiaoming", "--day", "20/11/2026", "--json")
    assert bad.returncode == 2 and "--day 20/11/2026" in bad.stderr


def test_status_lists_children() -> None:
    empty = guardian()
    assert empty.returncode == 0 and "No children set up yet" in empty.stdout
    add_child()
    assert (
        guardian("policy", "apply", "cn-minor-mode-under-16", "--child", "Xiaoming").returncode == 0
    )
    status = guardian("status")
    assert status.returncode == 0
    assert "Xiaoming:" in status.stdout


def test_a_damaged_database_is_reported_and_left_alone(guardian_home: Path) -> None:
    guardian_home.mkdir(parents=True)
    database = config.database_path(guardian_home)
    database.write_bytes(b"this is not a database, it is a shopping list\n" * 20)
    before = database.read_bytes()
    result = guardian("child", "add", "Xiaoming")
    assert result.returncode == 1
    assert str(database) in result.stderr
    assert database.read_bytes() == before


def test_a_database_from_a_newer_guardian_is_left_alone(guardian_home: Path) -> None:
    add_child()
    database = config.database_path(guardian_home)
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    connection.close()
    before = database.read_bytes()
    result = guardian("child", "list")
    assert result.returncode == 1
    assert "newer" in result.stderr.lower()
    assert database.read_bytes() == before
