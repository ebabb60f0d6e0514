"""The roster's columns, headers and cells (pure), and the matching plan."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.core.roster import (
    BY_KEY, COLUMNS, TEMPLATE_KEYS, VILLAGE_SHEET_KEYS, find_header, fold, id_number_facts, is_blank,
    is_total_or_footer, match_header, parse_code, parse_count, parse_date_value, parse_flag, parse_phone,
    parse_roles, parse_term, parse_weakness, read_cell, sheet_columns,
)
from desktop.core.roster_plan import ADDED, CHANGED, UNCHANGED, Known, KnownRecord, KnownUnit, plan_roster
from desktop.core.roster_rows import SheetLayout, column_letter, read_row
from desktop.core.terms import Ethnicity, Gender, PostRole, WeaknessType

TODAY = date(2026, 11, 23)


def test_every_key_is_unique_and_every_canonical_header_finds_its_column():
    assert len(BY_KEY) == len(COLUMNS)
    for c in COLUMNS:
        for name in (c.key, c.zh, c.bo, c.header, c.label):
            assert match_header(name) == c.key, (name, c.key)
    assert set(TEMPLATE_KEYS) <= set(BY_KEY) and VILLAGE_SHEET_KEYS == TEMPLATE_KEYS[:12]


@pytest.mark.parametrize("header, key", [
    ("村名", "village_name_zh"), ("村庄名称", "village_name_zh"), ("行政村", "village_name_zh"),
    ("村（社区）名称", "village_name_zh"), ("区划代码", "village_code"), ("村代码", "village_code"),
    ("统一代码", "village_code"), ("统计用区划代码", "village_code"), ("姓名", "name_zh"), ("姓　名", "name_zh"),
    (" 姓 名 ", "name_zh"), ("姓名（必填）", "name_zh"), ("职务", "post"), ("现任职务", "post"),
    ("联系电话", "phone"), ("手机号", "phone"), ("手机号码", "phone"), ("所属乡镇", "township"),
    ("乡（镇）", "township"), ("人口（人）", "population"), ("户 数", "households"), ("出生年月", "birth_date"),
    ("政治面貌", "party_member"), ("学历", "education"), ("序号", "serial"), ("ཁ་པར།", "phone"), ("ཕོ་མོ།", "gender"),
    ("ཤང་།", "township"), ("གྲོང་ཚོ།", "village_name_bo"), ("Village name (Chinese)", "village_name_zh"),
    ("PHONE", "phone"), ("乡镇\nཤང་གྲོང་རྡལ།", "township"), ("金额", None), ("", None), (None, None),
])
def test_headers_as_townships_write_them(header, key):
    assert match_header(header) == key


def test_fold_ignores_width_case_spaces_and_punctuation():
    assert fold("ＡＢｃ　１２（人）") == fold("abc 12 (人)") == "abc12人"
    assert fold("མི་གྲངས།") == fold("མི གྲངས")


def test_the_header_row_is_found_under_a_title_in_merged_cells():
    rows = [("XX乡村两委干部花名册", None, None, None), (None, None, None, None),
            ("填报单位：XX乡", None, "日期", None), ("序号", "村名", "姓名", "职务"), (1, "岗村", "扎西", "书记")]
    assert find_header(rows) == (3, {0: "serial", 1: "village_name_zh", 2: "name_zh", 3: "post"})
    assert find_header([("日期", "金额"), (1, 2)]) is None
    assert find_header([("村名",)]) is None                 # one column alone is not a roster


def test_a_note_belongs_to_the_post_on_people_sheets_and_to_the_village_otherwise():
    assert sheet_columns({0: "village_name_zh", 1: "post_note"}) == {0: "village_name_zh", 1: "village_note"}
    assert sheet_columns({0: "name_zh", 1: "post_note"}) == {0: "name_zh", 1: "post_note"}


@pytest.mark.parametrize("value, expected, precision", [
    (datetime(2024, 3, 5, 0, 0), date(2024, 3, 5), "day"),
    (45356, date(2024, 3, 5), "day"),                      # an Excel serial
    (45356.0, date(2024, 3, 5), "day"),
    ("2024-3-5", date(2024, 3, 5), "day"),
    ("2024/03/05", date(2024, 3, 5), "day"),
    ("2024.03.05", date(2024, 3, 5), "day"),
    ("2024年3月5日", date(2024, 3, 5), "day"),
    ("２０２４年３月５日", date(2024, 3, 5), "day"),
    (" 2024 - 3 - 5 ", date(2024, 3, 5), "day"),
    ("20240305", date(2024, 3, 5), "day"),
    (20240305, date(2024, 3, 5), "day"),
    ("1975.03", date(1975, 3, 1), "month"),
    (1975.03, date(1975, 3, 1), "month"),
    ("1975年3月", date(1975, 3, 1), "month"),
    ("197503", date(1975, 3, 1), "month"),
    (1975, date(1975, 1, 1), "year"),
    ("1975年", date(1975, 1, 1), "year"),
])
def test_dates_in_every_form_rosters_use(value, expected, precision):
    assert parse_date_value(value) == (expected, precision, None)


@pytest.mark.parametrize("value", ["2024-2-30", "1970年13月", "abc", "3月5日", True, -4])
def test_a_bad_date_says_what_to_write(value):
    found, _, message = parse_date_value(value)
    assert found is None and message


def test_codes_counts_phones_flags():
    for value in (5.13336100201e11, 513336100201, "５１３３３６１００２０１", "513336100201.0", "5.13336100201E+11",
                  " 5133 3610 0201 "):
        assert parse_code(value) == ("513336100201", None), value
    assert parse_code("51333610020")[1] and parse_code("51333610020x")[1] and parse_code(None) == (None, None)
    assert parse_count("1,250") == parse_count("１２５０人") == parse_count(1250.0) == (1250, None)
    assert parse_count("很多")[1] and parse_count(12.5)[1] and parse_count(-1)[1]
    assert parse_phone(13800000000.0) == parse_phone("138 0000 0000") == parse_phone("１３８００００００００") == (
        "13800000000", None)
    assert parse_phone("0836-2812345") == ("0836-2812345", None) and parse_phone("12345")[1]
    assert parse_flag("中共党员") == parse_flag("是") == parse_flag("√") == parse_flag(True) == (True, None)
    assert parse_flag("群众") == parse_flag("否") == (False, None) and parse_flag("也许")[1]


def test_posts_weakness_terms_and_closed_lists():
    assert parse_roles("党支部书记、村委会主任") == ((PostRole.BRANCH_SECRETARY, PostRole.DIRECTOR), None)
    assert parse_roles("书记兼主任")[0] == parse_roles("一肩挑")[0] == (PostRole.BRANCH_SECRETARY, PostRole.DIRECTOR)
    assert parse_roles("驻村第一书记")[0] == (PostRole.FIRST_SECRETARY,)
    assert parse_roles("First secretary")[0] == (PostRole.FIRST_SECRETARY,)
    assert "校长" in parse_roles("校长")[1]
    assert parse_weakness("软、散")[0] == parse_weakness("软散")[0] == {WeaknessType.SOFT, WeaknessType.LAX}
    assert parse_weakness("弱：集体经济薄弱")[0] == {WeaknessType.WEAK}
    assert parse_weakness("soft, poor")[0] == {WeaknessType.SOFT, WeaknessType.POOR}
    assert parse_weakness("很好")[1]
    assert parse_term("2021.03-2026.02") == ((date(2021, 3, 1), date(2026, 2, 1)), None)
    assert parse_term("2021年3月至2026年2月")[0] == (date(2021, 3, 1), date(2026, 2, 1))
    assert parse_term("2021.3—至今")[0] == (date(2021, 3, 1), None)
    assert read_cell("ethnicity", "藏")[0] is Ethnicity.TIBETAN and read_cell("ethnicity", "土家族")[0] is Ethnicity.OTHER
    assert read_cell("gender", "女")[0] is Gender.FEMALE and read_cell("gender", "ཕོ།")[0] is Gender.MALE
    assert "not one of" in read_cell("gender", "x")[1]
    assert id_number_facts("513336197503051234") == (1975, Gender.MALE)
    assert id_number_facts("5133361975030512") == (None, None)


def test_blank_subtotal_and_signature_rows():
    assert is_blank((None, " ", "\u3000".strip()))
    for row in (("合计", 3), (None, "合  计"), ("小计",), ("总计：",), ("全乡合计",), ("填表人：张三",), ("ཁྱོན་བསྡོམས།",)):
        assert is_total_or_footer(row), row
    assert not is_total_or_footer(("扎西岗村", "合作社"))


def _layout(*keys):
    return SheetLayout("S", 1, dict(enumerate(keys)), {i: k for i, k in enumerate(keys)})


def test_a_row_derives_birth_year_gender_and_term_and_checks_its_rules():
    layout = _layout("name_zh", "id_number", "post", "term")
    row = read_row(layout, 2, ("扎西", "513336198002041235", "书记", "2021.03-2026.02"), TODAY)
    assert row.values["birth_year"] == 1980 and row.values["gender"] is Gender.MALE
    assert (row.values["term_start"], row.values["term_end"]) == (date(2021, 3, 1), date(2026, 2, 1))
    assert "id_number" not in row.values and not row.problems
    row = read_row(_layout("name_zh", "age", "post"), 3, ("扎西", 200, "书记"), TODAY)
    assert [(p.column, p.row) for p in row.problems] == [("B", 3)]            # born 1826
    row = read_row(_layout("name_zh", "phone"), 4, ("扎西", "13800000000"), TODAY)
    assert "post is missing" in row.problems[0].message and row.problems[0].column is None
    row = read_row(_layout("population", "households"), 5, (10, 20), TODAY)
    assert row.problems[0].column == "B"
    assert column_letter(0) == "A" and column_letter(25) == "Z" and column_letter(26) == "AA"


def _known(villages=(), people=(), posts=(), units=()):
    return Known(list(units), list(villages), lambda ids: (list(people), [p for p in posts if p.values["village_id"] in ids]))


def _village(id, code, name, township="t1", **values):
    base = {"township_id": township, "code": code, "name_zh": name, "name_bo": "", "kind": "village",
            "population": None, "households": None, "party_members": None, "party_org_type": None, "weakness": 0,
            "paired_unit": "", "note": ""}
    return KnownRecord(id, 1, {**base, **values})


TOWNSHIP = KnownUnit("t1", "township", "513336100", "白依乡", "པད་ཡུལ་ཤང་།")


def test_the_plan_matches_by_code_then_by_township_and_name():
    layout = _layout("township", "village_code", "village_name_zh", "population")
    rows = [read_row(layout, 2, ("白依乡", "513336100201", "扎西岗村", 900), TODAY),
            read_row(layout, 3, ("白依乡", None, "次仁村", 500), TODAY),
            read_row(layout, 4, ("白依", None, "新村", 100), TODAY)]
    known = _known([_village("v1", "513336100201", "扎西岗", population=800), _village("v2", None, "次仁村", population=500)],
                   units=[TOWNSHIP])
    plan = plan_roster(rows, known, TODAY)
    status = {i.name: i.status for i in plan.items}
    assert status == {"扎西岗村": CHANGED, "次仁村": UNCHANGED, "新村": ADDED}     # 白依 is 白依乡
    (changed,) = plan.of("village", CHANGED)
    assert {c.key: (c.before, c.after) for c in changed.changes} == {
        "village_name_zh": ("扎西岗", "扎西岗村"), "population": ("800", "900")}
    assert plan.updates == [("village", "v1", 1, {"name_zh": "扎西岗村", "population": 900})]
    assert [r["name_zh"] for r in plan.inserts["village"]] == ["新村"] and "admin_unit" not in plan.inserts


def test_the_plan_matches_people_and_posts_in_their_village():
    layout = _layout("village_code", "name_zh", "post", "phone")
    rows = [read_row(layout, 2, ("513336100201", "扎西", "书记", "13800000009"), TODAY),
            read_row(layout, 3, ("513336100201", "卓玛", "主任", None), TODAY)]
    people = [KnownRecord("p1", 3, {"name_zh": "扎西", "name_bo": "", "gender": None, "birth_year": None,
                                    "ethnicity": None, "education": None, "phone": "13800000000",
                                    "party_member": None, "unit": ""})]
    posts = [KnownRecord("x1", 1, {"person_id": "p1", "village_id": "v1", "role": "branch_secretary",
                                   "term_start": None, "term_end": None, "note": ""})]
    plan = plan_roster(rows, _known([_village("v1", "513336100201", "扎西岗村")], people, posts, [TOWNSHIP]), TODAY)
    assert [(i.entity, i.status) for i in plan.items] == [
        ("village", UNCHANGED), ("person", CHANGED), ("person", ADDED), ("post", UNCHANGED), ("post", ADDED)]
    assert ("person", "p1", 3, {"phone": "13800000009"}) in plan.updates
    (new_post,) = plan.inserts["post"]
    assert new_post["village_id"] == "v1" and new_post["role"] == "director"
