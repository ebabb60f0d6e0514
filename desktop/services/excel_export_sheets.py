"""The exports of the problem ledger, village plans, inspections (and their
answers) and warnings: one row per problem, plan item, inspection, answer or
warning, with the village's code, township and name in front."""

from __future__ import annotations

from typing import Any

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.inspection_terms import InspectionStatus, PeriodKind, QuotaClass
from desktop.core.ledger import deadline_colour
from desktop.core.ledger_terms import PlanStatus, ProblemAspect, ProblemCategory, ProblemSource, ProblemStatus
from desktop.core.terms import WarningColour, weakness_short_labels, weakness_types
from desktop.services.excel_export_job import (CX, Days, ExportJob, choices, colour_fills, labels_of, local_time,
                                               place, place_columns, yes_no)
from desktop.services.xlsx_sheets import DATE, DATETIME, DECIMAL, INTEGER, Column


# -- the ledger ------------------------------------------------------------------

def export_problems(job: ExportJob) -> None:
    statuses, categories, aspects = labels_of(ProblemStatus), labels_of(ProblemCategory), labels_of(ProblemAspect)
    sources, colours = labels_of(ProblemSource), labels_of(WarningColour)
    days_soon = job.r.ledger.due_soon_days()
    columns = place_columns() + [
        Column("description", QT_TRANSLATE_NOOP("Export", "Problem"), CX, width=40, wrap=True),
        Column("category", QT_TRANSLATE_NOOP("Export", "Category"), CX, choices=choices(ProblemCategory)),
        Column("aspect", QT_TRANSLATE_NOOP("Export", "Aspect"), CX, choices=choices(ProblemAspect)),
        Column("weakness", QT_TRANSLATE_NOOP("Export", "Type of weakness"), CX),
        Column("source", QT_TRANSLATE_NOOP("Export", "Source"), CX, choices=choices(ProblemSource)),
        Column("source_ref", QT_TRANSLATE_NOOP("Export", "Source detail"), CX, width=20, wrap=True),
        Column("indicator", QT_TRANSLATE_NOOP("Export", "Indicator"), CX),
        Column("found_on", QT_TRANSLATE_NOOP("Export", "Date found"), CX, number_format=DATE),
        Column("deadline", QT_TRANSLATE_NOOP("Export", "Deadline"), CX, number_format=DATE),
        Column("deadline_colour", QT_TRANSLATE_NOOP("Export", "Deadline colour"), CX,
               choices=choices(WarningColour), fills=colour_fills()),
        Column("responsible_leader", QT_TRANSLATE_NOOP("Export", "Responsible leader"), CX),
        Column("responsible_person", QT_TRANSLATE_NOOP("Export", "Responsible person"), CX),
        Column("status", QT_TRANSLATE_NOOP("Export", "Status"), CX, choices=choices(ProblemStatus)),
        Column("status_on", QT_TRANSLATE_NOOP("Export", "Status since"), CX, number_format=DATE),
        Column("closed_by", QT_TRANSLATE_NOOP("Export", "Checked by"), CX),
        Column("reopen_count", QT_TRANSLATE_NOOP("Export", "Times reopened"), CX, number_format=INTEGER),
        Column("note", QT_TRANSLATE_NOOP("Export", "Note"), CX, width=30, wrap=True),
    ]
    sheet = job.sheet(translate("Export", "Problem ledger"), columns, freeze_columns=3)
    job.start(job.store.problem_count())
    day, today = Days(), job.today
    weakness: dict[int, str] = {}
    status_of = {s.value: s for s in ProblemStatus}

    def rows():
        for (code, t_zh, t_bo, v_zh, v_bo, description, category, aspect, weak, source, source_ref, indicator,
             found_on, deadline, leader, person, status, status_on, closed_by, reopens, note) in job.store.problems():
            if weak not in weakness:
                weakness[weak] = weakness_short_labels(weakness_types(weak))
            due = day(deadline)
            colour = deadline_colour(status_of[status], due, today, days_soon)
            yield [code, job.name(t_zh, t_bo), job.name(v_zh, v_bo), description, categories.get(category),
                   aspects.get(aspect), weakness[weak] or None, sources.get(source), source_ref or None,
                   indicator or None, day(found_on), due, colours[colour.value] if colour else None, leader or None,
                   person or None, statuses[status], day(status_on), closed_by or None, reopens, note or None]
    job.rows(sheet, rows())


# -- plans -------------------------------------------------------------------------

