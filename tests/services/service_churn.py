"""Services started, answering agents and dropped, one test after another (run by
`test_service.py`'s crash test in a pytest of its own, not collected on its own: its name does
not start with test_)."""

from __future__ import annotations

from pathlib import Path

import pytest

from guardian.services.agent_link import AgentLink
from guardian.services.service import GuardianService
from guardian.storage.database import open_store
from tests.services.test_service_without_store import ChildAccountHost, good_store


@pytest.mark.parametrize("welcomed,refused", [(False, 2), (True, 1), (False, 3)] * 3)
def test_answer_and_drop(tmp_path: Path, qtbot, welcomed: bool, refused: int) -> None:  # type: ignore[no-untyped-def]
    good_store(tmp_path / "guardian.sqlite3")
    store = open_store(tmp_path / "guardian.sqlite3")
    path = str(tmp_path / "agent.sock")
    service = GuardianService(
        store, path=path, lock=lambda s: True, host=ChildAccountHost(), track=False
    )
    service.start()
    links = [AgentLink(None, path=path)] if welcomed else []
    for link in links:
        with qtbot.waitSignal(link.welcomed, timeout=5000):
            link.connect_to_service()
    for _ in range(refused):
        link = AgentLink("Nobody", path=path)
        with qtbot.waitSignal(link.refused, timeout=5000):
            link.connect_to_service()
    service.stop()
    store.close()
