"""The database side of sync: clocks kept by the writer, records checked
column by column, identity, peers, the bundle log, export by scope and
watermark, decisions, references, unique keys, remote writes with their
change log and conflicts, and resolving conflicts."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

import pytest
from sqlalchemy import text

from desktop.core.changes import Op
from desktop.core.ids import is_id, new_id
from desktop.core.sync_errors import BundleRejected, Reason
from desktop.core.sync_merge import APPLY_ORDER, clock_of
from desktop.storage import Database
from desktop.storage.models import SYNCED_TABLES

T_UNIT = "00000000-0000-7000-8000-000000000001"
T_UNIT2 = "00000000-0000-7000-8000-000000000002"
COUNTY_UNIT = "00000000-0000-7000-8000-000000000003"


@pytest.fixture
def db(db_path):
    d = Database.open(db_path)
    yield d
    d.close()


def _clock(db, entity, row_id):
    with db.read() as r:
        row = r.conn.execute(text(f"SELECT sync_clock, installation_id, row_version FROM {entity} WHERE id = :i"),
                             {"i": row_id}).one()
    return row.sync_clock, clock_of(row.sync_clock, row.installation_id, row.row_version), row.row_version


def _unit(w, unit_id=T_UNIT, code="513336100", parent=None, level="township"):
    return w.insert("admin_unit", {"id": unit_id, "parent_id": parent, "level": level, "kind": None, "code": code,
                                   "name_zh": "白依乡", "name_bo": ""})


def _village(w, code="513336100201", township=T_UNIT, **kw):
    return w.insert("village", {"township_id": township, "code": code, "name_zh": "扎西岗村", "name_bo": "",
                                "kind": "village", "population": 820, "households": 190, "party_members": 41,
                                "party_org_type": None, "weakness": 0, "paired_unit": "", "paired_village_id": None,
                                "note": "", "rating": None, "warning": None, **kw})


# -- clocks kept by the writer ------------------------------------------------

def test_inserts_leave_the_clock_empty_and_one_writer_keeps_it_empty(db):
    with db.write("t", "add") as w:
        _unit(w)
        vid = _village(w)
        w.insert_many("village", [{"id": new_id(), "township_id": T_UNIT, "code": None, "name_zh": "白依村",
                                   "name_bo": "", "kind": "village", "population": None, "households": None,
                                   "party_members": None, "party_org_type": None, "weakness": 0, "paired_unit": "",
                                   "paired_village_id": None, "note": "", "rating": None, "warning": None}])
    with db.read() as r:
        assert r.conn.execute(text("SELECT DISTINCT sync_clock FROM village")).all() == [("",)]
    with db.write("t", "edit") as w:
        w.update("village", vid, 1, {"note": "一"})
        w.update("village", vid, 2, {"note": "二"})
        w.delete("village", vid, 3)
        w.restore("village", vid, 4)
    stored, clock, version = _clock(db, "village", vid)
    assert (stored, clock, version) == ("", {db.installation_id: 5}, 5)


def test_a_write_by_another_installation_adds_its_entry_and_the_version_stays_the_sum(db):
    with db.write("t", "add") as w:
        _unit(w)
        vid = _village(w)
    first = db.installation_id
    db.installation_id = other = new_id()          # the same file opened as another installation
    with db.write("t", "edit") as w:
        w.update("village", vid, 1, {"note": "改"})
    stored, clock, version = _clock(db, "village", vid)
    assert clock == {first: 1, other: 1} and version == 2 and json.loads(stored) == clock
    with db.write("t", "delete") as w:
        w.delete("village", vid, 2)
    db.installation_id = first
    with db.write("t", "restore") as w:
        w.restore("village", vid, 3)
    stored, clock, version = _clock(db, "village", vid)
    assert clock == {first: 2, other: 2} and version == sum(clock.values()) == 4
    with db.read() as r:
        row = r.conn.execute(text("SELECT installation_id, deleted FROM village")).one()
    assert tuple(row) == (first, 0)


def test_undo_is_a_write_like_any_other(workspace, township):
    before = _clock(workspace.db, "admin_unit", township.id)
    with workspace.db.write("t", "edit") as w:
        w.update("admin_unit", township.id, None, {"name_zh": "白依镇"})
    workspace.changes.revert(w.changeset.id)
    stored, clock, version = _clock(workspace.db, "admin_unit", township.id)
    assert stored == "" and version == before[2] + 2 and clock == {workspace.installation_id: version}
