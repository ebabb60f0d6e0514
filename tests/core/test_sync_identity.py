"""Key ids, fingerprints and canonical JSON (docs/sync-format.md §1)."""

import hashlib

import pytest

from desktop.core.sync_identity import (
    canonical_json, fingerprint, format_fingerprint, key_id, parse_json, typed_digits)

# RFC 8032 test 1 (Ed25519) and RFC 7748 §6.1 Alice (X25519) public keys.
SIGNING = bytes.fromhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
ENCRYPTION = bytes.fromhex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a")
INSTALLATION = "01928c4e-7b1a-7c3d-8e4f-0123456789ab"


def test_fingerprint_known_vector():
    """Pinned: a change here is a new format version (every slip printed so far would stop matching)."""
    assert fingerprint(INSTALLATION, SIGNING, ENCRYPTION) == "4858670781889498633192357617367837454504"


def test_fingerprint_follows_the_written_rule():
    digest = hashlib.sha256(b"VillageDesk fingerprint 1\0" + INSTALLATION.encode() + b"\0" + SIGNING + ENCRYPTION).digest()
    groups = [int.from_bytes(digest[4 * i:4 * i + 4], "big") % 100000 for i in range(8)]
    assert fingerprint(INSTALLATION, SIGNING, ENCRYPTION) == "".join(f"{g:05d}" for g in groups)


def test_fingerprint_changes_with_every_input():
    base = fingerprint(INSTALLATION, SIGNING, ENCRYPTION)
    other_id = INSTALLATION[:-1] + "c"
    assert fingerprint(other_id, SIGNING, ENCRYPTION) != base
    assert fingerprint(INSTALLATION, ENCRYPTION, SIGNING) != base
    assert fingerprint(INSTALLATION, SIGNING, bytes(32)) != base


def test_fingerprint_refuses_malformed_input():
    with pytest.raises(ValueError):
        fingerprint("short", SIGNING, ENCRYPTION)
    with pytest.raises(ValueError):
        fingerprint(INSTALLATION, SIGNING[:31], ENCRYPTION)


def test_format_fingerprint_in_groups_of_five():
    assert format_fingerprint("4858670781889498633192357617367837454504") == (
        "48586 70781 88949 86331 92357 61736 78374 54504")


def test_typed_digits_keeps_digits_of_any_script():
    assert typed_digits("48586-70781 88949\t86331") == "48586707818894986331"
    assert typed_digits("４８５８６　７０７８１") == "4858670781"  # full width, ideographic space
    assert typed_digits("༤༨༥") == "485"                          # Tibetan digits
    assert typed_digits("a-b c") == ""
    assert typed_digits("²") == ""                                # not a decimal digit


def test_key_id_is_16_hex_digits_of_sha256():
    assert key_id(SIGNING) == hashlib.sha256(SIGNING).hexdigest()[:16] == "21fe31dfa154a261"


def test_canonical_json():
    assert canonical_json({"b": 1, "a": [1, "藏", {"d": None, "c": True}]}) == (
        '{"a":[1,"藏",{"c":true,"d":null}],"b":1}'.encode("utf-8"))
    with pytest.raises(ValueError):
        canonical_json({"x": float("nan")})


def test_parse_json_is_strict():
    assert parse_json('{"a":[1,2.5,"藏"]}'.encode()) == {"a": [1, 2.5, "藏"]}
    for bad in (b'{"a":NaN}', b'{"a":Infinity}', b'{"a":-Infinity}', b'{"a":1e400}', b"\xff", b"{", b"1" * 5000):
        with pytest.raises(ValueError):
            parse_json(bad)
    with pytest.raises(ValueError):   # nesting past 1024 levels, refused before any recursion
        parse_json(b"[" * 100_000)
