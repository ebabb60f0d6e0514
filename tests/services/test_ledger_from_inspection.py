"""Problems taken from an inspection are found when it was finalised, never
after today (finalised_at is UTC; the user's today may be behind it)."""

from datetime import date

from desktop.core.checklists import parse_template
from desktop.core.ledger_terms import ProblemStatus as S
from tests.checklist_data import small
from tests.services.test_inspections import GOOD, _inspect, _village


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
