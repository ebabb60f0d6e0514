"""A self-inspection, started, answered, saved, resumed, finalised and
corrected as a township cadre does it, over a real database."""

import tempfile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QPushButton

from desktop.core.checklists import parse_template
from desktop.core.inspection_terms import InspectionStatus
from desktop.core.periods import parse_period
from desktop.core.terms import WarningColour
from desktop.ui import fonts
from desktop.ui.inspection_dialog import SUMMARY, InspectionDialog
from desktop.ui.inspection_preview import preview_inspection
from desktop.ui.start_inspection_dialog import StartInspectionDialog
from tests.checklist_data import small
from tests.ui.conftest import click_button, message_box, type_text

LEFT = Qt.MouseButton.LeftButton


def _village(ws, township, name_zh, name_bo, code):
    f = ws.villages.new_file(township.id)
    f.facts.name_zh, f.facts.name_bo, f.facts.code = name_zh, name_bo, code
    original = ws.villages.new_file(township.id)
    original.facts = type(f.facts)(id=f.facts.id)
    ws.villages.save_file(original, f)
    return f.facts.id


@pytest.fixture
def ws(workspace, township, languages):
    workspace.checklists.install(parse_template(small()))
    return workspace


@pytest.fixture
def tashi(ws, township):
    return _village(ws, township, "扎西村", "བཀྲ་ཤིས་གྲོང་ཚོ།", "513336100201")


@pytest.fixture
def dorje(ws, township):
    return _village(ws, township, "多吉村", "རྡོ་རྗེ་གྲོང་ཚོ།", "513336100202")


@pytest.fixture
def photo(tmp_path):
    p = tmp_path / "三会一课记录.jpg"
    p.write_bytes(b"\xff\xd8 meeting minutes photo" * 100)
    return p


def _template_id(ws):
    return next(t.id for t in ws.checklists.list() if t.code == "test-small")


def _open(qtbot, ws, inspection_id, language="zh_CN"):
    dialog = InspectionDialog(ws, inspection_id, language)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)      # shortcuts go to the active window
    return dialog


def _started(qtbot, ws, village_id):
    f, _ = ws.inspections.start(village_id, _template_id(ws), "2026Q4")
    return _open(qtbot, ws, f.inspection.id)


def _retype(qtbot, edit, text):
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def _start_by_hand(qtbot, ws, village_id=None):
    start = StartInspectionDialog(ws, "zh_CN", village_id)
    qtbot.addWidget(start)
    start.show()
    qtbot.waitExposed(start)
    return start


