"""The payload: a ZIP of record files, attachments and a manifest
(docs/sync-format.md §3 "Payload"), written and read as streams.

`open_payload` refuses an unsafe or malformed archive before anything is
read from it (rules in `archive_checks`); `Payload.records` then streams a
table line by line and checks its row count and hash against the manifest
at the end, so the caller must read every table before trusting any.
"""

from __future__ import annotations

import hashlib
import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from desktop.core.errors import VillageDeskError
from desktop.core.i18n import translate
from desktop.core.sync_errors import BundleRejected, Reason
from desktop.core.sync_identity import canonical_json, parse_json
from desktop.services.sync.archive_checks import (
    AUDIT_LINKS, BLOCK, FORMAT, HEX64, MANIFEST, MAX_ENTRIES, MAX_FILE, MAX_LINE, MAX_LINK_LINE, MAX_MANIFEST,
    MAX_TOTAL, TABLE_NAME, VERSION, EntryStream, bad_archive, check_directory_size, check_entries, check_manifest,
    shown, too_large)

# Deflate level 1: on 27 MB of record lines it ran at 278 MB/s against 135
# at level 6 (zlib, this machine), for a file 13% larger (7.6x against 9.0x
# smaller than the JSON). A whole county's export is bound by the CPU; the
# stick has room to spare.
COMPRESSLEVEL = 1
# Fixed time and mode: the same rows give the same archive, and the local
# time zone of the sender does not travel.
_DATE_TIME = (1980, 1, 1, 0, 0, 0)
_REGULAR = (stat.S_IFREG | 0o644) << 16


