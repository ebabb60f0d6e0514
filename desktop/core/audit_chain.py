"""The audit trail's hash chain (docs/audit.md).

Each change set is hashed with its change-log entries; its chain hash
covers that digest and the chain hash of the change set before it. Editing,
removing or reordering an entry breaks every link after it, and the head
(the last chain hash) travels in sync bundles so the county can see that a
township's log continues and was not cut short.

Pure functions over the stored text: the writer hashes exactly what it
inserts, the verifier what it reads back, and migration 0007 repeats them
(migrations import nothing from the app; a test keeps them equal).
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from typing import Iterable

GENESIS = "0" * 64
SEPARATOR = "\x1f"   # unit separator: cannot appear in ids, names or JSON text unescaped


def stamp(at: datetime) -> str:
    """A change set's time as it is hashed: UTC, microseconds, ISO 8601."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    return at.astimezone(timezone.utc).isoformat(timespec="microseconds")


def header_line(changeset_id: str, at: datetime, actor: str, installation_id: str, action: str,
                reverts: str | None) -> bytes:
    return (SEPARATOR.join((changeset_id, stamp(at), actor, installation_id, action, reverts or "")) + "\n").encode()


def entry_line(entity: str, entity_id: str, op: str, row_version: int, data: str | None) -> bytes:
    return (SEPARATOR.join((entity, entity_id, op, str(row_version), data or "")) + "\n").encode()


def entry_lines(entity: str, entity_ids: Iterable[str], ops: Iterable[str], versions: Iterable[int],
                data: Iterable[str | None]) -> bytes:
    """Many entries of one table at once (bulk writes hash a batch in one call)."""
    sep = SEPARATOR
    return "".join(f"{entity}{sep}{i}{sep}{o}{sep}{v}{sep}{d or ''}\n"
                   for i, o, v, d in zip(entity_ids, ops, versions, data)).encode()


class ContentHasher:
    """The digest of one change set: its header, then its entries in order."""

    def __init__(self, header: bytes) -> None:
        self._hash = hashlib.sha256(header)
        self.entries = 0

    def add(self, lines: bytes, count: int = 1) -> None:
        self._hash.update(lines)
        self.entries += count

    def digest(self) -> bytes:
        return self._hash.digest()


def chain_hash(prev_hash: str, content_digest: bytes) -> str:
    """The link: SHA-256 of the previous chain hash (32 bytes) and this digest."""
    return hashlib.sha256(bytes.fromhex(prev_hash) + content_digest).hexdigest()
