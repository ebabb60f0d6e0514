#!/usr/bin/env python3
"""The report preview of a long PDF against raw pypdfium2.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_report_preview.py [--pages 100] [--runs 3]

Builds a report of about --pages pages (Chinese and Tibetan paragraphs)
once, then measures, in the same run:
  - ours: ReportPreview opened on it until its window is shown with page 1
    drawn (the page sizes read, the first page rendered and painted);
  - raw: pypdfium2 opening the file and rendering page 1 at the same scale,
    converted to a QImage;
  - scrolling: jumping to the last page until it is drawn; and a whole-
    document render with pypdfium2 for comparison (what opening would cost
    if every page were drawn up front);
  - printing: print_pdf of 10 pages to a PDF file at 300 dpi.
Times are printed, not asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LINE = "第{n}段 村党支部书记年龄偏大，近三年未发展新党员 སྒྲུབ་བསྐྱེད་ཕྱུག་རྒྱུ་ཀྲུའུ་སྤྱོད་བསྒྲིགས། "


def make_pdf(path: Path, pages: int) -> int:
    from desktop.services.pdf import blocks
    from desktop.services.pdf.document import ReportDocument
    from desktop.services.pdf.fonts import load_fonts
    from desktop.services.pdf.labels import ReportLabels

    fonts = load_fonts()
    story = blocks.title("长报告 ཡིག་ཆ་རིང་པོ།", fonts)
    story += [blocks.paragraph(LINE.format(n=n) * 3, fonts) for n in range(pages * 13)]
    ReportDocument(path, "长报告", fonts, ReportLabels("zh_CN")).build(story)
    import pypdfium2

    with_pdf = pypdfium2.PdfDocument(str(path))
    try:
        return len(with_pdf)
    finally:
        with_pdf.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication
    from PySide6.QtPrintSupport import QPrinter

    from desktop.ui.pdf_pages import PdfPages, _to_qimage
    from desktop.ui.report_preview import ReportPreview
    from desktop.ui.report_printing import print_pdf

    app = QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-preview-"))
    source = folder / "long.pdf"
    started = time.perf_counter()
    count = make_pdf(source, args.pages)
    print(f"built a {count}-page report in {time.perf_counter() - started:.2f} s")

    ours, raw, last = [], [], []
    for run in range(args.runs):
        copy = folder / f"run{run}.pdf"
        copy.write_bytes(source.read_bytes())
        t = time.perf_counter()
        preview = ReportPreview(copy, "bench")
        preview.resize(900, 1000)
        preview.show()
        while preview.view.rendered == 0 or preview.view.pending():
            app.processEvents()
        ours.append(time.perf_counter() - t)
        scale = preview.view.zoom * preview.view._points_to_pixels() * preview.view.devicePixelRatioF()
        t = time.perf_counter()
        preview.view.show_page(count - 1)
        while preview.view.pending():
            app.processEvents()
        last.append(time.perf_counter() - t)
        preview.close()

        import pypdfium2

        t = time.perf_counter()
        pdf = pypdfium2.PdfDocument(str(source))
        page = pdf[0]
        bitmap = page.render(scale=scale, rev_byteorder=True)
        _to_qimage(bitmap)
        bitmap.close()
        page.close()
        pdf.close()
        raw.append(time.perf_counter() - t)

    t = time.perf_counter()
    pages = PdfPages(source)
    for i in range(len(pages)):
        pages.render(i, scale)
    pages.close()
    every = time.perf_counter() - t

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(folder / "printed.pdf"))
    printer.setResolution(300)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(1, 10)
    t = time.perf_counter()
    print_pdf(source, printer)
    printing = time.perf_counter() - t

    med = statistics.median
    print(f"preview open to page 1 drawn: {med(ours) * 1000:.0f} ms (median of {args.runs})")
    print(f"raw pypdfium2 open + render page 1 + QImage: {med(raw) * 1000:.0f} ms  "
          f"(ratio {med(ours) / med(raw):.2f})")
    print(f"jump to page {count} until drawn: {med(last) * 1000:.0f} ms")
    print(f"every page rendered up front (what a non-lazy preview would cost): {every * 1000:.0f} ms")
    print(f"print_pdf 10 pages at 300 dpi to a PDF file: {printing * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
