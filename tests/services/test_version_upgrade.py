"""Updates that keep data. A newer version started on an older database
takes a backup, migrates, and says so (one line on stderr from the CLI);
the backup is the old database, at its old revision. An older version
started on a newer database refuses with a clear message and changes
nothing: not a byte of the file, no -wal or -shm left, no backup made."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine

import desktop
from desktop.core.errors import DatabaseError
from desktop.core.i18n import translate
from desktop.services.backups import backups_for
from desktop.services.demo import fill_demo
from desktop.services.workspace import Workspace
from desktop.storage import migrate
from desktop.storage.database import SCHEMA_BY
from tests.cli.test_cli import run

# Upgrading a database file: the backup before migrating, the file left untouched by an older version.
pytestmark = pytest.mark.file_database

PREVIOUS = migrate.REVISIONS[-2]


# -- databases of other versions ---------------------------------------------

def older_database(path: Path, villages: int = 8) -> Path:
    """A database as the previous release left it: demo data made now, then
    Alembic's downgrade to the previous revision, and the facts only this
    release records taken out."""
    from alembic import command

    with Workspace.open(path, actor="tester") as ws:
        fill_demo(ws, villages=villages)
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), PREVIOUS)
        conn.exec_driver_sql("DELETE FROM local_meta WHERE key IN (?, ?)", (SCHEMA_BY, "audit_head"))
    engine.dispose()
    assert revision_of(path) == PREVIOUS
    return path


def newer_database(path: Path, *, revision: str = "9999", made_by: str | None = None,
                   extra_table: bool = False, journal: str = "wal") -> Path:
    """A database a later version made: this one's, stamped with a revision
    it does not know; with `extra_table` a table only the future has; with
    `journal="delete"` in rollback-journal mode, as backups are kept."""
    with Workspace.open(path, actor="tester") as ws:
        fill_demo(ws, villages=4)
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        if made_by is None:
            con.execute("DELETE FROM local_meta WHERE key = ?", (SCHEMA_BY,))
        else:
            con.execute("UPDATE local_meta SET value = ? WHERE key = ?", (made_by, SCHEMA_BY))
        if extra_table:
            con.execute("CREATE TABLE village_photo (id TEXT PRIMARY KEY, village_id TEXT REFERENCES village(id), "
                        "taken_at TEXT NOT NULL)")
            con.execute("INSERT INTO village_photo SELECT id, id, '2027-05-01' FROM village")
    con.execute(f"PRAGMA journal_mode = {journal}")
    con.close()   # the last connection: SQLite folds the -wal back in and removes it
    return path


def revision_of(path: Path) -> str:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()


def table_rows(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, by table, in a stable order."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: sorted(con.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        con.close()


def rows_with_columns(path: Path, columns: dict[str, list[str]]) -> dict[str, list[tuple]]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = {}
        for table, cols in columns.items():
            names = ", ".join(f'"{c}"' for c in cols)
            rows[table] = sorted(con.execute(f'SELECT {names} FROM "{table}"').fetchall(), key=repr)
        return rows
    finally:
        con.close()


def columns_of(path: Path) -> dict[str, list[str]]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: [row[1] for row in con.execute(f'PRAGMA table_info("{t}")')] for t in tables}
    finally:
        con.close()


def folder_state(path: Path) -> dict[str, bytes | None]:
    """Everything in the database's folder: files with their bytes, folders as None."""
    return {str(p.relative_to(path.parent)): (p.read_bytes() if p.is_file() else None)
            for p in sorted(path.parent.rglob("*"))}


def upgrade_line(old: str, backup: Path) -> str:
    return translate("Updates", "This database was upgraded from schema {old} to {new} for VillageDesk {version}; "
                                "a backup of it was kept first: {path}").format(
        old=old, new=migrate.HEAD, version=desktop.__version__, path=backup)


# -- a newer version on an older database ----------------------------------------

def test_the_cli_upgrades_an_older_database_after_a_backup_and_says_so(tmp_path, capsys):
    path = older_database(tmp_path / "township.sqlite3")
    before_columns, before = columns_of(path), table_rows(path)

    code, out, err = run(capsys, "villages", "list", "--db", str(path))
    assert code == 0, err
    [backup] = backups_for(path)
    assert backup.reason == "before-migration" and backup.path.is_file()
    assert err == f"villagedesk: {upgrade_line(PREVIOUS, backup.path)}\n"
    assert len(out.strip().splitlines()) >= 8               # the villages, listed after the upgrade

    # The backup is the old database, as it was: its revision and every row.
    assert revision_of(backup.path) == PREVIOUS
    assert table_rows(backup.path) == before
    con = sqlite3.connect(f"file:{backup.path}?mode=ro", uri=True)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()

    # The upgraded database holds all of it, in the columns it had.
    assert revision_of(path) == migrate.HEAD
    after = rows_with_columns(path, before_columns)
    meta_before, meta_after = set(before.pop("local_meta")), set(after.pop("local_meta"))
    assert meta_before <= meta_after and (SCHEMA_BY, desktop.__version__) in meta_after
    before.pop("alembic_version"), after.pop("alembic_version")
    assert after == before

    # Opened again: nothing to say, no second backup.
    code, _, err = run(capsys, "villages", "list", "--db", str(path))
    assert code == 0 and err == ""
    assert [b.path for b in backups_for(path)] == [backup.path]


