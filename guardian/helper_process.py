"""A short-lived Guardian process that prints an answer and exits: how the processes that run all
day get what a library would otherwise keep in their memory (`statutory_tables`, the holidays;
`keyring_access`, the keyring). Issue 9."""

from __future__ import annotations

import subprocess
from collections.abc import Sequence

TIMEOUT_SECONDS = 60.0  # a cold start of the bundled program on an old PC, with room to spare

# What a helper that cannot start, is too slow or fails raises here (with ValueError from its
# caller for an answer it cannot read): the caller then does the work itself.
FAILURES = (OSError, subprocess.SubprocessError, ValueError)


def start_helper(command: Sequence[str]) -> subprocess.Popen[bytes]:
    """Start `command`, its output piped; OSError if it cannot be started."""
    return subprocess.Popen(
        list(command),
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        # Windows: the console program runs without a console window on the child's desktop
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
    )  # fmt: skip


def helper_output(helper: subprocess.Popen[bytes], timeout: float = TIMEOUT_SECONDS) -> str:
    """What `helper` printed (ASCII), once it has exited with status 0. TimeoutExpired (the
    helper killed) when it takes longer than `timeout`; ValueError with the last line it said
    when it fails."""
    try:
        out, err = helper.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        helper.kill()
        helper.communicate()
        raise
    if helper.returncode != 0:
        said = err.decode(errors="replace").strip().splitlines()
        raise ValueError(f"exit status {helper.returncode}: {said[-1] if said else ''}")
    return out.decode("ascii")
