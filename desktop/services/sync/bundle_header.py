"""The bundle header (docs/sync-format.md §3 "Header"): parsed only after
its signature verified, then checked field by field, so the code after it
may index any field without a KeyError or a wrong type."""

from __future__ import annotations

import base64
import binascii
import re

from desktop.core.i18n import translate
from desktop.core.ids import is_id
from desktop.core.sync_errors import BundleRejected, Reason
from desktop.core.sync_identity import canonical_json, is_aware_time, key_id, parse_json

FORMAT = "villagedesk-bundle"
VERSION = 1
ALGORITHM = "X25519-HKDF-SHA256-AES-256-GCM"
MAX_HEADER = 65536
CHUNK_SIZE = 65536         # plaintext bytes per chunk
TAG_BYTES = 16
# The ZIP is at most 4 GB of contents plus its own records for 100,000 entries.
MAX_PLAINTEXT = 4 * 2**30 + 64 * 2**20
ROLES = ("township", "county")
TABLE_NAME = re.compile(r"[a-z_]{1,40}")
HEX64 = re.compile(r"[0-9a-f]{64}")
KEY_ID = re.compile(r"[0-9a-f]{16}")

FIELDS = {
    "format", "version", "bundle_id", "created_at", "app_version", "sender", "recipient", "sequence", "since",
    "previous_hash", "ack", "counts", "files", "payload", "encryption",
}
SENDER_FIELDS = {"installation_id", "role", "unit_code", "signing_key_id"}
RECIPIENT_FIELDS = {"installation_id", "encryption_key_id"}
ACK_FIELDS = {"sequence", "hash"}
PAYLOAD_FIELDS = {"length", "sha256", "chunk_size", "plaintext_length"}
ENCRYPTION_FIELDS = {"algorithm", "ephemeral_key"}


