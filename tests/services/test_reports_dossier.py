"""The village dossier for the demo county, in Chinese, Tibetan and both:
the file, its inspections with the failed items, problems, plan, support
log and acceptance, each section under its heading."""

from __future__ import annotations

import pytest

from desktop.core.progress import Cancelled, Progress
from desktop.services.pdf.fonts import load_fonts
from desktop.services.pdf.labels import ReportLabels
from desktop.services.reports import ReportRequest, build_report
from tests.services.reports_data import demo_workspace, leftovers, pdf_text, squeezed, villages_with_plans

HEADINGS = ("Basic facts", "People and posts", "Support arrangements", "Collective economy income", "Rating history",
            "Inspections", "Warnings", "Problems on the ledger", "Plan (one village, one plan)", "Support log",
            "Acceptance reviews")


@pytest.fixture(scope="module")
def ws(module_db_target):
    ws = demo_workspace(module_db_target)
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def fonts():
    return load_fonts()


@pytest.fixture(scope="module")
def village(ws):
    """A weak village with a plan, problems, a support log and inspections."""
    for vid in villages_with_plans(ws):
        if ws.ledger.for_village(vid) and ws.support.activities(vid) and ws.inspections.for_village(vid):
            return vid
    raise AssertionError("no demo village has the whole campaign")


@pytest.mark.parametrize("language", ["zh_CN", "bo_CN", "both"])
def test_the_dossier_holds_the_whole_file(ws, fonts, tmp_path, village, language):
    out = build_report(ws, ReportRequest("dossier", language, village_id=village), tmp_path / "d.pdf", fonts=fonts)
    assert leftovers(tmp_path) == ["d.pdf"]
    text = pdf_text(out)
    flat = squeezed(text)
    file = ws.villages.open_file(village)
    facts = file.facts
    assert (facts.name_zh in text) == (language != "bo_CN")
    assert (facts.name_bo in text) == (language != "zh_CN")
    labels = ReportLabels(language)
    for heading in HEADINGS:
        assert squeezed(labels.translate("Reports", heading)) in flat, heading
    # People: a branch secretary's name in the report's script(s).
    person = file.people[file.posts[0].person_id]
    if language != "bo_CN":
        assert squeezed(person.name_zh) in flat
    if language != "zh_CN" and person.name_bo:
        assert squeezed(person.name_bo) in flat
    # Income by year, each problem, the plan's goals, the support log.
    assert all(f"{i.amount_yuan:,}" in text for i in file.incomes)
    for p in ws.ledger.for_village(village):
        assert squeezed(p.description) in flat
    plan = ws.plans.open(ws.plans.current(village).id)
    assert all(squeezed(i.goal) in flat for i in plan.items)
    assert all(squeezed(a.summary) in flat for a in ws.support.activities(village))
    # The newest finalised inspection's failed items, in the scripts the checklist has.
    newest = next(r for r in ws.inspections.for_village(village) if r.final)
    failed = ws.inspections.sheet(ws.inspections.open(newest.id)).failed
    assert failed
    for item in failed:
        assert item.indicator.code in text
        # (Problems taken from an inspection may repeat the Chinese text: only presence is checked.)
        assert squeezed(item.indicator.text.zh) in flat or language == "bo_CN"
        assert squeezed(item.indicator.text.bo) in flat or language == "zh_CN"
    if language == "zh_CN":
        assert not any(squeezed(i.indicator.text.bo) in flat for i in failed)


def test_empty_sections_say_so(ws, fonts, tmp_path):
    """A village with nothing on the campaign: its sections each say "none recorded"."""
    from desktop.core.query import VillageQuery

    quiet = next(v for v in ws.villages.search(VillageQuery())
                 if not ws.ledger.for_village(v) and not ws.plans.current(v) and not ws.support.activities(v)
                 and not ws.acceptance.reviews(v))
    out = build_report(ws, ReportRequest("dossier", "zh_CN", village_id=quiet), tmp_path / "q.pdf", fonts=fonts)
    none = ReportLabels("zh_CN").translate("Reports", "None recorded.")
    assert pdf_text(out).count(none) >= 4   # problems, plan, support log, acceptance


def test_cancelling_leaves_nothing(ws, fonts, tmp_path, village):
    progress = Progress(lambda done, total, text: progress.cancel())
    with pytest.raises(Cancelled):
        build_report(ws, ReportRequest("dossier", "both", village_id=village), tmp_path / "d.pdf", progress, fonts)
    assert leftovers(tmp_path) == []
