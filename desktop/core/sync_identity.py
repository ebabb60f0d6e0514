"""Who an installation is, in the forms people and files compare
(docs/sync-format.md §1): key ids, the fingerprint people read off a slip
and type, and the canonical JSON that signatures are made over.

Pure: no keys are made or used here (that is `services/sync/keys.py`).
"""

from __future__ import annotations

import hashlib
from datetime import datetime
import json

import orjson
import math
import unicodedata

FINGERPRINT_PREFIX = b"VillageDesk fingerprint 1\0"
FINGERPRINT_GROUPS = 8
FINGERPRINT_DIGITS = 5 * FINGERPRINT_GROUPS
# SHA-256 has 32 bytes: each of the 8 groups takes 4 of them (group i is
# bytes 4i .. 4i+3 as an integer, modulo 100000). Five bytes a group would
# need 40. 2**32 mod 100000 leaves a bias below 1 in 40000 per group.
_GROUP_BYTES = 4


def key_id(public_key: bytes) -> str:
    """The first 16 hex digits of SHA-256 of a raw public key."""
    return hashlib.sha256(bytes(public_key)).hexdigest()[:16]


def fingerprint(installation_id: str, signing_public: bytes, encryption_public: bytes) -> str:
    """The 40 digits (no spaces) that name an installation and both its keys."""
    ident = installation_id.encode("ascii")
    if len(ident) != 36 or len(signing_public) != 32 or len(encryption_public) != 32:
        raise ValueError("an installation id of 36 characters and two 32-byte keys are needed")
    digest = hashlib.sha256(FINGERPRINT_PREFIX + ident + b"\0" + bytes(signing_public) + bytes(encryption_public)).digest()
    groups = (int.from_bytes(digest[_GROUP_BYTES * i:_GROUP_BYTES * (i + 1)], "big") % 100000
              for i in range(FINGERPRINT_GROUPS))
    return "".join(f"{g:05d}" for g in groups)


def format_fingerprint(digits: str) -> str:
    """'0341788120…' -> '03417 88120 …', groups of five as on the slip."""
    return " ".join(digits[i:i + 5] for i in range(0, len(digits), 5))


def typed_digits(text: str) -> str:
    """The digits in what someone typed, as ASCII; everything else dropped.

    Any decimal digit counts: full-width ０-９ from a Chinese input method,
    Tibetan ༠-༩, as well as 0-9. Spaces, dashes and other separators go.
    """
    return "".join(str(unicodedata.decimal(ch)) for ch in text if ch.isdecimal())


def canonical_json(value) -> bytes:
    """UTF-8 JSON with sorted keys and no insignificant whitespace: the one
    encoding that is signed and hashed, so equal values give equal bytes."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def parse_json(data: bytes):
    """Strict JSON from UTF-8 bytes: no NaN, no Infinity, no number that
    overflows to one (1e400), no invalid UTF-8, nesting at most 1024 deep, so
    what is read can be written canonically again. Raises ValueError.

    orjson reads it that strictly by itself, ten times as fast as the
    standard library with hooks: a bundle's records are read through here,
    and that was most of an import's time. (An integer past 64 bits comes
    back as a float, which no integer column accepts.)"""
    return orjson.loads(data)


def is_aware_time(value) -> bool:
    """An ISO 8601 time with its offset, as the format writes times."""
    if not isinstance(value, str):
        return False
    try:
        return datetime.fromisoformat(value).tzinfo is not None
    except ValueError:
        return False