def chunk_count(plaintext_length: int, chunk_size: int) -> int:
    """Chunks of `chunk_size`; an empty plaintext is one empty chunk."""
    return max(1, -(-plaintext_length // chunk_size))


def payload_length(plaintext_length: int, chunk_size: int) -> int:
    """Bytes of the encrypted payload: each chunk gains its length field and tag."""
    return plaintext_length + chunk_count(plaintext_length, chunk_size) * (4 + TAG_BYTES)


def parse_header(raw: bytes) -> dict:
    try:
        header = parse_json(raw)
    except (ValueError, RecursionError):
        raise bad_header(translate("Sync", "it is not JSON")) from None
    if not isinstance(header, dict):
        raise bad_header(translate("Sync", "it is not a JSON object"))
    # One encoding only: what was signed is exactly what is read.
    if canonical_json(header) != raw:
        raise bad_header(translate("Sync", "it is not in canonical form"))
    return header


def check_header(header: dict, *, sender_id: str, signing_public: bytes, recipient_id: str,
                 recipient_encryption_public: bytes) -> None:
    """Step 3: fields and types, sender, recipient and our key. BundleRejected."""
    if header.get("format") != FORMAT:
        raise bad_header(translate("Sync", "it is not a bundle header"))
    version = header.get("version")
    if _is_int(version) and version > VERSION:
        raise BundleRejected(Reason.NEWER_VERSION, translate(
            "Sync", "This bundle was made by a newer VillageDesk (format {version}). Update VillageDesk on this "
                    "computer, then import it again.").format(version=version))
    if version != VERSION or not _is_int(version):
        raise bad_header(translate("Sync", "its version is not valid"))
    _fields(header, FIELDS, "")
    if not isinstance(header["bundle_id"], str) or not is_id(header["bundle_id"]):
        raise bad_header(translate("Sync", "bundle_id is not an id"))
    if not is_aware_time(header["created_at"]):
        raise bad_header(translate("Sync", "created_at is not a time"))
    if not _text(header["app_version"], 40):
        raise bad_header(translate("Sync", "app_version is not valid"))
    _check_sender(header["sender"], sender_id, signing_public)
    _check_numbers(header)
    _check_payload(header["payload"], header["encryption"])
    _check_recipient(header["recipient"], recipient_id, recipient_encryption_public)


def _check_sender(sender, sender_id: str, signing_public: bytes) -> None:
    _fields(sender, SENDER_FIELDS, "sender.")
    if sender["installation_id"] != sender_id:
        raise bad_header(translate("Sync", "it names another sender than the file"))
    if sender["role"] not in ROLES:
        raise bad_header(translate("Sync", "sender.role is neither township nor county"))
    if not _text(sender["unit_code"], 40):
        raise bad_header(translate("Sync", "sender.unit_code is not valid"))
    if sender["signing_key_id"] != key_id(signing_public):
        raise bad_header(translate("Sync", "sender.signing_key_id is not the key that signed it"))


def _check_numbers(header: dict) -> None:
    sequence, since, ack = header["sequence"], header["since"], header["ack"]
    if not _is_int(sequence) or sequence < 1:
        raise bad_header(translate("Sync", "sequence is not a number from 1"))
    if not _is_int(since) or not 0 <= since < sequence:
        raise bad_header(translate("Sync", "since is not a number below sequence"))
    if not _is_hash_or_empty(header["previous_hash"]):
        raise bad_header(translate("Sync", "previous_hash is not valid"))
    _fields(ack, ACK_FIELDS, "ack.")
    if not _is_int(ack["sequence"]) or ack["sequence"] < 0 or not _is_hash_or_empty(ack["hash"]) \
            or (ack["sequence"] == 0) != (ack["hash"] == ""):
        raise bad_header(translate("Sync", "ack is not valid"))
    counts = header["counts"]
    if not isinstance(counts, dict) or not all(
            TABLE_NAME.fullmatch(t) and _is_int(n) and n >= 0 for t, n in counts.items()):
        raise bad_header(translate("Sync", "counts is not valid"))
    if not _is_int(header["files"]) or header["files"] < 0:
        raise bad_header(translate("Sync", "files is not valid"))


def _check_payload(payload, encryption) -> None:
    _fields(payload, PAYLOAD_FIELDS, "payload.")
    size, chunk_size = payload["plaintext_length"], payload["chunk_size"]
    if not _is_int(chunk_size) or not 1 <= chunk_size <= CHUNK_SIZE or not _is_int(size) or size < 0:
        raise bad_header(translate("Sync", "payload sizes are not valid"))
    if size > MAX_PLAINTEXT:
        raise BundleRejected(Reason.TOO_LARGE, translate(
            "Sync", "The bundle's contents are {size} MB, more than the format allows ({limit} MB).").format(
            size=size // 2**20, limit=MAX_PLAINTEXT // 2**20))
    if payload["length"] != payload_length(size, chunk_size) or not _is_int(payload["length"]):
        raise bad_header(translate("Sync", "payload.length does not fit plaintext_length"))
    if not isinstance(payload["sha256"], str) or not HEX64.fullmatch(payload["sha256"]):
        raise bad_header(translate("Sync", "payload.sha256 is not valid"))
    _fields(encryption, ENCRYPTION_FIELDS, "encryption.")
    if encryption["algorithm"] != ALGORITHM:
        raise bad_header(translate("Sync", "encryption.algorithm is not {algorithm}").format(algorithm=ALGORITHM))
    if b64_key(encryption["ephemeral_key"]) is None:
        raise bad_header(translate("Sync", "encryption.ephemeral_key is not a key"))


def _check_recipient(recipient, recipient_id: str, recipient_encryption_public: bytes) -> None:
    _fields(recipient, RECIPIENT_FIELDS, "recipient.")
    if not isinstance(recipient["installation_id"], str) or not is_id(recipient["installation_id"]):
        raise bad_header(translate("Sync", "recipient.installation_id is not an id"))
    if not isinstance(recipient["encryption_key_id"], str) or not KEY_ID.fullmatch(recipient["encryption_key_id"]):
        raise bad_header(translate("Sync", "recipient.encryption_key_id is not valid"))
    if recipient["installation_id"] != recipient_id:
        raise BundleRejected(Reason.WRONG_RECIPIENT, translate(
            "Sync", "This bundle was made for another installation ({id}), not for this one ({ours}). Import it on "
                    "the computer it was made for.").format(id=recipient["installation_id"], ours=recipient_id))
    ours = key_id(recipient_encryption_public)
    if recipient["encryption_key_id"] != ours:
        raise BundleRejected(Reason.WRONG_RECIPIENT, translate(
            "Sync", "This bundle was encrypted to another key of this installation (key {theirs}; this installation's "
                    "key is {ours}). The sender must enrol this installation again from its current enrolment file, "
                    "then export a new bundle.").format(theirs=recipient["encryption_key_id"], ours=ours))


def bad_header(what: str) -> BundleRejected:
    return BundleRejected(Reason.BAD_HEADER, translate(
        "Sync", "The bundle's header is not valid ({what}). It was signed by the sender, so their VillageDesk made "
                "a faulty bundle: ask them to update VillageDesk and export again.").format(what=what))


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def b64_key(value) -> bytes | None:
    """A 32-byte key from its canonical base64 text, else None."""
    if not isinstance(value, str):
        return None
    try:
        raw = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        return None
    return raw if len(raw) == 32 and b64(raw) == value else None


def _fields(value, names: set[str], where: str) -> None:
    if not isinstance(value, dict):
        raise bad_header(translate("Sync", "{field} is not an object").format(field=where.rstrip(".") or "header"))
    for name in sorted(names - value.keys()):
        raise bad_header(translate("Sync", "the field {field} is missing").format(field=where + name))
    for name in sorted(value.keys() - names):
        raise bad_header(translate("Sync", "it has an unknown field {field}").format(field=where + name))


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _text(value, limit: int) -> bool:
    return isinstance(value, str) and len(value) <= limit


def _is_hash_or_empty(value) -> bool:
    return isinstance(value, str) and (value == "" or HEX64.fullmatch(value) is not None)


