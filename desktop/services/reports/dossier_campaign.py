"""The campaign's part of the village dossier: inspections and their failed
items, warnings, the problems on the ledger, the plan, the support log and
the acceptance reviews."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Spacer

from desktop.core.i18n import translate
from desktop.core.ledger import count, deadline_colour
from desktop.core.periods import period_label
from desktop.core.plans import field_label
from desktop.services.pdf import blocks
from desktop.services.reports.common import both, day, number, term
from desktop.services.reports.sheet import DATE, NUMBER

# Failed items are listed in full for the newest finalised inspection only:
# eight quarters of a weak village fail a hundred items or more.
FAILED_ITEMS_OF = 1


def sections(ws, s, village_id: str, file) -> list:
    return (_inspections(ws, s, village_id) + _warnings(s, file) + _problems(ws, s, village_id)
            + _plans(ws, s, village_id) + _support_log(ws, s, village_id) + _acceptance(ws, s, village_id))


def _inspections(ws, s, village_id: str) -> list:
    t, labels = s.t, s.labels
    records = ws.inspections.for_village(village_id)
    titles = {i.id: both(labels, i.title.zh, i.title.bo) for i in ws.checklists.list()} if records else {}
    rows, fills = [], {}
    for n, r in enumerate(records):
        when = r.finalised_at.date() if r.finalised_at else r.started_on
        rows.append([labels.of(lambda r=r: period_label(r.period)), titles.get(r.template_id, ""),
                     term(labels, r.status), day(when), "" if r.score is None else f"{r.score:.1f}",
                     term(labels, r.colour), f"{r.failed} / {r.total}" if r.final else ""])
        if r.colour:
            fills[(5, n)] = blocks.WARNING_FILLS[r.colour]
    header = [t("Reports", "Period"), t("Reports", "Checklist"), t("Reports", "Status"), t("Reports", "Date"),
              t("Reports", "Score"), t("Reports", "Colour"), t("Reports", "Failed items")]
    out = s.section(t("Reports", "Inspections"), header, rows, [0.9, 2.2, 0.8, DATE, 0.6, 0.7, 0.8], fills)
    for record in [r for r in records if r.final][:FAILED_ITEMS_OF]:
        out += _failed_items(ws, s, record)
    return out


def _failed_items(ws, s, record) -> list:
    t, labels = s.t, s.labels
    f = ws.inspections.open(record.id)
    failed = ws.inspections.sheet(f).failed
    caption = s.line(labels.of(lambda: translate("Reports", "Failed items of the inspection of {period}").format(
        period=period_label(record.period))))
    if not failed:
        return [Spacer(1, 2 * mm), caption, Spacer(1, 1 * mm), s.line(t("Reports", "No item failed."))]
    rows = [[x.indicator.code, both(labels, x.indicator.text.zh, x.indicator.text.bo), f"{x.fraction:.0%}", x.note]
            for x in failed]
    header = [t("Reports", "Code"), t("Reports", "Item"), t("Reports", "Earned"), t("Reports", "Note")]
    return [CondPageBreak(blocks.HEADING_ROOM), Spacer(1, 2 * mm), caption, Spacer(1, 1 * mm),
            s.table(header, rows, [0.6, 4.4, 0.6, 1.6])]


def _warnings(s, file) -> list:
    t, labels = s.t, s.labels
    rows, fills = [], {}
    for n, w in enumerate(file.warnings):
        rows.append([labels.of(lambda w=w: period_label(w.period)), term(labels, w.colour),
                     "" if w.score is None else f"{w.score:.1f}", day(w.assessed_on), w.note])
        fills[(1, n)] = blocks.WARNING_FILLS[w.colour]
    header = [t("Reports", "Period"), t("Reports", "Colour"), t("Reports", "Score"), t("Reports", "Assessed on"),
              t("Reports", "Note")]
    return s.section(t("Reports", "Warnings"), header, rows, [1, 1, 0.7, DATE, 3], fills)


def _problems(ws, s, village_id: str) -> list:
    t, labels = s.t, s.labels
    problems = ws.ledger.for_village(village_id)
    days = ws.ledger.due_soon_days() if problems else 0
    rows, fills = [], {}
    for n, p in enumerate(problems):
        kind = p.aspect or p.category
        people = " / ".join(x for x in (p.responsible_leader, p.responsible_person) if x)
        rows.append([str(n + 1), p.description, term(labels, kind), term(labels, p.status), day(p.found_on),
                     day(p.deadline), people])
        colour = deadline_colour(p.status, p.deadline, s.today, days)
        if colour:
            fills[(5, n)] = blocks.WARNING_FILLS[colour]
    header = [t("Reports", "No."), labels.of(lambda: field_label("problem")), t("Reports", "Aspect"),
              t("Reports", "Status"), t("Reports", "Found"), labels.of(lambda: field_label("deadline")),
              t("Reports", "Responsible")]
    out = s.section(t("Reports", "Problems on the ledger"), header, rows, [NUMBER, 3.2, 1.2, 0.9, DATE, DATE, 1.1],
                    fills)
    if problems:
        counts = count(((p.status, p.deadline, p.reopen_count) for p in problems), s.today, days)
        out[-1:-1] = s.lead(labels.of(counts.sentence))
    return out


def _plans(ws, s, village_id: str) -> list:
    t, labels = s.t, s.labels
    plans = ws.plans.for_village(village_id)
    heading = t("Reports", "Plan (one village, one plan)")
    if not plans:
        return s.section(heading, [], [], [])
    out = s.heading(heading)
    for plan in plans:
        # The status is translated with the sentence, language by language.
        out += s.lead(labels.of(lambda plan=plan: translate("Reports", "{year}: round {round}, {status}").format(
            year=plan.year, round=plan.round, status=plan.status.inline_label)))
    current = ws.plans.open(plans[0].id)
    commented = any(i.review_comment for i in current.items)
    header = [t("Reports", "No.")] + [labels.of(lambda name=name: field_label(name)) for name in
                                      ("goal", "measures", "deadline", "responsible_leader", "responsible_person")]
    shares = [NUMBER, 2.2, 3.2, DATE, 0.9, 0.9]
    rows = []
    for n, i in enumerate(current.items, 1):
        rows.append([str(n), i.goal, i.measures, day(i.deadline), i.responsible_leader, i.responsible_person]
                    + ([i.review_comment] if commented else []))
    if commented:
        header.append(labels.of(lambda: field_label("comment")))
        shares.append(1.6)
    out.append(s.table(header, rows, shares) if rows else s.line(t("Reports", "The plan has no items yet.")))
    if current.plan.meeting_on:
        out += [Spacer(1, 1.5 * mm), s.line(t(
            "Reports", "Village representatives' meeting {date}: {present} of {expected} present; {resolution}",
            date=day(current.plan.meeting_on), present=current.plan.meeting_present or 0,
            expected=current.plan.meeting_expected or 0, resolution=current.plan.meeting_resolution))]
    return out


def _figures(labels, a) -> str:
    parts = []
    if a.participants is not None:
        parts.append(labels.translate("Reports", "{n} people", sep=" ", n=a.participants))
    if a.amount_yuan is not None:
        parts.append(labels.translate("Reports", "{amount} yuan", sep=" ", amount=number(a.amount_yuan)))
    if a.score is not None:
        parts.append(labels.translate("Reports", "score {score}", sep=" ", score=number(a.score)))
    if a.satisfaction is not None:
        parts.append(labels.translate("Reports", "{share} satisfied", sep=" ", share=f"{a.satisfaction:.0%}"))
    return "; ".join(parts)


def _support_log(ws, s, village_id: str) -> list:
    t, labels = s.t, s.labels
    activities = ws.support.activities(village_id)
    rows = [[day(a.on), term(labels, a.kind), a.by, a.summary, _figures(labels, a)] for a in activities]
    header = [t("Reports", "Date"), t("Reports", "Kind"), t("Reports", "By"), t("Reports", "Summary"),
              t("Reports", "Figures")]
    out = s.section(t("Reports", "Support log"), header, rows, [DATE, 1.3, 1.0, 3.2, 1.2])
    if activities:
        totals = ws.support.totals([village_id])
        line = t("Reports", "{count} entries; support funds {funds} yuan; {projects} projects worth {project} yuan; "
                            "{trained} people trained.", count=len(activities),
                 funds=number(totals.funds_yuan), projects=totals.projects, project=number(totals.project_yuan),
                 trained=totals.trained)
        out[-1:-1] = s.lead(line)
    return out


def _acceptance(ws, s, village_id: str) -> list:
    t, labels = s.t, s.labels
    reviews = ws.acceptance.reviews(village_id)
    rows = [[term(labels, r.level), term(labels, r.result), day(r.decided_on), r.decided_by, r.comments]
            for r in reviews]
    header = [t("Reports", "Level"), t("Reports", "Result"), t("Reports", "Date"), t("Reports", "Decided by"),
              t("Reports", "Comments")]
    out = s.section(t("Reports", "Acceptance reviews"), header, rows, [1.3, 1.0, DATE, 1.3, 2.8])
    status = ws.acceptance.status(village_id)
    out[-1:-1] = s.lead(labels.of(lambda: translate("Reports", "Campaign status: {status}").format(
        status=status.inline_label)))
    return out
