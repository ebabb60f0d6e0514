"""`villagedesk backup list|create|restore` and `villagedesk check`, on a
sound database, a damaged one and a file SQLite cannot open; the restore
right with user accounts."""

from __future__ import annotations

import json
import sqlite3

import pytest

from desktop.core.access import action_label
from desktop.core.i18n import translate
from desktop.core.query import VillageQuery
from desktop.services.workspace import Workspace
from tests.cli.test_cli import run
from tests.cli.test_user_commands import ADMIN_PASSWORD, CLERK_PASSWORD, users

# Backups and restores of the database file (a server's are its administrator's).
pytestmark = pytest.mark.file_database


@pytest.fixture
def db(tmp_path, capsys):
    path = tmp_path / "office.sqlite3"
    code, _, err = run(capsys, "demo", "--db", str(path), "--villages", "5")
    assert code == 0, err
    return path


def _villages(path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM village WHERE deleted = 0").fetchone()[0]


def _delete_a_village(path) -> None:
    with Workspace.open(path) as ws:
        ws.villages.delete(ws.villages.search(VillageQuery())[0])


def _backups(capsys, db) -> list[dict]:
    code, out, err = run(capsys, "backup", "list", "--json", "--db", str(db))
    assert code == 0, err
    return json.loads(out)["backups"]


def test_create_list_and_restore_by_name(db, capsys):
    code, out, err = run(capsys, "backup", "create", "--json", "--db", str(db))
    assert code == 0, err
    made = json.loads(out)
    assert made["reason"] == "manual" and made["path"].startswith(str(db) + ".backups/")
    code, out, _ = run(capsys, "backup", "create", "--db", str(db))
    assert code == 0 and made["name"][:40] in out          # nothing changed since: a second file all the same
    listed = _backups(capsys, db)
    assert len(listed) == 2 and listed[1] == made
    code, out, _ = run(capsys, "backup", "list", "--db", str(db))
    assert code == 0 and made["name"] in out and translate("Backups", "Made by hand") in out

    _delete_a_village(db)
    assert _villages(db) == 4
    code, out, err = run(capsys, "backup", "restore", made["name"], "--json", "--db", str(db))
    assert code == 0, err
    result = json.loads(out)
    assert result["restored"] == made and "before-restore" in result["safety_copy"]
    assert _villages(db) == 5
    code, _, err = run(capsys, "backup", "restore", "no-such-backup.sqlite3", "--db", str(db))
    assert code == 1 and "no-such-backup.sqlite3" in err
    code, _, err = run(capsys, "backup", "restore", "--db", str(db))
    assert code == 2                                       # a name or --newest


def test_check_and_restore_a_damaged_database(db, capsys):
    code, _, err = run(capsys, "backup", "create", "--db", str(db))
    assert code == 0, err
    code, out, _ = run(capsys, "check", "--db", str(db), "--json")
    assert code == 0 and json.loads(out) == {"path": str(db), "ok": True, "problems": []}
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        page = conn.execute("SELECT pageno FROM dbstat WHERE name = 'person' AND pagetype = 'leaf' "
                            "ORDER BY pageno LIMIT 1").fetchone()[0]
    with open(db, "r+b") as f:
        f.seek((page - 1) * page_size + 8)
        f.write(b"\xa5" * 40)
    code, out, err = run(capsys, "check", "--db", str(db))
    assert code == 1 and out.startswith("On tree page ") and "backup restore --newest" in err

    code, out, err = run(capsys, "backup", "restore", "--newest", "--json", "--db", str(db))
    assert code == 0, err
    assert ".damaged-" in json.loads(out)["safety_copy"]
    code, out, _ = run(capsys, "check", "--db", str(db), "--full")
    assert code == 0 and str(db) in out


def test_a_file_sqlite_cannot_open_is_restored_from_its_backups(db, capsys):
    code, _, err = run(capsys, "backup", "create", "--db", str(db))
    assert code == 0, err
    (made,) = _backups(capsys, db)
    with open(db, "r+b") as f:
        f.write(b"\x00" * 4096)
    code, _, err = run(capsys, "villages", "list", "--db", str(db))
    assert code == 1 and str(db) in err
    assert _backups(capsys, db) == [made]                  # found by the file's name
    code, out, _ = run(capsys, "check", "--db", str(db))
    assert code == 1
    code, out, err = run(capsys, "backup", "restore", "--newest", "--db", str(db))
    assert code == 0 and made["name"] in out, err
    assert _villages(db) == 5


def test_a_restore_needs_the_right_to_restore(db, capsys, monkeypatch):
    code, _, err = users(capsys, monkeypatch, db, "users", "add", "boss", "--role", "admin", "--password-stdin",
                         stdin=ADMIN_PASSWORD + "\n")
    assert code == 0, err
    admin = dict(user="boss", password=ADMIN_PASSWORD)
    code, _, err = users(capsys, monkeypatch, db, "users", "add", "zhang", "--role", "secretary", "--password-stdin",
                         stdin=CLERK_PASSWORD + "\n", **admin)
    assert code == 0, err
    code, _, err = users(capsys, monkeypatch, db, "users", "passwd", "--password-stdin", stdin="my own passphrase\n",
                         user="zhang", password=CLERK_PASSWORD)
    assert code == 0, err
    clerk = dict(user="zhang", password="my own passphrase")
    code, _, err = users(capsys, monkeypatch, db, "backup", "create", **clerk)
    assert code == 0, err
    code, _, err = users(capsys, monkeypatch, db, "backup", "restore", "--newest")
    assert code == 1 and "--user LOGIN" in err
    code, _, err = users(capsys, monkeypatch, db, "backup", "restore", "--newest", **clerk)
    assert code == 1 and "zhang" in err and action_label("backup.restore") in err
    code, out, err = users(capsys, monkeypatch, db, "backup", "restore", "--newest", **admin)
    assert code == 0, err
