"""A disk that fills up while the database is being encrypted: a clear
message, and the database as it was (plain, every byte), with no key ring
and no half-written encrypted copy beside it."""

from __future__ import annotations

import hashlib
import os
import resource
import signal
import sqlite3

import pytest

from desktop.core.errors import VillageDeskError
from desktop.services.demo import fill_demo
from desktop.services.encryption import encrypt_database
from desktop.services.key_ring import ring_path
from desktop.services.workspace import Workspace
from desktop.storage import cipher

# Encrypting a database file on a disk that fills up.
pytestmark = pytest.mark.file_database

PASSWORD = "a long passphrase"


def _encrypt_with_file_limit(db_path, limit: int) -> str:
    """Encrypt in a forked child whose files may not grow past `limit` bytes
    (as a full disk refuses them); the child's message."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        code = 1
        try:
            os.close(read)
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
            ws = Workspace.open(db_path, create=False)
            try:
                ws.users.login("admin", PASSWORD)
                encrypt_database(ws, PASSWORD)
                message = "encrypted"
            except VillageDeskError as exc:
                message = exc.message
            finally:
                ws.close()
            os.write(write, message.encode())
            code = 0
        finally:
            os._exit(code)
    os.close(write)
    with os.fdopen(read, "rb") as f:
        message = f.read().decode()
    _, status = os.waitpid(pid, 0)
    assert status == 0
    return message


def _digest(path) -> str:
    """The records (not the file's bytes: the sign-in before the attempt is
    itself recorded)."""
    con = sqlite3.connect(path)
    try:
        rows = [con.execute(f"SELECT * FROM {t} ORDER BY id").fetchall()
                for t in ("village", "person", "post", "problem", "inspection", "plan")]
        assert con.execute("PRAGMA quick_check").fetchone() == ("ok",)
    finally:
        con.close()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def test_a_full_disk_while_encrypting_leaves_the_plain_database_as_it_was(db_path):
    with Workspace.open(db_path, actor="tester") as ws:
        fill_demo(ws, villages=20, seed=4)
        ws.users.create_first_admin("admin", "管理员", PASSWORD)
    # Compact, so the encrypted copy (4 KB pages that each keep 80 bytes for
    # SQLCipher's IV and HMAC) is larger than the plain file and its backup.
    con = sqlite3.connect(db_path)
    con.execute("VACUUM")
    con.close()
    before, files_before = _digest(db_path), sorted(p.name for p in db_path.parent.iterdir())
    # Room for the backup made first (a copy of the same size), not for the
    # encrypted copy, which SQLCipher's per-page checksums make larger.
    message = _encrypt_with_file_limit(db_path, db_path.stat().st_size + 2 * 4096)
    assert message != "encrypted"
    assert "disk" in message or "space" in message or "磁盘" in message, message
    assert not cipher.is_encrypted(db_path) and _digest(db_path) == before
    assert not ring_path(db_path).exists()
    left = sorted(p.name for p in db_path.parent.iterdir())
    assert [n for n in left if n not in files_before and not n.endswith(".backups")] == []
    with Workspace.open(db_path, create=False) as ws:
        ws.users.login("admin", PASSWORD)
        assert len(ws.villages.find("", limit=100)) == 20
