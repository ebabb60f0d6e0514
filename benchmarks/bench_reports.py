#!/usr/bin/env python3
"""Report benchmarks: the county overview of a 300-village demo county.

    python benchmarks/bench_reports.py [--villages 300] [--runs 5] [--profile]

Prints figures and the ratio against ReportLab drawing the same text and
tables directly, in the same run:
  1. ours: `build_report(ws, ReportRequest("county", "zh_CN"), out)` from
     the database to the PDF: the figures counted by SQL, every cell a
     MixedText (script runs, per-run fonts, line breaking of our own), the
     stacked colour chart drawn with draw_text labels, "page N of M";
     also in bo_CN and both (no raw counterpart: ReportLab alone cannot
     set Tibetan, ../shared/FACTS.md);
  2. raw: the very strings of our story (read back from its flowables)
     set by platypus directly: Paragraphs for the few lines of text,
     Tables of plain strings in the same CJK TrueType font with the same
     column widths, fills and grid, the chart as rectangles and
     drawString; page numbers drawn per page.
Target (issue 5): ours within 2x of raw. Medians of wall and CPU time
(the machine is shared: CPU time is the steadier of the two). `--profile` runs pyinstrument
(if installed) over one build of ours and prints where the time goes.
The demo database is made once and kept in bench-data/.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TODAY = date(2026, 11, 23)


def _bench_dir() -> Path:
    folder = ROOT / "bench-data"
    folder.mkdir(exist_ok=True)
    return folder


def ensure_county(villages: int, seed: int) -> Path:
    path = _bench_dir() / f"reports-county-{villages}.sqlite3"
    if not path.exists():
        from desktop.services.demo import fill_demo
        from desktop.services.workspace import Workspace

        print(f"making {path.name} (once)…", flush=True)
        with Workspace.open(path, actor="benchmark") as ws:
            ws.today = lambda: TODAY
            fill_demo(ws, villages=villages, seed=seed)
    return path


def timed(fn) -> tuple[float, float]:
    """(wall, CPU) seconds of one call. The CPU time of this process is
    what the ratio is judged on when the machine is shared (other jobs
    stretch the wall time of whichever measure they land on)."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


# -- raw ReportLab: the same strings -----------------------------------------


