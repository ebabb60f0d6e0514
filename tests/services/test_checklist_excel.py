"""Checklist templates in Excel: export, import, and every mistake with its cell."""

import tomllib
from pathlib import Path

import openpyxl
import pytest

from desktop.core.checklists import TemplateInvalid, parse_template, template_data
from desktop.services.checklist_excel import ExcelPlace, read_template_xlsx, write_template_xlsx

RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "checklists"
ENGLISH = ["category_code", "category_zh", "category_bo", "aspect_code", "aspect_zh", "aspect_bo", "code",
           "text_zh", "text_bo", "guidance_zh", "guidance_bo", "weight", "kind", "max", "good", "bands",
           "unit_zh", "unit_bo", "evidence", "weakness", "remedy", "veto"]
HEAD = [["field", "value"], ["code", "county-test"], ["version", 1], ["subject", "village"],
        ["title_zh", "测试标准"], ["title_bo", "ཚོད་ལྟའི་ཚད་གཞི།"], ["pass_fraction", 0.6]]


def small() -> dict:
    def ind(code, **extra):
        return {"code": code, "text_zh": f"指标{code}", "text_bo": f"ཚད་གཞི{code}", "guidance_zh": "查阅记录，走访群众",
                "guidance_bo": "ཟིན་ཐོ་ལྟ།", "weight": 10, "kind": "yes_no", **extra}
    return {"format": 1, "template": {
        "code": "test-small", "version": 3, "subject": "township", "title_zh": "小标准", "title_bo": "ཚད་གཞི་ཆུང་ངུ།",
        "source_zh": "依据文件", "source_bo": "ཡིག་ཆ།", "pass_fraction": 0.75},
        "categories": [
            {"code": "A", "name_zh": "政治", "name_bo": "ཆབ་སྲིད།", "aspects": [
                {"code": "A1", "name_zh": "信念", "name_bo": "ཡིད་ཆེས།", "indicators": [
                    ind("A1.1", evidence=True, weakness=["soft"], remedy="softness"),
                    ind("A1.2", kind="scale", max=5, weight=2.5)]},
                {"code": "A2", "name_zh": "纪律", "name_bo": "སྒྲིག་ཁྲིམས།", "indicators": [
                    ind("A2.1", good="no", veto=True)]}]},
            {"code": "B", "name_zh": "发展", "name_bo": "འཕེལ་རྒྱས།", "aspects": [
                {"code": "B1", "name_zh": "集体经济", "name_bo": "སྤྱི་ཚོགས་དཔལ་འབྱོར།", "indicators": [
                    ind("B1.1", kind="bands", bands=[{"from": 0, "score": 0}, {"from": 50000, "score": 0.6},
                                                     {"from": 100000, "score": 1}],
                        unit_zh="元", unit_bo="སྒོར།", weakness=["weak", "poor"], remedy="poverty"),
                    ind("B1.2", kind="count", bands=[{"from": 0, "score": 1}, {"from": 1, "score": 0.5},
                                                     {"from": 3, "score": 0}], unit_zh="件", unit_bo="")]}]}]}


def workbook(path, indicators, head=HEAD, sheets=("Template", "Indicators")) -> Path:
    wb = openpyxl.Workbook()
    wb.active.title = sheets[0]
    for row in head:
        wb.active.append(row)
    if sheets[1]:
        sheet = wb.create_sheet(sheets[1])
        for row in indicators:
            sheet.append(row)
    wb.save(path)
    return path


def row(**values) -> list:
    base = {"category_code": "A", "category_zh": "政治", "category_bo": "ཆབ་སྲིད།", "aspect_code": "A1",
            "aspect_zh": "信念", "aspect_bo": "ཡིད་ཆེས།", "text_zh": "内容", "text_bo": "ནང་དོན།",
            "weight": 1, "kind": "yes_no"}
    base.update(values)
    return [base.get(k) for k in ENGLISH]


def problems(path) -> set:
    with pytest.raises(TemplateInvalid) as e:
        read_template_xlsx(path)
    for p in e.value.problems:
        assert isinstance(p.where, ExcelPlace) and p.message
    return {(p.where.sheet, p.where.row, p.where.column, p.field) for p in e.value.problems}


# -- round trip ------------------------------------------------------------------

@pytest.mark.parametrize("source", [None, *sorted(RESOURCES.glob("*.toml"))], ids=lambda s: s.name if s else "small")
def test_export_then_import_gives_the_same_template(tmp_path, source):
    if source is None:
        template = parse_template(small())
    else:
        with source.open("rb") as f:
            template = parse_template(tomllib.load(f))
    path = write_template_xlsx(template, tmp_path / "out.xlsx")
    assert path == tmp_path / "out.xlsx" and [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]
    again = read_template_xlsx(path)
    assert template_data(again) == template_data(template)
    assert again == template


