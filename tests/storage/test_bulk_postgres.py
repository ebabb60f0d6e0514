"""The writer's bulk inserts (insert_many, write_remote and their change
log) on PostgreSQL go in through binary COPY (storage/bulk_postgres.py):
what they store must be what the dialect's own INSERT stores from the same
values. These run on `db_target`, so in both passes: on SQLite they hold
the executemany path to the same round trip."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import insert, select

from desktop.core.ids import new_id
from desktop.core.sync_merge import Decision
from desktop.services.demo import fill_demo
from desktop.storage.audit import AuditStore
from desktop.storage.bulk_postgres import CopyWriter, is_postgresql
from desktop.storage.derived import with_derived
from desktop.storage.models import ChangeLogRow
from desktop.storage.sync_records import record_of
from desktop.storage.writer import table_of

# Text COPY's specials (tab, newline, backslash, \N), Tibetan stacks, quotes, the empty string.
TEXTS = [
    "བསྐྱེད་རིམ། སྒྲུབ་པ།\tརྒྱ་གར།", "line one\nline two\r\nthree", "back\\slash \\N \\\\ \\t",
    "quote \" and ' and ;", "", "整顿\u00a0软弱涣散\u200b", "𝄞 🏔 \x7f", "\\.", "NULL",
]
# 3 and -7: ints in a float column. (SQLite stores -0.0 as 0.0, through either path.)
FLOATS = [None, 0.1, -0.0, 1e300, 3, 2.5e-308, 99.99, 1 / 3, -7]
DATES = [date(1, 1, 1), date(9999, 12, 31), date(2026, 2, 28), date(2024, 2, 29)]
INT32_MAX, INT64_MAX = 2**31 - 1, 2**63 - 1
_LOG = ChangeLogRow.__table__


def _village(ws) -> str:
    fill_demo(ws, villages=2, townships=1)
    ws.db.guard = None
    with ws.db.read() as r:
        return r.conn.execute(select(table_of("village").c.id).order_by(table_of("village").c.id)).scalars().first()


def _activities(village_id: str) -> list[dict]:
    rows = []
    for i, text_ in enumerate(TEXTS):
        rows.append({
            "id": new_id(), "village_id": village_id, "kind": "visit", "on_date": DATES[i % len(DATES)],
            "by": text_, "summary": text_ * 3, "participants": [None, INT32_MAX, -INT32_MAX - 1, 0][i % 4],
            "amount_yuan": [None, INT64_MAX, -INT64_MAX - 1][i % 3], "fund_source": text_[::-1],
            "period": "2026Q1", "score": FLOATS[i % len(FLOATS)], "poll_total": None, "poll_satisfied": i,
            "note": text_,
        })
    return rows


def _exact(value):
    """A value with its type and its exact text: -0.0 is not 0.0, 3 is not 3.0."""
    return type(value).__name__, repr(value)


def _stored(conn, entity: str, ids: list[str]) -> dict[str, tuple]:
    table = table_of(entity)
    rows = conn.execute(select(table).where(table.c.id.in_(ids))).mappings()
    return {row["id"]: tuple(_exact(v) for k, v in row.items() if k != "id") for row in rows}


def _reference(w, entity: str, rows: list[dict]) -> list[dict]:
    """The same rows through SQLAlchemy's own INSERT (the dialect's
    executemany), stamped as insert_many stamps them, under new ids."""
    stamp = {"row_version": 1, "updated_at": w.at, "installation_id": w.installation_id, "deleted": False,
             "sync_clock": ""}
    copies = [{**with_derived(entity, row), **stamp, "id": new_id()} for row in rows]
    w.conn.execute(insert(table_of(entity)), copies)
    return copies


def test_insert_many_stores_what_the_dialects_insert_stores_every_type_nulls_and_odd_text(workspace):
    vid = _village(workspace)
    rows = _activities(vid)
    with workspace.db.write("t", "bulk") as w:
        assert w.insert_many("support_activity", [dict(r) for r in rows]) == len(rows)
        references = _reference(w, "support_activity", rows)
        # On PostgreSQL the rows and their change log went in through COPY; SQLite's path has none.
        assert (w._copy.copied if w._copy else 0) == (2 * len(rows) if is_postgresql(w.conn) else 0)
    with workspace.db.read() as r:
        ours = _stored(r.conn, "support_activity", [x["id"] for x in rows])
        theirs = _stored(r.conn, "support_activity", [x["id"] for x in references])
        back = {row["id"]: row for row in r.conn.execute(select(table_of("support_activity"))).mappings()}
    assert [ours[x["id"]] for x in rows] == [theirs[x["id"]] for x in references]
    for given in rows:
        stored = back[given["id"]]
        assert {k: stored[k] for k in given} == given       # ints in the float column come back equal
        assert type(stored["score"]) is (type(None) if given["score"] is None else float)


def test_times_keep_their_instant_in_utc_and_naive_ones_take_the_executemany_path(workspace):
    vid = _village(workspace)
    tibet = timezone(timedelta(hours=8))
    events = []
    with workspace.db.write("t", "bulk") as w:
        problem = new_id()
        w.insert_many("problem", [{
            "id": problem, "village_id": vid, "description": "ཁ་བྱང་།\t标题\nb\\c", "category": "1",
            "aspect": None, "weakness": 0, "source": "inspection", "source_ref": "", "inspection_id": None,
            "indicator_code": None, "found_on": date(2026, 3, 1), "deadline": None, "responsible_leader": "",
            "responsible_person": "", "status": "open", "status_on": None, "closed_by": "", "reopen_count": 0,
            "note": "",
        }])
        for i, at in enumerate([datetime(2026, 11, 2, 9, 30, 15, 123456, tzinfo=tibet),
                                datetime(1970, 1, 1, tzinfo=timezone.utc),
                                datetime(2026, 6, 30, 23, 59, 59, 999999, tzinfo=timezone(timedelta(hours=-5)))]):
            events.append({"id": new_id(), "problem_id": problem, "at": at, "on_date": at.date(), "actor": "t",
                           "from_status": None if i == 0 else "open", "to_status": "in_progress",
                           "reason": TEXTS[i], "checker": ""})
        w.insert_many("problem_event", [dict(e) for e in events])
        references = _reference(w, "problem_event", events)
    with workspace.db.read() as r:
        ours = _stored(r.conn, "problem_event", [e["id"] for e in events])
        theirs = _stored(r.conn, "problem_event", [e["id"] for e in references])
        stored = {row["id"]: row["at"] for row in r.conn.execute(select(table_of("problem_event"))).mappings()}
    assert [ours[e["id"]] for e in events] == [theirs[e["id"]] for e in references]
    for e in events:
        assert stored[e["id"]] == e["at"] and stored[e["id"]].utcoffset() == timedelta(0)


def test_values_binary_copy_cannot_send_as_their_columns_type_go_through_executemany(workspace):
    vid = _village(workspace)
    rows = _activities(vid)[:3]
    rows[0]["summary"] = 12345          # an int in a text column: the server's cast makes it '12345'
    rows[1]["participants"] = True      # a flag in an integer column: cast to 1
    with workspace.db.write("t", "bulk") as w:
        w.insert_many("support_activity", [dict(r) for r in rows])
        references = _reference(w, "support_activity", rows)
        # The batch with the odd rows went through executemany, its change log through COPY.
        assert (w._copy.copied if w._copy else 0) == (3 if is_postgresql(w.conn) else 0)
        if is_postgresql(w.conn):
            copy = CopyWriter(w.conn)
            naive = [[new_id()], [datetime(2026, 1, 1)]]
            assert copy.copy_columns("support_activity", ["id", "updated_at"], naive) is None
            assert copy.copy_columns("support_activity", ["summary"], [[12345]]) is None
            assert copy.copy_columns("support_activity", ["participants"], [[True]]) is None
    with workspace.db.read() as r:
        ours = _stored(r.conn, "support_activity", [x["id"] for x in rows])
        theirs = _stored(r.conn, "support_activity", [x["id"] for x in references])
    assert [ours[x["id"]] for x in rows] == [theirs[x["id"]] for x in references]
    assert ("str", "'12345'") in ours[rows[0]["id"]]


def test_remote_rows_and_their_change_log_hash_into_the_audit_chain_as_stored(workspace):
    """write_remote's inserts and its change log (the before and after of
    updated fields as JSON, with Tibetan, tabs, newlines and backslashes)
    through COPY: the audit chain, hashed from the text as inserted, holds."""
    vid = _village(workspace)
    rows = _activities(vid)
    with workspace.db.write("t", "bulk") as w:
        w.insert_many("support_activity", rows)
    other = new_id()
    with workspace.db.read() as r:
        table = table_of("support_activity")
        ours = [record_of("support_activity", row) for row in r.conn.execute(
            select(table).where(table.c.id.in_([x["id"] for x in rows]))).mappings()]
    decisions = []
    for i, record in enumerate(ours):
        theirs = {**record, "summary": TEXTS[-1 - i] + "\t改", "installation_id": other, "row_version": 2,
                  "sync_clock": {record["installation_id"]: 1, other: 1}}
        decisions.append(Decision("changed", theirs, ours=record))
    new = [{**record_of("support_activity", {**with_derived("support_activity", x), "row_version": 1,
                                              "updated_at": datetime(2026, 5, 1, tzinfo=timezone.utc),
                                              "installation_id": other, "deleted": False, "sync_clock": ""}),
            "id": new_id()} for x in rows]
    with workspace.db.write("t", "sync.import") as w:
        w.write_remote("support_activity", decisions, bundle_id=new_id(), peer_id=other)
        w.write_remote("support_activity", [Decision("new", x) for x in new], bundle_id=new_id(), peer_id=other)
        changeset = w.changeset_id
    with workspace.db.read() as r:
        assert AuditStore(r.conn).walk().problem is None
        log = r.conn.execute(select(_LOG.c.entity_id, _LOG.c.op,
                                    _LOG.c.data)
                             .where(_LOG.c.changeset_id == changeset)
                             .order_by(_LOG.c.seq)).all()
        stored = {row["id"]: row for row in r.conn.execute(select(table_of("support_activity"))).mappings()}
    assert [(e, op) for e, op, _ in log] == [(d.row["id"], "update") for d in decisions] + \
        [(x["id"], "insert") for x in new]
    for (_, _, data), d in zip(log, decisions):
        assert json.loads(data) == {"summary": [d.ours["summary"], d.row["summary"]]}
        assert stored[d.row["id"]]["summary"] == d.row["summary"]
    for x in new:
        assert record_of("support_activity", stored[x["id"]]) == x
