"""The bundle file: layout, encryption, the reading order and its refusals,
and writing to a stick that fills up, goes away or is cancelled
(docs/sync-format.md §3, §7)."""

import contextlib
import errno
import hashlib
import json
import os
import random
import resource
import shutil
import signal
import tracemalloc

import pytest

from desktop.core.progress import Cancelled, Progress
from desktop.core.sync_errors import BundleRejected, Reason
from desktop.core.sync_identity import key_id
from desktop.services.sync.container import decrypt_payload, read_header, write_bundle
from desktop.services.sync.keys import generate_keys

from .bundles import craft, header_for, key_of, open_by_the_letter, party, write

SENDER, RECIPIENT, STRANGER = party(1), party(2, "county"), party(3)
MB = 2**20
PLAIN = random.Random(6).randbytes(150_000)  # three chunks, the last short


def _read(path, recipient=RECIPIENT, enrolled=(SENDER,)):
    return read_header(path, signing_key_of=key_of(*enrolled), recipient_id=recipient.installation_id,
                       recipient_encryption_public=recipient.keys.encryption_public)


def _decrypt(path, out, recipient=RECIPIENT, progress=None):
    verified = _read(path, recipient)
    kwargs = {"progress": progress} if progress else {}
    decrypt_payload(path, verified, encryption_private=recipient.keys.encryption_private, out_path=out, **kwargs)
    return out.read_bytes()


def test_a_bundle_round_trip_and_its_layout(tmp_path):
    path = tmp_path / "out" / "a.vdbundle"
    path.parent.mkdir()
    written = write(path, SENDER, RECIPIENT, PLAIN)
    assert sorted(p.name for p in path.parent.iterdir()) == ["a.vdbundle"]
    data = path.read_bytes()
    length = int.from_bytes(data[25:29], "big")
    assert data[:8] == b"VDBUNDLE" and data[8] == 1 and data[9:25] == bytes.fromhex(SENDER.installation_id.replace("-", ""))
    header = json.loads(data[29:29 + length])
    assert header == written.header and header["sequence"] == 1
    assert header["payload"] == {"length": len(PLAIN) + 3 * 20, "sha256": hashlib.sha256(PLAIN).hexdigest(),
                                 "chunk_size": 65536, "plaintext_length": len(PLAIN)}
    assert header["encryption"]["algorithm"] == "X25519-HKDF-SHA256-AES-256-GCM"
    assert written.payload_offset == 93 + length and written.file_size == len(data) == 93 + length + len(PLAIN) + 60
    assert written.bundle_hash == hashlib.sha256(data[:93 + length]).digest()
    assert written.sender_id == SENDER.installation_id
    assert _read(path) == written
    assert _decrypt(path, tmp_path / "plain") == PLAIN


def test_the_format_is_what_the_document_says(tmp_path):
    """Each side against a second implementation written from the document."""
    path = tmp_path / "a.vdbundle"
    write(path, SENDER, RECIPIENT, PLAIN)
    assert open_by_the_letter(path.read_bytes(), RECIPIENT) == PLAIN
    other = tmp_path / "b.vdbundle"
    other.write_bytes(craft(SENDER, RECIPIENT, PLAIN))
    assert _decrypt(other, tmp_path / "plain") == PLAIN


