"""The frame every report is printed in: A4 pages, a running head with the
report's title, "page N of M" at the foot, written atomically.

The PDF is built under a temporary name beside the target, flushed to disk
and renamed: a full disk, a pulled stick or a cancel leaves the old file (or
none), never half a PDF.
"""

from __future__ import annotations

import io

from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

import desktop
from desktop.core.errors import VillageDeskError
from desktop.core.progress import NO_PROGRESS, Progress
from desktop.services.files import written_atomically
from desktop.services.pdf.fonts import ReportFonts
from desktop.services.pdf.labels import ReportLabels
from desktop.services.pdf.text import TextStyle, draw_text

MARGIN = 16 * mm
HEAD_STYLE = TextStyle(size=8, colour="#555555")


class ReportWriteFailed(VillageDeskError):
    pass


def _numbered_canvas(doc: "ReportDocument"):
    class NumberedCanvas(Canvas):
        """Holds each page until the end, when the page count is known."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 (ReportLab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                doc.draw_foot(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


class ReportDocument:
    def __init__(self, path: Path | str, title: str, fonts: ReportFonts, labels: ReportLabels,
                 wide: bool = False, subtitle: str = "") -> None:
        self.path = Path(path)
        self.title = title
        self.subtitle = subtitle
        self.fonts = fonts
        self.labels = labels
        self.pagesize = landscape(A4) if wide else A4
        self.printed_on = date.today()

    @property
    def frame_width(self) -> float:
        return self.pagesize[0] - 2 * MARGIN

    @property
    def frame_height(self) -> float:
        return self.pagesize[1] - 2 * MARGIN - 8 * mm

    def draw_head(self, canvas, doc) -> None:
        width, height = self.pagesize
        y = height - MARGIN + 2 * mm
        head = self.title.replace("\n", " / ")
        draw_text(canvas, MARGIN, y, head, HEAD_STYLE, self.fonts, width=self.frame_width * 0.7)
        draw_text(canvas, MARGIN, y, self.printed_on.isoformat(), HEAD_STYLE.with_(align="right"), self.fonts,
                  width=self.frame_width)
        canvas.setStrokeColor("#999999")
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, y - 2 * mm, width - MARGIN, y - 2 * mm)

    def draw_foot(self, canvas, number: int, total: int) -> None:
        text = self.labels.translate("Reports", "Page {page} of {pages}", sep="  ", page=number, pages=total)
        draw_text(canvas, MARGIN, MARGIN - 6 * mm, text, HEAD_STYLE.with_(align="center"), self.fonts,
                  width=self.frame_width)

    def _template(self, filename: Path | io.BytesIO, progress: Progress, total: int) -> BaseDocTemplate:
        template = BaseDocTemplate(
            filename if isinstance(filename, io.BytesIO) else str(filename), pagesize=self.pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=MARGIN + 8 * mm, bottomMargin=MARGIN, title=self.title.replace("\n", " / "),
            author="VillageDesk", creator=f"VillageDesk {desktop.__version__}", subject=self.subtitle,
            # Pages start in a font of ours: ReportLab's default, Helvetica, would be
            # referenced (never drawn) and left unembedded.
            initialFontName=self.fonts.latin,
        )
        frame = Frame(MARGIN, MARGIN, self.frame_width, self.frame_height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        template.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self.draw_head)])

        def report(kind, value):
            if kind == "PROGRESS":
                progress.step(min(value, total), total)

        template.setProgressCallBack(report)
        return template

    def build(self, story: list, progress: Progress = NO_PROGRESS) -> Path:
        """Lay out `story` (platypus flowables) into the PDF at `path`."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _write_failed(self.path, exc) from exc
        try:
            with written_atomically(self.path) as tmp:
                self._template(tmp, progress, max(len(story), 1)).build(story, canvasmaker=_numbered_canvas(self))
        except OSError as exc:
            raise _write_failed(self.path, exc) from exc
        return self.path

    def build_bytes(self, story: list, progress: Progress = NO_PROGRESS) -> bytes:
        """The same PDF in memory (what must not be written to disk unasked)."""
        out = io.BytesIO()
        self._template(out, progress, max(len(story), 1)).build(story, canvasmaker=_numbered_canvas(self))
        return out.getvalue()


def _write_failed(path: Path, exc: OSError) -> ReportWriteFailed:
    from desktop.core.i18n import translate

    return ReportWriteFailed(translate("Reports", "The report could not be written to {path}: {reason}").format(
        path=path, reason=exc.strerror or exc))
