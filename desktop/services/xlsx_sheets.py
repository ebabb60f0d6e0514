"""The one way VillageDesk writes a formatted Excel sheet (exports, the roster template, rejected rows).

    with XlsxBook(path, labels) as book:            # labels(context, source) -> the header text shown
        sheet = book.sheet(title, [Column("code", QT_TRANSLATE_NOOP("Excel", "Village code")), ...])
        for row in rows:
            progress.step(...)                      # Cancelled (or any error) leaves no file behind
            sheet.append(values_in_column_order)

Every sheet gets a bold, filled header row that stays frozen, an autofilter
over the data, widths fitted to the header and the first rows (Chinese two
units a character, Tibetan stacks counted once), real Excel dates, and a
drop-down list on each column with `choices`. Headers in two languages are
one cell of two lines (what `labels` gives for "both": Chinese, newline,
Tibetan), not two header rows: Excel's and WPS's filter and sort take exactly
one header row, so a second one would be sorted in with the data, and a
reader matching header names finds both names in one cell.

Only plain features (inline strings, one fill, bold, wrap, number formats,
list validations, a hidden sheet for long lists): what Excel 2010+, WPS and
LibreOffice open without a repair prompt. The workbook is streamed
(openpyxl write-only) into a temporary file beside the target, flushed and
renamed over it, so a failure or a cancel never leaves half a file.
"""

from __future__ import annotations

import contextlib
import datetime
import errno
import os
import tempfile
import unicodedata
from copy import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import openpyxl
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.filters import AutoFilter

from desktop.core.errors import VillageDeskError
from desktop.core.i18n import translate
from desktop.services.files import move_into_place

Labels = Callable[[str, str], str]
"""(context, English source text) -> the text to show, e.g. `ReportLabels(language)` or `translate`."""

DATE = "yyyy-mm-dd"
DATETIME = "yyyy-mm-dd hh:mm"
INTEGER = "0"
DECIMAL = "0.0"
LIST_SHEET = "lists"          # the hidden sheet holding drop-down lists too long for the validation itself
HEADER_FILL = "DDEBF7"        # a pale blue that prints as light grey
# Excel's own pale "bad / neutral / good" fills: the colour reads at a glance and the text stays legible.
RED_FILL, YELLOW_FILL, GREEN_FILL = "FFC7CE", "FFEB9C", "C6EFCE"
MAX_ROWS = 1_048_576
_MAX_TEXT = 32_767            # Excel's limit for a cell; longer text makes Excel "repair" the file
_FIT_ROWS = 200               # rows buffered to fit the column widths (write-only writes widths first)
_MIN_WIDTH, _MAX_WIDTH = 6.0, 60.0


class ExcelSaveFailed(VillageDeskError):
    """The workbook could not be written; nothing was left at the target."""


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    header: str                       # English source text (mark it with QT_TRANSLATE_NOOP(context, ...))
    context: str = "Excel"            # its translation context
    width: float | None = None        # Excel character units; None: fitted to header and first rows
    number_format: str | None = None  # e.g. INTEGER, DECIMAL; date values get DATE without it
    choices: tuple[str, ...] = ()     # the values offered (as shown in the cells): a drop-down over the column
    strict: bool = False              # refuse other values (an error box); default: the list only suggests
    wrap: bool = False                # long text: wrap within `width` (Excel fits the row height)
    fills: tuple[tuple[str, str], ...] = ()   # (value shown, RGB): a cell holding the value gets that fill


def text_width(text: str) -> float:
    """Width in Excel's character units (a '0' of the default font): Han and full-width forms two,
    Tibetan letters about one and a third (a stack of combining letters counts once), marks nothing."""
    width = 0.0
    for ch in text:
        code = ord(ch)
        if 0x0F00 <= code <= 0x0FFF:
            if unicodedata.category(ch) != "Mn":
                width += 0.5 if ch in "་།༌" else 1.35
        elif unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        elif unicodedata.east_asian_width(ch) in ("W", "F"):
            width += 2.0
        else:
            width += 1.1 if ch.isupper() else 1.0
    return width


def _cell_width(value: Any) -> float:
    if value is None:
        return 0.0
    if isinstance(value, datetime.datetime):
        return 16.0
    if isinstance(value, datetime.date):
        return 10.5
    if isinstance(value, float):
        return len(f"{value:.2f}")
    return max((text_width(line) for line in str(value).split("\n")), default=0.0)


def sheet_title(text: str, taken: Iterable[str] = ()) -> str:
    """`text` as a valid, unique sheet name: no []:*?/\\, at most 31 characters, not blank."""
    clean = "".join(" " if ch in "[]:*?/\\" else ch for ch in text).strip().strip("'") or "Sheet"
    clean = clean[:31]
    taken_lower = {t.lower() for t in taken}
    title, n = clean, 2
    while title.lower() in taken_lower:
        suffix = f" ({n})"
        title, n = clean[:31 - len(suffix)] + suffix, n + 1
    return title


