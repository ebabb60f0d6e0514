"""The plan form (一村一策表) printed for the village representatives' meeting.

As the county's form has it (seeds 002, 004): the village and the plan's
place in the review cycle at the head; one row per problem with the "五定"
(goal, content, measures, deadline, responsible leader and person), and the
county's comment where it returned the plan; then lines the meeting fills
in (date, attendance, resolution) and the signatures. Eight columns of
text need a landscape page.

In "both" every label is Chinese over Tibetan so the meeting can read
either; what the cadres typed is printed as typed.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from desktop.core.errors import VillageDeskError
from desktop.core.i18n import translate
from desktop.core.ledger_terms import PlanStatus
from desktop.core.plans import field_label
from desktop.services.pdf import blocks
from desktop.services.pdf.document import ReportDocument
from desktop.services.pdf.fonts import ReportFonts
from desktop.services.pdf.labels import ReportLabels
from desktop.services.pdf.text import MixedText
from desktop.services.reports.common import both, day, term, village_heading, village_id_of

# Share of the table's width per column: No., problem, goal, content,
# measures, deadline, leader, person (and the county's comment, if any).
WIDTHS = (0.04, 0.19, 0.15, 0.14, 0.23, 0.085, 0.0825, 0.0825)
COMMENT_SHARE = 0.14
BLANK_LINE = 7 * mm  # height of a line the meeting writes on


class NoPlan(VillageDeskError):
    pass


def build(ws, request, out: Path, fonts: ReportFonts, progress) -> Path:
    labels = ReportLabels(request.language)
    village_id = village_id_of(ws, request)
    file, township = village_heading(ws, village_id)
    facts = file.facts
    current = ws.plans.current(village_id)
    if current is None:
        raise NoPlan(translate("Reports", "{village} has no plan yet. Draft the village's plan first.").format(
            village=facts.name_zh or facts.name_bo or facts.code or ""))
    plan_file = ws.plans.open(current.id)
    village = both(labels, facts.name_zh, facts.name_bo)
    title = labels.translate("Reports", "Plan form (one village, one plan)", sep=" / ")
    doc = ReportDocument(out, f"{title} · {both(labels, facts.name_zh, facts.name_bo, ' ')}", fonts, labels,
                         wide=True, subtitle=facts.code or "")
    width = doc.frame_width
    story: list = []
    story += blocks.title(labels.translate(
        "Reports", "Rectification plan of the village Party organisation (one village, one plan)"), fonts)
    story.append(_head(labels, fonts, width, plan_file.plan, village, facts.code or "",
                       both(labels, township.name_zh, township.name_bo) if township else ""))
    story.append(Spacer(1, 3 * mm))
    story.append(_items(labels, fonts, width, plan_file))
    story.append(Spacer(1, 5 * mm))
    story.append(KeepTogether(_meeting(labels, fonts, width, plan_file.plan) + [Spacer(1, 4 * mm)]
                              + _signatures(labels, fonts, width)))
    return doc.build(story, progress)


def _head(labels: ReportLabels, fonts: ReportFonts, width: float, plan, village: str, code: str,
          township: str) -> Table:
    t = labels.translate
    pairs = [
        (t("Reports", "Village"), village),
        (t("Reports", "Village code"), code),
        (t("Reports", "Township"), township),
        (t("Reports", "Plan year"), str(plan.year)),
        (t("Reports", "Round"), str(plan.round)),
        (t("Reports", "Review state"), term(labels, plan.status)),
        (t("Reports", "Drafted on"), day(plan.drafted_on)),
        (t("Reports", "Submitted to the county on"), day(plan.submitted_on)),
        (t("Reports", "Decided by the county on"), day(plan.decided_on)),
    ]
    grid = blocks.field_grid(pairs, width, fonts, columns=3, label_share=0.42)
    if not plan.review_comment or plan.status not in (PlanStatus.RETURNED, PlanStatus.APPROVED):
        return grid
    comment = blocks.field_grid([(labels.of(lambda: field_label("comment")), plan.review_comment)], width, fonts,
                                columns=1, label_share=0.42 / 3)
    return blocks.table([[grid], [comment]], fonts, [("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0)], colWidths=[width])


def _items(labels: ReportLabels, fonts: ReportFonts, width: float, plan_file) -> Table:
    items = plan_file.items
    commented = any(i.review_comment for i in items)
    shares = list(WIDTHS)
    if commented:
        scale = 1 - COMMENT_SHARE
        shares = [s * scale for s in shares] + [COMMENT_SHARE]
    header = [labels.translate("Reports", "No.")]
    header += [labels.of(lambda name=name: field_label(name)) for name in
               ("problem", "goal", "content", "measures", "deadline", "responsible_leader", "responsible_person")]
    if commented:
        header.append(labels.of(lambda: field_label("comment")))
    style = blocks.BODY.with_(size=9)
    rows = []
    for n, item in enumerate(items, 1):
        problem = plan_file.problems.get(item.problem_id)
        row = [MixedText(str(n), style.with_(align="center"), fonts), problem.description if problem else "", item.goal, item.content, item.measures,
               day(item.deadline), item.responsible_leader, item.responsible_person]
        if commented:
            row.append(item.review_comment)
        rows.append(row)
    if not rows:
        rows.append(["", labels.translate("Reports", "The plan has no items yet.")] + [""] * (len(header) - 2))
    table = blocks.data_table(header, rows, [s * width for s in shares], fonts, style=style,
                              header_style=blocks.SMALL.with_(bold=True, align="center"))
    return table


def _filled(value: str, fonts: ReportFonts):
    return MixedText(value, blocks.BODY, fonts) if value else ""


def _meeting(labels: ReportLabels, fonts: ReportFonts, width: float, plan) -> list:
    """The meeting's record: what was recorded, else lines to write on."""
    t = labels.translate
    label_style = blocks.BODY.with_(bold=True, colour="#333333")
    present = "" if plan.meeting_present is None else str(plan.meeting_present)
    expected = "" if plan.meeting_expected is None else str(plan.meeting_expected)
    attendance = f"{present} / {expected}" if present or expected else "/"
    rows = [
        [MixedText(t("Reports", "Date of the meeting"), label_style, fonts), _filled(day(plan.meeting_on), fonts),
         MixedText(t("Reports", "Attendance (present / expected)"), label_style, fonts),
         MixedText(attendance, blocks.BODY.with_(align="center"), fonts)],
        [MixedText(t("Reports", "Resolution of the meeting"), label_style, fonts),
         _filled(plan.meeting_resolution, fonts), "", ""],
    ]
    w = width
    table = blocks.table(rows, fonts, colWidths=[0.16 * w, 0.34 * w, 0.2 * w, 0.3 * w],
                         rowHeights=[None, None if plan.meeting_resolution else 3 * BLANK_LINE])
    table.setStyle(TableStyle([
        ("SPAN", (1, 1), (3, 1)),
        ("GRID", (0, 0), (-1, -1), 0.4, blocks.GRID),
        ("BACKGROUND", (0, 0), (0, -1), blocks.HEADER_FILL),
        ("BACKGROUND", (2, 0), (2, 0), blocks.HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (3, 0), (3, 0), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), blocks.PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), blocks.PAD),
        ("TOPPADDING", (0, 0), (-1, 0), blocks.PAD + 2),
        ("BOTTOMPADDING", (0, 0), (-1, 0), blocks.PAD + 2),
    ]))
    heading = labels.of(lambda: field_label("meeting"))
    return [MixedText(heading, blocks.HEADING, fonts), Spacer(1, 2 * mm), table]


