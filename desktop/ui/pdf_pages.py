"""A PDF's pages drawn as QImages with pypdfium2 (the report preview and
printing).

PDFium is not thread-safe, not even across documents: every call into it
holds `PDFIUM_LOCK`, so printing in a worker thread and the preview on the
GUI thread never overlap. The GUI thread only ever tries the lock
(`try_render`), so it never waits for a page being printed.

Bitmaps go to Qt without PIL: PDFium renders RGB bytes (`rev_byteorder`),
which QImage takes as Format_RGB888 with the bitmap's stride; the image is
copied before the bitmap is freed.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pypdfium2
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from desktop.core.errors import VillageDeskError


PDFIUM_LOCK = threading.RLock()
POINTS_PER_INCH = 72.0


class PdfUnreadable(VillageDeskError):
    pass


class PdfPages:
    """An open PDF: its page sizes (in points, read once) and its pages as images."""

    def __init__(self, path: Path | str | bytes) -> None:
        # Bytes: a PDF that must not touch the disk (the recovery sheet being printed).
        self.path = Path(path) if not isinstance(path, bytes) else Path("<memory>")
        with PDFIUM_LOCK:
            try:
                self._pdf = pypdfium2.PdfDocument(path if isinstance(path, bytes) else str(self.path))
            except (pypdfium2.PdfiumError, OSError) as exc:
                raise PdfUnreadable(QCoreApplication.translate(
                    "ReportPrinting", "The PDF {path} cannot be read: {reason}").format(path=self.path, reason=exc)) from exc
            # Sizes come from the page tree without loading the pages: a
            # hundred pages open at once.
            self.sizes: list[tuple[float, float]] = [self._pdf.get_page_size(i) for i in range(len(self._pdf))]

    def __len__(self) -> int:
        return len(self.sizes)

    def render(self, index: int, scale: float) -> QImage:
        """Page `index` at `scale` pixels per point (waits for the lock)."""
        with PDFIUM_LOCK:
            return self._render(index, scale)

    def try_render(self, index: int, scale: float) -> QImage | None:
        """As `render`, or None at once if a print job holds PDFium."""
        if not PDFIUM_LOCK.acquire(blocking=False):
            return None
        try:
            return self._render(index, scale)
        finally:
            PDFIUM_LOCK.release()

    def _render(self, index: int, scale: float) -> QImage:
        if self._pdf is None:
            raise PdfUnreadable(QCoreApplication.translate("ReportPrinting", "The PDF {path} is closed.").format(
                path=self.path))
        page = self._pdf[index]
        try:
            bitmap = page.render(scale=scale, rev_byteorder=True)
            try:
                return _to_qimage(bitmap)
            finally:
                bitmap.close()
        finally:
            page.close()

    def close(self) -> None:
        with PDFIUM_LOCK:
            if self._pdf is not None:
                self._pdf.close()
                self._pdf = None


def _to_qimage(bitmap) -> QImage:
    formats = {"RGB": QImage.Format.Format_RGB888, "RGBX": QImage.Format.Format_RGBX8888,
               "RGBA": QImage.Format.Format_RGBA8888, "L": QImage.Format.Format_Grayscale8}
    image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, formats[bitmap.mode])
    return image.copy()   # the bitmap's memory goes with it
