"""Printing a built PDF on a QPrinter: each page rendered with PDFium at the
printer's resolution and drawn with QPainter.

A plain function taking a Progress, so the preview runs it off the GUI
thread (QPainter may paint on a QPrinter in a worker thread) and a test
prints to a PDF file without any dialog. The pages are those chosen in the
print dialog (all, a range such as "2-3,5", or the page in view), in the
order chosen, with copies made here when the driver cannot.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QPainter, QPageLayout
from PySide6.QtPrintSupport import QPrinter

from desktop.core.errors import VillageDeskError

from desktop.core.progress import NO_PROGRESS, Progress
from desktop.ui.pdf_pages import POINTS_PER_INCH, PdfPages

# A page at 600 dpi is 100 MB of pixels; a printer's 1,200 dpi would be 400 MB
# for no visible gain on text and lines.
MAX_DPI = 600


class PrintFailed(VillageDeskError):
    pass


def pages_to_print(printer: QPrinter, count: int, current: int = 0) -> list[int]:
    """0-based page numbers, in printing order, as the print dialog chose."""
    chosen = printer.printRange()
    if chosen == QPrinter.PrintRange.CurrentPage:
        pages = [min(max(current, 0), count - 1)] if count else []
    elif chosen == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges()
        if not ranges.isEmpty():
            pages = [n - 1 for n in range(1, count + 1) if ranges.contains(n)]
        else:
            first, last = printer.fromPage() or 1, printer.toPage() or count
            pages = list(range(max(first, 1) - 1, min(last, count)))
    else:
        pages = list(range(count))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    return pages


def prepare_printer(printer: QPrinter, sizes: list[tuple[float, float]], title: str = "") -> None:
    """Before the print dialog: the report's orientation and page count, so
    the dialog offers them (the user may still change them)."""
    if sizes:
        width, height = sizes[0]
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if width > height
                                   else QPageLayout.Orientation.Portrait)
    printer.setDocName(title.replace("\n", " / ") or "VillageDesk")


def print_pdf(path: Path | str | bytes, printer: QPrinter, progress: Progress = NO_PROGRESS, current: int = 0) -> int:
    """Print the PDF at `path` (or the PDF given as bytes) on `printer`; returns the number of pages sent."""
    pages = PdfPages(path)
    try:
        order = pages_to_print(printer, len(pages), current)
        if not order:
            raise PrintFailed(QCoreApplication.translate(
                "ReportPrinting", "The chosen pages are not in this report of {count} pages.").format(count=len(pages)))
        copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
        if printer.collateCopies():
            sheets = order * copies
        else:
            sheets = [i for i in order for _ in range(copies)]
        # The report has its own margins: draw on the whole sheet.
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintFailed(QCoreApplication.translate("ReportPrinting", "The printer {printer} could not be started.")
                              .format(printer=printer.printerName() or printer.outputFileName()))
        try:
            dpi = min(printer.resolution(), MAX_DPI)
            for n, index in enumerate(sheets):
                progress.step(n, len(sheets), QCoreApplication.translate(
                    "ReportPrinting", "Printing page {page} of {pages}…").format(page=n + 1, pages=len(sheets)))
                if n and not printer.newPage():
                    raise PrintFailed(QCoreApplication.translate("ReportPrinting", "The printer stopped taking pages."))
                _draw_page(painter, printer, pages, index, dpi)
            progress.step(len(sheets), len(sheets))
        except BaseException:
            printer.abort()
            raise
        finally:
            painter.end()
        return len(sheets)
    finally:
        pages.close()


def _draw_page(painter: QPainter, printer: QPrinter, pages: PdfPages, index: int, dpi: int) -> None:
    """Page `index` fitted to the sheet (as is on paper of its own size), centred."""
    width, height = pages.sizes[index]
    sheet = printer.pageLayout().fullRectPixels(printer.resolution())
    fit = min(sheet.width() / (width / POINTS_PER_INCH * printer.resolution()),
              sheet.height() / (height / POINTS_PER_INCH * printer.resolution()), 1.0 + 1e-3)
    w = width / POINTS_PER_INCH * printer.resolution() * fit
    h = height / POINTS_PER_INCH * printer.resolution() * fit
    target = QRectF((sheet.width() - w) / 2, (sheet.height() - h) / 2, w, h)
    image = pages.render(index, dpi / POINTS_PER_INCH * fit)
    painter.drawImage(target, image)
