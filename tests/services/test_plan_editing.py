"""What the plan editor needs from the service beyond the review cycle:
checking the items on screen before they are saved, and a conflict when the
items were changed elsewhere since they were read."""

from datetime import date

import pytest

from desktop.core.errors import EditConflict
from tests.services.test_campaign import GOOD_ITEM, _plan_ready, village  # noqa: F401  (fixture)


def test_unsaved_items_are_checked_instead_of_the_stored_ones(workspace, village):  # noqa: F811
    plan_id, pid = _plan_ready(workspace, village)
    stored = {(f.item, f.field) for f in workspace.plans.check(plan_id)}
    assert (1, "measures") in stored
    on_screen = [{"problem_id": pid, **GOOD_ITEM, "measures": "加强领导，认真落实"}]
    assert [(f.item, f.field) for f in workspace.plans.check(plan_id, on_screen) if f.item] == [(1, "measures")]
    assert [(f.item, f.field) for f in workspace.plans.check(plan_id, [{"problem_id": pid, **GOOD_ITEM}])
            if f.item] == []
    # Nothing was stored.
    assert workspace.plans.open(plan_id).items[0].measures == ""


def test_items_changed_since_they_were_read_are_a_conflict(workspace, village):  # noqa: F811
    plan_id, pid = _plan_ready(workspace, village)
    f = workspace.plans.open(plan_id)
    read = {i.id: i.row_version for i in f.items}
    workspace.plans.save_items(plan_id, f.plan.row_version, [{"problem_id": pid, **GOOD_ITEM}], read)
    # The plan row kept its version; the item did not.
    assert workspace.plans.open(plan_id).plan.row_version == f.plan.row_version
    with pytest.raises(EditConflict):
        workspace.plans.save_items(plan_id, f.plan.row_version, [{"problem_id": pid, **GOOD_ITEM,
                                                                  "deadline": date(2027, 1, 31)}], read)
    assert workspace.plans.open(plan_id).items[0].deadline == GOOD_ITEM["deadline"]


def test_submitting_checks_the_plan_as_it_is_written(workspace, village, monkeypatch):  # noqa: F811
    """"三个不放过" is checked in the transaction that submits: a problem put
    on the ledger while the check runs either waits for the submission or
    is seen by it, never slips in between (county mode has many writers)."""
    from desktop.services import plans as plan_service
    from tests.services.test_campaign import _problem

    plan_id, pid = _plan_ready(workspace, village)
    workspace.plans.save_items(plan_id, None, [{"problem_id": pid, **GOOD_ITEM}])
    workspace.plans.record_meeting(plan_id, None, date(2026, 11, 20), 28, 31, "同意该方案")
    checked = plan_service.check_submit
    arrived = []

    def meanwhile(plan, failures):
        checked(plan, failures)
        try:
            arrived.append(workspace.ledger.add(_problem(village, description="村卫生室缺少常用药品，群众看病要跑乡里"))[0])
        except RuntimeError:     # the writer is busy with the submission: the problem waits its turn
            pass

    monkeypatch.setattr(plan_service, "check_submit", meanwhile)
    workspace.plans.submit(plan_id)
    f = workspace.plans.open(plan_id)
    uncovered = {p.id for p in f.problems.values() if p.status.is_open} - {i.problem_id for i in f.items}
    assert not uncovered, "submitted without the problem recorded between its check and its write"
    assert arrived == []
