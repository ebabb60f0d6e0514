"""Backups through the service: made, listed, checked, rotated with an
injected clock, automatic ones before imports, restored; a full disk and an
unwritable folder give a clear message and keep the last good backup."""

from __future__ import annotations

import dataclasses
import os
import resource
import signal
import sqlite3
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from desktop.core.errors import DatabaseError
from desktop.core.ids import new_id
from desktop.core.progress import Cancelled, Progress
from desktop.services.backup_files import BackupFailed
from desktop.services.backup_rotation import to_keep
from desktop.services.backups import migration_backup
from desktop.services.settings import load_settings
from desktop.services.workspace import Workspace

# Backups copy the database file with SQLite's backup API; a server database
# is backed up by its administrator (tests/services/test_server_database.py).
pytestmark = pytest.mark.file_database

START = datetime(2026, 11, 2, 4, 0, tzinfo=timezone.utc)   # a Monday, noon in Beijing


class Clock:
    def __init__(self, at: datetime = START) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def china_time(monkeypatch):
    """Days and weeks of the rotation are the user's: Beijing time here."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def clock(workspace):
    workspace.backups.clock = Clock()
    return workspace.backups.clock


def _add_village(ws, township, name: str) -> str:
    file = ws.villages.new_file(township.id)
    file.facts.name_zh = name
    ws.villages.save_file(ws.villages.new_file(township.id), file)
    return file.facts.id


def _names_in(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return sorted(r[0] for r in conn.execute("SELECT name_zh FROM village WHERE deleted = 0"))


def _integrity(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(".sqlite3")) if folder.exists() else []


# -- making and listing ----------------------------------------------------------

def test_a_backup_is_a_checked_copy_named_after_the_installation(workspace, township, clock):
    _add_village(workspace, township, "扎西岗村")
    reports = []
    backup = workspace.backups.create(progress=Progress(lambda done, total, text: reports.append((done, total))))
    assert backup.path.parent == workspace.path.with_name("village.sqlite3.backups")
    assert workspace.installation_id in backup.name and backup.name.startswith("village.")
    assert backup.reason == "manual" and backup.made_at == START and backup.size == backup.path.stat().st_size
    assert _integrity(backup.path) == "ok"
    assert _names_in(backup.path) == ["扎西岗村"]
    with sqlite3.connect(backup.path) as conn:   # one file on its own, not a WAL database
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert reports and reports[-1][0] == reports[-1][1]
    assert workspace.backups.list() == [backup]
    assert workspace.backups.newest_good() == backup
    assert _leftovers(backup.path.parent) == []


def test_the_list_holds_only_this_databases_complete_backups(tmp_path, workspace, township, clock):
    shared = tmp_path / "stick"
    workspace.backups.set_folder(shared)
    assert load_settings().backup_folder == str(shared)
    _add_village(workspace, township, "扎西岗村")
    mine = workspace.backups.create()
    with Workspace.open(tmp_path / "elsewhere" / "village.sqlite3", actor="other") as other:   # same file name
        other.backups.clock = Clock(START + timedelta(minutes=5))
        other.units.create(dataclasses.replace(township, id=new_id(), code="513336101"))
        theirs = other.backups.create()
        assert other.backups.list() == [theirs]
    (shared / (mine.name + ".123.tmp")).write_bytes(b"SQLite format 3\x00 half a copy")
    (shared / "notes.sqlite3").write_bytes(b"")
    assert workspace.backups.list() == [mine]


def test_cancelling_a_backup_leaves_no_file_and_keeps_the_others(workspace, township, clock):
    _add_village(workspace, township, "扎西岗村")
    first = workspace.backups.create()
    _add_village(workspace, township, "次仁村")
    clock.at += timedelta(hours=1)
    progress = Progress(lambda done, total, text: progress.cancel())
    with pytest.raises(Cancelled):
        workspace.backups.create(progress=progress)
    assert workspace.backups.list() == [first]
    assert _leftovers(first.path.parent) == []


def test_the_backup_before_a_migration_goes_into_the_rotation(db_path, workspace, township):
    _add_village(workspace, township, "扎西岗村")
    workspace.close()
    path = migration_backup(db_path, "0006", now=lambda: START)
    assert path.parent == db_path.with_name("village.sqlite3.backups")
    assert "before-migration" in path.name and _names_in(path) == ["扎西岗村"]


def test_the_backup_before_a_migration_goes_beside_the_database_when_the_folder_cannot_take_it(
        tmp_path, db_path, workspace, township):
    _add_village(workspace, township, "扎西岗村")
    workspace.backups.set_folder(tmp_path / "stick")
    workspace.close()
    (tmp_path / "stick").rmdir()
    (tmp_path / "stick").write_text("the stick was pulled and a file took its name")
    path = migration_backup(db_path, "0006")
    assert path == db_path.with_name("village.sqlite3.before-0006.bak")
    assert _names_in(path) == ["扎西岗村"]


# -- when it fails ----------------------------------------------------------------

def test_an_unwritable_folder_gives_a_clear_message_and_keeps_the_last_good_backup(
        tmp_path, workspace, township, clock):
    _add_village(workspace, township, "扎西岗村")
    good = workspace.backups.create()
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(BackupFailed, match="cannot be written") as err:
        workspace.backups.set_folder(blocker / "backups")
    assert str(blocker / "backups") in err.value.message
    assert load_settings().backup_folder is None

    # The stick is pulled while a backup is being copied onto it.
    stick = tmp_path / "stick"
    workspace.backups.set_folder(stick)
    on_stick = workspace.backups.create()

    def pull(done, total, text):
        if stick.exists():
            for p in stick.iterdir():
                p.unlink()
            stick.rmdir()

    _add_village(workspace, township, "次仁村")
    with pytest.raises(BackupFailed, match="cannot be written") as err:
        workspace.backups.create(progress=Progress(pull))
    assert str(stick) in err.value.message and not stick.exists()
    assert not on_stick.path.exists()
    workspace.backups.set_folder(None)
    assert workspace.backups.list() == [good] and _integrity(good.path) == "ok"


def _create_with_file_limit(ws, limit: int) -> str:
    """Make a backup in a forked child whose files may not grow past `limit`
    bytes (as a full disk refuses them); the child's message."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        code = 1
        try:
            os.close(read)
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
            try:
                ws.backups.create()
                message = "made"
            except BackupFailed as exc:
                message = exc.message
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


