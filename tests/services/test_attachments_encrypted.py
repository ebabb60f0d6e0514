"""The keyed attachment store: nothing plain on disk, content back whole,
tampering found, a plain store encrypted in place (issue 10)."""

from __future__ import annotations

import hashlib
import os
import secrets
from pathlib import Path

import pytest

from desktop.core.progress import Cancelled, Progress
from desktop.services.attachment_crypto import CHUNK, MAGIC
from desktop.services.attachments import AttachmentDamaged, AttachmentStore

# Attachments encrypted with an encrypted database file's key.
pytestmark = pytest.mark.file_database

CANARY = "卓玛才让 513229198001011234 canary".encode()


def _content(size: int) -> bytes:
    # Random bytes with the canary at the start, across a chunk edge and at the end.
    body = bytearray(os.urandom(size))
    for at in (0, max(0, min(CHUNK - 10, size - len(CANARY))), max(0, size - len(CANARY))):
        body[at:at + len(CANARY)] = CANARY
    return bytes(body[:size]) if size >= len(CANARY) else CANARY[:size]


def _every_byte(root: Path) -> list[tuple[Path, bytes]]:
    return [(p, p.read_bytes()) for p in root.rglob("*") if p.is_file()]


@pytest.fixture
def key() -> bytes:
    return secrets.token_bytes(32)


@pytest.mark.parametrize("size", [0, 5, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 2 * CHUNK + 12345])
def test_content_comes_back_whole_and_nothing_plain_is_stored(tmp_path, key, size):
    source = tmp_path / "照片.jpg"
    data = _content(size)
    source.write_bytes(data)
    store = AttachmentStore(tmp_path / "store", key)
    sha, stored_size = store.add(source)
    assert (sha, stored_size) == (hashlib.sha256(data).hexdigest(), size)
    assert store.read_bytes(sha) == data
    assert store.copy_out(sha, tmp_path / "out.jpg").read_bytes() == data
    files = _every_byte(store.root)
    assert [p for p, _ in files] == [store.path(sha)]          # no temporary file left
    (path, raw), = files
    assert sha not in str(path) and path.name != sha             # the name does not give the hash away
    assert raw.startswith(MAGIC) and (size < len(CANARY) or CANARY not in raw)
    assert store.plain_files() == []


