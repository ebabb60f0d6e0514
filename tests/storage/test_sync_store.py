"""The database side of sync: clocks kept by the writer, records checked
column by column, identity, peers, the bundle log, export by scope and
watermark, decisions, references, unique keys, remote writes with their
change log and conflicts, and resolving conflicts."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

import pytest
from hypothesis import given, settings, strategies as st
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


# -- records -----------------------------------------------------------------

@pytest.fixture
def demo(workspace):
    from desktop.services.demo import fill_demo

    fill_demo(workspace, villages=4, townships=2)
    with workspace.db.write("t", "policy") as w:
        w.insert("warning_policy", {"unit_id": None, "red_below": 60.0, "green_from": 80.0, "by_quota": False,
                                    "class1_share": 30, "class2_share": 50, "class3_share": 20, "due_soon_days": 7})
    return workspace


def _all_rows(r, entity):
    table = SYNCED_TABLES[entity].__table__
    from sqlalchemy import select
    return list(r.conn.execute(select(table)).mappings())


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


# -- identity, peers, revocations, the bundle log ---------------------------------

def test_identity_lives_in_local_meta(db):
    from desktop.storage.sync import SyncStore

    with db.read() as r:
        store = SyncStore(r)
        assert (store.keys(), store.mode(), store.unit_id(), store.installation_name()) == \
            (None, "township", None, "")
        assert store.county_ids() == set() and store.installation_id() == db.installation_id
    with db.write("t", "setup") as w:
        SyncStore(w).set_keys(w, b"\x01" * 32, b"\x02" * 32)
        SyncStore(w).set_setup(w, "county", COUNTY_UNIT, "县委组织部")
    with db.read() as r:
        store = SyncStore(r)
        assert store.keys() == (b"\x01" * 32, b"\x02" * 32)
        assert (store.mode(), store.unit_id(), store.installation_name()) == ("county", COUNTY_UNIT, "县委组织部")
        assert store.county_ids() == {db.installation_id}
        stored = r.meta.get("sync_signing_private")
    assert stored == "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE="   # base64 text


def _peer(installation_id, role="township", fingerprint="1" * 40, key=b"s"):
    return dict(installation_id=installation_id, role=role, name="白依乡 1", unit_code="513336100",
                unit_name_zh="白依乡", unit_name_bo="", signing_key=key * 32, encryption_key=b"e" * 32,
                fingerprint=fingerprint, enrolled_at="2026-11-24T08:00:00+00:00", enrolled_by="卓玛")


def test_peers_are_enrolled_revoked_and_enrolled_again_with_new_keys(db):
    from desktop.storage.sync import SyncStore

    t1, county = new_id(), new_id()
    with db.write("t", "enrol") as w:
        SyncStore(w).save_peer(w, **_peer(t1))
        SyncStore(w).save_peer(w, **_peer(county, role="county", fingerprint="2" * 40))
    with db.read() as r:
        store = SyncStore(r)
        peer = store.peer(t1)
        assert (peer["signing_key"], peer["encryption_key"], peer["acked_sequence"]) == (b"s" * 32, b"e" * 32, 0)
        assert peer["enrolled_at"] == datetime(2026, 11, 24, 8, tzinfo=timezone.utc)
        assert [p["installation_id"] for p in store.peers()] == [county, t1]
        assert store.county_ids() == {county} and store.peer(new_id()) is None
    with db.write("t", "revoke") as w:
        SyncStore(w).revoke_peer(w, t1, "笔记本被盗", "2026-11-25T09:00:00+00:00", "卓玛")
    with db.read() as r:
        store = SyncStore(r)
        assert store.is_revoked(t1) and store.peer(t1)["revocation_reason"] == "笔记本被盗"
        assert store.revocations() == [{"installation_id": t1, "fingerprint": "1" * 40,
                                        "revoked_at": "2026-11-25T09:00:00+00:00", "reason": "笔记本被盗"}]
    with db.write("t", "enrol") as w:      # the same keys again: still revoked
        SyncStore(w).save_peer(w, **_peer(t1))
    with db.read() as r:
        assert SyncStore(r).is_revoked(t1)
    with db.write("t", "enrol") as w:      # re-installed, new keys, fingerprint typed
        SyncStore(w).save_peer(w, **_peer(t1, fingerprint="3" * 40, key=b"n"))
    with db.read() as r:
        store = SyncStore(r)
        assert not store.is_revoked(t1) and store.peer(t1)["revoked_at"] is None
        assert store.peer(t1)["signing_key"] == b"n" * 32 and store.revocations() == []


def test_a_countys_revocations_are_taken_in_once_and_not_against_newer_keys(db):
    from desktop.storage.sync import SyncStore

    t1, t2, stranger = new_id(), new_id(), new_id()
    with db.write("t", "enrol") as w:
        SyncStore(w).save_peer(w, **_peer(t1))
        SyncStore(w).save_peer(w, **_peer(t2, fingerprint="4" * 40))
    listed = [{"installation_id": t1, "fingerprint": "1" * 40, "revoked_at": "2026-11-25T09:00:00+00:00",
               "reason": "stolen"},
              {"installation_id": t2, "fingerprint": "9" * 40, "revoked_at": "2026-11-25T09:00:00+00:00",
               "reason": "old keys"},
              {"installation_id": stranger, "fingerprint": "5" * 40, "revoked_at": "2026-11-25T09:00:00+00:00",
               "reason": ""}]
    with db.write("t", "import") as w:
        assert SyncStore(w).record_revocations(w, listed) == [t1, stranger]
    with db.write("t", "import") as w:
        assert SyncStore(w).record_revocations(w, listed) == []
    with db.read() as r:
        store = SyncStore(r)
        assert store.is_revoked(t1) and not store.is_revoked(t2) and store.is_revoked(stranger)
        assert store.peer(t1)["revoked_at"] is not None
    for bad in ([{"installation_id": t1}], [{"installation_id": t1, "fingerprint": "1", "revoked_at": "never"}],
                [{"installation_id": t1, "fingerprint": "1", "revoked_at": "2026-11-25T09:00:00"}], ["x"]):
        with pytest.raises(BundleRejected):
            with db.write("t", "import") as w:
                SyncStore(w).record_revocations(w, bad)


def test_the_bundle_log_and_acknowledgements(db):
    from desktop.storage.sync import SyncStore

    peer = new_id()
    with db.write("t", "enrol") as w:
        SyncStore(w).save_peer(w, **_peer(peer))
    with db.read() as r:
        store = SyncStore(r)
        assert store.last_sent(peer) is None and store.last_received(peer) is None and store.acked(peer) == 0
    with db.write("t", "export") as w:
        store = SyncStore(w)
        store.record_sent(w, peer, sequence=1, since=0, bundle_hash=b"\xab" * 32, bundle_id=new_id(),
                          watermark=17, counts={"village": 2})
        store.record_sent(w, peer, sequence=2, since=0, bundle_hash="cd" * 32, bundle_id=new_id(),
                          watermark=20, counts={})
        store.record_received(w, peer, sequence=5, since=3, bundle_hash=b"\x01" * 32, bundle_id=new_id(),
                              changeset_id=w.changeset_id, counts={"problem": 14})
    with db.read() as r:
        store = SyncStore(r)
        first = store.sent(peer, 1)
        assert (first["watermark"], first["bundle_hash"], first["counts"], first["direction"]) == \
            (17, "ab" * 32, {"village": 2}, "out")
        assert store.last_sent(peer)["sequence"] == 2 and store.sent(peer, 3) is None
        got = store.last_received(peer)
        assert (got["sequence"], got["since"], got["counts"], got["watermark"]) == (5, 3, {"problem": 14}, None)
        assert store.received(peer, 5) == got and store.received(peer, 4) is None
    with db.write("t", "ack") as w:
        SyncStore(w).set_acked(w, peer, 2)
        SyncStore(w).set_acked(w, peer, 1)   # a late, older acknowledgement lowers nothing
    with db.read() as r:
        assert SyncStore(r).acked(peer) == 2


# -- export ------------------------------------------------------------------

@pytest.fixture
def pair(demo, tmp_path):
    """The demo county and a copy of it that is another installation (a township's)."""
    from tests.storage.sync_exchange import copy_as_new_installation, enrol

    county = demo.db
    township = copy_as_new_installation(county, tmp_path / "township.sqlite3")
    enrol(county, township, "township")
    enrol(township, county, "county")
    from desktop.storage.sync import SyncStore
    with county.write("t", "setup") as w:
        SyncStore(w).set_setup(w, "county", None, "county")
    yield county, township
    township.close()


def _townships(db):
    with db.read() as r:
        return [u for (u,) in r.conn.execute(text(
            "SELECT id FROM admin_unit WHERE level = 'township' ORDER BY code"))]


def _ids(db, sql):
    with db.read() as r:
        return {i for (i,) in r.conn.execute(text(sql))}


def test_a_full_bundle_to_a_township_carries_its_villages_their_rows_and_the_county_wide_ones(pair):
    from desktop.storage.sync import SyncStore

    county, _ = pair
    a, b = _townships(county)
    with county.write("t", "pair") as w:   # a village of A paired with one of B: B's comes along
        va = _ids(county, f"SELECT id FROM village WHERE township_id = '{a}'")
        vb = _ids(county, f"SELECT id FROM village WHERE township_id = '{b}'")
        w.update("village", sorted(va)[0], None, {"paired_village_id": sorted(vb)[0]})
    with county.read() as r:
        got: dict[str, set] = {}
        for entity, record in SyncStore(r).changed_records(scope_unit_id=a, since_watermark=0,
                                                           exclude_from_peer=None):
            assert record["id"] not in got.setdefault(entity, set())    # each row once
            got[entity].add(record["id"])
    assert list(got) == [t for t in APPLY_ORDER if t in got]             # in apply order
    for entity in ("admin_unit", "checklist_template", "warning_policy"):
        assert got[entity] == _ids(county, f"SELECT id FROM {entity}")
    assert got["village"] == va | {sorted(vb)[0]}
    in_a = f"(SELECT id FROM village WHERE township_id = '{a}')"
    for entity in ("collective_income", "village_rating", "village_warning", "post", "inspection", "problem",
                   "plan", "support_activity", "acceptance_review"):
        assert got.get(entity, set()) == _ids(county, f"SELECT id FROM {entity} WHERE village_id IN {in_a}"), entity
    assert got["inspection_answer"] == _ids(county, "SELECT id FROM inspection_answer WHERE inspection_id IN "
                                                    f"(SELECT id FROM inspection WHERE village_id IN {in_a})")
    assert got["problem_event"] == _ids(county, "SELECT id FROM problem_event WHERE problem_id IN "
                                                f"(SELECT id FROM problem WHERE village_id IN {in_a})")
    assert got["plan_item"] == _ids(county, "SELECT id FROM plan_item WHERE plan_id IN "
                                            f"(SELECT id FROM plan WHERE village_id IN {in_a})")
    assert got["person"] == _ids(county, f"SELECT person_id FROM post WHERE village_id IN {in_a}")
    assert got["person"] < _ids(county, "SELECT id FROM person")
    with county.read() as r:   # no scope: everything
        everything = sum(1 for _ in SyncStore(r).changed_records(scope_unit_id=None, since_watermark=0,
                                                                 exclude_from_peer=None))
    assert everything == sum(len(_ids(county, f"SELECT id FROM {t}")) for t in APPLY_ORDER)


def test_an_incremental_bundle_carries_what_changed_since_the_watermark_but_not_what_came_from_the_recipient(pair):
    from desktop.storage.sync import SyncStore
    from tests.storage.sync_exchange import export, import_bundle

    county, township = pair
    a, b = _townships(county)
    first = export(county, township.installation_id, scope_unit_id=a)
    assert first.since == 0 and first.rows > 100
    assert import_bundle(township, first) == "imported"
    assert import_bundle.last_kinds.keys() == {"unchanged"}          # the copy held all of it already
    back = export(township, county.installation_id)   # full: the county has acknowledged nothing yet
    assert back.since == 0 and back.ack == 1 and back.rows > first.rows
    assert import_bundle(county, back) == "imported"
    assert import_bundle.last_kinds.keys() == {"unchanged"}

    va = sorted(_ids(county, f"SELECT id FROM village WHERE township_id = '{a}'"))
    vb = sorted(_ids(county, f"SELECT id FROM village WHERE township_id = '{b}'"))
    with county.write("t", "edit") as w:
        w.update("village", va[0], None, {"note": "县里改的"})
        w.update("village", vb[0], None, {"note": "别的乡"})
    with township.write("t", "edit") as w:
        w.update("admin_unit", a, None, {"name_bo": "ས།"})
        w.update("village", va[1], None, {"households": 200})
    second = export(county, township.installation_id, scope_unit_id=a)
    assert (second.since, second.ack) == (1, 1)
    assert {t: [r["id"] for r in v] for t, v in second.records.items()} == {"village": [va[0]]}
    assert import_bundle(township, second) == "imported"
    assert import_bundle.last_kinds == {"changed": 1}
    up = export(township, county.installation_id)
    assert (up.since, up.ack) == (1, 2)
    assert {t: sorted(r["id"] for r in v) for t, v in up.records.items()} == {"admin_unit": [a], "village": [va[1]]}
    assert import_bundle(county, up) == "imported"
    assert import_bundle(county, up) == "already"
    # What came from the township does not go back to it; to another township the
    # county-wide unit goes, A's village does not (not in its scope).
    third = export(county, township.installation_id, scope_unit_id=a)
    assert third.since == 2 and third.records == {}
    with county.read() as r:
        store = SyncStore(r)
        to_b = {(t, rec["id"]) for t, rec in store.changed_records(
            scope_unit_id=b, since_watermark=store.sent(township.installation_id, 1)["watermark"],
            exclude_from_peer=new_id())}
    assert to_b == {("admin_unit", a), ("village", vb[0])}


def test_changed_records_reads_in_batches_with_the_same_result(pair):
    from desktop.storage.sync_scope import changed_records

    county, _ = pair
    with county.read() as r:
        small = list(changed_records(r.conn, scope_unit_id=None, since_watermark=1, exclude_from_peer=None, batch=7))
        large = list(changed_records(r.conn, scope_unit_id=None, since_watermark=1, exclude_from_peer=None))
    assert small == large and len(small) > 1000


def test_files_of_lists_live_evidence():
    from desktop.storage.sync import SyncStore

    assert SyncStore.files_of("problem_evidence", {"deleted": False, "sha256": "ab"}) == ["ab"]
    assert SyncStore.files_of("problem_evidence", {"deleted": True, "sha256": "ab"}) == []
    assert SyncStore.files_of("village", {"deleted": False}) == []


# -- import: decisions and remote writes ------------------------------------------

def _log(db, entity_id):
    with db.read() as r:
        return [tuple(x) for x in r.conn.execute(text(
            "SELECT op, row_version, data FROM change_log WHERE entity_id = :i ORDER BY seq"), {"i": entity_id})]


def _row(db, entity, row_id):
    with db.read() as r:
        return dict(r.conn.execute(text(f"SELECT * FROM {entity} WHERE id = :i"), {"i": row_id}).mappings().one())


def test_concurrent_edits_meet_on_both_sides_with_the_same_row_and_the_loser_kept(pair):
    from desktop.storage.sync import SyncStore
    from tests.storage.sync_exchange import export, import_bundle

    county, township = pair
    a, _ = _townships(county)
    vid = sorted(_ids(county, f"SELECT id FROM village WHERE township_id = '{a}'"))[0]
    old_name = _row(county, "village", vid)["name_zh"]
    with township.write("t", "edit") as w:
        w.update("village", vid, None, {"name_zh": "新名村", "note": "乡里"})
    with county.write("t", "rate") as w:
        w.update("village", vid, None, {"rating": "backward", "note": "县里"})
    down = export(county, township.installation_id, scope_unit_id=a)
    up = export(township, county.installation_id)
    assert import_bundle(county, up) == "imported" and import_bundle.last_kinds["conflict"] == 1
    assert import_bundle(township, down) == "imported" and import_bundle.last_kinds["conflict"] == 1
    here, there = _row(county, "village", vid), _row(township, "village", vid)
    assert here == there
    # The township owns the village, the county its rating.
    assert (here["name_zh"], here["note"], here["rating"], here["installation_id"]) == \
        ("新名村", "乡里", "backward", township.installation_id)
    assert json.loads(here["sync_clock"]) == {county.installation_id: 2, township.installation_id: 1}
    assert here["row_version"] == 3 and "新名村" in here["search_text"]      # derived: recomputed
    for db in (county, township):
        with db.read() as r:
            (c,) = SyncStore(r).conflicts()
        assert (c["entity"], c["entity_id"], c["rule"]) == ("village", vid, "owner")
        assert c["lost"]["note"] == "县里" and c["lost_installation_id"] == county.installation_id
        assert c["kept"]["note"] == "乡里" and c["kept"]["rating"] == "backward"
        assert c["resolved_at"] is None
    op, version, data = _log(county, vid)[-1]
    assert (op, version) == ("update", 3)
    assert json.loads(data) == {"name_zh": [old_name, "新名村"], "note": ["县里", "乡里"]}


def test_remote_deletes_and_restores_are_logged_as_such_and_new_rows_as_inserts(pair):
    from tests.storage.sync_exchange import export, import_bundle

    county, township = pair
    a, _ = _townships(county)
    export(township, county.installation_id)          # township's first, full, bundle: not needed here
    vid = sorted(_ids(county, f"SELECT id FROM village WHERE township_id = '{a}'"))[0]
    with county.write("t", "edit") as w:
        w.delete("village", vid)
        new = w.insert("collective_income", {"village_id": vid, "year": 2026, "amount_yuan": 5000, "note": ""})
    assert import_bundle(township, export(county, township.installation_id, scope_unit_id=a)) == "imported"
    assert _log(township, vid)[-1] == ("delete", 2, None) and _row(township, "village", vid)["deleted"] == 1
    assert _log(township, new) == [("insert", 1, None)]
    assert _row(township, "collective_income", new) == _row(county, "collective_income", new)
    with county.write("t", "edit") as w:
        w.restore("village", vid)
    assert import_bundle(township, export(county, township.installation_id, scope_unit_id=a)) == "imported"
    assert _log(township, vid)[-1] == ("restore", 3, None) and _row(township, "village", vid)["deleted"] == 0


def test_a_decision_gone_stale_before_writing_is_an_edit_conflict(pair):
    from desktop.core.errors import EditConflict
    from desktop.storage.sync import SyncStore

    county, township = pair
    vid = sorted(_ids(county, "SELECT id FROM village"))[0]
    with county.write("t", "edit") as w:
        w.update("village", vid, None, {"note": "newer"})
    with county.read() as r:
        theirs = SyncStore(r).current("village", [vid])[vid]
    with pytest.raises(EditConflict):
        with township.write("t", "import") as w:
            decisions = SyncStore(w).decide_batch("village", [theirs], lambda _: False)
            w.update("village", vid, None, {"note": "meanwhile"})
            w.write_remote("village", decisions)
    assert _row(township, "village", vid)["note"] != "newer"


def test_receipts_per_village_and_the_change_set(pair):
    from desktop.storage.sync import SyncStore
    from tests.storage.sync_exchange import export, import_bundle

    county, township = pair
    a, _ = _townships(county)
    with_problems = _ids(county, "SELECT village_id FROM problem")
    vids = sorted(_ids(county, "SELECT id FROM village") - with_problems) + sorted(with_problems)
    vids = [vids[0], vids[-1]]
    problem = sorted(_ids(township, f"SELECT id FROM problem WHERE village_id = '{vids[1]}'"))[0]
    with township.write("t", "edit") as w:
        w.update("village", vids[0], None, {"note": "x"})
        w.insert("problem_event", {"problem_id": problem, "at": datetime(2026, 11, 2, tzinfo=timezone.utc),
                                   "on_date": date(2026, 11, 2), "actor": "t", "from_status": None,
                                   "to_status": "open", "reason": "", "checker": ""})
    bundle = export(township, county.installation_id)
    assert import_bundle(county, bundle) == "imported"
    with county.read() as r:
        receipts = {x["village_id"]: x for x in SyncStore(r).received_by_village()}
        changeset = r.conn.execute(text("SELECT changeset_id FROM sync_bundle WHERE direction = 'in'")).scalar()
        logged = r.conn.execute(text("SELECT count(*) FROM change_log WHERE changeset_id = :c"),
                                {"c": changeset}).scalar()
    # A full bundle: every village it carried rows of, with its rows (children through their parents).
    assert set(receipts) == _ids(county, "SELECT id FROM village")
    assert all(x["peer_id"] == township.installation_id and x["last_sequence"] == 1 for x in receipts.values())
    assert receipts[vids[1]]["rows"] > receipts[vids[0]]["rows"] > 1
    assert logged == 2     # only the two written rows


# -- references and unique keys ---------------------------------------------------

def _fresh_village(township_id, code, **kw):
    rid, inst = new_id(), new_id()
    return {"id": rid, "row_version": 1, "updated_at": "2026-11-24T08:00:00+00:00", "installation_id": inst,
            "deleted": False, "sync_clock": {inst: 1}, "township_id": township_id, "code": code,
            "name_zh": "新村", "name_bo": "", "kind": "village", "population": None, "households": None,
            "party_members": None, "party_org_type": None, "weakness": 0, "paired_unit": "",
            "paired_village_id": None, "note": "", "rating": None, "warning": None, **kw}


def test_references_must_be_here_or_in_the_bundle(pair):
    from desktop.storage.sync import SyncStore

    county, _ = pair
    a, _ = _townships(county)
    here = _fresh_village(a, None)
    stray = _fresh_village(new_id(), None)
    with county.read() as r:
        store = SyncStore(r)
        store.check_references("village", [here], {})
        with pytest.raises(BundleRejected) as e:
            store.check_references("village", [here, stray], {})
        assert e.value.reason is Reason.MISSING_PARENT
        assert stray["id"] in str(e.value) and "township_id" in str(e.value) and stray["township_id"] in str(e.value)
        store.check_references("village", [stray], {"admin_unit": {stray["township_id"]}})


def test_the_reference_check_waits_for_the_end_of_a_table_for_references_inside_it(pair):
    from desktop.storage.sync import SyncStore
    from desktop.storage.sync_checks import REFERENCED_TABLES

    county, _ = pair
    a, _ = _townships(county)
    later = _fresh_village(a, None)
    first = _fresh_village(a, None, paired_village_id=later["id"])
    assert REFERENCED_TABLES == {"admin_unit", "village", "person", "checklist_template", "inspection",
                                 "problem", "problem_event", "plan"}
    with county.read() as r:
        check = SyncStore(r).reference_check()
        check.add("village", [first])
        check.add("village", [later])          # the pair comes in a later batch
        check.add("collective_income", [{"id": new_id(), "village_id": first["id"]}])
        check.finish()

        check = SyncStore(r).reference_check()
        check.add("village", [first])
        with pytest.raises(BundleRejected, match=later["id"]):
            check.add("collective_income", [])    # the next table: the pair never came
        check = SyncStore(r).reference_check()
        check.add("village", [first])
        with pytest.raises(BundleRejected, match="paired_village_id"):
            check.finish()
        with pytest.raises(BundleRejected, match="village_id"):
            SyncStore(r).reference_check().add("collective_income", [{"id": new_id(), "village_id": new_id()}])


def test_a_village_code_made_separately_on_both_sides_is_refused_naming_both(pair):
    from desktop.storage.sync import SyncStore

    county, _ = pair
    a, _ = _townships(county)
    taken = _row(county, "village", sorted(_ids(county, "SELECT id FROM village"))[0])
    mine = _fresh_village(a, taken["code"])
    with county.read() as r:
        store = SyncStore(r)
        with pytest.raises(BundleRejected) as e:
            store.check_unique("village", [mine])
        assert e.value.reason is Reason.MADE_SEPARATELY
        assert mine["id"] in str(e.value) and taken["id"] in str(e.value) and taken["code"] in str(e.value)
        # Not when the holder here is in the bundle too (it gives the code up), nor for a tombstone.
        store.check_unique("village", [mine], {taken["id"]})
        store.check_unique("village", [{**mine, "deleted": True}])
        store.check_unique("village", [{**mine, "id": taken["id"]}])
        # Two of the bundle's own.
        with pytest.raises(BundleRejected, match="made separately"):
            store.check_unique("village", [_fresh_village(a, "1"), _fresh_village(a, "1")])


def test_template_versions_and_answers_are_unique_keys_too(pair):
    from desktop.storage.sync import SyncStore

    county, _ = pair
    with county.read() as r:
        store = SyncStore(r)
        template = store.current("checklist_template", sorted(_ids(county, "SELECT id FROM checklist_template")))
        answer = store.current("inspection_answer", sorted(_ids(county, "SELECT id FROM inspection_answer"))[:1])
        (template,), (answer,) = list(template.values())[:1], answer.values()
        for entity, record in (("checklist_template", template), ("inspection_answer", answer)):
            store.check_unique(entity, [record])
            with pytest.raises(BundleRejected) as e:
                store.check_unique(entity, [{**record, "id": new_id(), "deleted": True}])   # all rows count
            assert e.value.reason is Reason.MADE_SEPARATELY and record["id"] in str(e.value)


def test_villages_of_rows_through_their_parents_with_one_query_per_batch(pair):
    from desktop.storage.sync import SyncStore

    county, _ = pair
    with county.read() as r:
        store = SyncStore(r)
        problem = store.current("problem", sorted(_ids(county, "SELECT id FROM problem"))[:1])
        (problem,) = problem.values()
        events = list(store.current("problem_event", sorted(_ids(
            county, f"SELECT id FROM problem_event WHERE problem_id = '{problem['id']}'"))).values())
        parents: dict = {}
        assert store.villages_of("problem_event", events, parents) == [problem["village_id"]] * len(events)
        assert parents == {problem["id"]: problem["village_id"]}
        # A problem of the bundle itself, not here.
        fresh = {**problem, "id": new_id(), "village_id": "v"}
        assert store.villages_of("problem", [fresh], parents) == ["v"]
        assert store.village_of("problem_event", {**events[0], "problem_id": fresh["id"]}, parents) == "v"
        assert store.village_of("problem_event", {**events[0], "problem_id": new_id()}) is None
        assert store.village_of("person", {"id": new_id()}) is None
        assert store.village_of("village", {"id": "x"}) == "x"


# -- conflicts resolved ------------------------------------------------------------

def _conflicted(pair):
    from tests.storage.sync_exchange import export, import_bundle

    county, township = pair
    a, _ = _townships(county)
    vid = sorted(_ids(county, f"SELECT id FROM village WHERE township_id = '{a}'"))[0]
    with township.write("t", "edit") as w:
        w.update("village", vid, None, {"note": "乡里"})
    with county.write("t", "edit") as w:
        w.update("village", vid, None, {"note": "县里", "households": 1})
    import_bundle(county, export(township, county.installation_id))
    return county, township, vid


def test_keeping_the_winner_closes_the_conflict(pair):
    from desktop.storage.sync import SyncStore

    county, _, vid = _conflicted(pair)
    before = _row(county, "village", vid)
    with county.read() as r:
        (c,) = SyncStore(r).conflicts()
    with county.write("卓玛", "conflict.keep") as w:
        SyncStore(w).resolve_conflict(w, c["id"], "keep")
    assert _row(county, "village", vid) == before
    with county.read() as r:
        store = SyncStore(r)
        assert store.conflicts() == []
        done = store.conflict(c["id"])
        assert (done["resolution"], done["resolved_by"]) == ("kept", "卓玛") and done["resolved_at"] is not None
        assert store.conflicts(open_only=False) == [done]
    with pytest.raises(Exception, match="resolved already"):
        with county.write("t", "again") as w:
            SyncStore(w).resolve_conflict(w, c["id"], "keep")
    from desktop.core.errors import NotFound
    with pytest.raises(NotFound):
        with county.read() as r:
            SyncStore(r).conflict(new_id())


def test_taking_the_other_version_writes_it_as_a_local_change_that_travels(pair):
    from desktop.storage.sync import SyncStore
    from tests.storage.sync_exchange import export, import_bundle

    county, township, vid = _conflicted(pair)
    kept = _row(county, "village", vid)
    assert kept["note"] == "乡里" and kept["households"] != 1       # the township's version won
    with county.read() as r:
        (c,) = SyncStore(r).conflicts()
    with county.write("卓玛", "conflict.take") as w:
        SyncStore(w).resolve_conflict(w, c["id"], "take_other")
    now = _row(county, "village", vid)
    assert (now["note"], now["households"]) == ("县里", 1)
    clock = json.loads(now["sync_clock"])
    assert clock[county.installation_id] == json.loads(kept["sync_clock"])[county.installation_id] + 1
    assert now["row_version"] == sum(clock.values()) == kept["row_version"] + 1
    with county.read() as r:
        assert SyncStore(r).conflict(c["id"])["resolution"] == "took_other"
    a, _ = _townships(county)
    assert import_bundle(township, export(county, township.installation_id, scope_unit_id=a)) == "imported"
    assert _row(township, "village", vid) == now


def test_taking_a_deleted_version_deletes_and_taking_a_live_one_restores(pair):
    from desktop.storage.sync import SyncStore
    from tests.storage.sync_exchange import export, import_bundle

    county, township = pair
    vid = sorted(_ids(county, "SELECT id FROM village"))[0]
    with township.write("t", "delete") as w:
        w.delete("village", vid)
    with county.write("t", "edit") as w:
        w.update("village", vid, None, {"note": "县里"})
    import_bundle(county, export(township, county.installation_id))
    with county.read() as r:
        (c,) = SyncStore(r).conflicts()
    assert _row(county, "village", vid)["deleted"] == 1 and c["lost"]["note"] == "县里"   # the owner deleted it
    with county.write("t", "take") as w:
        SyncStore(w).resolve_conflict(w, c["id"], "take_other")
    row = _row(county, "village", vid)
    assert (row["deleted"], row["note"]) == (0, "县里")


# -- the shipped checklist templates ------------------------------------------------

def test_shipped_templates_have_the_same_ids_everywhere_and_merge_silently(tmp_path):
    from desktop.services.workspace import Workspace
    from desktop.storage.sync import SyncStore
    from tests.storage.sync_exchange import export, import_bundle

    one, two = Workspace.open(tmp_path / "one.sqlite3", actor="t"), Workspace.open(tmp_path / "two.sqlite3", actor="t")
    try:
        one.checklists.ensure_builtin()
        two.checklists.ensure_builtin()
        ids = _ids(one.db, "SELECT id FROM checklist_template")
        assert ids == _ids(two.db, "SELECT id FROM checklist_template") and len(ids) == 3
        assert all(is_id(i) for i in ids)
        bundle = export(one.db, two.installation_id)
        assert import_bundle(two.db, bundle) == "imported"
        assert import_bundle.last_kinds == {"merged": 3}
        with two.db.read() as r:
            assert SyncStore(r).conflicts() == []
            clocks = {json.dumps(json.loads(c), sort_keys=True) for (c,) in r.conn.execute(
                text("SELECT sync_clock FROM checklist_template"))}
        assert clocks == {json.dumps({one.installation_id: 1, two.installation_id: 1}, sort_keys=True)}
    finally:
        one.close()
        two.close()


def test_an_incremental_export_reads_the_change_log_from_the_watermark_on(db):
    """Not the whole log of a table: the (entity, seq) index, ranged."""
    from sqlalchemy.dialects import sqlite

    from desktop.storage.sync_scope import changed_ids

    sql = str(changed_ids("problem", 5, new_id()).compile(dialect=sqlite.dialect(),
                                                          compile_kwargs={"literal_binds": True}))
    with db.read() as r:
        plan = " ".join(row[3] for row in r.conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
    assert "USING INDEX ix_change_log_entity_seq (entity=? AND seq>?)" in plan
