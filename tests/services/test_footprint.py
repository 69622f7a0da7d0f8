"""What each of Guardian's long-running processes loads (issue 9: at most 90 MB resident).

Each check runs in a fresh interpreter, so that nothing this test process imported counts.
Neither loads the `holidays` package (some 13 MB): a helper process works out the year's holidays
(tests/test_statutory_tables.py); nor the `keyring` package (some 10 MB): a helper process reads
the keyring (tests/test_keyring_access.py). `guardian service` has no screen: Qt's widgets and GUI
module (some 11 MB) are never loaded in it. Alembic, with Mako and Pygments (some 15 MB), is
loaded only when a store is created or upgraded (tests/storage/test_database.py). Neither the
service nor an agent ever loads the dashboard's charts (pyqtgraph, NumPy). The agent that reports
to the service never loads the store; the service and the agent that does everything itself open
it over sqlite3, without SQLAlchemy (some 30 MB).
"""

from __future__ import annotations

import getpass
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from guardian.core.clock import SystemClock
from guardian.core.policy_file import parse_policy_text, policy_to_document
from guardian.pin import PinVault
from guardian.sealing import open_sealed_store
from guardian.storage import repositories as repo
from guardian.storage.database import open_store

NO_WIDGETS = ("PySide6.QtWidgets", "PySide6.QtGui")
NO_MIGRATIONS = ("alembic", "mako", "pygments")
NO_CHARTS = ("pyqtgraph", "numpy")
NO_STORE = ("sqlalchemy", "guardian.storage.database")
NO_HOLIDAYS = ("holidays",)
NO_KEYRING = ("keyring", "keyrings.alt", "secretstorage", "cryptography")

# What the service does for a child: its store opened, a session kept for an agent that reports
# a game until the day's minute is up and the lock screen is sent.
SERVICE_AT_WORK = """
import sys
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from guardian import keyring_access
from guardian.core.clock import FakeClock
from guardian.sealing import open_sealed_lite_store
from guardian.services.remote import ChildSession
from guardian.services.service import GuardianService
from guardian.statutory_tables import use_helper_process

use_helper_process()  # as `guardian service` does
keyring_access.use_helper_process()
app = QCoreApplication([])
store = open_sealed_lite_store(Path(sys.argv[1]))
service = GuardianService(store, path=sys.argv[2], lock=lambda session: True)
service.start()
with store.session(read_only=True) as s:
    child = store.records.list_children(s)[0]
clock = FakeClock(datetime(2026, 11, 24, 10, tzinfo=UTC))
sent = []
keeper = ChildSession(
    store=store, child=child, send=lambda m: sent.append(m) is None, uid=None, clock=clock
)
keeper.start()
sample = {"pid": None, "exe": "/usr/bin/game", "title": "t", "idle_seconds": 0, "locked": False}
for _ in range(70):
    keeper.handle({"type": "report", "sample": sample})
    clock.advance(1)
    keeper.tracking.recorder.tick()
keeper.stop()
service.stop()
store.close()
assert any(m["type"] == "lock" for m in sent), sent
"""


