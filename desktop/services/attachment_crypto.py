"""The encrypted attachment file format (a keyed `AttachmentStore`).

Two subkeys come from the database's 32-byte master key through HKDF-SHA256
(one `info` each): the name key and the content key. A file is stored under
HMAC-SHA256(name key, its SHA-256), so the folder does not tell which known
photo or document is in it, and the rows, which carry the SHA-256 (sync
needs it), still find it.

A file is the header `MAGIC` then its content in chunks of 1 MiB (the last
one shorter, or empty for an empty file), each `nonce (12) || AES-256-GCM
ciphertext and tag`. A chunk's additional data is the header, the file's
name, its index and whether it is the last: a chunk moved, dropped,
repeated, taken from another file or a file cut at a chunk boundary fails
its tag.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
from typing import BinaryIO, Iterable, Iterator

# `cryptography` is imported by a keyed store only: a plain database's start
# (and the window's) never loads it.

MAGIC = b"VDATTENC\x01"
CHUNK = 1 << 20
NONCE = 12
TAG = 16
RECORD = NONCE + CHUNK + TAG


class Unreadable(Exception):
    """The file is not an encrypted attachment of this key and name (damaged,
    cut short, swapped, or written under another key)."""


def _subkey(master: bytes, info: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(master)


class AttachmentCipher:
    def __init__(self, master: bytes) -> None:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        if len(master) != 32:
            raise ValueError("the master key is 32 bytes")
        self._invalid_tag = InvalidTag
        self._name_key = _subkey(master, b"villagedesk attachments: names")
        self._aead = AESGCM(_subkey(master, b"villagedesk attachments: content"))

    def name(self, sha256: str) -> str:
        """The stored name of the content whose SHA-256 is `sha256` (hex)."""
        return hmac.new(self._name_key, bytes.fromhex(sha256), hashlib.sha256).hexdigest()

    def _aad(self, name: str, index: int, last: bool) -> bytes:
        return MAGIC + bytes.fromhex(name) + struct.pack(">QB", index, last)

    def seal(self, blocks: Iterable[bytes], out: BinaryIO, name: str) -> None:
        """Write the header and the content of `blocks` (any sizes) to `out`."""
        out.write(MAGIC)
        index = 0
        pending = bytearray()
        for block in blocks:
            pending += block
            # Only more than a chunk is sure not to be the last one.
            while len(pending) > CHUNK:
                self._write(out, name, index, bytes(pending[:CHUNK]), last=False)
                del pending[:CHUNK]
                index += 1
        self._write(out, name, index, bytes(pending), last=True)

    def _write(self, out: BinaryIO, name: str, index: int, plain: bytes, *, last: bool) -> None:
        nonce = os.urandom(NONCE)
        out.write(nonce + self._aead.encrypt(nonce, plain, self._aad(name, index, last)))

    def open(self, source: BinaryIO, name: str) -> Iterator[bytes]:
        """The content of an encrypted file, chunk by chunk; raises Unreadable
        (possibly after some chunks: use them only once the last came)."""
        if source.read(len(MAGIC)) != MAGIC:
            raise Unreadable("not an encrypted attachment")
        record = source.read(RECORD)
        index = 0
        while True:
            following = source.read(RECORD) if len(record) == RECORD else b""
            last = not following
            if len(record) < NONCE + TAG:
                raise Unreadable("cut short")
            try:
                yield self._aead.decrypt(record[:NONCE], record[NONCE:], self._aad(name, index, last))
            except self._invalid_tag:
                raise Unreadable(f"chunk {index} fails its check") from None
            if last:
                return
            record = following
            index += 1

    def is_sealed(self, source: BinaryIO, name: str) -> bool:
        """Whether `source` is an encrypted file of this key stored as `name`:
        its header and first chunk check (a plain file that happens to begin
        with the header does not pass)."""
        try:
            next(self.open(source, name))
        except Unreadable:
            return False
        return True