def test_the_workspace_says_nothing_for_a_database_of_this_version(tmp_path):
    with Workspace.open(tmp_path / "new.sqlite3", actor="tester") as ws:
        assert ws.upgrade_notice() is None and ws.db.migration_backup_path is None
    with Workspace.open(tmp_path / "new.sqlite3", actor="tester") as ws:
        assert ws.upgrade_notice() is None


def test_the_workspace_names_the_backup_of_the_upgrade(tmp_path):
    path = older_database(tmp_path / "township.sqlite3", villages=3)
    with Workspace.open(path, check=True) as ws:
        assert ws.db.migrated_from == PREVIOUS
        [backup] = backups_for(path)
        assert ws.db.migration_backup_path == backup.path
        assert ws.upgrade_notice() == upgrade_line(PREVIOUS, backup.path)


# -- an older version on a newer database ----------------------------------------

GENERIC = ("This database was made by a newer version of VillageDesk. Install the newer version to open it; "
           "nothing was changed.")
NAMED = ("This database was made by VillageDesk {needed}, and this is VillageDesk {version}, an older one. "
         "Install VillageDesk {needed} or newer to open it; nothing was changed.")


def refused_message(made_by: str | None) -> str:
    if made_by is None:
        return translate("Errors", GENERIC)
    return translate("Errors", NAMED).format(needed=made_by, version=desktop.__version__)


NEXT = f"{int(migrate.HEAD) + 1:04d}"   # the revision after this version's last
NEWER = {
    "stamped 9999": dict(revision="9999"),
    "a future schema with its own table": dict(revision=NEXT, made_by="0.2.0", extra_table=True),
    # Opening it for writing would turn it to WAL, rewriting its header.
    "a newer backup, in rollback-journal mode": dict(revision=NEXT, made_by="0.2.0", journal="delete"),
}


@pytest.mark.parametrize("kind", sorted(NEWER))
def test_the_cli_refuses_a_newer_database_and_changes_nothing(tmp_path, capsys, kind):
    path = newer_database(tmp_path / "county.sqlite3", **NEWER[kind])
    state = folder_state(path)
    for argv in (["villages", "list"], ["demo", "--villages", "2", "--force"], ["backup", "create"]):
        code, out, err = run(capsys, *argv, "--db", str(path))
        assert (code, out) == (1, ""), (argv, err)
        assert err == f"villagedesk: {refused_message(NEWER[kind].get('made_by'))}\n"
        assert folder_state(path) == state, argv


@pytest.mark.parametrize("kind", sorted(NEWER))
def test_opening_a_newer_database_as_the_window_does_changes_nothing(tmp_path, kind):
    path = newer_database(tmp_path / "county.sqlite3", **NEWER[kind])
    state = folder_state(path)
    with pytest.raises(DatabaseError) as refused:
        Workspace.open(path, check=True)
    assert refused.value.message == refused_message(NEWER[kind].get("made_by"))
    assert not getattr(refused.value, "damaged", False)      # no restore offered: nothing is wrong with it
    assert folder_state(path) == state


def test_the_version_recorded_now_is_named_by_an_older_build(tmp_path, monkeypatch):
    """This release records itself in the databases it makes; a build that
    knows one revision less names it when it refuses."""
    path = tmp_path / "made-now.sqlite3"
    with Workspace.open(path, actor="tester") as ws:
        fill_demo(ws, villages=2)
    state = folder_state(path)
    made_by = desktop.__version__
    monkeypatch.setattr(migrate, "REVISIONS", migrate.REVISIONS[:-1])
    monkeypatch.setattr(migrate, "HEAD", migrate.REVISIONS[-1])
    monkeypatch.setattr(desktop, "__version__", "0.0.9")
    with pytest.raises(DatabaseError) as refused:
        Workspace.open(path, check=True)
    assert refused.value.message == translate("Errors", NAMED).format(needed=made_by, version="0.0.9")
    assert folder_state(path) == state
