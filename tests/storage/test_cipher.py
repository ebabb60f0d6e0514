"""Encrypted databases (SQLCipher) on real files: made and reopened with the
key, refused without it or with another, no plaintext on disk, keyed copies
and checks, conversion from a plain file, migrations under the key."""

from __future__ import annotations

import secrets
import sqlite3
from pathlib import Path

import pytest

from desktop.core.errors import DatabaseError
from desktop.storage import Database, DamagedDatabaseError, DatabaseLocked, WrongKey, cipher, migrate
from desktop.storage.backup import StartedCheck, check_file, copy_database, file_facts, in_use
from desktop.storage.database import backup_before_migration
from desktop.storage.reader import Reader

# SQLCipher: encrypted database files.
pytestmark = pytest.mark.file_database

CANARY = "CANARY-扎西岗-7f3a9c"


@pytest.fixture
def key() -> bytes:
    return secrets.token_bytes(cipher.KEY_BYTES)


def _put(db: Database, name: str, value: str) -> None:
    with db.write("tester", "edit") as w:
        Reader(w.conn).meta.set(name, value)


def _get(db: Database, name: str) -> str | None:
    with db.read() as r:
        return r.meta.get(name)


def _filled(path: Path, key: bytes | None, rows: int = 1500) -> str:
    """A database with a canary and a table filling the file's last pages; its installation id."""
    db = Database.open(path, key=key)
    try:
        _put(db, "canary", CANARY)
        with db.raw_connection() as conn:
            conn.exec_driver_sql("CREATE TABLE filler (n INTEGER, text TEXT)")
            conn.exec_driver_sql("INSERT INTO filler VALUES (?, ?)",
                                 [(n, f"{CANARY} {n:06d} " * 4) for n in range(rows)])
            conn.commit()
        return db.installation_id
    finally:
        db.close()


def _counts(path: Path, key: bytes | None) -> dict[str, int]:
    conn = cipher.connect(path, key)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def _flip_bit(path: Path, page: int, offset: int = 700) -> None:
    with open(path, "r+b") as f:
        f.seek((page - 1) * 4096 + offset)
        byte = f.read(1)[0]
        f.seek((page - 1) * 4096 + offset)
        f.write(bytes([byte ^ 0x10]))


def _root_page(path: Path, key: bytes, table: str) -> int:
    conn = cipher.connect(path, key)
    try:
        return conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    finally:
        conn.close()


def test_an_encrypted_database_is_made_and_reopens_with_its_key(db_path, key):
    db = Database.open(db_path, key=key)
    try:
        assert db.key == key and db.installation_id
        _put(db, "canary", CANARY)
        installation = db.installation_id
    finally:
        db.close()
    assert cipher.is_encrypted(db_path)
    assert db_path.read_bytes()[:16] != b"SQLite format 3\x00"
    db = Database.open(db_path, key=key, create=False)
    try:
        assert db.installation_id == installation and _get(db, "canary") == CANARY
        assert db.migrated_from is None and db.damaged == []
        with db.raw_connection() as conn:
            assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2          # MEMORY
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        db.close()


def test_a_plain_database_stays_plain_and_has_no_key(db_path):
    db = Database.open(db_path)
    try:
        assert db.key is None
    finally:
        db.close()
    assert not cipher.is_encrypted(db_path)
    assert db_path.read_bytes()[:16] == b"SQLite format 3\x00"


def test_another_key_is_a_wrong_key_with_a_clear_message(db_path, key):
    Database.open(db_path, key=key).close()
    before = db_path.read_bytes()
    other = secrets.token_bytes(32)
    with pytest.raises(WrongKey) as err:
        Database.open(db_path, key=other)
    assert isinstance(err.value, DatabaseError)
    assert "does not open this database" in err.value.message and str(db_path) in err.value.message
    assert other.hex() not in str(err.value) and key.hex() not in str(err.value)
    assert db_path.read_bytes() == before


def test_an_encrypted_database_without_its_key_is_locked(db_path, key):
    Database.open(db_path, key=key).close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseLocked) as err:
        Database.open(db_path, check=True)
    assert err.value.locked is True and err.value.path == db_path.resolve()
    assert isinstance(err.value, DatabaseError) and "encrypted" in err.value.message
    assert db_path.read_bytes() == before


def test_a_plain_database_given_a_key_is_refused(db_path, key):
    Database.open(db_path).close()
    with pytest.raises(DatabaseError, match="not encrypted"):
        Database.open(db_path, key=key)


def test_what_counts_as_encrypted(tmp_path, key):
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    zeroed = tmp_path / "zeroed.sqlite3"
    zeroed.write_bytes(b"\x00" * 8192)      # a plain file whose start was lost: damaged, not encrypted
    assert not cipher.is_encrypted(tmp_path / "missing.sqlite3")
    assert not cipher.is_encrypted(empty) and not cipher.is_encrypted(zeroed)
    with pytest.raises(DamagedDatabaseError):
        Database.open(zeroed)
    db = Database.open(empty, key=key)      # an empty file is made encrypted
    db.close()
    assert cipher.is_encrypted(empty)