def raw_story(story: list, fonts) -> list:
    """Our story's text and tables as plain platypus: each MixedText's
    text as a Paragraph, each Table again with plain strings in the CJK
    font (same widths, backgrounds, grid), the chart as rectangles and
    drawString."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

    from desktop.services.pdf import blocks
    from desktop.services.pdf.text import MixedText
    from desktop.services.reports.charts import StackedBarChart

    class RawStacked(Flowable):
        def __init__(self, chart: StackedBarChart) -> None:
            super().__init__()
            self.chart = chart
            self.width, self.height = chart.width, chart.height

        def draw(self):
            c, ch = self.canv, self.chart
            c.setFont(fonts.cjk, 8)
            x = 0.0
            for s in ch.series:
                c.setFillColor(s.colour)
                c.rect(x, self.height - 10, 9, 8, stroke=1, fill=1)
                c.setFillColor("#000000")
                c.drawString(x + 12, self.height - 9, s.name)
                x += 80
            x0, room = ch.label_width + 4, ch.width - ch.label_width - 38
            y = self.height - ch.legend
            for (label, values), h in zip(ch.rows, ch.row_heights):
                mid = y - h / 2
                c.setFillColor("#000000")
                c.drawString(0, mid - 3, label)
                x = x0
                for v, s in zip(values, ch.series):
                    if v:
                        w = room * v / ch.top_value
                        c.setFillColor(s.colour)
                        c.rect(x, mid - 5.5, w, 11, stroke=0, fill=1)
                        c.setFillColor("#000000")
                        c.drawCentredString(x + w / 2, mid - 3, str(v))
                        x += w
                c.drawString(x + 3, mid - 3, str(sum(values)))
                y -= h

    para = ParagraphStyle("p", fontName=fonts.cjk, fontSize=9.5, leading=13, wordWrap="CJK")
    out = []
    for f in story:
        if isinstance(f, MixedText):
            out.append(Paragraph(f.text, ParagraphStyle("t", parent=para, fontSize=f.style.size,
                                                        leading=f.style.size * 1.35)))
        elif isinstance(f, StackedBarChart):
            out.append(RawStacked(f))
        elif isinstance(f, Table):
            data = [[cell.text if isinstance(cell, MixedText) else (cell or "") for cell in row]
                    for row in f._cellvalues]
            t = Table(data, colWidths=f._colWidths, repeatRows=1)
            commands = [("FONTNAME", (0, 0), (-1, -1), fonts.cjk), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                        ("LEADING", (0, 0), (-1, -1), 11), ("GRID", (0, 0), (-1, -1), 0.4, blocks.GRID),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                        ("LEFTPADDING", (0, 0), (-1, -1), blocks.PAD), ("RIGHTPADDING", (0, 0), (-1, -1), blocks.PAD),
                        ("TOPPADDING", (0, 0), (-1, -1), blocks.PAD - 1),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), blocks.PAD - 1)]
            t.setStyle(TableStyle(commands + [tuple(c) for c in f._bkgrndcmds]))
            out.append(t)
        else:
            out.append(f)   # spacers, page-break hints: no text
    return out


def build_raw(flowables: list, out: Path, fonts) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate

    from desktop.services.pdf.document import MARGIN

    def page(canvas, doc):
        canvas.setFont(fonts.cjk, 8)
        canvas.drawString(MARGIN, landscape(A4)[1] - MARGIN + 6, "County overview")
        canvas.drawCentredString(landscape(A4)[0] / 2, MARGIN - 17, f"Page {doc.page}")

    doc = SimpleDocTemplate(str(out), pagesize=landscape(A4), leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN + 22.7, bottomMargin=MARGIN)
    doc.build(list(flowables), onFirstPage=page, onLaterPages=page)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--villages", type=int, default=300)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()

    import reportlab

    from desktop.services.pdf.fonts import load_fonts
    from desktop.services.pdf.labels import ReportLabels
    from desktop.services.pdf.document import ReportDocument
    from desktop.services.reports import ReportRequest, build_report
    from desktop.services.reports.county_overview import story
    from desktop.services.reports.figures import scope_figures
    from desktop.services.workspace import Workspace

    print(f"Python {sys.version.split()[0]}, ReportLab {reportlab.Version}, {os.cpu_count()} cores")
    db = ensure_county(args.villages, args.seed)
    ws = Workspace.open(db, actor="benchmark")
    ws.today = lambda: TODAY
    fonts = load_fonts()
    print(f"fonts: {', '.join(p.name for p in fonts.files.values())}")
    folder = _bench_dir() / "reports-out"
    folder.mkdir(exist_ok=True)
    table = []

    def ours(language: str):
        out = folder / f"county-{language}.pdf"
        return lambda: build_report(ws, ReportRequest("county", language), out, fonts=fonts)

    # Ours without the database: the layout of the same story.
    figures = scope_figures(ws, ws.units.counties()[0])
    labels = ReportLabels("zh_CN")

    def layout():
        doc = ReportDocument(folder / "county-layout.pdf", "County overview", fonts, labels, wide=True)
        doc.build(story(labels, fonts, doc.frame_width, figures))

    doc = ReportDocument(folder / "unused.pdf", "", fonts, labels, wide=True)
    prepared = story(labels, fonts, doc.frame_width, figures)
    raw_out = folder / "county-raw.pdf"

    def raw_build():
        build_raw(raw_story(prepared, fonts), raw_out, fonts)

    # Warm up (fonts registered, shaping cache filled as a second report
    # finds it), then the measures interleaved run by run: the machine's
    # noise falls on all of them alike.
    measures = {"zh_CN": ours("zh_CN"), "bo_CN": ours("bo_CN"), "both": ours("both"),
                "figures": lambda: scope_figures(ws, None), "layout": layout, "raw": raw_build}
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in measures}
    for fn in measures.values():
        fn()
    for _ in range(args.runs):
        for name, fn in measures.items():
            gc.collect()
            times[name].append(timed(fn))
    raw_wall = statistics.median(w for w, _ in times["raw"])
    raw_cpu = statistics.median(c for _, c in times["raw"])

    def row(name, key, path=None, compare=True):
        wall = statistics.median(w for w, _ in times[key])
        cpu = statistics.median(c for _, c in times[key])
        table.append((name, f"{wall * 1000:6.0f} ms", f"{cpu * 1000:6.0f} ms", f"{pages(path)}" if path else "",
                      f"{wall / raw_wall:5.2f}x" if compare else "", f"{cpu / raw_cpu:5.2f}x" if compare else ""))

    row("ours zh_CN, database to PDF", "zh_CN", folder / "county-zh_CN.pdf")
    row("  of it: figures from the database", "figures", compare=False)
    row("ours zh_CN, layout of the same story", "layout", folder / "county-layout.pdf")
    row("ours bo_CN, database to PDF", "bo_CN", folder / "county-bo_CN.pdf")
    row("ours both, database to PDF", "both", folder / "county-both.pdf")
    row("raw ReportLab, same strings and tables", "raw", raw_out)
    print()
    print(f"county overview of {len(figures.villages)} villages in {len(figures.townships)} townships "
          f"(medians of {args.runs}); target: ours zh_CN within 2x of raw")
    print(f"{'measure':<42} {'wall':>9} {'CPU':>9} {'pages':>6} {'wall/raw':>9} {'CPU/raw':>8}")
    for name, wall, cpu, n, r_wall, r_cpu in table:
        print(f"{name:<42} {wall:>9} {cpu:>9} {n:>6} {r_wall:>9} {r_cpu:>8}")

    if args.profile:
        try:
            from pyinstrument import Profiler
        except ImportError:
            print("\n--profile needs pyinstrument (pip install pyinstrument)")
        else:
            profiler = Profiler(interval=0.0005)
            profiler.start()
            ours("zh_CN")()
            profiler.stop()
            print(profiler.output_text(unicode=True, color=False, show_all=False))
    ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
