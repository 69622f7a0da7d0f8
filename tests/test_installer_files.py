"""The files that register the service and the agent with each system say what Guardian needs:
the right command, the right account, and a restart when the program stops."""

from __future__ import annotations

import configparser
import plistlib
import re
import shlex
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from guardian.cli import build_parser

INSTALLER = Path(__file__).resolve().parents[1] / "installer"
TASK = {"t": "http://schemas.microsoft.com/windows/2004/02/mit/task"}
SYSTEM_SID = "S-1-5-18"  # LocalSystem
USERS_SID = "S-1-5-32-545"  # BUILTIN\Users: every account that can sign in
SERVICE = ["service"]
AGENT = ["agent", "--backend", "service"]


def accepted_by_the_cli(args: list[str]) -> str:
    """The subcommand, when `guardian` accepts these arguments (it exits 2 when not)."""
    return build_parser().parse_args(args).handler.__name__


@pytest.mark.parametrize("args", [SERVICE, AGENT])
def test_the_registered_commands_are_guardians(args: list[str]) -> None:
    assert accepted_by_the_cli(args) == f"cmd_{args[0]}"


# Windows: Task Scheduler XML.


def task(name: str) -> ET.Element:
    root = ET.parse(INSTALLER / "windows" / name).getroot()
    assert root.tag == f"{{{TASK['t']}}}Task"
    return root


def text(root: ET.Element, path: str) -> str | None:
    found = root.find(path, TASK)
    return None if found is None else (found.text or "").strip()


def minutes(duration: str | None) -> int:
    """An xs:duration of whole minutes or hours (PT1M, PT2H); 0 for PT0S."""
    match = re.fullmatch(r"PT(?:(\d+)H)?(?:(\d+)M)?(?:0S)?", duration or "")
    assert match, duration
    return int(match[1] or 0) * 60 + int(match[2] or 0)


def assert_restarts_on_failure(root: ET.Element) -> None:
    interval = minutes(text(root, "t:Settings/t:RestartOnFailure/t:Interval"))
    count = int(text(root, "t:Settings/t:RestartOnFailure/t:Count") or 0)
    assert 1 <= interval <= 5, "Task Scheduler allows 1 minute at least; more leaves a gap"
    assert 1 <= count <= 255  # unsignedByte, at least 1
    assert text(root, "t:Settings/t:ExecutionTimeLimit") == "PT0S"  # never stopped for time
    assert text(root, "t:Settings/t:DisallowStartIfOnBatteries") == "false"
    assert text(root, "t:Settings/t:StopIfGoingOnBatteries") == "false"
    assert text(root, "t:Settings/t:Enabled") in (None, "true")


def executable(root: ET.Element) -> tuple[str, list[str]]:
    (action,) = root.findall("t:Actions/t:Exec", TASK)
    command = text(action, "t:Command") or ""
    return command.strip('"'), shlex.split(text(action, "t:Arguments") or "")


def test_the_windows_service_task_runs_guardian_service_as_localsystem_from_boot() -> None:
    root = task("guardian-service.xml")
    (principal,) = root.findall("t:Principals/t:Principal", TASK)
    assert text(principal, "t:UserId") == SYSTEM_SID
    assert root.find("t:Actions", TASK).get("Context") == principal.get("id")  # type: ignore[union-attr]
    (trigger,) = list(root.find("t:Triggers", TASK))  # type: ignore[arg-type]
    assert trigger.tag == f"{{{TASK['t']}}}BootTrigger"
    command, args = executable(root)
    assert command.lower().endswith("\\guardian\\guardian.exe") and args == SERVICE
    assert_restarts_on_failure(root)
    # Started again within a minute if it was ended, never twice at once.
    assert minutes(text(trigger, "t:Repetition/t:Interval")) == 1
    assert text(trigger, "t:Repetition/t:Duration") is None  # indefinitely
    assert text(root, "t:Settings/t:MultipleInstancesPolicy") == "IgnoreNew"


