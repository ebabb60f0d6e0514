"""The plan form (一村一策表) for the demo county, in Chinese, Tibetan and
both: the village, the plan's state, each item's 五定 and the meeting's
lines, as pdftotext reads them back from the PDF."""

from __future__ import annotations

import dataclasses

import pytest
from pypdf import PdfReader

from desktop.core.errors import NotFound
from desktop.core.ledger_terms import PlanStatus
from desktop.core.plans import ITEM_FIELDS, field_label
from desktop.core.progress import Cancelled, Progress
from desktop.services.pdf.fonts import load_fonts
from desktop.services.pdf.labels import ReportLabels
from desktop.services.reports import REPORTS, ReportRequest, ReportRequestInvalid, build_report
from desktop.services.reports.plan_form import NoPlan
from tests.services.reports_data import (
    demo_workspace,
    leftovers,
    pdf_text,
    squeezed,
    villages_with_plans,
    villages_without_plans,
)

TIBETAN_GOAL = "ལོ་འདིའི་ནང་ཏང་ཡོན་གསར་པ་གཉིས་འཕེལ་རྒྱས་གཏོང་རྒྱུ།"


@pytest.fixture(scope="module")
def ws(module_db_target):
    ws = demo_workspace(module_db_target)
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def fonts():
    return load_fonts()


def _label(language: str, context_fn) -> str:
    labels = ReportLabels(language)
    return labels.of(context_fn)


def _plan(ws, status: PlanStatus | None = None):
    for vid in villages_with_plans(ws):
        plan = ws.plans.current(vid)
        if status is None or plan.status is status:
            return vid, ws.plans.open(plan.id)
    raise AssertionError(f"no demo plan is {status}")


@pytest.mark.parametrize("language", ["zh_CN", "bo_CN", "both"])
def test_the_form_shows_the_village_plan_and_items_in_its_language(ws, fonts, tmp_path, language):
    vid, plan_file = _plan(ws, PlanStatus.RETURNED)
    facts = ws.villages.open_file(vid).facts
    out = build_report(ws, ReportRequest("plan", language, village_id=facts.code), tmp_path / "plan.pdf",
                       fonts=fonts)
    assert out == tmp_path / "plan.pdf" and leftovers(tmp_path) == ["plan.pdf"]
    text = pdf_text(out)
    flat = squeezed(text)
    page = PdfReader(out).pages[0]
    assert page.mediabox.width > page.mediabox.height  # landscape: eight columns of text
    # The village in the report's script(s); the other script's name only in "both".
    assert (facts.name_zh in text) == (language != "bo_CN")
    assert (facts.name_bo in text) == (language != "zh_CN")
    assert facts.code in text
    # Labels: the 五定 in Chinese, Tibetan or both.
    for name in ("goal", "measures", "responsible_person"):
        zh = _label("zh_CN", lambda: field_label(name))
        bo = _label("bo_CN", lambda: field_label(name))
        assert zh != bo
        assert (squeezed(zh) in flat) == (language != "bo_CN"), name
        assert (squeezed(bo) in flat) == (language != "zh_CN"), name
    status = _label(language, lambda: plan_file.plan.status.label)
    assert squeezed(status) in flat
    # Every item: its goal, measures, deadline and people as typed.
    for item in plan_file.items:
        for value in (item.goal, item.measures, item.responsible_leader):
            assert squeezed(value) in flat, value
        assert item.deadline.isoformat() in text
    # The county returned it: its comments are on the form.
    assert squeezed(plan_file.plan.review_comment) in flat
    commented = [i for i in plan_file.items if i.review_comment]
    assert commented and all(squeezed(i.review_comment) in flat for i in commented)