def test_add_bytes_and_blocks_give_the_same_file(tmp_path, key):
    data = _content(3 * CHUNK // 2)
    store = AttachmentStore(tmp_path / "store", key)
    sha, _ = store.add_bytes(data, "a.pdf")
    before = store.path(sha).read_bytes()
    assert store.add_blocks(sha, [data[:7], data[7:CHUNK + 3], data[CHUNK + 3:]]) == len(data)
    assert store.path(sha).read_bytes() == before                # stored once
    assert b"".join(store.blocks(sha)) == data


def test_content_that_does_not_match_its_hash_is_not_stored(tmp_path, key):
    store = AttachmentStore(tmp_path / "store", key)
    claimed = hashlib.sha256(b"what the manifest said").hexdigest()
    with pytest.raises(AttachmentDamaged):
        store.add_blocks(claimed, [b"something else"])
    assert _every_byte(store.root) == []


def test_another_key_sees_neither_name_nor_content(tmp_path, key):
    store = AttachmentStore(tmp_path / "store", key)
    sha, _ = store.add_bytes(CANARY)
    other = AttachmentStore(tmp_path / "store", secrets.token_bytes(32))
    assert not other.has(sha)
    # Even given the file under the other key's name, it does not open.
    other.path(sha).parent.mkdir(parents=True, exist_ok=True)
    other.path(sha).write_bytes(store.path(sha).read_bytes())
    with pytest.raises(AttachmentDamaged):
        other.read_bytes(sha)


def _two_chunk_store(tmp_path, key):
    store = AttachmentStore(tmp_path / "store", key)
    data = _content(CHUNK + 500)
    sha, _ = store.add_bytes(data)
    return store, sha, store.path(sha)


def test_a_flipped_bit_is_found(tmp_path, key):
    store, sha, path = _two_chunk_store(tmp_path, key)
    raw = bytearray(path.read_bytes())
    raw[len(MAGIC) + 12 + 1000] ^= 0x01
    path.write_bytes(bytes(raw))
    with pytest.raises(AttachmentDamaged):
        store.read_bytes(sha)
    target = tmp_path / "copy.bin"
    with pytest.raises(AttachmentDamaged):
        store.copy_out(sha, target)
    assert not target.exists()                                   # no half copy left


def test_a_file_cut_at_a_chunk_edge_is_found(tmp_path, key):
    store, sha, path = _two_chunk_store(tmp_path, key)
    raw = path.read_bytes()
    path.write_bytes(raw[:len(MAGIC) + 12 + CHUNK + 16])         # the first chunk alone, whole
    with pytest.raises(AttachmentDamaged):
        store.read_bytes(sha)


def test_two_files_swapped_are_found(tmp_path, key):
    store = AttachmentStore(tmp_path / "store", key)
    a, _ = store.add_bytes(b"photo of the meeting")
    b, _ = store.add_bytes(b"minutes of the meeting")
    raw_a, raw_b = store.path(a).read_bytes(), store.path(b).read_bytes()
    store.path(a).write_bytes(raw_b)
    store.path(b).write_bytes(raw_a)
    for sha in (a, b):
        with pytest.raises(AttachmentDamaged):
            store.read_bytes(sha)


def test_a_missing_file_says_so(tmp_path, key):
    store = AttachmentStore(tmp_path / "store", key)
    with pytest.raises(AttachmentDamaged):
        store.read_bytes(hashlib.sha256(b"never stored").hexdigest())


def test_the_plain_store_is_as_before(tmp_path):
    store = AttachmentStore(tmp_path / "store")
    source = tmp_path / "a.txt"
    source.write_bytes(CANARY)
    sha, size = store.add(source)
    assert store.path(sha) == store.root / sha[:2] / sha and store.path(sha).read_bytes() == CANARY
    assert store.read_bytes(sha) == CANARY and not store.encrypted


def _plain_store_with_files(tmp_path) -> tuple[Path, dict[str, bytes]]:
    root = tmp_path / "db.sqlite3.attachments"
    plain = AttachmentStore(root)
    contents = [_content(n) for n in (40, CHUNK + 7, 3000)]
    shas = {plain.add_bytes(data)[0]: data for data in contents}
    # An add that never finished leaves a plain temporary file.
    (root / ".incoming-crashed").write_bytes(CANARY + b" half a photo")
    return root, shas


def test_a_plain_store_is_encrypted_in_place(tmp_path, key):
    root, shas = _plain_store_with_files(tmp_path)
    store = AttachmentStore(root, key)
    assert len(store.plain_files()) == 4
    seen = []
    assert store.encrypt_existing(Progress(lambda done, total, text: seen.append((done, total)))) == 4
    assert seen[-1] == (4, 4)
    for sha, data in shas.items():
        assert store.read_bytes(sha) == data
        assert not (root / sha[:2] / sha).exists()
    assert all(CANARY not in raw for _, raw in _every_byte(root))
    assert store.plain_files() == [] and store.encrypt_existing() == 0   # done: nothing more


def test_an_interrupted_encryption_leaves_every_file_whole_and_finishes_later(tmp_path, key):
    root, shas = _plain_store_with_files(tmp_path)
    store = AttachmentStore(root, key)
    progress = Progress()

    def cancel_after_two(done, total, text):
        if done == 2:
            progress.cancel()

    progress._on_report = cancel_after_two
    with pytest.raises(Cancelled):
        store.encrypt_existing(progress)
    left = len(store.plain_files())
    assert 0 < left < 4
    plain_reader = AttachmentStore(root)
    for sha, data in shas.items():   # each one plain or encrypted, never neither
        assert (plain_reader.read_bytes(sha) if plain_reader.has(sha) else store.read_bytes(sha)) == data
    assert store.encrypt_existing() == left
    assert store.plain_files() == []
    assert all(store.read_bytes(sha) == data for sha, data in shas.items())


def test_a_plain_file_that_begins_like_an_encrypted_one_is_still_encrypted(tmp_path, key):
    root = tmp_path / "store"
    crafted = MAGIC + os.urandom(100) + CANARY
    sha, _ = AttachmentStore(root).add_bytes(crafted)
    store = AttachmentStore(root, key)
    assert store.plain_files() == [root / sha[:2] / sha]
    store.encrypt_existing()
    assert store.read_bytes(sha) == crafted and all(CANARY not in raw for _, raw in _every_byte(root))
