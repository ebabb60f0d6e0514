"""One problem opened from the ledger: its fields corrected (messages at the
fields), its moves made from its own buttons with the history following,
its evidence saved as a copy, and changes made elsewhere followed."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from desktop.core.i18n import translate
from desktop.core.ledger import count
from desktop.core.ledger_terms import ProblemStatus as S
from desktop.ui.problem_dialog import ProblemDialog
from tests.ui.conftest import click_button, message_box, type_text
from tests.ui.ledger_data import make_ledger

LEFT = Qt.MouseButton.LeftButton
OK = QDialogButtonBox.StandardButton.Ok


@pytest.fixture
def ledger(workspace, township, languages):
    return make_ledger(workspace, township)


@pytest.fixture
def photo(tmp_path):
    p = tmp_path / "党员发展材料.pdf"
    p.write_bytes(b"%PDF-1.4 minutes of the branch meeting" * 30)
    return p


def _open(qtbot, workspace, problem_id, **kw):
    dialog = ProblemDialog(workspace, problem_id, "zh_CN", **kw)
    dialog.made = []

    def announce(changeset, text):
        dialog.made.append((changeset, text))
        dialog.apply(changeset)

    dialog.changed.connect(announce)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _ok(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(OK), LEFT)


def _retype(qtbot, edit, text):
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def test_a_problem_shows_its_fields_and_history(qtbot, workspace, ledger):
    dialog = _open(qtbot, workspace, ledger.solved)
    form, panel = dialog.form, dialog.panel
    assert form.description.toPlainText() == "三会一课制度落实不到位"
    assert (form.category.currentData(), form.aspect.currentData()) == ("F", "F1")
    assert form.lines["deadline"].edit.text() == "2026-12-15"
    assert form.lines["responsible_person"].edit.text() == "达瓦"
    assert form.choose_village.isHidden() and "多吉村" in form.village.text()
    assert panel.events.rowCount() == 2
    assert panel.events.item(0, 0).text() == "2026-11-10" and panel.events.item(0, 3).text() == "已整改"
    assert panel.events.item(0, 1).text() == f"{S.OPEN.short_label} → {S.SOLVED.short_label}"
    assert [n for n, b in panel.move_buttons.items() if b.isVisibleTo(panel)] == ["close", "send_back", "reopen"]
    assert panel.files.rowCount() == 0 and not dialog.isWindowModified()


def test_correcting_fields_with_messages_at_the_fields(qtbot, workspace, ledger):
    dialog = _open(qtbot, workspace, ledger.soon)
    form = dialog.form
    form.description.selectAll()
    QTest.keyClick(form.description, Qt.Key.Key_Delete)
    _retype(qtbot, form.lines["found_on"].edit, "2026-13-40")
    assert form.lines["found_on"].message                        # not a date: said at once
    _ok(qtbot, dialog)
    assert dialog.isVisible() and message_box(dialog, "errorBox") is not None
    message_box(dialog, "errorBox").close()
    _retype(qtbot, form.lines["found_on"].edit, "2026-12-01")   # after the deadline, and in the future
    _ok(qtbot, dialog)
    assert form.message_of("description") == translate("Ledger", "Describe the problem.")
    assert form.message_of("found_on") == translate("Ledger", "The date found is in the future.")
    assert workspace.ledger.get(ledger.soon).description == "村集体经济收入不足五万元"
    type_text(qtbot, form.description, "村集体经济收入不足五万元，无稳定来源")
    assert form.message_of("description") is None                # typing clears the field's message
    _retype(qtbot, form.lines["found_on"].edit, "2026-09-05")
    _retype(qtbot, form.lines["responsible_leader"].edit, "洛桑丹增")
    assert dialog.isWindowModified()
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    p = workspace.ledger.get(ledger.soon)
    assert (p.description, p.found_on, p.responsible_leader) == \
        ("村集体经济收入不足五万元，无稳定来源", date(2026, 9, 5), "洛桑丹增")
    assert dialog.made and dialog.made[-1][0].ids("problem") == {ledger.soon}


def test_moves_from_the_dialog_keep_the_edits_and_show_in_the_history(qtbot, workspace, ledger, photo, tmp_path,
                                                                        monkeypatch):
    dialog = _open(qtbot, workspace, ledger.solved)
    _retype(qtbot, dialog.form.lines["responsible_person"].edit, "达瓦次仁")   # an edit not saved yet
    qtbot.mouseClick(dialog.panel.move_buttons["close"], LEFT)
    move = dialog.move_dialog
    type_text(qtbot, move.checker.edit, "乡党委 李书记")
    move.add_files([photo])
    type_text(qtbot, move.reason, "核查属实")
    qtbot.mouseClick(move.buttons.button(OK), LEFT)
    assert not move.isVisible()
    panel = dialog.panel
    assert panel.events.rowCount() == 3 and panel.events.item(0, 4).text() == "乡党委 李书记"
    assert [n for n, b in panel.move_buttons.items() if b.isVisibleTo(panel)] == ["reopen"]
    assert panel.files.rowCount() == 1 and panel.files.item(0, 0).text() == photo.name
    assert dialog.form.lines["responsible_person"].edit.text() == "达瓦次仁"   # the edit is kept
    # The evidence: a copy saved where the user says.
    panel.files.selectRow(0)
    target = tmp_path / "copy" / "saved.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(panel.save_button, LEFT)
    assert target.read_bytes() == photo.read_bytes()
    assert panel.evidence_bytes(panel.evidence()[0]) == photo.read_bytes()
    # The edit is saved over the moved problem's new version.
    _ok(qtbot, dialog)
    p = workspace.ledger.get(ledger.solved)
    assert (p.status, p.closed_by, p.responsible_person) == (S.CLOSED, "乡党委 李书记", "达瓦次仁")


def test_closing_with_unsaved_edits_asks(qtbot, workspace, ledger):
    dialog = _open(qtbot, workspace, ledger.later)
    _retype(qtbot, dialog.form.lines["responsible_person"].edit, "次仁多吉")
    dialog.close()
    click_button(qtbot, message_box(dialog, "questionBox"), QMessageBox.StandardButton.Discard)
    assert not dialog.isVisible()
    assert workspace.ledger.get(ledger.later).responsible_person == "次仁"


def test_changes_made_elsewhere_are_followed(qtbot, workspace, ledger):
    dialog = _open(qtbot, workspace, ledger.overdue)
    changeset = workspace.ledger.move(ledger.overdue, None, S.IN_PROGRESS, "", date(2026, 11, 20))
    dialog.apply(changeset)
    assert dialog.panel.events.rowCount() == 2
    assert [n for n, b in dialog.panel.move_buttons.items() if b.isVisibleTo(dialog.panel)] == ["solve"]
    changeset = workspace.ledger.delete(ledger.overdue)
    dialog.apply(changeset)
    assert not dialog.isVisible()


def test_an_edit_saved_elsewhere_is_not_overwritten_by_unsaved_edits(qtbot, workspace, ledger):
    """Two windows on one problem (the ledger's and the village file's):
    the one still being edited must not save over what the other saved."""
    first = _open(qtbot, workspace, ledger.later)
    second = _open(qtbot, workspace, ledger.later)
    _retype(qtbot, first.form.lines["responsible_person"].edit, "次仁多吉")      # not saved yet
    _retype(qtbot, second.form.lines["deadline"].edit, "2027-02-28")
    _ok(qtbot, second)
    first.apply(second.made[-1][0])
    assert first.form.lines["responsible_person"].edit.text() == "次仁多吉"     # the edit is kept
    _ok(qtbot, first)
    assert message_box(first, "errorBox") is not None and first.isVisible()
    p = workspace.ledger.get(ledger.later)
    assert (p.deadline, p.responsible_person) == (date(2027, 2, 28), "次仁")


def test_a_new_problem_for_a_given_village(qtbot, workspace, ledger):
    dialog = _open(qtbot, workspace, None, village_id=ledger.tashi)
    form = dialog.form
    assert dialog.panel.isHidden() and form.choose_village.isHidden()
    assert form.lines["found_on"].edit.text() == "2026-11-23"          # today, to start from
    type_text(qtbot, form.description, "村两委班子不团结，议事推诿扯皮")
    form.category.setCurrentIndex(form.category.findData("B"))
    assert [form.aspect.itemData(i) for i in range(1, form.aspect.count())] == ["B1", "B2", "B3", "B4"]
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    problems = workspace.ledger.for_village(ledger.tashi)
    made = next(p for p in problems if p.id == dialog.problem_id)
    assert (made.category.value, made.aspect, made.status) == ("B", None, S.OPEN)
    counts = count(((p.status, p.deadline, p.reopen_count) for p in problems), workspace.today())
    assert counts.found == 3