def test_a_whole_inspection_by_keyboard_and_mouse(qtbot, ws, tashi, dorje, photo, monkeypatch, tmp_path):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))   # where opened evidence is copied
    # -- start it: village, checklist, period --------------------------------
    start = _start_by_hand(qtbot, ws)
    assert not start.ok_button.isEnabled()            # no village yet
    qtbot.mouseClick(start.choose_village, LEFT)
    picker = start.picker
    type_text(qtbot, picker.text, "扎西")
    assert picker.results.count() == 1
    qtbot.mouseClick(picker.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert start.village.text().startswith("扎西村") and "513336100201" in start.village.text()
    start.template.setCurrentIndex(start.template.findData(_template_id(ws)))   # the shipped ones are listed too
    assert start.template.currentText().startswith("测试清单") and "1" in start.template.currentText()
    assert start.kind.currentData() == "quarter" and start.period.edit.text() == "2026Q4"   # today is 2026-11-23
    _retype(qtbot, start.period.edit, "2026Q5")
    assert start.period.message_label.text() and not start.ok_button.isEnabled()
    _retype(qtbot, start.period.edit, "2026-11H2")
    assert start.period.message_label.text() == "" and start.kind.currentData() == "half_month"   # follows the text
    start.kind.setFocus()
    QTest.keyClick(start.kind, Qt.Key.Key_Up)           # back to the quarter: its default period
    assert start.kind.currentData() == "quarter" and start.period.edit.text() == "2026Q4"
    with qtbot.waitSignal(start.started) as started:
        qtbot.mouseClick(start.ok_button, LEFT)
    f, changeset = started.args
    assert changeset is not None and not start.isVisible()
    [record] = ws.inspections.for_village(tashi)
    assert record.id == f.inspection.id and record.period == "2026Q4" and record.status is InspectionStatus.DRAFT

    # -- answer the first aspect ------------------------------------------------
    dialog = _open(qtbot, ws, f.inspection.id)
    assert dialog.windowTitle().startswith("自查") and dialog.header.village.text() == "扎西村"
    assert "测试清单" in dialog.header.details.text() and parse_period("2026Q4").label in dialog.header.details.text()
    assert dialog.current_step() == "A1" and dialog.header.progress.value() == 0
    a11, a12 = dialog.editors["A1.1"], dialog.editors["A1.2"]
    assert a11.text_label.text() == "指标A1.1" and "ཚད་གཞི་A1.1" in a11.text_label.toolTip()
    qtbot.mouseClick(a11.guidance_button, LEFT)
    assert a11.guidance_label.isVisible() and a11.guidance_label.text() == "查阅记录"
    qtbot.mouseClick(a11.yes, LEFT)
    assert dialog.header.score.text() == "100" and dialog.header.colour.text() == "绿色"
    assert dialog.header.progress.value() == 1 and a11.marker.text().startswith("✓")
    qtbot.mouseClick(a12.findChild(QPushButton, "scale_2"), LEFT)   # 2 of 5: below the pass mark
    assert a12.marker.text().startswith("✗") and "散" in a12.marker.text()
    assert dialog.header.score.text() == "70" and dialog.header.colour.text() == "黄色"
    qtbot.mouseClick(a12.findChild(QPushButton, "scale_3"), LEFT)   # 3 of 5 passes
    assert a12.marker.text().startswith("✓") and dialog.header.score.text() == "80"
    assert dialog.aspects.currentItem().text(1) == "2/2 ✓"
    assert ws.inspections.open(f.inspection.id).answers == {}    # nothing saved yet
    assert dialog.is_dirty() and dialog.save_button.isEnabled()

    # -- the next aspect by keyboard ----------------------------------------------
    QTest.keyClick(dialog, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert dialog.current_step() == "A2"
    a21, a22 = dialog.editors["A2.1"], dialog.editors["A2.2"]
    assert a21.veto_label.isVisible()
    qtbot.mouseClick(a21.yes, LEFT)                     # "has it happened?": yes fails, and it is a veto item
    assert dialog.header.colour.text().startswith("红色") and "乱" in a21.marker.text()
    a21.no.setFocus()
    QTest.keyClick(a21.no, Qt.Key.Key_Space)
    assert a21.no.isChecked() and dialog.header.colour.text() == "绿色"
    a22.spin.setFocus()
    a22.spin.selectAll()
    QTest.keyClicks(a22.spin, "1")                      # one petition: half the weight, a failed item
    assert a22.answer().value == 1.0 and a22.marker.text().startswith("✗") and "乱" in a22.marker.text()
    assert dialog.header.progress.value() == 4 and "4" in dialog.header.progress.text()
    QTest.keyClick(a22.spin, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)   # from inside a field too
    assert dialog.current_step() == "B1" and a22.spin.value() == 1
    QTest.keyClick(dialog.editors["B1.1"].number.edit, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert dialog.current_step() == "A2"

    # -- save the draft and close ---------------------------------------------------
    with qtbot.waitSignal(dialog.changed) as saved:
        QTest.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved.args[0] is not None and "扎西村" in saved.args[1]
    stored = ws.inspections.open(f.inspection.id)
    assert {c: a.value for c, a in stored.answers.items()} == {"A1.1": 1.0, "A1.2": 3.0, "A2.1": 0.0, "A2.2": 1.0}
    assert stored.inspection.answered == 4 and not dialog.is_dirty() and not dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.close_button, LEFT)
    assert not dialog.isVisible() and message_box(dialog, "questionBox") is None

    # -- resume: starting again opens the draft -------------------------------------
    start = _start_by_hand(qtbot, ws, tashi)
    assert start.village.text().startswith("扎西村") and start.ok_button.isEnabled()
    start.template.setCurrentIndex(start.template.findData(_template_id(ws)))
    assert start.existing.isVisible()                   # told before: a draft exists and will be opened
    qtbot.mouseClick(start.ok_button, LEFT)
    notice = message_box(start, "noticeBox")
    assert notice is not None and notice.isVisible() and start.isVisible()   # said before the form closes
    with qtbot.waitSignal(start.started) as started:
        click_button(qtbot, notice, QMessageBox.StandardButton.Ok)
    assert started.args[0].inspection.id == f.inspection.id and started.args[1] is None
    assert len(ws.inspections.for_village(tashi)) == 1

    dialog = _open(qtbot, ws, f.inspection.id)
    assert dialog.current_step() == "B1"                # the first aspect still open
    QTest.keyClick(dialog, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert dialog.current_step() == "A2" and dialog.editors["A2.2"].spin.value() == 1
    assert dialog.editors["A2.1"].no.isChecked()
    QTest.keyClick(dialog, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    b11 = dialog.editors["B1.1"]
    assert b11.unit_label.text() == "元" and "50,000" in b11.number.toolTip()
    type_text(qtbot, b11.number.edit, "6万")
    assert b11.number.message_label.isVisible() and b11.answer().value is None
    _retype(qtbot, b11.number.edit, "60000")
    assert b11.marker.text().startswith("✓") and dialog.header.progress.value() == 5
    # 10 + 6 + 5 + 2.5 + 12 = 35.5 of 50
    assert dialog.header.score.text() == "71" and dialog.header.colour.text() == "黄色"

    # -- the summary: the failed item, and what blocks finalising ------------------------
    dialog.close()                                       # unsaved: asks; Cancel keeps it open
    click_button(qtbot, message_box(dialog, "questionBox"), QMessageBox.StandardButton.Cancel)
    assert dialog.isVisible() and dialog.is_dirty()
    qtbot.mouseClick(dialog.summary_button, LEFT)
    assert dialog.current_step() == SUMMARY
    summary = dialog.summary
    assert summary.codes("failed") == ["A2.2"]
    failed = summary.failed.item(0).text()
    assert "指标A2.2" in failed and "乱" in failed
    assert summary.codes("blocking") == ["A1.2"]         # met, but needs evidence
    rect = summary.blocking.visualItemRect(summary.blocking.item(0))
    qtbot.mouseClick(summary.blocking.viewport(), LEFT, pos=rect.center())
    assert dialog.current_step() == "A1"

    # -- evidence for A1.2 -------------------------------------------------------------------
    a12 = dialog.editors["A1.2"]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(photo), ""))
    qtbot.mouseClick(a12.evidence_button, LEFT)
    assert a12.evidence_panel.isVisible()
    with qtbot.waitSignal(dialog.changed) as attached:
        qtbot.mouseClick(a12.add_file_button, LEFT)
    assert "三会一课记录.jpg" in attached.args[1]
    evidence = ws.inspections.open(f.inspection.id).evidence
    assert [e.file_name for e in evidence] == ["三会一课记录.jpg"] and a12.evidence_button.text() == "需佐证材料（1）"
    assert a12.evidence_list.item(0).text() == "三会一课记录.jpg"
    assert dialog.evidence_bytes(evidence[0]) == photo.read_bytes()
    assert dialog.is_dirty()                             # attaching kept the unsaved answer
    dialog.show_summary()
    assert summary.codes("blocking") == []

    # -- finalise -----------------------------------------------------------------------------------
    qtbot.mouseClick(dialog.finalise_button, LEFT)
    question = message_box(dialog, "questionBox")
    assert question is not None and "71" in question.text() and "黄色" in question.text()
    emitted = []
    dialog.changed.connect(lambda changeset, what: emitted.append((changeset, what)))
    click_button(qtbot, question, QMessageBox.StandardButton.Yes)
    # The unsaved answer is saved first, then finalised: two steps to undo.
    assert [c.action for c, _ in emitted] == ["save_inspection", "finalise_inspection"]
    assert emitted[1][0].touches("village_warning")
    done = ws.inspections.open(f.inspection.id)
    assert done.inspection.final and done.inspection.score == 71.0 and done.inspection.colour is WarningColour.YELLOW
    assert done.answers["B1.1"].value == 60000.0
    assert ws.villages.rows([tashi])[tashi].warning is WarningColour.YELLOW
    assert dialog.read_only and not dialog.finalise_button.isVisible() and not dialog.save_button.isVisible()
    assert dialog.header.banner.isVisible()
    dialog.go_to("A1")
    a11 = dialog.editors["A1.1"]
    assert not a11.yes.isEnabled() and a11.note.isReadOnly() and not dialog.editors["A1.2"].add_file_button.isEnabled()
    assert dialog.editors["A1.2"].open_file_button.isEnabled()          # evidence can still be looked at

    # -- correct it ------------------------------------------------------------------------------
    assert dialog.correct_button.isVisible()
    qtbot.mouseClick(dialog.correct_button, LEFT)
    with qtbot.waitSignal(dialog.switched) as switched:
        click_button(qtbot, message_box(dialog, "questionBox"), QMessageBox.StandardButton.Yes)
    old_id, new_id = switched.args
    assert old_id == f.inspection.id and new_id != old_id and dialog.inspection_id == new_id
    fix = ws.inspections.open(new_id)
    assert fix.inspection.replaces_id == old_id and not fix.inspection.final and len(fix.evidence) == 1
    assert not dialog.read_only and dialog.editors["A1.1"].yes.isEnabled() and dialog.editors["A1.1"].yes.isChecked()
    assert ws.inspections.open(old_id).replaced_by == new_id

    # -- another start for the same period now says what exists --------------------------
    dialog.discard_and_close()
    ws.inspections.delete_draft(ws.inspections.open(new_id))
    start = _start_by_hand(qtbot, ws, tashi)
    start.template.setCurrentIndex(start.template.findData(_template_id(ws)))
    assert start.existing.isVisible() and start.existing.text()   # finalised: correct it rather than start again
    start.kind.setCurrentIndex(start.kind.findData("screening"))
    assert start.period.edit.text() == "2026-11-23" and not start.existing.isVisible()


def test_closing_with_unsaved_answers_asks(qtbot, ws, tashi):
    dialog = _started(qtbot, ws, tashi)
    iid = dialog.inspection_id
    qtbot.mouseClick(dialog.editors["A1.1"].no, LEFT)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    box = message_box(dialog, "questionBox")
    assert box is not None and "扎西村" in box.text()
    click_button(qtbot, box, QMessageBox.StandardButton.Discard)
    assert not dialog.isVisible() and ws.inspections.open(iid).answers == {}

    dialog = _open(qtbot, ws, iid)
    qtbot.mouseClick(dialog.editors["A1.1"].no, LEFT)
    dialog.close()
    with qtbot.waitSignal(dialog.changed):
        click_button(qtbot, message_box(dialog, "questionBox"), QMessageBox.StandardButton.Save)
    assert not dialog.isVisible() and ws.inspections.open(iid).answers["A1.1"].value == 0.0


def test_not_applicable_needs_a_note(qtbot, ws, tashi):
    dialog = _started(qtbot, ws, tashi)
    a11 = dialog.editors["A1.1"]
    qtbot.mouseClick(a11.not_applicable, LEFT)
    assert a11.note_message.isVisible() and not a11.yes.isEnabled()
    assert a11.marker.text() == a11.not_applicable.text() and dialog.header.progress.value() == 1
    assert not dialog.save()
    assert message_box(dialog, "errorBox") is not None and ws.inspections.open(dialog.inspection_id).answers == {}
    type_text(qtbot, a11.note, "书记空缺，由乡镇代管")
    assert not a11.note_message.isVisible()
    assert dialog.save()
    saved = ws.inspections.open(dialog.inspection_id).answers["A1.1"]
    assert saved.not_applicable and saved.value is None and saved.note == "书记空缺，由乡镇代管"
    type_text(qtbot, a11.note, "།")                      # a Tibetan note gets a font that holds its stacks
    assert a11.note.font().families()[0] != dialog.font().families()[0]


def test_finalising_an_incomplete_inspection_shows_what_blocks_it(qtbot, ws, tashi):
    dialog = _started(qtbot, ws, tashi)
    qtbot.mouseClick(dialog.editors["A1.1"].yes, LEFT)
    qtbot.mouseClick(dialog.finalise_button, LEFT)
    box = message_box(dialog, "errorBox")
    assert box is not None and "A2.1" in box.text() and "B1.1" in box.text()
    assert dialog.current_step() == SUMMARY
    assert dialog.summary.codes("blocking") == ["A1.2", "A2.1", "A2.2", "B1.1"]
    assert not ws.inspections.open(dialog.inspection_id).inspection.final


def test_a_save_that_conflicts_says_so_and_keeps_the_answers(qtbot, ws, tashi):
    first = _started(qtbot, ws, tashi)
    second = _open(qtbot, ws, first.inspection_id)
    qtbot.mouseClick(first.editors["A1.1"].yes, LEFT)
    qtbot.mouseClick(second.editors["A1.1"].no, LEFT)
    assert first.save()
    assert not second.save()
    box = message_box(second, "errorBox")
    assert box is not None and box.text() == second.conflict_message()
    assert second.is_dirty() and second.editors["A1.1"].no.isChecked()
    assert ws.inspections.open(first.inspection_id).answers["A1.1"].value == 1.0


def test_an_undone_save_reloads_the_open_inspection(qtbot, ws, tashi):
    dialog = _started(qtbot, ws, tashi)
    qtbot.mouseClick(dialog.editors["A1.1"].yes, LEFT)
    with qtbot.waitSignal(dialog.changed) as saved:
        dialog.save()
    reverted = ws.changes.revert(saved.args[0].id)      # what the main window's undo does
    dialog.on_changes(reverted)
    assert not dialog.editors["A1.1"].yes.isChecked() and dialog.header.progress.value() == 0
    assert not dialog.is_dirty() and dialog.header.score.text() == "—"
    qtbot.mouseClick(dialog.editors["A1.2"].findChild(QPushButton, "scale_4"), LEFT)
    assert dialog.save() and ws.inspections.open(dialog.inspection_id).answers["A1.2"].value == 4.0


def test_the_form_in_tibetan(qtbot, ws, tashi, languages):
    languages.apply("bo_CN", remember=False)
    start = StartInspectionDialog(ws, "bo_CN", tashi)
    qtbot.addWidget(start)
    assert start.template.itemText(start.template.findData(_template_id(ws))).startswith("ཚོད་ལྟའི་ཐོ།")
    assert start.village.text().startswith("བཀྲ་ཤིས་གྲོང་ཚོ།")
    f, _ = ws.inspections.start(tashi, _template_id(ws), "2026Q4")
    dialog = _open(qtbot, ws, f.inspection.id, "bo_CN")
    assert dialog.header.village.text() == "བཀྲ་ཤིས་གྲོང་ཚོ།" and dialog.windowTitle().startswith("རང་ཞིབ།")
    a11, a12 = dialog.editors["A1.1"], dialog.editors["A1.2"]
    assert a11.text_label.text() == "ཚད་གཞི་A1.1" and "指标A1.1" in a11.text_label.toolTip()
    assert a11.guidance_label.text() == "ཟིན་ཐོ་ལ་ལྟ།"
    assert dialog.aspects.currentItem().text(0) == "A1  ཚོགས་པ།"
    qtbot.mouseClick(a11.yes, LEFT)
    assert dialog.header.colour.text() == "ལྗང་ཁུ།"
    qtbot.mouseClick(a12.findChild(QPushButton, "scale_1"), LEFT)
    assert "ལྷོད།" in a12.marker.text()                  # 散, lax
    # Stacked Tibetan is drawn with a Tibetan font first, so nothing is clipped.
    assert a11.text_label.font().families()[0] == fonts.tibetan_family()
    dialog.show_summary()
    assert "ཚད་གཞི་A1.2" in dialog.summary.failed.item(0).text()
    dialog.discard_and_close()


def test_preview_opens_a_half_answered_inspection(qtbot, demo_workspace, languages):
    demo_workspace.checklists.install(parse_template(small()))
    dialog = preview_inspection(demo_workspace, "zh_CN")
    qtbot.addWidget(dialog)
    dialog.show()
    f = dialog.file
    assert 0 < f.inspection.answered < f.inspection.total and not f.inspection.final
    assert dialog.header.progress.value() == f.inspection.answered
    again = preview_inspection(demo_workspace, "zh_CN")
    qtbot.addWidget(again)
    assert again.inspection_id == f.inspection.id        # resumed, not doubled


def test_remove_evidence_and_follow_an_undo(qtbot, ws, tashi, photo, monkeypatch):
    dialog = _started(qtbot, ws, tashi)
    a12 = dialog.editors["A1.2"]
    qtbot.mouseClick(a12.findChild(QPushButton, "scale_5"), LEFT)    # unsaved, and stays so
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(photo), ""))
    qtbot.mouseClick(a12.evidence_button, LEFT)
    with qtbot.waitSignal(dialog.changed) as attached:
        qtbot.mouseClick(a12.add_file_button, LEFT)
    assert "A1.2" not in dialog.summary.codes("blocking")
    dialog.on_changes(ws.changes.revert(attached.args[0].id))        # the main window's undo
    assert a12.evidence == [] and a12.evidence_list.count() == 0 and dialog.is_dirty()
    assert "A1.2" in dialog.summary.codes("blocking")

    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(a12.add_file_button, LEFT)
    a12.evidence_list.setCurrentRow(0)
    qtbot.mouseClick(a12.remove_file_button, LEFT)
    box = message_box(dialog, "questionBox")
    assert box is not None and "三会一课记录.jpg" in box.text()
    with qtbot.waitSignal(dialog.changed) as removed:
        click_button(qtbot, box, QMessageBox.StandardButton.Yes)
    assert ws.inspections.open(dialog.inspection_id).evidence == [] and a12.evidence_button.text() == "需佐证材料（0）"
    assert "三会一课记录.jpg" in removed.args[1]
    assert dialog.editors["A1.2"].answer().value == 5.0                # the unsaved answer survived it all
