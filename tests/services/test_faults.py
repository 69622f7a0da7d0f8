"""Fault injection: the store, the disk and the keyring fail while the agent runs.

Real parts throughout: a real SQLite file; a real small tmpfs filled to the last byte for a full
disk; a read-only bind mount over the data home for a read-only file; the data home renamed away
and deleted while the agent runs; another connection holding SQLite's lock; rows changed with
the sqlite3 module the way a child with a database editor would; the keyring's own `fail`
backend and a real file keyring whose file is damaged. Mounting needs root: without it the disk
full and read-only cases are skipped, saying so.

For each fault a recorder and an enforcer run on a fake clock, driven tick by tick, and the
suite checks four things:
(a) enforcement goes on from the last good state in memory: the fault unlocks nothing, the
    limit still applies, and the lock comes at the limit, to the second;
(b) the usage of the fault's time is kept in memory and reaches the store once the fault is
    gone: the totals agree to the second, and no row is duplicated or overwritten;
(c) the parent is told: a warning in the log naming the file, and one "store_fault" event in the
    store (what failed, the file, from and until) once it can be written again;
(d) the file passes SQLite's `PRAGMA integrity_check` afterwards.

"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

import keyring
import pytest
from keyring.backends import fail
from keyrings.alt.file import PlaintextKeyring
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from guardian.core.catalog import Catalog, Classifier
from guardian.core.clock import FakeClock
from guardian.core.engine import Reason
from guardian.core.policy import Policy
from guardian.core.policy_file import parse_policy_text, policy_to_document
from guardian.keyring_access import KeyringUnavailable
from guardian.pin import PinVault
from guardian.services.enforcer import Enforcer
from guardian.services.recorder import UsageRecorder
from guardian.storage import repositories as repo
from guardian.storage.database import Store, open_store
from guardian.storage.errors import StoreUnavailable
from guardian.ui.lock_screen import LockWindow
from guardian.ui.pin_text import CANNOT_CHECK
from tests.services.test_enforcer import StandInLock
from tests.services.test_recorder import ScriptedDesktop
from tests.services.twin import (  # noqa: F401  (a fixture)
    close_services_stores,
    for_services,
    services_store,
)

ZONE = ZoneInfo("Asia/Shanghai")
START = datetime(2026, 11, 20, 19, 0, tzinfo=ZONE)
LIMIT = 120  # a two-minute day keeps each run short; the lock must come at exactly 120 s
PIN = "482915"
EVERY_TEN_SECONDS = timedelta(seconds=10)


# --- faults ---------------------------------------------------------------------------------


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False)


def _mount(*args: str) -> None:
    """Mount, or skip the test saying why (mounting needs root, or CAP_SYS_ADMIN)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system for this fault needs root")
    done = _run("mount", *args)
    if done.returncode != 0:
        pytest.skip(f"mount {' '.join(args)} is not allowed here: {done.stderr.strip()}")


def _umount(target: Path) -> None:
    # Lazy: a connection still open on the mount must not keep the fault in place.
    _run("umount", "-l", str(target))


class Fault:
    """One way the store fails while the agent runs, and the way it ends."""

    reason: ClassVar[str]  # the code the recorder's "store_fault" event must give

    def data_home(self, tmp_path: Path) -> Path:
        return tmp_path / "data-home"

    def inject(self, store: Store) -> None:
        raise NotImplementedError

    def clear(self, store: Store) -> None:
        raise NotImplementedError

    def cleanup(self) -> None:
        """Whatever is left after the test, also when it failed half-way."""


class Locked(Fault):
    """Another program holds SQLite's write lock (the dashboard, a backup tool, an editor)."""

    reason = "locked"

    def inject(self, store: Store) -> None:
        self._blocker = sqlite3.connect(store.path, timeout=0, isolation_level=None)
        self._blocker.execute("BEGIN EXCLUSIVE")

    def clear(self, store: Store) -> None:
        self._blocker.execute("ROLLBACK")
        self._blocker.close()

    def cleanup(self) -> None:
        if hasattr(self, "_blocker"):
            self._blocker.close()


