"""The roster import through its service: a messy workbook, the preview, one
transaction, cancelling, concurrent edits, undo, the rejects file, the template."""

from __future__ import annotations

import dataclasses
from datetime import date

import openpyxl
import pytest

from desktop.core.progress import Cancelled, Progress
from desktop.core.terms import Gender, PostRole, WeaknessType
from desktop.services.roster_import import RosterChanged, RosterFileInvalid
from tests.services.roster_workbooks import MESSY_REJECTED, messy_roster


@pytest.fixture
def existing(workspace, township):
    """次仁村 is already in the database, with 780 people."""
    file = workspace.villages.new_file(township.id)
    file.facts.name_zh, file.facts.code, file.facts.population, file.facts.households = "次仁村", "513336100202", 780, 200
    workspace.villages.save_file(workspace.villages.new_file(township.id), file)
    return file.facts.id


@pytest.fixture
def messy(tmp_path):
    return messy_roster(tmp_path / "花名册.xlsx")


def _counts(workspace):
    with workspace.db.read() as r:
        return {e: r.count_live(e) for e in ("admin_unit", "village", "person", "post")}, r.changes.count()


def _village(workspace, code):
    return workspace.villages.open_file(workspace.villages.id_of(code))


def test_messy_workbook_reports_exactly_the_bad_rows_and_imports_the_rest(workspace, township, existing, messy):
    before = _counts(workspace)
    preview = workspace.roster.preview(messy)
    assert _counts(workspace) == before                          # a preview writes nothing

    assert [(p.sheet, p.row, p.column) for p in preview.problems] == MESSY_REJECTED
    assert [(r.sheet, r.number) for r in preview.rejected] == [(s, n) for s, n, _ in MESSY_REJECTED]
    reasons = {(p.sheet, p.row): p for p in preview.problems}
    assert "村情, row 4" in reasons[("村情", 6)].message and reasons[("村情", 6)].header == "村代码"
    assert "513336100" in reasons[("村情", 11)].message
    assert "1970年13月" in reasons[("两委干部", 5)].message
    assert "row 3" in reasons[("两委干部", 7)].message
    assert "校长" in reasons[("两委干部", 8)].message
    assert reasons[("两委干部", 9)].describe().startswith("Sheet 两委干部, row 9, column H (手机号): ")

    sheets = {s.title: s for s in preview.sheets}
    assert sheets["村情"].header_row == 3 and sheets["两委干部"].header_row == 2
    assert sheets["村情"].skipped == 2 and sheets["两委干部"].skipped == 1    # blank, 合计; 小计
    assert sheets["Chart data"].header_row == 0 and "说明" not in sheets
    assert [i.name for i in preview.new_townships] == ["新建乡"]
    assert preview.counts()["village"] == {"added": 2, "changed": 1, "unchanged": 0}
    assert preview.counts()["person"]["added"] == 4 and preview.counts()["post"]["added"] == 5
    (changed,) = preview.changed("village")
    assert changed.name == "次仁村" and [(c.key, c.before, c.after) for c in changed.changes] == [
        ("population", "780", "800"), ("party_members", "", "30")]

    cs = workspace.roster.apply(preview)
    assert dict(cs.bulk) == {"admin_unit": 1, "village": 2, "person": 4, "post": 5}
    zhaxi = _village(workspace, "513336100201")
    assert (zhaxi.facts.name_zh, zhaxi.facts.population, zhaxi.facts.households, zhaxi.facts.party_members) == (
        "扎西岗村", 1250, 312, 46)
    assert zhaxi.facts.township_id == township.id and zhaxi.facts.weakness == {WeaknessType.SOFT, WeaknessType.LAX}
    posts = {(zhaxi.people[p.person_id].name_zh, p.role): p for p in zhaxi.posts}
    assert set(posts) == {("次仁多吉", PostRole.BRANCH_SECRETARY), ("次仁多吉", PostRole.DIRECTOR),
                          ("卓玛", PostRole.COMMITTEE_MEMBER)}
    cirenduoji = zhaxi.people[posts[("次仁多吉", PostRole.DIRECTOR)].person_id]
    assert (cirenduoji.birth_year, cirenduoji.phone, cirenduoji.gender) == (1975, "13800000000", Gender.MALE)
    assert posts[("次仁多吉", PostRole.BRANCH_SECRETARY)].term_start == date(2021, 3, 1)
    assert posts[("次仁多吉", PostRole.BRANCH_SECRETARY)].note == "一肩挑"
    zhuoma = posts[("卓玛", PostRole.COMMITTEE_MEMBER)]
    assert zhaxi.people[zhuoma.person_id].phone == "13900000000" and zhuoma.term_start == date(2021, 3, 1)
    assert zhaxi.people[zhuoma.person_id].birth_year == 1975               # a date serial
    assert _village(workspace, "513336100202").facts.population == 800
    duoji = _village(workspace, "513336101001")
    new_township = workspace.units.get(duoji.facts.township_id)
    assert (new_township.name_zh, new_township.code) == ("新建乡", "513336101")
    assert [duoji.people[p.person_id].name_zh for p in duoji.posts] == ["拉姆"]   # found by name, no code


