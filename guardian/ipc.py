"""The local channel between a child's agent and the privileged `guardian service`.

One JSON object per line over a local socket (QLocalServer/QLocalSocket: a Unix socket on
Linux and macOS, a named pipe on Windows). Nothing listens on the network.

The agent says who it is for (`hello`), then reports once a second (`report`). The service never
believes the agent about who is on the other end: it asks the kernel (SO_PEERCRED) for the
connecting process's user, and accepts reports only for the child whose account that is.
"""

from __future__ import annotations

import json
import os
import socket
import struct
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HELLO, REPORT, WELCOME, REFUSED = "hello", "report", "welcome", "refused"
# Why the service refuses an agent (the agent explains it in the family's language).
BAD_MESSAGE, UNKNOWN_PEER, STORE_UNREADABLE, NO_CHILD = (
    "bad_message", "unknown_peer", "store_unreadable", "no_child",
)  # fmt: skip
MAX_LINE = 64 * 1024  # a line longer than this is not one of ours


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


@dataclass(frozen=True)
class Peer:
    pid: int
    uid: int
    gid: int


def peer_of(descriptor: int) -> Peer | None:
    """Who is connected on this Unix socket, from the kernel; None where it cannot be asked."""
    if not hasattr(socket, "SO_PEERCRED"):
        return None  # macOS has LOCAL_PEERCRED, Windows named pipes their own call: not yet here
    sock = socket.fromfd(descriptor, socket.AF_UNIX, socket.SOCK_STREAM)  # a duplicate
    try:
        raw = sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    except OSError:
        return None
    finally:
        sock.close()
    pid, uid, gid = struct.unpack("3i", raw)
    return Peer(pid, uid, gid)


def prepare_socket_folder(path: str) -> None:
    """The service's socket folder: made by root, readable by everyone, writable by root only."""
    folder = Path(path).parent
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix" and os.geteuid() == 0:
        folder.chmod(0o755)
