"""Stable ids for synchronised rows.

UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Ids made
later sort later, which keeps SQLite's B-tree inserts local (2.5x faster than
uuid4 keys at a million rows, ../shared/FACTS.md) and is unique across
installations without coordination.
"""

from __future__ import annotations

import secrets
import time
import uuid

_last_ms = 0
_last_rand = 0


def new_id() -> str:
    """A new UUIDv7 as a canonical 36-character string."""
    global _last_ms, _last_rand
    ms = time.time_ns() // 1_000_000
    if ms <= _last_ms:
        # Same millisecond (or a clock step back): keep ids monotonic within
        # this process by counting up from the previous random bits.
        ms = _last_ms
        rand = _last_rand + 1
    else:
        rand = secrets.randbits(74)
    _last_ms, _last_rand = ms, rand
    rand_a = (rand >> 62) & 0xFFF
    rand_b = rand & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    return str(uuid.UUID(int=value))


def is_id(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text
    except (ValueError, AttributeError, TypeError):
        return False
