"""The parent PIN's rules: what a PIN may be, how it is hashed and checked, how guessing is slowed.

Pure: no keyring and no clock here (`guardian.pin` keeps the hashes in the keyring and the
throttle in the store). Nothing stores a PIN or a recovery code, only their salted scrypt hashes,
compared in constant time.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from itertools import pairwise

from guardian.core.errors import Error
from guardian.core.text import translate

# Six characters at least: a 4-digit PIN falls to a patient child in an afternoon even with the
# throttle; six digits or a short passphrase does not.
MIN_LENGTH = 6
# scrypt with N=2^14, r=8, p=1: about 16 MB and some tens of milliseconds per check, slow for a
# guesser with a copy of the hash, quick enough for a parent at the lock screen.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SALT_BYTES = 16
# Five wrong guesses are free (typos happen); then 30 s, doubling with each further failure.
FREE_ATTEMPTS = 5
FIRST_WAIT = timedelta(seconds=30)
# The wait never grows beyond an hour: enough to stop guessing, short enough not to shut a parent
# out for the day.
LONGEST_WAIT = timedelta(hours=1)
# Recovery codes: 20 characters from an alphabet without look-alikes (0/O, 1/I/L), 100 bits.
RECOVERY_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
RECOVERY_GROUPS, RECOVERY_GROUP_LENGTH = 4, 5


class PinRejected(Error):
    """A new PIN that is too easy to guess; the message says why."""

    invalid_input = True


def check_new_pin(pin: str) -> None:
    """Raise PinRejected when a new PIN is too short or too easy to guess."""
    if len(pin) < MIN_LENGTH:
        raise PinRejected(
            translate(
                "Pin", "the PIN needs at least {count} characters (digits or a passphrase)"
            ).fill(count=MIN_LENGTH)
        )
    if len(set(pin)) == 1:
        raise PinRejected(translate("Pin", "the PIN cannot be one character repeated"))
    if pin.isdigit():
        steps = {int(b) - int(a) for a, b in pairwise(pin)}
        if steps in ({1}, {-1}):
            raise PinRejected(translate("Pin", "the PIN cannot be a run of digits like 123456"))


def hash_secret(secret: str, salt: bytes | None = None) -> str:
    """`scrypt$N$r$p$salt$hash`, with a fresh random salt unless one is given."""
    salt = salt if salt is not None else secrets.token_bytes(SALT_BYTES)
    digest = hashlib.scrypt(secret.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    encode = base64.b64encode
    return (
        f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${encode(salt).decode()}${encode(digest).decode()}"
    )


def verify_secret(secret: str, stored: str) -> bool:
    """Whether `secret` matches a hash made by `hash_secret`, in constant time."""
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            secret.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
            dklen=len(expected),
        )  # fmt: skip
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def new_recovery_code() -> str:
    groups = [
        "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUP_LENGTH))
        for _ in range(RECOVERY_GROUPS)
    ]
    return "-".join(groups)


def normalise_recovery_code(code: str) -> str:
    """What the parent typed, the way it was hashed: upper case, dashes, no spaces."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    size = RECOVERY_GROUP_LENGTH
    return "-".join(cleaned[i : i + size] for i in range(0, len(cleaned), size))


@dataclass(frozen=True)
class Throttle:
    """Wrong guesses so far and until when the next try must wait (UTC)."""

    failures: int = 0
    blocked_until: datetime | None = None

    def wait(self, now: datetime) -> timedelta:
        """How long before the next try is heard; never more than `LONGEST_WAIT` (a clock set
        back cannot stretch it)."""
        if self.blocked_until is None or now >= self.blocked_until:
            return timedelta(0)
        return min(self.blocked_until - now, LONGEST_WAIT)

    def failed(self, now: datetime) -> Throttle:
        failures = self.failures + 1
        if failures < FREE_ATTEMPTS:
            return replace(self, failures=failures, blocked_until=None)
        wait = min(FIRST_WAIT * 2 ** (failures - FREE_ATTEMPTS), LONGEST_WAIT)
        return Throttle(failures, now + wait)

    def succeeded(self) -> Throttle:
        return Throttle()

    def to_json(self) -> dict[str, object]:
        until = self.blocked_until.isoformat() if self.blocked_until else None
        return {"failures": self.failures, "blocked_until": until}

    @classmethod
    def from_json(cls, data: object) -> Throttle:
        """The throttle as stored; anything unreadable counts as the worst case, not a reset."""
        if not isinstance(data, dict):
            return cls()
        try:
            failures = int(data.get("failures", 0))
            until = data.get("blocked_until")
            blocked = datetime.fromisoformat(until) if isinstance(until, str) else None
        except (TypeError, ValueError):
            return cls.worst_case()
        return cls(max(0, failures), blocked)

    @classmethod
    def worst_case(cls) -> Throttle:
        """For a count that cannot be believed (unreadable, or changed outside Guardian): well
        past the free tries, so the next wrong one waits long, but no wait for a right one."""
        return cls(FREE_ATTEMPTS * 2, None)
