"""The audit chain as the writer builds it and the walk checks it
(docs/audit.md): a chain of 10,000 change sets, and each way of tampering
with it named exactly."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from sqlalchemy import text

from desktop.core.audit_chain import GENESIS, ContentHasher, chain_hash, entry_line, entry_lines, header_line
from desktop.core.changes import Op
from desktop.core.ids import new_id
from desktop.storage import Database
from desktop.storage.audit import AuditStore
from desktop.storage.audit_links import AUDIT_HEAD, REDACTED, insert_lines
from desktop.storage.writer import Writer
from tests.raw_sql import execute

CHAIN = 10_000
T_UNIT = "00000000-0000-7000-8000-000000000001"
VILLAGE = "00000000-0000-7000-8000-000000000002"


def _setup(w) -> None:
    w.insert("admin_unit", {"id": T_UNIT, "parent_id": None, "level": "township", "kind": None, "code": "513336100",
                            "name_zh": "白依乡", "name_bo": ""})
    w.insert("village", {"id": VILLAGE, "township_id": T_UNIT, "code": "513336100201", "name_zh": "扎西岗村",
                         "name_bo": "", "kind": "village"})


def _walk(db):
    with db.read() as r:
        return AuditStore(r.conn).walk()


def _rows(db, sql, **params):
    return execute(db, sql, **params)


def _tamper(db, *statements):
    for sql, params in statements:
        execute(db, sql, **params)


def _when(at):
    # A file gives the stored text, a server a timestamp.
    return at if isinstance(at, datetime) else datetime.fromisoformat(at)


@pytest.fixture(scope="module")
def chain_file(module_db_target):
    """A database whose log holds CHAIN change sets: the setup, then one
    entry each (a new income, every tenth a village edit), all through the
    writer in one loop (one transaction, so the test does not wait for
    10,000 fsyncs)."""
    db = Database.open(module_db_target)
    try:
        with db.write("t", "village.create") as w:
            _setup(w)
        with db.raw_connection() as conn, conn.begin():
            for i in range(1, CHAIN):
                w = Writer(conn, actor=f"clerk{i % 7}", action="village.edit", installation_id=db.installation_id)
                if i % 10 == 0:          # change set i + 1
                    w.update("village", VILLAGE, None, {"population": i, "note": f"第{i}次"})
                else:
                    w.insert("collective_income", {"village_id": VILLAGE, "year": 2000 + i % 30, "amount_yuan": i,
                                                   "note": ""})
                w.flush_log()
    finally:
        db.close()
    return module_db_target


@pytest.fixture
def chain(chain_file, copy_database):
    """A fresh copy of the chain for one test to tamper with."""
    db = Database.open(copy_database(chain_file))
    yield db, db
    db.close()


def _changeset(db, seq):
    return _rows(db, "SELECT id, actor, action FROM changeset WHERE seq = :seq", seq=seq)[0]


def test_a_clean_chain_of_ten_thousand_verifies(chain):
    db, path = chain
    walk = _walk(db)
    assert walk.problem is None
    assert walk.changesets == CHAIN
    assert walk.entries == 2 + (CHAIN - 1)
    head = _rows(path, "SELECT seq, chain_hash FROM changeset ORDER BY seq DESC LIMIT 1")[0]
    assert (walk.head_seq, walk.head_hash) == head
    assert _rows(path, "SELECT value FROM local_meta WHERE key = :key", key=AUDIT_HEAD)[0][0] == f"{head[0]}:{head[1]}"


def test_each_link_is_the_core_algorithm_over_the_stored_text(chain):
    """Recomputed here from core's functions alone, row by row."""
    db, path = chain
    prev = GENESIS
    changesets = _rows(path, "SELECT seq, id, at, actor, installation_id, action, reverts, entries, prev_hash, "
                             "chain_hash FROM changeset ORDER BY seq LIMIT 50")
    for seq, cs_id, at, actor, inst, action, reverts, entries, prev_hash, link in changesets:
        content = ContentHasher(header_line(cs_id, _when(at), actor, inst, action, reverts))
        for e, i, o, v, d in _rows(path, "SELECT entity, entity_id, op, row_version, data FROM change_log "
                                         "WHERE changeset_id = :id ORDER BY seq", id=cs_id):
            content.add(entry_line(e, i, o, v, d))
        assert prev_hash == prev
        assert content.entries == entries
        assert chain_hash(prev, content.digest()) == link
        prev = link


