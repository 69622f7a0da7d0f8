"""Accounts on this PC: which exist, and whether one is an administrator.

A child with an administrator account can switch Guardian off; the wizard warns the parent and
says how to fix it. Each system is asked with its own tools; an answer that cannot be had is
None ("could not tell"), never a guess.
"""

from __future__ import annotations

import subprocess
import sys

ADMIN_GROUPS_LINUX = ("sudo", "wheel", "admin")


def is_administrator(account: str) -> bool | None:
    try:
        if sys.platform == "win32":
            out = subprocess.run(
                ["net", "localgroup", "administrators"], capture_output=True, text=True, check=True
            ).stdout
            names = {line.strip().rsplit("\\", 1)[-1].lower() for line in out.splitlines()}
            return account.lower() in names
        if sys.platform == "darwin":
            result = subprocess.run(
                ["dseditgroup", "-o", "checkmember", "-m", account, "admin"],
                capture_output=True,
                text=True,
                check=False,
            )
            return result.stdout.startswith("yes")
        import grp
        import pwd

        pwd.getpwnam(account)  # KeyError when there is no such account
        if account == "root":
            return True
        members = {name for group in ADMIN_GROUPS_LINUX for name in _members(grp, group)}
        return account in members
    except (OSError, subprocess.CalledProcessError, KeyError):
        return None


def _members(grp_module: object, group: str) -> list[str]:
    try:
        return list(grp_module.getgrnam(group).gr_mem)  # type: ignore[attr-defined]
    except KeyError:
        return []


def how_to_fix() -> str:
    from PySide6.QtCore import QCoreApplication

    if sys.platform == "win32":
        return QCoreApplication.translate(
            "Accounts",
            "Make the child's account a standard user: Settings > Accounts > Family & other users > Change account type > Standard User.",  # noqa: E501 - one literal, for the translation tools
        )
    if sys.platform == "darwin":
        return QCoreApplication.translate(
            "Accounts",
            "Make the child's account a standard user: System Settings > Users & Groups, and turn off “Allow this user to administer this computer”.",  # noqa: E501
        )
    return QCoreApplication.translate(
        "Accounts",
        "Take the child's account out of the sudo (or wheel) group: sudo deluser CHILD sudo, or ask whoever set up the PC.",  # noqa: E501
    )
