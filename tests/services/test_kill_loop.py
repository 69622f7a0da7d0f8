"""kill -9 of the agent at random moments, 50 times, on a real X desktop: the store stays whole
(`PRAGMA integrity_check`), no round loses more than the 10 seconds between writes (to the
store or the recent-usage file) or
counts time that did not pass, and each next start carries on by itself."""

from __future__ import annotations

import getpass
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from guardian import config
from guardian.services.recent_usage import take_in_left_usage
from guardian.services.recorder import FLUSH_EVERY
from guardian.storage import repositories as repo
from guardian.storage.database import open_store
from tests.platform.test_x11 import X11Driver, driver, x_server  # noqa: F401 - fixtures

ROUNDS = 50
LONG_EVERY = 12  # every 12th round outlives a checkpoint, to test the 10-second bound
CHECKPOINT = FLUSH_EVERY.total_seconds()  # usage is kept every 9 s
SLACK = 2.0  # the first sample comes a second after start; a sample is a whole second


def counted_today(database: Path | None = None) -> int:
    """Xiaoming's time in the store over the last day, with what the killed process left in its
    recent-usage file put into the store, as the next start does first."""
    store = open_store(database or config.database_path())
    try:
        with store.session(read_only=True) as s:
            take_in_left_usage(store, repo.get_child(s, "Xiaoming"))
        with store.session(read_only=True) as s:
            child = repo.get_child(s, "Xiaoming")
            now = datetime.now(UTC)
            return repo.usage_total(s, child, now - timedelta(days=1), now + timedelta(minutes=1))
    finally:
        store.close()


def integrity() -> str:
    with sqlite3.connect(config.database_path()) as db:
        return str(db.execute("PRAGMA integrity_check").fetchone()[0])


@pytest.mark.parametrize("seed", [20261124])
def test_kill_9_at_random_moments(
    seed: int,
    x_server: str,  # noqa: F811 - the fixture
    driver: X11Driver,  # noqa: F811 - the fixture
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.test_cli import guardian

    monkeypatch.setenv("DISPLAY", x_server)
    assert guardian("child", "add", "Xiaoming", "--os-user", getpass.getuser()).returncode == 0
    driver.activate("chinese")
    rng = random.Random(seed)
    pause = threading.Event()
    before, losses = 0, []
    for round_number in range(ROUNDS):
        driver.touch_input()  # somebody is at the PC: the time counts
        agent = subprocess.Popen(
            [sys.executable, "-m", "guardian", "agent"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert agent.stdout is not None
        assert "tracking Xiaoming" in agent.stdout.readline(), f"round {round_number}"
        started = time.monotonic()
        long_round = round_number % LONG_EVERY == 0
        pause.wait(
            rng.uniform(CHECKPOINT + 0.5, CHECKPOINT + 3.0) if long_round else rng.uniform(0.0, 2.5)
        )
        agent.send_signal(signal.SIGKILL)
        ran = time.monotonic() - started
        agent.wait(10)
        agent.stdout.close()
        assert integrity() == "ok", f"round {round_number}"
        after = counted_today()
        counted = after - before
        assert counted <= ran + SLACK, (round_number, ran, counted)  # never time that did not pass
        assert ran - counted <= CHECKPOINT + SLACK, (round_number, ran, counted)
        losses.append(ran - counted)
        before = after
    print(
        f"\n{ROUNDS} kills: lost {max(losses):.1f} s at most, {sum(losses) / ROUNDS:.1f} s on average"
    )
    assert before > 0
