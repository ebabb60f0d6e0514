"""The problem ledger report, the township summary and the county overview,
built from the demo county in Chinese, Tibetan and both, read back with
pdftotext: the figures the database holds, the labels in the report's
language, the charts' labels and numbers."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from desktop.core.i18n import translate
from desktop.core.ledger import count
from desktop.core.ledger_index import LedgerFilter
from desktop.core.ledger_terms import ProblemStatus
from desktop.core.terms import AdminLevel, WarningColour
from desktop.services.demo import fill_demo
from desktop.services.pdf.fonts import load_fonts
from desktop.services.pdf.labels import ReportLabels
from desktop.services.reports import ReportRequest, ReportRequestInvalid, build_report
from desktop.services.reports.charts import BarChart, LineChart, Series, StackedBarChart, nice_ticks
from desktop.services.reports.figures import add_counts, months, resolve_unit, scope_figures
from desktop.services.workspace import Workspace
from tests.conftest import TODAY

LANGUAGES = ("zh_CN", "bo_CN", "both")


@pytest.fixture(scope="module")
def fonts():
    return load_fonts()


@pytest.fixture(scope="module")
def demo(module_db_target):
    ws = Workspace.open(module_db_target, actor="tester")
    ws.today = lambda: TODAY
    fill_demo(ws, villages=75, townships=3, seed=7)
    yield ws
    ws.close()


def text_of(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout


def flat(text: str) -> str:
    """pdftotext's text without line breaks and spaces (a cell wraps where it must)."""
    return re.sub(r"\s+", "", text)


def said(language: str, fn) -> list[str]:
    """What `fn()` says in each of the report's languages."""
    return ReportLabels(language).parts(fn)


def township_of(ws):
    return ws.units.townships()[0]


# -- the ledger report ---------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_ledger_report_of_a_township_lists_its_problems_with_the_counts(demo, fonts, tmp_path, language):
    township = township_of(demo)
    ids = demo.dashboard.scope(township.id)
    out = build_report(demo, ReportRequest("ledger", language, unit_id=township.id), tmp_path / "ledger.pdf",
                       fonts=fonts)
    text = text_of(out)
    body = flat(text)
    counts = demo.ledger.counts(ids)
    for sentence in said(language, counts.sentence):
        assert flat(sentence) in body
    problems = demo.ledger.many(demo.ledger.index(ids).select(LedgerFilter()))
    assert len(problems) == counts.found > 10
    for p in problems.values():
        assert flat(p.description)[:12] in body
    # Every status in the report's language(s); the township and its villages by name.
    for status in {p.status for p in problems.values()}:
        for label in said(language, lambda: status.label):
            assert flat(label) in body
    names = [township.name_zh] if language == "zh_CN" else [township.name_bo] if language == "bo_CN" else \
        [township.name_zh, township.name_bo]
    for name in names:
        assert name in text
    assert len(PdfReader(out).pages) >= 2
    assert PdfReader(out).pages[0].mediabox.width > PdfReader(out).pages[0].mediabox.height  # landscape


def test_ledger_report_marks_overdue_deadlines_with_the_days(demo, fonts, tmp_path):
    out = build_report(demo, ReportRequest("ledger", "zh_CN", options={"overdue": True}), tmp_path / "late.pdf",
                       fonts=fonts)
    body = flat(text_of(out))
    late = demo.ledger.many(demo.ledger.index().select(LedgerFilter(overdue_only=True)))
    assert late
    for p in late.values():
        assert p.deadline < TODAY and p.status.is_open
        assert flat(p.description)[:12] in body
        days_late = said("zh_CN", lambda: translate("Reports", "{days} days overdue").format(days=(TODAY - p.deadline).days))
        assert f"{p.deadline.isoformat()}{flat(days_late[0])}" in body
    counts = count([(p.status, p.deadline, p.reopen_count) for p in late.values()], TODAY)
    assert flat(said("zh_CN", counts.sentence)[0]) in body


def test_ledger_report_of_one_village_and_by_status(demo, fonts, tmp_path):
    village = next(v for v in scope_figures(demo, None).villages if v.problems.found >= 2)
    out = build_report(demo, ReportRequest("ledger", "zh_CN", village_id=village.code,
                                           options={"status": "open,reopened"}), tmp_path / "v.pdf", fonts=fonts)
    body = flat(text_of(out))
    mine = [p for p in demo.ledger.for_village(village.id) if p.status in (ProblemStatus.OPEN, ProblemStatus.REOPENED)]
    others = [p for p in demo.ledger.for_village(village.id) if p not in mine]
    for p in mine:
        assert flat(p.description)[:12] in body
    for p in others:
        if all(flat(p.description)[:12] != flat(m.description)[:12] for m in mine):
            assert flat(p.description)[:12] not in body
    assert f"发现问题{len(mine)}个" in body