class PayloadWriter:
    """Writes a payload archive at `path`. Use as a context manager; on an
    error inside the block the unfinished archive is removed."""

    def __init__(self, path: Path, bundle_id: str) -> None:
        self.path = Path(path)
        self.bundle_id = bundle_id
        self._zip = zipfile.ZipFile(self.path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=COMPRESSLEVEL)
        self._tables: list[dict] = []
        self._files: list[dict] = []
        self._total = 0
        self._finished = False

    def __enter__(self) -> "PayloadWriter":
        return self

    def __exit__(self, kind, value, tb) -> None:
        if kind is None and self._finished:
            return
        self._zip.close()
        self.path.unlink(missing_ok=True)
        if kind is None:
            raise RuntimeError("PayloadWriter.finish was not called")

    def add_records(self, table: str, records: Iterable[dict]) -> int:
        """Write records/<table>.jsonl, one canonical JSON line per record; the row count."""
        if not TABLE_NAME.fullmatch(table) or any(t["name"] == table for t in self._tables):
            raise ValueError(f"table name {table!r} not valid or already written")
        self._count_entry()
        name = f"records/{table}.jsonl"
        digest, rows, size = hashlib.sha256(), 0, 0
        # zip64 from the start: a record file's size is not known in advance.
        with self._zip.open(self._info(name, zipfile.ZIP_DEFLATED), "w", force_zip64=True) as out:
            for record in records:
                line = canonical_json(record)
                if len(line) > MAX_LINE:
                    raise too_large(translate("Sync", "the record {id} of table {table} is more than 1 MB").format(
                        id=record.get("id", ""), table=table))
                line += b"\n"
                out.write(line)
                digest.update(line)
                rows += 1
                size += len(line)
        self._add_size(size)
        self._tables.append({"name": table, "file": name, "rows": rows, "sha256": digest.hexdigest()})
        return rows

    def add_file(self, sha256: str, source: Path) -> None:
        """Add an attachment as files/<sha256>; its content must have that hash."""
        def blocks() -> Iterator[bytes]:
            with open(source, "rb") as src:
                while block := src.read(BLOCK):
                    yield block

        self.add_blocks(sha256, blocks(), str(source))

    def add_blocks(self, sha256: str, blocks: Iterable[bytes], label: str) -> None:
        """Add an attachment given piece by piece (from an encrypted store,
        with no plain file in between); `label` names it in messages."""
        if not HEX64.fullmatch(sha256):
            raise ValueError(f"not a SHA-256: {sha256!r}")
        if any(f["sha256"] == sha256 for f in self._files):
            return  # content-addressed: the same file twice is one entry
        self._count_entry()
        digest, size = hashlib.sha256(), 0
        # Stored: evidence is photos and PDFs, already compressed.
        with self._zip.open(self._info(f"files/{sha256}", zipfile.ZIP_STORED), "w") as out:
            for block in blocks:
                size += len(block)
                if size > MAX_FILE:
                    raise too_large(translate("Sync", "the attachment {name} is more than 200 MB").format(
                        name=Path(label).name))
                digest.update(block)
                out.write(block)
        if digest.hexdigest() != sha256:
            raise VillageDeskError(translate(
                "Sync", "The attachment file {path} is damaged: its content no longer matches its name.").format(
                path=label))
        self._add_size(size)
        self._files.append({"sha256": sha256, "size": size})

    def finish(self, revocations: list[dict], audit: AuditHead | None = None) -> dict:
        """Write the audit links (format 2), manifest.json, close the
        archive; the manifest. Without `audit`, a format 1 payload (what
        earlier versions wrote; tests read it)."""
        manifest = {"format": FORMAT, "version": VERSION if audit else 1, "bundle_id": self.bundle_id,
                    "tables": self._tables, "files": self._files, "revocations": list(revocations)}
        if audit is not None:
            manifest["audit"] = self._add_links(audit)
        check_manifest(manifest, self.bundle_id)  # never send what the other side refuses
        data = canonical_json(manifest)
        if len(data) > MAX_MANIFEST:
            raise too_large(translate(
                "Sync", "the manifest would be {size} bytes, more than 1 MB (too many attachments in one bundle)").format(
                size=len(data)))
        self._count_entry()
        self._zip.writestr(self._info(MANIFEST, zipfile.ZIP_DEFLATED), data)
        self._zip.close()
        self._finished = True
        return manifest

    def _add_links(self, audit: "AuditHead") -> dict:
        """audit/links.jsonl: one canonical [seq, prev_hash, chain_hash] a line."""
        self._count_entry()
        digest, size = hashlib.sha256(), 0
        with self._zip.open(self._info(AUDIT_LINKS, zipfile.ZIP_DEFLATED), "w", force_zip64=True) as out:
            for link in audit.links:
                line = canonical_json(list(link)) + b"\n"
                out.write(line)
                digest.update(line)
                size += len(line)
        self._add_size(size)
        return {"seq": audit.seq, "hash": audit.hash, "since": audit.since, "links": len(audit.links),
                "sha256": digest.hexdigest()}

    def _count_entry(self) -> None:
        if len(self._tables) + len(self._files) + 1 > MAX_ENTRIES:
            raise too_large(translate("Sync", "it would have more than 100,000 entries"))

    def _add_size(self, size: int) -> None:
        self._total += size
        if self._total > MAX_TOTAL:
            raise too_large(translate("Sync", "its entries would hold more than 4 GB in all"))

    @staticmethod
    def _info(name: str, compression: int) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name, date_time=_DATE_TIME)
        info.compress_type = compression
        info.external_attr = _REGULAR
        return info


@dataclass(frozen=True, slots=True)
class AuditHead:
    """The sender's audit chain head and its links after `since` (format 2)."""

    seq: int
    hash: str
    since: int
    links: tuple[tuple[int, str, str], ...] = ()