@pytest.mark.parametrize("size", [0, 1, 65536, 2 * 65536, 2 * 65536 + 1])
def test_chunk_boundaries(tmp_path, size):
    plain = PLAIN[:size] if size <= len(PLAIN) else os.urandom(size)
    path = tmp_path / "a.vdbundle"
    verified = write(path, SENDER, RECIPIENT, plain)
    chunks = max(1, -(-size // 65536))
    assert verified.file_size - verified.payload_offset == size + 20 * chunks
    assert _decrypt(path, tmp_path / "plain") == plain


def test_memory_stays_bounded_for_a_large_payload(tmp_path):
    source = tmp_path / "payload.zip"
    with open(source, "wb") as f:
        for _ in range(12):
            f.write(os.urandom(MB))
    tracemalloc.start()
    try:
        write_bundle(tmp_path / "a.vdbundle", header_for(SENDER, RECIPIENT), source,
                     signing_private=SENDER.keys.signing_private,
                     recipient_encryption_public=RECIPIENT.keys.encryption_public)
        written_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak()
        verified = _read(tmp_path / "a.vdbundle")
        decrypt_payload(tmp_path / "a.vdbundle", verified, encryption_private=RECIPIENT.keys.encryption_private,
                        out_path=tmp_path / "plain")
        read_peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert written_peak < MB and read_peak < MB, (written_peak, read_peak)
    assert hashlib.sha256((tmp_path / "plain").read_bytes()).digest() == hashlib.sha256(source.read_bytes()).digest()


# -- reading order, steps 1-3 --------------------------------------------------

def _set(path, data):
    path.write_bytes(data)
    return path


def _good():
    return craft(SENDER, RECIPIENT, PLAIN)


def _head_length(data):
    return int.from_bytes(data[25:29], "big")


def _with_header(edit):
    return craft(SENDER, RECIPIENT, PLAIN, edit=edit)


PREFIX_CASES = {
    "another file": (lambda: b"PK\x03\x04" + bytes(200), Reason.NOT_A_BUNDLE, "is not a VillageDesk bundle"),
    "empty": (lambda: b"", Reason.TRUNCATED, "ends early (0 bytes"),
    "half the magic": (lambda: b"VDBU", Reason.TRUNCATED, "ends early"),
    "cut in the prefix": (lambda: _good()[:20], Reason.TRUNCATED, "ends early (20 bytes"),
    "cut in the header": (lambda: _good()[:100], Reason.TRUNCATED, "ends early"),
    "cut in the signature": (lambda: (d := _good())[:29 + _head_length(d) + 10], Reason.TRUNCATED, "ends early"),
    "newer container": (lambda: craft(SENDER, RECIPIENT, PLAIN, version=2), Reason.NEWER_VERSION,
                        "made by a newer VillageDesk (format 2). Update VillageDesk"),
    "version 0": (lambda: craft(SENDER, RECIPIENT, PLAIN, version=0), Reason.NOT_A_BUNDLE, "format number is 0"),
    "header length 0": (lambda: (d := _good())[:25] + bytes(4) + d[29:], Reason.BAD_HEADER, "header length (0 bytes)"),
    "header length 65537": (lambda: (d := _good())[:25] + (65537).to_bytes(4, "big") + d[29:], Reason.BAD_HEADER,
                            "header length (65537 bytes)"),
    "unknown sender": (lambda: craft(STRANGER, RECIPIENT, PLAIN), Reason.UNKNOWN_SENDER, "not enrolled here"),
    "signed by another key": (lambda: craft(SENDER, RECIPIENT, PLAIN, signer=STRANGER.keys), Reason.BAD_SIGNATURE,
                              "signature does not verify"),
    "header changed": (lambda: _good().replace(b'"sequence":1', b'"sequence":9'), Reason.BAD_SIGNATURE,
                       "changed or damaged after it was signed"),
    "signature changed": (lambda: (d := bytearray(_good())).__setitem__(29 + _head_length(d) + 5, 0) or bytes(d),
                          Reason.BAD_SIGNATURE, "signature"),
    "not JSON, signed": (lambda: craft(SENDER, RECIPIENT, PLAIN, raw_header=b"{not json"), Reason.BAD_HEADER,
                         "it is not JSON"),
    "infinite number, signed": (lambda: craft(SENDER, RECIPIENT, PLAIN, raw_header=b'{"version":1e400}'),
                                Reason.BAD_HEADER, "it is not JSON"),
    "JSON list, signed": (lambda: craft(SENDER, RECIPIENT, PLAIN, raw_header=b"[1]"), Reason.BAD_HEADER, "object"),
    "not canonical, signed": (lambda: craft(SENDER, RECIPIENT, PLAIN, raw_header=b'{"format": "villagedesk-bundle"}'),
                              Reason.BAD_HEADER, "canonical"),
    "newer header version": (lambda: _with_header(lambda h: h.update(version=2)), Reason.NEWER_VERSION, "format 2"),
    "other format": (lambda: _with_header(lambda h: h.update(format="x")), Reason.BAD_HEADER, "not a bundle header"),
    "missing field": (lambda: _with_header(lambda h: h.pop("counts")), Reason.BAD_HEADER, "counts is missing"),
    "unknown field": (lambda: _with_header(lambda h: h.update(extra=1)), Reason.BAD_HEADER, "unknown field extra"),
    "sequence 0": (lambda: _with_header(lambda h: h.update(sequence=0)), Reason.BAD_HEADER, "sequence"),
    "since not below sequence": (lambda: _with_header(lambda h: h.update(since=1)), Reason.BAD_HEADER, "since"),
    "sequence as text": (lambda: _with_header(lambda h: h.update(sequence="1")), Reason.BAD_HEADER, "sequence"),
    "bad ack": (lambda: _with_header(lambda h: h.update(ack={"sequence": 1, "hash": ""})), Reason.BAD_HEADER, "ack"),
    "bad counts": (lambda: _with_header(lambda h: h.update(counts={"../x": 1})), Reason.BAD_HEADER, "counts"),
    "sender differs from the prefix": (lambda: craft(SENDER, RECIPIENT, PLAIN, header=header_for(STRANGER, RECIPIENT)),
                                       Reason.BAD_HEADER, "another sender"),
    "signing key id": (lambda: _with_header(lambda h: h["sender"].update(signing_key_id="0" * 16)), Reason.BAD_HEADER,
                       "signing_key_id"),
    "payload length": (lambda: _with_header(lambda h: h["payload"].update(length=5)), Reason.BAD_HEADER,
                       "payload.length"),
    "chunk size": (lambda: _with_header(lambda h: h["payload"].update(chunk_size=65537)), Reason.BAD_HEADER,
                   "payload sizes"),
    "algorithm": (lambda: _with_header(lambda h: h["encryption"].update(algorithm="ROT13")), Reason.BAD_HEADER,
                  "algorithm"),
    "ephemeral key": (lambda: _with_header(lambda h: h["encryption"].update(ephemeral_key="AAAA")), Reason.BAD_HEADER,
                      "ephemeral_key"),
    "too large": (lambda: _with_header(lambda h: h["payload"].update(plaintext_length=2**40, length=2**40 + 20 * 2**24)),
                  Reason.TOO_LARGE, "more than the format allows"),
    "another recipient": (lambda: craft(SENDER, STRANGER, PLAIN), Reason.WRONG_RECIPIENT,
                          "made for another installation"),
    "recipient not an id": (lambda: _with_header(lambda h: h["recipient"].update(installation_id="me")),
                            Reason.BAD_HEADER, "recipient.installation_id"),
    "another key of ours": (lambda: _with_header(lambda h: h["recipient"].update(
        encryption_key_id=key_id(generate_keys().encryption_public))), Reason.WRONG_RECIPIENT, "enrol this installation"),
}


@pytest.mark.parametrize("case", list(PREFIX_CASES))
def test_read_header_refuses(tmp_path, case):
    make, reason, says = PREFIX_CASES[case]
    path = _set(tmp_path / "a.vdbundle", make())
    with pytest.raises(BundleRejected) as err:
        _read(path)
    assert err.value.reason is reason, err.value.message
    assert says in err.value.message


def test_the_signature_is_checked_before_anything_is_parsed(tmp_path):
    calls = []

    def key_of_sender(sender):
        calls.append(sender)
        return SENDER.keys.signing_public

    garbage = craft(SENDER, RECIPIENT, PLAIN, raw_header=b"\xff not json", signer=STRANGER.keys)
    with pytest.raises(BundleRejected) as err:
        read_header(_set(tmp_path / "a.vdbundle", garbage), signing_key_of=key_of_sender,
                    recipient_id=RECIPIENT.installation_id, recipient_encryption_public=RECIPIENT.keys.encryption_public)
    assert err.value.reason is Reason.BAD_SIGNATURE and calls == [SENDER.installation_id]
    unknown = craft(STRANGER, RECIPIENT, PLAIN, raw_header=b"\xff not json")
    with pytest.raises(BundleRejected) as err:
        _read(_set(tmp_path / "b.vdbundle", unknown))
    assert err.value.reason is Reason.UNKNOWN_SENDER


def test_a_revoked_sender_is_refused_by_the_callback(tmp_path):
    def revoked(sender):
        raise BundleRejected(Reason.REVOKED_SENDER, "revoked")

    path = _set(tmp_path / "a.vdbundle", _good())
    with pytest.raises(BundleRejected) as err:
        read_header(path, signing_key_of=revoked, recipient_id=RECIPIENT.installation_id,
                    recipient_encryption_public=RECIPIENT.keys.encryption_public)
    assert err.value.reason is Reason.REVOKED_SENDER


def test_a_missing_file_is_unreadable(tmp_path):
    with pytest.raises(BundleRejected) as err:
        _read(tmp_path / "gone.vdbundle")
    assert err.value.reason is Reason.UNREADABLE and "gone.vdbundle" in err.value.message


# -- decrypting, step 5 ---------------------------------------------------------

def _swap_chunks(data):
    start = 93 + _head_length(data)
    first, second = data[start:start + 65556], data[start + 65556:start + 2 * 65556]
    return data[:start] + second + first + data[start + 2 * 65556:]


PAYLOAD_CASES = {
    "cut in the payload": (lambda: _good()[:-100], "ends 100 bytes early"),
    "cut at a chunk boundary": (lambda: (d := _good())[:93 + _head_length(d) + 65556], "bytes early"),
    "bytes after the end": (lambda: _good() + b"\0", "1 bytes follow the end"),
    "a flipped payload bit": (lambda: (d := bytearray(_good())).__setitem__(len(d) - 300, d[-300] ^ 1) or bytes(d),
                              "part 3 of 3 does not decrypt"),
    "a wrong chunk length": (lambda: (d := bytearray(_good())).__setitem__(93 + _head_length(d) + 3, 0x13) or bytes(d),
                             "part 1 of 3 has the wrong length"),
    "chunks reordered": (lambda: _swap_chunks(_good()), "part 1 of 3 does not decrypt"),
    "no final flag": (lambda: craft(SENDER, RECIPIENT, PLAIN, finals=[False, False, False]), "cut off after part 3"),
    "final flag too early": (lambda: craft(SENDER, RECIPIENT, PLAIN, finals=[True, False, True]), "part 1 of 3"),
    "hash differs from the plaintext": (lambda: craft(SENDER, RECIPIENT, PLAIN, plain_sha="0" * 64),
                                        "do not match the signed hash"),
    "encrypted to another key": (lambda: craft(SENDER, STRANGER, PLAIN, header=header_for(SENDER, RECIPIENT)),
                                 "does not decrypt"),
}


@pytest.mark.parametrize("case", list(PAYLOAD_CASES))
def test_decrypt_refuses_a_damaged_payload_and_leaves_nothing(tmp_path, case):
    make, says = PAYLOAD_CASES[case]
    path = _set(tmp_path / "a.vdbundle", make())
    staging = tmp_path / "staging"
    staging.mkdir()
    with pytest.raises(BundleRejected) as err:
        _decrypt(path, staging / "payload.zip")
    assert err.value.reason is Reason.DAMAGED_PAYLOAD, err.value.message
    assert says in err.value.message
    assert list(staging.iterdir()) == []


def test_a_header_swapped_from_another_bundle_fails_every_chunk(tmp_path):
    first, second = _good(), craft(SENDER, RECIPIENT, bytes(len(PLAIN)))
    cut1, cut2 = 93 + _head_length(first), 93 + _head_length(second)
    path = _set(tmp_path / "a.vdbundle", second[:cut2] + first[cut1:])
    _read(path)  # the header itself is good
    with pytest.raises(BundleRejected) as err:
        _decrypt(path, tmp_path / "plain")
    assert err.value.reason is Reason.DAMAGED_PAYLOAD and not (tmp_path / "plain").exists()


def test_a_file_changed_after_its_header_was_read_is_refused(tmp_path):
    path = _set(tmp_path / "a.vdbundle", _good())
    verified = _read(path)
    path.write_bytes(craft(SENDER, RECIPIENT, PLAIN))
    with pytest.raises(BundleRejected) as err:
        decrypt_payload(path, verified, encryption_private=RECIPIENT.keys.encryption_private,
                        out_path=tmp_path / "plain")
    assert "changed after it was checked" in err.value.message and not (tmp_path / "plain").exists()


def test_a_full_staging_disk_leaves_no_output(tmp_path):
    path = tmp_path / "a.vdbundle"
    write(path, SENDER, RECIPIENT, os.urandom(3 * MB))
    staging = tmp_path / "staging"
    staging.mkdir()
    with _disk_full_after(MB), pytest.raises(BundleRejected) as err:
        _decrypt(path, staging / "payload.zip")
    assert err.value.reason is Reason.NO_SPACE and str(staging) in err.value.message
    assert list(staging.iterdir()) == []


def test_cancelling_a_decrypt_removes_the_output(tmp_path):
    path = _set(tmp_path / "a.vdbundle", _good())
    progress = Progress(lambda done, total, text: progress.cancel())
    with pytest.raises(Cancelled):
        _decrypt(path, tmp_path / "plain", progress=progress)
    assert not (tmp_path / "plain").exists()


# -- writing to a stick -----------------------------------------------------------

def _payload(tmp_path, size=3 * MB):
    source = tmp_path / "payload.zip"
    source.write_bytes(os.urandom(size))
    return source


def _write(out, source, progress=None):
    kwargs = {"progress": progress} if progress else {}
    return write_bundle(out, header_for(SENDER, RECIPIENT), source, signing_private=SENDER.keys.signing_private,
                        recipient_encryption_public=RECIPIENT.keys.encryption_public, **kwargs)


def _reports(tmp_path):
    """How many progress reports a whole write makes."""
    seen = []
    stick = tmp_path / "count"
    stick.mkdir()
    _write(stick / "a.vdbundle", _payload(tmp_path), Progress(lambda *a: seen.append(a)))
    shutil.rmtree(stick)
    return len(seen)


def test_cancelling_at_any_moment_leaves_no_file(tmp_path):
    source = _payload(tmp_path)
    total = _reports(tmp_path)
    assert total > 100
    # From the first report (hashing) to the next to last (reading back after
    # the rename: the bundle is in place and must go again).
    placed = []
    for at in sorted({0, 1, total // 3, total // 2, total * 2 // 3, total - 2}):
        stick = tmp_path / f"stick{at}"
        stick.mkdir()
        calls = []

        def report(*args, calls=calls, at=at, stick=stick):
            calls.append(args)
            if len(calls) > at and not progress.cancelled:
                placed.append((stick / "a.vdbundle").exists())
                progress.cancel()

        progress = Progress(report)
        with pytest.raises(Cancelled):
            _write(stick / "a.vdbundle", source, progress)
        assert list(stick.iterdir()) == [], at
    assert placed[0] is False and placed[-1] is True


@contextlib.contextmanager
def _disk_full_after(limit):
    """A real write failure from the kernel: past the file size limit a
    write fails with EFBIG, where a full stick fails with ENOSPC."""
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old_handler)


def test_a_full_disk_leaves_no_file_and_names_the_folder(tmp_path):
    source = _payload(tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    with _disk_full_after(MB), pytest.raises(BundleRejected) as err:
        _write(stick / "a.vdbundle", source)
    assert err.value.reason is Reason.NO_SPACE
    assert str(stick) in err.value.message and os.strerror(errno.EFBIG) in err.value.message
    assert list(stick.iterdir()) == []


def test_a_stick_pulled_while_writing_leaves_no_bundle(tmp_path):
    source = _payload(tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    calls = []

    def pull(*args):
        calls.append(args)
        if len(calls) == 80:  # while encrypting
            shutil.rmtree(stick)

    with pytest.raises(BundleRejected) as err:
        _write(stick / "a.vdbundle", source, Progress(pull))
    assert err.value.reason is Reason.NO_SPACE and not stick.exists()


def test_a_bundle_replaces_an_old_file_of_its_name(tmp_path):
    (tmp_path / "a.vdbundle").write_bytes(b"old")
    _write(tmp_path / "a.vdbundle", _payload(tmp_path, 1000))
    assert _read(tmp_path / "a.vdbundle").header["sequence"] == 1


def test_write_refuses_a_header_the_recipient_would_refuse(tmp_path):
    source = _payload(tmp_path, 1000)
    no_sender = header_for(SENDER, RECIPIENT)
    del no_sender["sender"]
    for header in (header_for(SENDER, RECIPIENT, sequence=0), {**header_for(SENDER, RECIPIENT), "payload": {}},
                   no_sender):
        with pytest.raises(ValueError):
            write_bundle(tmp_path / "a.vdbundle", header, source, signing_private=SENDER.keys.signing_private,
                         recipient_encryption_public=RECIPIENT.keys.encryption_public)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["payload.zip"]
