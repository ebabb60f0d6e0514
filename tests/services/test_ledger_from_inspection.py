"""Problems taken from an inspection are found when it was finalised, never
after today (finalised_at is UTC; the user's today may be behind it)."""

from datetime import date

from desktop.core.checklists import parse_template
from desktop.core.ledger_terms import ProblemStatus as S
from tests.checklist_data import small
from tests.services.test_inspections import GOOD, _answers, _inspect, _village


def test_found_on_is_never_after_today(workspace, township, tmp_path):
    village = _village(workspace, township, "白依村", "513336100201")
    template_id = workspace.checklists.install(parse_template(small())).info.id
    photo = tmp_path / "p.jpg"
    photo.write_bytes(b"x" * 10)
    f = _inspect(workspace, template_id, village, "2026Q3", {**GOOD, "A1.1": 0}, photo)
    workspace.today = lambda: date(2026, 1, 1)          # behind the finalising, as a UTC date can be
    (made,), _ = workspace.ledger.from_inspection(f.inspection.id)
    assert workspace.ledger.get(made).found_on == date(2026, 1, 1)
    workspace.ledger.move(made, None, S.IN_PROGRESS)    # today: not before the date found


def test_a_note_follows_the_item_with_one_mark_of_punctuation(workspace, township, tmp_path):
    # An item worded as a sentence keeps its full stop out of the join: "…吗：note", not "…。：note".
    village = _village(workspace, township, "白依村", "513336100201")
    data = small()
    data["categories"][0]["aspects"][0]["indicators"][0]["text_zh"] = "村党组织书记在岗履职。"
    template_id = workspace.checklists.install(parse_template(data)).info.id
    f, _ = workspace.inspections.start(village, template_id, "2026Q3")
    workspace.inspections.save(f, _answers({**GOOD, "A1.1": 0}, **{"A1.1": "书记长期外出务工"}))
    photo = tmp_path / "p.jpg"
    photo.write_bytes(b"x" * 10)
    workspace.inspections.add_evidence(workspace.inspections.open(f.inspection.id), "A1.2", photo)
    workspace.inspections.finalise(workspace.inspections.open(f.inspection.id))
    (made,), _ = workspace.ledger.from_inspection(f.inspection.id, codes=["A1.1"])
    assert workspace.ledger.get(made).description == "村党组织书记在岗履职：书记长期外出务工"