def test_the_windows_agent_task_runs_at_every_users_logon_as_that_user() -> None:
    root = task("guardian-agent.xml")
    (principal,) = root.findall("t:Principals/t:Principal", TASK)
    assert text(principal, "t:GroupId") == USERS_SID and text(principal, "t:UserId") is None
    assert text(principal, "t:RunLevel") == "LeastPrivilege"
    assert root.find("t:Actions", TASK).get("Context") == principal.get("id")  # type: ignore[union-attr]
    (trigger,) = list(root.find("t:Triggers", TASK))  # type: ignore[arg-type]
    assert trigger.tag == f"{{{TASK['t']}}}LogonTrigger"
    assert text(trigger, "t:UserId") is None  # any user who signs in
    assert text(trigger, "t:Repetition/t:Interval") == "PT1M"  # an ended agent comes back
    assert text(trigger, "t:Repetition/t:Duration") is None  # for as long as the user is in
    command, args = executable(root)
    assert command == executable(task("guardian-service.xml"))[0] and args == AGENT
    assert_restarts_on_failure(root)
    assert text(root, "t:Settings/t:MultipleInstancesPolicy") == "Parallel"  # one per user


# macOS: launchd property lists.


def plist(name: str) -> dict[str, object]:
    with (INSTALLER / "macos" / name).open("rb") as file:
        loaded = plistlib.load(file)
    assert isinstance(loaded, dict)
    assert loaded["Label"] == name.removesuffix(".plist")
    return loaded


@pytest.mark.parametrize(
    ("name", "args"), [("cn.guardian.service.plist", SERVICE), ("cn.guardian.agent.plist", AGENT)]
)
def test_launchd_keeps_the_program_alive(name: str, args: list[str]) -> None:
    job = plist(name)
    program = job["ProgramArguments"]
    assert isinstance(program, list)
    assert program[0].startswith("/") and program[0].endswith("/guardian") and program[1:] == args
    assert job["KeepAlive"] is True and job["RunAtLoad"] is True
    throttle = job.get("ThrottleInterval", 10)
    assert isinstance(throttle, int) and throttle + 5 < 30  # back before 30 s of silence


def test_the_launch_daemon_runs_as_root_with_its_own_data_home() -> None:
    job = plist("cn.guardian.service.plist")
    assert job["UserName"] == "root"
    environment = job["EnvironmentVariables"]
    assert isinstance(environment, dict) and environment["GUARDIAN_HOME"].startswith("/Library/")


def test_the_launch_agent_runs_as_each_user_in_their_gui_login() -> None:
    job = plist("cn.guardian.agent.plist")
    assert "UserName" not in job  # a LaunchAgent runs as the user whose login loads it
    assert job["LimitLoadToSessionType"] == "Aqua"
    assert job["ProgramArguments"][0] == plist("cn.guardian.service.plist")["ProgramArguments"][0]  # type: ignore[index]


# Linux: systemd units.


def unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    assert parser.read(INSTALLER / "linux" / name, encoding="utf-8")
    return parser


def test_the_systemd_user_unit_starts_the_agent_again_after_any_stop() -> None:
    agent = unit("guardian-agent.service")
    command = shlex.split(agent["Service"]["ExecStart"])
    service_command = shlex.split(unit("guardian.service")["Service"]["ExecStart"])
    assert command[0] == service_command[0] == "/usr/bin/guardian" and command[1:] == AGENT
    assert agent["Service"]["Restart"] == "always"
    assert agent["Service"]["RestartSec"] == "2"
    assert agent["Unit"]["StartLimitIntervalSec"] == "0"  # never gives up
    assert agent["Service"]["RestartPreventExitStatus"] == "2"  # refused: no child here
    assert "User" not in agent["Service"]  # a user unit: it runs as the user already
    assert agent["Install"]["WantedBy"] == "graphical-session.target"
    assert "graphical-session.target" in agent["Unit"]["PartOf"]


def test_the_dashboard_entry_asks_for_an_administrator_through_polkit() -> None:
    entry = unit("guardian-dashboard.desktop")["Desktop Entry"]
    pkexec, program, *args = shlex.split(entry["Exec"])
    assert pkexec == "pkexec" and accepted_by_the_cli(args) == "cmd_dashboard"
    assert entry["Name[zh_CN]"] and entry["Comment[zh_CN]"]
    action = ET.parse(INSTALLER / "linux" / "cn.guardian.dashboard.policy").getroot()
    (found,) = action.findall("action")
    notes = {a.get("key"): a.text for a in found.findall("annotate")}
    assert notes["org.freedesktop.policykit.exec.path"] == program  # the same program
    assert notes["org.freedesktop.policykit.exec.allow_gui"] == "true"  # its window may show
    defaults = found.find("defaults")
    assert defaults is not None
    assert {d.tag: d.text for d in defaults} == dict.fromkeys(
        ("allow_any", "allow_inactive", "allow_active"), "auth_admin"
    )
