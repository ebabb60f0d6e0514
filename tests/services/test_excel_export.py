"""The Excel exports on the demo county, read back with openpyxl: headers,
frozen panes, filters, drop-down lists, fills and every value against what
the services hold."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from desktop.core.ledger import deadline_colour
from desktop.core.ledger_terms import PlanStatus, ProblemAspect, ProblemCategory, ProblemSource, ProblemStatus
from desktop.core.progress import Cancelled, Progress
from desktop.core.query import VillageQuery
from desktop.core.roster import BY_KEY, TEMPLATE_KEYS
from desktop.core.terms import WarningColour, weakness_short_labels
from desktop.services.demo import fill_demo
from desktop.services.excel_export import ExportOptions, export_xlsx
from desktop.services.pdf.labels import ReportLabels
from desktop.services.workspace import Workspace
from desktop.services.xlsx_sheets import ExcelSaveFailed
from tests.conftest import TODAY

ZH, BO = ReportLabels("zh_CN"), ReportLabels("bo_CN")


@pytest.fixture(scope="module")
def demo_path(module_db_target) -> Path:
    path = module_db_target
    ws = Workspace.open(path, actor="tester")
    ws.today = lambda: TODAY
    fill_demo(ws, villages=20, seed=5)
    ws.close()
    return path


@pytest.fixture
def demo(demo_path):
    ws = Workspace.open(demo_path, actor="tester", create=False)
    ws.today = lambda: TODAY
    yield ws
    ws.close()


def read(path: Path, sheet: str | None = None, read_only: bool = False):
    """(worksheet, headers, rows as dicts by header) of a written export."""
    wb = openpyxl.load_workbook(path, read_only=read_only)
    ws = wb[sheet] if sheet else wb.worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    return ws, list(rows[0]), [dict(zip(rows[0], r)) for r in rows[1:]]


def headers(labels: ReportLabels, *sources: tuple[str, str]) -> list[str]:
    return [labels.translate(context, text) for context, text in sources]


def validation_values(wb_sheet, column_letter: str) -> list[str]:
    """The drop-down list of a column, whether written inline or on the hidden list sheet."""
    for v in wb_sheet.data_validations.dataValidation:
        if str(v.sqref).startswith(f"{column_letter}2:"):
            formula = v.formula1
            if formula.startswith('"'):
                return formula.strip('"').split(",")
            sheet, cells = formula.split("!")
            lists = wb_sheet.parent[sheet.strip("'")]
            first, last = cells.replace("$", "").split(":")
            return [c.value for (c,) in lists[first:last]]
    raise AssertionError(f"no drop-down list on column {column_letter}")


def column_of(headers_: list[str], header: str) -> str:
    return openpyxl.utils.get_column_letter(headers_.index(header) + 1)


def fill(cell) -> str:
    return cell.fill.fgColor.rgb[-6:] if cell.fill and cell.fill.fill_type == "solid" else ""


def day(value):
    return value.date() if isinstance(value, datetime) else value


PLACE = (("Export", "Division code"), ("Export", "Township"), ("Export", "Village"))


# -- the ledger ------------------------------------------------------------------------

def test_the_ledger_holds_every_problem_with_its_labels_dates_and_colours(demo, tmp_path):
    path = tmp_path / "ledger.xlsx"
    result = export_xlsx(demo, "problems", path, ExportOptions("zh_CN"))
    ws, head, rows = read(path)
    problems = demo.ledger.many(e.id for e in demo.ledger.index().entries)
    assert result.total == len(problems) == len(rows) > 10 and list(result.rows.values()) == [len(rows)]
    assert head[:3] == headers(ZH, *PLACE) and "状态" not in head[:3]
    assert head[3] == ZH.translate("Export", "Problem") and len(head) == 20
    assert ws.freeze_panes == "D2" and ws.auto_filter.ref == f"A1:T{len(rows) + 1}"
    assert all(c.font.b for c in ws[1])

    with ZH.speaking():
        statuses = [s.label for s in ProblemStatus]
        colours = {c.label: c for c in WarningColour}
        expected = {}
        for p in problems.values():
            colour = deadline_colour(p.status, p.deadline, TODAY)
            expected[p.description, p.found_on] = (
                p.category.label, p.aspect.label if p.aspect else None, p.source.label, p.status.label,
                p.deadline, colour.label if colour else None, p.responsible_leader or None, p.reopen_count,
                weakness_short_labels(p.weakness_types) or None, p.status_on, p.closed_by or None)
        assert validation_values(ws, column_of(head, ZH.translate("Export", "Status"))) == statuses
        assert validation_values(ws, column_of(head, ZH.translate("Export", "Category"))) == [
            c.label for c in ProblemCategory]
        assert validation_values(ws, column_of(head, ZH.translate("Export", "Aspect"))) == [
            a.label for a in ProblemAspect]
        assert validation_values(ws, column_of(head, ZH.translate("Export", "Source"))) == [
            s.label for s in ProblemSource]
    assert "待整改" in statuses          # the glossary's Chinese, not English
    h = {k: ZH.translate("Export", k) for k in ("Category", "Aspect", "Source", "Status", "Deadline", "Deadline colour",
                                                 "Responsible leader", "Times reopened", "Type of weakness",
                                                 "Status since", "Checked by", "Problem", "Date found")}
    got = {(r[h["Problem"]], day(r[h["Date found"]])): (
        r[h["Category"]], r[h["Aspect"]], r[h["Source"]], r[h["Status"]], day(r[h["Deadline"]]),
        r[h["Deadline colour"]], r[h["Responsible leader"]], r[h["Times reopened"]], r[h["Type of weakness"]],
        day(r[h["Status since"]]), r[h["Checked by"]]) for r in rows}
    assert got == expected
    # Real dates, coloured deadlines, and the village named in front of each row.
    colour_col = head.index(h["Deadline colour"]) + 1
    for n, row in enumerate(ws.iter_rows(min_row=2), 2):
        assert row[head.index(h["Date found"])].is_date
        colour = colours.get(row[colour_col - 1].value)
        assert fill(row[colour_col - 1]) == {WarningColour.RED: "FFC7CE", WarningColour.YELLOW: "FFEB9C",
                                             WarningColour.GREEN: "C6EFCE", None: ""}[colour]
        assert len(row[0].value) == 12 and row[0].data_type == "s" and row[2].value.endswith(("村", "社区"))
    assert any(r[h["Deadline colour"]] for r in rows)


def test_tibetan_values_and_bilingual_headers(demo, tmp_path):
    path = tmp_path / "ledger_bo.xlsx"
    export_xlsx(demo, "problems", path, ExportOptions("bo_CN", both_headers=True))
    ws, head, rows = read(path)
    both = ReportLabels("both")
    assert head[:3] == headers(both, *PLACE)
    assert head[head.index(both.translate("Export", "Status"))] == both.translate("Export", "Status")
    with BO.speaking():
        statuses = {s.label for s in ProblemStatus}
    assert "ལེགས་བཅོས་བྱ་རྒྱུ།" in statuses
    status = both.translate("Export", "Status")
    assert {r[status] for r in rows} <= statuses and all(r[head[2]].endswith("།") for r in rows)
    assert bool(ws["A1"].alignment.wrap_text) == any("\n" in h for h in head)   # two lines show as two lines
    # The Tibetan list is longer than Excel's 255 characters inline: it is read from the hidden sheet.
    assert set(validation_values(ws, column_of(head, both.translate("Export", "Aspect")))) >= {
        r[both.translate("Export", "Aspect")] for r in rows} - {None}


def test_plan_headers_in_both_languages_reuse_the_plans_words(demo, tmp_path):
    path = tmp_path / "plans_both.xlsx"
    export_xlsx(demo, "plans", path, ExportOptions("zh_CN", both_headers=True))
    ws, head, _ = read(path)
    assert "目标\nདམིགས་ཡུལ།" in head and "责任人\nའགན་འཁུར་བ།" in head
    assert all(c.alignment.wrap_text for c in ws[1])


# -- plans -------------------------------------------------------------------------------

def test_plans_one_row_per_item_of_the_current_round(demo, tmp_path):
    path = tmp_path / "plans.xlsx"
    export_xlsx(demo, "plans", path)
    ws, head, rows = read(path)
    village_ids = demo.villages.search(VillageQuery())
    codes = {v: r.code for v, r in demo.villages.rows(village_ids).items()}
    expected = []
    with ZH.speaking():
        for vid in village_ids:
            for plan in demo.plans.for_village(vid):
                items = demo.plans.items(plan.id, plan.round) or [None]
                for n, item in enumerate(items, 1):
                    expected.append((codes[vid], plan.year, plan.round, plan.status.label,
                                     n if item else None, item.goal or None if item else None,
                                     item.measures or None if item else None, item.deadline if item else None,
                                     item.responsible_person or None if item else None))
    keys = [ZH.translate(*k) for k in (("Export", "Division code"), ("Export", "Plan year"), ("Export", "Round"),
                                       ("Export", "Plan status"), ("Export", "Item"), ("Plans", "Goal"),
                                       ("Plans", "Measures"), ("Plans", "Deadline"), ("Plans", "Responsible person"))]
    got = [tuple(day(r[k]) for k in keys) for r in rows]
    assert sorted(got, key=repr) == sorted(expected, key=repr) and len(rows) > 10
    with ZH.speaking():
        assert validation_values(ws, column_of(head, keys[3])) == [s.label for s in PlanStatus]
    goals = [ws.cell(n, head.index(keys[5]) + 1) for n in range(2, len(rows) + 2)]
    assert all(c.alignment.wrap_text for c in goals if c.value) and any(c.value for c in goals)


# -- inspections -----------------------------------------------------------------------------

def test_inspections_and_their_answers(demo, tmp_path):
    path = tmp_path / "inspections.xlsx"
    result = export_xlsx(demo, "inspections", path, ExportOptions("zh_CN", answers=True))
    village_ids = demo.villages.search(VillageQuery())
    inspections = [i for v in village_ids for i in _inspections(demo, v)]
    ws, head, rows = read(path, ZH.translate("Export", "Inspections"))
    assert len(rows) == len(inspections) and ws.freeze_panes == "D2"
    score, colour, failed, period = (ZH.translate("Export", k) for k in ("Score", "Colour", "Items failed", "Period"))
    with ZH.speaking():
        expected = sorted((i.period, i.score, i.colour.label if i.colour else None, i.failed) for i in inspections)
    assert sorted((r[period], r[score], r[colour], r[failed]) for r in rows) == expected
    assert ws.cell(2, head.index(score) + 1).number_format == "0.0"
    answers_ws, answers_head, answers = read(path, ZH.translate("Export", "Answers"), read_only=True)
    assert len(answers) == sum(i.total for i in inspections) == result.rows[answers_ws.title]
    indicator = ZH.translate("Export", "Indicator")
    assert all(r[indicator] for r in answers)                     # each code with its text from the template
    assert any("党" in r[indicator] for r in answers)


def _inspections(ws, village_id):
    with ws.db.read() as r:
        return r.inspections.for_village(village_id)


# -- warnings --------------------------------------------------------------------------------

def test_warnings_with_colour_score_and_reason(demo, tmp_path):
    path = tmp_path / "warnings.xlsx"
    export_xlsx(demo, "warnings", path)
    ws, head, rows = read(path)
    village_ids = demo.villages.search(VillageQuery())
    files = [demo.villages.open_file(v) for v in village_ids]
    with ZH.speaking():
        expected = sorted((f.facts.code, w.period, w.colour.label, w.score) for f in files for w in f.warnings)
        colour_labels = [c.label for c in WarningColour]
    keys = [ZH.translate("Export", k) for k in ("Division code", "Period", "Colour", "Score", "Reason")]
    assert sorted((r[keys[0]], r[keys[1]], r[keys[2]], r[keys[3]]) for r in rows) == expected
    assert validation_values(ws, column_of(head, keys[2])) == colour_labels
    red = next(n for n, r in enumerate(rows, 2) if r[keys[2]] == colour_labels[0])
    assert fill(ws.cell(red, head.index(keys[2]) + 1)) == "FFC7CE"
    assert all(r[keys[4]] for r in rows if r[keys[3]] is not None)     # each scored warning says why


# -- villages, in the roster's layout ----------------------------------------------------------

def test_villages_in_the_roster_layout_with_its_headers_and_lists(demo, tmp_path):
    path = tmp_path / "villages.xlsx"
    export_xlsx(demo, "villages", path, ExportOptions("zh_CN"))
    ws, head, rows = read(path)
    assert head == [BY_KEY[k].zh for k in TEMPLATE_KEYS] and ws.freeze_panes == "E2"
    village_ids = demo.villages.search(VillageQuery())
    files = [demo.villages.open_file(v) for v in village_ids]
    assert len(rows) == sum(max(1, len(f.posts)) for f in files)
    assert {r["区划代码"] for r in rows} == {f.facts.code for f in files}
    assert validation_values(ws, column_of(head, "性别")) == ["男", "女"]
    assert "第一书记" in validation_values(ws, column_of(head, "职务"))
    assert all(isinstance(r["区划代码"], str) and isinstance(r["出生年月"], (int, type(None))) for r in rows)
    both_path = tmp_path / "villages_both.xlsx"
    export_xlsx(demo, "villages", both_path, ExportOptions("bo_CN", both_headers=True))
    _, both_head, bo_rows = read(both_path)
    assert both_head == [BY_KEY[k].header for k in TEMPLATE_KEYS]
    assert {r[BY_KEY["gender"].header] for r in bo_rows} <= {"ཕོ།", "མོ།", None}


# -- failures leave nothing --------------------------------------------------------------------------

def test_a_cancelled_export_writes_nothing_and_keeps_the_old_file(demo, tmp_path):
    path = tmp_path / "answers.xlsx"
    path.write_bytes(b"yesterday's export")
    seen = []

    def report(done, total, text):
        seen.append((done, total))
        if done >= 2000:
            progress.cancel()
    progress = Progress(report)
    with pytest.raises(Cancelled):
        export_xlsx(demo, "inspections", path, ExportOptions(answers=True), progress)
    assert path.read_bytes() == b"yesterday's export" and [p.name for p in tmp_path.iterdir()] == ["answers.xlsx"]
    assert seen[-1][0] == 2000 and seen[-1][1] > 5000


def test_a_missing_folder_is_reported_before_reading(demo, tmp_path):
    with pytest.raises(ExcelSaveFailed) as e:
        export_xlsx(demo, "problems", tmp_path / "gone" / "ledger.xlsx")
    assert "ledger.xlsx" in e.value.message and str(tmp_path / "gone") in e.value.message
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_folder_is_reported_and_left_as_it_was(demo, tmp_path):
    if os.geteuid() == 0:
        folder = Path("/sys/kernel")    # root writes through file modes; sysfs refuses new files to everyone
    else:
        folder = tmp_path / "ro"
        folder.mkdir()
        folder.chmod(0o555)
    before = set(folder.iterdir())
    with pytest.raises(ExcelSaveFailed) as e:
        export_xlsx(demo, "warnings", folder / "warnings.xlsx")
    assert "warnings.xlsx" in e.value.message
    assert set(folder.iterdir()) == before


def test_only_chinese_or_tibetan(demo, tmp_path):
    with pytest.raises(Exception) as e:
        export_xlsx(demo, "problems", tmp_path / "x.xlsx", ExportOptions("en_GB"))
    assert "en_GB" in e.value.message and not list(tmp_path.iterdir())


def test_an_empty_database_gives_header_only_sheets(db_target, tmp_path):
    ws = Workspace.open(db_target, actor="t")
    try:
        for kind in ("villages", "problems", "plans", "inspections", "warnings"):
            path = tmp_path / f"{kind}.xlsx"
            assert export_xlsx(ws, kind, path).total == 0
            sheet, head, rows = read(path)
            assert rows == [] and head and sheet.auto_filter.ref.endswith("1")
    finally:
        ws.close()


def test_found_dates_are_days(demo, tmp_path):
    path = tmp_path / "ledger.xlsx"
    export_xlsx(demo, "problems", path)
    _, _, rows = read(path)
    found = ZH.translate("Export", "Date found")
    assert all(isinstance(day(r[found]), date) and day(r[found]) <= TODAY for r in rows)


# -- the round trip: export villages -> roster import ---------------------------------------------

def _roster_fields(ws, language: str) -> dict:
    """Every field the roster carries, by village code: the village's, and per post its person's and its own.
    The roster names a township once, in the export's language: a township it creates has that name."""
    out = {}
    for village_id in ws.villages.search(VillageQuery()):
        f = ws.villages.open_file(village_id)
        township = ws.units.get(f.facts.township_id)
        facts = ((township.name_bo if language == "bo_CN" else township.name_zh), f.facts.name_zh, f.facts.name_bo, f.facts.kind,
                 f.facts.population, f.facts.households, f.facts.party_members, f.facts.party_org_type,
                 f.facts.weakness, f.facts.paired_unit, f.facts.note)
        posts = sorted((f.people[p.person_id].name_zh, f.people[p.person_id].name_bo, f.people[p.person_id].gender,
                        f.people[p.person_id].ethnicity, f.people[p.person_id].birth_year,
                        f.people[p.person_id].education, f.people[p.person_id].party_member,
                        f.people[p.person_id].phone, f.people[p.person_id].unit, p.role, p.term_start, p.term_end,
                        p.note) for p in f.posts)
        out[f.facts.code] = (facts, posts)
    return out


