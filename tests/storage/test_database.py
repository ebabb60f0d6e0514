"""The database as the rest of the program relies on it: created on first
open with an installation id, WAL and foreign keys on, one transaction per
write with its change log, optimistic versions, tombstones, and clear
messages for files that are not ours."""

import sqlite3

import pytest
from sqlalchemy import text

from desktop.core.changes import Op
from desktop.core.errors import DatabaseError, EditConflict, NotFound
from desktop.storage import Database


def _unit(**kw):
    return {"level": "township", "name_zh": "白依乡", "name_bo": "", "name_sort": "bai yi xiang", **kw}


@pytest.fixture
def db(db_target):
    d = Database.open(db_target)
    yield d
    d.close()


def test_first_open_creates_schema_and_installation_id(db_target):
    db = Database.open(db_target)
    first = db.installation_id
    db.close()
    assert len(first) == 36
    db = Database.open(db_target)
    assert db.installation_id == first
    db.close()


@pytest.mark.file_database   # SQLite's pragmas
def test_pragmas(db):
    with db.raw_connection() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_readers_cannot_write(db):
    with pytest.raises(Exception, match="readonly|read-only|attempt to write"):
        with db.read() as r:
            r.conn.execute(text("DELETE FROM local_meta"))


def test_open_without_create_refuses_a_missing_file(tmp_path):
    with pytest.raises(DatabaseError, match="There is no database"):
        Database.open(tmp_path / "missing.sqlite3", create=False)
    assert not (tmp_path / "missing.sqlite3").exists()


def test_a_file_that_is_not_sqlite_gets_a_clear_message_and_is_not_touched(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"these are my notes, not a database" * 10)
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="not a VillageDesk database"):
        Database.open(path)
    assert path.read_bytes() == before


def test_another_programs_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE songs (title TEXT)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseError, match="another program"):
        Database.open(path)
    con = sqlite3.connect(path)
    assert [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")] == ["songs"]
    con.close()


def test_a_database_from_a_newer_version_is_refused_unchanged(db_path):
    Database.open(db_path).close()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError, match="newer version"):
        Database.open(db_path)
    assert db_path.read_bytes() == before


def test_a_write_records_its_changes(db):
    with db.write("tester", "unit.create") as w:
        unit_id = w.insert("admin_unit", _unit())
    cs = w.changeset
    assert cs.action == "unit.create" and cs.actor == "tester"
    assert [(c.entity, c.entity_id, c.op, c.row_version) for c in cs.changes] == [("admin_unit", unit_id, Op.INSERT, 1)]
    with db.read() as r:
        assert r.changes.load(cs.id).changes == cs.changes
        row = r.conn.execute(text("SELECT row_version, installation_id, deleted FROM admin_unit")).one()
    assert tuple(row) == (1, db.installation_id, 0)


def test_a_failed_write_leaves_nothing(db):
    with pytest.raises(RuntimeError):
        with db.write("tester", "half") as w:
            w.insert("admin_unit", _unit())
            raise RuntimeError("power cut")
    with db.read() as r:
        assert not r.has_data()
        assert r.changes.count() == 0


def test_update_names_the_version_it_read(db):
    with db.write("tester", "create") as w:
        uid = w.insert("admin_unit", _unit())
    with db.write("tester", "edit") as w:
        change = w.update("admin_unit", uid, 1, {"name_zh": "白依镇", "name_bo": ""})
    assert change.fields == {"name_zh": ("白依乡", "白依镇")}  # unchanged columns are not written
    assert change.row_version == 2
    with pytest.raises(EditConflict):
        with db.write("tester", "stale edit") as w:
            w.update("admin_unit", uid, 1, {"name_zh": "别的"})
    with db.write("tester", "no-op") as w:
        assert w.update("admin_unit", uid, 2, {"name_zh": "白依镇"}) is None
    assert not w.changeset