class XlsxBook:
    """A workbook written atomically when the `with` block ends without an error."""

    def __init__(self, path: str | Path, labels: Labels) -> None:
        self.path = Path(path)
        self.labels = labels
        if self.path.suffix.lower() != ".xlsx":
            raise ExcelSaveFailed(translate("Excel", "{name}: an Excel workbook is saved with the ending .xlsx.").format(
                name=self.path.name))
        # Made now, so a missing or read-only folder is reported before any long work.
        self._temp = _make_temp(self.path)
        self._wb = openpyxl.Workbook(write_only=True)
        self._sheets: list[XlsxSheet] = []
        self._lists: list[tuple[str, ...]] = []
        self._list_ws = None

    def sheet(self, title: str, columns: Sequence[Column], *, freeze_columns: int = 0) -> "XlsxSheet":
        """A new sheet titled `title` (made valid and unique) with `columns`; append rows in their order.
        `freeze_columns` also keeps that many leading columns in view when scrolling right."""
        ws = self._wb.create_sheet(sheet_title(title, (s.title for s in self._wb.worksheets)))
        sheet = XlsxSheet(self, ws, list(columns), freeze_columns)
        self._sheets.append(sheet)
        return sheet

    def save(self) -> Path:
        """Write the workbook to its path (the `with` block does this)."""
        try:
            for sheet in self._sheets:
                sheet._finish()
            if self._lists:
                self._write_lists()
            self._wb.save(self._temp)
            move_into_place(self._temp, self.path)
        except OSError as exc:
            self.discard()
            raise _save_failed(self.path, exc) from None
        except BaseException:
            self.discard()
            raise
        return self.path

    def discard(self) -> None:
        """Drop the workbook: its temporary file and openpyxl's per-sheet streams (files in the temp folder)."""
        for ws in self._wb.worksheets:
            with contextlib.suppress(Exception):  # a stream may already be closed by a save that failed later
                if not ws.closed:
                    ws.close()
            writer = getattr(ws, "_writer", None)  # openpyxl's own, private: there is no public way to drop it
            with contextlib.suppress(Exception):
                writer.cleanup()
        with contextlib.suppress(OSError):
            os.unlink(self._temp)

    def __enter__(self) -> "XlsxBook":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.save()
        else:
            self.discard()

    # -- drop-down lists ------------------------------------------------------

    def _validation(self, column: Column, letter: str) -> DataValidation:
        inline = ",".join(column.choices)
        if len(inline) <= 250 and all(c and "," not in c and '"' not in c for c in column.choices):
            formula = f'"{inline}"'
        else:
            # Longer lists (Tibetan labels soon pass Excel's 255 characters) or values with commas
            # are read from a hidden sheet instead.
            if self._list_ws is None:  # made after the data sheets: a hidden sheet must not open first
                self._list_ws = self._wb.create_sheet(sheet_title(LIST_SHEET, (s.title for s in self._wb.worksheets)))
                self._list_ws.sheet_state = "hidden"
            self._lists.append(column.choices)
            col = get_column_letter(len(self._lists))
            formula = f"{quote_sheetname(self._list_ws.title)}!${col}$1:${col}${len(column.choices)}"
        v = DataValidation(type="list", formula1=formula, allow_blank=True, showErrorMessage=column.strict)
        if column.strict:
            v.errorTitle = self.labels(column.context, column.header)[:32]
            v.error = translate("Excel", "Choose a value from the list.")
        v.add(f"{letter}2:{letter}{MAX_ROWS}")
        return v

    def _write_lists(self) -> None:
        for i in range(max(len(c) for c in self._lists)):
            self._list_ws.append([_safe_text(c[i]) if i < len(c) else None for c in self._lists])

    def header_cell(self, ws, text: str, wrap: bool) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, _safe_text(text))
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = Alignment(wrap_text=wrap, vertical="center")
        return cell


