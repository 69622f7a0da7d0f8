"""Rows changed outside Guardian: a real SQLite file edited with sqlite3, a real keyring file.

From the first PIN on, policy versions, grants and the PIN's count of wrong tries are sealed
with a key kept in the keyring. Each test changes the database the way a child with a database
editor would, and checks that the change is not believed, the parent is told, and the last
verified limits stay in force.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyrings.alt.file import PlaintextKeyring

from guardian.core.clock import FakeClock
from guardian.core.policy_file import parse_policy_text, policy_to_document
from guardian.keyring_access import KEY_ENTRY, SERVICE
from guardian.pin import PinVault
from guardian.sealing import load_sealer, open_sealed_store
from guardian.storage import repositories as repo
from guardian.storage.database import Store, open_store
from tests.services.test_enforcer import START, build, kinds, play
from tests.services.twin import services_store  # noqa: F401  (a fixture)

PIN = "482915"
GENEROUS = policy_to_document(parse_policy_text('[total]\nlimit = "5h"\n'))


@pytest.fixture
def backend(monkeypatch: pytest.MonkeyPatch) -> PlaintextKeyring:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    return PlaintextKeyring()  # its file lives under this test's XDG_DATA_HOME


@pytest.fixture
def store(tmp_path: Path, backend: PlaintextKeyring) -> Iterator[Store]:
    """Xiaoming with a 10-minute limit (v1) and then a 20-minute one (v2), a PIN set in between
    (short limits: each simulated second is a real tick of the recorder and the enforcer)."""
    store = open_store(tmp_path / "guardian.sqlite3")
    with store.session() as s:
        child = repo.add_child(s, "Xiaoming", now=START)
        ten = parse_policy_text('[total]\nlimit = "10m"\n')
        repo.add_policy_version(s, child, policy_to_document(ten), author="test", now=START)
    PinVault(store, FakeClock(START), backend).set_pin(PIN)  # makes the key, seals v1
    with store.session() as s:
        child = repo.get_child(s, "Xiaoming")
        twenty = parse_policy_text('[total]\nlimit = "20m"\n')
        repo.add_policy_version(s, child, policy_to_document(twenty), author="test", now=START)
    yield store
    store.close()


def edit(store: Store, sql: str, *args: object) -> None:
    """A change made outside Guardian, with sqlite3 on the file."""
    with sqlite3.connect(store.path) as connection:
        connection.execute(sql, args)


def tampering(store: Store) -> list[dict[str, object]]:
    with store.session(read_only=True) as s:
        return [dict(e.data) for e in reversed(repo.events(s, kinds=["tampered"]))]


def test_rows_are_sealed_from_the_first_pin_on(store: Store) -> None:
    with sqlite3.connect(store.path) as connection:
        seals = connection.execute("SELECT version, seal FROM policy_version").fetchall()
        throttle = connection.execute("SELECT seal FROM setting WHERE key = 'pin_throttle'")
        assert throttle.fetchone()[0]
    assert [v for v, seal in seals if seal and len(seal) == 64] == [1, 2]
    with store.session(read_only=True) as s:
        newest, found = repo.trusted_policy(s, repo.get_child(s, "Xiaoming"))
    assert newest is not None and newest.version == 2 and found == []


def test_a_raised_limit_is_not_believed_and_the_last_verified_one_applies(store: Store) -> None:
    edit(store, "UPDATE policy_version SET document = ? WHERE version = 2", json.dumps(GENEROUS))
    clock = FakeClock(START)
    enforcer, recorder, _ = build(store, clock)
    recorder.start()
    play(recorder, clock, 2)
    assert enforcer.policy.total.limit.entries == {"all": 600}  # v1, not the 5 h written in
    assert tampering(store) == [{"table": "policy_version", "row": "2", "what": "changed"}]
    play(recorder, clock, 600)
    assert enforcer.lock_screen.locked is not None  # type: ignore[attr-defined]
    assert kinds(store).count("tampered") == 1  # told once, not at every refresh


def test_a_change_while_running_leaves_the_limits_in_force(store: Store) -> None:
    clock = FakeClock(START)
    enforcer, recorder, _ = build(store, clock)
    recorder.start()
    play(recorder, clock, 2)
    assert enforcer.policy.total.limit.entries == {"all": 1200}
    edit(store, "UPDATE policy_version SET document = ? WHERE version = 2", json.dumps(GENEROUS))
    play(recorder, clock, 6)
    assert enforcer.policy.total.limit.entries == {"all": 1200}  # as it was read, not v1 or 5 h
    assert tampering(store) == [{"table": "policy_version", "row": "2", "what": "changed"}]


def test_a_removed_newest_version_is_reported(store: Store) -> None:
    clock = FakeClock(START)
    enforcer, recorder, _ = build(store, clock)
    recorder.start()
    play(recorder, clock, 2)
    edit(store, "DELETE FROM policy_version WHERE version = 2")
    play(recorder, clock, 6)
    assert enforcer.policy.total.limit.entries == {"all": 1200}  # the one read stays
    assert tampering(store) == [{"table": "policy_version", "row": "2", "what": "removed"}]


def test_a_grant_written_outside_guardian_gives_no_time(store: Store) -> None:
    clock = FakeClock(START)
    enforcer, recorder, _ = build(store, clock)
    recorder.start()
    play(recorder, clock, 1201)
    assert enforcer.lock_screen.locked is not None  # type: ignore[attr-defined]
    at_ms = int(clock.now().timestamp() * 1000)
    edit(
        store,
        "INSERT INTO time_grant (child_id, granted_at, seconds, author) VALUES (1, ?, 3600, ?)",
        at_ms,
        "parent",
    )
    play(recorder, clock, 6)
    assert enforcer.lock_screen.locked is not None  # type: ignore[attr-defined]
    assert tampering(store) == [{"table": "time_grant", "row": "1", "what": "changed"}]
    enforcer.grant(seconds=600)  # a real grant, with the PIN at the lock screen, still works
    assert enforcer.lock_screen.locked is None  # type: ignore[attr-defined]


def test_a_copied_grant_counts_once(store: Store) -> None:
    clock = FakeClock(START)
    enforcer, recorder, _ = build(store, clock)
    recorder.start()
    enforcer.grant(seconds=600)
    edit(
        store,
        "INSERT INTO time_grant (child_id, granted_at, seconds, author, seal) "
        "SELECT child_id, granted_at, seconds, author, seal FROM time_grant",
    )
    with store.session(read_only=True) as s:
        grants, found = repo.trusted_grants_since(s, repo.get_child(s, "Xiaoming"), START)
    assert [g.id for g in grants] == [1]
    assert found == [repo.Tampering("time_grant", "2", "changed")]


def test_a_wiped_count_of_wrong_pins_is_not_believed(
    store: Store, backend: PlaintextKeyring
) -> None:
    clock = FakeClock(START)
    vault = PinVault(store, clock, backend)
    for _ in range(5):
        assert not vault.verify("000000").ok
    assert vault.verify("000000").wait  # throttled now
    edit(store, "UPDATE setting SET value = ? WHERE key = 'pin_throttle'", '{"failures": 0}')
    check = vault.verify("111111")
    assert not check.ok and check.wait.total_seconds() > 60  # the worst case, not a fresh count
    assert {"table": "setting", "row": "pin_throttle", "what": "changed"} in tampering(store)
    clock.advance(check.wait.total_seconds())
    assert vault.verify(PIN).ok  # the parent's right PIN still opens, and the count is sealed
    assert not vault.verify("222222").wait


def test_a_removed_count_of_wrong_pins_is_not_believed(
    store: Store, backend: PlaintextKeyring
) -> None:
    vault = PinVault(store, FakeClock(START), backend)
    edit(store, "DELETE FROM setting WHERE key = 'pin_throttle'")
    assert not vault.verify("000000").ok
    assert vault.verify("000001").wait  # past the free tries at once
    assert tampering(store)[0]["row"] == "pin_throttle"


def test_without_the_key_sealed_limits_are_not_believed_and_the_pc_stays_locked(
    store: Store, backend: PlaintextKeyring
) -> None:
    backend.delete_password(SERVICE, KEY_ENTRY)  # or a keyring that cannot be reached
    store.sealer = load_sealer(backend)
    assert store.sealer is None
    clock = FakeClock(START)
    enforcer, recorder, _ = build(store, clock)
    recorder.start()
    play(recorder, clock, 2)
    assert enforcer.lock_screen.locked is not None  # type: ignore[attr-defined]


def test_a_pin_from_before_seals_gets_its_key_on_the_next_start(
    tmp_path: Path, backend: PlaintextKeyring
) -> None:
    path = tmp_path / "old.sqlite3"
    with open_store(path) as old:
        PinVault(old, FakeClock(START), backend).set_pin(PIN)
        with old.session() as s:
            child = repo.add_child(s, "Xiaoming", now=START)
            repo.add_policy_version(s, child, GENEROUS, author="test", now=START)
    backend.delete_password(SERVICE, KEY_ENTRY)  # as a Guardian from before seals left it
    edit_sql = "UPDATE policy_version SET seal = NULL"
    with sqlite3.connect(path) as connection:
        connection.execute(edit_sql)
        connection.execute("UPDATE setting SET seal = NULL")
    with open_sealed_store(path) as store:
        assert store.sealer is not None
        with store.session(read_only=True) as s:
            newest, found = repo.trusted_policy(s, repo.get_child(s, "Xiaoming"))
        assert newest is not None and found == []