def test_ledger_report_prints_what_the_list_shows_narrowed_to_villages_weakness_and_due_soon(demo, fonts, tmp_path):
    from desktop.services.reports.ledger_report import ledger_filter

    villages = [v for v in scope_figures(demo, None).villages if v.problems.found >= 1][:3]
    options = {"village_ids": [v.id for v in villages[:2]], "due_soon": True, "weakness": ["soft"]}
    chosen = ledger_filter(options, None)
    assert chosen.village_ids == frozenset(v.id for v in villages[:2]) and chosen.due_soon_only
    assert {w.value for w in chosen.weakness} == {"soft"}
    # Within a request's scope, the list's villages narrow it further.
    assert ledger_filter({"village_ids": [villages[0].id, villages[2].id]}, [villages[0].id]).village_ids == \
        frozenset([villages[0].id])
    out = build_report(demo, ReportRequest("ledger", "zh_CN", options={"village_ids": [villages[0].id]}),
                       tmp_path / "one.pdf", fonts=fonts)
    found = len(demo.ledger.for_village(villages[0].id))
    assert f"发现问题{found}个" in flat(text_of(out))
    with pytest.raises(ReportRequestInvalid):
        ledger_filter({"weakness": ["sleepy"]}, None)


def test_ledger_report_refuses_a_filter_value_and_writes_nothing(demo, fonts, tmp_path):
    out = tmp_path / "bad.pdf"
    with pytest.raises(ReportRequestInvalid) as caught:
        build_report(demo, ReportRequest("ledger", "zh_CN", options={"status": "lost"}), out, fonts=fonts)
    assert "lost" in caught.value.message and "reopened" in caught.value.message
    assert not out.exists()


# -- the township summary --------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_township_summary_prints_its_figures_charts_and_villages(demo, fonts, tmp_path, language):
    township = township_of(demo)
    out = build_report(demo, ReportRequest("township", language, unit_id=township.code), tmp_path / "t.pdf",
                       fonts=fonts)
    text = text_of(out)
    body = flat(text)
    figures = scope_figures(demo, township)
    dashboard = demo.dashboard.figures(township.id)
    for sentence in said(language, dashboard.problems.sentence):
        assert flat(sentence) in body
    # The colour chart's legend, in the report's language(s), and its periods.
    for colour in WarningColour:
        for label in said(language, lambda: colour.label):
            assert flat(label) in body
    with demo.db.read() as r:
        periods = {p for p, _, _ in r.reports.colours_by_period(township.id)}
    for period in sorted(periods)[-8:]:
        assert period in text
    # The progress chart's table: found per month, as the ledger has them.
    span = months(demo, township)
    assert sum(span.found) == dashboard.problems.found   # every problem found within the last 18 months
    assert "".join(str(n) for n in span.found) in body
    # The bars of problems found by category: each category named, with its count.
    for c in dashboard.by_category:
        names = said(language, lambda: c.category.label)
        assert flat(f"{c.category.value}{names[0]}") in body and all(flat(n) in body for n in names)
        assert str(c.found) in text.split()
    # Overdue problems and every village.
    late = demo.ledger.many(demo.ledger.index(figures.dashboard.village_ids).select(LedgerFilter(overdue_only=True)))
    assert len(late) == dashboard.problems.overdue
    for p in late.values():
        assert flat(p.description)[:12] in body
    for v in figures.villages:
        assert flat(v.name_bo if language == "bo_CN" else v.name_zh) in body
    assert len(figures.villages) == 25


def test_township_summary_needs_a_township_it_knows(demo, fonts, tmp_path):
    out = tmp_path / "t.pdf"
    with pytest.raises(ReportRequestInvalid) as caught:
        build_report(demo, ReportRequest("township", "zh_CN", unit_id="无此乡"), out, fonts=fonts)
    assert "无此乡" in caught.value.message and township_of(demo).name_zh in caught.value.message
    county = demo.units.counties()[0]
    with pytest.raises(ReportRequestInvalid):
        build_report(demo, ReportRequest("township", "zh_CN", unit_id=county.id), out, fonts=fonts)
    assert not out.exists()


# -- the county overview ----------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_county_overview_prints_each_township_and_village(demo, fonts, tmp_path, language):
    county = demo.units.counties()[0]
    out = build_report(demo, ReportRequest("county", language, unit_id=county.name_zh), tmp_path / "c.pdf",
                       fonts=fonts)
    text = text_of(out)
    body = flat(text)
    figures = scope_figures(demo, county)
    assert len(figures.townships) == 3 and len(figures.villages) == 75
    total = add_counts(v.problems for v in figures.villages)
    assert total.found == demo.ledger.counts().found
    for sentence in said(language, total.sentence):
        assert flat(sentence) in body
    for tw in figures.townships:
        name = tw.name_bo if language == "bo_CN" else tw.name_zh
        # In the chart, the townships' table and the township column of each of its villages.
        assert body.count(flat(name)) >= 2 + len(tw.villages)
    for v in figures.villages:
        assert flat(v.name_bo if language == "bo_CN" else v.name_zh) in body
        if language == "both":
            assert flat(v.name_bo) in body


