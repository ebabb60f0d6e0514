"""The village file, driven as a cadre drives it."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from desktop.core.query import VillageQuery
from desktop.core.terms import PostRole, Rating, WeaknessType
from tests.ui.conftest import click_button, message_box, type_text


def _open(window, **query):
    village_id = window.ws.villages.search(VillageQuery(**query))[0]
    return window.open_village(village_id)


def _retype(qtbot, field, text):
    field.edit.selectAll()
    QTest.keyClick(field.edit, Qt.Key.Key_Delete)
    type_text(qtbot, field.edit, text)


def test_shows_the_village_file(window):
    dialog = _open(window, rating=Rating.BACKWARD)
    facts = dialog.original.facts
    assert dialog.basic.name_zh.edit.text() == facts.name_zh
    assert dialog.basic.name_bo.edit.text() == facts.name_bo
    assert dialog.basic.code.edit.text() == facts.code
    assert dialog.basic.township.currentData() == facts.township_id
    assert dialog.basic.history.ratings.rowCount() == 2 and dialog.basic.history.warnings.rowCount() == 8   # two years of quarters
    assert dialog.basic.incomes.table.rowCount() == 3
    assert dialog.people.posts.table.rowCount() >= 5      # the current two committees and reserve cadres
    assert dialog.support.posts.table.rowCount() >= 3     # a weak village has a first secretary and a team
    assert dialog.windowTitle().startswith("村档案：") and not dialog.save_button.isEnabled()


def test_code_is_checked_as_typed_with_the_message_next_to_it(qtbot, window):
    dialog = _open(window)
    code = dialog.basic.code
    township_code = dialog.original.facts.code[:9]
    _retype(qtbot, code, "5133")
    assert code.message_label.isVisible() or code.message_label.text()
    assert code.message_label.text() == "区划代码为 12 位，此代码为 4 位。"
    _retype(qtbot, code, "abc")
    assert code.message_label.text() == "区划代码只能包含数字。"
    _retype(qtbot, code, "999999999201")
    assert code.message_label.text() == f"此代码不属于该乡镇：前 9 位应为 {township_code}。"
    other = window.ws.villages.search(VillageQuery(township_id=dialog.original.facts.township_id))
    taken = next(window.ws.villages.rows([v])[v] for v in other if v != dialog.village_id)
    _retype(qtbot, code, taken.code)
    assert code.message_label.text() == f"已有其他村使用此代码：{taken.name_zh}。"
    _retype(qtbot, code, dialog.original.facts.code)
    assert code.message_label.text() == "" and not dialog.save_button.isEnabled()


def test_edit_numbers_save_and_undo(qtbot, window):
    dialog = _open(window)
    vid = dialog.village_id
    before = dialog.original.facts.population
    _retype(qtbot, dialog.basic.population, "12a")
    assert dialog.basic.population.message_label.text() == "请输入整数，例如 1250。"
    _retype(qtbot, dialog.basic.population, "1")
    assert dialog.basic.households.message_label.text().startswith("户数（")   # more households than people
    _retype(qtbot, dialog.basic.population, str(before + 100))
    assert dialog.basic.households.message_label.text() == ""
    dialog.basic.weakness_boxes[WeaknessType.POOR].click()
    assert dialog.save_button.isEnabled() and dialog.isWindowModified()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert window.ws.villages.open_file(vid).facts.population == before + 100
    assert not dialog.save_button.isEnabled()
    row = window.model.row_of(vid)
    assert window.model.village(row).population == before + 100      # the list refreshed from the change set
    assert window.undo_action.text().startswith("撤销修改村")
    window.undo_action.trigger()
    assert window.ws.villages.open_file(vid).facts.population == before
    assert dialog.basic.population.edit.text() == str(before)        # the open file followed the undo


def test_add_an_income_year(qtbot, window):
    dialog = _open(window)
    incomes = dialog.basic.incomes
    qtbot.mouseClick(incomes.add_button, Qt.MouseButton.LeftButton)
    years = {e.year for e in dialog.edited.incomes}
    new_row = next(r for r in range(incomes.table.rowCount())
                   if incomes.table.item(r, 0).text() not in {str(y) for y in (2023, 2024, 2025)})
    incomes.table.item(new_row, 1).setText("4.8万")
    assert any(e.amount_yuan == 48000 for e in dialog.edited.incomes)
    assert incomes.table.item(new_row, 2).text() == "薄弱（不足 5 万元）"
    incomes.table.item(new_row, 1).setText("lots")
    assert "请输入金额" in incomes.message.text()
    incomes.table.item(new_row, 1).setText("48000")
    assert incomes.message.text() == ""
    assert dialog.save()
    saved = window.ws.villages.open_file(dialog.village_id)
    assert len(saved.incomes) == 4 and {e.year for e in saved.incomes} == years


def test_add_a_person_with_a_post(qtbot, window):
    dialog = _open(window)
    dialog.tabs.setCurrentIndex(1)
    posts = dialog.people.posts
    rows = posts.table.rowCount()
    qtbot.mouseClick(posts.add_button, Qt.MouseButton.LeftButton)
    person = posts.dialog
    assert person.isVisible() and person.windowTitle() == "新增人员"
    type_text(qtbot, person.name_zh.edit, "卓玛")
    type_text(qtbot, person.name_bo.edit, "སྒྲོལ་མ།")
    type_text(qtbot, person.phone.edit, "12345")
    assert person.phone.message_label.text() == "请输入 11 位手机号码，或带区号的固定电话号码。"
    qtbot.mouseClick(person.buttons.button(person.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert person.isVisible()   # refused: the phone is wrong
    _retype(qtbot, person.phone, "13800138000")
    type_text(qtbot, person.birth_year.edit, "1996")
    person.role.setCurrentIndex(person.role.findData(PostRole.RESERVE_CADRE.value))
    qtbot.mouseClick(person.buttons.button(person.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not person.isVisible()
    assert posts.table.rowCount() == rows + 1
    assert dialog.save()
    saved = window.ws.villages.open_file(dialog.village_id)
    new = [p for p in saved.posts if saved.people[p.person_id].name_zh == "卓玛"]
    assert len(new) == 1 and new[0].role is PostRole.RESERVE_CADRE
    assert saved.people[new[0].person_id].name_bo == "སྒྲོལ་མ།" and saved.people[new[0].person_id].birth_year == 1996


def test_give_a_post_to_someone_already_recorded(qtbot, window):
    weak = _open(window, rating=Rating.BACKWARD)
    leader = next(weak.edited.people[p.person_id] for p in weak.edited.posts if p.role is PostRole.CONTACT_LEADER)
    weak.discard_and_close()
    dialog = _open(window, rating=Rating.ADVANCED)
    dialog.tabs.setCurrentIndex(2)
    posts = dialog.support.posts
    picker = posts.add_existing_person()
    type_text(qtbot, picker.text, leader.name_zh)
    assert picker.results.count() >= 1
    for i in range(picker.results.count()):
        if picker.results.item(i).data(Qt.ItemDataRole.UserRole).id == leader.id:
            picker.results.setCurrentRow(i)
    picker.accept()
    person = posts.dialog
    assert person.name_zh.edit.text() == leader.name_zh and person.held.count() >= 1   # posts held elsewhere
    person.role.setCurrentIndex(person.role.findData(PostRole.CONTACT_LEADER.value))
    person.accept()
    cs = dialog.ws.villages.save_file(dialog.original, dialog.edited)
    assert not cs.of("person", ) or all(c.op.value == "update" for c in cs.of("person"))
    held = window.ws.people.posts_held(leader.id)
    assert len({v for _, v, _ in held}) >= 2


def test_remove_from_post_then_save(qtbot, window):
    dialog = _open(window)
    dialog.tabs.setCurrentIndex(1)
    posts = dialog.people.posts
    reserve_row = next(r for r in range(posts.table.rowCount()) if posts.table.item(r, 0).text() == "后备干部")
    posts.table.selectRow(reserve_row)
    qtbot.mouseClick(posts.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.is_dirty()
    count = len([p for p in dialog.original.posts if p.role is PostRole.RESERVE_CADRE])
    assert dialog.save()
    saved = window.ws.villages.open_file(dialog.village_id)
    assert len([p for p in saved.posts if p.role is PostRole.RESERVE_CADRE]) == count - 1


def test_closing_with_unsaved_changes_asks(qtbot, window):
    dialog = _open(window)
    vid, before = dialog.village_id, dialog.original.facts.name_zh
    type_text(qtbot, dialog.basic.name_zh.edit, "新")
    dialog.close()
    box = message_box(dialog, "questionBox")
    assert box is not None and dialog.isVisible()
    assert box.text().startswith("村档案“")
    click_button(qtbot, box, QMessageBox.StandardButton.Cancel)
    assert dialog.isVisible() and dialog.is_dirty()
    dialog.close()
    click_button(qtbot, message_box(dialog, "questionBox"), QMessageBox.StandardButton.Discard)
    assert not dialog.isVisible()
    assert window.ws.villages.open_file(vid).facts.name_zh == before

    dialog = window.open_village(vid)
    type_text(qtbot, dialog.basic.name_zh.edit, "新")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)   # Esc asks too
    click_button(qtbot, message_box(dialog, "questionBox"), QMessageBox.StandardButton.Save)
    assert not dialog.isVisible()
    assert window.ws.villages.open_file(vid).facts.name_zh == before + "新"


def test_choose_a_paired_village(qtbot, window):
    dialog = _open(window, rating=Rating.ADVANCED)
    picker = dialog.support.pick_village()
    other = window.model.village(0)
    type_text(qtbot, picker.text, other.code)
    assert picker.results.count() == 1
    picker.accept()
    assert dialog.support.paired_village.text().startswith(other.name_zh)
    assert dialog.save()
    assert window.ws.villages.open_file(dialog.village_id).facts.paired_village_id == other.id


def test_a_new_village_from_the_menu(qtbot, window):
    window.new_village_action.trigger()
    dialog = next(d for d in window.file_dialogs.values() if d.original.facts.row_version == 0)
    assert dialog.windowTitle().startswith("新建村")
    assert dialog.save_button.isEnabled() is False
    type_text(qtbot, dialog.basic.name_zh.edit, "新村")
    assert dialog.save() is False
    box = message_box(dialog, "errorBox")
    assert box is not None and "请选择该村所属的乡镇。" in box.text()
    box.close()
    assert dialog.basic.township_message.text() == "请选择该村所属的乡镇。"
    dialog.basic.township.setCurrentIndex(1)
    assert dialog.basic.township_message.text() == ""
    assert dialog.save()
    assert window.ws.villages.count() == 61
    assert window.model.row_of(dialog.village_id) is not None
    window.undo_action.trigger()
    assert window.ws.villages.count() == 60
    assert not dialog.isVisible()   # its village is gone: the file closed


def test_a_save_that_conflicts_says_so_and_keeps_the_edits(qtbot, window):
    dialog = _open(window)
    other = window.ws.villages.open_file(dialog.village_id)
    type_text(qtbot, dialog.basic.name_zh.edit, "甲")   # now dirty: will not reload
    changed = other.copy()
    changed.facts.population = (changed.facts.population or 0) + 1
    window.ws.villages.save_file(other, changed)       # someone else saves meanwhile
    assert not dialog.save()
    box = message_box(dialog, "errorBox")
    assert box is not None and "别人已修改" in box.text()
    assert dialog.is_dirty() and dialog.basic.name_zh.edit.text().endswith("甲")


def test_the_file_switches_language_with_the_app(qtbot, window, languages):
    dialog = _open(window)
    languages.apply("bo_CN", remember=False)
    qtbot.waitUntil(lambda: dialog.tabs.tabText(0) == "གཞི་རྩའི་གནས་ཚུལ།")
    assert dialog.basic.labels["population"].text() == "མི་གྲངས།"
    assert dialog.basic.kind.currentText() in ("གྲོང་ཚོ།", "སྡེ་ཁུལ།")
