"""Convergence at the storage level (issue 6, "Done means"): a county and
two townships make random edits, exchange bundles in random orders, some
twice, some never, and after a last round of exchanges hold the same rows,
sync columns included. At every import, each record that met a concurrent
version with other content is in the conflict list there, with the row
now in the database as the one kept; except a row merged before, met by
a later version of the installation it names (docs/sync-format.md §6).

The townships start from the county's full bundle of their scope into an
empty database, as a new township installation would. Bundles are lists of
records here (the files are the service's business); export and import
follow the format's acknowledgement and sequence rules
(tests/storage/sync_exchange.py).
"""

from __future__ import annotations

import contextlib
import shutil
from datetime import date, datetime, timezone

import pytest
from hypothesis import HealthCheck, event, given, settings, strategies as st
from sqlalchemy import text

from desktop.core.sync_merge import APPLY_ORDER, Order, compare, winner
from desktop.storage import Database
from desktop.storage.engines import is_server
from desktop.storage.sync import SyncStore
from tests.storage.sync_exchange import enrol, export, import_bundle

COUNTY_UNIT = "00000000-0000-7000-8000-0000000000c0"
UNIT_A = "00000000-0000-7000-8000-0000000000a0"
UNIT_B = "00000000-0000-7000-8000-0000000000b0"
NAMES = ("C", "TA", "TB")
SCOPE = {"TA": UNIT_A, "TB": UNIT_B}
PAIRS = (("TA", "C"), ("C", "TA"), ("TB", "C"), ("C", "TB"))
AT = datetime(2026, 11, 2, 8, tzinfo=timezone.utc)
TEXTS = ("", "甲", "乙")


def _start(w) -> None:
    """A county, two townships, two villages each with a problem, a plan with an item, a rating,
    income, and a secretary."""
    w.insert("admin_unit", {"id": COUNTY_UNIT, "parent_id": None, "level": "county", "kind": None,
                            "code": "513336", "name_zh": "县", "name_bo": ""})
    for unit, code in ((UNIT_A, "513336100"), (UNIT_B, "513336200")):
        w.insert("admin_unit", {"id": unit, "parent_id": COUNTY_UNIT, "level": "township", "kind": "township",
                                "code": code, "name_zh": "乡" + code[-3], "name_bo": ""})
        for n in (1, 2):
            village = w.insert("village", {
                "township_id": unit, "code": f"{code}20{n}", "name_zh": f"村{code[-3]}{n}", "name_bo": "",
                "kind": "village", "population": 500, "households": 100, "party_members": 20,
                "party_org_type": None, "weakness": 0, "paired_unit": "", "paired_village_id": None, "note": "",
                "rating": None, "warning": None})
            problem = w.insert("problem", {
                "village_id": village, "description": "路", "category": "A", "aspect": None, "weakness": 0,
                "source": "self_check", "source_ref": "", "inspection_id": None, "indicator_code": None,
                "found_on": date(2026, 5, 1), "deadline": None, "responsible_leader": "", "responsible_person": "",
                "status": "open", "status_on": date(2026, 5, 1), "closed_by": "", "reopen_count": 0, "note": ""})
            plan = w.insert("plan", {
                "village_id": village, "year": 2026, "round": 1, "status": "draft", "drafted_on": date(2026, 5, 2),
                "meeting_on": None, "meeting_present": None, "meeting_expected": None, "meeting_resolution": "",
                "submitted_on": None, "decided_on": None, "decided_by": "", "review_comment": "", "note": ""})
            _item(w, plan, problem)
            w.insert("village_rating", {"village_id": village, "period": "2025", "rating": "ordinary",
                                        "decided_by": "", "decided_on": None, "note": ""})
            w.insert("collective_income", {"village_id": village, "year": 2025, "amount_yuan": 1000, "note": ""})
            person = w.insert("person", {"name_zh": f"书记{code[-3]}{n}", "name_bo": "", "gender": None,
                                         "birth_year": None, "ethnicity": None, "education": None, "phone": "",
                                         "party_member": True, "unit": "", "note": ""})
            w.insert("post", {"person_id": person, "village_id": village, "role": "secretary", "unit": "",
                              "term_start": None, "term_end": None, "note": ""})


def _item(w, plan, problem, position=0):
    return w.insert("plan_item", {"plan_id": plan, "round": 1, "problem_id": problem, "position": position,
                                  "goal": "", "content": "", "measures": "", "deadline": None,
                                  "responsible_leader": "", "responsible_person": "", "review_comment": ""})


def _target(folder, name, county):
    """The county on module_db_target (a hub on the server in the PostgreSQL pass), townships in files."""
    return county if name == "C" and is_server(str(county)) else folder / f"{name}.sqlite3"


@contextlib.contextmanager
def _county_copy(county):
    if is_server(str(county)):
        from tests.pg_databases import new_database, template_of

        with new_database(template_of(str(county))) as url:
            yield url
    else:
        yield None