def test_an_edited_entry_is_named(chain):
    db, path = chain
    target = 6121                # a village edit: its entry holds before and after
    cs_id, actor, action = _changeset(path, target)
    data = json.loads(_rows(path, "SELECT data FROM change_log WHERE changeset_id = :id", id=cs_id)[0][0])
    assert data["population"] == [6110, 6120]
    data["population"][1] = 9999
    _tamper(path, ("UPDATE change_log SET data = :data WHERE changeset_id = :id", dict(data=json.dumps(data), id=cs_id)))
    problem = _walk(db).problem
    assert (problem.kind, problem.seq, problem.changeset_id, problem.actor, problem.action) == \
        ("changed", target, cs_id, actor, action)


def test_an_edited_header_is_named(chain):
    db, path = chain
    target = 4000
    cs_id = _changeset(path, target)[0]
    _tamper(path, ("UPDATE changeset SET actor = 'someone else' WHERE seq = :seq", dict(seq=target)))
    problem = _walk(db).problem
    assert (problem.kind, problem.seq, problem.changeset_id) == ("changed", target, cs_id)


def test_a_deleted_change_set_is_named_by_its_seq(chain):
    db, path = chain
    target = 5000
    cs_id = _changeset(path, target)[0]
    _tamper(path, ("DELETE FROM change_log WHERE changeset_id = :id", dict(id=cs_id)),
            ("DELETE FROM changeset WHERE seq = :seq", dict(seq=target)))
    walk = _walk(db)
    problem = walk.problem
    assert (problem.kind, problem.seq, problem.changeset_id) == ("removed", target, "")
    assert problem.detail["before"] == target - 1 and problem.detail["after"] == target + 1
    assert walk.changesets == target - 1


def test_a_deleted_change_log_line_is_named(chain):
    db, path = chain
    target = 7777
    cs_id = _changeset(path, target)[0]
    line = _rows(path, "SELECT seq FROM change_log WHERE changeset_id = :id", id=cs_id)[0][0]
    _tamper(path, ("DELETE FROM change_log WHERE seq = :seq", dict(seq=line)))
    problem = _walk(db).problem
    assert (problem.kind, problem.seq, problem.changeset_id) == ("removed", target, cs_id)
    assert problem.detail["missing"] == [line]
    assert (problem.detail["entries"], problem.detail["found"]) == (1, 0)


def test_a_deleted_line_of_a_later_change_set_is_named_with_its_seq(chain):
    db, path = chain
    with db.write("t", "village.edit") as w:
        w.update("village", VILLAGE, None, {"population": 1})
        w.update("admin_unit", T_UNIT, None, {"name_bo": "པད་ཡུལ།"})
    with db.write("t", "village.edit") as w2:
        w2.update("village", VILLAGE, None, {"population": 2})
    seq, = _rows(path, "SELECT seq FROM changeset WHERE id = :id", id=w.changeset.id)[0]
    first = _rows(path, "SELECT min(seq) FROM change_log WHERE changeset_id = :id", id=w.changeset.id)[0][0]
    _tamper(path, ("DELETE FROM change_log WHERE seq = :seq", dict(seq=first)))
    problem = _walk(db).problem
    assert (problem.kind, problem.seq, problem.changeset_id) == ("removed", seq, w.changeset.id)
    assert problem.detail["missing"] == [first]


def test_two_swapped_change_sets_are_named(chain):
    db, path = chain
    a, b = 3000, 3001
    id_b = _changeset(path, b)[0]
    _tamper(path, ("UPDATE changeset SET seq = -1 WHERE seq = :seq", dict(seq=a)),
            ("UPDATE changeset SET seq = :new WHERE seq = :old", dict(new=a, old=b)),
            ("UPDATE changeset SET seq = :seq WHERE seq = -1", dict(seq=b)))
    problem = _walk(db).problem
    assert (problem.kind, problem.seq, problem.changeset_id) == ("reordered", a, id_b)
    assert problem.detail == {"follows": b, "before": a - 1}


