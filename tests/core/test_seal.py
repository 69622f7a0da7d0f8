"""Seals: an HMAC over a row's kind and fields, with a key of 32 bytes."""

from __future__ import annotations

import pytest

from guardian.core.seal import KEY_BYTES, is_sealed, new_key, seal

KEY = bytes(range(32))
FIELDS = {"child_id": 1, "version": 2, "document": {"total": {"limit": "1h"}}}


def test_a_seal_checks_out_for_the_same_row_only() -> None:
    mac = seal(KEY, "policy_version", FIELDS)
    assert is_sealed(KEY, "policy_version", dict(reversed(FIELDS.items())), mac)  # key order
    assert not is_sealed(KEY, "policy_version", {**FIELDS, "version": 3}, mac)
    assert not is_sealed(KEY, "time_grant", FIELDS, mac)
    assert not is_sealed(new_key(), "policy_version", FIELDS, mac)
    changed = {**FIELDS, "document": {"total": {"limit": "5h"}}}
    assert not is_sealed(KEY, "policy_version", changed, mac)


@pytest.mark.parametrize("mac", [None, "", "0" * 64])
def test_no_seal_or_a_made_up_one_does_not_check_out(mac: str | None) -> None:
    assert not is_sealed(KEY, "policy_version", FIELDS, mac)


def test_a_short_key_is_refused() -> None:
    assert len(new_key()) == KEY_BYTES
    with pytest.raises(ValueError, match="32 bytes"):
        seal(b"short", "setting", {})
