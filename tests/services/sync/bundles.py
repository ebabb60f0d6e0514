"""Bundles for the tests, made two ways: through `container.write_bundle`,
and by `craft`, a second implementation written from docs/sync-format.md
alone that can also break any rule on purpose."""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.core.sync_identity import canonical_json, key_id
from desktop.services.sync.container import write_bundle
from desktop.services.sync.keys import KeyPair, generate_keys, sign


@dataclass(frozen=True)
class Party:
    installation_id: str
    keys: KeyPair
    role: str = "township"


def party(n: int, role: str = "township") -> Party:
    return Party(f"01928c4e-7b1a-7c3d-8e4f-{n:012d}", generate_keys(), role)


def header_for(sender: Party, recipient: Party, **changes) -> dict:
    """A header without payload and encryption, as write_bundle takes it."""
    return {
        "format": "villagedesk-bundle", "version": 1, "bundle_id": str(uuid.uuid4()),
        "created_at": "2026-11-24T08:00:00+00:00", "app_version": "0.2.0",
        "sender": {"installation_id": sender.installation_id, "role": sender.role, "unit_code": "540121100",
                   "signing_key_id": key_id(sender.keys.signing_public)},
        "recipient": {"installation_id": recipient.installation_id,
                      "encryption_key_id": key_id(recipient.keys.encryption_public)},
        "sequence": 1, "since": 0, "previous_hash": "", "ack": {"sequence": 0, "hash": ""},
        "counts": {"village": 2}, "files": 0, **changes,
    }


def write(path: Path, sender: Party, recipient: Party, plaintext: bytes, **changes):
    source = path.with_name(path.name + ".plain")
    source.write_bytes(plaintext)
    try:
        return write_bundle(path, header_for(sender, recipient, **changes), source,
                            signing_private=sender.keys.signing_private,
                            recipient_encryption_public=recipient.keys.encryption_public)
    finally:
        source.unlink()


def key_of(*parties: Party):
    """The signing_key_of callback for a set of enrolled parties."""
    known = {p.installation_id: p.keys.signing_public for p in parties}
    return lambda sender: known.get(sender)


def craft(sender: Party, recipient: Party, plaintext: bytes, *, chunk_size: int = 65536, header: dict | None = None,
          raw_header: bytes | None = None, edit=None, signer: KeyPair | None = None, version: int = 1,
          finals=None, plain_sha: str | None = None, ephemeral: X25519PrivateKey | None = None,
          prefix_sender: str | None = None) -> bytes:
    """A bundle built by the letter of the format; each keyword breaks one thing.
    `edit(header)` changes the full header before it is signed."""
    ephemeral = ephemeral or X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    recipient_public = recipient.keys.encryption_public
    count = max(1, -(-len(plaintext) // chunk_size))
    full = dict(header or header_for(sender, recipient))
    full["payload"] = {"length": len(plaintext) + count * 20, "sha256": plain_sha or hashlib.sha256(plaintext).hexdigest(),
                       "chunk_size": chunk_size, "plaintext_length": len(plaintext)}
    full["encryption"] = {"algorithm": "X25519-HKDF-SHA256-AES-256-GCM",
                          "ephemeral_key": base64.b64encode(ephemeral_public).decode()}
    if edit:
        edit(full)
    raw = raw_header if raw_header is not None else canonical_json(full)
    sender_bytes = uuid.UUID(prefix_sender or sender.installation_id).bytes
    prefix = b"VDBUNDLE" + bytes([version]) + sender_bytes + len(raw).to_bytes(4, "big")
    signature = sign((signer or sender.keys).signing_private, prefix + raw)
    head = prefix + raw + signature
    bundle_hash = hashlib.sha256(head).digest()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    info = (b"VillageDesk bundle 1" + uuid.UUID(sender.installation_id).bytes
            + uuid.UUID(recipient.installation_id).bytes)
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral_public + recipient_public, info=info).derive(shared)
    aead = AESGCM(key)
    chunks = []
    for i in range(count):
        final = (i == count - 1) if finals is None else finals[i]
        nonce = i.to_bytes(8, "big") + b"\0\0\0" + bytes([1 if final else 0])
        sealed = aead.encrypt(nonce, plaintext[i * chunk_size:(i + 1) * chunk_size], bundle_hash)
        chunks.append(len(sealed).to_bytes(4, "big") + sealed)
    return head + b"".join(chunks)


def open_by_the_letter(data: bytes, recipient: Party) -> bytes:
    """Decrypt a bundle following only the document: the plaintext."""
    length = int.from_bytes(data[25:29], "big")
    head = data[:93 + length]
    header = json.loads(data[29:29 + length])
    ephemeral_public = base64.b64decode(header["encryption"]["ephemeral_key"])
    private = X25519PrivateKey.from_private_bytes(recipient.keys.encryption_private)
    shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    info = (b"VillageDesk bundle 1" + data[9:25] + uuid.UUID(header["recipient"]["installation_id"]).bytes)
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral_public + recipient.keys.encryption_public,
               info=info).derive(shared)
    aead = AESGCM(key)
    bundle_hash = hashlib.sha256(head).digest()
    at, i, out = len(head), 0, []
    while at < len(data):
        size = int.from_bytes(data[at:at + 4], "big")
        final = at + 4 + size == len(data)
        out.append(aead.decrypt(i.to_bytes(8, "big") + b"\0\0\0" + bytes([final]), data[at + 4:at + 4 + size],
                                bundle_hash))
        at, i = at + 4 + size, i + 1
    return b"".join(out)
