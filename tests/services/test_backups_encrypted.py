"""Backups of an encrypted database (issue 10): encrypted with its key,
recovery.keys beside them, restored with the key (a plain one encrypted on
the way in), refused clearly without it or from another database, and plain
backups encrypted in place, this database's only."""

from __future__ import annotations

import json
import secrets
import shutil
from pathlib import Path

import pytest

from desktop.core.access import Role
from desktop.core.errors import VillageDeskError
from desktop.core.progress import Progress
from desktop.services.backup_encryption import encrypt_plain_backups, plain_backups
from desktop.services.backup_files import BackupFailed, list_backups, parse
from desktop.services.backups import folder_for, migration_backup, restore_file
from desktop.services.encryption import encrypt_database
from desktop.services.file_wipe import OLD_SUFFIX
from desktop.services.key_ring import RECOVERY_COPY, KeyRing, ring_path
from desktop.services.workspace import Workspace
from desktop.storage import cipher

# Encrypted backups are copies of an encrypted database file (SQLCipher).
pytestmark = pytest.mark.file_database

PASSWORD = "a long passphrase"
CLERK_PASSWORD = "clerk passphrase"
CANARY = "卓玛才让村"
LATER = "后来新建村"
SQLITE = b"SQLite format 3\x00"


def _add_village(ws, township, name: str) -> str:
    file = ws.villages.new_file(township.id)
    file.facts.name_zh = name
    ws.villages.save_file(ws.villages.new_file(township.id), file)
    return file.facts.id


def _names(ws) -> list[str]:
    return sorted(name_zh for _, name_zh, _, _ in ws.villages.find("", limit=100))


def _holding(folder: Path, text: str) -> list[str]:
    """The files under `folder` whose bytes hold `text` (UTF-8 or UTF-16)."""
    needles = (text.encode(), text.encode("utf-16-le"))
    return [p.name for p in folder.rglob("*") if p.is_file() and any(n in p.read_bytes() for n in needles)]


@pytest.fixture
def office(workspace, township):
    """A plain database with a canary village and a plain backup, then
    encrypted by its administrator."""
    _add_village(workspace, township, CANARY)
    workspace.users.create_first_admin("Admin", "管理员", PASSWORD)
    workspace.users.add("zhang", "张三", [Role.CLERK, Role.ADMIN], CLERK_PASSWORD)
    workspace.users.login("zhang", CLERK_PASSWORD)   # a clerk adds villages; an administrator encrypts
    workspace.backups.create("manual")
    result = encrypt_database(workspace, CLERK_PASSWORD)
    return workspace, result


def test_backups_of_an_encrypted_database_are_encrypted_with_the_recovery_copy(office, township):
    ws, _ = office
    folder = ws.backups.folder
    made = ws.backups.create("manual")
    backups = ws.backups.list()
    # The plain ones from before (manual, before-encryption) were encrypted in place by the conversion.
    assert {b.reason for b in backups} == {"manual", "before-encryption"} and len(backups) == 3
    assert all(cipher.is_encrypted(b.path) for b in backups)
    assert _holding(folder, CANARY) == []
    assert ws.backups.newest_good() == made
    copy = json.loads((folder / RECOVERY_COPY).read_text(encoding="utf-8"))
    assert copy == KeyRing.load(ring_path(ws.db.path)).recovery_only()
    # recovery.keys is put back by the next backup when it has gone.
    (folder / RECOVERY_COPY).unlink()
    _add_village(ws, township, LATER)
    ws.backups.create("manual")
    assert (folder / RECOVERY_COPY).is_file()


def test_an_encrypted_backup_is_restored_with_the_key(office, township):
    ws, _ = office
    backup = ws.backups.create("manual")
    _add_village(ws, township, LATER)
    result = ws.backups.restore(backup)
    assert result.restored == backup and result.safety_copy is not None
    assert _names(ws) == [CANARY] and ws.db.key is not None
    assert cipher.is_encrypted(ws.db.path) and cipher.is_encrypted(result.safety_copy)