def test_reimport_changes_nothing(workspace, township, existing, messy):
    workspace.roster.apply(workspace.roster.preview(messy))
    before = _counts(workspace)
    again = workspace.roster.preview(messy)
    assert not again.has_changes
    assert again.counts()["village"] == {"added": 0, "changed": 0, "unchanged": 3}
    assert again.counts()["post"] == {"added": 0, "changed": 0, "unchanged": 5}
    assert len(again.rejected) == len(MESSY_REJECTED)
    assert not workspace.roster.apply(again)
    assert _counts(workspace) == before


def test_one_transaction_and_undo_in_one_step(workspace, township, existing, messy):
    before = _counts(workspace)
    cs = workspace.roster.apply(workspace.roster.preview(messy))
    loaded = workspace.changes.load(cs.id)
    assert loaded.action == "roster.import" and len(loaded.changes) == 1 + 2 + 4 + 5 + 1   # inserts + 次仁村
    workspace.changes.revert(cs.id)
    counts, _ = _counts(workspace)
    assert counts == before[0]
    assert _village(workspace, "513336100202").facts.population == 780


def test_cancel_writes_nothing(workspace, township, existing, messy):
    before = _counts(workspace)
    preview = workspace.roster.preview(messy)
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        workspace.roster.apply(preview, progress)
    with pytest.raises(Cancelled):
        workspace.roster.preview(messy, progress=progress)
    assert _counts(workspace) == before


def test_cancel_midway_through_the_writes_leaves_nothing(workspace, township, tmp_path):
    path = tmp_path / "big.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["乡镇", "区划代码", "村名"])
    for i in range(2500):
        wb.active.append(["白依乡", f"513336100{i % 1000:03d}" if i < 1000 else None, f"村{i}"])
    wb.save(path)
    preview = workspace.roster.preview(path)
    before = _counts(workspace)
    seen = []

    def report(done, total, text):
        seen.append(done)
        if done >= 1000:
            progress.cancel()
    progress = Progress(report)
    with pytest.raises(Cancelled):
        workspace.roster.apply(preview, progress)
    assert max(seen) >= 1000 and _counts(workspace) == before


def test_an_edit_after_the_preview_is_not_overwritten(workspace, township, existing, messy):
    preview = workspace.roster.preview(messy)
    original = _village(workspace, "513336100202")
    edited = original.copy()
    edited.facts.population = 790
    workspace.villages.save_file(original, edited)
    before = _counts(workspace)
    with pytest.raises(RosterChanged):
        workspace.roster.apply(preview)
    assert _counts(workspace) == before and _village(workspace, "513336100202").facts.population == 790


def test_an_unrelated_edit_after_the_preview_does_not_stop_it(workspace, township, existing, messy):
    preview = workspace.roster.preview(messy)
    other = workspace.villages.new_file(township.id)
    other.facts.name_zh = "别的村"
    workspace.villages.save_file(workspace.villages.new_file(township.id), other)
    cs = workspace.roster.apply(preview)
    assert dict(cs.bulk)["village"] == 2 and _village(workspace, "513336100202").facts.population == 800


def test_rejected_rows_saved_fixed_and_imported(workspace, township, existing, messy, tmp_path):
    preview = workspace.roster.preview(messy)
    workspace.roster.apply(preview)
    rejects = workspace.roster.save_rejects(preview, tmp_path / "rejects.xlsx")
    wb = openpyxl.load_workbook(rejects)
    assert wb.sheetnames == ["村情", "两委干部"]
    people = wb["两委干部"]
    header = [c.value for c in people[1]]
    assert header[:3] == ["村名", "区划代码", "姓 名"] and header[-1].startswith("未导入原因")
    rows = list(people.iter_rows(min_row=2, values_only=True))
    assert [r[2] for r in rows] == ["张三", "次仁多吉", "格桑", "边巴"]
    assert "1970年13月" in rows[0][-1] and rows[0][-1].startswith("F 出生年月:")
    # The user fixes the date and the phone, deletes the rows that should not be there, and imports again.
    people["F2"] = "1970年12月"
    people["H5"] = "13712340000"
    people.delete_rows(3, 2)
    wb.remove(wb["村情"])
    wb.save(rejects)
    again = workspace.roster.preview(rejects)
    assert again.problems == [] and again.counts()["post"]["added"] == 2
    workspace.roster.apply(again)
    ciren = _village(workspace, "513336100202")
    assert {ciren.people[p.person_id].name_zh for p in ciren.posts} == {"张三", "边巴", "央金"}