@pytest.fixture(scope="module")
def start(tmp_path_factory, module_db_target):
    """The three databases after setup: the county's data, each township's first bundle imported."""
    folder = tmp_path_factory.mktemp("start")
    dbs = {name: Database.open(_target(folder, name, module_db_target)) for name in NAMES}
    try:
        with dbs["C"].write("setup", "setup") as w:
            SyncStore(w).set_setup(w, "county", COUNTY_UNIT, "县")
            _start(w)
        for t in ("TA", "TB"):
            with dbs[t].write("setup", "setup") as w:
                SyncStore(w).set_setup(w, "township", SCOPE[t], t)
            enrol(dbs["C"], dbs[t], "township")
            enrol(dbs[t], dbs["C"], "county")
            assert import_bundle(dbs[t], export(dbs["C"], dbs[t].installation_id, scope_unit_id=SCOPE[t])) == \
                "imported"
    finally:
        for db in dbs.values():
            db.close()
    return folder, module_db_target


# -- the edits -----------------------------------------------------------------

def _live(db, table, where="1 = 1"):
    with db.read() as r:
        return [i for (i,) in r.conn.execute(text(f"SELECT id FROM {table} WHERE NOT deleted AND {where} ORDER BY id"))]


def _any(db, table):
    with db.read() as r:
        return [i for (i,) in r.conn.execute(text(f"SELECT id FROM {table} ORDER BY id"))]


def _update(table, *fields):
    def edit(db, w, pick, value):
        rows = _live(db, table)
        if rows:
            w.update(table, rows[pick % len(rows)], None, {f: _value(f, value, table) for f in fields})
    return edit


def _value(field, value, table=""):
    if field in ("households", "amount_yuan"):
        return 100 + value % 3
    if field == "rating":
        return (None if table == "village" else "ordinary", "advanced", "backward")[value % 3]
    if field == "status":
        return ("open", "in_progress", "draft", "submitted")[value % 4]
    return TEXTS[value % 3]


def _toggle(table):
    def edit(db, w, pick, value):
        rows = _any(db, table)
        if rows:
            row = rows[pick % len(rows)]
            with db.read() as r:
                deleted = r.conn.execute(text(f"SELECT deleted FROM {table} WHERE id = :i"), {"i": row}).scalar()
            (w.restore if deleted else w.delete)(table, row)
    return edit


def _new_event(db, w, pick, value):
    problems = _any(db, "problem")
    w.insert("problem_event", {"problem_id": problems[pick % len(problems)], "at": AT, "on_date": date(2026, 11, 2),
                               "actor": "t", "from_status": "open", "to_status": "in_progress",
                               "reason": TEXTS[value % 3], "checker": ""})


def _new_item(db, w, pick, value):
    plans, problems = _any(db, "plan"), _any(db, "problem")
    _item(w, plans[pick % len(plans)], problems[value % len(problems)], position=value)


def _new_rating(db, w, pick, value):
    villages = _any(db, "village")
    w.insert("village_rating", {"village_id": villages[pick % len(villages)], "period": "2026",
                                "rating": _value("rating", value, "village_rating"), "decided_by": "县",
                                "decided_on": date(2026, 11, 2), "note": ""})


def _new_income(db, w, pick, value):
    villages = _any(db, "village")
    w.insert("collective_income", {"village_id": villages[pick % len(villages)], "year": 2026,
                                   "amount_yuan": 100 * value, "note": ""})


TOWNSHIP_EDITS = (
    _update("village", "note", "households"), _update("village", "note"), _update("village", "name_zh"),
    _update("problem", "description", "status"), _toggle("problem"), _new_event, _update("plan", "note"),
    _update("plan_item", "content", "goal"), _new_item, _new_income, _update("admin_unit", "name_bo"),
    _toggle("collective_income"),
)
COUNTY_EDITS = (
    _update("village", "rating"), _update("village", "note", "rating"), _new_rating, _update("plan", "status"),
    _update("plan", "note"), _update("plan_item", "review_comment", "content"), _update("admin_unit", "name_zh"),
    _update("village_rating", "rating"), _toggle("problem"), _update("admin_unit", "name_bo"),
)

# Few rows picked, so edits on the two sides meet often.
edit_op = st.tuples(st.just("edit"), st.integers(0, 2), st.integers(0, 11), st.integers(0, 2), st.integers(1, 5))
send_op = st.tuples(st.just("send"), st.integers(0, 3))
# Mostly one of the last bundles made (counted from the end), sometimes any.
import_op = st.tuples(st.just("import"), st.one_of(st.integers(0, 3), st.integers(0, 30)))
ops = st.lists(st.one_of(edit_op, edit_op, edit_op, send_op, import_op), min_size=10, max_size=80)


# -- the oracle at each import ------------------------------------------------------

