"""The enforcer with a real store and recorder, a scripted desktop and a stand-in lock screen."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from guardian.core.catalog import Catalog, Classifier
from guardian.core.clock import FakeClock
from guardian.core.policy import Policy
from guardian.core.policy_file import parse_policy_text, policy_to_document
from guardian.services.enforcer import Enforcer
from guardian.services.recorder import UsageRecorder
from guardian.storage import repositories as repo
from guardian.storage.database import Store, open_store
from guardian.ui.lock_info import LockInfo
from tests.services.test_recorder import ScriptedDesktop

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
    store: Store, clock: FakeClock, *, can_show: bool = True
) -> tuple[Enforcer, UsageRecorder, ScriptedDesktop]:
    desktop = ScriptedDesktop()
    desktop.show("word.exe")
    with store.session() as s:
        child = repo.get_child(s, "Xiaoming")
    recorder = UsageRecorder(
        platform=desktop,
        store=store,
        child=child,
        classifier=Classifier(Policy(), Catalog()),
        clock=clock,
        zone=ZONE,
    )
    enforcer = Enforcer(
        store=store, child=child, recorder=recorder, platform=desktop, catalog=Catalog(), clock=clock,
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