def test_template_has_the_columns_lists_and_instructions_and_reads_back(workspace, township, tmp_path):
    path = workspace.roster.save_template(tmp_path / "template.xlsx")
    wb = openpyxl.load_workbook(path)
    sheet = wb.worksheets[0]
    headers = [c.value for c in sheet[1]]
    assert headers[0] == "乡镇\nཤང་གྲོང་རྡལ།" and headers[2].startswith("村名\n") and "职务\nལས་གནས།" in headers
    assert sheet.freeze_panes == "A2"
    lists = {str(v.sqref).split(":")[0][:-1] for v in sheet.data_validations.dataValidation}
    letters = {h.split("\n")[0]: openpyxl.utils.get_column_letter(i + 1) for i, h in enumerate(headers)}
    assert {letters[h] for h in ("性别", "民族", "职务", "软弱涣散类型", "党组织类型", "是否党员")} <= lists
    assert len(wb.sheetnames) >= 2 and wb[wb.sheetnames[1]].max_row > 20     # the instructions
    # Filled in by a township, it imports.
    sheet.append(["白依乡", "513336100301", "岗巴村", None, None, 400, 90, 12, None, "穷", None, None,
                  "尼玛", None, "男", "藏族", "1979-04-01", None, "是", "13511112222", None, "村委会主任", "2021-03-01"])
    wb.save(path)
    preview = workspace.roster.preview(path)
    assert preview.problems == [] and preview.counts()["post"]["added"] == 1
    workspace.roster.apply(preview)
    file = _village(workspace, "513336100301")
    (post,) = file.posts
    assert post.role is PostRole.DIRECTOR and file.people[post.person_id].party_member is True


def test_columns_not_recognised_are_listed_and_can_be_mapped(workspace, township, tmp_path):
    path = tmp_path / "odd.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Sheet1"
    wb.active.append(["村名", "区划代码", "姓名", "职务", "联络号码"])
    wb.active.append(["扎西岗村", "513336100201", "次仁", "书记", "13800001111"])
    wb.save(path)
    preview = workspace.roster.preview(path)
    assert preview.sheets[0].unmatched == ((5, "联络号码"),)
    assert [p.message for p in preview.problems] == [
        "The village 扎西岗村 is not in the database yet: give its township to add it."]
    mapped = workspace.roster.preview(path, mapping={("Sheet1", 5): "phone", ("Sheet1", 6): "township"})
    assert mapped.sheets[0].unmatched == () and mapped.problems  # still no township column with a value
    wb.active["F1"], wb.active["F2"] = "所在地", "白依乡"
    wb.save(path)
    mapped = workspace.roster.preview(path, mapping={("Sheet1", 5): "phone", ("Sheet1", 6): "township"})
    assert mapped.problems == []
    workspace.roster.apply(mapped)
    file = _village(workspace, "513336100201")
    assert [file.people[p.person_id].phone for p in file.posts] == ["13800001111"]


def test_tibetan_headers_and_values(workspace, township, tmp_path):
    path = tmp_path / "bo.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["ཤང་གྲོང་རྡལ།", "ས་ཁོངས་དབྱེ་འབྱེད་ཨང་རྟགས།", "གྲོང་ཚོའི་མིང་། (བོད་ཡིག)", "མིང་། (བོད་ཡིག)", "ཕོ་མོ།",
                      "ལས་གནས།"])
    wb.active.append(["པད་ཡུལ་ཤང་།", "513336100401", "བཀྲ་ཤིས་སྒང་།", "ཚེ་རིང་།", "མོ།", "ཧྲུའུ་ཅི་དང་པོ།"])
    wb.save(path)
    preview = workspace.roster.preview(path)
    assert preview.problems == [] and preview.new_townships == []       # 白依乡 by its Tibetan name
    workspace.roster.apply(preview)
    file = _village(workspace, "513336100401")
    (post,) = file.posts
    assert file.facts.name_bo == "བཀྲ་ཤིས་སྒང་།" and post.role is PostRole.FIRST_SECRETARY
    assert file.people[post.person_id].gender is Gender.FEMALE


