"""Import at the storage level: decisions and remote writes with their change
log, receipts, references, unique keys, villages of rows, conflicts and
their resolution, the shipped templates."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

import pytest
from sqlalchemy import text

from desktop.core.ids import is_id, new_id
from desktop.core.sync_errors import BundleRejected, Reason
from tests.storage.sync_exchange import ids_of as _ids, row_in as _row, townships as _townships


# -- import: decisions and remote writes ------------------------------------------

def _log(db, entity_id):
    with db.read() as r:
        return [tuple(x) for x in r.conn.execute(text(
            "SELECT op, row_version, data FROM change_log WHERE entity_id = :i ORDER BY seq"), {"i": entity_id})]


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


def test_a_row_pointing_at_one_in_a_later_batch_of_its_table_is_written(pair):
    """What the reference check lets through the writer writes: a village
    paired with one that comes a batch later (SQLite defers its foreign
    keys for the transaction; a server must take it as well)."""
    from tests.storage.sync_exchange import Bundle, import_bundle

    county, township = pair
    a, _ = _townships(county)
    later = _fresh_village(a, "513336100298", installation_id=township.installation_id,
                           sync_clock={township.installation_id: 1})
    first = _fresh_village(a, "513336100299", paired_village_id=later["id"],
                           installation_id=township.installation_id, sync_clock={township.installation_id: 1})
    bundle = Bundle(township.installation_id, county.installation_id, 1, 0, 0, new_id(),
                    {"village": [first, later]})
    assert import_bundle(county, bundle, batch=1) == "imported"
    assert _row(county, "village", first["id"])["paired_village_id"] == later["id"]


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
