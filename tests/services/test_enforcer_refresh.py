"""The enforcer reads policies and grants from the store only when a commit has reached it since
it last read them, and at least once a minute (issue 9: building those queries was two thirds
of the service's work while nothing changed)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event

from guardian.core.clock import FakeClock
from guardian.core.policy_file import parse_policy_text, policy_to_document
from guardian.services.enforcer import READ_ANYWAY_EVERY, REFRESH_EVERY, Enforcer
from guardian.storage import repositories as repo
from guardian.storage.database import Store, open_store
from guardian.storage.errors import StoreLocked
from tests.services.test_enforcer import START, build, store  # noqa: F401  (a fixture)

EVERY = int(REFRESH_EVERY.total_seconds())


@pytest.fixture
def policy_reads(store: Store) -> Iterator[list[str]]:  # noqa: F811  (the fixture above)
    """The statements that read policy versions, as they run."""
    seen: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "policy_version" in statement:
            seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", note)
    yield seen
    event.remove(store.engine, "before_cursor_execute", note)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def enforcer(store: Store, clock: FakeClock) -> Enforcer:  # noqa: F811
    return build(store, clock)[0]


def refreshed(enforcer: Enforcer, clock: FakeClock, seconds: int) -> None:
    """`seconds` of ticks, each asking for a refresh as a sample does."""
    for _ in range(seconds):
        clock.advance(1)
        enforcer.refresh()


def raise_limit(path: Any, limit: str, clock: FakeClock) -> None:
    """The parent saves new limits from the dashboard: another process, another connection."""
    with open_store(path) as other, other.session() as s:
        child = repo.get_child(s, "Xiaoming")
        policy = policy_to_document(parse_policy_text(f'[total]\nlimit = "{limit}"\n'))
        repo.add_policy_version(s, child, policy, author="parent", now=clock.now())


def test_nothing_committed_nothing_read(
    enforcer: Enforcer, clock: FakeClock, policy_reads: list[str]
) -> None:
    enforcer.refresh(force=True)
    assert policy_reads  # read once at the start
    policy_reads.clear()
    refreshed(enforcer, clock, 50)
    assert policy_reads == []


def test_a_commit_from_another_process_is_read_within_the_refresh(
    enforcer: Enforcer,
    clock: FakeClock,
    store: Store,  # noqa: F811
    policy_reads: list[str],
) -> None:
    enforcer.refresh(force=True)
    refreshed(enforcer, clock, 20)
    raise_limit(store.path, "2h", clock)
    refreshed(enforcer, clock, EVERY)
    assert enforcer.policy.total.limit.entries == {"all": 7200}
    policy_reads.clear()
    refreshed(enforcer, clock, 3 * EVERY)
    assert policy_reads == []  # read once for that commit, and no more


def test_the_store_is_read_once_a_minute_whatever_the_mark_says(
    enforcer: Enforcer,
    clock: FakeClock,
    store: Store,  # noqa: F811
    policy_reads: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(Store, "change_mark", lambda self: (1, 2, 3))  # a commit it cannot see
    enforcer.refresh(force=True)
    raise_limit(store.path, "2h", clock)
    policy_reads.clear()
    refreshed(enforcer, clock, int(READ_ANYWAY_EVERY.total_seconds()) - EVERY)
    assert policy_reads == []
    refreshed(enforcer, clock, 2 * EVERY)
    assert enforcer.policy.total.limit.entries == {"all": 7200}


def test_without_a_mark_the_store_is_read_every_refresh(
    enforcer: Enforcer,
    clock: FakeClock,
    store: Store,  # noqa: F811
    policy_reads: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(Store, "change_mark", lambda self: None)
    enforcer.refresh(force=True)
    policy_reads.clear()
    refreshed(enforcer, clock, 4 * EVERY)
    assert len(policy_reads) == 4


def test_after_a_failed_read_the_store_is_read_again(
    enforcer: Enforcer,
    clock: FakeClock,
    store: Store,  # noqa: F811
    policy_reads: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    enforcer.refresh(force=True)
    raise_limit(store.path, "2h", clock)
    trusted_policy = repo.trusted_policy

    def busy(*args: Any, **kwargs: Any) -> Any:
        raise StoreLocked(store.path)

    monkeypatch.setattr(repo, "trusted_policy", busy)
    refreshed(enforcer, clock, EVERY)
    assert enforcer.policy.total.limit.entries == {"all": 3600}  # the last policy stays
    monkeypatch.setattr(repo, "trusted_policy", trusted_policy)
    refreshed(enforcer, clock, EVERY)  # no commit since: read all the same
    assert enforcer.policy.total.limit.entries == {"all": 7200}


def test_the_mark_changes_with_each_commit_and_only_then(store: Store) -> None:  # noqa: F811
    clock = FakeClock(START)
    first = store.change_mark()
    assert first is not None and store.change_mark() == first
    with store.session(read_only=True) as s:
        repo.get_child(s, "Xiaoming")
    assert store.change_mark() == first  # a read is not a commit
    raise_limit(store.path, "2h", clock)
    second = store.change_mark()
    assert second != first
    clock.advance(1)
    raise_limit(store.path, "3h", clock)
    assert store.change_mark() not in (first, second)


def test_a_store_whose_file_is_gone_has_no_mark(store: Store) -> None:  # noqa: F811
    store.close()
    for leftover in store.path.parent.glob(store.path.name + "*"):
        leftover.unlink()
    assert store.change_mark() is None
