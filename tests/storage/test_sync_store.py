"""The store of sync: identity, peers, revocations, the bundle log and
acknowledgements, and export by scope and watermark."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from desktop.core.ids import new_id
from desktop.core.sync_errors import BundleRejected
from desktop.core.sync_merge import APPLY_ORDER
from desktop.storage import Database
from tests.storage.sync_exchange import ids_of as _ids, townships as _townships

COUNTY_UNIT = "00000000-0000-7000-8000-000000000003"


@pytest.fixture
def db(db_target):
    d = Database.open(db_target)
    yield d
    d.close()


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

def test_a_full_bundle_to_a_township_carries_its_villages_their_rows_and_the_county_wide_ones(pair):
    from desktop.storage.sync import SyncStore

    county, _ = pair
    a, b = _townships(county)
    with county.write("t", "pair") as w:   # a village of A paired with one of B: B's comes along
        va = _ids(county, f"SELECT id FROM village WHERE township_id = '{a}'")
        vb = _ids(county, f"SELECT id FROM village WHERE township_id = '{b}'")
        w.update("village", sorted(va)[0], None, {"paired_village_id": sorted(vb)[0]})
        # ...and the one that one is paired with, and so on; a pairing back into A ends the chain.
        w.update("village", sorted(vb)[0], None, {"paired_village_id": sorted(vb)[1]})
        w.update("village", sorted(vb)[1], None, {"paired_village_id": sorted(va)[0]})
    with county.read() as r:
        got: dict[str, set] = {}
        for entity, record in SyncStore(r).changed_records(scope_unit_id=a, since_watermark=0,
                                                           exclude_from_peer=None):
            assert record["id"] not in got.setdefault(entity, set())    # each row once
            got[entity].add(record["id"])
    assert list(got) == [t for t in APPLY_ORDER if t in got]             # in apply order
    for entity in ("admin_unit", "checklist_template", "warning_policy"):
        assert got[entity] == _ids(county, f"SELECT id FROM {entity}")
    assert got["village"] == va | {sorted(vb)[0], sorted(vb)[1]}
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
    # Tables in apply order; within a table the format names no order (PostgreSQL's
    # DISTINCT and IN give their own), so the records are compared by id.
    def by_table(records):
        tables = [entity for entity, _ in records]
        return sorted(set(tables), key=tables.index), sorted((e, r["id"], sorted(r.items())) for e, r in records)

    assert by_table(small) == by_table(large) and len(small) > 1000


def test_files_of_lists_live_evidence():
    from desktop.storage.sync import SyncStore

    assert SyncStore.files_of("problem_evidence", {"deleted": False, "sha256": "ab"}) == ["ab"]
    assert SyncStore.files_of("problem_evidence", {"deleted": True, "sha256": "ab"}) == []
    assert SyncStore.files_of("village", {"deleted": False}) == []


def test_an_incremental_export_reads_the_change_log_from_the_watermark_on(db):
    """Not the whole log of a table: the (entity, seq) index, ranged (on
    PostgreSQL, whose planner goes by the table's statistics, a log of
    60,000 entries: ranged from the watermark by an index on seq)."""
    from desktop.storage.sync_scope import changed_ids
    from tests.raw_sql import execute

    if db.path is None:
        with db.write("t", "create") as w:
            w.insert("admin_unit", {"level": "township", "name_zh": "白依乡", "name_bo": ""})
        execute(db, "INSERT INTO change_log (changeset_id, entity, entity_id, op, row_version) "
                    "SELECT (SELECT id FROM changeset), CASE WHEN g % 3 = 0 THEN 'problem' ELSE 'person' END, "
                    "md5(g::text), 'insert', 1 FROM generate_series(1, 60000) g")
        execute(db, "ANALYZE change_log")
    watermark = 5 if db.path is not None else 60_000 - 30
    with db.read() as r:
        sql = str(changed_ids("problem", watermark, new_id()).compile(dialect=r.conn.dialect,
                                                                      compile_kwargs={"literal_binds": True}))
        if r.conn.dialect.name == "sqlite":
            plan = " ".join(row[3] for row in r.conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
            assert "USING INDEX ix_change_log_entity_seq (entity=? AND seq>?)" in plan
        else:
            plan = " ".join(row[0] for row in r.conn.exec_driver_sql("EXPLAIN " + sql))
            assert "Seq Scan on change_log" not in plan and f"(seq > {watermark})" in plan, plan
