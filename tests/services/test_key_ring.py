"""The key ring file: wrapping and unwrapping the master key per user and
under the recovery key, wrong passwords counted, written whole."""

import json
import secrets
from datetime import datetime, timedelta, timezone

import pytest

from desktop.core.recovery_key import from_bytes
from desktop.services.key_ring import (
    FORMAT, RECOVERY_COPY, KeyRing, KeyRingError, key_check, ring_path, write_json_atomically, write_recovery_copy,
)
from desktop.services.passwords import Cost

# The key ring beside an encrypted database file.
pytestmark = pytest.mark.file_database

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def master():
    return secrets.token_bytes(32)


@pytest.fixture
def recovery():
    return from_bytes(secrets.token_bytes(32))


@pytest.fixture
def ring(master, recovery):
    ring = KeyRing.create(master, recovery)
    ring.set_password("Admin", "correct horse", master)
    ring.set_password("clerk", "clerk password", master)
    return ring


def test_ring_path_is_beside_the_database(tmp_path):
    assert ring_path(tmp_path / "village.sqlite3") == tmp_path / "village.sqlite3.keys"


def test_each_user_unwraps_the_master_key_with_their_password(ring, master):
    assert ring.unwrap("admin", "correct horse") == master
    assert ring.unwrap(" ADMIN ", "correct horse") == master   # the login as typed
    assert ring.unwrap("clerk", "clerk password") == master
    assert ring.logins() == ["admin", "clerk"]


def test_a_wrong_password_or_unknown_login_unwraps_nothing(ring):
    assert ring.unwrap("admin", "correct horsE") is None
    assert ring.unwrap("admin", "clerk password") is None
    assert ring.unwrap("nobody", "correct horse") is None


def test_an_entry_copied_under_another_login_does_not_open(ring):
    ring.users["clerk"] = dict(ring.users["admin"])
    assert ring.unwrap("clerk", "correct horse") is None


def test_the_recovery_key_unwraps_and_a_wrong_one_does_not(ring, master, recovery):
    assert ring.unwrap_recovery(recovery) == master
    other = from_bytes(secrets.token_bytes(32))
    assert ring.unwrap_recovery(other) is None


def test_key_check_tells_the_ring_s_key(ring, master):
    assert ring.key_check == key_check(master)
    assert ring.matches(master)
    assert not ring.matches(secrets.token_bytes(32))
    with pytest.raises(ValueError):
        ring.set_password("someone", "a password", secrets.token_bytes(32))


def test_the_password_file_holds_no_key_or_password(tmp_path, ring, master, recovery):
    path = tmp_path / "village.sqlite3.keys"
    ring.save(path)
    raw = path.read_bytes()
    for secret in (master, master.hex().encode(), b"correct horse", recovery.encode()):
        assert secret not in raw
    data = json.loads(raw)
    assert data["format"] == FORMAT
    assert set(data["users"]["admin"]) >= {"salt", "nonce", "wrapped", "time_cost", "memory_kib", "parallelism",
                                           "failures", "locked_until"}


def test_saved_and_loaded_the_ring_opens_the_same(tmp_path, ring, master, recovery):
    path = tmp_path / "db.keys"
    ring.save(path)
    loaded = KeyRing.load(path)
    assert loaded.unwrap("admin", "correct horse") == master
    assert loaded.unwrap_recovery(recovery) == master


def test_the_cost_is_the_entry_s_own(ring, master):
    # An entry made with another cost (say the default on another machine) still opens.
    ring.set_password("reviewer", "reviewer pass", master, cost=Cost(time_cost=2, memory_kib=128, parallelism=1))
    assert ring.unwrap("reviewer", "reviewer pass") == master
    assert ring.outdated("reviewer")
    assert not ring.outdated("admin")


def test_drop_removes_the_entry(ring):
    assert ring.drop("Clerk")
    assert ring.unwrap("clerk", "clerk password") is None
    assert not ring.drop("clerk")


def test_wrong_passwords_lock_the_entry_for_longer_each_time(ring):
    assert [ring.record_failure("admin", NOW) for _ in range(3)] == [0, 0, 0]
    assert ring.locked_for("admin", NOW) == 0
    assert ring.record_failure("admin", NOW) == 5
    assert ring.locked_for("admin", NOW) == 5
    assert ring.locked_for("admin", NOW + timedelta(seconds=5)) == 0
    assert ring.record_failure("admin", NOW) == 10
    assert ring.users["admin"]["failures"] == 5
    assert ring.locked_for("clerk", NOW) == 0   # per login
    assert ring.clear_failures("admin")
    assert ring.locked_for("admin", NOW) == 0 and ring.users["admin"]["failures"] == 0
    assert not ring.clear_failures("admin")


def test_a_new_password_clears_the_lock(ring, master):
    for _ in range(5):
        ring.record_failure("admin", NOW)
    ring.set_password("admin", "a new password", master)
    assert ring.locked_for("admin", NOW) == 0


def test_missing_or_foreign_files_are_explained(tmp_path):
    with pytest.raises(KeyRingError) as caught:
        KeyRing.load(tmp_path / "none.keys")
    assert "none.keys" in caught.value.message
    bad = tmp_path / "bad.keys"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(KeyRingError):
        KeyRing.load(bad)
    bad.write_text(json.dumps({"format": "something else", "key_check": "00"}), encoding="utf-8")
    with pytest.raises(KeyRingError):
        KeyRing.load(bad)


def test_recovery_copy_holds_only_format_check_and_recovery(tmp_path, ring, master, recovery):
    path = tmp_path / "village.sqlite3.keys"
    ring.save(path)
    folder = tmp_path / "backups"
    copy = write_recovery_copy(path, folder)
    assert copy == folder / RECOVERY_COPY
    data = json.loads(copy.read_text(encoding="utf-8"))
    assert set(data) == {"format", "key_check", "recovery"}
    loaded = KeyRing.load(copy)
    assert loaded.users == {}
    assert loaded.unwrap_recovery(recovery) == master


def test_a_write_that_fails_leaves_the_old_file_and_no_temporary(tmp_path, ring):
    path = tmp_path / "db.keys"
    ring.save(path)
    before = path.read_bytes()
    # A folder where the file should go: the rename fails after the temporary was written.
    blocked = tmp_path / "blocked.keys"
    blocked.mkdir()
    with pytest.raises(OSError):
        write_json_atomically(blocked, ring.as_json())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blocked.keys", "db.keys"]
    assert path.read_bytes() == before
    # Data that cannot be written changes nothing either.
    with pytest.raises(TypeError):
        write_json_atomically(path, {"bad": object()})
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blocked.keys", "db.keys"]
