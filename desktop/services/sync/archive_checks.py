"""The payload archive's safety rules (docs/sync-format.md §3 "Payload").

zipfile is used only to list the central directory, and only after its
size is bounded here; every entry is then read by `EntryStream`, which
inflates it itself so that sizes are enforced as the bytes come, not
trusted from the directory. Memory stays bounded whatever the archive says.
"""

from __future__ import annotations

import re
import stat
import struct
import zipfile
import zlib
from typing import BinaryIO

from desktop.core.i18n import translate
from desktop.core.sync_identity import is_aware_time
from desktop.core.ids import is_id
from desktop.core.sync_errors import BundleRejected, Reason

FORMAT = "villagedesk-payload"
VERSION = 2                 # 2 adds the audit head and links (docs/sync-format.md §3); 1 is still read
VERSIONS = (1, 2)
MANIFEST = "manifest.json"
AUDIT_LINKS = "audit/links.jsonl"
MAX_LINK_LINE = 200         # [seq, "<64 hex>", "<64 hex>"] and a newline
RECORDS = re.compile(r"records/([a-z_]{1,40})\.jsonl")
FILES = re.compile(r"files/([0-9a-f]{64})")
TABLE_NAME = re.compile(r"[a-z_]{1,40}")
HEX64 = re.compile(r"[0-9a-f]{64}")
MB = 2**20
MAX_ENTRIES = 100_000
MAX_TOTAL = 4 * 2**30
MAX_MANIFEST = MB
MAX_LINE = MB
MAX_FILE = 200 * MB
MAX_RATIO = 200            # on entries over RATIO_FROM
RATIO_FROM = MB
# Our directory records are ~150 bytes (a name of at most 70 and a zip64
# extra); anything much larger is not ours and would cost memory to list.
MAX_DIRECTORY = MAX_ENTRIES * 256
BLOCK = 1 << 16
_LOCAL_HEADER = 30

MANIFEST_FIELDS = {"format", "version", "bundle_id", "tables", "files", "revocations"}
TABLE_FIELDS = {"name", "file", "rows", "sha256"}
FILE_FIELDS = {"sha256", "size"}
REVOCATION_FIELDS = {"installation_id", "fingerprint", "revoked_at", "reason"}
AUDIT_FIELDS = {"seq", "hash", "since", "links", "sha256"}


def bad_archive(what: str) -> BundleRejected:
    return BundleRejected(Reason.BAD_ARCHIVE, translate(
        "Sync", "The bundle's contents are not a safe archive: {what}. Nothing was imported; ask the sender for a "
                "new bundle.").format(what=what))


def too_large(what: str) -> BundleRejected:
    return BundleRejected(Reason.TOO_LARGE, translate(
        "Sync", "The bundle goes beyond the limits of the format: {what}.").format(what=what))


def shown(name: str) -> str:
    """An entry name fit for a message: escaped and cut short."""
    text = ascii(name)[1:-1]
    return text if len(text) <= 80 else text[:77] + "..."


def check_directory_size(f: BinaryIO) -> None:
    """Bound the central directory before zipfile reads it into memory.

    Mirrors how zipfile finds it: the end record in the last 22 bytes (our
    archives have no comment), and the zip64 one before it when its locator
    is there."""
    f.seek(0, 2)
    size = f.tell()
    if size < 22:
        raise bad_archive(translate("Sync", "it is not a ZIP archive"))
    f.seek(size - 22)
    end = f.read(22)
    if end[:4] != b"PK\x05\x06" or end[20:22] != b"\0\0":
        raise bad_archive(translate("Sync", "it is not a ZIP archive, or one with a comment"))
    entries, directory = struct.unpack("<H", end[10:12])[0], struct.unpack("<I", end[12:16])[0]
    if size >= 22 + 20 + 56:
        f.seek(size - 42)
        if f.read(4) == b"PK\x06\x07":
            f.seek(size - 98)
            record = f.read(56)
            if record[:4] == b"PK\x06\x06":
                entries, directory = struct.unpack("<QQ", record[32:48])
    if entries > MAX_ENTRIES:
        raise too_large(translate("Sync", "it has {count} entries, more than 100,000").format(count=entries))
    if directory > MAX_DIRECTORY:
        raise too_large(translate("Sync", "its table of contents is {size} bytes, far more than 100,000 entries need").format(size=directory))