def _signatures(labels: ReportLabels, fonts: ReportFonts, width: float) -> list:
    """Three places to sign, each with a line for the date."""
    t = labels.translate
    label_style = blocks.BODY.with_(bold=True, colour="#333333")
    who = [t("Reports", "Village Party secretary (signature)"),
           t("Reports", "Township Party committee leader (signature)"),
           t("Reports", "Village representatives (signatures)")]
    date_label = t("Reports", "Date")
    shares = (0.27, 0.27, 0.46)
    rows = [[MixedText(w, label_style, fonts) for w in who],
            ["", "", ""],
            [MixedText(date_label, blocks.SMALL.with_(colour="#333333"), fonts) for _ in who]]
    table = blocks.table(rows, fonts, colWidths=[s * width for s in shares], rowHeights=[None, 3 * BLANK_LINE, None])
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOTTOMPADDING", (0, 2), (-1, 2), BLANK_LINE / 2),
                ("LEFTPADDING", (0, 0), (-1, -1), blocks.PAD + 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), blocks.PAD + 6),
                ("BOX", (0, 0), (-1, -1), 0.4, blocks.GRID),
                ("LINEAFTER", (0, 0), (-2, -1), 0.4, blocks.GRID)]
    # The line to sign on, and the line to date it on.
    commands += [("LINEBELOW", (c, 1), (c, 1), 0.5, "#555555") for c in range(3)]
    table.setStyle(TableStyle(commands))
    return [table]