def test_the_export_is_a_readable_sheet(tmp_path):
    path = write_template_xlsx(parse_template(small()), tmp_path / "t.xlsx")
    wb = openpyxl.load_workbook(path)
    sheet = wb["Indicators"]
    assert sheet.freeze_panes == "A2" and wb["Template"].freeze_panes == "A2"
    assert sheet["A1"].value == "类别代码 category_code" and sheet["A1"].font.bold
    assert sheet["H1"].value.endswith("text_zh") and sheet["H2"].alignment.wrap_text
    assert sheet.column_dimensions["H"].width > sheet.column_dimensions["A"].width
    assert sheet.max_row == 1 + 5
    assert sheet["P5"].value == "0:0; 50000:0.6; 100000:1"     # B1.1's bands, as people write them


def test_export_replaces_an_existing_file_whole(tmp_path):
    target = tmp_path / "t.xlsx"
    target.write_text("old")
    write_template_xlsx(parse_template(small()), target)
    assert read_template_xlsx(target).code == "test-small"
    assert [p.name for p in tmp_path.iterdir()] == ["t.xlsx"]


# -- what counties type ------------------------------------------------------------

def test_chinese_headers_and_sheet_names_and_cell_habits(tmp_path):
    chinese = ["类别代码", "类别（中文）", "类别(藏文)", "方面代码", "方面（中文）", "方面（藏文）", " 指标代码 ",
               "指标内容（中文）", "指标内容（藏文）", "分值", "评分方式", "分段", "需佐证材料", "软弱涣散类型",
               "一票否决", "备注"]
    rows = [
        chinese,
        ["Ａ", "政治", "ཆབ་སྲིད།", "A1", "信念", "ཡིད་ཆེས།", "A1.1", "书记立场坚定，敢于担当", "ཡིད་ཆེས།", "２",
         "YES_NO", None, "是", "soft、lax", "否", "ignored"],
        [None] * 16,
        ["A", None, None, "A1", None, None, "A1.2", "收入", "ཡོང་འབབ།", "１，０００", "bands",
         "0:0；５０，０００:0.6", "no", None, True],
        ["  ", None],
    ]
    head = [["字段", "值"], ["模板代码", "county-zh"], ["版本", "2"], ["检查对象", "village"],
            ["标题（中文）", "标准"], ["标题（藏文）", "ཚད་གཞི།"]]
    t = read_template_xlsx(workbook(tmp_path / "zh.xlsx", rows, head, sheets=("模板", "指标")))
    assert (t.code, t.version, t.pass_fraction) == ("county-zh", 2, 0.6)
    assert [c.code for c in t.categories] == ["A"] and [a.code for a in t.aspects()] == ["A1"]
    first, second = t.indicator("A1.1"), t.indicator("A1.2")
    assert first.text.zh == "书记立场坚定，敢于担当"          # Chinese punctuation kept as typed
    assert (first.weight, first.evidence, first.veto) == (2, True, False)
    assert [w.value for w in first.weakness] == ["soft", "lax"]
    assert second.weight == 1000 and second.veto and [(b.start, b.score) for b in second.bands] == [(0, 0), (50000, 0.6)]


def test_a_blank_category_and_aspect_continue_the_row_above(tmp_path):
    rows = [ENGLISH, row(code="A1.1"), row(code="A1.2", category_code=None, category_zh=None, category_bo=None,
                                             aspect_code=None, aspect_zh=None, aspect_bo=None),
            row(code="A2.1", category_code=None, category_zh=None, category_bo=None, aspect_code="A2")]
    t = read_template_xlsx(workbook(tmp_path / "t.xlsx", rows))
    assert [(a.code, [i.code for i in a.indicators]) for a in t.aspects()] == [("A1", ["A1.1", "A1.2"]), ("A2", ["A2.1"])]


# -- mistakes ---------------------------------------------------------------------