def test_no_plaintext_reaches_the_database_or_its_wal(db_path, key):
    db = Database.open(db_path, key=key)
    try:
        _put(db, "canary", CANARY)
        wal = Path(f"{db_path}-wal")
        assert wal.exists() and wal.stat().st_size > 0       # the canary is in the WAL, encrypted
        for path in (db_path, wal):
            data = path.read_bytes()
            assert CANARY.encode() not in data and "扎西岗".encode() not in data
            assert b"local_meta" not in data and b"CREATE TABLE" not in data
    finally:
        db.close()
    assert CANARY.encode() not in db_path.read_bytes()


def test_sqlcipher_writes_nothing_to_stderr_on_a_wrong_key_or_damage(db_path, key, capfd):
    _filled(db_path, key)
    capfd.readouterr()
    with pytest.raises(WrongKey):
        Database.open(db_path, key=secrets.token_bytes(32))
    pages = db_path.stat().st_size // 4096
    _flip_bit(db_path, pages)
    Database.open(db_path, key=key, check=True).close()
    out, err = capfd.readouterr()
    assert "ERROR" not in err and "ERROR" not in out


def test_a_keyed_copy_is_encrypted_under_the_same_key(db_path, tmp_path, key):
    installation = _filled(db_path, key)
    copy = tmp_path / "copy.sqlite3"
    steps: list[tuple[int, int]] = []
    copy_database(db_path, copy, key=key, on_step=lambda done, total: steps.append((done, total)), pages=50)
    assert steps and steps[-1][0] == steps[-1][1]
    assert cipher.is_encrypted(copy) and CANARY.encode() not in copy.read_bytes()
    assert check_file(copy, key=key) == []
    assert file_facts(copy, key)[0] == installation
    assert file_facts(copy) == (None, "0")             # no key: nothing read
    with pytest.raises(DatabaseLocked):
        copy_database(db_path, tmp_path / "unkeyed.sqlite3")
    assert not (tmp_path / "unkeyed.sqlite3").exists()
    db = Database.open(copy, key=key)
    try:
        assert db.installation_id == installation and _get(db, "canary") == CANARY
        again = tmp_path / "again.sqlite3"
        db.copy_to(again)                                 # the database passes its own key down
    finally:
        db.close()
    assert cipher.is_encrypted(again) and _counts(again, key) == _counts(db_path, key)


def test_a_plain_source_gives_a_plain_copy_whatever_the_key(db_path, tmp_path, key):
    # A backup folder half-way through a conversion holds both kinds.
    _filled(db_path, None, rows=10)
    copy = tmp_path / "copy.sqlite3"
    copy_database(db_path, copy, key=key)
    assert not cipher.is_encrypted(copy) and check_file(copy, key=key) == []
    assert file_facts(copy, key) == file_facts(db_path)


def test_a_bit_flipped_page_opens_read_only_with_the_damage_named(db_path, key):
    installation = _filled(db_path, key)
    pages = db_path.stat().st_size // 4096
    _flip_bit(db_path, pages)                           # a page of the filler table
    before = db_path.read_bytes()
    problems = check_file(db_path, key=key)
    assert f"HMAC verification failed for page {pages}" in problems
    db = Database.open(db_path, key=key, check=True)
    try:
        assert db.read_only and f"HMAC verification failed for page {pages}" in db.damaged
        assert db.installation_id == installation
        with pytest.raises(DatabaseError, match="read-only"):
            _put(db, "x", "y")
    finally:
        db.close()
    assert db_path.read_bytes() == before


def test_an_unreadable_identity_page_is_a_damaged_database(db_path, key):
    _filled(db_path, key, rows=10)
    _flip_bit(db_path, _root_page(db_path, key, "local_meta"))
    with pytest.raises(DamagedDatabaseError) as err:
        Database.open(db_path, key=key, check=True)
    assert err.value.damaged and err.value.path == db_path.resolve()


def test_a_first_page_the_key_cannot_read_is_a_wrong_key_for_the_key_ring_to_judge(db_path, key):
    _filled(db_path, key, rows=10)
    _flip_bit(db_path, 1)
    with pytest.raises(WrongKey):
        Database.open(db_path, key=key, check=True)
    with pytest.raises(WrongKey):
        cipher.integrity_problems(db_path, key)
    assert check_file(db_path, key=key) != []


def test_the_early_check_leaves_an_encrypted_file_to_the_open(db_path, key):
    _filled(db_path, key)
    started = StartedCheck.start(db_path)
    assert started is not None and started.problems() is None          # not checked: no key yet
    pages = db_path.stat().st_size // 4096
    _flip_bit(db_path, pages)
    started = StartedCheck.start(db_path)
    db = Database.open(db_path, key=key, check=started)
    try:
        assert db.read_only and db.damaged                              # open checked it with the key
    finally:
        db.close()


