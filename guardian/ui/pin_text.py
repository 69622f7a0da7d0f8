"""What a PIN field says when the PIN did not open anything: one wording in every window.

`verify_pin` answers (right, wait): `wait` > 0 is the throttle's wait in seconds, and
`CANNOT_CHECK` says the PIN cannot be checked at all on this PC now (no keyring to read its
hash from), which a child and a parent must not mistake for a wrong PIN.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CANNOT_CHECK = -1


def refusal(wait: int) -> str:
    if wait == CANNOT_CHECK:
        return QCoreApplication.translate(
            "Pin",
            "The parent PIN cannot be checked on this computer now: its keyring is not "
            "available. Nothing was unlocked. A parent can run “guardian doctor” to see why.",
        )
    if wait > 0:
        text = QCoreApplication.translate("Pin", "Too many wrong tries. Try again in %1 s.")
        return text.replace("%1", str(wait))
    return QCoreApplication.translate("Pin", "That PIN is not right.")
