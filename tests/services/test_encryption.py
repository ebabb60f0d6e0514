"""Encrypting a database and opening it again: with a password through the
key ring, with the recovery key, and what a wrong one leaves (nothing)."""

import json
from datetime import datetime, timedelta, timezone

import pytest

from desktop.core.access import AccessDenied, Role
from desktop.core.errors import VillageDeskError
from desktop.core.progress import Cancelled, Progress
from desktop.core.recovery_key import RecoveryKeyInvalid, from_bytes, groups_of, parse
from desktop.services.demo import fill_demo
from desktop.services.encryption import (
    EncryptionResult, RecoveryKeyRefused, database_state, encrypt_database, open_with_password,
    open_with_recovery_key,
)
from desktop.services.key_ring import RECOVERY_COPY, KeyRing, ring_path
from desktop.services.users import LoginRefused
from desktop.services.workspace import Workspace
from desktop.services.attachments import AttachmentStore
from desktop.storage import DatabaseLocked, cipher
from desktop.storage.database import DamagedDatabaseError

# Encryption is of the database file (SQLCipher) and its key ring beside it.
pytestmark = pytest.mark.file_database

PASSWORD = "a long passphrase"
CLERK_PASSWORD = "clerk passphrase"
T0 = datetime(2026, 11, 23, 8, 0, tzinfo=timezone.utc)
SQLITE = b"SQLite format 3\x00"


@pytest.fixture
def office(workspace):
    """A plain database with demo villages, an administrator (signed in) and a clerk."""
    fill_demo(workspace, villages=3)
    workspace.users.create_first_admin("Admin", "管理员", PASSWORD)
    workspace.users.add("zhang", "张三", [Role.CLERK], CLERK_PASSWORD)
    return workspace


@pytest.fixture
def encrypted(office):
    """The office's database encrypted: (workspace, result)."""
    return office, encrypt_database(office, PASSWORD)


def _villages(ws):
    return sorted(ws.villages.find("", limit=1000))


def _ring_json(db_path):
    return json.loads(ring_path(db_path).read_text(encoding="utf-8"))


def test_database_state_reads_only_the_first_bytes(tmp_path, office, db_path):
    assert database_state(tmp_path / "none.sqlite3") == "missing"
    assert database_state(db_path) == "plain"
    assert database_state("postgresql://county/villages") == "server"
    encrypt_database(office, PASSWORD)
    assert database_state(db_path) == "encrypted"


def test_encrypting_replaces_the_file_and_keeps_everything(office, db_path):
    villages = _villages(office)
    sha, _ = AttachmentStore.beside(db_path).add_bytes(b"CANARY evidence of 2026", "note.txt")
    result = encrypt_database(office, PASSWORD)
    assert cipher.is_encrypted(result.backup)
    stored = [p for p in AttachmentStore.beside(db_path).root.rglob("*") if p.is_file()]
    assert stored and not any(b"CANARY" in p.read_bytes() for p in stored)
    assert AttachmentStore.beside(db_path, office.db.key).read_bytes(sha) == b"CANARY evidence of 2026"
    assert isinstance(result, EncryptionResult)
    assert parse(result.recovery_key) and result.recovery_key.count("-") == 7
    assert result.users_without_key == ["zhang"]
    assert result.backup is not None and result.backup.exists()
    assert db_path.read_bytes()[:16] != SQLITE
    # The workspace goes on, on the encrypted file, signed in as before.
    assert office.db.key is not None and office.session.login == "admin"
    assert _villages(office) == villages
    office.users.add("li", "李四", [Role.CLERK], "li passphrase")
    ring = _ring_json(db_path)
    assert sorted(ring["users"]) == ["admin", "li"]
    leftovers = [p.name for p in db_path.parent.iterdir() if p.name.startswith(db_path.name + ".")
                 and not p.name.endswith((".keys", ".backups", ".attachments"))]
    assert leftovers == []
    copy = json.loads((office.backups.folder / RECOVERY_COPY).read_text(encoding="utf-8"))
    assert set(copy) == {"format", "key_check", "recovery"}


def test_an_encrypted_file_does_not_open_without_its_key(encrypted, db_path):
    ws, _ = encrypted
    ws.close()
    with pytest.raises(DatabaseLocked) as caught:
        Workspace.open(db_path, create=False)
    assert caught.value.locked and caught.value.message


def test_open_with_password_signs_in(encrypted, db_path):
    ws, _ = encrypted
    villages = _villages(ws)
    ws.close()
    with open_with_password(db_path, " ADMIN ", PASSWORD) as again:
        assert again.session.login == "admin" and again.db.key is not None
        assert _villages(again) == villages


def _same_but_lockout(before: dict, after: dict, login: str) -> None:
    for ring in (before, after):
        ring["users"][login].pop("failures")
        ring["users"][login].pop("locked_until")
    assert before == after