class Payload:
    """An opened, checked payload archive (see `open_payload`)."""

    def __init__(self, f: BinaryIO, entries: dict[str, zipfile.ZipInfo], manifest: dict) -> None:
        self._f = f
        self._entries = entries
        self.manifest = manifest
        self._tables = {t["name"]: t for t in manifest["tables"]}
        self._files = {f["sha256"]: f for f in manifest["files"]}

    def __enter__(self) -> "Payload":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._f.close()

    def tables(self) -> list[tuple[str, int]]:
        return [(t["name"], t["rows"]) for t in self.manifest["tables"]]

    def records(self, table: str) -> Iterator[tuple[int, dict]]:
        """(line number from 1, record) for each line of the table's file.
        Its row count and SHA-256 are checked against the manifest once the
        last line has been read."""
        if table not in self._tables:
            raise ValueError(f"no table {table} in this payload")
        meta = self._tables[table]
        name = meta["file"]
        digest, line_no = hashlib.sha256(), 0
        pending = b""
        for block in self._blocks(name):
            digest.update(block)
            pending += block
            *lines, pending = pending.split(b"\n")
            if len(pending) > MAX_LINE:
                raise too_large(translate("Sync", "line {line} of {entry} is more than 1 MB").format(
                    line=line_no + len(lines) + 1, entry=name))
            for line in lines:
                line_no += 1
                yield line_no, self._record(line, line_no, name, meta)
        if pending:  # a last line without its newline
            line_no += 1
            yield line_no, self._record(pending, line_no, name, meta)
        if line_no != meta["rows"]:
            raise bad_archive(translate("Sync", "{entry} has {rows} lines where its manifest says {expected}").format(
                entry=name, rows=line_no, expected=meta["rows"]))
        if digest.hexdigest() != meta["sha256"]:
            raise bad_archive(translate("Sync", "the content of {entry} differs from the hash in its manifest").format(
                entry=name))

    def audit(self) -> AuditHead | None:
        """The sender's audit head with its links, each checked: in order
        after `since`, as many as the manifest says, the file's hash; None
        for a format 1 payload."""
        meta = self.manifest.get("audit")
        if meta is None:
            return None
        links: list[tuple[int, str, str]] = []
        digest, pending, after = hashlib.sha256(), b"", meta["since"]
        for block in self._blocks(AUDIT_LINKS):
            digest.update(block)
            pending += block
            *lines, pending = pending.split(b"\n")
            if len(pending) > MAX_LINK_LINE or len(links) + len(lines) > meta["links"]:
                raise bad_archive(translate("Sync", "the audit links do not match the manifest"))
            for line in lines:
                link = _link(line)
                if link is None or not after < link[0] <= meta["seq"]:
                    raise bad_archive(translate("Sync", "line {line} of the audit links is not valid").format(
                        line=len(links) + 1))
                links.append(link)
                after = link[0]
        if pending or len(links) != meta["links"] or digest.hexdigest() != meta["sha256"]:
            raise bad_archive(translate("Sync", "the audit links do not match the manifest"))
        return AuditHead(meta["seq"], meta["hash"], meta["since"], tuple(links))

    def file_blocks(self, sha256: str) -> Iterator[bytes]:
        """The attachment's content piece by piece, its size enforced; raises
        BundleRejected after the last piece if its hash is not its name."""
        if sha256 not in self._files:
            raise ValueError(f"no attachment {sha256} in this payload")
        name = f"files/{sha256}"
        digest = hashlib.sha256()
        for block in self._blocks(name):
            digest.update(block)
            yield block
        if digest.hexdigest() != sha256:
            raise bad_archive(translate("Sync", "the content of {entry} does not match its name").format(entry=name))

    def check_file(self, sha256: str) -> None:
        """Read the attachment through, checking its size and hash, writing nothing."""
        for _ in self.file_blocks(sha256):
            pass

    def extract_file(self, sha256: str, dest: Path) -> None:
        """Write the attachment to `dest`, checking its size and content hash."""
        dest = Path(dest)
        try:
            out = open(dest, "wb")
        except OSError as e:
            raise _no_space(dest, e) from None
        try:
            with out:
                for block in self.file_blocks(sha256):
                    try:
                        out.write(block)
                    except OSError as e:
                        raise _no_space(dest, e) from None
        except BaseException:
            dest.unlink(missing_ok=True)
            raise

    def _blocks(self, name: str) -> Iterator[bytes]:
        return _blocks(self._f, self._entries, name)

    @staticmethod
    def _record(line: bytes, line_no: int, entry: str, meta: dict) -> dict:
        if len(line) > MAX_LINE:
            raise too_large(translate("Sync", "line {line} of {entry} is more than 1 MB").format(
                line=line_no, entry=entry))
        if line_no > meta["rows"]:
            raise bad_archive(translate("Sync", "{entry} has more lines than its manifest's {rows}").format(
                entry=entry, rows=meta["rows"]))
        try:
            record = parse_json(line)
        except (ValueError, RecursionError):
            raise _bad_record(entry, line_no, translate("Sync", "it is not JSON")) from None
        if not isinstance(record, dict):
            raise _bad_record(entry, line_no, translate("Sync", "it is not a JSON object"))
        return record


