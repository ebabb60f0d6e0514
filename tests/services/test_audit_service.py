"""`ws.audit`: verifying the chain with progress, the messages that name the
entry, a record's history through the services, and the role checks."""

from __future__ import annotations

import pytest

from desktop.core.access import AccessDenied, Role
from desktop.core.errors import VillageDeskError
from desktop.core.progress import Cancelled, Progress
from desktop.core.records import IncomeRecord
from desktop.services.demo import fill_demo
from tests.raw_sql import execute, scalar

PASSWORD = "a long passphrase"


@pytest.fixture
def demo(workspace):
    fill_demo(workspace, villages=6, townships=1, seed=2)
    return workspace


def _edit(ws, village_id, **facts):
    original = ws.villages.open_file(village_id)
    edited = original.copy()
    for name, value in facts.items():
        setattr(edited.facts, name, value)
    return ws.villages.save_file(original, edited)


def _first_village(ws):
    from desktop.core.query import VillageQuery

    return ws.villages.search(VillageQuery())[0]


def _tamper(ws, sql, **params):
    execute(ws, sql, **params)


def _seq_of(ws, changeset_id):
    return scalar(ws, "SELECT seq FROM changeset WHERE id = :id", id=changeset_id)


def test_a_clean_database_verifies_with_progress(demo):
    village = _first_village(demo)
    for n in range(3):
        _edit(demo, village, population=5000 + n)
    steps = []
    report = demo.audit.verify(Progress(lambda done, total, text: steps.append((done, total))))
    assert report.ok and report.problem is None
    assert report.changesets == 4 and report.entries > 6
    assert (report.head_seq, report.head_hash) == demo.audit.head()
    assert steps[-1] == (4, 4)


def test_verify_can_be_cancelled(demo):
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        demo.audit.verify(progress)


def test_a_changed_entry_is_named_in_the_message(demo):
    village = _first_village(demo)
    changeset = _edit(demo, village, population=5321)
    _edit(demo, village, population=5322)
    seq = _seq_of(demo, changeset.id)
    _tamper(demo, "UPDATE change_log SET data = replace(data, '5321', '5123') WHERE changeset_id = :id",
            id=changeset.id)
    report = demo.audit.verify()
    problem = report.problem
    assert not report.ok and report.changesets == seq - 1
    assert (problem.kind, problem.seq, problem.changeset_id, problem.action, problem.actor) == \
        ("changed", seq, changeset.id, "village.edit", "tester")
    assert f"change set {seq} (Edit a village file, by tester at " in problem.message
    assert "was changed after it was written" in problem.message


def test_a_removed_change_set_and_a_cut_log_are_named(demo):
    village = _first_village(demo)
    sets = [_edit(demo, village, population=6000 + n) for n in range(4)]
    seqs = [_seq_of(demo, c.id) for c in sets]
    _tamper(demo, "DELETE FROM change_log WHERE changeset_id = :id", id=sets[1].id)
    _tamper(demo, "DELETE FROM changeset WHERE id = :id", id=sets[1].id)
    problem = demo.audit.verify().problem
    assert (problem.kind, problem.seq, problem.changeset_id) == ("removed", seqs[1], "")
    assert problem.message.startswith(f"Change set {seqs[1]} was removed from the audit trail: change set {seqs[2]}")

    for c in (sets[1], sets[2], sets[3]):
        _tamper(demo, "DELETE FROM change_log WHERE changeset_id = :id", id=c.id)
        _tamper(demo, "DELETE FROM changeset WHERE id = :id", id=c.id)
    problem = demo.audit.verify().problem
    assert (problem.kind, problem.seq) == ("cut", seqs[3])
    assert problem.message == (f"The audit trail was cut short: it ends at change set {seqs[0]}, but change sets "
                               f"up to {seqs[3]} were written.")


def test_reordered_change_sets_are_named(demo):
    village = _first_village(demo)
    a, b = (_edit(demo, village, population=7000 + n) for n in range(2))
    sa, sb = _seq_of(demo, a.id), _seq_of(demo, b.id)
    _tamper(demo, "UPDATE changeset SET seq = -1 WHERE seq = :seq", seq=sa)
    _tamper(demo, "UPDATE changeset SET seq = :new WHERE seq = :old", new=sa, old=sb)
    _tamper(demo, "UPDATE changeset SET seq = :seq WHERE seq = -1", seq=sb)
    problem = demo.audit.verify().problem
    assert (problem.kind, problem.seq, problem.changeset_id) == ("reordered", sa, b.id)
    assert f"stands after change set {sa - 1}, but it was written after change set {sb}" in problem.message


def test_history_of_a_village_with_its_people_and_incomes(demo):
    village = _first_village(demo)
    original = demo.villages.open_file(village)
    edited = original.copy()
    edited.facts.population = 7777
    edited.incomes.append(IncomeRecord(village_id=village, year=2020, amount_yuan=5))
    saved = demo.villages.save_file(original, edited)
    undone = demo.changes.revert(saved.id)
    own = demo.audit.history("village", village)
    assert [e.action for e in own[:2]] == ["revert", "village.edit"] and own[-1].op == "insert"
    assert own[0].changeset_id == undone.id and not own[0].reverted
    assert own[1].reverted and own[1].action_label == "Edit a village file"
    population = next(f for f in own[1].fields if f.name == "population")
    assert (population.label, population.after) == ("Population", 7777)
    everything = demo.audit.history("village", village, with_children=True)
    entities = {e.entity for e in everything}
    assert {"village", "collective_income", "post", "person"} <= entities
    assert len(everything) > len(own)
    assert [e.at for e in everything] == sorted((e.at for e in everything), reverse=True)


def test_history_of_an_unknown_kind_of_record_is_refused(demo):
    with pytest.raises(VillageDeskError, match="no kind of record called “villages”"):
        demo.audit.history("villages", "x")


def test_verify_and_history_need_someone_signed_in(workspace):
    workspace.users.create_first_admin("admin", "管理员", PASSWORD)
    workspace.users.add("zhang", "张三", [Role.CLERK], PASSWORD, must_change=False)
    workspace.users.sign_out()
    with pytest.raises(AccessDenied):
        workspace.audit.verify()
    with pytest.raises(AccessDenied):
        workspace.audit.history("village", "x")
    workspace.users.login("zhang", PASSWORD)
    report = workspace.audit.verify()
    assert report.ok and report.changesets == scalar(workspace, "SELECT count(*) FROM changeset")
    history = workspace.audit.history("user_account", workspace.session.user_id)
    assert [e.action for e in history][-1] == "user.add"
    assert all("argon2" not in str(f.before) + str(f.after) for e in history for f in e.fields)