def export_plans(job: ExportJob) -> None:
    statuses = labels_of(PlanStatus)
    columns = place_columns() + [
        Column("year", QT_TRANSLATE_NOOP("Export", "Plan year"), CX, number_format=INTEGER),
        Column("round", QT_TRANSLATE_NOOP("Export", "Round"), CX, number_format=INTEGER),
        Column("status", QT_TRANSLATE_NOOP("Export", "Plan status"), CX, choices=choices(PlanStatus)),
        Column("meeting_on", QT_TRANSLATE_NOOP("Export", "Village meeting"), CX, number_format=DATE),
        Column("submitted_on", QT_TRANSLATE_NOOP("Export", "Submitted"), CX, number_format=DATE),
        Column("decided_on", QT_TRANSLATE_NOOP("Export", "Decided"), CX, number_format=DATE),
        Column("item", QT_TRANSLATE_NOOP("Export", "Item"), CX, number_format=INTEGER),
        Column("problem", QT_TRANSLATE_NOOP("Export", "Problem"), CX, width=36, wrap=True),
        Column("goal", QT_TRANSLATE_NOOP("Plans", "Goal"), "Plans", width=28, wrap=True),
        Column("content", QT_TRANSLATE_NOOP("Plans", "What will be done"), "Plans", width=28, wrap=True),
        Column("measures", QT_TRANSLATE_NOOP("Plans", "Measures"), "Plans", width=36, wrap=True),
        Column("deadline", QT_TRANSLATE_NOOP("Plans", "Deadline"), "Plans", number_format=DATE),
        Column("responsible_leader", QT_TRANSLATE_NOOP("Plans", "Responsible leader"), "Plans"),
        Column("responsible_person", QT_TRANSLATE_NOOP("Plans", "Responsible person"), "Plans"),
        Column("comment", QT_TRANSLATE_NOOP("Plans", "County comment"), "Plans", width=28, wrap=True),
    ]
    sheet = job.sheet(translate("Export", "Village plans"), columns, freeze_columns=3)
    found = job.store.plan_items()
    job.start(len(found))
    numbers: dict[tuple, int] = {}

    def rows():
        for r in found:
            plan = (r.village_code, r.village_zh, r.year, r.round, r.status)
            number = None
            if r.position is not None:      # a plan without items has one row, its item columns blank
                number = numbers[plan] = numbers.get(plan, 0) + 1
            yield place(job, r) + [r.year, r.round, statuses.get(r.status), r.meeting_on, r.submitted_on,
                                   r.decided_on, number, r.problem, r.goal or None, r.content or None,
                                   r.measures or None, r.deadline, r.responsible_leader or None,
                                   r.responsible_person or None, r.review_comment or None]
    job.rows(sheet, rows())


# -- inspections ---------------------------------------------------------------------

def export_inspections(job: ExportJob) -> None:
    statuses, kinds, colours = labels_of(InspectionStatus), labels_of(PeriodKind), labels_of(WarningColour)
    yes, no = yes_no()
    columns = place_columns() + [
        Column("template", QT_TRANSLATE_NOOP("Export", "Checklist"), CX, width=30),
        Column("template_code", QT_TRANSLATE_NOOP("Export", "Checklist code"), CX),
        Column("period", QT_TRANSLATE_NOOP("Export", "Period"), CX),
        Column("period_kind", QT_TRANSLATE_NOOP("Export", "Kind of period"), CX, choices=choices(PeriodKind)),
        Column("status", QT_TRANSLATE_NOOP("Export", "Inspection status"), CX, choices=choices(InspectionStatus)),
        Column("score", QT_TRANSLATE_NOOP("Export", "Score"), CX, number_format=DECIMAL),
        Column("colour", QT_TRANSLATE_NOOP("Export", "Colour"), CX, choices=choices(WarningColour),
               fills=colour_fills()),
        Column("veto", QT_TRANSLATE_NOOP("Export", "Veto item failed"), CX, choices=(yes, no)),
        Column("answered", QT_TRANSLATE_NOOP("Export", "Items answered"), CX, number_format=INTEGER),
        Column("total", QT_TRANSLATE_NOOP("Export", "Items in all"), CX, number_format=INTEGER),
        Column("failed", QT_TRANSLATE_NOOP("Export", "Items failed"), CX, number_format=INTEGER),
        Column("started_on", QT_TRANSLATE_NOOP("Export", "Started"), CX, number_format=DATE),
        Column("finalised_at", QT_TRANSLATE_NOOP("Export", "Finalised"), CX, number_format=DATETIME),
        Column("inspector", QT_TRANSLATE_NOOP("Export", "Inspector"), CX),
        Column("finalised_by", QT_TRANSLATE_NOOP("Export", "Finalised by"), CX),
        Column("replaced", QT_TRANSLATE_NOOP("Export", "Replaced by a correction"), CX, choices=(yes, no)),
        Column("note", QT_TRANSLATE_NOOP("Export", "Note"), CX, width=30, wrap=True),
    ]
    found = job.store.inspections()
    sheet = job.sheet(translate("Export", "Inspections"), columns, freeze_columns=3)
    answers = job.options.answers
    job.start(len(found) + (job.store.answer_count() if answers else 0))
    job.rows(sheet, (
        place(job, r) + [job.name(r.template_zh, r.template_bo), f"{r.template_code}@{r.template_version}", r.period,
                         kinds.get(r.period_kind), statuses.get(r.status), r.score, colours.get(r.colour),
                         yes if r.veto_failed else no, r.answered, r.total, r.failed, r.started_on,
                         local_time(r.finalised_at), r.inspector or None, r.finalised_by or None,
                         yes if r.replaced else no, r.note or None]
        for r in found))
    if answers:
        _answers(job, found)


