"""kill -9 of `guardian service` at random moments, 50 times, while a child's agent keeps
reporting a real window on a real X desktop: the store stays whole (`PRAGMA integrity_check`),
no round counts time that did not pass or loses more than the 10 seconds between checkpoints,
and the agent finds each new service by itself. And a time zone changed while Guardian was
stopped must not give a fresh day (today it does: the strict xfail below is the reproduction).

Each service is a fresh `python -c` process that runs the real command line (`guardian service`);
it is started two rounds ahead and imports the program (1.5-3 s on a busy two-core machine),
then waits for the word to go, so that 50 rounds take under three minutes. The agent is the real
`guardian agent --backend service`; in the loop, its wait between two tries to reach the service
is cut from 5 s to 0.1 s for the same reason, and
`test_the_agent_finds_a_restarted_service_by_itself` checks the unchanged agent on its own.
"""

from __future__ import annotations

import collections
import contextlib
import getpass
import os
import queue
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO
from zoneinfo import ZoneInfo

import pytest

from guardian import config
from guardian.core.catalog import Classifier
from guardian.core.clock import FakeClock
from guardian.core.policy import Policy
from guardian.services.agent_link import RETRY_MS
from guardian.services.recorder import FLUSH_EVERY, UsageRecorder
from guardian.services.tracking import family_zone
from guardian.storage import repositories as repo
from guardian.storage.database import Store, open_store
from tests.platform.test_x11 import X11Driver, driver, wait_until, x_server  # noqa: F401
from tests.services.test_kill_loop import counted_today, integrity
from tests.services.test_recorder import CATALOG, ScriptedDesktop, run_for, store  # noqa: F401

ROUNDS = 50
SHORT = (1.0, 3.0)  # seconds between the agent's welcome and the kill, in most rounds
# A few rounds reach the service's first checkpoint (FLUSH_EVERY, 9 s, after the welcome):
# killed just before it, while writing it, or after it.
CHECKPOINT = FLUSH_EVERY.total_seconds()  # the service's recorder keeps the span in progress
LONG = (CHECKPOINT - 0.5, CHECKPOINT + 4.0)
LONG_ROUNDS = frozenset({8, 27, 43})
# Every fifth round is killed while the service starts, before (or just after) it welcomes the
# agent: while it opens and checks the store, or as it answers the hello.
START_UP_KILL = (0.0, 0.4)
# What a kill may cost beyond the checkpoint, measured from the welcome: the service starts its
# recorder a moment after the welcome (it reads the policy and the app catalogue first), takes
# the first sample a second later, and that sample charges nothing until the next one (or
# misses the agent's first report, which may come a second after the welcome); and the
# checkpoint is written at the first one-second tick 9 s after the recorder started.
SLACK = 2.0
# The service starts counting after it sends the welcome, and the test notes the time when the
# agent has printed it, so counted time stays under the time measured; half a second of margin
# for the scheduler of a busy machine, no more.
OVER = 0.5
AGENT_RETRY_MS = 100  # the loop's agent tries to reach the service again after 0.1 s
AHEAD = 2  # services importing ahead: each has two rounds' time to get ready

# `guardian service`, imported ahead: it starts when a line arrives on its standard input.
SERVICE = """
import sys
import guardian.cli, guardian.services.service  # the slow part, done while the last round runs
if sys.stdin.readline():
    sys.exit(guardian.cli.main(["service"]))
"""

# `guardian agent --backend service`, trying to reach a lost service again every argv[1] ms.
AGENT = """
import sys
from guardian.services import agent_link
agent_link.RETRY_MS = int(sys.argv[1])
from guardian.cli import main
sys.exit(main(["agent", "--backend", "service"]))
"""

needs_x = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("Xvfb", "openbox", "xdotool")),
    reason="needs Xvfb, openbox and xdotool (installed by .ci/run)",
)


class Lines:
    """A process's output, line by line, each with the monotonic time it was read."""

    def __init__(self, stream: IO[str]) -> None:
        self._lines: queue.Queue[tuple[float, str]] = queue.Queue()
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream: IO[str]) -> None:
        for line in stream:
            self._lines.put((time.monotonic(), line))

    def next(self, timeout: float, what: str) -> tuple[float, str]:
        try:
            return self._lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"timed out waiting for {what}") from None

    def drain(self) -> list[str]:
        lines = []
        with contextlib.suppress(queue.Empty):
            while True:
                lines.append(self._lines.get_nowait()[1])
        return lines

    def join(self) -> None:
        self._thread.join(10)


