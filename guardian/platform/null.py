"""The fallback adapter: for Wayland and any desktop Guardian cannot look into.

It sees no windows. It says so, in words `guardian doctor` shows the parent, so that nobody
believes time is being tracked per program when it is not.
"""

from __future__ import annotations

import os
import sys

from guardian.core.text import Text, translate
from guardian.platform.base import Capabilities, Foreground


class NullPlatform:
    name = "null"

    def __init__(self, reason: Text | None = None) -> None:
        self.reason = reason or _default_reason()

    def capabilities(self) -> Capabilities:
        return Capabilities(
            foreground=False,
            titles=False,
            idle=False,
            lock_state=False,
            fullscreen=False,
            missing=(self.reason,),
        )

    def foreground(self) -> Foreground | None:
        return None

    def idle_seconds(self) -> float | None:
        return None

    def session_locked(self) -> bool | None:
        return None

    def close(self) -> None:
        return None


def _default_reason() -> Text:
    wayland_only = os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY")
    if sys.platform.startswith("linux") and wayland_only:
        return translate(
            "Platform",
            "This is a Wayland session: Wayland does not let programs see which window is in "
            "front. Choose an 'Xorg' or 'X11' session at the login screen for per-program "
            "tracking; until then Guardian counts only the time the session is in use.",
        )
    if sys.platform.startswith("linux"):
        return translate(
            "Platform",
            "No X display was found (DISPLAY is not set), so Guardian cannot see which window "
            "is in front. Start Guardian inside the child's desktop session.",
        )
    return translate(
        "Platform", "Guardian has no window tracking for this system ({system})."
    ).fill(system=sys.platform)
