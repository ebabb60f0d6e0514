"""The village file's Problems tab, and failed inspection items put on the
ledger from the tab and from the inspection form's summary."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.core.checklists import parse_template
from desktop.core.i18n import translate
from desktop.core.ledger import count
from desktop.core.ledger_terms import ProblemAspect, ProblemSource, ProblemStatus as S
from desktop.ui.inspection_dialog import InspectionDialog
from desktop.ui.problems_tab import DEADLINE_COLUMN, ProblemsTab
from desktop.ui.warning_grid_model import FILLS
from desktop.core.terms import WarningColour
from tests.checklist_data import small
from tests.services.test_inspections import GOOD, _inspect
from tests.ui.conftest import type_text
from tests.ui.ledger_data import make_ledger

LEFT = Qt.MouseButton.LeftButton
OK = QDialogButtonBox.StandardButton.Ok
FAILING = {**GOOD, "A1.1": 0, "B1.1": 10000}      # two items fail: A1.1 and B1.1


@pytest.fixture
def ledger(workspace, township, languages):
    return make_ledger(workspace, township)


@pytest.fixture
def inspection(workspace, ledger, tmp_path):
    """A finalised inspection of 扎西村 with two failed items."""
    template_id = workspace.checklists.install(parse_template(small())).info.id
    photo = tmp_path / "三会一课记录.jpg"
    photo.write_bytes(b"\xff\xd8 minutes" * 20)
    return _inspect(workspace, template_id, ledger.tashi, "2026Q3", FAILING, photo)


def _tab(qtbot, workspace, village_id):
    tab = ProblemsTab(workspace, "zh_CN")
    tab.made = []

    def announce(changeset, text):   # what the main window's hub does
        tab.made.append((changeset, text))
        tab.apply(changeset)

    tab.changed.connect(announce)
    qtbot.addWidget(tab)
    tab.resize(900, 500)
    tab.show()
    tab.load(village_id)
    return tab


def _descriptions(tab):
    return [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())]


def _counts(workspace, village_id):
    problems = workspace.ledger.for_village(village_id)
    return count(((p.status, p.deadline, p.reopen_count) for p in problems), workspace.today(),
                 workspace.ledger.due_soon_days()).sentence()


def test_the_villages_problems_with_counts_and_colours(qtbot, workspace, ledger):
    tab = _tab(qtbot, workspace, ledger.tashi)
    assert _descriptions(tab) == ["村党支部书记年龄偏大，党员队伍老化", "村集体经济收入不足五万元"]
    assert tab.counts.text() == _counts(workspace, ledger.tashi)
    red, yellow = (tab.table.item(r, DEADLINE_COLUMN).background().color().name() for r in range(2))
    assert (red, yellow) == (FILLS[WarningColour.RED], FILLS[WarningColour.YELLOW])
    assert not tab.from_inspection_button.isEnabled()          # no finalised inspection yet
    assert not tab.open_button.isEnabled()
    tab.load(None)                                             # a village not saved yet
    assert tab.table.rowCount() == 0 and not tab.new_button.isEnabled()


def test_new_problem_and_open_from_the_tab(qtbot, workspace, ledger):
    tab = _tab(qtbot, workspace, ledger.dorje)
    qtbot.mouseClick(tab.new_button, LEFT)
    dialog = tab.dialog
    assert dialog.form.choose_village.isHidden() and "多吉村" in dialog.form.village.text()
    type_text(qtbot, dialog.form.description, "牧民定居点饮水困难")
    dialog.form.category.setCurrentIndex(dialog.form.category.findData("D"))
    qtbot.mouseClick(dialog.buttons.button(OK), LEFT)
    assert "牧民定居点饮水困难" in _descriptions(tab)
    assert tab.counts.text() == _counts(workspace, ledger.dorje)
    tab.table.selectRow(_descriptions(tab).index("草场边界纠纷长期未化解"))
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)              # Enter opens it (not the file's Save)
    assert tab.dialogs[ledger.later].isVisible()


def test_failed_items_from_an_inspection(qtbot, workspace, ledger, inspection):
    tab = _tab(qtbot, workspace, ledger.tashi)
    assert tab.from_inspection_button.isEnabled()
    qtbot.mouseClick(tab.from_inspection_button, LEFT)
    dialog = tab.dialog
    codes = [dialog.items.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.items.count())]
    assert codes == ["A1.1", "B1.1"] and dialog.chosen_codes() == ["A1.1", "B1.1"]
    dialog.items.item(0).setCheckState(Qt.CheckState.Unchecked)     # only B1.1 for now
    type_text(qtbot, dialog.deadline.edit, "2027-03-31")
    type_text(qtbot, dialog.person.edit, "卓玛")
    qtbot.mouseClick(dialog.buttons.button(OK), LEFT)
    assert not dialog.isVisible() and len(dialog.made) == 1
    made = workspace.ledger.get(dialog.made[0])
    assert (made.source, made.indicator_code, made.aspect, made.responsible_person, made.deadline.isoformat()) == \
        (ProblemSource.INSPECTION, "B1.1", ProblemAspect.B1, "卓玛", "2027-03-31")
    assert len(_descriptions(tab)) == 3
    assert workspace.inspections.open(inspection.inspection.id).problem_links == {"B1.1": made.id}
    # Again: B1.1 is shown as on the ledger already, A1.1 can still go.
    qtbot.mouseClick(tab.from_inspection_button, LEFT)
    again = tab.dialog
    assert again.chosen_codes() == ["A1.1"]
    assert not again.items.item(1).flags() & Qt.ItemFlag.ItemIsEnabled


def test_the_inspection_summary_puts_failed_items_on_the_ledger(qtbot, workspace, ledger, inspection):
    dialog = InspectionDialog(workspace, inspection.inspection.id, "zh_CN")
    made = []

    def announce(changeset, text):
        made.append(text)
        dialog.on_changes(changeset)

    dialog.changed.connect(announce)
    qtbot.addWidget(dialog)
    dialog.show()
    summary = dialog.summary
    assert summary.to_ledger_button.isVisible() and summary.to_ledger_button.isEnabled()
    qtbot.mouseClick(summary.to_ledger_button, LEFT)
    links = workspace.inspections.open(inspection.inspection.id).problem_links
    assert set(links) == {"A1.1", "B1.1"}
    assert made == [translate("LedgerLink", "put {count} failed items on the problem ledger").format(count=2)]
    on_ledger = translate("InspectionSummary", "On the problem ledger: {status}")
    texts = [summary.failed.item(i).text() for i in range(summary.failed.count())]
    assert all(on_ledger.format(status=S.OPEN.label) in t for t in texts)
    assert not summary.to_ledger_button.isEnabled()
    # A move on the ledger shows in the summary.
    changeset = workspace.ledger.move(links["B1.1"], None, S.IN_PROGRESS)
    dialog.on_changes(changeset)
    texts = [summary.failed.item(i).text() for i in range(summary.failed.count())]
    assert on_ledger.format(status=S.IN_PROGRESS.label) in texts[1]


def test_no_button_on_a_draft(qtbot, workspace, ledger, inspection):
    template_id = inspection.template_info.id
    draft = _inspect(workspace, template_id, ledger.dorje, "2026Q4", FAILING, finalise=False)
    dialog = InspectionDialog(workspace, draft.inspection.id, "zh_CN")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_summary()
    assert not dialog.summary.to_ledger_button.isVisible()
