"""The recovery sheet: one printed page with the recovery key of an
encrypted database (issue 10), made once when the database is encrypted.

It names the database (file, folder, installation id) and the day, prints
the 48 digits large in eight numbered boxes, every digit in a slot of its
own width so the columns line up whatever the font, and says what the key
is for, how it is used and where the sheet belongs. In Chinese, Tibetan,
both, or English (the source text).
"""

from __future__ import annotations

import re

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, TableStyle

from desktop.core.progress import NO_PROGRESS, Progress
from desktop.core.recovery_key import DIGITS as KEY_DIGITS
from desktop.core.recovery_key import GROUP_DIGITS, groups_of, parse
from desktop.services.pdf import blocks
from desktop.services.pdf.document import ReportDocument
from desktop.services.pdf.fonts import ReportFonts
from desktop.services.pdf.labels import REPORT_LANGUAGES, ReportLabels
from desktop.services.pdf.text import TextStyle, draw_text

SHEET_LANGUAGES = (*REPORT_LANGUAGES, "en")
DIGIT = TextStyle(size=25, align="center")
GROUP_NUMBER = TextStyle(size=8, colour="#666666", align="center")
WARNING = TextStyle(size=11, bold=True, align="center", colour="#8B1A1A")
BLANK_LINE = 7 * mm


class _EnglishLabels(ReportLabels):
    """The source text: no catalogue is looked up."""

    def __init__(self) -> None:
        self.language = "en"
        self.languages = ("en",)


def sheet_labels(language: str) -> ReportLabels:
    if language not in SHEET_LANGUAGES:
        raise ValueError(language)
    return _EnglishLabels() if language == "en" else ReportLabels(language)


def sheet_language(ui_language: str | None) -> str:
    """The sheet's language for a user working in `ui_language`."""
    return ui_language if ui_language in ("zh_CN", "bo_CN") else "en"


def build_for_workspace(ws, path: Path, recovery_key: str, language: str, *, fonts: ReportFonts | None = None,
                        progress: Progress = NO_PROGRESS) -> Path:
    """The sheet of the database `ws` has open."""
    return build_recovery_sheet(path, recovery_key, database=ws.path, installation_id=ws.installation_id,
                                language=language, fonts=fonts, progress=progress)


def build_recovery_sheet(path: Path, recovery_key: str, *, database: Path | str | None, installation_id: str,
                         language: str, fonts: ReportFonts | None = None,
                         progress: Progress = NO_PROGRESS) -> Path:
    """Write the sheet for `recovery_key` (canonical digits or as shown) to
    `path` (atomically) in "zh_CN", "bo_CN", "both" or "en"; returns the path."""
    options = dict(database=database, installation_id=installation_id, language=language, fonts=fonts)
    doc, story = _layout(Path(path), recovery_key, density=_fitting_density(recovery_key, options), **options)
    return doc.build(story, progress)


def recovery_sheet_pdf(recovery_key: str, *, database: Path | str | None, installation_id: str, language: str,
                       fonts: ReportFonts | None = None) -> bytes:
    """The sheet as PDF bytes, for printing: the key never touches the disk
    unless the user saves the sheet."""
    options = dict(database=database, installation_id=installation_id, language=language, fonts=fonts)
    for density in range(len(_DENSITIES)):
        doc, story = _layout(Path("recovery-sheet.pdf"), recovery_key, density=density, **options)
        pdf = doc.build_bytes(story)
        if len(_PAGE.findall(pdf)) == 1:
            break
    return pdf


# (air between blocks, body size, facts size, key box height in mm, blank lines to sign in), roomiest
# first: Tibetan runs taller and both scripts make every text two, so the sheet takes the first that
# keeps it on one page.
_DENSITIES = ((1.0, 10, 9.5, 15, 2.5), (0.6, 9.4, 9.2, 14, 2.2), (0.4, 8.8, 9, 13, 2), (0.25, 8.2, 8.5, 12, 1.6))
_PAGE = re.compile(rb"/Type /Page[^s]")


def _fitting_density(recovery_key: str, options: dict) -> int:
    for density in range(len(_DENSITIES) - 1):
        doc, story = _layout(Path("recovery-sheet.pdf"), recovery_key, density=density, **options)
        if len(_PAGE.findall(doc.build_bytes(story))) == 1:
            return density
    return len(_DENSITIES) - 1