def open_payload(path: Path, bundle_id: str) -> Payload:
    """Open the payload at `path` for the bundle `bundle_id`, refusing it
    whole unless every rule of the format holds."""
    path = Path(path)
    try:
        f = open(path, "rb")
    except OSError as e:
        raise BundleRejected(Reason.UNREADABLE, translate("Sync", "The payload {path} cannot be read: {reason}").format(
            path=path, reason=e.strerror or e)) from None
    try:
        check_directory_size(f)
        with zipfile.ZipFile(f) as listing:  # a passed file is not closed with it
            infos = listing.infolist()
        entries = check_entries(infos)
        if MANIFEST not in entries:
            raise bad_archive(translate("Sync", "it has no manifest"))
        text = b"".join(_blocks(f, entries, MANIFEST))  # at most 1 MB: its declared size is enforced
        try:
            manifest = parse_json(text)
        except (ValueError, RecursionError):
            raise bad_archive(translate("Sync", "the manifest is not JSON")) from None
        check_manifest(manifest, bundle_id)
        _match(manifest, entries)
        return Payload(f, entries, manifest)
    except BundleRejected:
        f.close()
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError, OSError, EOFError,
            struct.error, zlib.error, ValueError, UnicodeDecodeError, KeyError, IndexError, OverflowError) as e:
        f.close()
        raise bad_archive(translate("Sync", "it is not a valid ZIP archive")) from e


def _link(line: bytes) -> tuple[int, str, str] | None:
    try:
        value = parse_json(line)
    except (ValueError, RecursionError):
        return None
    if not (isinstance(value, list) and len(value) == 3 and type(value[0]) is int
            and all(isinstance(h, str) and HEX64.fullmatch(h) for h in value[1:])):
        return None
    return value[0], value[1], value[2]


def _match(manifest: dict, entries: dict[str, zipfile.ZipInfo]) -> None:
    """The manifest names every entry and every entry is in the manifest."""
    named = {MANIFEST} | {t["file"] for t in manifest["tables"]} | {f"files/{f['sha256']}" for f in manifest["files"]}
    if "audit" in manifest:
        named.add(AUDIT_LINKS)
    for name in sorted(entries.keys() - named):
        raise bad_archive(translate("Sync", "the entry {entry} is not in the manifest").format(entry=shown(name)))
    for name in sorted(named - entries.keys()):
        raise bad_archive(translate("Sync", "the manifest names {entry}, which is missing").format(entry=name))
    for item in manifest["files"]:
        if entries[f"files/{item['sha256']}"].file_size != item["size"]:
            raise bad_archive(translate("Sync", "the size of files/{sha256} differs from the manifest").format(
                sha256=item["sha256"]))


def _blocks(f: BinaryIO, entries: dict[str, zipfile.ZipInfo], name: str) -> Iterator[bytes]:
    try:
        stream = EntryStream(f, entries[name])
        while block := stream.read():
            yield block
    except (OSError, EOFError, struct.error, zlib.error, ValueError) as e:
        raise bad_archive(translate("Sync", "the entry {entry} cannot be read").format(entry=name)) from e


def _bad_record(entry: str, line: int, what: str) -> BundleRejected:
    return BundleRejected(Reason.BAD_RECORD, translate(
        "Sync", "Line {line} of {entry} in the bundle is not a valid record: {what}. Nothing was imported; ask the "
                "sender for a new bundle.").format(line=line, entry=entry, what=what))


def _no_space(dest: Path, e: OSError) -> BundleRejected:
    return BundleRejected(Reason.NO_SPACE, translate(
        "Sync", "Writing to {folder} failed: {reason}. The disk may be full: make room, then try again.").format(
        folder=dest.parent, reason=e.strerror or e))
