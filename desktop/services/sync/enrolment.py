"""Enrolment files (docs/sync-format.md §2): an installation's public keys,
signed by itself, trusted only once the fingerprint typed from the printed
slip equals the one computed from the file.

The self-signature shows the file is whole and was made by the holder of
the signing key; it does not show who that is. The typed fingerprint does.
"""

from __future__ import annotations

import base64
import binascii
import hmac
from dataclasses import dataclass
from pathlib import Path

from desktop.core.errors import VillageDeskError
from desktop.core.i18n import translate
from desktop.core.ids import is_id
from desktop.core.sync_errors import EnrolmentRefused
from desktop.core.sync_identity import (
    FINGERPRINT_DIGITS, canonical_json, fingerprint, is_aware_time, parse_json, typed_digits,
)
from desktop.services.files import written_atomically
from desktop.services.sync.keys import KEY_BYTES, SIGNATURE_BYTES, KeyPair, sign, verify

FORMAT = "villagedesk-enrolment"
VERSION = 1
MAX_BYTES = 64 * 1024
MAX_TEXT = 200
ROLES = ("township", "county")
FIELDS = ("format", "version", "installation_id", "role", "name", "unit", "signing_key", "encryption_key",
          "created_at", "signature")
UNIT_FIELDS = ("code", "name_zh", "name_bo", "level")


@dataclass(frozen=True)
class Enrolment:
    installation_id: str
    role: str
    name: str
    unit: dict
    signing_key: bytes
    encryption_key: bytes
    created_at: str
    fingerprint: str


def write_enrolment(path: Path, *, installation_id: str, role: str, name: str, unit: dict, keys: KeyPair,
                    created_at: str) -> Path:
    """Write this installation's enrolment file (atomically) and return its path."""
    path = Path(path)
    fields = {
        "format": FORMAT, "version": VERSION, "installation_id": installation_id, "role": role, "name": name,
        "unit": {key: unit.get(key) or "" for key in UNIT_FIELDS},
        "signing_key": _b64(keys.signing_public), "encryption_key": _b64(keys.encryption_public),
        "created_at": created_at,
    }
    fields["signature"] = _b64(sign(keys.signing_private, canonical_json(fields)))
    data = canonical_json(fields)
    try:
        _parse(data)  # never write a file the other side would refuse
    except EnrolmentRefused as e:
        raise ValueError(f"enrolment not valid: {e.message}") from None
    try:
        with written_atomically(path) as temp:
            temp.write_bytes(data)
    except OSError as e:
        raise VillageDeskError(translate("Sync", "The enrolment file could not be written to {path}: {reason}").format(
            path=path, reason=e.strerror or e)) from None
    return path


def read_enrolment(path: Path) -> Enrolment:
    """The enrolment in a file, whole and self-signed; EnrolmentRefused otherwise.
    Its fingerprint still has to be checked against the slip."""
    path = Path(path)
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_BYTES + 1)  # never more, whatever the file claims to be
    except OSError as e:
        raise EnrolmentRefused(translate("Sync", "The enrolment file {path} cannot be read: {reason}").format(
            path=path, reason=e.strerror or e)) from None
    if len(data) > MAX_BYTES:
        raise EnrolmentRefused(translate(
            "Sync", "{name} is larger than 64 KB, so it is not an enrolment file. Choose the .vdenrol file "
                    "exported by the other installation.").format(name=path.name))
    return _parse(data, path.name)


def check_fingerprint(enrolment: Enrolment, typed: str) -> None:
    """Refuse unless the typed digits are the file's fingerprint."""
    digits = typed_digits(typed)
    if len(digits) != FINGERPRINT_DIGITS:
        raise EnrolmentRefused(translate(
            "Sync", "The fingerprint has 40 digits; {count} were typed. Type all eight groups of five digits "
                    "from the enrolment slip.").format(count=len(digits)))
    if not hmac.compare_digest(digits.encode("ascii"), enrolment.fingerprint.encode("ascii")):
        raise EnrolmentRefused(translate(
            "Sync", "The fingerprint typed does not match this enrolment file. Check the digits against the slip "
                    "of {name}. If they are right, this file is not the one that installation made: do not "
                    "enrol it, and ask for the file again.").format(name=enrolment.name))


def _parse(data: bytes, name: str = "") -> Enrolment:
    try:
        doc = parse_json(data)
    except (ValueError, RecursionError):
        doc = None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise EnrolmentRefused(translate(
            "Sync", "{name} is not a VillageDesk enrolment file. Choose the .vdenrol file exported by the other "
                    "installation.").format(name=name))
    version = doc.get("version")
    if _is_int(version) and version > VERSION:
        raise EnrolmentRefused(translate(
            "Sync", "This enrolment file was made by a newer VillageDesk (format {version}). Update VillageDesk "
                    "on this computer, then import it again.").format(version=version))
    if version != VERSION or not _is_int(version):
        raise _damaged(translate("Sync", "its format version is not valid"))
    for key in FIELDS:
        if key not in doc:
            raise _damaged(translate("Sync", "the field {field} is missing").format(field=key))
    for key in doc:
        if key not in FIELDS:
            raise _damaged(translate("Sync", "it has an unknown field {field}").format(field=key))
    signing_key = _key(doc["signing_key"], KEY_BYTES, "signing_key")
    encryption_key = _key(doc["encryption_key"], KEY_BYTES, "encryption_key")
    signature = _key(doc["signature"], SIGNATURE_BYTES, "signature")
    signed = {k: v for k, v in doc.items() if k != "signature"}
    # Checked before the fields are believed: a changed name or key says
    # "changed after it was made", not some lesser complaint.
    if not verify(signing_key, signature, canonical_json(signed)):
        raise EnrolmentRefused(translate(
            "Sync", "The enrolment file was changed after it was made: its signature does not match its contents. "
                    "Do not enrol it; ask the other installation to export a new one."))
    installation_id, role, text, unit = doc["installation_id"], doc["role"], doc["name"], doc["unit"]
    if not isinstance(installation_id, str) or not is_id(installation_id):
        raise _damaged(translate("Sync", "the installation id is not valid"))
    if role not in ROLES:
        raise _damaged(translate("Sync", "the role is neither township nor county"))
    if not _text(text) or not text.strip():
        raise _damaged(translate("Sync", "the installation name is empty or too long"))
    if not isinstance(unit, dict) or sorted(unit) != sorted(UNIT_FIELDS) or not all(_text(v) for v in unit.values()):
        raise _damaged(translate("Sync", "the administrative unit is not valid"))
    if not is_aware_time(doc["created_at"]):
        raise _damaged(translate("Sync", "the creation time is not valid"))
    return Enrolment(installation_id=installation_id, role=role, name=text, unit=dict(unit),
                     signing_key=signing_key, encryption_key=encryption_key, created_at=doc["created_at"],
                     fingerprint=fingerprint(installation_id, signing_key, encryption_key))


def _damaged(what: str) -> EnrolmentRefused:
    return EnrolmentRefused(translate(
        "Sync", "The enrolment file is damaged ({what}). Ask the other installation to export a new one.").format(
        what=what))


def _key(value, size: int, field: str) -> bytes:
    raw = None
    if isinstance(value, str):
        try:
            raw = base64.b64decode(value.encode("ascii"), validate=True)
        except (binascii.Error, ValueError, UnicodeEncodeError):
            raw = None
    if raw is None or len(raw) != size or _b64(raw) != value:
        raise _damaged(translate("Sync", "the field {field} is not valid").format(field=field))
    return raw


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _text(value) -> bool:
    return isinstance(value, str) and len(value) <= MAX_TEXT


