"""What a lock screen shows: why the PC is locked and until when. Plain data, without widgets.

The lock screen (`guardian.ui.lock_screen`) shows it; the enforcer and `guardian service`, which
has no screen and must not load Qt's widgets, only make it and send it on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from guardian.core.engine import Reason


@dataclass(frozen=True)
class LockInfo:
    reason: Reason | None
    unlocks_at: datetime | None  # local time
    tip: str = ""