def test_a_full_disk_gives_a_clear_message_and_keeps_the_last_good_backup(workspace, township, clock):
    for i in range(30):
        _add_village(workspace, township, f"村{i}")
    good = workspace.backups.create()
    _add_village(workspace, township, "次仁村")
    clock.at += timedelta(hours=2)
    message = _create_with_file_limit(workspace, good.size // 2)
    # SQLite reports a file that may not grow as an I/O error, a full disk as full.
    assert ("disk is full" in message or "not enough space" in message) and str(good.path.parent) in message
    assert workspace.backups.list() == [good]
    assert _integrity(good.path) == "ok" and "次仁村" not in _names_in(good.path)
    assert _leftovers(good.path.parent) == []


def test_a_damaged_database_is_not_backed_up(workspace, township, clock):
    _add_village(workspace, township, "扎西岗村")
    workspace.db.damaged = ["Page 7: btreeInitPage() returns error code 11"]
    with pytest.raises(DatabaseError, match="damaged"):
        workspace.backups.create()
    assert workspace.backups.before("startup") is None
    assert workspace.backups.list() == []


# -- automatic backups ----------------------------------------------------------------

def test_an_empty_database_needs_no_backup(tmp_path):
    with Workspace.open(tmp_path / "empty.sqlite3") as ws:
        assert not ws.backups.due()
        assert ws.backups.before("startup") is None
        assert ws.backups.list() == []


def test_due_after_an_hour_of_work(workspace, township, clock):
    assert workspace.backups.due()                         # changes and no backup
    _add_village(workspace, township, "扎西岗村")
    workspace.backups.create()
    clock.at += timedelta(hours=3)
    assert not workspace.backups.due()                     # no changes since
    _add_village(workspace, township, "次仁村")
    assert workspace.backups.due()
    workspace.backups.create("hourly")
    _add_village(workspace, township, "卓玛村")
    assert not workspace.backups.due(clock.at + timedelta(minutes=59))
    assert workspace.backups.due(clock.at + timedelta(hours=1))


def test_before_skips_when_nothing_changed_and_never_raises(tmp_path, workspace, township, clock):
    _add_village(workspace, township, "扎西岗村")
    first = workspace.backups.before("startup")
    assert first is not None and first.reason == "startup"
    clock.at += timedelta(minutes=1)
    assert workspace.backups.before("before-import") == first
    _add_village(workspace, township, "次仁村")
    second = workspace.backups.before("before-import")
    assert second.reason == "before-import" and second.made_at > first.made_at

    blocker = tmp_path / "file"
    blocker.write_text("x")
    settings = load_settings()
    settings.backup_folder = str(blocker / "backups")
    from desktop.services.settings import save_settings
    save_settings(settings)
    _add_village(workspace, township, "卓玛村")
    assert workspace.backups.before("before-import") is None
    assert "cannot be written" in workspace.backups.last_error
    settings.backup_folder = None
    save_settings(settings)
    assert workspace.backups.before("before-import").reason == "before-import"
    assert workspace.backups.last_error is None


def test_imports_make_a_backup_first(tmp_path, workspace, township, clock):
    from tests.cli.test_inspection_cli import SMALL_TOML

    _add_village(workspace, township, "扎西岗村")
    template = tmp_path / "template.toml"
    template.write_text(SMALL_TOML, encoding="utf-8")
    workspace.checklists.import_file(template)
    (backup,) = workspace.backups.list()
    assert backup.reason == "before-import"
    with sqlite3.connect(backup.path) as conn:    # taken before the template went in
        assert conn.execute("SELECT count(*) FROM checklist_template WHERE code = 'cli-small'").fetchone() == (0,)

    from tests.services.roster_workbooks import messy_roster
    clock.at += timedelta(minutes=1)
    preview = workspace.roster.preview(messy_roster(tmp_path / "roster.xlsx"))
    workspace.roster.apply(preview)
    newest = workspace.backups.list()[0]
    assert newest.reason == "before-import" and newest.made_at == clock.at
    assert _names_in(newest.path) == ["扎西岗村"]


# -- rotation ---------------------------------------------------------------------------

def test_rotation_keeps_the_last_ten_the_days_of_a_week_and_the_weeks_of_a_month(china_time):
    tz = timezone(timedelta(hours=8))
    now = datetime(2026, 12, 14, 12, 0, tzinfo=tz)              # a Monday
    made = [now - timedelta(hours=6 * i) for i in range(200)]   # four a day for 50 days
    keep = to_keep([(t, t) for t in made], now)
    midnight = now.replace(hour=0)
    expected = set(made[:10])                       # back to Saturday 06:00
    for d in range(1, 7):     # the newest of each of the 6 days before today (18:00): 4 more
        expected.add(midnight - timedelta(days=d - 1, hours=6))
    for w in range(1, 5):     # the newest of each of the 4 weeks before this one (Sunday 18:00): 3 more
        expected.add(midnight - timedelta(days=7 * (w - 1), hours=6))
    assert keep == expected and len(keep) == 17
    assert min(keep) == datetime(2026, 11, 22, 18, 0, tzinfo=tz)


def test_rotation_prunes_only_after_a_new_backup_is_complete(china_time, tmp_path, workspace, township, clock):
    clock.at = datetime(2026, 11, 1, 4, 0, tzinfo=timezone.utc)
    made = []
    for i in range(8 * 7 * 2):                   # twice a day for eight weeks, each after a change
        _add_village(workspace, township, f"村{i}")
        made.append(workspace.backups.create("hourly").made_at)
        clock.at += timedelta(hours=12)
    kept = [b.made_at for b in workspace.backups.list()]
    assert kept == sorted(to_keep([(t, t) for t in made], made[-1]), reverse=True)
    # Ending on a Sunday at midnight: the last 10 (back to Tuesday noon),
    # Monday's newest, the newest of each of the four weeks before.
    assert len(kept) == 10 + 1 + 4
    assert all(_integrity(b.path) == "ok" for b in workspace.backups.list())

    # A backup that fails prunes nothing, even a day later.
    clock.at += timedelta(days=1)
    _add_village(workspace, township, "卓玛村")
    progress = Progress(lambda done, total, text: progress.cancel())
    with pytest.raises(Cancelled):
        workspace.backups.create(progress=progress)
    assert [b.made_at for b in workspace.backups.list()] == kept


# -- restoring -------------------------------------------------------------------------

def test_restore_brings_the_backup_back_and_keeps_the_database_as_it_was(workspace, township, clock):
    _add_village(workspace, township, "扎西岗村")
    backup = workspace.backups.create()
    _add_village(workspace, township, "次仁村")
    session, guard = workspace.session, workspace.db.guard
    clock.at += timedelta(minutes=10)
    result = workspace.backups.restore(backup)
    assert result.restored == backup
    assert _names_in(workspace.path) == ["扎西岗村"]
    assert workspace.session is session and workspace.db.guard is not None
    assert result.safety_copy.parent == backup.path.parent and "before-restore" in result.safety_copy.name
    assert _names_in(result.safety_copy) == ["扎西岗村", "次仁村"]
    assert _integrity(workspace.path) == "ok"
    _add_village(workspace, township, "卓玛村")                 # the restored database is writable
    assert not Path(f"{workspace.path}.restoring.{os.getpid()}.tmp").exists()


def test_restoring_a_damaged_backup_changes_nothing(workspace, township, clock):
    _add_village(workspace, township, "扎西岗村")
    backup = workspace.backups.create()
    _add_village(workspace, township, "次仁村")
    with sqlite3.connect(backup.path) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'village'").fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    with open(backup.path, "r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\xff" * 64)
    with pytest.raises(BackupFailed, match="is damaged"):
        workspace.backups.restore(backup)
    assert _names_in(workspace.path) == ["扎西岗村", "次仁村"]
    assert workspace.backups.newest_good() is None
    assert [b.reason for b in workspace.backups.list()] == ["manual"]


def test_a_bundle_import_makes_a_backup_first_and_a_dry_run_none(tmp_path):
    from desktop.services.sync.demo import exchange_demo

    demo = exchange_demo(tmp_path / "exchange", villages=4, conflicts=0)
    try:
        county = demo.county
        assert county.backups.list() == []
        county.sync.import_bundle(demo.to_county, dry_run=True)
        assert county.backups.list() == []
        with sqlite3.connect(county.path) as conn:
            before = conn.execute("SELECT count(*) FROM support_activity").fetchone()[0]
        county.sync.import_bundle(demo.to_county)
        (backup,) = county.backups.list()
        assert backup.reason == "before-import"
        with sqlite3.connect(backup.path) as conn:
            assert conn.execute("SELECT count(*) FROM support_activity").fetchone()[0] == before
        with sqlite3.connect(county.path) as conn:
            assert conn.execute("SELECT count(*) FROM support_activity").fetchone()[0] > before
    finally:
        demo.close()
