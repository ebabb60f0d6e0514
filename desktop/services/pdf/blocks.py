"""Building blocks the reports share: headings, label/value grids, data
tables. Every piece of text goes through `MixedText`, never Paragraph."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Spacer, Table, TableStyle

from desktop.core.terms import WarningColour
from desktop.services.pdf.fonts import ReportFonts
from desktop.services.pdf.text import MixedText, TextStyle

BODY = TextStyle(size=9.5)
SMALL = TextStyle(size=8.5)
TITLE = TextStyle(size=17, bold=True, align="center")
HEADING = TextStyle(size=12.5, bold=True)
HEADER_FILL = "#E8ECF2"
GRID = "#8A8F99"
ZEBRA = "#F6F7F9"
PAD = 3
HEADING_ROOM = 35 * mm  # room a heading needs below it on the page
# Light fills for a colour cell (a warning, a deadline): the text stays readable in print.
WARNING_FILLS = {WarningColour.RED: "#F6C5C0", WarningColour.YELLOW: "#FBE7A1", WarningColour.GREEN: "#C9E7D0"}


def table(data: list, fonts: ReportFonts, commands: list | tuple = (), **options) -> Table:
    """A platypus Table whose cells default to one of our fonts: ReportLab's
    default, Helvetica, is otherwise named in the PDF (set, never drawn) and
    left unembedded. Every report table is made here."""
    made = Table(data, **options)
    made.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts.latin), *commands]))
    return made


def title(text: str, fonts: ReportFonts) -> list:
    return [MixedText(text, TITLE, fonts), Spacer(1, 4 * mm)]


def heading(text: str, fonts: ReportFonts) -> list:
    # A new page unless the heading and the first lines under it fit: a
    # heading is not left alone at the foot of a page. (keepWithNext would
    # carry a whole table over, leaving the page empty.)
    return [CondPageBreak(HEADING_ROOM), Spacer(1, 3 * mm), MixedText(text, HEADING, fonts), Spacer(1, 2 * mm)]


def paragraph(text: str, fonts: ReportFonts, style: TextStyle = BODY) -> MixedText:
    return MixedText(text, style, fonts)


def data_table(header: list[str], rows: list[list], widths: list[float], fonts: ReportFonts,
               style: TextStyle = SMALL, header_style: TextStyle | None = None, zebra: bool = True,
               fills: dict[tuple[int, int], str] | None = None) -> Table:
    """A table with a header row repeated on every page. Cells are text (or
    a flowable, used as is); `fills` colours single cells, keyed by
    (column, row) of the body."""
    header_style = header_style or style.with_(bold=True)
    data = [[_cell(h, header_style, fonts) for h in header]]
    data += [[_cell(value, style, fonts) for value in row] for row in rows]
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), PAD - 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD - 1),
    ]
    if zebra:
        commands += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(2, len(data), 2)]
    for (col, row), colour in (fills or {}).items():
        commands.append(("BACKGROUND", (col, row + 1), (col, row + 1), colour))
    return table(data, fonts, commands, colWidths=widths, repeatRows=1)


def field_grid(pairs: list[tuple[str, str]], width: float, fonts: ReportFonts, columns: int = 2,
               label_share: float = 0.38, style: TextStyle = BODY) -> Table:
    """Label/value pairs in a grid of `columns` pairs per row (the head of a
    form or a village file)."""
    label_style = style.with_(bold=True, colour="#333333")
    pair_width = width / columns
    widths = [pair_width * label_share, pair_width * (1 - label_share)] * columns
    rows = []
    for start in range(0, len(pairs), columns):
        row = []
        for label, value in pairs[start:start + columns]:
            row += [MixedText(label, label_style, fonts), MixedText(value, style, fonts)]
        row += [""] * (2 * columns - len(row))
        rows.append(row)
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
    ]
    commands += [("BACKGROUND", (c, 0), (c, -1), HEADER_FILL) for c in range(0, 2 * columns, 2)]
    return table(rows, fonts, commands, colWidths=widths)


def _cell(value, style: TextStyle, fonts: ReportFonts):
    if value is None:
        return ""
    if isinstance(value, str):
        return MixedText(value, style, fonts) if value else ""
    if isinstance(value, (int, float)):
        return MixedText(str(value), style, fonts)
    return value