def test_county_figures_are_the_ledgers_and_the_dashboards(demo):
    county = demo.units.counties()[0]
    figures = scope_figures(demo, county)
    dashboard = demo.dashboard.figures(county.id)
    index = demo.ledger.index()
    for v in figures.villages:
        ids = index.select(LedgerFilter(village_ids=frozenset({v.id})))
        expected = count([(p.status, p.deadline, p.reopen_count) for p in demo.ledger.many(ids).values()], TODAY)
        assert (v.problems.found, v.problems.solved, v.problems.closed, v.problems.open, v.problems.overdue,
                v.problems.reopened) == (expected.found, expected.solved, expected.closed, expected.open,
                                         expected.overdue, expected.reopened)
    total = add_counts(v.problems for v in figures.villages)
    assert (total.found, total.solved, total.closed, total.overdue) == (
        dashboard.problems.found, dashboard.problems.solved, dashboard.problems.closed, dashboard.problems.overdue)
    for colour, ids in dashboard.by_colour.items():
        assert sum(v.colour is colour for v in figures.villages) == len(ids)
    assert sum(v.inspections for v in figures.villages) > 0


def test_units_are_found_by_id_code_or_name(demo):
    township = township_of(demo)
    for key in (township.id, township.code, township.name_zh, township.name_bo):
        assert resolve_unit(demo, key, AdminLevel.TOWNSHIP) == township
    assert resolve_unit(demo, None) is None


# -- the charts ------------------------------------------------------------


def _chart_pdf(path: Path, flowables) -> str:
    SimpleDocTemplate(str(path), pagesize=A4).build(list(flowables))
    return text_of(path)


def test_charts_carry_their_labels_and_numbers(tmp_path, fonts):
    tibetan = "གསེར་གླིང་ཤང་།"
    bars = BarChart([("色林乡", 17), (tibetan, 8), ("Latin 3", 0)], fonts, 300)
    columns = BarChart([("一月", 4), ("ཟླ་བ་གཉིས་པ།", 12)], fonts, 200, horizontal=False)
    stacked = StackedBarChart([("色林乡", [3, 7, 15, 0]), (f"嘉措隆镇\n{tibetan}", [1, 9, 14, 1])],
                              [Series("红色", "#B03A2E"), Series("སེར་པོ།", "#F2CC3D"), Series("绿色", "#4E9F57"),
                               Series("Not assessed", "#D5D8DC")], fonts, 400)
    lines = LineChart(["10\n2025", "11\n ", "12\n ", "1\n2026"], [("发现", [5, 10, 9, 31]), ("ཐག་ཆོད།", [0, 2, 8, 7])],
                      fonts, 300)
    text = _chart_pdf(tmp_path / "charts.pdf", [bars, columns, stacked, lines])
    body = flat(text)
    for label in ("色林乡", tibetan, "Latin3", "一月", "ཟླ་བ་གཉིས་པ།", "嘉措隆镇", "红色", "སེར་པོ།", "绿色", "Notassessed",
                  "发现", "ཐག་ཆོད།", "2025", "2026"):
        assert label in body, label
    numbers = text.split()
    for n in ("17", "8", "0", "4", "12", "3", "7", "15", "25", "1", "9", "14"):
        assert n in numbers, n
    # The line chart's axis: round ticks up to the highest value.
    for tick in nice_ticks(31):
        assert str(tick) in numbers
    assert nice_ticks(31) == [0, 10, 20, 30, 40] and nice_ticks(4) == [0, 1, 2, 3, 4] and nice_ticks(0) == [0, 1]


def test_report_reads_count_what_the_ledger_and_histories_hold(demo):
    from tests.raw_sql import execute

    township = township_of(demo)
    ids = demo.dashboard.scope(township.id)
    with demo.db.read() as r:
        tally = r.reports.problem_tally(township.id, TODAY)
        found = r.reports.problems_found_by_day(township.id)
        moves = r.reports.moves_by_day(township.id, [ProblemStatus.SOLVED, ProblemStatus.CLOSED])
        everywhere = r.reports.problem_tally(None, TODAY)
        inspections = r.reports.inspections(township.id)
    counts = demo.ledger.counts(ids)
    assert sum(n for _, _, n, _, _ in tally) == sum(n for _, n in found) == counts.found
    assert {v for v, *_ in tally} <= set(ids) and sum(n for _, _, n, _, _ in everywhere) == demo.ledger.counts().found
    marks = ",".join(f":v{n}" for n in range(len(ids)))
    expected = dict(execute(
        demo, f"SELECT e.to_status, count(*) FROM problem_event e JOIN problem p ON p.id = e.problem_id "
              f"WHERE p.village_id IN ({marks}) AND e.to_status IN ('solved', 'closed') AND NOT e.deleted "
              f"AND NOT p.deleted GROUP BY e.to_status", **{f"v{n}": v for n, v in enumerate(ids)}))
    assert {s.value: sum(n for _, to, n in moves if to is s)
            for s in (ProblemStatus.SOLVED, ProblemStatus.CLOSED)} == expected
    assert sum(inspections.values()) == execute(
        demo, f"SELECT count(*) FROM inspection WHERE village_id IN ({marks}) AND status = 'final' AND NOT deleted",
        **{f"v{n}": v for n, v in enumerate(ids)})[0][0] > 0