def test_a_plain_backup_restored_into_an_encrypted_database_is_encrypted_on_the_way(tmp_path, workspace, township):
    _add_village(workspace, township, CANARY)
    plain = workspace.backups.create("manual")
    db_path, installation = workspace.db.path, workspace.installation_id
    kept = tmp_path / "kept" / plain.name
    kept.parent.mkdir()
    shutil.copyfile(plain.path, kept)   # out of the folder: the conversion leaves it plain
    workspace.users.create_first_admin("Admin", "管理员", PASSWORD)
    workspace.users.add("zhang", "张三", [Role.CLERK, Role.ADMIN], CLERK_PASSWORD)
    workspace.users.login("zhang", CLERK_PASSWORD)
    encrypt_database(workspace, CLERK_PASSWORD)
    key = workspace.db.key
    _add_village(workspace, township, LATER)
    workspace.close()
    backup = parse(kept)
    assert backup is not None and backup.installation_id == installation and not cipher.is_encrypted(kept)
    restore_file(db_path, backup, key=key)
    assert cipher.is_encrypted(db_path)
    with Workspace.open(db_path, key=key, actor="tester") as ws:
        assert _names(ws) == [CANARY]


def test_without_the_key_or_with_another_database_s_a_restore_changes_nothing(office, tmp_path):
    ws, _ = office
    backup = ws.backups.create("manual")
    db_path, key = ws.db.path, ws.db.key
    ws.close()
    before = db_path.read_bytes()
    with pytest.raises(BackupFailed) as locked:
        restore_file(db_path, backup)
    assert "encrypted" in locked.value.message
    with pytest.raises(BackupFailed) as other:
        restore_file(db_path, backup, key=secrets.token_bytes(32))
    assert "another database" in other.value.message
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir() if ".restoring." in p.name) == []
    with Workspace.open(db_path, key=key, actor="tester") as again:
        assert _names(again) == [CANARY]


def test_plain_backups_are_encrypted_in_place_this_database_s_only(tmp_path, township):
    shared = tmp_path / "stick"
    ours = Workspace.open(tmp_path / "ours.sqlite3", actor="tester")
    theirs = Workspace.open(tmp_path / "theirs.sqlite3", actor="tester")
    try:
        ours.backups.set_folder(shared)   # the setting is the user's: both databases back up to the stick
        ours.units.create(township)
        theirs.units.create(township)
        _add_village(ours, township, CANARY)
        _add_village(theirs, township, "别人的村")
        ours.backups.create("manual")
        _add_village(ours, township, LATER)
        ours.backups.create("manual")
        their_backup = theirs.backups.create("manual")
        assert folder_for(ours.db.path) == shared
        # What an interrupted run leaves: a second name of a plain backup, already replaced.
        first = plain_backups(shared, ours.installation_id)[0]
        leftover = first.with_name(first.name + OLD_SUFFIX)
        shutil.copyfile(first, leftover)
        # A plain "backup" SQLite cannot read.
        broken = shared / first.name.replace(".manual.", ".hourly.")
        broken.write_bytes(b"not a database, " * 300)
        key = secrets.token_bytes(32)
        seen = []
        problems = encrypt_plain_backups(shared, key, Progress(lambda d, t, x: seen.append((d, t))),
                                         installation_id=ours.installation_id)
        assert len(problems) == 1 and broken.name in problems[0]
        assert seen[-1] == (3, 3)
        assert plain_backups(shared, ours.installation_id) == [broken]
        assert not leftover.exists()
        assert _holding(shared, CANARY) == [] and _holding(shared, LATER) == []
        assert not cipher.is_encrypted(their_backup.path) and _holding(shared, "别人的村") == [their_backup.name]
        for backup in list_backups(shared, installation_id=ours.installation_id):
            if backup.path != broken:
                with Workspace.open(backup.path, key=key, create=False, actor="tester") as copy:
                    assert CANARY in _names(copy)
        # Done: a second run has nothing left but the broken file to report.
        assert len(encrypt_plain_backups(shared, key, installation_id=ours.installation_id)) == 1
    finally:
        ours.close()
        theirs.close()


def test_a_migration_backup_of_an_encrypted_database_is_encrypted(office):
    ws, _ = office
    db_path, key = ws.db.path, ws.db.key
    ws.close()
    made = migration_backup(db_path, "0001", key=key)
    assert made.parent == folder_for(db_path) and cipher.is_encrypted(made)
    assert (made.parent / RECOVERY_COPY).is_file()
    assert parse(made).installation_id != "unknown"


def test_the_backup_service_encrypts_leftover_plain_backups_of_its_database(office):
    ws, _ = office
    assert ws.backups.encrypt_plain() == []
    assert all(cipher.is_encrypted(b.path) for b in ws.backups.list())