def test_a_wrong_password_changes_nothing_but_the_entry_s_count(encrypted, db_path):
    ws, _ = encrypted
    ws.close()
    db_bytes, ring_before = db_path.read_bytes(), _ring_json(db_path)
    with pytest.raises(LoginRefused) as caught:
        open_with_password(db_path, "admin", "not the password", now=T0)
    assert caught.value.message == "The login name or the password is wrong."
    assert db_path.read_bytes() == db_bytes
    after = _ring_json(db_path)
    assert after["users"]["admin"]["failures"] == 1
    _same_but_lockout(ring_before, after, "admin")


def test_an_unknown_login_changes_nothing_at_all(encrypted, db_path):
    ws, _ = encrypted
    ws.close()
    db_bytes, ring_bytes = db_path.read_bytes(), ring_path(db_path).read_bytes()
    with pytest.raises(LoginRefused) as caught:
        open_with_password(db_path, "nobody", PASSWORD)
    assert caught.value.message == "The login name or the password is wrong."
    # A user made before the encryption has no key entry: the same answer.
    with pytest.raises(LoginRefused):
        open_with_password(db_path, "zhang", CLERK_PASSWORD)
    assert db_path.read_bytes() == db_bytes and ring_path(db_path).read_bytes() == ring_bytes


def test_wrong_passwords_lock_the_entry_before_the_database_is_opened(encrypted, db_path):
    ws, _ = encrypted
    ws.close()
    for _ in range(3):
        with pytest.raises(LoginRefused):
            open_with_password(db_path, "admin", "wrong password", now=T0)
    with pytest.raises(LoginRefused) as caught:
        open_with_password(db_path, "admin", "wrong password", now=T0)
    assert caught.value.retry_after == 5 and "Try again in 5 seconds" in caught.value.message
    db_bytes = db_path.read_bytes()
    with pytest.raises(LoginRefused) as caught:   # the right password, but locked: not even looked at
        open_with_password(db_path, "admin", PASSWORD, now=T0 + timedelta(seconds=2))
    assert caught.value.retry_after == pytest.approx(3)
    assert db_path.read_bytes() == db_bytes
    with open_with_password(db_path, "admin", PASSWORD, now=T0 + timedelta(seconds=6)) as again:
        assert again.session.login == "admin"
    assert _ring_json(db_path)["users"]["admin"]["failures"] == 0


def test_the_recovery_key_sets_a_new_administrator_password(encrypted, db_path):
    ws, result = encrypted
    ws.close()
    with open_with_recovery_key(db_path, result.recovery_key.replace("-", " "), "admin", "a brand new secret") as again:
        assert again.session.login == "admin"
        assert not again.users.current().must_change_password
    with pytest.raises(LoginRefused):
        open_with_password(db_path, "admin", PASSWORD)
    with open_with_password(db_path, "admin", "a brand new secret") as again:
        assert again.session.login == "admin"


def test_a_wrong_or_mistyped_recovery_key_changes_nothing(encrypted, db_path):
    ws, result = encrypted
    ws.close()
    db_bytes, ring_bytes = db_path.read_bytes(), ring_path(db_path).read_bytes()
    other = from_bytes(bytes(range(32)))
    with pytest.raises(RecoveryKeyRefused) as caught:
        open_with_recovery_key(db_path, other, "admin", "a brand new secret")
    assert db_path.name in caught.value.message
    groups = groups_of(parse(result.recovery_key))
    groups[3] = groups[3][:5] + str((int(groups[3][5]) + 1) % 10)
    with pytest.raises(RecoveryKeyInvalid) as caught:
        open_with_recovery_key(db_path, "-".join(groups), "admin", "a brand new secret")
    assert caught.value.groups == (4,)
    with pytest.raises(VillageDeskError):   # a clerk's password cannot be set so
        open_with_recovery_key(db_path, result.recovery_key, "zhang", "a brand new secret")
    with pytest.raises(VillageDeskError):   # nor a weak one
        open_with_recovery_key(db_path, result.recovery_key, "admin", "short")
    assert db_path.read_bytes() == db_bytes and ring_path(db_path).read_bytes() == ring_bytes


def test_without_the_key_ring_the_recovery_copy_in_the_backup_folder_opens_it(encrypted, db_path):
    ws, result = encrypted
    assert (ws.backups.folder / RECOVERY_COPY).exists()
    ws.close()
    ring_path(db_path).unlink()
    with open_with_recovery_key(db_path, result.recovery_key, "admin", "a brand new secret") as again:
        assert again.session.login == "admin"
    assert sorted(_ring_json(db_path)["users"]) == ["admin"]   # a new ring, with the administrator
    with open_with_password(db_path, "admin", "a brand new secret") as again:
        assert again.db.key is not None


