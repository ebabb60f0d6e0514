"""The hash chain's pure functions (core/audit_chain.py): what exactly is
hashed, written out here byte by byte."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone

from desktop.core.audit_chain import GENESIS, ContentHasher, chain_hash, entry_line, entry_lines, header_line, stamp

US = "\x1f"


def test_a_time_is_hashed_in_utc_to_the_microsecond():
    utc = datetime(2026, 11, 24, 8, 0, 1, 5, tzinfo=timezone.utc)
    assert stamp(utc) == "2026-11-24T08:00:01.000005+00:00"
    assert stamp(utc.replace(tzinfo=None)) == stamp(utc)          # SQLite gives naive UTC back
    assert stamp(utc.astimezone(timezone(timedelta(hours=8)))) == stamp(utc)
    assert stamp(datetime(2026, 1, 1, tzinfo=timezone.utc)) == "2026-01-01T00:00:00.000000+00:00"


def test_header_and_entry_lines():
    at = datetime(2026, 11, 24, 8, 0, tzinfo=timezone.utc)
    assert header_line("cs", at, "卓玛", "inst", "village.edit", None) == \
        f"cs{US}2026-11-24T08:00:00.000000+00:00{US}卓玛{US}inst{US}village.edit{US}\n".encode()
    assert header_line("cs", at, "a", "i", "revert", "cs0").endswith(f"{US}revert{US}cs0\n".encode())
    assert entry_line("village", "v1", "update", 3, '{"note": ["", "已核实"]}') == \
        f'village{US}v1{US}update{US}3{US}{{"note": ["", "已核实"]}}\n'.encode()
    assert entry_line("village", "v1", "insert", 1, None) == f"village{US}v1{US}insert{US}1{US}\n".encode()


def test_many_lines_are_the_single_lines_joined():
    ids, ops, versions, data = ["a", "b", "c"], ["insert", "update", "delete"], [1, 2, 3], [None, '{"x": [1, 2]}', ""]
    assert entry_lines("post", ids, ops, versions, data) == b"".join(
        entry_line("post", i, o, v, d) for i, o, v, d in zip(ids, ops, versions, data))
    assert entry_lines("post", [], [], [], []) == b""


def test_the_digest_covers_the_header_then_the_entries_in_order():
    header, one, two = b"h\n", entry_line("t", "1", "insert", 1, None), entry_line("t", "2", "insert", 1, None)
    hasher = ContentHasher(header)
    hasher.add(one)
    hasher.add(two)
    assert hasher.digest() == hashlib.sha256(header + one + two).digest() and hasher.entries == 2
    batch = ContentHasher(header)
    batch.add(one + two, 2)
    assert batch.digest() == hasher.digest() and batch.entries == 2
    swapped = ContentHasher(header)
    swapped.add(two + one, 2)
    assert swapped.digest() != hasher.digest()


def test_a_link_is_the_previous_hash_and_the_digest():
    digest = hashlib.sha256(b"content").digest()
    first = chain_hash(GENESIS, digest)
    assert first == hashlib.sha256(bytes(32) + digest).hexdigest()
    assert chain_hash(first, digest) == hashlib.sha256(bytes.fromhex(first) + digest).hexdigest() != first
    assert len(first) == 64 and GENESIS == "0" * 64
