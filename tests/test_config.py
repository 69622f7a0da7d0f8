"""Where the data is: the service's data home once the service is installed, else the account's."""

from __future__ import annotations

from pathlib import Path

import pytest

from guardian import config
from guardian.sealing import NeedsAdministrator, open_sealed_store
from tests.test_cli import guardian


@pytest.fixture
def system_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No GUARDIAN_HOME, as on a family PC; the service's place is a folder of this test's."""
    monkeypatch.delenv("GUARDIAN_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "account"))
    monkeypatch.setenv("GUARDIAN_SYSTEM_HOME", str(tmp_path / "var-lib-guardian"))
    return tmp_path / "var-lib-guardian"


def test_without_the_service_the_data_is_the_accounts_own(system_home: Path) -> None:
    assert config.data_home() == config.user_home() != system_home
    assert str(config.user_home()).startswith(str(system_home.parent / "xdg-data"))


def test_with_the_service_the_command_line_acts_on_the_services_data(system_home: Path) -> None:
    assert config.service_home() == system_home  # the service makes its home at start
    assert system_home.stat().st_mode & 0o777 == 0o700
    assert config.data_home() == system_home
    assert config.user_home() != system_home  # the agent's log and lock stay the account's
    added = guardian("child", "add", "Xiaoming")
    assert added.returncode == 0, added.stderr
    assert (system_home / config.DATABASE_NAME).exists()


def test_an_account_that_may_not_open_the_services_data_is_told_to_ask_an_administrator(
    system_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config.service_home()
    # root may open anything, so the refusal an unprivileged account meets is played here
    monkeypatch.setattr("guardian.sealing.os.access", lambda path, mode: False)
    with pytest.raises(NeedsAdministrator, match="only an administrator can open") as caught:
        open_sealed_store(config.database_path())
    assert str(system_home) in str(caught.value)
    assert not (system_home / config.DATABASE_NAME).exists()  # nothing was made or changed