def test_distant_swapped_change_sets_are_named(chain):
    db, path = chain
    a, b = 1200, 8800
    id_b = _changeset(path, b)[0]
    _tamper(path, ("UPDATE changeset SET seq = -1 WHERE seq = :seq", dict(seq=a)),
            ("UPDATE changeset SET seq = :new WHERE seq = :old", dict(new=a, old=b)),
            ("UPDATE changeset SET seq = :seq WHERE seq = -1", dict(seq=b)))
    problem = _walk(db).problem
    assert (problem.kind, problem.seq, problem.changeset_id) == ("reordered", a, id_b)
    assert problem.detail["follows"] == b - 1


def test_a_log_cut_short_is_named_by_the_head(chain):
    db, path = chain
    for seq in (CHAIN, CHAIN - 1, CHAIN - 2):
        cs_id = _changeset(path, seq)[0]
        _tamper(path, ("DELETE FROM change_log WHERE changeset_id = :id", dict(id=cs_id)),
                ("DELETE FROM changeset WHERE seq = :seq", dict(seq=seq)))
    walk = _walk(db)
    assert (walk.problem.kind, walk.problem.seq) == ("cut", CHAIN)
    assert walk.problem.detail == {"last": CHAIN - 3, "head": CHAIN}
    assert walk.changesets == CHAIN - 3


def test_a_write_after_a_cut_does_not_hide_it(chain):
    """The next change set continues from the recorded head, which the
    shortened log no longer reaches."""
    db, path = chain
    cs_id = _changeset(path, CHAIN)[0]
    _tamper(path, ("DELETE FROM change_log WHERE changeset_id = :id", dict(id=cs_id)),
            ("DELETE FROM changeset WHERE seq = :seq", dict(seq=CHAIN)))
    with db.write("t", "village.edit") as w:
        w.update("village", VILLAGE, None, {"population": 5})
    problem = _walk(db).problem
    # SQLite gives the new change set the removed one's seq again; a server's
    # sequence goes on, leaving a gap: either way the break is at that seq,
    # named by the change set that does not link.
    assert problem.kind == "removed" and problem.seq == CHAIN
    assert (problem.changeset_id or problem.detail["after_id"]) == w.changeset.id


def test_links_written_around_the_app_are_named(chain):
    db, path = chain
    cs_id = _changeset(path, CHAIN)[0]
    # A change set appended by hand with a correct link; the head does not move.
    new = new_id()
    link = _rows(path, "SELECT chain_hash FROM changeset WHERE seq = :seq", seq=CHAIN)[0][0]
    at = "2026-11-24 08:00:00.000000"
    digest = ContentHasher(header_line(new, datetime.fromisoformat(at), "x", "i", "village.edit", None)).digest()
    _tamper(path, ("INSERT INTO changeset (seq, id, at, actor, installation_id, action, reverts, entries, prev_hash, "
                   "chain_hash) VALUES (:seq, :id, :at, 'x', 'i', 'village.edit', NULL, 0, :prev, :link)",
                   dict(seq=CHAIN + 1, id=new, at=at, prev=link, link=chain_hash(link, digest))),)
    problem = _walk(db).problem
    assert (problem.kind, problem.seq, problem.changeset_id) == ("changed", CHAIN + 1, new)
    assert problem.detail == {"head": CHAIN, "outside": True}
    assert cs_id


def test_bulk_writes_chain_and_verify(db_target):
    db = Database.open(db_target)
    try:
        with db.write("t", "demo.fill") as w:
            _setup(w)
            w.insert_many("collective_income", [
                {"id": new_id(), "village_id": VILLAGE, "year": 1000 + i, "amount_yuan": i, "note": ""}
                for i in range(12_345)])
            w.update("village", VILLAGE, None, {"population": 3})
        walk = _walk(db)
        assert walk.problem is None and walk.entries == 2 + 12_345
        with db.read() as r:
            entries = r.conn.execute(text("SELECT entries FROM changeset")).scalar()
        assert entries == 12_345 + 2      # the village's insert and update are one entry
    finally:
        db.close()


def test_insert_lines_is_entry_lines():
    ids = [new_id() for _ in range(7)]
    assert insert_lines("village", ids) == entry_lines("village", ids, [Op.INSERT.value] * 7, [1] * 7, [None] * 7)
    assert insert_lines("village", []) == b""