def test_namesakes_born_in_other_years_are_two_people(workspace, township, tmp_path):
    path = tmp_path / "namesakes.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["乡镇", "区划代码", "村名", "姓名", "出生年月", "职务", "联系电话"])
    wb.active.append(["白依乡", "513336100501", "岗村", "扎西", "1970.01", "党支部书记", "13800000001"])
    wb.active.append(["白依乡", "513336100501", "岗村", "扎西", "1992.06", "后备干部", "13800000002"])
    wb.active.append(["白依乡", "513336100501", "岗村", "扎西", "1970.01", "村委会主任", "13800000001"])
    wb.active.append(["白依乡", "513336100501", "岗村", "扎西", "1970.01", "村委委员", "13800000003"])  # a third
    wb.save(path)
    preview = workspace.roster.preview(path)
    assert preview.problems == [] and preview.counts()["person"]["added"] == 3
    assert preview.counts()["post"]["added"] == 4
    workspace.roster.apply(preview)
    again = workspace.roster.preview(path)                 # each finds its own stored namesake
    assert not again.has_changes and again.counts()["person"]["unchanged"] == 3


def test_a_later_row_giving_a_village_another_value_is_rejected(workspace, township, tmp_path):
    path = tmp_path / "conflict.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["乡镇", "区划代码", "村名", "人口", "姓名", "职务"])
    wb.active.append(["白依乡", "513336100601", "岗村", 500, "扎西", "书记"])
    wb.active.append(["白依乡", "513336100601", "岗村", 510, "卓玛", "主任"])
    wb.save(path)
    preview = workspace.roster.preview(path)
    (problem,) = preview.problems
    assert (problem.row, problem.column) == (3, "D") and "500" in problem.message
    assert preview.counts()["person"]["added"] == 1     # nothing of the rejected row


@pytest.mark.parametrize("content", [b"not a workbook at all", b"PK\x03\x04 broken zip"])
def test_a_file_that_is_no_workbook_gets_a_clear_message(workspace, tmp_path, content):
    path = tmp_path / "roster.xlsx"
    path.write_bytes(content)
    with pytest.raises(RosterFileInvalid, match="roster.xlsx is not an Excel workbook"):
        workspace.roster.preview(path)
    with pytest.raises(RosterFileInvalid, match="There is no file"):
        workspace.roster.preview(tmp_path / "missing.xlsx")


def test_a_workbook_without_a_roster_header_is_refused(workspace, tmp_path):
    path = tmp_path / "other.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["日期", "金额"])
    wb.save(path)
    with pytest.raises(RosterFileInvalid, match="header row"):
        workspace.roster.preview(path)


def test_export_of_the_village_list_reads_back_unchanged(workspace, tmp_path):
    from desktop.services.demo import fill_demo
    from desktop.services.excel_export import ExportOptions, export_xlsx
    from desktop.services.workspace import Workspace

    fill_demo(workspace, villages=12, seed=7)
    path = tmp_path / "villages.xlsx"
    export_xlsx(workspace, "villages", path, ExportOptions(language="bo_CN"))
    again = workspace.roster.preview(path)
    assert again.problems == [] and not again.has_changes
    with Workspace.open(tmp_path / "fresh.sqlite3", actor="t") as fresh:
        fresh.today = workspace.today
        fresh.roster.apply(fresh.roster.preview(path))
        for village_id in workspace.villages.search(dataclasses.replace(_query())):
            a = workspace.villages.open_file(village_id)
            b = fresh.villages.open_file(fresh.villages.id_of(a.facts.code))
            skip = {"id", "row_version", "township_id", "paired_village_id", "rating", "warning"}
            assert {k: v for k, v in dataclasses.asdict(a.facts).items() if k not in skip} == \
                   {k: v for k, v in dataclasses.asdict(b.facts).items() if k not in skip}
            people = lambda f: sorted(  # noqa: E731
                (f.people[p.person_id].name_zh, f.people[p.person_id].name_bo, f.people[p.person_id].birth_year,
                 f.people[p.person_id].phone, f.people[p.person_id].gender, f.people[p.person_id].education,
                 f.people[p.person_id].party_member, f.people[p.person_id].unit, p.role, p.term_start, p.term_end,
                 p.note) for p in f.posts)
            assert people(a) == people(b)


def _query():
    from desktop.core.query import VillageQuery

    return VillageQuery()
