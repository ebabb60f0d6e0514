"""A database with damaged pages: found by the check at open, opened
read-only with every write refused, and recovered from the newest good
backup. A file SQLite cannot open at all says it is damaged, and is
restored from the backups named after it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core.errors import DatabaseError
from desktop.services.backups import database_backups, restore_file
from desktop.services.workspace import Workspace
from desktop.storage import Database
from desktop.storage.database import DamagedDatabaseError

# Damaged pages of a SQLite file, its quick_check and restoring it from backups.
pytestmark = pytest.mark.file_database


def _add_village(ws, township, name: str) -> None:
    file = ws.villages.new_file(township.id)
    file.facts.name_zh = name
    ws.villages.save_file(ws.villages.new_file(township.id), file)


def _names(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return sorted(r[0] for r in conn.execute("SELECT name_zh FROM village"))


def _integrity(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def _damage_pages_of(path: Path, table: str) -> None:
    """Overwrite the cell pointers of one of `table`'s b-tree leaf pages (a closed database)."""
    with sqlite3.connect(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        page = conn.execute("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno LIMIT 1",
                            (table,)).fetchone()[0]
    with open(path, "r+b") as f:
        f.seek((page - 1) * page_size + 8)
        f.write(b"\xa5" * 40)


@pytest.fixture
def backed_up(workspace, township):
    """The workspace's database with 40 villages, a backup of it, then a
    41st village; closed, so its file can be damaged."""
    for i in range(40):
        _add_village(workspace, township, f"村{i:02d}")
    backup = workspace.backups.create()
    _add_village(workspace, township, "后来的村")
    path = workspace.path
    workspace.close()
    return path, backup


def test_damaged_pages_are_found_at_open_and_the_database_is_read_only(backed_up):
    path, _ = backed_up
    _damage_pages_of(path, "village")
    before = path.read_bytes()
    db = Database.open(path, check=True)
    try:
        assert db.damaged and db.read_only
        assert db.damaged[0].startswith("On tree page "), db.damaged
        assert db.installation_id                      # read from the pages that are sound
        with pytest.raises(DatabaseError, match="damaged and open read-only"):
            with db.write("tester", "village.create") as w:
                w.insert("local_meta", {"key": "x", "value": "y"})
    finally:
        db.close()
    assert path.read_bytes() == before


def test_a_sound_database_passes_the_check(backed_up):
    path, _ = backed_up
    db = Database.open(path, check=True)
    try:
        assert db.damaged == [] and not db.read_only
    finally:
        db.close()


def test_a_damaged_database_is_recovered_from_the_newest_good_backup(backed_up):
    path, backup = backed_up
    _damage_pages_of(path, "village")
    damaged_bytes = path.read_bytes()
    ws = Workspace.open(path, check=True)
    try:
        assert ws.db.damaged
        good = ws.backups.newest_good()
        assert good == backup
        result = ws.backups.restore(good)
        assert ws.db.damaged == [] and not ws.db.read_only
        assert result.safety_copy == path.with_name(result.safety_copy.name)
        assert result.safety_copy.name.startswith("village.sqlite3.damaged-")
        assert result.safety_copy.read_bytes() == damaged_bytes
        assert _integrity(path) == "ok"
        assert _names(path) == sorted(f"村{i:02d}" for i in range(40))
        assert ws.db.write is not None and ws.villages.count() == 40
    finally:
        ws.close()
    db = Database.open(path, check=True)
    assert db.damaged == []
    db.close()


def test_a_file_sqlite_cannot_open_is_damaged_and_restored_from_the_backups_named_after_it(backed_up):
    path, backup = backed_up
    with open(path, "r+b") as f:          # the header and the schema's page gone
        f.write(b"\x00" * 4096)
    with pytest.raises(DatabaseError) as err:
        Database.open(path, check=True)
    assert err.value.damaged and err.value.path == path
    with pytest.raises(DamagedDatabaseError):
        Workspace.open(path, check=True)

    assert database_backups(path) == [backup]     # its installation id unknown: by the file's name
    result = restore_file(path, backup)
    assert result.safety_copy.name.startswith("village.sqlite3.damaged-")
    assert _names(path) == sorted(f"村{i:02d}" for i in range(40))
    with Workspace.open(path, check=True) as ws:
        assert ws.db.damaged == [] and ws.villages.count() == 40


def test_a_damaged_schema_page_is_found_without_the_check_too(backed_up):
    path, _ = backed_up
    with sqlite3.connect(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    with open(path, "r+b") as f:          # page 1 after its 100-byte file header: sqlite_master's b-tree
        f.seek(100)
        f.write(b"\xa5" * (page_size - 100))
    with pytest.raises(DatabaseError) as err:
        Database.open(path)
    assert getattr(err.value, "damaged", False)
    with pytest.raises(DamagedDatabaseError):
        Database.open(path, check=True)


def test_signing_in_to_a_damaged_database_records_nothing_but_still_counts_wrong_passwords(workspace, township):
    """Read-only: a user signs in to read and restore; wrong passwords lock
    the login in memory, since they cannot be written."""
    from datetime import datetime, timedelta, timezone

    from desktop.services.users import LoginRefused

    for i in range(40):
        _add_village(workspace, township, f"村{i:02d}")
    workspace.users.create_first_admin("admin", "管理员", "a long password")
    path = workspace.path
    workspace.close()
    _damage_pages_of(path, "village")
    before = path.read_bytes()
    with Workspace.open(path, check=True) as ws:
        assert ws.db.read_only
        t0 = datetime(2026, 11, 24, 8, 0, tzinfo=timezone.utc)
        for n in range(3):
            with pytest.raises(LoginRefused) as refused:
                ws.users.login("admin", "wrong guess", now=t0 + timedelta(seconds=n))
            assert refused.value.retry_after is None
        with pytest.raises(LoginRefused) as refused:
            ws.users.login("admin", "wrong guess", now=t0 + timedelta(seconds=3))
        assert refused.value.retry_after == 5
        with pytest.raises(LoginRefused):
            ws.users.login("admin", "a long password", now=t0 + timedelta(seconds=4))
        session = ws.users.login("admin", "a long password", now=t0 + timedelta(seconds=9))
        assert session.signed_in and ws.user.login == "admin"
    assert path.read_bytes() == before



def test_a_check_begun_before_opening_gives_the_same_answer(backed_up, tmp_path):
    # The launcher begins the check while the window's code loads
    # (services/startup_check.py); opening takes its answer.
    from desktop.storage.backup import StartedCheck, check_file

    path, _backup = backed_up
    sound = StartedCheck.start(path)
    assert sound is not None and sound.problems() == []
    db = Database.open(path, check=sound)
    assert db.damaged == [] and not db.read_only
    db.close()

    _damage_pages_of(path, "village")
    started = StartedCheck.start(path)
    assert started.problems() == check_file(path) != []
    db = Database.open(path, check=started)
    try:
        assert db.damaged == check_file(path) and db.read_only
        with pytest.raises(DatabaseError, match="read-only"):
            with db.write("clerk", "village.save"):
                pass
    finally:
        db.close()


def test_a_check_begun_on_another_file_is_not_taken_for_this_one(backed_up, tmp_path):
    from desktop.storage.backup import StartedCheck

    path, _backup = backed_up
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).close()
    _damage_pages_of(path, "village")
    elsewhere = StartedCheck.start(other)
    db = Database.open(path, check=elsewhere)
    try:
        assert db.damaged and db.read_only   # checked itself, not the other file's "sound"
    finally:
        db.close()


def test_nothing_to_begin_for_a_new_file_or_a_server(tmp_path):
    from desktop.storage.backup import StartedCheck

    assert StartedCheck.start(tmp_path / "not-yet.sqlite3") is None
    assert StartedCheck.start("postgresql://hub/county") is None


def test_the_early_check_starts_before_sqlalchemy_is_loaded():
    import subprocess
    import sys

    code = ("import sys; from desktop.services.startup_check import start_check; "
            "print('sqlalchemy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