@pytest.mark.parametrize("options", [ExportOptions("zh_CN"), ExportOptions("bo_CN", both_headers=True)],
                         ids=["zh_CN", "bo_CN-both"])
def test_exported_villages_read_back_through_the_roster_import_unchanged(demo, tmp_path, options):
    path = tmp_path / "villages.xlsx"
    export_xlsx(demo, "villages", path, options)
    with (ZH if options.language == "zh_CN" else BO).speaking():     # the user imports in the export's language
        again = demo.roster.preview(path)
        assert again.problems == [] and not again.has_changes       # nothing to add or change
        with Workspace.open(tmp_path / "fresh.sqlite3", actor="t") as fresh:
            fresh.today = demo.today
            preview = fresh.roster.preview(path)
            assert preview.problems == []
            fresh.roster.apply(preview)
            before, after = _roster_fields(demo, options.language), _roster_fields(fresh, options.language)
    assert len(before) == 20 and sum(len(posts) for _, posts in before.values()) > 100
    assert after == before


def test_the_command_lines_list_of_exports_is_the_writers_list():
    from desktop.services import excel_export
    from desktop.services.export_kinds import EXPORT_KINDS

    assert tuple(excel_export.EXPORTS) == EXPORT_KINDS == excel_export.EXPORT_KINDS
