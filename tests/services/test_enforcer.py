"""The enforcer with a real store and recorder, a scripted desktop and a stand-in lock screen."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QTimer

from guardian.core.catalog import Catalog, Classifier
from guardian.core.clock import FakeClock
from guardian.core.engine import Decision, decide
from guardian.core.policy import Policy
from guardian.core.policy_file import parse_policy_text, policy_to_document
from guardian.services.enforcer import Enforcer
from guardian.services.recorder import SAMPLE_INTERVAL_MS, UsageRecorder
from guardian.storage import repositories as repo
from guardian.storage.database import Store, open_store
from guardian.ui.lock_info import LockInfo
from tests.services.test_recorder import ScriptedDesktop
from tests.services.twin import for_services, services_store  # noqa: F401  (a fixture)

ZONE = ZoneInfo("Asia/Shanghai")
START = datetime(2026, 11, 20, 19, 0, tzinfo=ZONE)


class StandInLock:
    def __init__(self, actions: object, can_show: bool = True) -> None:
        self.actions, self.can_show = actions, can_show
        self.locked: LockInfo | None = None

    def lock(self, info: LockInfo) -> bool:
        self.locked = info
        return self.can_show

    def unlock(self) -> None:
        self.locked = None


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path / "guardian.sqlite3")
    with store.session() as s:
        child = repo.add_child(s, "Xiaoming", now=START)
        policy = parse_policy_text('[total]\nlimit = "1h"\n')
        repo.add_policy_version(s, child, policy_to_document(policy), author="test", now=START)
    yield store
    store.close()


def build(
    store: Store, clock: FakeClock, *, can_show: bool = True, interval_ms: int = SAMPLE_INTERVAL_MS
) -> tuple[Enforcer, UsageRecorder, ScriptedDesktop]:
    desktop = ScriptedDesktop()
    desktop.show("word.exe")
    with store.session() as s:
        child = repo.get_child(s, "Xiaoming")
    services = for_services(store)
    recorder = UsageRecorder(
        platform=desktop,
        store=services,
        child=child,
        classifier=Classifier(Policy(), Catalog()),
        clock=clock,
        zone=ZONE,
        interval_ms=interval_ms,
    )
    enforcer = Enforcer(
        store=services, child=child, recorder=recorder, platform=desktop, catalog=Catalog(), clock=clock,
        zone=ZONE, lock_screen_factory=lambda actions: StandInLock(actions, can_show),
    )  # fmt: skip
    recorder.sampled.connect(enforcer.on_sample)
    return enforcer, recorder, desktop


def play(recorder: UsageRecorder, clock: FakeClock, seconds: int) -> None:
    for _ in range(seconds):
        clock.advance(1)
        recorder.tick()


def kinds(store: Store) -> list[str]:
    with store.session(read_only=True) as s:
        return [e.kind for e in reversed(repo.events(s))]


def test_locks_at_the_limit_and_a_lock_screen_grant_unlocks(store: Store) -> None:
    clock = FakeClock(START)
    enforcer, recorder, _ = build(store, clock)
    enforcer.restore()
    recorder.start()
    play(recorder, clock, 3601)
    assert enforcer.lock_screen.locked is not None  # type: ignore[attr-defined]
    enforcer.grant(seconds=600)
    assert enforcer.lock_screen.locked is None  # type: ignore[attr-defined]
    assert [k for k in kinds(store) if k in ("warning", "lock", "grant", "unlock")] == [
        "warning", "warning", "warning", "lock", "grant", "unlock",
    ]  # fmt: skip


def test_at_a_warning_or_a_lock_the_store_has_the_usage_up_to_that_moment(store: Store) -> None:
    """The store is written every few minutes; the dashboard must not say "5 minutes left"
    to a parent whose child the lock screen has just stopped."""
    clock = FakeClock(START)
    enforcer, recorder, _ = build(store, clock)
    enforcer.restore()
    recorder.start()
    stored_at_event: list[tuple[str, int, int]] = []

    def usage_in_store() -> int:
        with store.session(read_only=True) as s:
            child = repo.get_child(s, "Xiaoming")
            return repo.usage_total(s, child, START, START + timedelta(days=1))

    for _ in range(3601):
        before = len(kinds(store))
        clock.advance(1)
        recorder.tick()
        for kind in kinds(store)[before:]:
            stored_at_event.append((kind, usage_in_store(), recorder.usage().total_seconds))
    assert {"warning", "lock"} <= {kind for kind, _, _ in stored_at_event}
    for kind, stored, used in stored_at_event:
        assert stored == used, kind


def only_a_grant(store: Store, seconds: int) -> None:
    """No time left today but a parent's grant, that ends `seconds` after START."""
    with store.session() as s:
        child = repo.get_child(s, "Xiaoming")
        none_left = parse_policy_text('[total]\nlimit = "0m"\n')
        repo.add_policy_version(s, child, policy_to_document(none_left), author="test", now=START)
        until = START + timedelta(seconds=seconds)
        repo.add_grant(s, child, granted_at=START, until=until, author="test")


def waking(enforcer: Enforcer) -> list[QTimer]:
    return [t for t in enforcer.findChildren(QTimer) if t.isActive()]


def test_a_grant_ending_within_the_next_tick_locks_at_its_end(store: Store, qtbot: Any) -> None:
    only_a_grant(store, 1)
    clock = FakeClock(START)
    enforcer, recorder, _ = build(store, clock, interval_ms=60_000)  # no tick while it waits
    recorder.start()
    clock.advance(0.7)
    recorder.tick()
    assert enforcer.lock_screen.locked is None  # type: ignore[attr-defined]
    # aimed at the end (and 20 ms after it), and precise: a coarse timer may wake 90 ms off
    timers = [(t.interval(), t.timerType()) for t in waking(enforcer)]
    assert timers == [(320, Qt.TimerType.PreciseTimer)]
    clock.advance(0.32)
    qtbot.waitUntil(lambda: enforcer.lock_screen.locked is not None)  # type: ignore[attr-defined]
    assert kinds(store)[-1] == "lock"