def test_delete_is_a_tombstone_that_can_be_restored(db):
    with db.write("tester", "create") as w:
        uid = w.insert("admin_unit", _unit())
    with db.write("tester", "delete") as w:
        assert w.delete("admin_unit", uid).op is Op.DELETE
        assert w.delete("admin_unit", uid) is None
    with db.read() as r:
        assert r.units.get(uid) is None
        assert r.has_data()  # the row is still there, marked deleted
    with pytest.raises(NotFound):
        with db.write("tester", "edit deleted") as w:
            w.update("admin_unit", uid, None, {"name_zh": "x"})
    with db.write("tester", "restore") as w:
        assert w.restore("admin_unit", uid).row_version == 3
    with db.read() as r:
        assert r.units.get(uid).name_zh == "白依乡"


def test_bulk_inserts_are_logged_row_by_row_and_counted(db):
    from desktop.core.ids import new_id

    rows = [_unit(id=new_id(), name_zh=f"乡{i}") for i in range(12_345)]
    with db.write("tester", "demo") as w:
        assert w.insert_many("admin_unit", rows) == 12_345
    assert dict(w.changeset.bulk) == {"admin_unit": 12_345}
    assert w.changeset.touches("admin_unit")
    with db.read() as r:
        assert r.changes.count() == 12_345
        assert r.count_live("admin_unit") == 12_345


@pytest.mark.file_database   # SQLite stores timestamps as text
def test_bulk_and_single_inserts_store_values_alike(db):
    """The bulk path converts through the dialect as the single one does:
    one text format per timestamp column, whatever wrote the row."""
    from desktop.core.ids import new_id

    with db.write("tester", "one") as w:
        single = w.insert("admin_unit", _unit(id=new_id()))
    with db.write("tester", "many") as w:
        bulk = new_id()
        w.insert_many("admin_unit", [_unit(id=bulk)])
    with db.read() as r:
        stored = dict(r.conn.execute(text("SELECT id, updated_at FROM admin_unit")).all())
    assert len(stored[single]) == len(stored[bulk]) == len("2026-11-23 23:08:05.816614")
    assert "+" not in stored[bulk]


@pytest.mark.file_database   # a file that may not grow
def test_a_full_disk_gets_a_clear_message_and_writes_nothing(db):
    from desktop.core.ids import new_id

    with pytest.raises(DatabaseError, match="disk is full"):
        with db.write("tester", "big") as w:
            # Let the file grow by nothing: the next page it needs is refused,
            # as on a full disk.
            pages = w.conn.exec_driver_sql("PRAGMA page_count").scalar()
            w.conn.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
            w.insert_many("admin_unit", (_unit(id=new_id(), name_zh="乡" * 100) for _ in range(5000)))
    with db.read() as r:
        assert r.count_live("admin_unit") == 0
        assert r.changes.count() == 0


def test_a_nested_write_on_one_thread_fails_at_once_instead_of_hanging(db):
    with db.write("tester", "outer"):
        with pytest.raises(RuntimeError, match="nested write"):
            with db.write("tester", "inner"):
                pass


@pytest.mark.file_database   # SQLite's query plan
def test_list_queries_use_the_covering_index(db):
    """The list must read ix_village_list in order, never scan and sort the
    table: that is the difference between 20 and 90 ms a keystroke."""
    from sqlalchemy.dialects import sqlite

    from desktop.core.query import VillageQuery
    from desktop.storage.villages import V, search_statement

    cases = [(q, (V.c.id,)) for q in (VillageQuery(), VillageQuery(text="zx"), VillageQuery(text="5", descending=True))]
    cases.append((VillageQuery(), (V.c.id, V.c.search_text)))   # what the list loads to narrow as you type
    for query, columns in cases:
        compiled = search_statement(query, columns).compile(dialect=sqlite.dialect())
        params = [compiled.params[k] for k in compiled.positiontup]
        with db.read() as r:
            plan = " | ".join(row[3] for row in r.conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled), tuple(params)))
        assert "USING INDEX ix_village_list" in plan and "TEMP B-TREE" not in plan, (query, plan)


def test_a_damaged_database_gets_a_clear_message(tmp_path):
    path = tmp_path / "damaged.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 64)
    with pytest.raises(DatabaseError, match="damaged"):
        Database.open(path)


def test_a_database_in_a_missing_folder_cannot_be_opened_without_create(tmp_path):
    with pytest.raises(DatabaseError):
        Database.open(tmp_path / "no" / "such" / "folder" / "x.sqlite3", create=False)
