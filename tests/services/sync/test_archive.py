"""The payload archive: written and read back, and a fixed set of hostile
archives, each refused with its reason and nothing written outside the
staging folder (docs/sync-format.md §3 "Payload")."""

import functools
import hashlib
import io
import json
import os
import random
import stat
import struct
import tracemalloc
import warnings
import zipfile
import zlib

import pytest

from desktop.core.sync_errors import BundleRejected, Reason
from desktop.core.sync_identity import canonical_json
from desktop.services.sync.archive import PayloadWriter, open_payload

BUNDLE = "01928c4e-7b1a-7c3d-8e4f-0123456789ab"
OTHER_BUNDLE = "01928c4e-7b1a-7c3d-8e4f-0123456789ac"
INSTALLATION = "01928c4e-0000-7000-8000-000000000001"
MB = 2**20


def _record(i, **extra):
    return {"id": f"01928c4e-7b1a-7c3d-8e4f-{i:012d}", "row_version": 1, "updated_at": "2026-11-24T08:00:00+00:00",
            "installation_id": INSTALLATION, "deleted": False, "sync_clock": {}, "name_zh": f"村{i}", **extra}


def _unpack(path, staging, bundle_id=BUNDLE):
    """What the importer does with a payload: every record, every file."""
    out = {}
    with open_payload(path, bundle_id) as payload:
        for table, _ in payload.tables():
            out[table] = list(payload.records(table))
        for item in payload.manifest["files"]:
            payload.extract_file(item["sha256"], staging / item["sha256"])
    return out


def test_a_payload_reads_back_as_written(tmp_path):
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(os.urandom(200_000))
    sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    revocation = {"installation_id": INSTALLATION, "fingerprint": "1" * 40, "revoked_at": "2026-11-24T08:00:00+00:00",
                  "reason": "laptop stolen"}
    with PayloadWriter(tmp_path / "p.zip", BUNDLE) as writer:
        assert writer.add_records("village", (_record(i) for i in range(1000))) == 1000
        assert writer.add_records("problem", iter([])) == 0
        writer.add_file(sha, photo)
        writer.add_file(sha, photo)  # the same content twice is one entry
        manifest = writer.finish([revocation])
    assert manifest["tables"][0]["rows"] == 1000 and manifest["files"] == [{"sha256": sha, "size": 200_000}]
    staging = tmp_path / "staging"
    staging.mkdir()
    with open_payload(tmp_path / "p.zip", BUNDLE) as payload:
        assert payload.manifest == manifest and payload.manifest["revocations"] == [revocation]
        assert payload.tables() == [("village", 1000), ("problem", 0)]
        records = list(payload.records("village"))
        assert records[0] == (1, _record(0)) and records[-1] == (1000, _record(999))
        assert list(payload.records("problem")) == []
        payload.extract_file(sha, staging / sha)
    assert (staging / sha).read_bytes() == photo.read_bytes()
    with zipfile.ZipFile(tmp_path / "p.zip") as z:
        lines = z.read("records/village.jsonl").split(b"\n")
        assert lines[0] == canonical_json(_record(0)) and lines[-1] == b""
        assert {i.compress_type for i in z.infolist() if i.filename.startswith("files/")} == {zipfile.ZIP_STORED}


def test_a_failed_writer_leaves_no_archive(tmp_path):
    with pytest.raises(RuntimeError), PayloadWriter(tmp_path / "p.zip", BUNDLE) as writer:
        writer.add_records("village", [_record(1)])
        raise RuntimeError("cancelled")
    assert list(tmp_path.iterdir()) == []


def test_the_writer_refuses_what_a_reader_would(tmp_path):
    with PayloadWriter(tmp_path / "p.zip", BUNDLE) as writer:
        with pytest.raises(ValueError):
            writer.add_records("Village", [])
        writer.add_records("village", [])
        with pytest.raises(ValueError):
            writer.add_records("village", [])
        with pytest.raises(BundleRejected) as err:
            writer.add_records("problem", [_record(1, text="x" * MB)])
        assert err.value.reason is Reason.TOO_LARGE
        fake = tmp_path / "fake"
        fake.write_bytes(b"not what the name says")
        with pytest.raises(Exception, match="damaged"):
            writer.add_file("0" * 64, fake)
        writer.finish([])


