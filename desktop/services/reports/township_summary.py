"""The township summary: where one township's campaign stands, for the
township Party committee and the report it sends up.

Its figures (villages, weak villages, inspections, problems found /
solved / closed / overdue, plans by review state, campaign status,
support work), the problems found per category as bars, two charts side by side (the villages' warning colours
period by period; problems found, reported solved and closed out month
by month, with the numbers under it), the overdue problems, oldest
deadline first, and every village with its colour and figures.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, TableStyle

from desktop.core.ledger_index import LedgerFilter, SortKey
from desktop.core.ledger_terms import CampaignStatus, PlanStatus
from desktop.core.terms import AdminLevel
from desktop.services.pdf import blocks
from desktop.services.pdf.document import ReportDocument
from desktop.services.pdf.fonts import ReportFonts
from desktop.services.pdf.labels import ReportLabels
from desktop.services.reports.charts import BarChart, LineChart, StackedBarChart
from desktop.services.reports.common import both, day, number, term
from desktop.services.reports.figures import COLOURS, ScopeFigures, colour_periods, months, resolve_unit, scope_figures
from desktop.services.reports.summary_tables import OVERDUE_TINT, colour_series, figure, village_table


def build(ws, request, out: Path, fonts: ReportFonts, progress) -> Path:
    labels = ReportLabels(request.language)
    unit = resolve_unit(ws, request.unit_id or _only_township(ws), AdminLevel.TOWNSHIP)
    progress.step(0, 1, labels.translate("Reports", "Counting", sep=" "))
    figures = scope_figures(ws, unit)
    title = labels.translate("Reports", "Township summary", sep=" / ")
    doc = ReportDocument(out, f"{title} · {both(labels, unit.name_zh, unit.name_bo, ' ')}", fonts, labels,
                         wide=True, subtitle=unit.code or "")
    width = doc.frame_width
    t = labels.translate
    story: list = []
    story += blocks.title(t("Reports", "Township summary of the rectification of weak village Party organisations"),
                          fonts)
    story.append(blocks.paragraph(both(labels, unit.name_zh, unit.name_bo, "  ") + "  ·  " + figures.today.isoformat(),
                                  fonts, blocks.BODY.with_(align="center")))
    story.append(Spacer(1, 2 * mm))
    story.append(blocks.paragraph(labels.of(figures.dashboard.problems.sentence), fonts))
    # The charts before the grid of figures: a bilingual grid fills half a page, and the
    # charts are what a reader takes in first.
    story.append(_charts(ws, labels, fonts, width, figures))
    story += blocks.heading(t("Reports", "Figures"), fonts)
    story.append(blocks.field_grid(_figures(labels, figures), width, fonts, columns=4, label_share=0.62,
                                   style=blocks.SMALL))
    story += blocks.heading(t("Reports", "Problems found by category"), fonts)
    story.append(BarChart([(f"{c.category.value} {term(labels, c.category, ' ')}", c.found)
                           for c in figures.dashboard.by_category], fonts, width * 0.6, label_share=0.4))
    story += blocks.heading(t("Reports", "Overdue problems"), fonts)
    story.append(_overdue(ws, labels, fonts, width, figures))
    story += blocks.heading(t("Reports", "Villages"), fonts)
    story.append(village_table(labels, fonts, width, figures.villages, with_township=False))
    return doc.build(story, progress)


def _only_township(ws) -> str | None:
    """With one township in the database, the request need not name it."""
    townships = ws.units.townships()
    return townships[0].id if len(townships) == 1 else None


def _figures(labels: ReportLabels, figures: ScopeFigures) -> list[tuple[str, str]]:
    t = labels.translate
    d = figures.dashboard
    p = d.problems
    support = d.support
    pairs = [
        (t("Reports", "Villages"), number(len(figures.villages))),
        (t("Reports", "Weak villages"), number(figures.weak)),
        (t("Reports", "Villages in the campaign"), number(len(d.campaign_ids))),
        (t("Reports", "Inspections"), number(figures.inspections)),
        (t("Reports", "Problems found"), number(p.found)),
        (t("Reports", "Solved"), number(p.solved)),
        (t("Reports", "Closed out"), number(p.closed)),
        (t("Reports", "Overdue"), number(p.overdue)),
        (t("Reports", "Open"), number(p.open)),
        (t("Reports", "Reopened"), number(p.reopened)),
    ]
    pairs += [(term(labels, s), number(len(d.by_plan.get(s, [])))) for s in PlanStatus]
    pairs.append((t("Reports", "No plan yet"), number(len(d.by_plan.get(None, [])))))
    pairs += [(term(labels, s), number(len(d.by_status.get(s, [])))) for s in CampaignStatus]
    pairs += [
        (t("Reports", "Support activities"), number(sum(support.by_kind.values()))),
        (t("Reports", "Support funds (yuan)"), number(support.funds_yuan)),
        (t("Reports", "Projects"), number(support.projects)),
        (t("Reports", "People trained"), number(support.trained)),
    ]
    return pairs


def _charts(ws, labels: ReportLabels, fonts: ReportFonts, width: float, figures: ScopeFigures):
    """The colour chart and the progress chart side by side, each under its heading."""
    t = labels.translate
    half = width / 2 - 4 * mm
    periods = colour_periods(ws, figures.unit)
    colours = StackedBarChart([(p, [counts.get(c, 0) for c in COLOURS]) for p, counts in periods],
                              colour_series(labels), fonts, half, label_share=0.14)
    left = blocks.heading(t("Reports", "Villages by warning colour, per period"), fonts)[1:] + [colours]
    span = months(ws, figures.unit)
    names = [t("Reports", "Found"), t("Reports", "Reported solved"), t("Reports", "Closed out")]
    names = [n.replace("\n", " ") for n in names]
    right = blocks.heading(t("Reports", "Problems per month"), fonts)[1:]
    if span.months:
        cats = [f"{m}\n{y}" if i == 0 or m == 1 else f"{m}\n " for i, (y, m) in enumerate(span.months)]
        right.append(LineChart(cats, list(zip(names, (span.found, span.solved, span.closed))), fonts, half,
                               height=max(colours.height, 140)))
        right.append(Spacer(1, 2 * mm))
        right.append(_month_table(labels, fonts, half, span, names))
    else:
        right.append(blocks.paragraph(t("Reports", "No problems recorded yet."), fonts))
    table = blocks.table([[left, right]], fonts, colWidths=[width / 2, width / 2])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 8 * mm)]))
    return KeepTogether([Spacer(1, 3 * mm), table])


def _month_table(labels: ReportLabels, fonts: ReportFonts, width: float, span, names: list[str]):
    """The chart's numbers: a column per month (the chart's axis shows the years)."""
    style = blocks.SMALL.with_(size=7)
    years = sorted({y for y, _ in span.months})
    corner = f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])
    header = [corner] + [str(m) for _, m in span.months]
    rows = [[name, *(str(n) for n in values)] for name, values in zip(names, (span.found, span.solved, span.closed))]
    first = width * 0.2
    rest = (width - first) / max(len(span.months), 1)
    return blocks.data_table(header, rows, [first] + [rest] * len(span.months), fonts, style=style, zebra=False)


def _overdue(ws, labels: ReportLabels, fonts: ReportFonts, width: float, figures: ScopeFigures):
    """The township's overdue problems, the longest overdue first."""
    t = labels.translate
    ids = [v.id for v in figures.villages]
    index = ws.ledger.index(ids)
    chosen = index.select(LedgerFilter(overdue_only=True), SortKey.DEADLINE)
    if not chosen:
        return blocks.paragraph(t("Reports", "No problem is overdue."), fonts)
    problems = ws.ledger.many(chosen)
    names = {v.id: both(labels, v.name_zh, v.name_bo) for v in figures.villages}
    header = [t("Reports", "No."), t("Reports", "Village"), t("Reports", "Problem"), t("Reports", "Deadline"),
              t("Reports", "Days overdue"), t("Reports", "Responsible"), t("Reports", "Status")]
    shares = [0.04, 0.13, 0.38, 0.09, 0.08, 0.16, 0.12]
    rows, fills = [], {}
    for i, pid in enumerate(chosen):
        p = problems[pid]
        late = (figures.today - p.deadline).days
        rows.append([str(i + 1), names.get(p.village_id, ""), p.description, day(p.deadline), figure(late, fonts),
                     " / ".join(x for x in (p.responsible_leader, p.responsible_person) if x),
                     term(labels, p.status)])
        fills[3, i] = OVERDUE_TINT
    return blocks.data_table(header, rows, [s * width for s in shares], fonts, fills=fills)