def test_account_changes_rewrap_or_drop_the_key_entry(encrypted, db_path):
    ws, _ = encrypted
    zhang = ws.users.find("zhang")
    assert ws.users.without_key() == ["zhang"]
    assert "zhang" in ws.users.key_notice(zhang.id)
    ws.users.reset_password(zhang.id, "zhang new password")
    assert ws.users.without_key() == [] and ws.users.key_notice(zhang.id) is None
    ws.users.change_own_password(PASSWORD, "admin second password")
    ws.users.edit(zhang.id, None, disabled=True)
    assert sorted(_ring_json(db_path)["users"]) == ["admin"]
    ws.users.edit(zhang.id, None, disabled=False)
    assert "reset their password" in ws.users.key_notice(zhang.id)
    ws.users.reset_password(zhang.id, "zhang third password")
    ws.close()
    with open_with_password(db_path, "zhang", "zhang third password") as again:
        assert again.session.login == "zhang"
    with pytest.raises(LoginRefused):
        open_with_password(db_path, "admin", PASSWORD)
    with open_with_password(db_path, "admin", "admin second password") as again:
        assert again.session.login == "admin"


def test_a_user_without_an_entry_gets_one_signing_in_to_the_open_database(encrypted, db_path):
    ws, _ = encrypted
    ws.users.sign_out()
    ws.users.login("zhang", CLERK_PASSWORD)
    assert ws.users.without_key() == []
    ws.close()
    with open_with_password(db_path, "zhang", CLERK_PASSWORD) as again:
        assert again.session.login == "zhang"


def test_encrypting_is_refused_without_accounts_a_right_password_or_the_role(workspace, office, db_path, tmp_path):
    plain = Workspace.open(tmp_path / "open.sqlite3", actor="tester")
    with pytest.raises(VillageDeskError, match="without user accounts"):
        encrypt_database(plain, PASSWORD)
    plain.close()
    db_bytes = db_path.read_bytes()
    with pytest.raises(LoginRefused):
        encrypt_database(office, "not the password")
    office.users.sign_out()
    office.users.login("zhang", CLERK_PASSWORD)
    with pytest.raises(AccessDenied):
        encrypt_database(office, CLERK_PASSWORD)
    assert db_path.read_bytes()[:16] == SQLITE and not ring_path(db_path).exists()
    office.users.sign_out()
    office.users.login("admin", PASSWORD)
    encrypt_database(office, PASSWORD)
    with pytest.raises(VillageDeskError, match="encrypted already"):
        encrypt_database(office, PASSWORD)
    del db_bytes


def test_cancelling_before_the_file_is_replaced_leaves_it_plain(office, db_path):
    villages = _villages(office)
    progress = Progress(lambda done, total, text: progress.cancel() if done == 2 else None)
    with pytest.raises(Cancelled):
        encrypt_database(office, PASSWORD, progress)
    assert db_path.read_bytes()[:16] == SQLITE and not ring_path(db_path).exists()
    assert office.db.key is None and _villages(office) == villages
    assert not db_path.with_name(db_path.name + ".encrypted").exists()


def test_a_damaged_first_page_with_the_right_key_is_damage_not_a_wrong_password(encrypted, db_path):
    ws, _ = encrypted
    ws.close()
    data = bytearray(db_path.read_bytes())
    data[100] ^= 0x01
    db_path.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabaseError) as caught:
        open_with_password(db_path, "admin", PASSWORD)
    assert caught.value.damaged


def test_a_bit_flipped_in_a_later_page_opens_read_only_with_check(encrypted, db_path):
    ws, _ = encrypted
    ws.close()
    data = bytearray(db_path.read_bytes())
    data[4096 * 3 + 500] ^= 0x01
    db_path.write_bytes(bytes(data))
    try:
        ws = open_with_password(db_path, "admin", PASSWORD, check=True)
    except DamagedDatabaseError:
        return   # unreadable schema: the restore offer
    with ws:
        assert ws.db.damaged and ws.db.read_only


def test_a_conversion_interrupted_after_the_swap_encrypts_its_attachments_at_the_next_opening(encrypted, db_path,
                                                                                             tmp_path):
    ws, _ = encrypted
    ws.close()
    # The plain store's file, as a crash between the swap and the attachments leaves it.
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8 plain evidence " * 100)
    sha, _ = AttachmentStore.beside(db_path).add(photo)
    plain_file = AttachmentStore.beside(db_path).path(sha)
    pending = db_path.with_name(db_path.name + ".encryption-pending")
    pending.write_bytes(b"")
    with open_with_password(db_path, "admin", PASSWORD) as again:
        assert again.inspections.attachments.read_bytes(sha) == photo.read_bytes()
    assert not plain_file.exists() and not pending.exists()


def test_opening_finishes_an_interrupted_conversion(encrypted, db_path, tmp_path):
    ws, _ = encrypted
    ws.close()
    # A plain database file beside it, as a migration's backup of the plain file is.
    plain_file = tmp_path / "plain.sqlite3"
    Workspace.open(plain_file, actor="tester").close()
    stray = db_path.with_name(db_path.name + ".before-0007.bak")
    stray.write_bytes(plain_file.read_bytes())
    leftover = db_path.with_name(db_path.name + ".plain-old")
    leftover.write_bytes(plain_file.read_bytes())
    with open_with_password(db_path, "admin", PASSWORD):
        pass
    assert stray.read_bytes()[:16] != SQLITE and not leftover.exists()
