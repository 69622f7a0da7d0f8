"""Which rows are sealed, over which fields, and whether a row read back is still Guardian's.

A `Sealer` holds the key (from the keyring: `guardian.sealing`). A store opened with one seals
every policy version, grant and sealed setting it writes, and trusts on reading only the rows
whose seal matches. A store opened without one (no key yet, because no PIN was ever set) writes
no seals and trusts only rows that have none: a sealed row it cannot check is not believed.

The seal covers a row's meaning, including what ties it to its place: a policy version's child
and number, a grant's id, a setting's key. So a row cannot be copied to another child, another
version or a second grant without breaking its seal.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from guardian.core.seal import is_sealed, seal
from guardian.storage.instants import to_epoch_ms

# The settings whose value guards something: the PIN's throttle (a wiped count of wrong tries
# would let a child guess on) and each child's newest policy number (see `head_key`).
SEALED_SETTINGS_PREFIXES = ("pin_throttle", "policy_head:")

SEALER_INFO = "guardian_sealer"  # the key of the Sealer in a Session's `info`

# A row of policy_version, time_grant or setting: a model's instance (guardian.storage.models),
# or the same row as `guardian.storage.lite` reads it (a dataclass with the same fields and the
# same `__tablename__`). Told apart by that name, so this module needs no SQLAlchemy.
Row = Any


class HasInfo(Protocol):
    """A session (SQLAlchemy's or the lite store's): its `info` holds the sealer."""

    @property
    def info(self) -> dict[str, Any]: ...


@dataclass(frozen=True)
class Sealer:
    key: bytes

    def seal(self, row: Row) -> None:
        row.seal = seal(self.key, *_meaning(row))

    def verifies(self, row: Row) -> bool:
        return is_sealed(self.key, *_meaning(row), row.seal)


def sealer_of(s: HasInfo) -> Sealer | None:
    found = s.info.get(SEALER_INFO)
    return found if isinstance(found, Sealer) else None


def is_sealed_setting(key: str) -> bool:
    return key.startswith(SEALED_SETTINGS_PREFIXES)


def head_key(child_id: int) -> str:
    """The setting that holds a child's newest policy number, so that deleting the newest
    versions (to bring back an older, looser policy) is seen."""
    return f"policy_head:{child_id}"


def trusted(s: HasInfo, row: Row) -> bool:
    """Whether this row is as Guardian wrote it, as far as this session can tell."""
    sealer = sealer_of(s)
    if sealer is None:
        return row.seal is None  # unsealed mode; a sealed row cannot be checked here
    return sealer.verifies(row)


def seal_if_possible(s: HasInfo, row: Row) -> None:
    sealer = sealer_of(s)
    if sealer is not None:
        sealer.seal(row)


def _meaning(row: Row) -> tuple[str, dict[str, Any]]:
    table = row.__tablename__
    if table == "policy_version":
        return "policy_version", {
            "child_id": row.child_id,
            "version": row.version,
            "document": row.document,
            "author": row.author,
            "comment": row.comment,
            "created_at": to_epoch_ms(row.created_at),
        }
    if table == "time_grant":
        return "time_grant", {
            "id": row.id,
            "child_id": row.child_id,
            "granted_at": to_epoch_ms(row.granted_at),
            "seconds": row.seconds,
            "until": None if row.until is None else to_epoch_ms(row.until),
            "category": row.category,
            "reason": row.reason,
            "request_id": row.request_id,
            "author": row.author,
        }
    if table != "setting":
        raise TypeError(f"rows of {table} take no seal")
    return "setting", {"key": row.key, "value": row.value}