def test_password_hashes_never_enter_the_log(db_target):
    db = Database.open(db_target)
    secret1, secret2 = "$argon2id$v=19$m=1,t=1,p=1$first", "$argon2id$v=19$m=1,t=1,p=1$second"
    try:
        with db.write("t", "user.add") as w:
            uid = w.insert("user_account", {"login": "admin", "display_name": "Admin", "roles": "admin",
                                            "password_hash": secret1, "must_change_password": False,
                                            "disabled": False, "created_by": "t"})
        with db.write("t", "user.change_own_password") as w:
            w.update("user_account", uid, None, {"password_hash": secret2, "must_change_password": False})
        assert dict(w.changeset.changes[0].fields) == {"password_hash": (REDACTED, REDACTED)}
        # Written twice in one transaction: still logged as changed.
        with db.write("t", "session.login") as w:
            w.update("user_account", uid, None, {"failed_logins": 1})
            w.update("user_account", uid, None, {"password_hash": secret1, "failed_logins": 0})
        logged = _rows(db, "SELECT data FROM change_log WHERE entity = 'user_account' ORDER BY seq")
        assert [json.loads(d) if d else None for d, in logged] == [
            None, {"password_hash": [REDACTED, REDACTED]}, {"password_hash": [REDACTED, REDACTED]}]
        everything = "".join(str(r) for r in _rows(db, "SELECT * FROM change_log"))
        assert "argon2" not in everything
        assert _walk(db).problem is None
    finally:
        db.close()


def test_history_newest_first_with_children_and_reverts(db_target):
    db = Database.open(db_target)
    try:
        with db.write("t", "village.create") as w:
            _setup(w)
        with db.write("t", "village.edit") as w:
            income = w.insert("collective_income", {"village_id": VILLAGE, "year": 2025, "amount_yuan": 100,
                                                    "note": ""})
            person = w.insert("person", {"name_zh": "卓玛", "name_bo": "", "gender": "female", "birth_year": 1980,
                                         "ethnicity": "tibetan", "education": "", "phone": "", "party_member": True,
                                         "unit": "", "note": ""})
            w.insert("post", {"person_id": person, "village_id": VILLAGE, "role": "secretary", "unit": "",
                              "term_start": None, "term_end": None, "note": ""})
        with db.write("t", "village.edit") as w:
            w.update("village", VILLAGE, None, {"population": 820})
        edit = w.changeset.id
        with db.write("t", "revert", reverts=edit) as w:
            w.update("village", VILLAGE, None, {"population": 0})
        with db.read() as r:
            store = AuditStore(r.conn)
            own = store.history([("village", [VILLAGE])])
            related = store.related("village", VILLAGE)
            everything = store.history(related)
        assert [(e.op, e.action) for e in own] == [("update", "revert"), ("update", "village.edit"),
                                                   ("insert", "village.create")]
        assert own[1].fields == {"population": (None, 820)} and own[1].reverted and not own[0].reverted
        assert dict(related)["person"] == [person] and dict(related)["collective_income"] == [income]
        assert {e.entity for e in everything} == {"village", "collective_income", "person", "post"}
        assert [e.seq for e in everything] == sorted((e.seq for e in everything), reverse=True)
    finally:
        db.close()


@pytest.mark.server_database
def test_on_a_server_the_walk_streams_the_log_through_a_server_side_cursor(db_target):
    """A bulk change set can hold a million entries: PostgreSQL sends them
    FETCH at a time to a named cursor, not all at once to the client."""
    from sqlalchemy import select

    from desktop.storage.models import ChangeLogRow

    db = Database.open(db_target)
    try:
        with db.write("t", "demo.fill") as w:
            _setup(w)
        with db.read() as r:
            batches = AuditStore(r.conn)._raw_rows(select(ChangeLogRow.__table__.c.seq))
            first = next(batches)
            cursors = list(r.conn.execute(text("SELECT name FROM pg_cursors")).scalars())
            assert first and cursors == ["audit_walk"]
            batches.close()
            assert list(r.conn.execute(text("SELECT name FROM pg_cursors")).scalars()) == []
    finally:
        db.close()
