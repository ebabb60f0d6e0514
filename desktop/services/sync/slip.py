"""The enrolment slip (docs/sync-format.md §2): one printed page with this
installation's name, role, unit, id and fingerprint.

The slip travels apart from the enrolment file (in hand, or read out on the
telephone): the other side types its digits, so a file swapped on the stick
is caught. The fingerprint is printed large, two lines of four groups as the
screen shows it, each group in its own box so a reader keeps their place.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, TableStyle

from desktop.core.progress import NO_PROGRESS, Progress
from desktop.core.sync_identity import format_fingerprint
from desktop.core.terms import AdminLevel
from desktop.services.pdf import blocks
from desktop.services.pdf.document import ReportDocument
from desktop.services.pdf.fonts import ReportFonts
from desktop.services.pdf.labels import ReportLabels
from desktop.services.pdf.text import TextStyle
from desktop.services.reports.common import both

DIGITS = TextStyle(size=28, align="center")
GROUP_NUMBER = TextStyle(size=7.5, colour="#777777", align="center")
NOTICE = TextStyle(size=11, bold=True, align="center")
BLANK_LINE = 7 * mm


def build_slip(ws, path: Path, language: str, *, fonts: ReportFonts | None = None,
               progress: Progress = NO_PROGRESS) -> Path:
    """Write the slip of `ws`'s installation to `path` (atomically) in
    "zh_CN", "bo_CN" or "both"; returns the path."""
    if fonts is None:
        from desktop.services.reports import report_fonts

        fonts = report_fonts()
    labels = ReportLabels(language)
    me = ws.sync.identity()
    t = labels.translate
    title = t("Sync", "Enrolment slip", sep=" / ")
    doc = ReportDocument(Path(path), title, fonts, labels, subtitle=me.installation_id)
    width = doc.frame_width
    level = AdminLevel.COUNTY if me.mode == "county" else AdminLevel.TOWNSHIP
    pairs = [
        (t("Sync", "Installation name"), me.name),
        (t("Sync", "Set up as"), labels.of(lambda: level.label)),
        (t("Sync", "Unit code"), me.unit_code),
        (t("Sync", "Unit"), both(labels, me.unit_name_zh, me.unit_name_bo)),
        (t("Sync", "Installation id"), me.installation_id),
        (t("Sync", "Date"), doc.printed_on.isoformat()),
    ]
    story: list = []
    story += blocks.title(t("Sync", "Enrolment slip"), fonts)
    story.append(blocks.field_grid(pairs, width, fonts, columns=1, label_share=0.3))
    # Both scripts make every label two lines: less air keeps the slip on one page.
    air = 0.5 if language == "both" else 1.0
    story.append(Spacer(1, 8 * mm * air))
    story.append(blocks.paragraph(t("Sync", "Fingerprint"), fonts, blocks.HEADING))
    story.append(Spacer(1, 2 * mm))
    story.append(_fingerprint(me.fingerprint, fonts, width))
    story.append(Spacer(1, 6 * mm * air))
    story.append(blocks.paragraph(
        t("Sync", "Compare these digits with the screen of the other installation before enrolling."), fonts, NOTICE))
    story.append(Spacer(1, 2 * mm))
    story.append(blocks.paragraph(t(
        "Sync", "Keep this slip apart from the enrolment file: the other side types these digits, so a file "
                "changed on the way is refused."), fonts, blocks.BODY.with_(colour="#444444", align="center")))
    story.append(Spacer(1, 14 * mm * air))
    story.append(_signatures(labels, fonts, width))
    return doc.build(story, progress)


def _fingerprint(digits: str, fonts: ReportFonts, width: float):
    """Eight groups of five digits in two rows of four boxes, each numbered."""
    groups = format_fingerprint(digits).split(" ")
    rows = []
    for start in (0, 4):
        rows.append([blocks.paragraph(str(n + 1), fonts, GROUP_NUMBER) for n in range(start, start + 4)])
        rows.append([blocks.paragraph(g, fonts, DIGITS) for g in groups[start:start + 4]])
    table = blocks.table(rows, fonts, colWidths=[width / 4] * 4)
    commands = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
    for row in (1, 3):
        commands += [("BOX", (c, row), (c, row), 0.8, blocks.GRID) for c in range(4)]
        commands += [("TOPPADDING", (0, row), (-1, row), 5), ("BOTTOMPADDING", (0, row), (-1, row), 7)]
    table.setStyle(TableStyle(commands))
    return table


def _signatures(labels: ReportLabels, fonts: ReportFonts, width: float):
    """Who printed the slip and who compared it, each with a date."""
    t = labels.translate
    label_style = blocks.BODY.with_(bold=True, colour="#333333")
    who = [t("Sync", "Printed by (signature)"), t("Sync", "Checked by, at the other installation (signature)")]
    date_label = t("Sync", "Date")
    rows = [[blocks.paragraph(w, fonts, label_style) for w in who],
            ["", ""],
            [blocks.paragraph(date_label, fonts, blocks.SMALL.with_(colour="#333333")) for _ in who]]
    table = blocks.table(rows, fonts, colWidths=[width / 2] * 2, rowHeights=[None, 3 * BLANK_LINE, None])
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOTTOMPADDING", (0, 2), (-1, 2), BLANK_LINE / 2),
                ("LEFTPADDING", (0, 0), (-1, -1), blocks.PAD + 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), blocks.PAD + 12),
                ("BOX", (0, 0), (-1, -1), 0.4, blocks.GRID),
                ("LINEAFTER", (0, 0), (0, -1), 0.4, blocks.GRID)]
    commands += [("LINEBELOW", (c, 1), (c, 1), 0.5, "#555555") for c in range(2)]
    table.setStyle(TableStyle(commands))
    return table
