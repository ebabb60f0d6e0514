"""The county overview: the campaign across the county's townships.

For the county organisation department: the county's figures in a
sentence, each township's villages by warning colour as a chart, one row
per township (villages, weak, colours, problems found / solved / closed /
overdue, plans approved, villages converted), then every village with its
colour, rating, campaign status, plan and problems. Landscape: thirteen
columns of figures.

Scope: the county named in the request, else every village of the
database (a county's own database holds one county). Everything is
counted by the database per village (`figures.py`), so 300 villages or
3,000 cost a few queries; the time goes into typesetting.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from desktop.core.terms import AdminLevel
from desktop.services.pdf import blocks
from desktop.services.pdf.document import ReportDocument
from desktop.services.pdf.fonts import ReportFonts
from desktop.services.pdf.labels import ReportLabels
from desktop.services.reports.charts import StackedBarChart
from desktop.services.reports.common import both
from desktop.services.reports.figures import COLOURS, ScopeFigures, add_counts, resolve_unit, scope_figures
from desktop.services.reports.summary_tables import colour_series, township_table, village_table


def build(ws, request, out: Path, fonts: ReportFonts, progress) -> Path:
    labels = ReportLabels(request.language)
    unit = resolve_unit(ws, request.unit_id or _only_county(ws), AdminLevel.COUNTY)
    progress.step(0, 1, labels.translate("Reports", "Counting", sep=" "))
    figures = scope_figures(ws, unit)
    title = labels.translate("Reports", "County overview", sep=" / ")
    place = both(labels, unit.name_zh, unit.name_bo, " ") if unit else ""
    doc = ReportDocument(out, f"{title} · {place}" if place else title, fonts, labels, wide=True,
                         subtitle=unit.code or "" if unit else "")
    return doc.build(story(labels, fonts, doc.frame_width, figures), progress)


def _only_county(ws) -> str | None:
    """A county's own database holds one county: the request need not name it."""
    counties = ws.units.counties()
    return counties[0].id if len(counties) == 1 else None


def story(labels: ReportLabels, fonts: ReportFonts, width: float, figures: ScopeFigures) -> list:
    t = labels.translate
    unit = figures.unit
    out: list = []
    out += blocks.title(t("Reports", "County overview of the rectification of weak village Party organisations"),
                        fonts)
    if unit:
        out.append(blocks.paragraph(both(labels, unit.name_zh, unit.name_bo, "  ") + "  ·  " + figures.today.isoformat(),
                                    fonts, blocks.BODY.with_(align="center")))
    counts = add_counts(v.problems for v in figures.villages)
    out.append(Spacer(1, 2 * mm))
    out.append(blocks.paragraph(t("Reports", "{villages} villages in {townships} townships, {weak} of them weak; "
                                             "{campaign} in the campaign, {converted} converted.", sep="\n",
                                  villages=len(figures.villages), townships=len(figures.townships),
                                  weak=figures.weak, campaign=len(figures.dashboard.campaign_ids),
                                  converted=sum(tw.converted for tw in figures.townships)), fonts))
    out.append(blocks.paragraph(labels.of(counts.sentence), fonts))
    out += blocks.heading(t("Reports", "Villages by warning colour, per township"), fonts)
    # One line per bar, in both scripts side by side: a county's townships fit a page.
    rows = [(both(labels, tw.name_zh, tw.name_bo, " "), [tw.colours.get(c, 0) for c in COLOURS])
            for tw in figures.townships]
    out.append(StackedBarChart(rows, colour_series(labels), fonts, width * 0.75))
    out += blocks.heading(t("Reports", "Townships"), fonts)
    out.append(township_table(labels, fonts, width, figures.townships))
    out += blocks.heading(t("Reports", "Villages"), fonts)
    out.append(village_table(labels, fonts, width, figures.villages, with_township=True))
    return out
