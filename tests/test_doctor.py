"""`guardian doctor` and `guardian track` where Guardian cannot see windows (no X display)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from guardian import config
from tests.test_cli import guardian


@pytest.fixture(autouse=True)
def no_display(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)


def checks() -> dict[str, dict[str, object]]:
    result = guardian("doctor", "--json")
    assert result.returncode == 0, result.stderr
    return {c["name"]: c for c in json.loads(result.stdout)}


def test_doctor_explains_what_it_cannot_see() -> None:
    found = checks()
    assert found["Which program is in front"]["ok"] is False
    assert "DISPLAY" in str(found["What Guardian cannot see here"]["detail"])
    assert found["Guardian's data"]["ok"] is True
    assert found["App catalog"]["ok"] is True
    assert found["China's holiday schedule for 2026"]["ok"] in (True, False)


def test_doctor_explains_wayland(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert "Wayland" in str(checks()["What Guardian cannot see here"]["detail"])


def test_doctor_never_calls_a_plaintext_keyring_safe(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    keyring = checks()["Safe place for the parent PIN (keyring)"]
    assert keyring["ok"] is False and "unencrypted" in str(keyring["detail"])


def test_doctor_reports_a_damaged_database_and_leaves_it(guardian_home: Path) -> None:
    guardian_home.mkdir(parents=True)
    database = config.database_path(guardian_home)
    database.write_bytes(b"not a database" * 100)
    found = checks()["Guardian's data"]
    assert found["ok"] is False and str(database) in str(found["detail"])
    assert database.read_bytes() == b"not a database" * 100


def test_track_once_without_a_display_says_so() -> None:
    result = guardian("track", "--once", "--json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["platform"] == "null" and data["app"] == "" and data["category"] == "other"
    assert {"exe", "app", "pid", "title", "idle_seconds", "fullscreen", "category"} <= set(data)


def test_track_watch_prints_a_line_a_second_until_ctrl_c() -> None:
    import os
    import signal
    import subprocess
    import sys

    watch = subprocess.Popen(
        [sys.executable, "-m", "guardian", "track", "--watch", "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ},
    )  # fmt: skip
    try:
        assert watch.stdout is not None
        lines = [json.loads(watch.stdout.readline()) for _ in range(2)]
        assert all(line["platform"] == "null" for line in lines)
        watch.send_signal(signal.SIGINT)
        assert watch.wait(timeout=10) == 0
    finally:
        if watch.poll() is None:
            watch.kill()
            watch.wait()
        for stream in (watch.stdout, watch.stderr):
            if stream is not None:
                stream.close()


def test_doctor_checks_the_guidance_articles() -> None:
    found = checks()
    assert found["Guidance articles (zh_CN)"]["ok"] is True
    assert found["Guidance articles (en)"]["ok"] is True


def test_doctor_says_whether_the_seals_are_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    name = "Seals on limits, extra time and PIN tries"
    assert checks()[name]["ok"] is True and "off" in str(checks()[name]["detail"])
    assert guardian("pin", "set", stdin="482915\n482915\n").returncode == 0
    assert checks()[name]["ok"] is True and "on" in str(checks()[name]["detail"])
    from keyrings.alt.file import PlaintextKeyring

    PlaintextKeyring().delete_password("guardian", "seal-key")
    seals = checks()[name]
    assert seals["ok"] is False and "pin reset" in str(seals["fix"])