def _layout(path: Path, recovery_key: str, *, database: Path | str | None, installation_id: str, language: str,
            fonts: ReportFonts | None, density: int = 0) -> tuple[ReportDocument, list]:
    if fonts is None:
        from desktop.services.reports import report_fonts

        fonts = report_fonts()
    digits = parse(recovery_key)
    labels = sheet_labels(language)
    t = labels.translate
    title = t("Recovery", "Recovery key", sep=" / ")
    doc = ReportDocument(path, title, fonts, labels, subtitle=installation_id)
    width = doc.frame_width
    database = Path(database) if database else None
    pairs = [
        (t("Recovery", "Database"), database.name if database else ""),
        (t("Recovery", "Folder"), str(database.parent) if database else ""),
        (t("Recovery", "Installation id"), installation_id),
        (t("Recovery", "Made on"), doc.printed_on.isoformat()),
    ]
    air, body_size, facts_size, box_mm, blank_lines = _DENSITIES[density]
    body = blocks.BODY.with_(size=body_size)
    story: list = []
    story += blocks.title(t("Recovery", "Recovery key of the database"), fonts)
    story.append(blocks.paragraph(t(
        "Recovery", "Secret: whoever has this sheet and a copy of the database can read everything in it."),
        fonts, WARNING))
    story.append(Spacer(1, 5 * mm * air))
    story.append(blocks.field_grid(pairs, width, fonts, columns=1, label_share=0.28,
                                   style=blocks.BODY.with_(size=facts_size)))
    story.append(Spacer(1, 7 * mm * air))
    story.append(KeyBoxes(digits, fonts, width, box_height=box_mm * mm))
    story.append(Spacer(1, 6 * mm * air))
    for heading, text in (
        (t("Recovery", "What it is for", sep=" / "), t(
            "Recovery", "The database, its backups and its attachments are encrypted. Each user's password opens "
                        "them. If every administrator's password is lost, this key opens the database and lets an "
                        "administrator set a new password. It also opens a backup when the computer is lost: the "
                        "backup folder holds the file recovery.keys that goes with it.")),
        (t("Recovery", "How to use it", sep=" / "), t(
            "Recovery", "At sign-in choose \"Forgot every password? Use the recovery key\" and type the eight "
                        "groups of six digits (a mistyped group is named), then an administrator's login name and "
                        "a new password. On the command line: villagedesk recover --recovery-key DIGITS --user "
                        "LOGIN.")),
        (t("Recovery", "Where to keep it", sep=" / "), t(
            "Recovery", "Keep it locked away and apart from the computer and the backup drive, as you keep the "
                        "unit's seal: in the office safe, or sealed in an envelope with the unit's records. Do not "
                        "photograph it, copy it into a computer or send it in a message.")),
    ):
        story.append(blocks.paragraph(heading, fonts, blocks.HEADING.with_(size=11)))
        story.append(Spacer(1, 1.5 * mm * air))
        story.append(blocks.paragraph(text, fonts, body))
        story.append(Spacer(1, 4 * mm * air))
    story.append(Spacer(1, 6 * mm * air))
    story.append(_custody(labels, fonts, width, blank_lines * BLANK_LINE))
    return doc, story


class KeyBoxes(Flowable):
    """Eight groups of six digits in two rows of four numbered boxes; every
    digit centred in a slot of one width (monospaced whatever the font),
    with a little gap after the third so the eye keeps its place."""

    PER_ROW = 4
    NUMBER_HEIGHT = 4.5 * mm
    ROW_GAP = 4 * mm
    BOX_GAP = 3 * mm

    def __init__(self, digits: str, fonts: ReportFonts, width: float, box_height: float = 15 * mm) -> None:
        super().__init__()
        self.box_height = box_height
        if len(digits) != KEY_DIGITS:
            raise ValueError("a recovery key has 48 digits")
        self.groups = groups_of(digits)
        self.fonts = fonts
        self.width = width
        rows = len(self.groups) // self.PER_ROW
        self.height = rows * (self.NUMBER_HEIGHT + self.box_height) + (rows - 1) * self.ROW_GAP

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        box_width = (self.width - (self.PER_ROW - 1) * self.BOX_GAP) / self.PER_ROW
        split_gap = box_width * 0.06
        slot = (box_width * 0.9 - split_gap) / GROUP_DIGITS
        canvas.saveState()
        canvas.setStrokeColor(blocks.GRID)
        canvas.setLineWidth(0.9)
        for index, group in enumerate(self.groups):
            row, column = divmod(index, self.PER_ROW)
            x = column * (box_width + self.BOX_GAP)
            top = self.height - row * (self.NUMBER_HEIGHT + self.box_height + self.ROW_GAP)
            draw_text(canvas, x, top - self.NUMBER_HEIGHT + 1.2 * mm, str(index + 1), GROUP_NUMBER, self.fonts,
                      width=box_width)
            bottom = top - self.NUMBER_HEIGHT - self.box_height
            canvas.roundRect(x, bottom, box_width, self.box_height, 1.5 * mm, stroke=1, fill=0)
            baseline = bottom + (self.box_height - DIGIT.size * 0.72) / 2
            left = x + box_width * 0.05
            for n, digit in enumerate(group):
                offset = n * slot + (split_gap if n >= GROUP_DIGITS // 2 else 0)
                draw_text(canvas, left + offset, baseline, digit, DIGIT, self.fonts, width=slot)
        canvas.restoreState()


def _custody(labels: ReportLabels, fonts: ReportFonts, width: float, blank: float):
    """Who printed the sheet and who keeps it, and where."""
    t = labels.translate
    label_style = blocks.BODY.with_(bold=True, colour="#333333")
    who = [t("Recovery", "Printed by (signature)"), t("Recovery", "Kept by (signature)"),
           t("Recovery", "Kept where")]
    rows = [[blocks.paragraph(w, fonts, label_style) for w in who], ["", "", ""]]
    table = blocks.table(rows, fonts, colWidths=[width / 3] * 3, rowHeights=[None, blank])
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), blocks.PAD + 2),
                ("BOX", (0, 0), (-1, -1), 0.4, blocks.GRID),
                ("INNERGRID", (0, 0), (-1, -1), 0.4, blocks.GRID),
                ("BACKGROUND", (0, 0), (-1, 0), blocks.HEADER_FILL)]
    table.setStyle(TableStyle(commands))
    return table
