"""The bundle file (docs/sync-format.md §3, §7): a signed header and an
encrypted payload, read and written chunk by chunk so memory stays bounded
whatever the file's size.

`payload.sha256` in the header is the SHA-256 of the plaintext (the ZIP),
`payload.length` the byte count of the encrypted chunks with their length
fields. A hash of the ciphertext cannot be in the header: the chunks are
encrypted with the bundle hash (which covers the header) as associated data.
The signed plaintext hash commits the header to the payload all the same.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.core.i18n import translate
from desktop.core.progress import NO_PROGRESS, Progress
from desktop.core.sync_errors import BundleRejected, Reason
from desktop.core.sync_identity import canonical_json
from desktop.services.sync.bundle_header import (
    ALGORITHM, CHUNK_SIZE, MAX_HEADER, TAG_BYTES, check_header, chunk_count, parse_header, payload_length, b64,
    b64_key)
from desktop.services.sync.keys import SIGNATURE_BYTES, sign, verify

MAGIC = b"VDBUNDLE"
CONTAINER_VERSION = 1
PREFIX_BYTES = 29          # magic, version, sender id, header length
LENGTH_BYTES = 4           # before each chunk
HKDF_INFO = b"VillageDesk bundle 1"
_READ = 1 << 16


@dataclass(frozen=True)
class VerifiedHeader:
    header: dict
    sender_id: str
    bundle_hash: bytes     # SHA-256 of bytes 0 .. payload_offset-1
    payload_offset: int
    file_size: int


# -- reading ------------------------------------------------------------------

def read_header(path: Path, *, signing_key_of: Callable[[str], bytes], recipient_id: str,
                recipient_encryption_public: bytes) -> VerifiedHeader:
    """Steps 1-3 of the reading order: prefix, signature, then the header.

    `signing_key_of(sender_id)` returns the enrolled sender's public signing
    key, or raises BundleRejected for an unknown or revoked sender (None is
    taken as unknown). Nothing is parsed before the signature verifies.
    """
    path = Path(path)
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            prefix = f.read(PREFIX_BYTES)
            header_length = _check_prefix(prefix, path)
            rest = f.read(header_length + SIGNATURE_BYTES)
    except OSError as e:
        raise _unreadable(path, e) from None
    if len(rest) < header_length + SIGNATURE_BYTES:
        raise _truncated(path, PREFIX_BYTES + len(rest), PREFIX_BYTES + header_length + SIGNATURE_BYTES)
    sender_id = str(uuid.UUID(bytes=prefix[9:25]))
    public = signing_key_of(sender_id)
    if not public:
        raise BundleRejected(Reason.UNKNOWN_SENDER, translate(
            "Sync", "This bundle comes from an installation that is not enrolled here ({id}). Enrol it first with "
                    "its enrolment file and the fingerprint from its slip, then import the bundle again.").format(
            id=sender_id))
    raw, signature = rest[:header_length], rest[header_length:]
    if not verify(public, signature, prefix + raw):
        raise BundleRejected(Reason.BAD_SIGNATURE, translate(
            "Sync", "The bundle {name} was changed or damaged after it was signed: its signature does not verify "
                    "with the key of {id}, the installation it claims to come from. Nothing was read from it. Copy "
                    "it again from the sending computer, or ask for a new bundle.").format(
            name=path.name, id=sender_id))
    header = parse_header(raw)
    check_header(header, sender_id=sender_id, signing_public=public, recipient_id=recipient_id,
                 recipient_encryption_public=recipient_encryption_public)
    return VerifiedHeader(header=header, sender_id=sender_id, bundle_hash=hashlib.sha256(prefix + rest).digest(),
                          payload_offset=PREFIX_BYTES + header_length + SIGNATURE_BYTES, file_size=size)


def _check_prefix(prefix: bytes, path: Path) -> int:
    """Step 1: magic, container version, header length. Returns the length."""
    if prefix[:len(MAGIC)] != MAGIC[:len(prefix)]:  # a short file may still be the start of a bundle
        raise BundleRejected(Reason.NOT_A_BUNDLE, translate(
            "Sync", "{name} is not a VillageDesk bundle. Choose a .vdbundle file exported by VillageDesk.").format(
            name=path.name))
    if len(prefix) > len(MAGIC):
        version = prefix[len(MAGIC)]
        if version > CONTAINER_VERSION:
            raise BundleRejected(Reason.NEWER_VERSION, translate(
                "Sync", "This bundle was made by a newer VillageDesk (format {version}). Update VillageDesk on "
                        "this computer, then import it again.").format(version=version))
        if version != CONTAINER_VERSION:
            raise BundleRejected(Reason.NOT_A_BUNDLE, translate(
                "Sync", "{name} is not a bundle of any VillageDesk version (its format number is {version}). "
                        "Choose a .vdbundle file exported by VillageDesk.").format(
                name=path.name, version=version))
    if len(prefix) < PREFIX_BYTES:
        raise _truncated(path, len(prefix), PREFIX_BYTES)
    header_length = int.from_bytes(prefix[25:29], "big")
    if not 1 <= header_length <= MAX_HEADER:
        raise BundleRejected(Reason.BAD_HEADER, translate(
            "Sync", "The bundle {name} is damaged: its header length ({length} bytes) is outside the format's "
                    "limits. Copy it again from the sending computer, or ask for a new bundle.").format(
            name=path.name, length=header_length))
    return header_length


def decrypt_payload(path: Path, verified: VerifiedHeader, *, encryption_private: bytes, out_path: Path,
                    progress: Progress = NO_PROGRESS) -> None:
    """Step 5: decrypt the payload chunk by chunk into `out_path`, checking
    its length and hash, every chunk, the final flag and that nothing
    follows. On any error `out_path` is removed."""
    path, out_path = Path(path), Path(out_path)
    payload = verified.header["payload"]
    plaintext_length, chunk_size = payload["plaintext_length"], payload["chunk_size"]
    count = chunk_count(plaintext_length, chunk_size)
    try:
        out = open(out_path, "wb")
    except OSError as e:
        raise _no_space(out_path.parent, e) from None
    try:
        with out, open(path, "rb") as f:
            head = f.read(verified.payload_offset)
            if hashlib.sha256(head).digest() != verified.bundle_hash:
                raise _damaged(path, translate("Sync", "the file changed after it was checked"))
            present = os.fstat(f.fileno()).st_size - verified.payload_offset
            if present < payload["length"]:
                raise _damaged(path, translate(
                    "Sync", "it ends {missing} bytes early, so it was probably not copied completely").format(
                    missing=payload["length"] - present))
            if present > payload["length"]:
                raise _damaged(path, translate("Sync", "{extra} bytes follow the end of the payload").format(
                    extra=present - payload["length"]))
            own = X25519PrivateKey.from_private_bytes(encryption_private)
            ephemeral_public = b64_key(verified.header["encryption"]["ephemeral_key"])
            aead = _aead(own, ephemeral_public, ephemeral_public=ephemeral_public,
                         recipient_public=own.public_key().public_bytes_raw(), header=verified.header, path=path)
            digest = hashlib.sha256()
            done = 0
            for index in range(count):
                progress.step(done, plaintext_length)
                length = min(chunk_size, plaintext_length - done) + TAG_BYTES
                field = f.read(LENGTH_BYTES)
                chunk = f.read(length) if field == length.to_bytes(LENGTH_BYTES, "big") else b""
                if len(chunk) != length:
                    raise _damaged(path, translate("Sync", "part {index} of {count} has the wrong length").format(
                        index=index + 1, count=count))
                plain = _open_chunk(aead, index, index == count - 1, chunk, verified.bundle_hash, count, path)
                digest.update(plain)
                try:
                    out.write(plain)
                except OSError as e:
                    raise _no_space(out_path.parent, e) from None
                done += len(plain)
            if f.read(1):
                raise _damaged(path, translate("Sync", "bytes follow the last part"))
            if digest.hexdigest() != payload["sha256"]:
                raise _damaged(path, translate("Sync", "the decrypted contents do not match the signed hash"))
            try:
                out.flush()
            except OSError as e:
                raise _no_space(out_path.parent, e) from None
        progress.step(plaintext_length, plaintext_length)
    except OSError as e:
        _remove(out_path)
        raise _unreadable(path, e) from None
    except BaseException:
        _remove(out_path)
        raise


def _open_chunk(aead: AESGCM, index: int, final: bool, chunk: bytes, bundle_hash: bytes, count: int,
                path: Path) -> bytes:
    try:
        return aead.decrypt(_nonce(index, final), chunk, bundle_hash)
    except InvalidTag:
        pass
    # Only to say what is wrong: the last part that decrypts as a middle one
    # means the bundle was cut after it (or parts were dropped).
    if final:
        with contextlib.suppress(InvalidTag):
            aead.decrypt(_nonce(index, False), chunk, bundle_hash)
            raise _damaged(path, translate("Sync", "it was cut off after part {index}").format(index=index + 1))
    raise _damaged(path, translate("Sync", "part {index} of {count} does not decrypt").format(
        index=index + 1, count=count))


# -- writing ------------------------------------------------------------------

def write_bundle(out_path: Path, header: dict, plaintext_path: Path, *, signing_private: bytes,
                 recipient_encryption_public: bytes, progress: Progress = NO_PROGRESS) -> VerifiedHeader:
    """Sign and encrypt the payload at `plaintext_path` into a bundle at
    `out_path` (§7): under a temporary name in the same folder, fsynced,
    renamed, the folder fsynced, then read back and verified. On a cancel
    or an I/O error neither the temporary file nor `out_path` is left."""
    out_path, plaintext_path = Path(out_path), Path(plaintext_path)
    if "payload" in header or "encryption" in header:
        raise ValueError("write_bundle fills in payload and encryption itself")
    folder = out_path.parent
    signing_public = Ed25519PrivateKey.from_private_bytes(signing_private).public_key().public_bytes_raw()
    ephemeral = X25519PrivateKey.generate()
    try:
        plaintext_length = plaintext_path.stat().st_size
        plain_sha = _sha256_of(plaintext_path, progress, plaintext_length)
    except OSError as e:
        raise _no_space(folder, e) from None
    full = {**header,
            "payload": {"length": payload_length(plaintext_length, CHUNK_SIZE), "sha256": plain_sha,
                        "chunk_size": CHUNK_SIZE, "plaintext_length": plaintext_length},
            "encryption": {"algorithm": ALGORITHM, "ephemeral_key": b64(ephemeral.public_key().public_bytes_raw())}}
    try:  # never write a bundle the recipient would refuse
        sender_id, recipient_id = full["sender"]["installation_id"], full["recipient"]["installation_id"]
        check_header(parse_header(canonical_json(full)), sender_id=sender_id, signing_public=signing_public,
                     recipient_id=recipient_id, recipient_encryption_public=recipient_encryption_public)
    except (BundleRejected, KeyError, TypeError) as e:
        raise ValueError(f"bundle header not valid: {getattr(e, 'message', e)!s}") from None
    raw = canonical_json(full)
    prefix = MAGIC + bytes([CONTAINER_VERSION]) + uuid.UUID(sender_id).bytes + len(raw).to_bytes(4, "big")
    head = prefix + raw + sign(signing_private, prefix + raw)
    bundle_hash = hashlib.sha256(head).digest()
    aead = _aead(ephemeral, recipient_encryption_public, ephemeral_public=ephemeral.public_key().public_bytes_raw(),
                 recipient_public=recipient_encryption_public, header=full, path=out_path)
    # Hidden and not ending in .vdbundle: a leftover is never taken for a bundle.
    temp = folder / f".{out_path.name}.{os.getpid()}.tmp"
    placed = False
    try:
        written = hashlib.sha256()
        with open(temp, "wb") as out, open(plaintext_path, "rb") as src:
            out.write(head)
            count = chunk_count(plaintext_length, CHUNK_SIZE)
            for index in range(count):
                progress.step(plaintext_length + index * CHUNK_SIZE, 3 * plaintext_length)
                plain = src.read(CHUNK_SIZE)
                if len(plain) != min(CHUNK_SIZE, plaintext_length - index * CHUNK_SIZE):
                    raise RuntimeError("the payload changed while it was being encrypted")
                sealed = aead.encrypt(_nonce(index, index == count - 1), plain, bundle_hash)
                record = len(sealed).to_bytes(LENGTH_BYTES, "big") + sealed
                written.update(record)
                out.write(record)
            if src.read(1):
                raise RuntimeError("the payload changed while it was being encrypted")
            out.flush()
            os.fsync(out.fileno())
            _drop_cache(out)
        os.replace(temp, out_path)
        placed = True
        _fsync_folder(folder)
        verified = _read_back(out_path, bundle_hash, written.digest(), signing_public, full, sender_id,
                              recipient_encryption_public, progress, plaintext_length)
    except OSError as e:
        _remove(temp)
        if placed:
            _remove(out_path)
        raise _no_space(folder, e) from None
    except BaseException:
        _remove(temp)
        if placed:
            _remove(out_path)
        raise
    return verified


def _read_back(path: Path, bundle_hash: bytes, payload_sha: bytes, signing_public: bytes, header: dict,
               sender_id: str, recipient_public: bytes, progress: Progress, plaintext_length: int) -> VerifiedHeader:
    """What is on the disk now: its signature, header and payload bytes."""
    try:
        verified = read_header(path, signing_key_of=lambda sender: signing_public if sender == sender_id else None,
                               recipient_id=header["recipient"]["installation_id"],
                               recipient_encryption_public=recipient_public)
        good = verified.bundle_hash == bundle_hash and verified.header == header
    except BundleRejected:
        good = False
    if good:
        digest = hashlib.sha256()
        done = 0
        with open(path, "rb") as f:
            f.seek(verified.payload_offset)
            while block := f.read(_READ):
                progress.step(2 * plaintext_length + min(done, plaintext_length), 3 * plaintext_length)
                digest.update(block)
                done += len(block)
        good = digest.digest() == payload_sha and verified.file_size == verified.payload_offset + header["payload"]["length"]
    if not good:
        raise BundleRejected(Reason.NO_SPACE, translate(
            "Sync", "The bundle written to {folder} does not read back as it was written: the disk or USB stick "
                    "may be faulty. Nothing was recorded as sent. Try another USB stick, then export again.").format(
            folder=path.parent))
    return verified


# -- shared -------------------------------------------------------------------

def _aead(private: X25519PrivateKey, public: bytes, *, ephemeral_public: bytes, recipient_public: bytes,
          header: dict, path: Path) -> AESGCM:
    """The bundle's AES-256-GCM key: X25519 then HKDF-SHA256 as in §3. The
    sender holds the ephemeral private key, the recipient its own."""
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(public))
    except ValueError:  # a low-order point: no shared secret
        raise _damaged(path, translate("Sync", "its encryption key is not usable")) from None
    info = (HKDF_INFO + uuid.UUID(header["sender"]["installation_id"]).bytes
            + uuid.UUID(header["recipient"]["installation_id"]).bytes)
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral_public + recipient_public, info=info).derive(shared)
    return AESGCM(key)


def _nonce(index: int, final: bool) -> bytes:
    return index.to_bytes(8, "big") + b"\0\0\0" + (b"\1" if final else b"\0")


def _sha256_of(path: Path, progress: Progress, total: int) -> str:
    digest = hashlib.sha256()
    done = 0
    with open(path, "rb") as f:
        while block := f.read(_READ):
            progress.step(done, 3 * total)
            digest.update(block)
            done += len(block)
    return digest.hexdigest()


def _drop_cache(f) -> None:
    """Let the read-back come from the stick, not from the page cache."""
    if hasattr(os, "posix_fadvise"):
        with contextlib.suppress(OSError):
            os.posix_fadvise(f.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable. Windows cannot open a folder for this,
    and some file systems (FAT on sticks, network shares) refuse it."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as e:
        if e.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _truncated(path: Path, size: int, needed: int) -> BundleRejected:
    return BundleRejected(Reason.TRUNCATED, translate(
        "Sync", "The bundle {name} ends early ({size} bytes where its header needs at least {needed}). It was "
                "probably not copied completely: copy it again from the sending computer.").format(
        name=path.name, size=size, needed=needed))


def _damaged(path: Path, what: str) -> BundleRejected:
    return BundleRejected(Reason.DAMAGED_PAYLOAD, translate(
        "Sync", "The contents of the bundle {name} are damaged ({what}). Nothing was imported. Copy it again from "
                "the sending computer, or ask for a new bundle.").format(name=path.name, what=what))


def _unreadable(path: Path, e: OSError) -> BundleRejected:
    return BundleRejected(Reason.UNREADABLE, translate(
        "Sync", "The bundle {path} cannot be read: {reason}. If it is on a USB stick, check that the stick is "
                "in, then try again.").format(path=path, reason=e.strerror or e))


def _no_space(folder: Path, e: OSError) -> BundleRejected:
    return BundleRejected(Reason.NO_SPACE, translate(
        "Sync", "Writing to {folder} failed: {reason}. The disk or USB stick may be full or was removed. Make room "
                "or put the stick back, then try again.").format(
        folder=folder, reason=e.strerror or e))