class Family:
    """The processes of one test, all stopped at the end whatever happens: services (each
    imported ahead, one always waiting), the agent, and the reader of its output."""

    def __init__(self, display: str, logs: Path) -> None:
        self.run = Path(tempfile.mkdtemp(prefix="guardian-kill-", dir="/tmp"))  # a short path
        self.logs = logs  # what the processes say on stderr, kept for a failure's reader
        self.env = {
            **os.environ,
            "DISPLAY": display,
            "GUARDIAN_SOCKET": str(self.run / "agent.sock"),
            "GUARDIAN_LOCK_COMMAND": f"touch {self.run}/locked-{{account}}",
            "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        self.processes: list[subprocess.Popen[str]] = []
        self._streams: list[IO[str]] = []
        self.agent: subprocess.Popen[str] | None = None
        self.agent_lines: Lines | None = None
        self._waiting: collections.deque[subprocess.Popen[str]] = collections.deque()

    def start(self) -> None:
        """Services start importing, `AHEAD` of the rounds."""
        self._waiting.extend(self._spawn_service() for _ in range(AHEAD))

    def _spawn_service(self) -> subprocess.Popen[str]:
        service = subprocess.Popen(
            [sys.executable, "-c", SERVICE],
            env=self.env,
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=self._log(f"service-{len(self.processes)}"),
            text=True,
        )
        self.processes.append(service)
        return service

    def _log(self, name: str) -> IO[str]:
        stream = (self.logs / f"{name}.stderr").open("w")
        self._streams.append(stream)
        return stream

    def said(self) -> str:
        """For a failure's reader: how the agent is, the end of its stderr and of the log."""
        assert self.agent is not None
        stderr = (self.logs / "agent.stderr").read_text(errors="replace")
        log = config.data_home() / config.LOG_NAME
        logged = log.read_text(errors="replace") if log.exists() else ""
        return (
            f"agent exit code {self.agent.poll()}; its stderr ends:\n{stderr[-2000:]}\n"
            f"the log ends:\n{logged[-2000:]}"
        )

    def start_service(self) -> subprocess.Popen[str]:
        """The service waiting longest starts now; one more starts importing."""
        service = self._waiting.popleft()
        self._waiting.append(self._spawn_service())
        assert service.stdin is not None
        service.stdin.write("go\n")
        service.stdin.close()
        return service

    def start_agent(self, retry_ms: int | None) -> Lines:
        command = ["-m", "guardian", "agent", "--backend", "service"]
        if retry_ms is not None:
            command = ["-c", AGENT, str(retry_ms)]
        self.agent = subprocess.Popen(
            [sys.executable, *command],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=self._log("agent"),
            text=True,
        )
        self.processes.append(self.agent)
        assert self.agent.stdout is not None
        self.agent_lines = Lines(self.agent.stdout)
        return self.agent_lines

    def listening(self, count: int) -> bool:
        """Whether `count` services have said in the log that they listen."""
        log = config.data_home() / config.LOG_NAME
        return log.exists() and log.read_text(errors="replace").count("service listening") >= count

    def locked(self) -> bool:
        return any(self.run.glob("locked-*"))

    def close(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.kill()
            process.wait(10)
            if process.stdin is not None:
                with contextlib.suppress(OSError):  # the pipe to a killed process
                    process.stdin.close()
        if self.agent is not None and self.agent.stdout is not None:
            if self.agent_lines is not None:
                self.agent_lines.join()
            self.agent.stdout.close()
        for stream in self._streams:
            stream.close()
        shutil.rmtree(self.run, ignore_errors=True)


@pytest.fixture
def family(x_server: str, tmp_path: Path) -> Iterator[Family]:  # noqa: F811 - the fixture
    db = open_store(config.database_path())
    with db.session() as s:
        repo.add_child(s, "Xiaoming", os_user=getpass.getuser(), age=10, now=datetime.now(UTC))
    db.close()
    family = Family(x_server, tmp_path)
    try:
        family.start()
        yield family
    finally:
        family.close()


def apps_counted() -> dict[str, int]:
    db = open_store(config.database_path())
    try:
        with db.session(read_only=True) as s:
            child = repo.get_child(s, "Xiaoming")
            now = datetime.now(UTC)
            return repo.usage_by_app(s, child, now - timedelta(days=1), now + timedelta(minutes=1))
    finally:
        db.close()


def welcomed(family: Family, timeout: float, what: str = "") -> float:
    """The moment the agent said the service welcomed it."""
    assert family.agent_lines is not None
    try:
        at, line = family.agent_lines.next(timeout, "the agent's welcome")
    except AssertionError as error:
        raise AssertionError(f"{error} {what}; {family.said()}") from None
    assert "tracking Xiaoming" in line, line
    return at


def kill(service: subprocess.Popen[str]) -> float:
    service.send_signal(signal.SIGKILL)
    killed = time.monotonic()
    service.wait(10)
    return killed


@pytest.mark.parametrize("seed", [20261130])
@pytest.mark.x11
@needs_x
def test_kill_9_of_the_service_at_random_moments(
    seed: int,
    family: Family,
    driver: X11Driver,  # noqa: F811 - the fixture
) -> None:
    expected = driver.activate("chinese")  # a real window in front, of a real process
    rng = random.Random(seed)
    pause = threading.Event()
    lines = family.start_agent(AGENT_RETRY_MS)
    before, losses, back, first, last_kill = 0, [], [], None, 0.0
    for number in range(ROUNDS):
        driver.touch_input()  # somebody is at the PC: the time counts
        stale = lines.drain()  # a welcome from a service killed while starting
        assert all("tracking" in line for line in stale), stale
        service = family.start_service()
        if number % 5 == 4:
            pause.wait(rng.uniform(*START_UP_KILL))
            welcome, ran = None, 0.0
            killed = kill(service)
        else:
            welcome = welcomed(family, 30, f"in round {number}")
            first = first or welcome
            if number > 0:
                back.append(welcome - last_kill)
            pause.wait(rng.uniform(*LONG if number in LONG_ROUNDS else SHORT))
            killed = kill(service)
            ran = killed - welcome
        last_kill = killed
        assert family.agent is not None and family.agent.poll() is None, family.said()
        assert integrity() == "ok", f"round {number}"
        after = counted_today()
        counted = after - before
        assert counted <= ran + OVER, (number, ran, counted)  # never time that did not pass
        assert ran - counted <= CHECKPOINT + SLACK, (number, ran, counted)
        if welcome is not None:
            losses.append(ran - counted)
        before = after
    assert first is not None
    assert before <= last_kill - first  # altogether, never more than the time that passed
    assert before > 0
    # All of it is the window in front, named from its process by the service.
    assert set(apps_counted()) == {expected.exe_name}
    assert not family.locked()  # the agent was never silent for 30 s
    print(
        f"\n{ROUNDS} kills of the service: lost {max(losses):.1f} s at most, "
        f"{sum(losses) / len(losses):.1f} s on average over {len(losses)} welcomed rounds; "
        f"{before} s counted in {last_kill - first:.0f} s; the agent was back "
        f"{sum(back) / len(back):.1f} s after a kill on average ({max(back):.1f} s at most)"
    )


@pytest.mark.x11
@needs_x
def test_the_agent_finds_a_restarted_service_by_itself(
    family: Family,
    driver: X11Driver,  # noqa: F811 - the fixture
) -> None:
    """The agent as shipped: a service killed and started again hears from it within its retry
    interval (5 s), twice, without the agent being restarted."""
    driver.activate("chinese")
    driver.touch_input()
    service = family.start_service()
    wait_until(lambda: family.listening(1), 30, "the service")
    family.start_agent(None)
    welcomed(family, 30)
    for restart in (2, 3):
        killed = kill(service)
        service = family.start_service()
        back = welcomed(family, RETRY_MS / 1000 + 10, f"after restart {restart}")
        assert family.agent is not None and family.agent.poll() is None
        assert family.listening(restart)
        print(f"\nthe agent was back {back - killed:.1f} s after the kill")
    kill(service)


# --- a time zone changed across a restart ------------------------------------------------------

SHANGHAI = ZoneInfo("Asia/Shanghai")


def recorder_in(
    db: Store, zone: ZoneInfo, clock: FakeClock, desktop: ScriptedDesktop
) -> UsageRecorder:
    """The service's recorder for Xiaoming, in `zone` (the PC's zone when the policy names none:
    `config.family_zone(None)`), in one boot of the PC."""
    with db.session() as s:
        child = repo.get_child(s, "Xiaoming")
    return UsageRecorder(
        platform=desktop, store=db, child=child, classifier=Classifier(Policy(), CATALOG),
        clock=clock, zone=zone, boot_id="boot-1",
    )  # fmt: skip


def play_then_restart_in(
    db: Store, played_from: datetime, zone: ZoneInfo
) -> tuple[UsageRecorder, FakeClock]:
    """Twenty minutes of play in Shanghai from `played_from`; Guardian stops; a minute later it
    starts again with the PC in `zone`."""
    clock, desktop = FakeClock(played_from), ScriptedDesktop()
    desktop.show("minecraft.exe")
    first = recorder_in(db, SHANGHAI, clock, desktop)
    first.start()
    first.tick()
    run_for(first, clock, 20 * 60)
    first.stop()
    assert first.usage().total_seconds == 20 * 60
    clock.advance(60)
    second = recorder_in(db, zone, clock, desktop)
    second.start()
    return second, clock


def clock_jumps(db: Store) -> list[float]:
    with db.session(read_only=True) as s:
        return [e.data["seconds"] for e in repo.events(s, kinds=["clock_jump"])]


@pytest.mark.parametrize("zone", ["Asia/Tokyo", "Asia/Kolkata"])
def test_a_zone_change_moves_no_clock_and_keeps_a_day_it_shares(
    store: Store,  # noqa: F811 - the fixture
    zone: str,
) -> None:
    """Shanghai 18:40-19:00 is 19:40-20:00 in Tokyo, 16:10-16:30 in Kolkata: the same day."""
    played_from = datetime(2026, 11, 20, 18, 40, tzinfo=SHANGHAI)
    second, clock = play_then_restart_in(store, played_from, ZoneInfo(zone))
    assert second.now() == played_from + timedelta(minutes=21)  # the timeline carries on
    assert second.usage().total_seconds == 20 * 60
    second.tick()
    run_for(second, clock, 10)
    second.stop()
    assert second.usage().total_seconds == 20 * 60 + 10
    assert clock_jumps(store) == []  # the zone is not the clock: UTC never moved


@pytest.mark.parametrize(
    ("zone", "played_from"),
    [
        # 17:40-18:00 in Shanghai is 23:40-24:00 in Kiritimati (UTC+14); 18:01 is tomorrow there
        ("Pacific/Kiritimati", datetime(2026, 11, 20, 17, 40, tzinfo=SHANGHAI)),
        # 15:40-16:00 in Shanghai is 23:40-24:00 the day before in Los Angeles; 16:01 is today
        ("America/Los_Angeles", datetime(2026, 11, 20, 15, 40, tzinfo=SHANGHAI)),
    ],
)
def test_a_zone_change_across_a_restart_gives_no_fresh_day(
    store: Store,  # noqa: F811 - the fixture
    zone: str,
    played_from: datetime,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The zone is the one the PC had when Guardian first counted here (the policy names none);
    a child who changes the PC's zone and restarts Guardian keeps today's twenty minutes used."""
    with store.session() as s:
        child = repo.get_child(s, "Xiaoming")
    monkeypatch.setattr(config, "system_zone", lambda: SHANGHAI)
    assert family_zone(store, child, None, FakeClock(played_from)) == SHANGHAI  # kept from now
    monkeypatch.setattr(config, "system_zone", lambda: ZoneInfo(zone))  # the child changes it
    kept = family_zone(store, child, None, FakeClock(played_from))
    assert kept == SHANGHAI
    second, _ = play_then_restart_in(store, played_from, kept)
    assert second.now() == played_from + timedelta(minutes=21)  # the same moment...
    assert second.usage().total_seconds == 20 * 60  # ...and today's twenty minutes are still used
    with store.session(read_only=True) as s:
        (changed,) = repo.events(s, kinds=["zone_change"])
    assert changed.data == {"kept": "Asia/Shanghai", "pc": zone}  # the parent is told
