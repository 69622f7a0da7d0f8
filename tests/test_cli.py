"""The `guardian` command, run as a real program: exit codes, JSON fields, messages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from guardian import __version__


def guardian(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "guardian", *args],
        capture_output=True,
        text=True,
        input=stdin,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        check=False,
    )


def explain(*args: str) -> dict[str, object]:
    result = guardian("policy", "explain", *args)
    assert result.returncode == 0, result.stderr
    data: dict[str, object] = json.loads(result.stdout)
    return data


def test_version() -> None:
    result = guardian("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"guardian {__version__}"


def test_explain_nppa_preset_at_2030_and_2100() -> None:
    at_2030 = explain("cn-nppa-2021-games", "--at", "2026-11-20T20:30:00+08:00")
    assert at_2030["day_type"] == "school_day"
    assert at_2030["locked"] is False and at_2030["reason"] is None
    assert at_2030["remaining_seconds"] is None
    assert at_2030["next_change_at"] == "2026-11-20T21:00:00+08:00"
    assert at_2030["categories"]["games"] == {
        "allowed": True,
        "remaining_seconds": 1800,
        "reason": None,
    }
    at_2100 = explain("cn-nppa-2021-games", "--at", "2026-11-20T21:00:00+08:00")
    assert at_2100["categories"]["games"] == {
        "allowed": False,
        "remaining_seconds": 0,
        "reason": "outside_hours",
    }
    assert at_2100["next_change_at"] == "2026-11-21T20:00:00+08:00"


def test_explain_with_usage_file(tmp_path: Path) -> None:
    usage = tmp_path / "usage.json"
    usage.write_text(json.dumps({"total_seconds": 3000, "categories": {"games": 0}, "apps": {}}))
    data = explain(
        "cn-minor-mode-under-16", "--at", "2026-11-20T10:00:00+08:00", "--usage", str(usage)
    )
    assert data["remaining_seconds"] == 600
    assert data["warnings"] == [
        {"scope": "total", "threshold_seconds": 900, "remaining_seconds": 600}
    ]


def test_explain_a_policy_file_with_its_own_time_zone(tmp_path: Path) -> None:
    policy = tmp_path / "berlin.toml"
    policy.write_text(
        'format = 1\nname = "b"\ntimezone = "Europe/Berlin"\n[total]\nhours = ["06:00-22:00"]\n'
    )
    data = explain(str(policy), "--at", "2026-11-20T21:30:00+01:00")
    assert data["remaining_seconds"] == 1800
    naive = explain(str(policy), "--at", "2026-11-20T21:30:00")
    assert naive["remaining_seconds"] == 1800
    assert naive["at"] == "2026-11-20T21:30:00+01:00"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["no-such-preset", "--at", "2026-11-20T20:30:00+08:00"],
            "no such policy file, and no preset",
        ),
        (["cn-nppa-2021-games", "--at", "tomorrow"], "--at tomorrow: not a date and time"),
    ],
)
def test_explain_bad_arguments(args: list[str], message: str) -> None:
    result = guardian("policy", "explain", *args)
    assert result.returncode == 2
    assert message in result.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{", "not valid JSON"),
        ('{"total_seconds": -5}', "total_seconds: should be a whole number"),
        ('{"total_seconds": "1h"}', "total_seconds: should be a whole number"),
        ('{"total": 5}', "total: unknown key"),
        ('{"categories": {"games": 1.5}}', "categories.games: should be a whole number"),
        ("[1, 2]", "should be a JSON object"),
    ],
)
def test_bad_usage_files(tmp_path: Path, content: str, message: str) -> None:
    usage = tmp_path / "usage.json"
    usage.write_text(content)
    result = guardian(
        "policy",
        "explain",
        "cn-nppa-2021-games",
        "--at",
        "2026-11-20T20:30:00+08:00",
        "--usage",
        str(usage),
    )
    assert result.returncode == 2
    assert str(usage) in result.stderr and message in result.stderr


def test_validate_good_and_bad(tmp_path: Path) -> None:
    good = tmp_path / "good.toml"
    good.write_text('format = 1\nname = "ok"\n[total]\nlimit = "1h"\n')
    result = guardian("policy", "validate", str(good))
    assert result.returncode == 0, result.stderr
    bad = tmp_path / "bad.toml"
    bad.write_text(
        'format = 1\n[total]\nlimit = "1x"\nhours = ["06:00-21:03"]\n[categories.games]\nlimt = "1h"\n'
    )
    result = guardian("policy", "validate", str(bad))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert lines == [
        f"{bad}:3: total.limit: '1x' is not a duration; write it like 1h30m, 45m or 2h",
        f"{bad}:4: total.hours[0]: '06:00-21:03': windows move in 5-minute steps (21:03 is not on one)",
        f"{bad}:6: categories.games.limt: unknown key 'limt'; did you mean 'limit'?",
    ]


def test_validate_missing_file(tmp_path: Path) -> None:
    result = guardian("policy", "validate", str(tmp_path / "nope.toml"))
    assert result.returncode == 2
    assert "nope.toml" in result.stderr and "cannot read" in result.stderr


def test_every_preset_validates_and_is_listed() -> None:
    listed = guardian("policy", "presets")
    assert listed.returncode == 0
    ids = [line.split("\t")[0] for line in listed.stdout.splitlines()]
    assert "cn-nppa-2021-games" in ids and len(ids) >= 4
    presets = Path(__file__).resolve().parents[1] / "resources" / "presets"
    for preset_id in ids:
        assert guardian("policy", "validate", str(presets / f"{preset_id}.toml")).returncode == 0


def test_unknown_command_is_invalid_input() -> None:
    assert guardian("frobnicate").returncode == 2


def chinese_in(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_messages_and_help_follow_the_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('format = 1\n\n[total]\nlimt = "1h"\nlimit = 90\n', encoding="utf-8")
    english = guardian("policy", "validate", str(bad))
    assert f"{bad}:4: total.limt: unknown key 'limt'; did you mean 'limit'?" in english.stderr
    monkeypatch.setenv("GUARDIAN_LANG", "zh_CN")
    result = guardian("policy", "validate", str(bad))
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert [line.split(": ")[0:2] for line in lines] == [
        [f"{bad}:4", "total.limt"],
        [f"{bad}:5", "total.limit"],
    ]
    assert all(chinese_in(line) and "unknown key" not in line for line in lines), lines
    assert "'limt'" in lines[0] and "'limit'" in lines[0] and "'90m'" in lines[1]
    assert chinese_in(guardian("--help").stdout)
    missing_child = guardian("usage", "--child", "nobody", "--day", "2026-11-20")
    assert missing_child.returncode == 2 and chinese_in(missing_child.stderr)
    assert "guardian child add nobody" in missing_child.stderr
