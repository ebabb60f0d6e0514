"""`villagedesk audit verify|history|head`: output, JSON and exit status."""

from __future__ import annotations

import json

import pytest

from desktop.services.workspace import Workspace
from tests.cli.test_cli import run
from tests.raw_sql import execute, execute_at


@pytest.fixture
def demo_db(db_target, capsys):
    path = db_target
    code, _, err = run(capsys, "demo", "--db", str(path), "--villages", "5", "--seed", "3")
    assert code == 0, err
    return path


def _village(path):
    with Workspace.open(path, actor="clerk") as ws:
        (code,), = execute(ws, "SELECT code FROM village ORDER BY code LIMIT 1")
        vid = ws.villages.id_of(code)
        original = ws.villages.open_file(vid)
        edited = original.copy()
        edited.facts.note = "已核实"
        changeset = ws.villages.save_file(original, edited)
    return code, vid, changeset.id


def test_verify_says_the_trail_holds(demo_db, capsys):
    code, out, err = run(capsys, "audit", "verify", "--db", str(demo_db))
    assert code == 0, err
    assert out.strip() and not err
    code, out, _ = run(capsys, "audit", "verify", "--db", str(demo_db), "--json")
    report = json.loads(out)
    assert code == 0 and report["ok"] and report["problem"] is None and report["changesets"] == 1


def test_verify_exits_1_naming_the_changed_entry(demo_db, capsys):
    _, _, changeset = _village(demo_db)
    (seq,), = execute_at(demo_db, "SELECT seq FROM changeset WHERE id = :id", id=changeset)
    execute_at(demo_db, "UPDATE change_log SET data = replace(data, '已核实', '未核实') WHERE changeset_id = :id",
               id=changeset)
    code, out, _ = run(capsys, "audit", "verify", "--db", str(demo_db))
    assert code == 1
    assert str(seq) in out.splitlines()[0] and "clerk" in out.splitlines()[0]
    code, out, _ = run(capsys, "audit", "verify", "--db", str(demo_db), "--json")
    problem = json.loads(out)["problem"]
    assert code == 1 and (problem["kind"], problem["seq"], problem["changeset"]) == ("changed", seq, changeset)


def test_history_of_a_village_by_code(demo_db, capsys):
    code, vid, changeset = _village(demo_db)
    status, out, err = run(capsys, "audit", "history", "village", code, "--db", str(demo_db), "--json")
    assert status == 0, err
    entries = json.loads(out)
    assert [e["action"] for e in entries] == ["village.edit", "demo.fill"]
    assert entries[0]["changeset"] == changeset and entries[0]["id"] == vid
    assert entries[0]["fields"]["note"][1] == "已核实"
    status, out, _ = run(capsys, "audit", "history", "village", code, "--db", str(demo_db))
    assert status == 0 and "→ 已核实" in out and len(out.strip().splitlines()) == 3   # header and two changes
    status, out, _ = run(capsys, "audit", "history", "village", code, "--with-children", "--db", str(demo_db),
                         "--json")
    assert {"post", "person"} <= {e["entity"] for e in json.loads(out)}


def test_history_of_an_unknown_village_or_table_exits_1(demo_db, capsys):
    status, _, err = run(capsys, "audit", "history", "village", "999999999999", "--db", str(demo_db))
    assert status == 1 and err.startswith("villagedesk: ")
    status, _, err = run(capsys, "audit", "history", "villages", "x", "--db", str(demo_db))
    assert status == 1 and "villages" in err


def test_head_is_the_last_link(demo_db, capsys):
    _village(demo_db)
    (seq, link), = execute_at(demo_db, "SELECT seq, chain_hash FROM changeset ORDER BY seq DESC LIMIT 1")
    status, out, _ = run(capsys, "audit", "head", "--db", str(demo_db))
    assert status == 0 and out.strip() == f"{seq} {link}"
    status, out, _ = run(capsys, "audit", "head", "--db", str(demo_db), "--json")
    assert json.loads(out) == {"seq": seq, "hash": link}