class XlsxSheet:
    """One sheet of an `XlsxBook`. Rows are buffered only until the widths are fitted."""

    def __init__(self, book: XlsxBook, ws, columns: list[Column], freeze_columns: int) -> None:
        self.book = book
        self.ws = ws
        self.title = ws.title
        self.columns = columns
        self.headers = [book.labels(c.context, c.header) for c in columns]
        self.rows = 0
        self._freeze_columns = freeze_columns
        self._pending: list[list[Any]] | None = []
        self._styles = [self._style(c) for c in columns]
        self._fills = [{value: self._style(c, rgb) for value, rgb in c.fills} or None for c in columns]

    def _style(self, column: Column, fill: str | None = None):
        """The style array of the column's cells, or None for plain values (openpyxl's fast path)."""
        if not (column.number_format or column.wrap or fill):
            return None
        cell = WriteOnlyCell(self.ws)
        if column.number_format:
            cell.number_format = column.number_format
        if column.wrap:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        if fill:
            cell.fill = PatternFill("solid", fgColor=fill)
        return cell._style

    def append(self, values: Sequence[Any]) -> None:
        """One row, values in the order of the columns (None for an empty cell)."""
        if self.rows >= MAX_ROWS - 1:
            raise ExcelSaveFailed(translate("Excel", "The sheet {sheet} would pass Excel's limit of {limit} rows.").format(
                sheet=self.title, limit=MAX_ROWS))
        row = [self._cell(v, s if f is None else f.get(v, s)) for v, s, f in zip(values, self._styles, self._fills)]
        self.rows += 1
        if self._pending is None:
            self.ws.append(row)
            return
        self._pending.append(row)
        if len(self._pending) >= _FIT_ROWS:
            self._start()

    def extend(self, rows: Iterable[Sequence[Any]]) -> None:
        for values in rows:
            self.append(values)

    def _cell(self, value: Any, style) -> Any:
        if isinstance(value, str):
            if ILLEGAL_CHARACTERS_RE.search(value):
                value = ILLEGAL_CHARACTERS_RE.sub("", value)
            if len(value) > _MAX_TEXT:
                value = value[:_MAX_TEXT]
            if value.startswith("=") or style is not None:
                cell = WriteOnlyCell(self.ws, value)
                cell.data_type = "s"  # "=…" typed by a user is text, never a formula
                if style is not None:
                    cell._style = copy(style)
                return cell
            return value
        if style is not None and value is not None:
            cell = WriteOnlyCell(self.ws, value)
            # The prepared style array instead of setting each attribute: openpyxl would look
            # every font, fill and alignment up again per cell.
            cell._style = copy(style)
            return cell
        return value

    def _start(self) -> None:
        """Widths from the header and the buffered rows, the frozen header, then the rows so far."""
        ws, pending = self.ws, self._pending or []
        for index, column in enumerate(self.columns):
            letter = get_column_letter(index + 1)
            if column.width is not None:
                width = column.width
            else:
                sample = max((_cell_width(_value(r[index])) for r in pending if index < len(r)), default=0.0)
                fitted = max(_cell_width(self.headers[index]) * 1.1, sample, text_width("".join(column.choices[:1])))
                width = min(max(fitted + 2, _MIN_WIDTH), _MAX_WIDTH)
            ws.column_dimensions[letter].width = round(width, 1)
        ws.freeze_panes = f"{get_column_letter(self._freeze_columns + 1)}2"
        ws.print_title_rows = "1:1"
        wrap = any("\n" in h for h in self.headers)
        ws.append([self.book.header_cell(ws, h, wrap) for h in self.headers])
        for row in pending:
            ws.append(row)
        self._pending = None

    def _finish(self) -> None:
        if self._pending is not None:
            self._start()
        last = get_column_letter(max(len(self.columns), 1))
        self.ws.auto_filter = AutoFilter(ref=f"A1:{last}{self.rows + 1}")
        for index, column in enumerate(self.columns):
            if column.choices:
                self.ws.data_validations.append(self.book._validation(column, get_column_letter(index + 1)))


def _value(cell: Any) -> Any:
    return cell.value if isinstance(cell, Cell) else cell


def _safe_text(text: str) -> str:
    return ILLEGAL_CHARACTERS_RE.sub("", text)[:_MAX_TEXT]


def _make_temp(path: Path) -> str:
    folder = path.parent
    if not folder.is_dir():
        raise ExcelSaveFailed(translate("Excel", "Cannot save {name}: the folder {folder} does not exist.").format(
            name=path.name, folder=folder))
    if path.is_dir():
        raise ExcelSaveFailed(translate("Excel", "Cannot save {name}: {path} is a folder.").format(
            name=path.name, path=path))
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".xlsx.tmp", dir=folder)
    except OSError as exc:
        raise _save_failed(path, exc) from None
    os.close(fd)
    return temp


def _save_failed(path: Path, exc: OSError) -> ExcelSaveFailed:
    if isinstance(exc, PermissionError):
        message = translate("Excel", "Cannot save {name}: no permission to write in {folder}, or the file is open in "
                                     "Excel or WPS. Close it or choose another folder.")
    elif exc.errno == errno.ENOSPC:
        message = translate("Excel", "Cannot save {name}: the disk is full.")
    else:
        message = translate("Excel", "Cannot save {name} in {folder}: {reason}")
    return ExcelSaveFailed(message.format(name=path.name, folder=path.parent, reason=exc.strerror or exc))


def write_sheet(path: str | Path, labels: Labels, title: str, columns: Sequence[Column],
                rows: Iterable[Sequence[Any]]) -> Path:
    """A one-sheet workbook at `path` (the roster's rejects, a template with no rows)."""
    with XlsxBook(path, labels) as book:
        book.sheet(title, columns).extend(rows)
    return Path(path)