def _answers(job: ExportJob, inspections: list) -> None:
    yes, no = yes_no()
    columns = place_columns() + [
        Column("template_code", QT_TRANSLATE_NOOP("Export", "Checklist code"), CX),
        Column("period", QT_TRANSLATE_NOOP("Export", "Period"), CX),
        Column("indicator_code", QT_TRANSLATE_NOOP("Export", "Indicator code"), CX),
        Column("indicator", QT_TRANSLATE_NOOP("Export", "Indicator"), CX, width=48, wrap=True),
        Column("value", QT_TRANSLATE_NOOP("Export", "Answer"), CX),
        Column("not_applicable", QT_TRANSLATE_NOOP("Export", "Not applicable"), CX, choices=(yes, no)),
        Column("fraction", QT_TRANSLATE_NOOP("Export", "Share of the points"), CX, number_format="0%"),
        Column("passed", QT_TRANSLATE_NOOP("Export", "Passed"), CX, choices=(yes, no)),
        Column("note", QT_TRANSLATE_NOOP("Export", "Note"), CX, width=30, wrap=True),
        Column("problem", QT_TRANSLATE_NOOP("Export", "On the ledger"), CX, choices=(yes, no)),
    ]
    sheet = job.sheet(translate("Export", "Answers"), columns, freeze_columns=3)
    heads = {r.id: place(job, r) + [f"{r.template_code}@{r.template_version}", r.period] for r in inspections}
    texts: dict[str, dict[str, str]] = {}
    for template_id in {r.template_id for r in inspections}:
        found = job.r.inspections.template(template_id)
        if found:
            texts[template_id] = {i.code: i.text.get(job.language) for i in found[0].indicators()}
    text_of = {r.id: texts.get(r.template_id, {}) for r in inspections}

    def rows():
        for inspection_id, code, value, na, fraction, passed, note, problem in job.store.answers():
            head = heads.get(inspection_id)
            if head is None:
                continue
            flag = None if passed is None else yes if passed else no
            yield head + [code, text_of[inspection_id].get(code), value, yes if na else no, fraction, flag,
                          note or None, yes if problem else None]
    job.rows(sheet, rows())


# -- warnings ----------------------------------------------------------------------

def export_warnings(job: ExportJob) -> None:
    colours, quotas = labels_of(WarningColour), labels_of(QuotaClass)
    columns = place_columns() + [
        Column("period", QT_TRANSLATE_NOOP("Export", "Period"), CX),
        Column("colour", QT_TRANSLATE_NOOP("Export", "Colour"), CX, choices=choices(WarningColour),
               fills=colour_fills()),
        Column("score", QT_TRANSLATE_NOOP("Export", "Score"), CX, number_format=DECIMAL),
        Column("quota_class", QT_TRANSLATE_NOOP("Export", "Quota class"), CX, choices=choices(QuotaClass)),
        Column("reason", QT_TRANSLATE_NOOP("Export", "Reason"), CX, width=36, wrap=True),
        Column("assessed_on", QT_TRANSLATE_NOOP("Export", "Assessed"), CX, number_format=DATE),
        Column("note", QT_TRANSLATE_NOOP("Export", "Note"), CX, width=30, wrap=True),
    ]
    found = job.store.warnings()
    sheet = job.sheet(translate("Export", "Warnings"), columns, freeze_columns=3)
    job.start(len(found))
    policies: dict[str | None, Any] = {}

    def reason(r) -> str | None:
        if r.veto_failed:
            return translate("Export", "A veto item failed: red whatever the score.")
        if r.quota_class:
            return translate("Export", "By quota: {quota} of the villages ranked by score.").format(
                quota=quotas.get(r.quota_class, r.quota_class))
        if r.score is None or r.colour is None:
            return None
        if r.county_id not in policies:
            policies[r.county_id] = job.r.inspections.policy(r.county_id)[0]
        policy = policies[r.county_id]
        if r.colour == WarningColour.RED.value:
            text = translate("Export", "Score {score:.1f}, below {red:g}.")
        elif r.colour == WarningColour.GREEN.value:
            text = translate("Export", "Score {score:.1f}, {green:g} or more.")
        else:
            text = translate("Export", "Score {score:.1f}, from {red:g} to below {green:g}.")
        return text.format(score=r.score, red=policy.red_below, green=policy.green_from)

    job.rows(sheet, (place(job, r) + [r.period, colours.get(r.colour), r.score, quotas.get(r.quota_class),
                                      reason(r), r.assessed_on, r.note or None] for r in found))