@pytest.mark.parametrize("language", ["zh_CN", "bo_CN", "both"])
def test_a_draft_leaves_the_meeting_lines_blank_and_prints_items_in_either_script(ws, fonts, tmp_path, language):
    vid, plan_file = _plan(ws, PlanStatus.DRAFT)
    items = [dict(problem_id=i.problem_id, **{name: getattr(i, name) for name in ITEM_FIELDS})
             for i in plan_file.items]
    items[0]["goal"] = TIBETAN_GOAL   # a cadre who writes Tibetan
    ws.plans.save_items(plan_file.plan.id, plan_file.plan.row_version, items)
    try:
        out = build_report(ws, ReportRequest("plan", language, village_id=vid), tmp_path / "draft.pdf", fonts=fonts)
        flat = squeezed(pdf_text(out))
        assert TIBETAN_GOAL in flat and squeezed(items[1]["goal"]) in flat
        labels = ReportLabels(language)
        for source in ("Date of the meeting", "Attendance (present / expected)",
                       "Village Party secretary (signature)", "Village representatives (signatures)"):
            assert squeezed(labels.translate("Reports", source)) in flat, source
        assert plan_file.plan.meeting_resolution == ""
    finally:
        items[0]["goal"] = plan_file.items[0].goal
        ws.plans.save_items(plan_file.plan.id, plan_file.plan.row_version, items)


def test_a_recorded_meeting_is_printed(ws, fonts, tmp_path):
    vid, plan_file = _plan(ws, PlanStatus.APPROVED)
    plan = plan_file.plan
    out = build_report(ws, ReportRequest("plan", "zh_CN", village_id=vid), tmp_path / "p.pdf", fonts=fonts)
    text = pdf_text(out)
    assert plan.meeting_on.isoformat() in text
    assert f"{plan.meeting_present} / {plan.meeting_expected}" in text
    assert squeezed(plan.meeting_resolution) in squeezed(text)


def test_a_village_without_a_plan_is_refused_and_nothing_written(ws, fonts, tmp_path):
    vid = villages_without_plans(ws)[0]
    facts = ws.villages.open_file(vid).facts
    with pytest.raises(NoPlan) as caught:
        build_report(ws, ReportRequest("plan", "both", village_id=vid), tmp_path / "p.pdf", fonts=fonts)
    assert facts.name_zh in caught.value.message
    assert leftovers(tmp_path) == []


def test_bad_requests_are_refused(ws, fonts, tmp_path):
    with pytest.raises(NotFound):
        build_report(ws, ReportRequest("plan", "zh_CN", village_id="999"), tmp_path / "p.pdf", fonts=fonts)
    with pytest.raises(ReportRequestInvalid):
        build_report(ws, ReportRequest("plan", "zh_CN"), tmp_path / "p.pdf", fonts=fonts)
    with pytest.raises(ReportRequestInvalid):
        build_report(ws, ReportRequest("plan", "en", village_id="999"), tmp_path / "p.pdf", fonts=fonts)
    with pytest.raises(ReportRequestInvalid):
        build_report(ws, ReportRequest("poster", "zh_CN"), tmp_path / "p.pdf", fonts=fonts)
    assert leftovers(tmp_path) == []


def test_cancelling_mid_build_leaves_no_file_and_no_temporary(ws, fonts, tmp_path):
    vid, _ = _plan(ws)
    seen = []

    def cancel_after_first(done, total, text):
        seen.append(done)
        progress.cancel()

    progress = Progress(cancel_after_first)
    with pytest.raises(Cancelled):
        REPORTS["plan"](ws, ReportRequest("plan", "both", village_id=vid), tmp_path / "p.pdf", fonts, progress)
    assert seen and leftovers(tmp_path) == []
    # An earlier file of that name stays as it was.
    (tmp_path / "p.pdf").write_bytes(b"old")
    with pytest.raises(Cancelled):
        progress = Progress(cancel_after_first)
        build_report(ws, ReportRequest("plan", "both", village_id=vid), tmp_path / "p.pdf", progress, fonts)
    assert leftovers(tmp_path) == ["p.pdf"] and (tmp_path / "p.pdf").read_bytes() == b"old"


def test_request_is_a_plain_value():
    r = ReportRequest("plan", "both", village_id="x")
    assert dataclasses.replace(r, language="zh_CN").language == "zh_CN" and r.options == {}
