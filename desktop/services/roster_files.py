"""The roster's workbooks the app writes: the blank template and the rejected
rows to fix and import again. Both through xlsx_sheets (frozen header,
widths, drop-down lists, saved atomically)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.roster import BY_KEY, COUNT, DATE, BIRTH, TEMPLATE_KEYS, choice_labels
from desktop.services.xlsx_sheets import Column, XlsxBook

if TYPE_CHECKING:
    from desktop.services.roster_import import RosterPreview

ROSTER_SHEET = QT_TRANSLATE_NOOP("Roster", "Roster")
INSTRUCTIONS_SHEET = QT_TRANSLATE_NOOP("Roster", "Instructions")
REASON = "reason"

# What each column of the template wants, for the instructions sheet.
_HELP = {
    "township": QT_TRANSLATE_NOOP("Roster", "The township or town. One not yet in VillageDesk is created."),
    "village_code": QT_TRANSLATE_NOOP("Roster", "The 12-digit statistical division code. Villages are matched by it."),
    "village_name_zh": QT_TRANSLATE_NOOP("Roster", "The village's name in Chinese (or give the Tibetan one)."),
    "village_name_bo": QT_TRANSLATE_NOOP("Roster", "The village's name in Tibetan."),
    "village_kind": QT_TRANSLATE_NOOP("Roster", "Village or community (from the list)."),
    "population": QT_TRANSLATE_NOOP("Roster", "Whole numbers."),
    "households": QT_TRANSLATE_NOOP("Roster", "Whole numbers."),
    "party_members": QT_TRANSLATE_NOOP("Roster", "Whole numbers."),
    "party_org_type": QT_TRANSLATE_NOOP("Roster", "Party branch, general branch or committee (from the list)."),
    "weakness": QT_TRANSLATE_NOOP("Roster", "One or more of 软 乱 散 弱 穷, separated by 、"),
    "paired_unit": QT_TRANSLATE_NOOP("Roster", "The department or enterprise paired with the village."),
    "village_note": QT_TRANSLATE_NOOP("Roster", "Anything else about the village."),
    "name_zh": QT_TRANSLATE_NOOP("Roster", "One row per person and post; repeat the village's code and name on each row."),
    "name_bo": QT_TRANSLATE_NOOP("Roster", "The person's name in Tibetan."),
    "gender": QT_TRANSLATE_NOOP("Roster", "From the list."),
    "ethnicity": QT_TRANSLATE_NOOP("Roster", "From the list."),
    "birth_date": QT_TRANSLATE_NOOP("Roster", "A date such as 1975-03-05, or the year and month 1975.03; only the year is kept."),
    "education": QT_TRANSLATE_NOOP("Roster", "From the list."),
    "party_member": QT_TRANSLATE_NOOP("Roster", "Yes or no."),
    "phone": QT_TRANSLATE_NOOP("Roster", "An 11-digit mobile number, or a landline with its area code."),
    "person_unit": QT_TRANSLATE_NOOP("Roster", "For first secretaries and work teams: the unit they come from."),
    "post": QT_TRANSLATE_NOOP("Roster", "From the list; one person holding two posts: 党支部书记、村委会主任."),
    "term_start": QT_TRANSLATE_NOOP("Roster", "A date such as 2021-03-01."),
    "term_end": QT_TRANSLATE_NOOP("Roster", "Blank while the term runs."),
    "post_note": QT_TRANSLATE_NOOP("Roster", "Anything else about the post."),
}
_EXAMPLES = {"township": "扎西乡", "village_code": "513336100201", "village_name_zh": "扎西岗村",
             "village_name_bo": "བཀྲ་ཤིས་སྒང་།", "population": "1250", "households": "312", "party_members": "46",
             "weakness": "软、散", "name_zh": "次仁多吉", "name_bo": "ཚེ་རིང་རྡོ་རྗེ།", "birth_date": "1975-03-05",
             "phone": "13800000000", "term_start": "2021-03-01"}


def _labels(headers: dict[tuple[str, str], str]):
    """Labels for xlsx_sheets: the roster's own bilingual headers, else translated."""
    def labels(context: str, source: str) -> str:
        return headers.get((context, source)) or (translate(context, source) if context else source)
    return labels


def write_template(path: Path) -> Path:
    columns = [BY_KEY[k] for k in TEMPLATE_KEYS]
    headers = {("Roster", c.label): c.header for c in columns}
    with XlsxBook(path, _labels(headers)) as book:
        book.sheet(translate("Roster", ROSTER_SHEET), [
            Column(c.key, c.label, "Roster", width=c.width, choices=tuple(choice_labels(c.key))) for c in columns])
        info = book.sheet(translate("Roster", INSTRUCTIONS_SHEET), [
            Column("column", QT_TRANSLATE_NOOP("Roster", "Column"), "Roster", width=24),
            Column("help", QT_TRANSLATE_NOOP("Roster", "What to write"), "Roster", width=60, wrap=True),
            Column("example", QT_TRANSLATE_NOOP("Roster", "Example"), "Roster", width=22)])
        for c in columns:
            info.append([c.title, translate("Roster", _HELP[c.key]) if c.key in _HELP else "", _EXAMPLES.get(c.key)])
        info.append([])
        info.append([translate("Roster", "Also read"), translate(
            "Roster", "Headers as townships write them (村名, 行政村, 村代码, 手机号...), a title above the header, "
                      "full-width digits, text dates and subtotal rows. Blank cells leave what VillageDesk "
                      "holds unchanged."), None])
    return path


def write_rejects(preview: "RosterPreview", path: Path) -> Path:
    """One sheet per sheet with rejected rows: its header as written, the
    rows' cells as they were, and a last column saying why."""
    reason_header = BY_KEY[REASON].header
    with XlsxBook(path, _labels({})) as book:
        by_sheet: dict[str, list] = {}
        for row in preview.rejected:
            by_sheet.setdefault(row.sheet, []).append(row)
        for title, rows in by_sheet.items():
            layout = rows[0].layout
            width = max([layout.width, *(len(r.cells) for r in rows)])
            while width and not layout.headers.get(width - 1) and all(
                    len(r.cells) < width or r.cells[width - 1] is None for r in rows):
                width -= 1     # the empty columns read-only sheets pad rows with
            columns = [Column(f"c{i}", layout.headers.get(i, ""), "", width=_width(layout, i),
                              number_format=_format(layout, i)) for i in range(width)]
            columns.append(Column(REASON, reason_header, "", width=60, wrap=True))
            sheet = book.sheet(title, columns)
            for row in rows:
                cells = list(row.cells[:width]) + [None] * (width - len(row.cells))
                reasons = "\n".join(
                    f"{p.column} {p.header or ''}: {p.message}" if p.column else p.message for p in row.problems)
                sheet.append(cells + [reasons])
    return path


def _width(layout, index: int) -> float | None:
    key = layout.columns.get(index)
    return float(BY_KEY[key].width) if key else None


def _format(layout, index: int) -> str | None:
    key = layout.columns.get(index)
    if key is None:
        return None
    kind = BY_KEY[key].kind
    if kind in (DATE, BIRTH):
        return "yyyy-mm-dd"
    if kind == COUNT:
        return "0"
    return None