def _concurrent_meetings(db, bundle) -> dict[tuple[str, str], tuple[dict, dict]]:
    """(table, id) -> (ours, theirs) for every record of the bundle that meets a
    concurrent version here with other content (sync columns aside, the tombstone flag counted),
    unless the one that loses is a row merged before and the winner a later write of the
    installation it names (neither or both deleted): what it held was decided at that merge."""
    bookkeeping = {"row_version", "updated_at", "installation_id", "sync_clock"}
    found = {}
    with db.read() as r:
        store = SyncStore(r)
        is_county = store.county_ids().__contains__
        for entity, records in bundle.records.items():
            here = store.current(entity, [x["id"] for x in records])
            for theirs in records:
                ours = here.get(theirs["id"])
                if ours is None or compare(ours["sync_clock"], theirs["sync_clock"]) is not Order.CONCURRENT:
                    continue
                if not any(ours[k] != theirs[k] for k in ours if k not in bookkeeping):
                    continue
                win, lose, _ = winner(entity, ours, theirs, is_county)
                by = lose["installation_id"]
                if (ours["deleted"] == theirs["deleted"] and win["installation_id"] == by
                        and win["sync_clock"].get(by, 0) > lose["sync_clock"].get(by, 0)):
                    continue
                found[(entity, theirs["id"])] = (ours, theirs)
    return found


def _import_checked(db, bundle) -> str:
    meetings = _concurrent_meetings(db, bundle)
    outcome = import_bundle(db, bundle)
    if outcome != "imported":
        return outcome
    with db.read() as r:
        store = SyncStore(r)
        conflicts = {(c["entity"], c["entity_id"]): c for c in store.conflicts(open_only=False)
                     if c["bundle_id"] == bundle.bundle_id}
        assert conflicts.keys() == meetings.keys()
        for (entity, row_id), c in conflicts.items():
            assert c["lost"] in meetings[(entity, row_id)]                  # one of the two versions met
            assert c["kept"] == store.current(entity, [row_id])[row_id]     # the row now is the one kept
            assert c["lost_installation_id"] == c["lost"]["installation_id"]
    return outcome


# -- the test ----------------------------------------------------------------------

def _state(db, scope):
    with db.read() as r:
        return {(t, rec["id"]): rec for t, rec in SyncStore(r).changed_records(
            scope_unit_id=scope, since_watermark=0, exclude_from_peer=None)}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=ops)
def test_three_installations_converge_whatever_the_order_of_bundles(start, tmp_path_factory, steps):
    folder = tmp_path_factory.mktemp("run")
    source, county = start
    for name in NAMES:
        if _target(source, name, county) == source / f"{name}.sqlite3":
            shutil.copy(source / f"{name}.sqlite3", folder / f"{name}.sqlite3")
    with _county_copy(county) as copy:
        _converge(folder, copy or folder / "C.sqlite3", steps)


def _converge(folder, county_db, steps) -> None:
    dbs = {name: Database.open(_target(folder, name, county_db)) for name in NAMES}
    try:
        ids = {name: db.installation_id for name, db in dbs.items()}
        names = {v: k for k, v in ids.items()}
        stick = []
        for step in steps:
            if step[0] == "edit":
                _, who, kind, pick, value = step
                name = NAMES[who]
                edits = COUNTY_EDITS if name == "C" else TOWNSHIP_EDITS
                with dbs[name].write("t", "edit") as w:
                    edits[kind % len(edits)](dbs[name], w, pick, value)
            elif step[0] == "send":
                sender, recipient = PAIRS[step[1]]
                stick.append(export(dbs[sender], ids[recipient], scope_unit_id=SCOPE.get(recipient)))
            elif stick:
                bundle = stick[-1 - step[1] % len(stick)]   # a bundle made so far, again or never
                event(f"import: {_import_checked(dbs[names[bundle.recipient]], bundle)}")

        # The last exchanges: each way, in order, until nothing more travels.
        for _ in range(3):
            for sender, recipient in PAIRS:
                bundle = export(dbs[sender], ids[recipient], scope_unit_id=SCOPE.get(recipient))
                assert _import_checked(dbs[recipient], bundle) == "imported"

        county = _state(dbs["C"], None)
        for name, db in dbs.items():
            with db.read() as r:
                for rule in {c["rule"] for c in SyncStore(r).conflicts()}:
                    event(f"conflicts at {name} decided by {rule}")
        for t in ("TA", "TB"):
            assert _state(dbs[t], None) == _state(dbs["C"], SCOPE[t])
        # Nothing was lost on the way: a full bundle changes nothing anywhere now.
        for sender, recipient in PAIRS:
            bundle = export(dbs[sender], ids[recipient], scope_unit_id=SCOPE.get(recipient), full=True)
            assert import_bundle(dbs[recipient], bundle) == "imported"
            assert set(import_bundle.last_kinds) <= {"unchanged"}
        assert _state(dbs["C"], None) == county
        for t in APPLY_ORDER:   # every row's version is its clock's sum
            assert all(rec["row_version"] == sum(rec["sync_clock"].values()) for (e, _), rec in county.items()
                       if e == t)
    finally:
        for db in dbs.values():
            db.close()
        shutil.rmtree(folder, ignore_errors=True)
