"""Seals: an HMAC over the rows that decide how much a child may use the PC.

Policy versions, grants and the PIN's throttle live in the store, a file. Whoever can write that
file could raise a limit, add a grant or wipe the count of wrong PIN tries. So each such row
carries a seal: HMAC-SHA256, keyed with a secret kept in the keyring beside the PIN's hash, over
the row's meaning (its kind and its fields as canonical JSON). A row changed outside Guardian no
longer matches its seal; a row added outside Guardian has none that matches. Neither is believed.

Pure: the key and the fields are passed in; reading the keyring is the caller's business.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Mapping
from typing import Any

KEY_BYTES = 32  # as long as SHA-256's output: a longer key adds nothing to HMAC-SHA256


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def seal(key: bytes, kind: str, fields: Mapping[str, Any]) -> str:
    """The seal of a row of `kind` with these fields (JSON values), as hex."""
    if len(key) < KEY_BYTES:
        raise ValueError(f"a sealing key has {KEY_BYTES} bytes, not {len(key)}")
    message = json.dumps(
        [kind, fields], sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def is_sealed(key: bytes, kind: str, fields: Mapping[str, Any], mac: str | None) -> bool:
    """Whether `mac` is this row's seal (compared in constant time)."""
    if not mac:
        return False
    return hmac.compare_digest(seal(key, kind, fields), mac)
