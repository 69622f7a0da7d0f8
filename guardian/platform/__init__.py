"""One adapter per operating system behind one Protocol, chosen by a factory that imports lazily.

`create_platform()` picks the adapter for the running system when it is called, never at import
time, and falls back to `NullPlatform` (which says what it cannot see) when the OS layer is
missing or refuses to start.
"""

from __future__ import annotations

import logging
import os
import sys

from guardian.core.text import translate
from guardian.platform.base import Capabilities, Foreground, Platform
from guardian.platform.null import NullPlatform

log = logging.getLogger(__name__)

__all__ = ["Capabilities", "Foreground", "NullPlatform", "Platform", "create_platform"]


def create_platform() -> Platform:
    """The adapter for this machine, or a NullPlatform that explains why there is none."""
    try:
        if sys.platform == "win32":
            from guardian.platform.windows import WindowsPlatform

            return WindowsPlatform()
        if sys.platform == "darwin":
            from guardian.platform.macos import MacPlatform

            return MacPlatform()
        if os.environ.get("DISPLAY"):
            from guardian.platform.x11 import X11Platform

            return X11Platform()
    except Exception as error:  # an OS layer that cannot start must not stop Guardian
        log.warning("window tracking is unavailable: %s", error)
        return NullPlatform(
            translate("Platform", "Window tracking could not start: {error}").fill(error=error)
        )
    return NullPlatform()