@pytest.mark.parametrize(
    ("deciding", "interval_ms"),
    [
        (0.7, 820),  # decided from 0.5 s, done at 1.2 s: the grant ends 0.8 s later
        (1.7, 20),  # done at 2.2 s: it has ended, decide again at once
    ],
)
def test_the_wake_up_is_aimed_from_when_the_decision_is_done(
    store: Store, monkeypatch: pytest.MonkeyPatch, deciding: float, interval_ms: int
) -> None:
    only_a_grant(store, 2)
    clock = FakeClock(START)
    enforcer, recorder, _ = build(store, clock, interval_ms=60_000)
    recorder.start()

    def slow_decide(*args: Any) -> Decision:  # as the first, which may wait for the holiday
        clock.advance(deciding)  # tables' helper process
        return decide(*args)

    monkeypatch.setattr("guardian.services.enforcer.decide", slow_decide)
    clock.advance(0.5)
    recorder.tick()
    assert [t.interval() for t in waking(enforcer)] == [interval_ms]


def test_warnings_are_not_repeated_after_a_restart(store: Store) -> None:
    clock = FakeClock(START)
    enforcer, recorder, _ = build(store, clock)
    enforcer.restore()
    recorder.start()
    play(recorder, clock, 2800)  # past the 15-minute warning
    recorder.stop()
    again, recorder2, _ = build(store, clock)  # the agent starts again
    again.restore()
    recorder2.start()
    play(recorder2, clock, 30)
    assert kinds(store).count("warning") == 1


def test_an_unreadable_day_fails_closed(store: Store) -> None:
    clock = FakeClock(START)
    enforcer, recorder, _ = build(store, clock)
    recorder.start()
    recorder.usage_restored = False  # as when today's usage could not be read back
    play(recorder, clock, 2)
    assert enforcer.lock_screen.locked is not None  # type: ignore[attr-defined]


def test_the_os_lock_when_no_lock_window_can_be_shown(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[bool] = []
    monkeypatch.setattr(
        "guardian.platform.session.lock_session", lambda: calls.append(True) or True
    )
    clock = FakeClock(START)
    enforcer, recorder, _ = build(
        store, clock, can_show=False
    )  # keep it: an unreferenced QObject goes
    recorder.start()
    play(recorder, clock, 3601)
    assert calls == [True]
    assert enforcer.lock_screen.locked is not None  # type: ignore[attr-defined]


def test_a_new_policy_in_the_middle_of_a_session_takes_effect(store: Store) -> None:
    clock = FakeClock(START)
    enforcer, recorder, _ = build(store, clock)
    recorder.start()
    play(recorder, clock, 3601)
    assert enforcer.lock_screen.locked is not None  # type: ignore[attr-defined]
    with store.session() as s:  # the parent raises the limit in the dashboard
        child = repo.get_child(s, "Xiaoming")
        more = parse_policy_text('[total]\nlimit = "2h"\n')
        repo.add_policy_version(
            s, child, policy_to_document(more), author="parent", now=clock.now()
        )
    play(recorder, clock, 6)  # picked up within five seconds
    assert enforcer.lock_screen.locked is None  # type: ignore[attr-defined]
    assert enforcer.policy.total.limit.entries == {"all": 7200}


DAMAGED = {"total": {"limit": "as long as you like"}}  # a row changed outside Guardian


def test_a_damaged_newest_version_leaves_the_last_valid_one_in_force(store: Store) -> None:
    with store.session() as s:
        child = repo.get_child(s, "Xiaoming")
        repo.add_policy_version(s, child, DAMAGED, author="?", now=START)
    clock = FakeClock(START)
    enforcer, recorder, _ = build(store, clock)
    recorder.start()
    play(recorder, clock, 3601)
    assert enforcer.policy.total.limit.entries == {"all": 3600}  # version 1, still
    assert enforcer.lock_screen.locked is not None  # type: ignore[attr-defined]
    assert kinds(store).count("policy_invalid") == 1  # the parent is told, once


def test_with_no_valid_version_at_all_the_pc_stays_locked_until_a_parent_acts(
    store: Store,
) -> None:
    with store.session() as s:
        child = repo.get_child(s, "Xiaoming")
        for version in repo.policy_history(s, child):
            version.document = DAMAGED
    clock = FakeClock(START)
    enforcer, recorder, _ = build(store, clock)
    recorder.start()
    play(recorder, clock, 2)
    assert enforcer.lock_screen.locked is not None  # type: ignore[attr-defined]
    with store.session() as s:  # the parent saves valid limits
        child = repo.get_child(s, "Xiaoming")
        fixed = parse_policy_text('[total]\nlimit = "2h"\n')
        repo.add_policy_version(s, child, policy_to_document(fixed), author="parent", now=START)
    play(recorder, clock, 6)
    assert enforcer.lock_screen.locked is None  # type: ignore[attr-defined]


def test_a_change_not_ahead_of_the_decision_sets_no_wake_up(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Else a decision that names a moment already passed would wake the agent every 20 ms."""
    only_a_grant(store, 2)
    clock = FakeClock(START)
    enforcer, recorder, _ = build(store, clock, interval_ms=60_000)
    recorder.start()
    began = clock.now()

    def passed(*args: Any) -> Decision:
        return replace(decide(*args), next_change_at=began, remaining_seconds=0)

    monkeypatch.setattr("guardian.services.enforcer.decide", passed)
    recorder.tick()
    assert waking(enforcer) == []
