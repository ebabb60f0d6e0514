"""What the Excel exports share: the export under way (`ExportJob`: where
it reads and writes, its language, its progress) and the pieces every sheet
uses (labels read once per export, dates from the cursor, the village
columns each sheet starts with)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterable

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.progress import Progress
from desktop.core.terms import Term, WarningColour
from desktop.services.xlsx_sheets import GREEN_FILL, RED_FILL, YELLOW_FILL, Column, XlsxBook, XlsxSheet
from desktop.storage.exports import ExportStore

CX = "Export"            # the translation context of the exports' headers and sheet names
STEP = 500               # rows between progress reports (and cancel checks)
_COLOUR_FILLS = {WarningColour.RED: RED_FILL, WarningColour.YELLOW: YELLOW_FILL, WarningColour.GREEN: GREEN_FILL}


@dataclass(frozen=True, slots=True)
class ExportOptions:
    language: str = "zh_CN"          # of the values, and of the headers unless both_headers
    both_headers: bool = False       # headers in Chinese and Tibetan
    answers: bool = False            # inspections: a second sheet with every answer


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    rows: dict[str, int] = field(default_factory=dict)   # sheet title -> data rows written

    @property
    def total(self) -> int:
        return sum(self.rows.values())


class ExportJob:
    """One export under way: where it reads, where it writes, how far it is."""

    def __init__(self, ws, r, store: ExportStore, book: XlsxBook, options: ExportOptions, progress: Progress,
                 texts: dict[str, str]) -> None:
        self.ws, self.r, self.store, self.book, self.options = ws, r, store, book, options
        self.progress, self.texts = progress, texts
        self.today = ws.today()
        self.language = options.language
        self.sheets: list[XlsxSheet] = []
        self.done = self.total = 0

    def sheet(self, title: str, columns: list[Column], freeze_columns: int = 0) -> XlsxSheet:
        sheet = self.book.sheet(title, columns, freeze_columns=freeze_columns)
        self.sheets.append(sheet)
        return sheet

    def start(self, total: int) -> None:
        self.total += total
        self.progress.step(self.done, self.total, self.texts["write"])

    def rows(self, sheet: XlsxSheet, rows: Iterable[list]) -> None:
        """Append `rows`, reporting progress (and so honouring a cancel) every STEP rows."""
        step = self.progress.step
        for row in rows:
            sheet.append(row)
            self.done += 1
            if self.done % STEP == 0:
                step(self.done, max(self.total, self.done))

    def name(self, zh: str | None, bo: str | None) -> str:
        """A name in the export's script, falling back to the other."""
        first, second = (bo, zh) if self.language == "bo_CN" else (zh, bo)
        return first or second or ""


# -- shared pieces ---------------------------------------------------------------

def labels_of(term: type[Term]) -> dict[str, str]:
    """Stored value -> label (in the language being spoken), read once per export, not once per cell."""
    return {m.value: m.label for m in term}


def choices(term: type[Term]) -> tuple[str, ...]:
    return tuple(labels_of(term).values())


def colour_fills() -> tuple[tuple[str, str], ...]:
    return tuple((c.label, rgb) for c, rgb in _COLOUR_FILLS.items())


def yes_no() -> tuple[str, str]:
    return translate("Export", "Yes"), translate("Export", "No")


class Days:
    """Dates as the cursor gives them (ISO text on SQLite) to dates; a ledger has a few hundred distinct days."""

    def __init__(self) -> None:
        self._seen: dict[Any, date | None] = {None: None, "": None}

    def __call__(self, value: Any) -> date | None:
        try:
            return self._seen[value]
        except KeyError:
            day = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
            self._seen[value] = day
            return day


def local_time(value: datetime | None) -> datetime | None:
    """A stored UTC timestamp in this computer's time, without a zone (Excel has none)."""
    if value is None:
        return None
    return value.astimezone().replace(tzinfo=None, microsecond=0)


def place_columns() -> list[Column]:
    """The village columns each sheet starts with."""
    return [Column("village_code", QT_TRANSLATE_NOOP("Export", "Division code"), CX, number_format="@"),
            Column("township", QT_TRANSLATE_NOOP("Export", "Township"), CX),
            Column("village", QT_TRANSLATE_NOOP("Export", "Village"), CX)]


def place(job: ExportJob, row) -> list:
    """The village columns of a row read with ExportStore's place columns (by name)."""
    return [row.village_code, job.name(row.township_zh, row.township_bo), job.name(row.village_zh, row.village_bo)]


