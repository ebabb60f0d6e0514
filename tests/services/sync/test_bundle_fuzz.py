"""Hostile and mutated bundles against a real county database through
`ws.sync`: each is refused before anything is written, and nothing is
written outside the staging area (which is left empty)."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path

import pytest

from desktop.core.sync_errors import BundleRejected, Reason
from desktop.services.sync.archive import PayloadWriter, open_payload
from desktop.services.sync.container import decrypt_payload, read_header, write_bundle
from desktop.services.sync.demo import exchange_demo
from desktop.services.sync.importing import sync_folder
from tests.raw_sql import scalar, table_counts
from tests.services.sync.test_archive import BUNDLE, HOSTILE


@pytest.fixture(scope="module")
def demo(tmp_path_factory, module_db_target):
    """The county a hub on module_db_target (the server in the PostgreSQL pass), the township a file."""
    d = exchange_demo(tmp_path_factory.mktemp("fuzz") / "demo", villages=8, conflicts=1, county_db=module_db_target)
    yield d
    d.close()


def _state(demo) -> tuple:
    """The county's rows and every file beside its database (or, on a
    server, in its data folder) except staging."""
    ws = demo.county
    counts = table_counts(ws)
    log = scalar(ws, "select max(seq) from change_log")
    area = sync_folder(ws)   # the staging area and its folder
    folder = area.parent
    files = sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                   if area not in p.parents and p != area and not p.name.endswith(("-wal", "-shm")))
    return counts, log, files


def _staging_is_empty(demo) -> bool:
    area = sync_folder(demo.county)
    return not any(p.is_file() for p in area.rglob("*"))


def _signed(demo, out: Path, plaintext: bytes, header: dict) -> Path:
    """`plaintext` as the payload of a bundle the township really signed."""
    source = out.with_name(out.name + ".plain")
    source.write_bytes(plaintext)
    keys = demo.township.sync.keys()
    county_public = demo.county.sync.keys().encryption_public
    write_bundle(out, header, source, signing_private=keys.signing_private, recipient_encryption_public=county_public)
    source.unlink()
    return out


def _original(demo, folder: Path) -> tuple[dict, dict[str, list[dict]], dict[str, Path]]:
    """The township's real bundle opened with the county's key: header, records, files."""
    county = demo.county
    verified = read_header(demo.to_county, signing_key_of=lambda _: demo.township.sync.keys().signing_public,
                           recipient_id=county.installation_id,
                           recipient_encryption_public=county.sync.keys().encryption_public)
    plain = folder / "plain.zip"
    decrypt_payload(demo.to_county, verified, encryption_private=county.sync.keys().encryption_private,
                    out_path=plain)
    payload = open_payload(plain, verified.header["bundle_id"])
    tables = {t: [r for _, r in payload.records(t)] for t, _ in payload.tables()}
    files = {}
    for entry in payload.manifest["files"]:
        files[entry["sha256"]] = folder / entry["sha256"]
        payload.extract_file(entry["sha256"], files[entry["sha256"]])
    payload.close()
    header = {k: v for k, v in verified.header.items() if k not in ("payload", "encryption")}
    return header, tables, files


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_signed_bundle_with_a_hostile_archive_changes_nothing(demo, tmp_path, case):
    make, reason, _ = HOSTILE[case]
    before = _state(demo)
    header = {k: v for k, v in _original(demo, tmp_path)[0].items()}
    header["bundle_id"] = BUNDLE
    bundle = _signed(demo, tmp_path / "hostile.vdbundle", make() if callable(make) else make, header)
    with pytest.raises(BundleRejected) as refused:
        demo.county.sync.import_bundle(bundle)
    # Refused for what the archive layer finds, or, where the archive itself
    # is sound, for not matching the counts its signed header promises.
    assert refused.value.reason in (reason, Reason.BAD_ARCHIVE)
    assert _state(demo) == before and _staging_is_empty(demo)


def test_hundreds_of_mutated_bundles_are_refused_before_any_write(demo, tmp_path):
    data = demo.to_county.read_bytes()
    before = _state(demo)
    rng = random.Random(6)
    mutants: list[bytes] = []
    for _ in range(150):                      # bit flips anywhere
        bad = bytearray(data)
        bad[rng.randrange(len(bad))] ^= 1 << rng.randrange(8)
        mutants.append(bytes(bad))
    for _ in range(50):                       # cut short
        mutants.append(data[: rng.randrange(len(data))])
    for _ in range(50):                       # bytes inserted
        at = rng.randrange(len(data))
        mutants.append(data[:at] + rng.randbytes(rng.randint(1, 64)) + data[at:])
    for _ in range(50):                       # bytes removed
        at = rng.randrange(len(data) - 1)
        mutants.append(data[:at] + data[at + rng.randint(1, 64):])
    mutants.append(data + b"\0")              # a byte after the end
    path = tmp_path / "mutant.vdbundle"
    for i, mutant in enumerate(mutants):
        path.write_bytes(mutant)
        with pytest.raises(BundleRejected):
            demo.county.sync.import_bundle(path)
        assert _staging_is_empty(demo), i
    assert len(mutants) > 300
    assert _state(demo) == before


JUNK = (None, "", "x" * 5000, -1, 2**70, 1.5, True, [], {}, "not-a-uuid", "2026-13-45",
        "01928c4e-0000-7000-8000-00000000dead")


def test_records_that_do_not_fit_are_refused_or_read_whole(demo, tmp_path):
    """A record changed in a validly signed bundle: a wrong type, length,
    id, date or reference is refused with a reason; a value that fits is
    read. Never any other exception."""
    header, tables, files = _original(demo, tmp_path)
    before = _state(demo)
    rng = random.Random(11)
    refused = 0
    for trial in range(120):
        mutated = copy.deepcopy(tables)
        table = rng.choice([t for t, rows in mutated.items() if rows])
        record = rng.choice(mutated[table])
        column = rng.choice(sorted(record))
        action = rng.random()
        if action < 0.1:
            del record[column]
        elif action < 0.2:
            record["unexpected_" + column] = 1
        else:
            record[column] = rng.choice(JUNK)
        plain = tmp_path / f"m{trial}.zip"
        with PayloadWriter(plain, header["bundle_id"]) as writer:
            for name, rows in mutated.items():
                writer.add_records(name, rows)
            for sha, source in files.items():
                writer.add_file(sha, source)
            writer.finish([])
        bundle = _signed(demo, tmp_path / f"m{trial}.vdbundle", plain.read_bytes(), header)
        try:
            demo.county.sync.import_bundle(bundle, dry_run=True)
        except BundleRejected:
            refused += 1
        assert _staging_is_empty(demo)
    assert refused > 60
    assert _state(demo) == before