def check_entries(infos: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
    """Every entry's name, kind and sizes; the entries by name."""
    if len(infos) > MAX_ENTRIES:
        raise too_large(translate("Sync", "it has {count} entries, more than 100,000").format(count=len(infos)))
    entries: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.orig_filename  # zipfile cuts names at a NUL; the raw name is checked
        _check_name(info, name)
        if name in entries:
            raise bad_archive(translate("Sync", "the name {name} appears twice").format(name=shown(name)))
        if info.flag_bits & 0x1:
            raise bad_archive(translate("Sync", "the entry {name} is encrypted").format(name=shown(name)))
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise bad_archive(translate("Sync", "the entry {name} is compressed with an unsupported method").format(
                name=shown(name)))
        if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
            raise bad_archive(translate("Sync", "the stored entry {name} has two different sizes").format(
                name=shown(name)))
        _check_size(info, name)
        total += info.file_size
        if total > MAX_TOTAL:
            raise too_large(translate("Sync", "its entries hold more than 4 GB in all"))
        entries[name] = info
    _check_no_overlap(infos)
    return entries


def _check_name(info: zipfile.ZipInfo, name: str) -> None:
    where = shown(name)
    if "\\" in name:
        raise bad_archive(translate("Sync", "the name {name} contains a backslash").format(name=where))
    if name.startswith("/"):
        raise bad_archive(translate("Sync", "the name {name} is an absolute path").format(name=where))
    if re.match(r"[A-Za-z]:", name):
        raise bad_archive(translate("Sync", "the name {name} starts with a drive letter").format(name=where))
    if ".." in name.split("/"):
        raise bad_archive(translate("Sync", "the name {name} leads out of its folder (..)").format(name=where))
    if name.endswith("/") or info.external_attr & 0x10:
        raise bad_archive(translate("Sync", "the entry {name} is a directory").format(name=where))
    kind = stat.S_IFMT(info.external_attr >> 16)
    if kind == stat.S_IFLNK:
        raise bad_archive(translate("Sync", "the entry {name} is a symbolic link").format(name=where))
    if kind not in (0, stat.S_IFREG):
        raise bad_archive(translate("Sync", "the entry {name} is a special file").format(name=where))
    if name not in (MANIFEST, AUDIT_LINKS) and not RECORDS.fullmatch(name) and not FILES.fullmatch(name):
        raise bad_archive(translate("Sync", "the name {name} is not one a bundle may hold").format(name=where))


def _check_size(info: zipfile.ZipInfo, name: str) -> None:
    where = shown(name)
    if name == MANIFEST and info.file_size > MAX_MANIFEST:
        raise too_large(translate("Sync", "the manifest is {size} bytes, more than 1 MB").format(size=info.file_size))
    if name.startswith("files/") and info.file_size > MAX_FILE:
        raise too_large(translate("Sync", "the attachment {name} is {size} bytes, more than 200 MB").format(
            name=where, size=info.file_size))
    if info.file_size > RATIO_FROM and info.file_size > MAX_RATIO * info.compress_size:
        raise too_large(translate("Sync", "the entry {name} expands more than 200 times ({packed} to {size} bytes)").format(
            name=where, packed=info.compress_size, size=info.file_size))


def _check_no_overlap(infos: list[zipfile.ZipInfo]) -> None:
    """Entries that share data are how the worst bombs multiply themselves."""
    ordered = sorted(infos, key=lambda i: i.header_offset)
    for this, after in zip(ordered, ordered[1:]):
        if this.header_offset + _LOCAL_HEADER + len(this.orig_filename) + this.compress_size > after.header_offset:
            raise bad_archive(translate("Sync", "the entries {name} and {other} overlap").format(
                name=shown(this.orig_filename), other=shown(after.orig_filename)))


class EntryStream:
    """One entry's contents, block by block, inflated here with its declared
    sizes and checksum enforced: more bytes than declared is refused as soon
    as they appear, never buffered."""

    def __init__(self, f: BinaryIO, info: zipfile.ZipInfo) -> None:
        self._f, self._info, self._name = f, info, info.orig_filename
        f.seek(info.header_offset)
        local = f.read(_LOCAL_HEADER)
        if len(local) != _LOCAL_HEADER or local[:4] != b"PK\x03\x04":
            raise bad_archive(translate("Sync", "the entry {name} has no local header").format(name=shown(self._name)))
        name_length, extra_length = struct.unpack("<HH", local[26:30])
        if f.read(name_length) != self._name.encode("ascii"):
            raise bad_archive(translate("Sync", "the entry {name} has another name in its local header").format(
                name=shown(self._name)))
        self._pos = info.header_offset + _LOCAL_HEADER + name_length + extra_length
        self._raw_left = info.compress_size
        self._out_left = info.file_size
        self._inflate = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
        self._crc = 0
        self._done = False

    def read(self) -> bytes:
        """The next block (at most 64 KiB); b"" at the end, once all checks passed."""
        if self._done:
            return b""
        while True:
            if self._inflate is None:
                if not self._raw_left:
                    return self._end()
                return self._emit(self._raw(min(BLOCK, self._raw_left)))
            if self._inflate.eof:
                return self._end()
            data = self._inflate.unconsumed_tail
            if not data:
                if not self._raw_left:
                    return self._end()
                data = self._raw(min(BLOCK, self._raw_left))
            try:
                out = self._inflate.decompress(data, BLOCK)
            except zlib.error:
                raise bad_archive(translate("Sync", "the entry {name} is not valid compressed data").format(
                    name=shown(self._name))) from None
            if out:
                return self._emit(out)

    def _raw(self, n: int) -> bytes:
        self._f.seek(self._pos)
        data = self._f.read(n)
        if len(data) != n:
            raise bad_archive(translate("Sync", "the archive ends inside the entry {name}").format(
                name=shown(self._name)))
        self._pos += n
        self._raw_left -= n
        return data

    def _emit(self, out: bytes) -> bytes:
        if len(out) > self._out_left:
            raise too_large(translate("Sync", "the entry {name} is larger than the {size} bytes it declares").format(
                name=shown(self._name), size=self._info.file_size))
        self._out_left -= len(out)
        self._crc = zlib.crc32(out, self._crc)
        return out

    def _end(self) -> bytes:
        name = shown(self._name)
        if self._inflate is not None and (not self._inflate.eof or self._inflate.unused_data or self._raw_left):
            raise bad_archive(translate("Sync", "the compressed data of {name} does not end where it should").format(
                name=name))
        if self._out_left:
            raise bad_archive(translate("Sync", "the entry {name} is shorter than it declares").format(name=name))
        if self._crc != self._info.CRC:
            raise bad_archive(translate("Sync", "the checksum of {name} does not match").format(name=name))
        self._done = True
        return b""


def check_manifest(manifest, bundle_id: str) -> None:
    """The manifest's own fields (matching it with the entries is the caller's)."""
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise bad_archive(translate("Sync", "the manifest is not a VillageDesk payload manifest"))
    if type(manifest.get("version")) is not int or manifest["version"] not in VERSIONS:
        raise bad_archive(translate("Sync", "the manifest's version is not 1 or 2"))
    _fields(manifest, MANIFEST_FIELDS | ({"audit"} if manifest["version"] >= 2 else set()), "")
    if manifest["bundle_id"] != bundle_id:
        raise bad_archive(translate("Sync", "the manifest belongs to another bundle"))
    tables = _list(manifest["tables"], TABLE_FIELDS, "tables")
    for table in tables:
        name = table["name"]
        if not isinstance(name, str) or not TABLE_NAME.fullmatch(name) or table["file"] != f"records/{name}.jsonl" \
                or not _count(table["rows"]) or not _hex(table["sha256"]):
            raise bad_archive(translate("Sync", "the manifest's entry for table {table} is not valid").format(
                table=shown(str(name))))
    _unique([t["name"] for t in tables], "tables")
    files = _list(manifest["files"], FILE_FIELDS, "files")
    for entry in files:
        if not _hex(entry["sha256"]) or not _count(entry["size"]) or entry["size"] > MAX_FILE:
            raise bad_archive(translate("Sync", "the manifest's entry for attachment {sha256} is not valid").format(
                sha256=shown(str(entry["sha256"]))))
    _unique([f["sha256"] for f in files], "files")
    for revocation in _list(manifest["revocations"], REVOCATION_FIELDS, "revocations"):
        if not isinstance(revocation["installation_id"], str) or not is_id(revocation["installation_id"]) \
                or not isinstance(revocation["fingerprint"], str) \
                or not re.fullmatch(r"[0-9]{40}", revocation["fingerprint"]) \
                or not is_aware_time(revocation["revoked_at"]) \
                or not isinstance(revocation["reason"], str) or len(revocation["reason"]) > 1000:
            raise bad_archive(translate("Sync", "a revocation in the manifest is not valid"))
    if manifest["version"] >= 2:
        _check_audit(manifest["audit"])


def _check_audit(audit) -> None:
    """The sender's audit head and how many chain links follow in AUDIT_LINKS."""
    if not isinstance(audit, dict):
        raise bad_archive(translate("Sync", "the manifest's audit head is not valid"))
    _fields(audit, AUDIT_FIELDS, "audit")
    if not (_count(audit["seq"]) and _hex(audit["hash"]) and _count(audit["since"]) and _count(audit["links"])
            and _hex(audit["sha256"]) and audit["since"] <= audit["seq"]
            and audit["links"] <= audit["seq"] - audit["since"] and audit["seq"] < 2**62):
        raise bad_archive(translate("Sync", "the manifest's audit head is not valid"))


def _fields(value: dict, names: set[str], where: str) -> None:
    """`where`: "" for the manifest itself, else the name of its list."""
    wrong = ", ".join(shown(str(f)) for f in sorted(names - value.keys()) + sorted(value.keys() - names))
    if wrong and not where:
        raise bad_archive(translate("Sync", "the manifest has missing or unknown fields ({fields})").format(
            fields=wrong))
    if wrong:
        raise bad_archive(translate("Sync", "an item of the manifest's {where} has missing or unknown fields "
                                            "({fields})").format(where=where, fields=wrong))


def _list(value, names: set[str], where: str) -> list[dict]:
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise bad_archive(translate("Sync", "the manifest's {where} is not a list of objects").format(where=where))
    for item in value:
        _fields(item, names, where)
    return value


def _unique(values: list, where: str) -> None:
    if len(set(values)) != len(values):
        raise bad_archive(translate("Sync", "the manifest names something twice in {where}").format(where=where))


def _count(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _hex(value) -> bool:
    return isinstance(value, str) and HEX64.fullmatch(value) is not None