class DiskFull(Fault):
    """The data home is on a small tmpfs; another file fills it to the last byte.

    Mounting needs root. Without it the test is skipped rather than faked with
    `PRAGMA max_page_count`: that limit fails only the writes that need a new page of the
    database, so most of the recorder's small writes would still go through.
    """

    reason = "disk_full"

    def data_home(self, tmp_path: Path) -> Path:
        self._disk = tmp_path / "small-disk"
        self._disk.mkdir()
        _mount("-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(self._disk))
        self._mounted = True
        return self._disk / "data-home"

    def inject(self, store: Store) -> None:
        self._filler = self._disk / "filler"
        with self._filler.open("wb", buffering=0) as file:
            for size in (1 << 20, 4096, 1):  # big pieces first, then the last page's bytes
                try:
                    while True:
                        file.write(bytes(size))
                except OSError as exc:
                    if exc.errno != errno.ENOSPC:
                        raise
        assert shutil.disk_usage(self._disk).free == 0

    def clear(self, store: Store) -> None:
        self._filler.unlink()  # the parent makes room

    def cleanup(self) -> None:
        if getattr(self, "_mounted", False):
            _umount(self._disk)


class ReadOnly(Fault):
    """The data home becomes read-only: a read-only bind mount over it.

    chmod would not do: the tests run as root here, and root writes whatever the mode says;
    a read-only mount binds root too. Without root the test is skipped.
    Linux checks write access when a file is opened, so a connection opened before keeps
    writing; the fault bites the connections opened after it. So the store's connections are
    closed once the file is read-only, as a restart of the agent or of its connection pool
    would; the store itself must then notice when the file can be written again.
    """

    reason = "read_only"

    def inject(self, store: Store) -> None:
        self._home = store.path.parent
        _mount("--bind", str(self._home), str(self._home))
        self._mounted = True
        _mount("-o", "remount,bind,ro", str(self._home))
        store.close()
        close_services_stores()  # the agent's own store, in the run for it (tests/services/twin.py)

    def clear(self, store: Store) -> None:
        _umount(self._home)
        self._mounted = False

    def cleanup(self) -> None:
        if getattr(self, "_mounted", False):
            _umount(self._home)


class DataHomeMoved(Fault):
    """The data home is renamed while the agent runs (and renamed back later)."""

    reason = "missing"

    def inject(self, store: Store) -> None:
        self._home = store.path.parent
        self._away = self._home.with_name(self._home.name + "-moved")
        self._home.rename(self._away)

    def clear(self, store: Store) -> None:
        self._away.rename(self._home)


FAULTS = [Locked, DiskFull, ReadOnly, DataHomeMoved]


# --- the agent on a real store --------------------------------------------------------------


def new_store(home: Path) -> Store:
    """A real SQLite file with one child and a two-minute day."""
    store = open_store(home / "guardian.sqlite3", busy_timeout_ms=100)  # a locked test is quick
    with store.session() as s:
        child = repo.add_child(s, "Xiaoming", now=START)
        policy = parse_policy_text('[total]\nlimit = "2m"\n')
        repo.add_policy_version(s, child, policy_to_document(policy), author="test", now=START)
    return store


class Agent:
    """A recorder and an enforcer on one store, driven by a fake clock."""

    def __init__(self, store: Store, before_start: Callable[[], object] = lambda: None) -> None:
        self.store, self.clock, self.desktop = store, FakeClock(START), ScriptedDesktop()
        self.desktop.show("word.exe")
        with store.session() as s:
            child = repo.get_child(s, "Xiaoming")
        services = for_services(store, busy_timeout_ms=100)
        self.recorder = UsageRecorder(
            platform=self.desktop, store=services, child=child,
            classifier=Classifier(Policy(), Catalog()), clock=self.clock, zone=ZONE,
            boot_id="boot-1",  # a keep and a commit every 10 s: the faults' timings below
            keep_every=EVERY_TEN_SECONDS, store_every=EVERY_TEN_SECONDS,
        )  # fmt: skip
        self.enforcer = Enforcer(
            store=services, child=child, recorder=self.recorder, platform=self.desktop,
            catalog=Catalog(), clock=self.clock, zone=ZONE,
            lock_screen_factory=StandInLock,
        )  # fmt: skip
        self.recorder.sampled.connect(self.enforcer.on_sample)
        self.failures: list[str] = []
        self.recorder.store_failed.connect(self.failures.append)
        before_start()
        self.enforcer.restore()
        self.recorder.start()
        self.recorder.tick()  # the first sample: counting starts from here

    def play(self, seconds: int) -> None:
        for _ in range(seconds):
            self.clock.advance(1)
            self.recorder.tick()

    @property
    def used(self) -> int:
        return self.recorder.usage().total_seconds

    @property
    def locked(self) -> bool:
        return self.enforcer.lock_screen.locked is not None  # type: ignore[attr-defined]

    def play_until_used(self, seconds: int) -> None:
        self.play(seconds - self.used)
        assert self.used == seconds


def stored(store: Store) -> tuple[int, dict[str, int]]:
    with store.session(read_only=True) as s:
        child = repo.get_child(s, "Xiaoming")
        start = START.replace(hour=0)
        end = start + timedelta(days=1)
        return repo.usage_total(s, child, start, end), repo.usage_by_category(s, child, start, end)


def raw(path: Path, query: str) -> list[tuple[Any, ...]]:
    """Rows read past Guardian, through a connection that cannot write."""
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as db:
        return db.execute(query).fetchall()


def integrity(path: Path) -> list[tuple[Any, ...]]:
    return raw(path, "PRAGMA integrity_check")


def store_faults(store: Store) -> list[dict[str, Any]]:
    with store.session(read_only=True) as s:
        return [e.data for e in repo.events(s, kinds=["store_fault"])]


def warnings_naming(caplog: pytest.LogCaptureFixture, path: Path) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.levelno >= logging.WARNING and str(path) in r.getMessage()
    ]


def fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture(params=FAULTS, ids=[f.reason for f in FAULTS])
def fault(request: pytest.FixtureRequest) -> Iterator[Fault]:
    made: Fault = request.param()
    yield made
    made.cleanup()


# --- (a) to (d) for each fault ---------------------------------------------------------------


def test_enforcement_goes_on_and_the_usage_waits_in_memory(
    fault: Fault, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = new_store(fault.data_home(tmp_path))
    path = store.path
    try:
        agent = Agent(store)
        agent.play(30)  # written at 10, 20 and 30 s
        assert stored(store) == (30, {"other": 30})
        spans_before = raw(path, 'SELECT id, app_id, start, "end", category FROM usage_span')
        kept = {
            table: raw(path, f"SELECT * FROM {table}")
            for table in ("child", "policy_version", "app", "event")
        }
        agent.desktop.show("minecraft.exe")
        agent.play(5)

        fault.inject(store)  # at 35 s; the flush at 40 s is the first to fail
        agent.play(40)
        # (c) the parent is told once, naming the file; (a) the limit still counts down
        assert len(agent.failures) == 1 and str(path) in agent.failures[0]
        assert any(fault.reason in m for m in warnings_naming(caplog, path))
        assert agent.used == 75 and not agent.locked
        assert agent.enforcer.decision is not None
        assert agent.enforcer.decision.remaining_seconds == LIMIT - 75
        agent.desktop.show("word.exe")
        agent.play_until_used(LIMIT - 1)
        assert not agent.locked  # one second left: no early lock either
        agent.play(1)
        assert agent.locked  # at the limit, to the second, in the middle of the fault
        assert agent.enforcer.decision.reason is Reason.DAILY_LIMIT
        agent.play(20)
        assert agent.locked and len(agent.failures) == 1  # no repeated alarms
        cleared_at = agent.recorder.now()

        fault.clear(store)
        agent.play(20)  # the next flush that works writes what waited
        assert agent.locked  # the end of the fault unlocks nothing either
        agent.recorder.stop()

        # (b) everything reached the store, once: totals to the second, three spans
        in_memory = agent.recorder.usage()
        assert in_memory.total_seconds == LIMIT + 40
        total, categories = stored(store)
        assert total == in_memory.total_seconds
        assert categories == dict(in_memory.categories)
        spans = raw(path, 'SELECT id, app_id, start, "end", category FROM usage_span ORDER BY id')
        assert len(spans) == 3  # word, minecraft, word: nothing written twice
        (first_id, app_id, start, end, category) = spans_before[0]
        assert spans[0][:3] == (first_id, app_id, start) and spans[0][4] == category
        assert spans[0][3] >= end  # the span in progress was checkpointed, then moved on
        for table, rows in kept.items():  # nothing stored before was overwritten
            assert set(rows) <= set(raw(path, f"SELECT * FROM {table}")), table

        # (c) one event for the parent: what failed, where, from when until when
        (record,) = store_faults(store)
        assert record["reason"] == fault.reason and record["path"] == str(path)
        assert datetime.fromisoformat(record["started"]) == START + timedelta(seconds=40)
        ended = datetime.fromisoformat(record["ended"])
        assert cleared_at < ended <= cleared_at + timedelta(seconds=20)
        assert record["failures"] >= 8  # every ten seconds of the fault, at least
        assert str(path) in record["message"]
    finally:
        store.close()
    # (d)
    assert integrity(path) == [("ok",)]


def test_a_deleted_data_home_is_not_recreated_and_a_copy_put_back_is_not_written_into(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Deleting the data home does not hand the child a fresh day, and Guardian writes neither
    into the deleted file (where the usage would be lost) nor into a file put in its place while
    it runs (it has not checked it). What waits in memory is lost only if Guardian stops first:
    the log says so, and the next start checks and uses the file that is there."""
    home = tmp_path / "data-home"
    store = new_store(home)
    path = store.path
    try:
        agent = Agent(store)
        agent.play(30)
        backup = tmp_path / "backup"
        shutil.copytree(home, backup)  # the parent's copy of the data home, say

        shutil.rmtree(home)  # the child deletes the data home
        agent.play(60)
        assert not home.exists()  # nothing was created in its place
        assert len(agent.failures) == 1 and "no longer there" in agent.failures[0]
        assert any("missing" in m for m in warnings_naming(caplog, path))
        agent.play_until_used(LIMIT - 1)
        assert not agent.locked
        agent.play(1)
        assert agent.locked  # still today's usage: no fresh day

        shutil.copytree(backup, home)  # a file is put back while the agent runs
        restored = fingerprint(home)
        agent.play(20)
        assert agent.locked and agent.used == LIMIT + 20
        assert len(agent.failures) == 2 and "has taken its place" in agent.failures[1]
        assert fingerprint(home) == restored  # not written into
        agent.recorder.stop()
        assert any("is lost" in m for m in warnings_naming(caplog, path))
    finally:
        store.close()
    assert fingerprint(home) == restored
    assert integrity(path) == [("ok",)]
    with open_store(path) as again:  # the next start checks the file and takes it
        assert stored(again) == (30, {"other": 30})


def test_a_store_out_of_reach_at_start_keeps_the_pc_locked_and_is_recorded_later(
    tmp_path: Path,
) -> None:
    """Today's usage cannot be read back: counting from zero would hand out a fresh day, so the
    PC stays locked, and the fault is recorded as soon as the store can be written."""
    home = tmp_path / "data-home"
    store = new_store(home)
    path = store.path
    try:
        agent = Agent(store, before_start=lambda: home.rename(tmp_path / "elsewhere"))
        assert not agent.recorder.usage_restored and len(agent.failures) == 1
        agent.play(5)
        assert agent.locked  # fail closed
        (tmp_path / "elsewhere").rename(home)
        agent.play(10)
        assert agent.locked  # usage was not restored: still closed until a parent acts
        (record,) = store_faults(store)
        assert record["reason"] == "missing" and record["path"] == str(path)
        assert datetime.fromisoformat(record["started"]) == START
    finally:
        store.close()
    assert integrity(path) == [("ok",)]


# --- a damaged policy version ----------------------------------------------------------------

NOT_JSON = '{"total": {"limit": '  # cut short, as a damaged disk or a bad edit leaves it
NOT_A_POLICY = '{"total": {"limit": "as long as you like"}}'


def _replace_newest_document(path: Path, text: str) -> None:
    """Change the newest policy version the way a child with a database editor would."""
    with closing(sqlite3.connect(path, isolation_level=None)) as db:
        db.execute(
            "UPDATE policy_version SET document = ? WHERE id = (SELECT max(id) FROM policy_version)",
            (text,),
        )


@pytest.mark.parametrize("damage", [NOT_JSON, NOT_A_POLICY], ids=["not_json", "not_a_policy"])
def test_a_damaged_policy_version_leaves_the_last_good_one_in_force(
    damage: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = new_store(tmp_path / "data-home")
    path = store.path
    try:
        agent = Agent(store)
        agent.play(30)
        with store.session() as s:  # the parent gives a longer day in the dashboard...
            child = repo.get_child(s, "Xiaoming")
            longer = policy_to_document(parse_policy_text('[total]\nlimit = "5h"\n'))
            repo.add_policy_version(s, child, longer, author="parent", now=agent.clock.now())
        _replace_newest_document(path, damage)  # ...and that row is damaged before it is read
        agent.play_until_used(LIMIT - 1)
        assert not agent.locked
        agent.play(1)
        assert agent.locked  # the two minutes of version 1, not five hours, nor no limit
        assert agent.enforcer.policy.total.limit.entries == {"all": LIMIT}
        # the parent is told which version: not JSON can only be a change made outside
        # Guardian (tampered); JSON that is no policy is a damaged version (policy_invalid)
        with store.session(read_only=True) as s:
            if damage == NOT_JSON:
                (event,) = repo.events(s, kinds=["tampered"])
                assert event.data == {"table": "policy_version", "row": "2", "what": "changed"}
            else:
                (event,) = repo.events(s, kinds=["policy_invalid"])
                assert event.data["version"] == 2
        save_limits_again(store, agent)  # the parent saves the limits again: they apply
        agent.play(6)
        assert not agent.locked
        agent.play(10)
        agent.recorder.stop()
        assert stored(store)[0] == agent.used  # the recorder never stopped writing
        assert store_faults(store) == []
    finally:
        store.close()
    assert integrity(path) == [("ok",)]


def test_a_damaged_setting_row_does_not_hold_back_the_usage(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The recorder replaces two settings at every flush (the program in front, for the
    dashboard, and the timeline); a child who damages one with a database editor must not stop
    the usage from being stored, or a restart would hand back the time played since."""
    store = new_store(tmp_path / "data-home")
    path = store.path
    try:
        agent = Agent(store)
        agent.play(10)
        with closing(sqlite3.connect(path, isolation_level=None)) as db:
            db.execute("UPDATE setting SET value = '{oops' WHERE key LIKE 'foreground:%'")
        agent.play(30)
        assert stored(store)[0] == agent.used == 40  # checkpointed as ever
        assert agent.failures == [] and store_faults(store) == []
        assert len([m for m in warnings_naming(caplog, path) if "not valid JSON" in m]) == 1
    finally:
        store.close()
    assert integrity(path) == [("ok",)]


def save_limits_again(store: Store, agent: Agent) -> None:
    with store.session() as s:
        child = repo.get_child(s, "Xiaoming")
        fixed = policy_to_document(parse_policy_text('[total]\nlimit = "1h"\n'))
        repo.add_policy_version(s, child, fixed, author="parent", now=agent.clock.now())


def test_a_policy_version_that_is_not_json_is_recorded_for_the_parent(tmp_path: Path) -> None:
    store = new_store(tmp_path / "data-home")
    try:
        agent = Agent(store)
        _replace_newest_document(store.path, NOT_JSON)
        agent.play(6)
        kinds = [row[0] for row in raw(store.path, "SELECT kind FROM event")]
        assert "policy_invalid" in kinds or "tampered" in kinds
    finally:
        store.close()


@pytest.mark.parametrize("parent_acts", ["saves_limits", "gives_time"])
def test_a_parent_can_still_act_after_a_policy_version_that_is_not_json(
    parent_acts: str, tmp_path: Path
) -> None:
    store = new_store(tmp_path / "data-home")
    try:
        agent = Agent(store)
        _replace_newest_document(store.path, NOT_JSON)
        agent.play(LIMIT)
        assert agent.locked
        if parent_acts == "saves_limits":
            save_limits_again(store, agent)
            agent.play(6)
        else:
            agent.enforcer.grant(seconds=600)
        assert not agent.locked
    finally:
        store.close()


# --- events the enforcer could not write -----------------------------------------------------


def test_events_handed_to_the_recorder_are_written_after_the_fault(tmp_path: Path) -> None:
    store = new_store(tmp_path / "data-home")
    fault = Locked()
    try:
        agent = Agent(store)
        agent.play(5)
        fault.inject(store)
        agent.recorder.record_later("lock", at=agent.clock.now(), data={"reason": "daily_limit"})
        agent.play(10)
        assert len(agent.failures) == 1
        fault.clear(store)
        agent.play(10)
        with store.session(read_only=True) as s:
            (lock,) = repo.events(s, kinds=["lock"])
            assert lock.data == {"reason": "daily_limit"}
            assert [e.kind for e in repo.events(s, kinds=["lock", "store_fault"])] == [
                "store_fault",  # newest first: written after the lock it kept
                "lock",
            ]
        agent.play(10)
        with store.session(read_only=True) as s:
            assert len(repo.events(s, kinds=["lock"])) == 1  # written once
    finally:
        fault.cleanup()
        store.close()


def test_the_lock_during_a_fault_reaches_the_parents_record(tmp_path: Path) -> None:
    store = new_store(tmp_path / "data-home")
    fault = Locked()
    try:
        agent = Agent(store)
        agent.play(LIMIT - 10)
        fault.inject(store)
        agent.play(15)
        assert agent.locked
        fault.clear(store)
        agent.play(10)
        with store.session(read_only=True) as s:
            assert [e.kind for e in repo.events(s, kinds=["lock"])] == ["lock"]
    finally:
        fault.cleanup()
        store.close()


# --- the keyring ----------------------------------------------------------------------------


@pytest.fixture
def file_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[PlaintextKeyring]:
    """A real keyring in this test's temporary XDG_DATA_HOME, chosen on purpose, as the
    suite's other keyring tests do; the process's keyring is put back afterwards."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    previous = keyring.get_keyring()
    backend = PlaintextKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def locked_agent_with_a_pin(tmp_path: Path) -> tuple[Store, Agent]:
    store = new_store(tmp_path / "data-home")
    PinVault(store, FakeClock(START)).set_pin(PIN)
    agent = Agent(store)
    agent.play(LIMIT)
    assert agent.locked
    return store, agent


def show_lock_window(agent: Agent, qtbot: Any) -> LockWindow:
    """The real lock screen, on its page where a parent enters the PIN."""
    window = LockWindow(QGuiApplication.primaryScreen(), agent.enforcer, [])
    qtbot.addWidget(window)
    window.show()
    window.pages.setCurrentIndex(1)
    return window


def grants(store: Store) -> int:
    return len(raw(store.path, "SELECT id FROM time_grant"))


def test_without_a_keyring_the_pin_is_never_accepted_and_the_lock_stays(
    file_keyring: PlaintextKeyring,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    qtbot: Any,
) -> None:
    store, agent = locked_agent_with_a_pin(tmp_path)
    try:
        monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
        keyring.set_keyring(fail.Keyring())  # the keyring is gone (no Secret Service, say)
        window = show_lock_window(agent, qtbot)
        qtbot.keyClicks(window.pin, PIN)  # the right PIN
        qtbot.mouseClick(window.grant_button, Qt.MouseButton.LeftButton)
        agent.play(5)
        assert agent.locked and grants(store) == 0  # fail closed
        assert any("no keyring to keep the parent PIN" in r.getMessage() for r in caplog.records)
        with pytest.raises(KeyringUnavailable, match="will not set one"):
            PinVault(store, agent.clock).verify(PIN)
    finally:
        store.close()


def test_a_damaged_keyring_file_fails_closed(
    file_keyring: PlaintextKeyring, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store, agent = locked_agent_with_a_pin(tmp_path)
    try:
        assert agent.enforcer.verify_pin("000000") == (False, 0)  # the keyring is read once
        Path(file_keyring.file_path).write_text("this is not a keyring file\n")
        # the right PIN, an unreadable keyring: refused, and the window says it cannot check
        assert agent.enforcer.verify_pin(PIN) == (False, CANNOT_CHECK)
        agent.play(5)
        assert agent.locked and grants(store) == 0
        assert any("PIN check impossible" in r.getMessage() for r in caplog.records)
    finally:
        store.close()


def test_a_damaged_keyring_is_reported_as_such(
    file_keyring: PlaintextKeyring, tmp_path: Path
) -> None:
    store = new_store(tmp_path / "data-home")
    try:
        vault = PinVault(store, FakeClock(START))
        vault.set_pin(PIN)
        Path(file_keyring.file_path).write_text("this is not a keyring file\n")
        with pytest.raises(KeyringUnavailable, match="keyring"):
            vault.verify(PIN)
    finally:
        store.close()


def test_the_lock_screen_says_the_pin_cannot_be_checked(
    file_keyring: PlaintextKeyring, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtbot: Any
) -> None:
    store, agent = locked_agent_with_a_pin(tmp_path)
    try:
        monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
        keyring.set_keyring(fail.Keyring())
        window = show_lock_window(agent, qtbot)
        qtbot.keyClicks(window.pin, PIN)
        qtbot.mouseClick(window.grant_button, Qt.MouseButton.LeftButton)
        assert "keyring" in window.feedback.text().lower()
    finally:
        store.close()


# --- the store's own checks ------------------------------------------------------------------


def test_a_store_whose_file_is_gone_refuses_reads_and_writes(tmp_path: Path) -> None:
    store = new_store(tmp_path / "data-home")
    try:
        store.path.parent.rename(tmp_path / "elsewhere")
        for read_only in (True, False):
            with pytest.raises(StoreUnavailable) as caught, store.session(read_only=read_only):
                pass
            assert caught.value.code == "missing" and str(store.path) in str(caught.value)
        (tmp_path / "elsewhere").rename(store.path.parent)
        with store.session() as s:
            repo.add_event(s, "back", at=START)
    finally:
        store.close()
    back = raw(tmp_path / "data-home" / "guardian.sqlite3", "SELECT kind FROM event")
    assert back.count(("back",)) == 1