def test_records_stream_in_bounded_memory(tmp_path):
    with PayloadWriter(tmp_path / "p.zip", BUNDLE) as writer:
        writer.add_records("village", (_record(i, note=os.urandom(60).hex()) for i in range(40_000)))
        writer.finish([])
    assert (tmp_path / "p.zip").stat().st_size > 3 * MB
    tracemalloc.start()
    try:
        with open_payload(tmp_path / "p.zip", BUNDLE) as payload:
            rows = sum(1 for _ in payload.records("village"))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert rows == 40_000 and peak < MB


# -- hostile archives ---------------------------------------------------------

def _zip(entries, manifest=None, *, bundle_id=BUNDLE, level=None):
    """An archive of (name, data[, ZipInfo attributes]) entries; a matching
    manifest is added unless given (False: none at all)."""
    buf = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buf, "w") as z:
        warnings.simplefilter("ignore")  # duplicate names are the point of one case
        for name, data, *attrs in entries:
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            for key, value in (attrs[0] if attrs else {}).items():
                setattr(info, key, value)
            z.writestr(info, data, compresslevel=level)
        if manifest is not False:
            z.writestr("manifest.json", canonical_json(manifest or _manifest(entries, bundle_id)))
    return buf.getvalue()


def _manifest(entries, bundle_id=BUNDLE):
    tables, files = [], []
    for name, data, *_ in entries:
        if name.startswith("records/") and name.endswith(".jsonl"):
            tables.append({"name": name[8:-6], "file": name, "rows": data.count(b"\n"),
                           "sha256": hashlib.sha256(data).hexdigest()})
        elif name.startswith("files/"):
            files.append({"sha256": name[6:], "size": len(data)})
    return {"format": "villagedesk-payload", "version": 1, "bundle_id": bundle_id, "tables": tables, "files": files,
            "revocations": []}


def _patch_directory(data, name, **fields):
    """Change fields of `name`'s central directory record (offsets from the ZIP spec)."""
    at = {"flags": (8, "<H"), "method": (10, "<H"), "crc": (16, "<I"), "compress_size": (20, "<I"),
          "file_size": (24, "<I"), "external_attr": (38, "<I"), "offset": (42, "<I")}
    start = 0
    data = bytearray(data)
    while True:
        start = data.index(b"PK\x01\x02", start)
        length = struct.unpack("<H", data[start + 28:start + 30])[0]
        if bytes(data[start + 46:start + 46 + length]) == name.encode():
            break
        start += 4
    for key, value in fields.items():
        offset, fmt = at[key]
        struct.pack_into(fmt, data, start + offset, value)
    return bytes(data)


def _rename(data, old, new):
    """Rename an entry in its local header and directory record (same length)."""
    assert len(old) == len(new)
    return data.replace(old.encode(), new.encode())


VILLAGE = b"".join(canonical_json(_record(i)) + b"\n" for i in range(3))
PHOTO = random.Random(6).randbytes(5000)
PHOTO_SHA = hashlib.sha256(PHOTO).hexdigest()
GOOD = [("records/village.jsonl", VILLAGE), (f"files/{PHOTO_SHA}", PHOTO)]


def _good_manifest(**changes):
    return {**_manifest(GOOD), **changes}


def _bomb():
    """Five MB of zeros, deflated to a few KB: a ratio near 1000."""
    return _zip([("records/village.jsonl", b"\0" * 5 * MB)], level=9)


def _lying_bomb():
    """A bomb whose directory claims a small, harmless size."""
    data = _zip([("manifest.json", b" " * 5 * MB)], manifest=False, level=9)
    return _patch_directory(data, "manifest.json", file_size=1000)


