"""The pages of a PDF one under another, drawn as they scroll into view.

Nothing is rendered when a document opens: the layout comes from the page
sizes alone, so a hundred-page report shows at once. A page that comes
into view is painted as a blank sheet first and queued; a zero-delay timer
renders the queued pages one per event-loop pass (the view scrolls and
zooms meanwhile), and a small cache keeps the last pages drawn.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QRect, QTimer, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from desktop.ui.pdf_pages import POINTS_PER_INCH, PdfPages

GAP = 12            # pixels between pages and around them
CACHE_PAGES = 8
MIN_ZOOM, MAX_ZOOM = 0.25, 4.0   # of the page's real size
ZOOM_STEP = 1.25
BUSY_RETRY_MS = 100   # while a print job renders


class PdfPageView(QAbstractScrollArea):
    current_page_changed = Signal(int)   # 0-based, the page in the middle of the view
    zoom_changed = Signal(float)         # 1.0: the page at its real size

    FIT_WIDTH, FIT_PAGE = "width", "page"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPageView")
        self.pages: PdfPages | None = None
        self.fit: str | None = self.FIT_WIDTH
        self._zoom = 1.0
        self._tops: list[int] = []
        self._sizes: list[tuple[int, int]] = []   # pixels at the current zoom
        self._cache: OrderedDict[int, QImage] = OrderedDict()
        self._queue: list[int] = []
        self._current = -1
        self.rendered = 0   # pages rendered so far (tests: only what was seen)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._render_next)
        self.viewport().setAutoFillBackground(True)
        palette = self.viewport().palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#8a8f99"))
        self.viewport().setPalette(palette)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.horizontalScrollBar().valueChanged.connect(lambda _v: self.viewport().update())

    # -- document and zoom -----------------------------------------------

    def set_pages(self, pages: PdfPages | None) -> None:
        self.pages = pages
        self._cache.clear()
        self._queue.clear()
        self._current = -1
        self._layout()
        self.verticalScrollBar().setValue(0)
        self._scrolled()

    @property
    def zoom(self) -> float:
        return self._zoom

    def _points_to_pixels(self) -> float:
        """Pixels per point at 100 %: the page at its real size on this screen."""
        return self.logicalDpiX() / POINTS_PER_INCH

    def set_fit(self, fit: str) -> None:
        self.fit = fit
        self._layout()

    def set_zoom(self, zoom: float) -> None:
        """A fixed zoom (no longer fitting), kept on the page in view."""
        page = max(self.current_page(), 0)
        self.fit = None
        self._apply_zoom(min(MAX_ZOOM, max(MIN_ZOOM, zoom)))
        self.show_page(page)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / ZOOM_STEP)

    def _fitted_zoom(self) -> float:
        if not self.pages or not len(self.pages):
            return 1.0
        width = max(w for w, _h in self.pages.sizes)
        height = max(h for _w, h in self.pages.sizes)
        unit = self._points_to_pixels()
        across = (self.viewport().width() - 2 * GAP) / (width * unit)
        if self.fit == self.FIT_PAGE:
            across = min(across, (self.viewport().height() - 2 * GAP) / (height * unit))
        return min(MAX_ZOOM, max(MIN_ZOOM, across))

    def _layout(self) -> None:
        self._apply_zoom(self._fitted_zoom() if self.fit else self._zoom)

    def _apply_zoom(self, zoom: float) -> None:
        changed = abs(zoom - self._zoom) > 1e-6
        fraction = self._scroll_fraction()
        self._zoom = zoom
        scale = zoom * self._points_to_pixels()
        self._sizes = [(round(w * scale), round(h * scale)) for w, h in (self.pages.sizes if self.pages else [])]
        self._tops, y = [], GAP
        for _w, h in self._sizes:
            self._tops.append(y)
            y += h + GAP
        if changed:
            self._cache.clear()
            self._queue.clear()
        width = max((w for w, _h in self._sizes), default=0) + 2 * GAP
        v, h = self.verticalScrollBar(), self.horizontalScrollBar()
        v.setRange(0, max(0, y - self.viewport().height()))
        v.setPageStep(self.viewport().height())
        v.setSingleStep(max(20, self.viewport().height() // 20))
        h.setRange(0, max(0, width - self.viewport().width()))
        h.setPageStep(self.viewport().width())
        if changed:
            v.setValue(round(fraction * v.maximum()))
            self.zoom_changed.emit(zoom)
        self.viewport().update()

    def _scroll_fraction(self) -> float:
        v = self.verticalScrollBar()
        return v.value() / v.maximum() if v.maximum() else 0.0

    # -- pages -----------------------------------------------------------

    def page_count(self) -> int:
        return len(self._sizes)

    def page_rect(self, index: int) -> QRect:
        """Where page `index` sits, in viewport coordinates."""
        w, h = self._sizes[index]
        total = max((pw for pw, _ph in self._sizes), default=0) + 2 * GAP
        left = max(GAP, (max(self.viewport().width(), total) - w) // 2)
        return QRect(left - self.horizontalScrollBar().value(),
                     self._tops[index] - self.verticalScrollBar().value(), w, h)

    def visible_pages(self) -> list[int]:
        area = self.viewport().rect()
        return [i for i in range(len(self._sizes)) if self.page_rect(i).intersects(area)]

    def current_page(self) -> int:
        """The page at the middle of the view (-1 without a document)."""
        if not self._sizes:
            return -1
        middle = self.verticalScrollBar().value() + self.viewport().height() // 2
        for i, top in enumerate(self._tops):
            if middle < top + self._sizes[i][1] + GAP:
                return i
        return len(self._sizes) - 1

    def show_page(self, index: int) -> None:
        if 0 <= index < len(self._tops):
            self.verticalScrollBar().setValue(self._tops[index] - GAP)

    def _scrolled(self, *_args) -> None:
        current = self.current_page()
        if current != self._current:
            self._current = current
            self.current_page_changed.emit(current)
        self.viewport().update()

    # -- drawing ---------------------------------------------------------

    def paintEvent(self, event) -> None:
        painter = QPainter(self.viewport())
        for i in self.visible_pages():
            rect = self.page_rect(i)
            if not rect.intersects(event.rect()):
                continue
            image = self._cache.get(i)
            if image is None:
                painter.fillRect(rect, Qt.GlobalColor.white)
                if i not in self._queue:
                    self._queue.append(i)
                    self._timer.start(0)
            else:
                self._cache.move_to_end(i)
                painter.drawImage(rect, image)
        painter.end()

    def _render_next(self) -> None:
        """Render one queued page still in view; come back for the rest."""
        visible = set(self.visible_pages())
        self._queue = [i for i in self._queue if i in visible and i not in self._cache]
        if not self._queue or self.pages is None:
            return
        index = self._queue[0]
        ratio = self.devicePixelRatioF()
        image = self.pages.try_render(index, self._zoom * self._points_to_pixels() * ratio)
        if image is not None:   # else a print job has PDFium: try again next pass
            self._queue.pop(0)
            image.setDevicePixelRatio(ratio)
            self._cache[index] = image
            self.rendered += 1
            while len(self._cache) > CACHE_PAGES:
                self._cache.popitem(last=False)
            self.viewport().update(self.page_rect(index))
        if image is None:
            self._timer.start(BUSY_RETRY_MS)
        elif self._queue:
            self._timer.start(0)

    def pending(self) -> bool:
        """Pages in view still waiting to be drawn."""
        return any(i not in self._cache for i in self.visible_pages())

    # -- events ----------------------------------------------------------

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._layout()

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            (self.zoom_in if event.angleDelta().y() > 0 else self.zoom_out)()
            event.accept()
            return
        super().wheelEvent(event)
