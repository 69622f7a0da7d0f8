"""The store the services under test use, for both kinds of agent.

The agent that reports to the service runs its recorder and enforcer on SQLAlchemy's store
(`database.Store`); the agent that does everything itself runs them on the `sqlite3` one
(`lite.LiteStore`). A test module that imports `services_store` runs each of its tests twice:
the services get the test's own store, then a `LiteStore` on the same file that shares its
sealer. The test keeps using SQLAlchemy's store to set things up and to look, so what it checks
is what the dashboard would see.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from guardian.storage.database import Store
from guardian.storage.files import BUSY_TIMEOUT_MS, StoreFile
from guardian.storage.lite import LiteStore
from guardian.storage.sealing import Sealer

_kind = ["orm"]
_opened: list[LiteStore] = []


class LiteTwin(LiteStore):
    """A LiteStore on `store`'s file whose sealer is `store`'s (a test gives it one later)."""

    def __init__(self, store: Store, busy_timeout_ms: int) -> None:
        self._twin_of: Store | None = None  # while the base class sets up
        super().__init__(store.path, busy_timeout_ms)
        self._twin_of = store

    @property  # type: ignore[override]
    def sealer(self) -> Sealer | None:
        return None if self._twin_of is None else self._twin_of.sealer

    @sealer.setter
    def sealer(self, value: Sealer | None) -> None:
        if self._twin_of is not None:
            self._twin_of.sealer = value


@pytest.fixture(params=["orm", "lite"], autouse=True)
def services_store(request: pytest.FixtureRequest) -> Iterator[str]:
    """Which store the services get in this run of the test (see `for_services`)."""
    _kind[0] = request.param
    yield request.param
    _kind[0] = "orm"
    while _opened:
        _opened.pop().close()


def for_services(store: Store, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> StoreFile:
    """`store` itself, or in the lite run a LiteStore on its file (closed after the test)."""
    if _kind[0] == "orm":
        return store
    twin = LiteTwin(store, busy_timeout_ms)
    _opened.append(twin)
    return twin


def close_services_stores() -> None:
    """Close the connections of the LiteStores given out, as a restart of the agent would (they
    open again at their next session)."""
    for twin in _opened:
        twin.close()