def test_every_planted_mistake_is_reported_at_its_cell(tmp_path):
    header = ["备注", *ENGLISH]                       # an unknown first column shifts every letter by one
    rows = [header,
            [None, *row(code="A1.1")],                                        # row 2: fine
            [None, *row(code="A1.2", text_bo=None)],                          # 3: Tibetan missing -> J
            [None, *row(code="A1.3", weight="abc")],                          # 4: weight -> M
            [],                                                               # 5: empty, skipped
            [None, *row(code="A1.4", weight=-2)],                             # 6: weight -> M
            [None, *row(code="A1.5", kind="stars")],                          # 7: kind -> N
            [None, *row(code="A1.6", kind="bands", bands="0:0; 100:1; 50:0.5")],  # 8: bands -> Q
            [None, *row(code="A1.1")],                                        # 9: duplicate code -> H
            [None, *row(code="A1.7", weakness="soft, lazy")],                 # 10: weakness -> U
            [None, *row(code="A1.8", category_zh="别的名字")],                 # 11: renamed category -> C
            [None, *row(code="A1.9", aspect_code="A2", aspect_bo=None)]]      # 12: aspect's Tibetan -> G
    head = [r if r[0] != "title_bo" else ["title_bo", "  "] for r in HEAD]   # row 6 of Template, value blank
    found = problems(workbook(tmp_path / "bad.xlsx", rows, head))
    assert found == {
        ("Template", 6, "B", "title_bo"),
        ("Indicators", 3, "J", "text_bo"),
        ("Indicators", 4, "M", "weight"),
        ("Indicators", 6, "M", "weight"),
        ("Indicators", 7, "N", "kind"),
        ("Indicators", 8, "Q", "bands"),
        ("Indicators", 9, "H", "code"),
        ("Indicators", 10, "U", "weakness"),
        ("Indicators", 11, "C", "category_zh"),
        ("Indicators", 12, "G", "aspect_bo"),
    }


def test_problems_come_in_sheet_and_row_order_and_read_well(tmp_path):
    rows = [ENGLISH, row(code="A1.1", weight="x", text_bo=None)]
    path = workbook(tmp_path / "bad.xlsx", rows, [r for r in HEAD if r[0] != "code"])
    with pytest.raises(TemplateInvalid) as e:
        read_template_xlsx(path)
    places = [p.where.describe() for p in e.value.problems]
    assert places == ["Sheet Template", "Sheet Indicators, row 2, column I (text_bo)",
                      "Sheet Indicators, row 2, column L (weight)"]


def test_a_missing_required_column_is_one_problem(tmp_path):
    header = [k for k in ENGLISH if k != "text_bo"]
    rows = [header, [v for k, v in zip(ENGLISH, row(code="A1.1")) if k != "text_bo"]]
    with pytest.raises(TemplateInvalid) as e:
        read_template_xlsx(workbook(tmp_path / "bad.xlsx", rows))
    [problem] = e.value.problems
    assert (problem.where, problem.field) == (ExcelPlace("Indicators", 1, None, "text_bo"), "text_bo")
    assert "text_bo" in problem.message and problem.where.describe() == "Sheet Indicators, row 1"


def test_a_missing_indicators_sheet(tmp_path):
    assert problems(workbook(tmp_path / "bad.xlsx", [], sheets=("Template", None))) == {("Indicators", 0, None, "sheet")}


def test_a_title_row_above_the_header_is_passed_over(tmp_path):
    rows = [["某县村级党组织建设标准"], [], ENGLISH, row(code="A1.1"), row(code="A1.2", weight="x")]
    assert problems(workbook(tmp_path / "t.xlsx", rows)) == {("Indicators", 5, "L", "weight")}


def test_a_sheet_with_a_header_and_no_rows_has_no_indicators(tmp_path):
    assert problems(workbook(tmp_path / "bad.xlsx", [[], ENGLISH, []])) == {("Indicators", 0, None, "categories")}


@pytest.mark.parametrize("content", [b"code,weight\nA1.1,2\n", b"PK\x03\x04 truncated zip", b""])
def test_a_file_that_is_not_a_workbook_is_one_clear_problem(tmp_path, content):
    path = tmp_path / "renamed.xlsx"
    path.write_bytes(content)
    with pytest.raises(TemplateInvalid) as e:
        read_template_xlsx(path)
    [problem] = e.value.problems
    assert problem.where == ExcelPlace("", 0, None, None) and "renamed.xlsx" in problem.message
    assert problem.where.describe() == "The workbook"


def test_a_damaged_workbook_is_one_clear_problem(tmp_path):
    good = write_template_xlsx(parse_template(small()), tmp_path / "good.xlsx").read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(good[: len(good) // 2])
    with pytest.raises(TemplateInvalid) as e:
        read_template_xlsx(path)
    assert [p.field for p in e.value.problems] == ["file"]


def test_a_missing_file_is_an_os_error_for_the_service_to_word(tmp_path):
    with pytest.raises(FileNotFoundError):
        read_template_xlsx(tmp_path / "nowhere.xlsx")


def test_header_spellings(tmp_path):
    spelled = {"category_code": "Category Code", "category_zh": "类别名称 category_zh", "aspect_code": " ASPECT_CODE ",
               "code": "code 指标编号", "text_bo": "指标内容(藏文)"}
    rows = [[spelled.get(k, k) for k in ENGLISH], row(code="A1.1")]
    t = read_template_xlsx(workbook(tmp_path / "t.xlsx", rows))
    assert [(i.category_code, i.aspect_code, i.code, i.text.bo) for i in t.indicators()] == [("A", "A1", "A1.1", "ནང་དོན།")]