def _big_manifest():
    tables = [{"name": "village", "file": "records/village.jsonl", "rows": 0, "sha256": os.urandom(32).hex()}
              for _ in range(80_000)]
    data = _zip([], manifest=_good_manifest(tables=tables))
    assert len(zipfile.ZipFile(io.BytesIO(data)).read("manifest.json")) > 10 * MB
    return data


@functools.cache
def _many_entries():
    data = _zip([(f"files/{i:064x}", b"") for i in range(100_001)], manifest=False)
    assert len(zipfile.ZipFile(io.BytesIO(data)).infolist()) == 100_001
    return data


def _many_entries_hidden():
    """The zip64 end record claims one entry; the directory holds 100,001."""
    data = bytearray(_many_entries())
    end64 = data.rindex(b"PK\x06\x06")
    struct.pack_into("<QQ", data, end64 + 24, 1, 1)
    return bytes(data)


def _huge_directory():
    data = bytearray(_zip(GOOD))
    struct.pack_into("<I", data, len(data) - 22 + 12, 0xFFFFFFF0)
    return bytes(data)


def _over_4_gb():
    """Five entries each declaring 1 GB out of 6 MB (a ratio under 200)."""
    entries = [(f"records/t{c}.jsonl", b"x") for c in "abcde"]
    data = _zip(entries, manifest=False)
    for name, _ in entries:
        data = _patch_directory(data, name, file_size=2**30, compress_size=6 * MB)
    return data


def _overlapping():
    data = _zip([("records/village.jsonl", VILLAGE), ("records/problem.jsonl", VILLAGE)])
    info = {i.filename: i for i in zipfile.ZipFile(io.BytesIO(data)).infolist()}
    return _patch_directory(data, "records/problem.jsonl", offset=info["records/village.jsonl"].header_offset)


def _symlink():
    return _zip([("records/village.jsonl", b"/etc/passwd", {"external_attr": (stat.S_IFLNK | 0o777) << 16})])


def _nul_name():
    return _rename(_zip([("records/village.jsonl", VILLAGE)]), "records/village.jsonl", "manifest.json\0abcdefg")


def _local_name_differs():
    data = _zip(GOOD)
    local = data.index(b"records/village.jsonl")  # the local header comes first
    return data[:local] + b"records/villagf.jsonl" + data[local + 21:]


def _with_comment():
    buf = io.BytesIO(_zip(GOOD))
    with zipfile.ZipFile(buf, "a") as z:
        z.comment = b"hello"
    return buf.getvalue()


def _bzip2():
    return _zip([("records/village.jsonl", VILLAGE, {"compress_type": zipfile.ZIP_BZIP2})])


def _long_line():
    line = canonical_json(_record(1, note=os.urandom(MB).hex())) + b"\n"
    return _zip([("records/village.jsonl", line)])


def _long_last_line():
    return _zip([("records/village.jsonl", os.urandom(MB).hex().encode())],
                manifest=_good_manifest(files=[], tables=[{"name": "village", "file": "records/village.jsonl",
                                                            "rows": 1, "sha256": "0" * 64}]))


def _table(rows=3, sha=None):
    return [{"name": "village", "file": "records/village.jsonl", "rows": rows,
             "sha256": sha or hashlib.sha256(VILLAGE).hexdigest()}]


