"""Hundreds of mutated bundles, each refused with BundleRejected (never any
other exception) by read_header, decrypt_payload or open_payload, and
nothing written outside the staging folder.

Seeded, so a failure names a mutation that can be replayed."""

import hashlib
import random
import shutil

import pytest

from desktop.core.sync_errors import BundleRejected, Reason
from desktop.services.sync.archive import PayloadWriter, open_payload
from desktop.services.sync.container import decrypt_payload, read_header

from .bundles import craft, header_for, key_of, party, write

SENDER, RECIPIENT, STRANGER, UNKNOWN = party(1), party(2, "county"), party(3), party(4)
SEED = 6


def _record(i):
    return {"id": f"01928c4e-7b1a-7c3d-8e4f-{i:012d}", "row_version": 1, "updated_at": "2026-11-24T08:00:00+00:00",
            "installation_id": SENDER.installation_id, "deleted": False, "sync_clock": {}, "name": f"村 {i}"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A real payload (records and an attachment, three chunks) and bundles of it."""
    folder = tmp_path_factory.mktemp("corpus")
    rng = random.Random(SEED)
    photo = folder / "photo.jpg"
    photo.write_bytes(rng.randbytes(140_000))
    sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    header = header_for(SENDER, RECIPIENT)
    with PayloadWriter(folder / "payload.zip", header["bundle_id"]) as writer:
        writer.add_records("village", (_record(i) for i in range(300)))
        writer.add_records("problem", (_record(i) for i in range(300, 400)))
        writer.add_file(sha, photo)
        writer.finish([])
    payload = (folder / "payload.zip").read_bytes()
    assert 2 * 65536 < len(payload) < 3 * 65536
    good = craft(SENDER, RECIPIENT, payload, header=header)
    other = write(folder / "other.vdbundle", SENDER, RECIPIENT, rng.randbytes(len(payload)))
    return {"payload": payload, "header": header, "good": good,
            "other": (folder / "other.vdbundle").read_bytes(), "other_offset": other.payload_offset,
            "expected": _import_bytes(good, folder / "check")}


def _import(path, staging):
    """Everything the importer reads, in its order; what it found."""
    verified = read_header(path, signing_key_of=key_of(SENDER), recipient_id=RECIPIENT.installation_id,
                           recipient_encryption_public=RECIPIENT.keys.encryption_public)
    out = staging / "payload.zip"
    decrypt_payload(path, verified, encryption_private=RECIPIENT.keys.encryption_private, out_path=out)
    found = {}
    with open_payload(out, verified.header["bundle_id"]) as payload:
        for table, _ in payload.tables():
            found[table] = list(payload.records(table))
        for item in payload.manifest["files"]:
            payload.extract_file(item["sha256"], staging / item["sha256"])
            found[item["sha256"]] = (staging / item["sha256"]).read_bytes()
    return found


def _import_bytes(data, folder):
    folder.mkdir(exist_ok=True)
    (folder / "in.vdbundle").write_bytes(data)
    staging = folder / "staging"
    staging.mkdir()
    try:
        return _import(folder / "in.vdbundle", staging)
    finally:
        shutil.rmtree(staging)
        (folder / "in.vdbundle").unlink()


def _regions(data):
    length = int.from_bytes(data[25:29], "big")
    payload = 93 + length
    bounds = [0, 8, 9, 25, 29, 29 + length, payload]
    at = payload
    while at < len(data):
        bounds.append(at + 4)
        at += 4 + int.from_bytes(data[at:at + 4], "big")
        bounds.append(at)
    return length, payload, sorted(set(bounds))


def _chunks(data):
    _, payload, _ = _regions(data)
    parts, at = [], payload
    while at < len(data):
        end = at + 4 + int.from_bytes(data[at:at + 4], "big")
        parts.append(data[at:end])
        at = end
    return data[:payload], parts


def _container_mutations(corpus):
    """(name, bytes, who may refuse it) for every mutation of the envelope."""
    rng = random.Random(SEED)
    good = corpus["good"]
    length, payload, bounds = _regions(good)
    regions = [(0, 29), (29, 29 + length), (29 + length, payload), (payload, len(good))]
    flips = [rng.randrange(lo, hi) for lo, hi in regions for _ in range(100)] + [rng.randrange(len(good))
                                                                                  for _ in range(200)]
    for at in flips:
        bit = 1 << rng.randrange(8)
        yield f"flip bit {bit} of byte {at}", good[:at] + bytes([good[at] ^ bit]) + good[at + 1:]
    cuts = {b + d for b in bounds for d in (-1, 0, 1)} | {rng.randrange(len(good)) for _ in range(60)}
    for at in sorted(c for c in cuts if 0 <= c < len(good)):
        yield f"cut at {at}", good[:at]
    for _ in range(40):
        at, extra = rng.randrange(len(good) + 1), rng.randbytes(rng.randint(1, 16))
        yield f"insert {len(extra)} bytes at {at}", good[:at] + extra + good[at:]
    for _ in range(40):
        at = rng.randrange(len(good))
        count = rng.randint(1, 16)
        yield f"delete {count} bytes at {at}", good[:at] + good[at + count:]
    yield "trailing bytes", good + b"\0" * 20
    head, chunks = _chunks(good)
    other_head = corpus["other"][:corpus["other_offset"]]
    yield "header of another bundle of the same sender", other_head + b"".join(chunks)
    yield "payload of another bundle of the same sender", head + corpus["other"][corpus["other_offset"]:]
    yield "chunks 1 and 2 swapped", head + chunks[1] + chunks[0] + chunks[2]
    yield "a chunk dropped", head + chunks[0] + chunks[2]
    yield "the last chunk dropped", head + chunks[0] + chunks[1]
    yield "a chunk twice", head + chunks[0] + chunks[0] + chunks[1] + chunks[2]
    yield "no final flag", craft(SENDER, RECIPIENT, corpus["payload"], finals=[False] * 3)
    yield "for another installation", craft(SENDER, STRANGER, corpus["payload"])
    yield "from an installation not enrolled", craft(UNKNOWN, RECIPIENT, corpus["payload"])
    yield "signed by an unknown key", craft(SENDER, RECIPIENT, corpus["payload"], signer=UNKNOWN.keys)
    yield "another sender in the prefix", craft(SENDER, RECIPIENT, corpus["payload"],
                                                prefix_sender=UNKNOWN.installation_id)


def test_every_mutated_bundle_is_refused(corpus, tmp_path):
    staging = tmp_path / "staging"
    staging.mkdir()
    path = tmp_path / "in.vdbundle"
    wrong, count, reasons = [], 0, set()
    for name, data in _container_mutations(corpus):
        count += 1
        path.write_bytes(data)
        try:
            _import(path, staging)
            wrong.append(f"{name}: accepted")
        except BundleRejected as e:
            reasons.add(e.reason)
            if not e.message:
                wrong.append(f"{name}: no message")
        except Exception as e:  # noqa: BLE001 - the point: nothing else may escape
            wrong.append(f"{name}: {type(e).__name__}: {e}")
        if list(staging.iterdir()):
            wrong.append(f"{name}: left {[p.name for p in staging.iterdir()]}")
            shutil.rmtree(staging)
            staging.mkdir()
    assert not wrong, "\n".join(wrong[:20])
    assert count > 750
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.vdbundle", "staging"]
    assert {Reason.TRUNCATED, Reason.BAD_SIGNATURE, Reason.NOT_A_BUNDLE, Reason.UNKNOWN_SENDER,
            Reason.WRONG_RECIPIENT, Reason.DAMAGED_PAYLOAD, Reason.BAD_HEADER, Reason.NEWER_VERSION} <= reasons


def _archive_mutations(corpus):
    rng = random.Random(SEED + 1)
    zip_bytes = corpus["payload"]
    # The directory and the headers are small and matter most: half the
    # flips land in the last 2 KB and the first entry's header.
    tail = len(zip_bytes) - 2048
    spots = [rng.randrange(tail, len(zip_bytes)) for _ in range(250)] + [rng.randrange(0, 80) for _ in range(50)] \
        + [rng.randrange(len(zip_bytes)) for _ in range(100)]
    for at in spots:
        bit = 1 << rng.randrange(8)
        yield f"zip bit {bit} of byte {at}", zip_bytes[:at] + bytes([zip_bytes[at] ^ bit]) + zip_bytes[at + 1:]
    for at in sorted({rng.randrange(len(zip_bytes)) for _ in range(20)} | {len(zip_bytes) - 22, 0}):
        yield f"zip cut at {at}", zip_bytes[:at]


def test_a_signed_bundle_with_a_mutated_archive_is_refused_or_reads_the_same(corpus, tmp_path):
    """A sender who is enrolled can still send anything: the archive reader
    either refuses it or, when the change hit a byte nothing depends on (a
    timestamp), reads exactly the original records and files."""
    staging = tmp_path / "staging"
    staging.mkdir()
    path = tmp_path / "in.vdbundle"
    wrong, refused, same = [], 0, 0
    for name, zip_bytes in _archive_mutations(corpus):
        path.write_bytes(craft(SENDER, RECIPIENT, zip_bytes, header=corpus["header"]))
        try:
            found = _import(path, staging)
            if found != corpus["expected"]:
                wrong.append(f"{name}: accepted with other contents")
            same += 1
        except BundleRejected:
            refused += 1
        except Exception as e:  # noqa: BLE001
            wrong.append(f"{name}: {type(e).__name__}: {e}")
        shutil.rmtree(staging)
        staging.mkdir()
    assert not wrong, "\n".join(wrong[:20])
    print(f"{refused} refused, {same} read the same")
    assert refused > 200 and refused + same > 400
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.vdbundle", "staging"]
