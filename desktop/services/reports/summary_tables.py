"""Tables the township summary and the county overview share: villages
with their colour and figures, townships side by side, the colour legend
in tints light enough to print text on."""

from __future__ import annotations

from reportlab.platypus import TableStyle

from desktop.core.terms import WarningColour
from desktop.services.pdf import blocks
from desktop.services.pdf.fonts import ReportFonts
from desktop.services.pdf.labels import ReportLabels
from desktop.services.pdf.text import MixedText
from desktop.services.reports.charts import WARNING_FILLS, Series
from desktop.services.reports.common import both, number, term
from desktop.services.reports.figures import COLOURS, TownshipLine, VillageLine, add_counts

TINTS = blocks.WARNING_FILLS
OVERDUE_TINT = TINTS[WarningColour.RED]
NUMBER = blocks.SMALL.with_(align="right")
NONE = "—"


def colour_label(labels: ReportLabels, colour: WarningColour | None) -> str:
    if colour is None:
        return labels.translate("Reports", "Not assessed")
    return term(labels, colour)


def colour_series(labels: ReportLabels) -> list[Series]:
    return [Series(colour_label(labels, c), WARNING_FILLS[c]) for c in COLOURS]


def village_table(labels: ReportLabels, fonts: ReportFonts, width: float, villages: list[VillageLine],
                  with_township: bool):
    """Every village: names, colour (tinted), rating, campaign status,
    plan, problems found / open / solved / closed / overdue."""
    t = labels.translate
    header = [t("Reports", "No.")]
    shares = [0.035]
    if with_township:
        header.append(t("Reports", "Township"))
        shares.append(0.11)
    header += [t("Reports", "Village"), t("Reports", "Colour"), t("Reports", "Rating"),
               t("Reports", "Campaign status"), t("Reports", "Plan"), t("Reports", "Problems found"),
               t("Reports", "Open"), t("Reports", "Solved"), t("Reports", "Closed out"), t("Reports", "Overdue")]
    shares += [0.15, 0.075, 0.075, 0.11, 0.11, 0.07, 0.06, 0.06, 0.06, 0.06]
    scale = 1 / sum(shares)
    colour_col = 3 if with_township else 2
    rows, fills = [], {}
    # Terms repeat down the table: each label is made once.
    cache: dict = {}

    def cached(value, make):
        if value not in cache:
            cache[value] = make()
        return cache[value]

    for i, v in enumerate(villages):
        p = v.problems
        row = [str(i + 1)]
        if with_township:
            row.append(both(labels, v.township_zh, v.township_bo))
        row += [both(labels, v.name_zh, v.name_bo),
                cached(("c", v.colour), lambda: colour_label(labels, v.colour)),
                cached(("r", v.rating), lambda: term(labels, v.rating) or NONE),
                cached(("s", v.status), lambda: term(labels, v.status) or NONE),
                cached(("p", v.plan), lambda: term(labels, v.plan) or NONE),
                *(figure(n, fonts) for n in (p.found, p.open, p.solved, p.closed, p.overdue))]
        rows.append(row)
        if v.colour is not None:
            fills[colour_col, i] = TINTS[v.colour]
        if p.overdue:
            fills[len(row) - 1, i] = OVERDUE_TINT
    return blocks.data_table(header, rows, [s * scale * width for s in shares], fonts, fills=fills)


def township_table(labels: ReportLabels, fonts: ReportFonts, width: float, townships: list[TownshipLine]):
    """One row per township and a total: villages, weak, colours, problems,
    plans approved, villages converted (passed the final review)."""
    t = labels.translate
    header = [t("Reports", "Township"), t("Reports", "Villages"), t("Reports", "Weak villages")]
    header += [colour_label(labels, c) for c in COLOURS]
    header += [t("Reports", "Problems found"), t("Reports", "Solved"), t("Reports", "Closed out"),
               t("Reports", "Overdue"), t("Reports", "Plans approved"), t("Reports", "Converted")]
    shares = [0.16] + [0.07] * 12
    scale = 1 / sum(shares)
    rows = []
    for tw in townships:
        rows.append(_township_row(both(labels, tw.name_zh, tw.name_bo), tw, fonts))
    total = TownshipLine("", "", "", [v for tw in townships for v in tw.villages])
    rows.append(_township_row(t("Reports", "Total"), total, fonts))
    fills = {(3 + k, r): TINTS[c] for k, c in enumerate(COLOURS[:3]) for r in range(len(rows))}
    table = blocks.data_table(header, rows, [s * scale * width for s in shares], fonts, fills=fills, zebra=False)
    table.setStyle(TableStyle([("LINEABOVE", (0, len(rows)), (-1, len(rows)), 1.0, "#333333"),
                               ("BACKGROUND", (0, len(rows)), (0, len(rows)), blocks.HEADER_FILL)]))
    return table


def figure(n: int, fonts: ReportFonts) -> MixedText:
    """A number in a table cell, flush right."""
    return MixedText(number(n), NUMBER, fonts)


def _township_row(name: str, tw: TownshipLine, fonts: ReportFonts) -> list:
    colours = tw.colours
    p = add_counts(v.problems for v in tw.villages)
    values = [len(tw.villages), tw.weak, *(colours.get(c, 0) for c in COLOURS), p.found, p.solved, p.closed,
              p.overdue, tw.plans_approved, tw.converted]
    return [name, *(figure(n, fonts) for n in values)]