def test_encrypt_file_makes_an_encrypted_copy_with_the_same_rows(db_path, tmp_path, key):
    installation = _filled(db_path, None)
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA user_version = 7")
    plain_before = db_path.read_bytes()
    target = tmp_path / "encrypted.sqlite3"
    cipher.encrypt_file(db_path, target, key)
    assert db_path.read_bytes() == plain_before
    assert cipher.is_encrypted(target) and CANARY.encode() not in target.read_bytes()
    assert _counts(target, key) == _counts(db_path, None)
    conn = cipher.connect(target, key)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 7
    finally:
        conn.close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("encrypted")) == ["encrypted.sqlite3"]
    db = Database.open(target, key=key, check=True)
    try:
        assert db.installation_id == installation and db.damaged == [] and _get(db, "canary") == CANARY
    finally:
        db.close()
    with pytest.raises(DatabaseError, match="encrypted already"):
        cipher.encrypt_file(target, tmp_path / "twice.sqlite3", key)


def test_encrypt_file_into_a_missing_folder_leaves_nothing(db_path, tmp_path, key):
    _filled(db_path, None, rows=10)
    target = tmp_path / "gone" / "encrypted.sqlite3"
    with pytest.raises(cipher.errors()):
        cipher.encrypt_file(db_path, target, key)
    assert not (tmp_path / "gone").exists()


def test_encrypt_file_of_a_live_database_takes_its_committed_state(db_path, tmp_path, key):
    db = Database.open(db_path)
    try:
        _put(db, "canary", CANARY)                       # in the WAL, not yet checkpointed
        target = tmp_path / "encrypted.sqlite3"
        cipher.encrypt_file(db_path, target, key)
    finally:
        db.close()
    encrypted = Database.open(target, key=key)
    try:
        assert _get(encrypted, "canary") == CANARY
    finally:
        encrypted.close()


def test_migrations_run_on_an_encrypted_database_with_an_encrypted_backup_first(db_path, tmp_path, key):
    from sqlalchemy import create_engine

    plain = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{plain}")
    with engine.begin() as conn:
        migrate.upgrade(conn, migrate.REVISIONS[-2])
        conn.exec_driver_sql("INSERT INTO local_meta VALUES ('installation_id', 'inst-old')")
    engine.dispose()
    cipher.encrypt_file(plain, db_path, key)
    db = Database.open(db_path, key=key)
    try:
        assert db.migrated_from == migrate.REVISIONS[-2] and db.installation_id == "inst-old"
        backup = db.migration_backup_path
    finally:
        db.close()
    assert backup == db_path.with_name(f"{db_path.name}.before-{migrate.REVISIONS[-2]}.bak")
    assert cipher.is_encrypted(backup) and cipher.is_encrypted(db_path)
    conn = cipher.connect(backup, key)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == migrate.REVISIONS[-2]
    finally:
        conn.close()


def test_a_migration_backup_hook_is_given_the_key(db_path, tmp_path, key):
    from sqlalchemy import create_engine

    plain = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{plain}")
    with engine.begin() as conn:
        migrate.upgrade(conn, migrate.REVISIONS[-2])
    engine.dispose()
    cipher.encrypt_file(plain, db_path, key)
    calls = []

    def hook(path, revision, *, key=None):
        calls.append((path, revision, key))
        return backup_before_migration(path, revision, key)

    Database.open(db_path, key=key, backup=hook).close()
    assert calls == [(db_path.resolve(), migrate.REVISIONS[-2], key)]


def test_a_newer_encrypted_database_is_refused_unchanged(db_path, key):
    Database.open(db_path, key=key).close()
    conn = cipher.connect(db_path, key)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.execute("INSERT OR REPLACE INTO local_meta VALUES ('schema_app_version', '99.0')")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError, match="VillageDesk 99.0"):
        Database.open(db_path, key=key)
    assert db_path.read_bytes() == before


def test_in_use_sees_a_writer_of_an_encrypted_file(db_path, key):
    db = Database.open(db_path, key=key)
    try:
        assert not in_use(db_path, key)
        with db.write("tester", "edit"):
            assert in_use(db_path, key)
    finally:
        db.close()


def test_a_key_must_be_32_bytes(db_path):
    with pytest.raises(ValueError):
        Database.open(db_path, key=b"short")


def test_the_key_is_in_no_url_and_no_error_text(db_path, key):
    db = Database.open(db_path, key=key)
    try:
        for engine in (db._writer, db._reader):
            assert key.hex() not in str(engine.url) and key.hex() not in repr(engine)
        with pytest.raises(DatabaseError) as err:
            with db.write("tester", "edit") as w:
                w.conn.exec_driver_sql("INSERT INTO no_such_table VALUES (1)")
        assert key.hex() not in str(err.value) and key.hex() not in repr(err.value.__cause__)
    finally:
        db.close()


def test_readers_in_other_threads_use_keyed_connections(db_path, key):
    from concurrent.futures import ThreadPoolExecutor

    db = Database.open(db_path, key=key)
    try:
        _put(db, "canary", CANARY)
        with ThreadPoolExecutor(4) as pool:
            assert list(pool.map(lambda _: _get(db, "canary"), range(8))) == [CANARY] * 8
    finally:
        db.close()
