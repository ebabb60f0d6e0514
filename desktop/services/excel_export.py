"""Excel exports of the village list, the problem ledger, plans, inspections
and warnings: formatted sheets (services/xlsx_sheets.py) to send up, filter
and print.

    export_xlsx(ws, "problems", path, ExportOptions(language="bo_CN", both_headers=True), progress)

Values (statuses, categories, colours, ...) are labels in the export's
language, whatever the user's; headers are in that language or, on request,
in Chinese and Tibetan (one cell, two lines). Status and colour columns get
drop-down lists of their labels; colours are filled in their colour. The
village list is written in the roster's layout (core/roster.py), so it reads
back through the roster import unchanged (excel_export_villages.py).

Everything is read in one read transaction (one consistent snapshot); the
file is written only if the whole export succeeds: a cancel or a disk error
leaves no file (and an older file of the same name as it was).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from desktop.core.errors import VillageDeskError
from desktop.core.i18n import translate
from desktop.core.progress import NO_PROGRESS, Progress
from desktop.services.excel_export_job import ExportJob, ExportOptions, ExportResult
from desktop.services.excel_export_sheets import export_inspections, export_plans, export_problems, export_warnings
from desktop.services.export_kinds import EXPORT_KINDS
from desktop.services.excel_export_villages import export_villages, roster_headers
from desktop.services.pdf.labels import ReportLabels
from desktop.services.xlsx_sheets import XlsxBook
from desktop.storage.exports import ExportStore

__all__ = ["EXPORT_KINDS", "EXPORT_LANGUAGES", "ExportOptions", "ExportResult", "export_xlsx"]

EXPORTS: dict[str, Callable[[ExportJob], None]] = {
    "villages": export_villages, "problems": export_problems, "plans": export_plans,
    "inspections": export_inspections, "warnings": export_warnings,
}
EXPORT_LANGUAGES = ("zh_CN", "bo_CN")


def export_xlsx(ws, kind: str, path: str | Path, options: ExportOptions = ExportOptions(),
                progress: Progress = NO_PROGRESS) -> ExportResult:
    """Write the `kind` export (one of EXPORT_KINDS) of the workspace to `path` (.xlsx)."""
    if kind not in EXPORTS:
        raise ValueError(kind)
    if options.language not in EXPORT_LANGUAGES:
        raise VillageDeskError(translate("Export", "Exports are written in Chinese (zh_CN) or Tibetan (bo_CN), "
                                                   "not {language}.").format(language=options.language))
    # Progress texts are the user's, in the user's language: made before the export's language takes over.
    texts = {"read": translate("Export", "Reading the database"), "write": translate("Export", "Writing rows"),
             "save": translate("Export", "Saving the workbook")}
    progress.step(0, 0, texts["read"])
    if kind == "villages":      # the roster's own headers, which its import knows in every language
        headers = roster_headers(options.language, options.both_headers)
    else:
        headers = ReportLabels("both" if options.both_headers else options.language).translate
    # The book first: a missing or read-only folder is reported before the database is read.
    with XlsxBook(path, headers) as book:
        with ws.db.read() as r, ReportLabels(options.language).speaking():
            job = ExportJob(ws, r, ExportStore(r.conn), book, options, progress, texts)
            EXPORTS[kind](job)
        progress.step(job.done, job.total, texts["save"])
    return ExportResult(Path(path), {s.title: s.rows for s in job.sheets})
