"""The local channel between a child's agent and the privileged `guardian service`.

One JSON object per line over a local socket (QLocalServer/QLocalSocket: a Unix socket on
Linux and macOS, a named pipe on Windows). Nothing listens on the network.

The agent says who it is for (`hello`), then reports once a second (`report`). The service never
believes the agent about who is on the other end: it asks the operating system for the
connecting process's account and session (`guardian.platform.peers`: SO_PEERCRED on Linux,
LOCAL_PEERCRED on macOS, the pipe's client process and its token on Windows), and accepts
reports only for the child whose account that is.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from guardian.platform import peers

HELLO, REPORT, WELCOME, REFUSED = "hello", "report", "welcome", "refused"
# Why the service refuses an agent (the agent explains it in the family's language).
BAD_MESSAGE, UNKNOWN_PEER, STORE_UNREADABLE, NO_CHILD = (
    "bad_message", "unknown_peer", "store_unreadable", "no_child",
)  # fmt: skip
MAX_LINE = 64 * 1024  # a line longer than this is not one of ours

Peer = peers.Peer  # what the operating system says about the other end of a connection


def socket_path() -> str:
    """`GUARDIAN_SOCKET`, else the system's place for the service's socket."""
    override = os.environ.get("GUARDIAN_SOCKET")
    if override:
        return override
    if sys.platform == "win32":
        return "guardian-service"  # a named pipe: \\.\pipe\guardian-service
    if sys.platform == "darwin":
        return "/var/run/guardian/agent.sock"
    return "/run/guardian/agent.sock"


def encode(message: dict[str, Any]) -> bytes:
    return json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


def decode(line: bytes) -> dict[str, Any] | None:
    """A message, or None for anything that is not a JSON object with a `type`."""
    try:
        message = json.loads(line)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    if not isinstance(message, dict) or not isinstance(message.get("type"), str):
        return None
    return message


def prepare_socket_folder(path: str) -> None:
    """The service's socket folder: made by root, readable by everyone, writable by root only."""
    folder = Path(path).parent
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix" and os.geteuid() == 0:
        folder.chmod(0o755)
