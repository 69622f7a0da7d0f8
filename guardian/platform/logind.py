"""What the service asks logind (systemd's login manager) over the system D-Bus: which session a
process belongs to, whether a session still exists, and locking one. Every answer is None or
False where there is no logind (containers, systems without systemd); callers fall back."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)

_BUS = "org.freedesktop.login1"


def _call(path: str, interface: str, method: str, signature: str, body: tuple[Any, ...]) -> Any:
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    with open_dbus_connection(bus="SYSTEM") as connection:
        address = DBusAddress(path, bus_name=_BUS, interface=interface)
        reply = connection.send_and_get_reply(
            new_method_call(address, method, signature, body), timeout=1.0
        )
        return reply.body


def _session_property(path: str, name: str) -> Any:
    body = _call(
        path,
        "org.freedesktop.DBus.Properties",
        "Get",
        "ss",
        ("org.freedesktop.login1.Session", name),
    )
    return body[0][1]


def session_of(pid: int) -> str | None:
    """The logind session id of a process, or None."""
    try:
        (path,) = _call(
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "GetSessionByPID",
            "u",
            (pid,),
        )
        return str(_session_property(str(path), "Id"))
    except Exception:  # no system bus, no logind, or the process is in no session
        return None


def session_exists(session: str) -> bool | None:
    """Whether the session is still there; None when logind cannot be asked."""
    try:
        _call(
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "GetSession",
            "s",
            (session,),
        )
        return True
    except ImportError:
        return None
    except OSError:
        return None
    except Exception:  # logind answered with an error: no such session
        return False


def lock(session: str) -> bool:
    try:
        _call(
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "LockSession",
            "s",
            (session,),
        )
        return True
    except Exception as error:
        log.warning("logind could not lock session %s: %s", session, error)
        return False