HOSTILE = {
    # name: (archive bytes (or a function making them), reason, words of the message)
    "not a zip": (b"PK\x03\x04 but nothing more", Reason.BAD_ARCHIVE, "not a ZIP"),
    "empty file": (b"", Reason.BAD_ARCHIVE, "not a ZIP"),
    "zip with a comment": (_with_comment, Reason.BAD_ARCHIVE, "one with a comment"),
    "parent folder": (lambda: _zip([("../records/village.jsonl", VILLAGE)]), Reason.BAD_ARCHIVE, "(..)"),
    "parent inside": (lambda: _zip([("records/../../etc.jsonl", VILLAGE)]), Reason.BAD_ARCHIVE, "(..)"),
    "absolute": (lambda: _zip([("/records/village.jsonl", VILLAGE)]), Reason.BAD_ARCHIVE, "absolute path"),
    "backslash": (lambda: _zip([("records\\village.jsonl", VILLAGE)]), Reason.BAD_ARCHIVE, "backslash"),
    "drive letter": (lambda: _zip([("C:records/village.jsonl", VILLAGE)]), Reason.BAD_ARCHIVE, "drive letter"),
    "directory": (lambda: _zip([("records/", b"")]), Reason.BAD_ARCHIVE, "is a directory"),
    "directory flag": (lambda: _zip([("records/village.jsonl", VILLAGE, {"external_attr": 0x10})]),
                       Reason.BAD_ARCHIVE, "is a directory"),
    "symbolic link": (_symlink, Reason.BAD_ARCHIVE, "symbolic link"),
    "fifo": (lambda: _zip([("records/village.jsonl", VILLAGE, {"external_attr": (stat.S_IFIFO | 0o644) << 16})]),
             Reason.BAD_ARCHIVE, "special file"),
    "device": (lambda: _zip([("records/village.jsonl", VILLAGE, {"external_attr": (stat.S_IFCHR | 0o644) << 16})]),
               Reason.BAD_ARCHIVE, "special file"),
    "other name": (lambda: _zip([("evil.sh", b"rm -rf /")]), Reason.BAD_ARCHIVE, "not one a bundle may hold"),
    "upper-case table": (lambda: _zip([("records/Village.jsonl", VILLAGE)]), Reason.BAD_ARCHIVE, "may hold"),
    "short file name": (lambda: _zip([("files/abc", b"")]), Reason.BAD_ARCHIVE, "may hold"),
    "name with NUL": (_nul_name, Reason.BAD_ARCHIVE, "may hold"),
    "duplicate name": (lambda: _zip([("records/village.jsonl", VILLAGE), ("records/village.jsonl", b"")]),
                       Reason.BAD_ARCHIVE, "appears twice"),
    "encrypted entry": (lambda: _patch_directory(_zip(GOOD), "records/village.jsonl", flags=0x1),
                        Reason.BAD_ARCHIVE, "encrypted"),
    "bzip2": (_bzip2, Reason.BAD_ARCHIVE, "unsupported method"),
    "stored with two sizes": (lambda: _patch_directory(
        _zip([("records/village.jsonl", VILLAGE, {"compress_type": zipfile.ZIP_STORED})]),
        "records/village.jsonl", compress_size=len(VILLAGE) + 10), Reason.BAD_ARCHIVE, "two different sizes"),
    "overlapping entries": (_overlapping, Reason.BAD_ARCHIVE, "overlap"),
    "more than 100,000 entries": (_many_entries, Reason.TOO_LARGE, "more than 100,000"),
    "100,001 entries, end record lies": (_many_entries_hidden, Reason.TOO_LARGE, "more than 100,000"),
    "huge directory": (_huge_directory, Reason.TOO_LARGE, "table of contents"),
    "deflate bomb": (_bomb, Reason.TOO_LARGE, "expands more than 200 times"),
    "bomb declaring a small size": (_lying_bomb, Reason.TOO_LARGE, "larger than the 1000 bytes it declares"),
    "more than 4 GB": (_over_4_gb, Reason.TOO_LARGE, "more than 4 GB"),
    "10 MB manifest": (_big_manifest, Reason.TOO_LARGE, "manifest is"),
    "attachment over 200 MB": (lambda: _patch_directory(_zip([(f"files/{PHOTO_SHA}", PHOTO)]), f"files/{PHOTO_SHA}",
                                                        file_size=201 * MB, compress_size=2 * MB),
                               Reason.TOO_LARGE, "more than 200 MB"),
    "line over 1 MB": (_long_line, Reason.TOO_LARGE, "line 1 of records/village.jsonl is more than 1 MB"),
    "last line over 1 MB": (_long_last_line, Reason.TOO_LARGE, "line 1 of records/village.jsonl"),
    "no manifest": (lambda: _zip(GOOD, manifest=False), Reason.BAD_ARCHIVE, "no manifest"),
    "manifest not JSON": (lambda: _zip([("manifest.json", b"{nope")], manifest=False), Reason.BAD_ARCHIVE, "not JSON"),
    "manifest format": (lambda: _zip(GOOD, _good_manifest(format="zip")), Reason.BAD_ARCHIVE, "not a VillageDesk"),
    "manifest version": (lambda: _zip(GOOD, _good_manifest(version=3)), Reason.BAD_ARCHIVE, "version is not 1 or 2"),
    "manifest version 1.0": (lambda: _zip(GOOD, _good_manifest(version=1.0)), Reason.BAD_ARCHIVE,
                             "version is not 1 or 2"),
    "version 2 without an audit head": (lambda: _zip(GOOD, _good_manifest(version=2)), Reason.BAD_ARCHIVE,
                                        "unknown fields (audit)"),
    "manifest of another bundle": (lambda: _zip(GOOD, _good_manifest(bundle_id=OTHER_BUNDLE)),
                                   Reason.BAD_ARCHIVE, "another bundle"),
    "manifest extra field": (lambda: _zip(GOOD, _good_manifest(run="x")), Reason.BAD_ARCHIVE, "unknown fields (run)"),
    "manifest names a missing entry": (lambda: _zip(GOOD[1:], _good_manifest()), Reason.BAD_ARCHIVE,
                                       "names records/village.jsonl, which is missing"),
    "entry not in the manifest": (lambda: _zip(GOOD, _good_manifest(tables=[])), Reason.BAD_ARCHIVE,
                                  "records/village.jsonl is not in the manifest"),
    "table and file disagree": (lambda: _zip(GOOD, _good_manifest(tables=[{**_table()[0], "file": "records/x.jsonl"}])),
                                Reason.BAD_ARCHIVE, "table village is not valid"),
    "table twice": (lambda: _zip(GOOD, _good_manifest(tables=_table() * 2)), Reason.BAD_ARCHIVE, "twice"),
    "bad revocation": (lambda: _zip(GOOD, _good_manifest(revocations=[
        {"installation_id": "x", "fingerprint": "1", "revoked_at": "now", "reason": ""}])),
                       Reason.BAD_ARCHIVE, "revocation"),
    "attachment size differs": (lambda: _zip(GOOD, _good_manifest(files=[{"sha256": PHOTO_SHA, "size": 1}])),
                                Reason.BAD_ARCHIVE, "size of files/"),
    "fewer rows than the manifest": (lambda: _zip(GOOD, _good_manifest(tables=_table(rows=4))),
                                     Reason.BAD_ARCHIVE, "has 3 lines where its manifest says 4"),
    "more rows than the manifest": (lambda: _zip(GOOD, _good_manifest(tables=_table(rows=2))),
                                    Reason.BAD_ARCHIVE, "more lines than its manifest's 2"),
    "records hash differs": (lambda: _zip(GOOD, _good_manifest(tables=_table(sha="0" * 64))),
                             Reason.BAD_ARCHIVE, "differs from the hash in its manifest"),
    "attachment content differs": (lambda: _zip([(f"files/{'0' * 64}", PHOTO)]), Reason.BAD_ARCHIVE,
                                   "does not match its name"),
    "checksum wrong": (lambda: _patch_directory(_zip(GOOD), "records/village.jsonl", crc=1), Reason.BAD_ARCHIVE,
                       "checksum"),
    "shorter than declared": (lambda: _patch_directory(_zip(GOOD), "records/village.jsonl",
                                                       file_size=len(VILLAGE) + 1), Reason.BAD_ARCHIVE, "shorter"),
    "local header differs": (_local_name_differs, Reason.BAD_ARCHIVE, "another name in its local header"),
    "record not JSON": (lambda: _zip([("records/village.jsonl", VILLAGE + b"{oops\n")]), Reason.BAD_RECORD,
                        "Line 4 of records/village.jsonl"),
    "record an array": (lambda: _zip([("records/village.jsonl", b"[1,2]\n")]), Reason.BAD_RECORD, "not a JSON object"),
    "record with NaN": (lambda: _zip([("records/village.jsonl", b'{"a":NaN}\n')]), Reason.BAD_RECORD, "not JSON"),
    "record with 1e400": (lambda: _zip([("records/village.jsonl", b'{"a":1e400}\n')]), Reason.BAD_RECORD, "not JSON"),
    "record not UTF-8": (lambda: _zip([("records/village.jsonl", b'{"a":"\xff"}\n')]), Reason.BAD_RECORD, "not JSON"),
    "record nested deep": (lambda: _zip([("records/village.jsonl", b"[" * 100_000 + b"\n")]), Reason.BAD_RECORD,
                           "not JSON"),
    "empty line": (lambda: _zip([("records/village.jsonl", VILLAGE + b"\n")]), Reason.BAD_RECORD, "Line 4"),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_hostile_archive_is_refused_and_nothing_is_written(tmp_path, case):
    make, reason, says = HOSTILE[case]
    path = tmp_path / "in" / "payload.zip"
    path.parent.mkdir()
    path.write_bytes(make() if callable(make) else make)
    staging = tmp_path / "staging"
    staging.mkdir()
    before = sorted(p for p in tmp_path.rglob("*"))
    with pytest.raises(BundleRejected) as err:
        _unpack(path, staging)
    assert err.value.reason is reason, err.value.message
    assert says in err.value.message
    assert sorted(p for p in tmp_path.rglob("*")) == before and list(staging.iterdir()) == []


def test_the_deflate_bomb_is_real():
    data = _bomb()
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo("records/village.jsonl")
    assert info.file_size == 5 * MB and info.file_size / info.compress_size > 200


def test_the_lying_bomb_is_stopped_in_bounded_memory(tmp_path):
    path = tmp_path / "p.zip"
    path.write_bytes(_lying_bomb())
    tracemalloc.start()
    try:
        with pytest.raises(BundleRejected):
            open_payload(path, BUNDLE)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < MB


def test_the_good_archive_of_the_hostile_set_is_accepted(tmp_path):
    """The cases above differ from this one only by what they test."""
    path = tmp_path / "payload.zip"
    path.write_bytes(_zip(GOOD))
    staging = tmp_path / "staging"
    staging.mkdir()
    assert [line for line, _ in _unpack(path, staging)["village"]] == [1, 2, 3]
    assert (staging / PHOTO_SHA).read_bytes() == PHOTO


def test_a_final_line_without_newline_is_read(tmp_path):
    path = tmp_path / "payload.zip"
    path.write_bytes(_zip([("records/village.jsonl", VILLAGE.rstrip(b"\n"))],
                          _good_manifest(files=[], tables=_table(sha=hashlib.sha256(VILLAGE.rstrip(b"\n")).hexdigest()))))
    assert len(_unpack(path, tmp_path)["village"]) == 3


def test_a_missing_payload_is_unreadable(tmp_path):
    with pytest.raises(BundleRejected) as err:
        open_payload(tmp_path / "gone.zip", BUNDLE)
    assert err.value.reason is Reason.UNREADABLE


def test_deflate_level_keeps_records_small():
    """Level 1 was chosen for speed; record lines still shrink several times."""
    data = b"".join(canonical_json(_record(i, note="整改措施：加强党支部建设")) + b"\n" for i in range(2000))
    packed = zlib.compress(data, 1)
    assert len(packed) * 5 < len(data)
    assert json.loads(data.split(b"\n")[0])["name_zh"] == "村0"