def loaded(program: str, forbidden: tuple[str, ...], *args: str) -> list[str]:
    """Which of `forbidden` are in sys.modules after `program` runs in a fresh interpreter."""
    check = f"\nimport sys\nprint(','.join(m for m in {forbidden!r} if m in sys.modules))\n"
    result = subprocess.run(
        [sys.executable, "-c", program + check, *args],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return [name for name in result.stdout.strip().split(",") if name]


def new_store(path: Path, policy: str = '[total]\nlimit = "1m"\n') -> None:
    now = datetime(2026, 11, 24, 9, tzinfo=UTC)
    with open_store(path) as store, store.session() as s:
        child = repo.add_child(s, "Xiaoming", os_user=getpass.getuser(), age=10, now=now)
        document = policy_to_document(parse_policy_text(policy))
        repo.add_policy_version(s, child, document, author="parent", now=now)


def test_the_service_entry_loads_no_widgets_no_migrations_no_charts_and_no_orm() -> None:
    program = "import guardian.cli, guardian.services.service"
    assert loaded(program, NO_WIDGETS + NO_MIGRATIONS + NO_CHARTS + NO_STORE) == []


@pytest.fixture
def service_at_work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    """SERVICE_AT_WORK's arguments: a new store with a child, and where its socket goes."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    path = tmp_path / "guardian.sqlite3"
    new_store(path)
    return str(path), str(tmp_path / "run" / "agent.sock")


def test_the_service_at_work_loads_no_widgets_no_migrations_no_charts_and_no_orm(
    service_at_work: tuple[str, str],
) -> None:
    """Its store over sqlite3, as the agent on its own (some 20 MB of the pair's memory)."""
    forbidden = NO_WIDGETS + NO_MIGRATIONS + NO_CHARTS + NO_HOLIDAYS + NO_STORE + NO_KEYRING
    assert loaded(SERVICE_AT_WORK, forbidden, *service_at_work) == []
    with_the_orm = SERVICE_AT_WORK.replace(
        "open_sealed_lite_store(Path",
        "__import__('guardian.sealing').sealing.open_sealed_store(Path",
    )
    assert "sqlalchemy" in loaded(with_the_orm, NO_STORE, *service_at_work)


def test_the_check_can_fail() -> None:
    assert loaded("import guardian.ui.lock_screen", NO_WIDGETS) == list(NO_WIDGETS)


def test_without_the_helper_the_holidays_are_loaded(service_at_work: tuple[str, str]) -> None:
    program = SERVICE_AT_WORK.replace("use_helper_process()  #", "#")
    assert loaded(program, NO_HOLIDAYS, *service_at_work) == list(NO_HOLIDAYS)


def test_the_thin_agent_loads_neither_the_store_nor_the_charts() -> None:
    program = "import guardian.cli, guardian.services.agent"
    assert loaded(program, NO_STORE + NO_MIGRATIONS + NO_CHARTS) == []


# What the agent that does everything itself does (`agent._run_on_its_own`): its store opened
# over sqlite3 with the sealing key, tracking built and started, a game played until the day's
# minute is up, the usage written and the day's titles forgotten.
AGENT_ON_ITS_OWN_AT_WORK = """
import sys
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication

from guardian import keyring_access
from guardian.core.clock import FakeClock
from guardian.platform.null import NullPlatform
from guardian.sealing import open_sealed_lite_store
from guardian.services.family_data import forget_old_titles
from guardian.services.tracking import build_tracking
from guardian.statutory_tables import use_helper_process

app = QApplication([])
keyring_access.use_helper_process()
use_helper_process()
store = open_sealed_lite_store(Path(sys.argv[1]))
with store.session(read_only=True) as s:
    child = store.records.list_children(s)[0]
clock = FakeClock(datetime(2026, 11, 24, 10, tzinfo=UTC))
tracking = build_tracking(
    store=store, child=child, platform=NullPlatform(), clock=clock,
    lock_screen_factory=lambda actions: None,
)
forget_old_titles(store, clock.now())
tracking.start()
for _ in range(70):
    clock.advance(1)
    tracking.recorder.tick()
tracking.recorder.flush()
tracking.stop()
assert store.sealer is not None
store.close()
"""


def test_the_agent_on_its_own_loads_neither_sqlalchemy_nor_the_keyring(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its store over sqlite3 (guardian.storage.lite) and the keyring read by a helper: some
    40 MB of a family PC's memory (issue 9), with a PIN (and so a sealing key) set."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    path = tmp_path / "guardian.sqlite3"
    new_store(path)
    with open_sealed_store(path) as store:
        PinVault(store, SystemClock()).set_pin("482915")
    forbidden = NO_STORE + NO_MIGRATIONS + NO_CHARTS + NO_KEYRING + NO_HOLIDAYS
    assert loaded(AGENT_ON_ITS_OWN_AT_WORK, forbidden, str(path)) == []
    with_the_orm = AGENT_ON_ITS_OWN_AT_WORK.replace(
        "open_sealed_lite_store(Path",
        "__import__('guardian.sealing').sealing.open_sealed_store(Path",
    )
    assert "sqlalchemy" in loaded(with_the_orm, NO_STORE, str(path))


def test_a_policy_naming_china_is_read_without_the_holidays_package() -> None:
    program = (
        "from guardian.core.policy_file import parse_policy_text\n"
        "parse_policy_text('format = 1\\n[calendar]\\ncountry = \"CN\"\\n')\n"
    )
    assert loaded(program, NO_HOLIDAYS) == []
    assert loaded(program.replace('"CN"', '"JP"'), NO_HOLIDAYS) == list(NO_HOLIDAYS)


# As `agent._run_on_its_own` and `service.run_service` open their store (a PIN, and so a sealing
# key, set), and as a parent's PIN is checked on the lock screen.
OPENS_ITS_STORE_AND_CHECKS_A_PIN = (
    "import sys\nfrom pathlib import Path\n"
    "from guardian import keyring_access\n"
    "keyring_access.use_helper_process()\n"
    "from guardian.core.clock import SystemClock\n"
    "from guardian.pin import PinVault\n"
    "from guardian.sealing import open_sealed_store\n"
    "store = open_sealed_store(Path(sys.argv[1]))\n"
    "assert store.sealer is not None\n"
    "assert PinVault(store, SystemClock()).verify('482915').ok\n"
    "store.close()\n"
)


def test_the_keyring_is_read_without_loading_the_keyring_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    path = tmp_path / "guardian.sqlite3"
    new_store(path)
    with open_sealed_store(path) as store:
        PinVault(store, SystemClock()).set_pin("482915")
    program = OPENS_ITS_STORE_AND_CHECKS_A_PIN
    assert loaded(program, NO_KEYRING, str(path)) == []
    without_helper = program.replace("keyring_access.use_helper_process()", "")
    assert "keyring" in loaded(without_helper, NO_KEYRING, str(path))
