"""Records and clocks: the writer keeps each row's clock, rows go to records and
back, and every column of a record from a bundle is checked."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given, settings, strategies as st
from sqlalchemy import text

from desktop.core.ids import is_id, new_id
from desktop.core.sync_errors import BundleRejected, Reason
from desktop.core.sync_merge import APPLY_ORDER, clock_of
from desktop.storage import Database
from desktop.storage.models import SYNCED_TABLES
from tests.storage.sync_exchange import all_rows as _all_rows

T_UNIT = "00000000-0000-7000-8000-000000000001"


@pytest.fixture
def db(db_target):
    d = Database.open(db_target)
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
    with workspace.db.write("t", "unit.edit") as w:
        w.update("admin_unit", township.id, None, {"name_zh": "白依镇"})
    workspace.changes.revert(w.changeset.id)
    stored, clock, version = _clock(workspace.db, "admin_unit", township.id)
    assert stored == "" and version == before[2] + 2 and clock == {workspace.installation_id: version}


# -- records -----------------------------------------------------------------

def test_every_row_of_every_table_goes_to_a_record_and_back_through_json(demo):
    from desktop.storage.derived import derived_columns
    from desktop.storage.sync import SyncStore
    from desktop.storage.sync_records import canonical

    from desktop.storage.sync_records import records_of
    from sqlalchemy import select

    with demo.db.read() as r:
        for entity in APPLY_ORDER:
            rows = _all_rows(r, entity)
            assert rows, entity          # the demo fills every table
            plain = r.conn.execute(select(SYNCED_TABLES[entity].__table__)).all()
            assert records_of(entity, plain) == [SyncStore.record_of(entity, row) for row in rows]
            for row in rows:
                record = SyncStore.record_of(entity, row)
                assert set(record) == set(row.keys()) - derived_columns(entity)
                assert record["sync_clock"] == {row["installation_id"]: row["row_version"]}
                back = SyncStore.row_of(entity, json.loads(canonical(record)))
                assert back == {k: v for k, v in row.items() if k not in derived_columns(entity)}, entity


def _record(demo, entity="village"):
    from desktop.storage.sync import SyncStore

    with demo.db.read() as r:
        return SyncStore.record_of(entity, _all_rows(r, entity)[0])


@pytest.mark.parametrize("column, value", [
    ("id", "not-a-uuid"), ("id", "0192A000-0000-7000-8000-000000000001"), ("township_id", 7),
    ("name_zh", "村" * 201), ("name_zh", None), ("name_zh", "a\x00b"), ("name_zh", "\ud800"),
    ("population", "820"), ("population", True), ("population", 2 ** 31), ("weakness", 1.5),
    ("deleted", 0), ("deleted", None), ("row_version", -1),
    ("updated_at", "2026-11-01 08:00:00"), ("updated_at", "2026-11-01T08:00:00"),
    ("updated_at", "2026-11-01T16:00:00+08:00"), ("updated_at", "2026-11-01T08:00:00Z"), ("updated_at", 0),
    ("code", "5133361002019"), ("note", ["x"]),
])
def test_a_record_with_a_bad_value_is_refused_naming_table_id_and_column(demo, column, value):
    from desktop.storage.sync import SyncStore

    record = {**_record(demo), column: value}
    with pytest.raises(BundleRejected) as e:
        SyncStore.row_of("village", record)
    assert e.value.reason is Reason.BAD_RECORD
    assert "village" in str(e.value) and column in str(e.value)
    if column != "id":
        assert record["id"] in str(e.value)


@pytest.mark.parametrize("entity, column, value", [
    ("inspection_answer", "value", float("nan")), ("inspection_answer", "value", float("inf")),
    ("inspection_answer", "passed", 1), ("problem", "found_on", "2026-13-01"), ("problem", "found_on", "20260101"),
    ("problem", "found_on", "2026-W01-1"), ("collective_income", "amount_yuan", 2 ** 63),
    ("problem_event", "at", "yesterday"),
])
def test_other_types_are_checked_too(demo, entity, column, value):
    from desktop.storage.sync import SyncStore

    with pytest.raises(BundleRejected, match=column):
        SyncStore.row_of(entity, {**_record(demo, entity), column: value})


def test_numbers_and_dates_that_fit_are_taken():
    from desktop.storage.sync_columns import Day, Real

    assert Real(True).one(71) == 71.0 and type(Real(True).one(71)) is float
    assert Real(True).many([71.5, None, 71]) is None    # ints go value by value, and are taken
    assert Day(True).one("2026-02-28") == date(2026, 2, 28)
    assert Day(True).many(["2026-02-28", None, "2026-02-28"]) == [date(2026, 2, 28), None, date(2026, 2, 28)]


values = st.one_of(
    st.none(), st.booleans(), st.integers(-2 ** 64, 2 ** 64), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=14), st.sampled_from(["2026-02-28", "2026-02-30", "2026-11-01T08:00:00+00:00",
                                           "2026-11-01T08:00:00.000000+00:00", "2026-11-01T08:00:00+08:00",
                                           "0192a000-0000-7000-8000-000000000001", "a\x00", "\ud800", "村" * 13]),
    st.lists(st.integers(), max_size=2))


@given(column=st.lists(values, max_size=8))
@settings(max_examples=300, deadline=None)
def test_a_column_checked_at_once_agrees_with_each_value_checked_alone(column):
    """The batch check is a fast path only: it never takes what the value
    check refuses, and what it gives is what the value checks give."""
    from desktop.storage.sync_columns import Bad, Day, Flag, Id, Int, Moment, Real, Text, Version

    for check in (Text(True, 12), Text(False, None), Id(True), Id(False), Int(True, -2 ** 31, 2 ** 31),
                  Int(False, -2 ** 63, 2 ** 63), Version(), Real(True), Real(False), Flag(True), Flag(False),
                  Day(True), Day(False), Moment(True), Moment(False)):
        try:
            alone = [check.one(v) for v in column]
        except Bad:
            alone = None
        at_once = check.many(list(column))
        if at_once is not None:
            assert alone is not None, (check, column)
            assert at_once == alone and [type(v) for v in at_once] == [type(v) for v in alone]


@pytest.mark.parametrize("clock", [
    {}, "x", [1], {"not-an-id": 1}, {"ID": 1},
])
def test_a_malformed_clock_is_refused(demo, clock):
    from desktop.storage.sync import SyncStore

    with pytest.raises(BundleRejected, match="sync_clock"):
        SyncStore.row_of("village", {**_record(demo), "sync_clock": clock})


def test_a_clock_must_hold_the_writer_and_add_up_to_the_version(demo):
    from desktop.storage.sync import SyncStore

    record = _record(demo)
    writer, other = record["installation_id"], new_id()
    for clock in ({writer: 1, other: 1}, {other: record["row_version"]}, {writer: 0, other: 1},
                  {writer: True}):
        with pytest.raises(BundleRejected, match="sync_clock"):
            SyncStore.row_of("village", {**record, "sync_clock": clock})
    ok = {**record, "row_version": 3, "sync_clock": {writer: 1, other: 2}}
    assert json.loads(SyncStore.row_of("village", ok)["sync_clock"]) == {writer: 1, other: 2}


def test_missing_and_unknown_columns_and_tables_are_named(demo):
    from desktop.storage.sync import SyncStore

    record = _record(demo)
    del record["note"]
    record["colour"] = "red"
    with pytest.raises(BundleRejected) as e:
        SyncStore.row_of("village", record)
    assert e.value.reason is Reason.BAD_RECORD and "note" in str(e.value) and "colour" in str(e.value)
    with pytest.raises(BundleRejected, match="name_sort"):   # a derived column does not travel
        SyncStore.row_of("village", {**_record(demo), "name_sort": "x"})
    with pytest.raises(BundleRejected, match="local_meta"):
        SyncStore.row_of("local_meta", {"key": "x"})
    with pytest.raises(BundleRejected):
        SyncStore.row_of("village", ["not", "a", "dict"])


def test_the_id_check_accepts_what_is_id_accepts():
    from desktop.storage.sync_columns import UUID as _UUID

    samples = [new_id(), new_id().upper(), "{" + new_id() + "}", new_id().replace("-", ""), "", "x" * 36,
               "urn:uuid:" + new_id(), new_id() + "\n", " " + new_id()]
    for s in samples:
        assert bool(_UUID(s)) == is_id(s), s
