"""A village's score per period as a small line chart, drawn with QPainter.

The background shows the policy's red, yellow and green bands (none when
colours come from the quota); each point has its warning colour. Period
labels lie flat when they fit, slant when they do not, and only every
k-th is written when even slanted they would overlap.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.core.terms import WarningColour
from desktop.core.warnings import DEFAULT_POLICY, WarningPolicy
from desktop.core.periods import period_label
from desktop.ui.warning_grid_model import FILLS, STRONG

BAND_ALPHA = 110
AXIS = "#5f6368"
GRID = "#dadce0"
LINE = "#3c4043"
SLANT = 40.0        # degrees, for labels that do not fit flat
POINT = 4.5         # radius


class TrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self._points: list[tuple[str, float | None, WarningColour | None]] = []
        self._labels: list[str] = []
        self._policy: WarningPolicy = DEFAULT_POLICY
        self._empty_text = ""

    # -- data ------------------------------------------------------------

    def set_trend(self, points: list[tuple[str, float | None, WarningColour | None]],
                  policy: WarningPolicy | None = None) -> None:
        """(period, score, colour) in time order, as WarningService.trend gives them."""
        self._points = list(points)
        self._labels = [period_label(p) for p, _, _ in self._points]
        self._policy = policy or DEFAULT_POLICY
        self.update()

    def clear(self) -> None:
        self.set_trend([], self._policy)

    def set_empty_text(self, text: str) -> None:
        """What the chart says when it has no scores (in the UI language)."""
        self._empty_text = text
        self.update()

    def relabel(self) -> None:
        """The language changed: period labels again."""
        self._labels = [period_label(p) for p, _, _ in self._points]
        self.update()

    @property
    def points(self) -> list[tuple[str, float | None, WarningColour | None]]:
        return list(self._points)

    @property
    def labels(self) -> list[str]:
        return list(self._labels)

    # -- size ------------------------------------------------------------

    def sizeHint(self) -> QSize:
        h = self.fontMetrics().height()
        return QSize(max(360, 60 * len(self._points) + 60), max(220, 6 * h + 60))

    def minimumSizeHint(self) -> QSize:
        h = self.fontMetrics().height()
        return QSize(220, max(140, 4 * h + 40))

    # -- layout ----------------------------------------------------------

    def _layout(self) -> tuple[QRectF, float, int, list[str]]:
        """The plot rectangle, the label slant (0 or SLANT), the label step
        and the labels as drawn (elided when even slanted they are too long)."""
        m = QFontMetrics(self.font())
        h = m.height()
        axis = m.horizontalAdvance("100") + h
        right, top = h, h * 0.8
        n = max(1, len(self._labels))
        widest = max((m.horizontalAdvance(t) for t in self._labels), default=0)
        slot = max(1.0, self.width() - axis - right) / n
        if widest + h * 0.5 <= slot:
            plot = QRectF(axis, top, max(1.0, self.width() - axis - right), max(10.0, self.height() - top - h * 1.6))
            return plot, 0.0, 1, list(self._labels)
        sin, cos = math.sin(math.radians(SLANT)), math.cos(math.radians(SLANT))
        # Slanted labels need their ink height (not the line's) between them.
        ink = max(m.tightBoundingRect(t).height() for t in self._labels)
        room = self.height() * 0.45 - h * 0.6 - ink * cos     # the length a label may run along the slant
        longest = max(h * 2.0, min(float(widest), room / sin))
        texts = [m.elidedText(t, Qt.TextElideMode.ElideLeft, int(longest)) for t in self._labels]
        bottom = longest * sin + ink * cos + h * 0.6
        # The oldest label runs left of its point: keep it inside the widget.
        left = axis
        for _ in range(2):
            slot = max(1.0, self.width() - left - right) / n
            left = max(axis, longest * cos - slot / 2 + 4)
        width = max(1.0, self.width() - left - right)
        step = max(1, math.ceil(ink * 1.6 / max((width / n) * sin, 1.0)))
        plot = QRectF(left, top, width, max(10.0, self.height() - top - bottom))
        return plot, SLANT, step, texts

    def _x(self, plot: QRectF, i: int) -> float:
        n = len(self._points)
        return plot.center().x() if n <= 1 else plot.left() + plot.width() * (i + 0.5) / n

    @staticmethod
    def _y(plot: QRectF, score: float) -> float:
        return plot.bottom() - plot.height() * max(0.0, min(100.0, score)) / 100.0

    # -- painting --------------------------------------------------------

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        plot, slant, step, texts = self._layout()
        self._bands(p, plot)
        self._axes(p, plot)
        self._x_labels(p, plot, slant, step, texts)
        if any(s is not None for _, s, _ in self._points):
            self._line(p, plot)
        elif self._empty_text:
            p.setPen(QColor(AXIS))
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._empty_text)
        p.end()

    def _bands(self, p: QPainter, plot: QRectF) -> None:
        if self._policy.by_quota:
            return   # the colour follows the rank, not a score line
        bands = ((WarningColour.RED, 0.0, self._policy.red_below),
                 (WarningColour.YELLOW, self._policy.red_below, self._policy.green_from),
                 (WarningColour.GREEN, self._policy.green_from, 100.0))
        for colour, low, high in bands:
            if high <= low:
                continue
            fill = QColor(FILLS[colour])
            fill.setAlpha(BAND_ALPHA)
            p.fillRect(QRectF(QPointF(plot.left(), self._y(plot, high)), QPointF(plot.right(), self._y(plot, low))), fill)

    def _axes(self, p: QPainter, plot: QRectF) -> None:
        m = QFontMetrics(self.font())
        for score in range(0, 101, 20):
            y = self._y(plot, score)
            p.setPen(QPen(QColor(GRID), 1, Qt.PenStyle.DashLine if score not in (0, 100) else Qt.PenStyle.SolidLine))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(QColor(AXIS))
            box = QRectF(0, y - m.height() / 2, plot.left() - m.height() * 0.4, m.height())
            p.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(score))
        p.setPen(QPen(QColor(AXIS), 1))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        p.drawLine(plot.bottomLeft(), plot.topLeft())

    def _x_labels(self, p: QPainter, plot: QRectF, slant: float, step: int, texts: list[str]) -> None:
        m = QFontMetrics(self.font())
        p.setPen(QColor(AXIS))
        n = len(texts)
        last = n - 1
        for i, text in enumerate(texts):
            # Every step-th label, counted back from the newest, which always shows.
            if (last - i) % step:
                continue
            x = self._x(plot, i)
            p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            if not slant:
                box = QRectF(x - plot.width() / max(1, n) / 2, plot.bottom() + 4, plot.width() / max(1, n), m.height() * 1.4)
                p.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)
                continue
            p.save()
            p.translate(QPointF(x, plot.bottom() + 6))   # one point: not a message for lupdate
            p.rotate(-slant)
            # Right end of the text at the tick, rising to the left.
            width = m.horizontalAdvance(text)
            p.drawText(QRectF(-width - 2, 0, width + 2, m.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, text)
            p.restore()

    def _line(self, p: QPainter, plot: QRectF) -> None:
        path = QPainterPath()
        drawing = False
        for i, (_, score, _) in enumerate(self._points):
            if score is None:
                drawing = False   # a gap where a period has no score
                continue
            point = QPointF(self._x(plot, i), self._y(plot, score))
            if drawing:
                path.lineTo(point)
            else:
                path.moveTo(point)
                drawing = True
        p.setPen(QPen(QColor(LINE), 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        for i, (_, score, colour) in enumerate(self._points):
            if score is None:
                continue
            p.setPen(QPen(QColor("white"), 1.5))
            p.setBrush(QColor(STRONG[colour]) if colour else QColor(LINE))
            p.drawEllipse(QPointF(self._x(plot, i), self._y(plot, score)), POINT, POINT)

    # -- tooltips --------------------------------------------------------

    def point_near(self, x: float, y: float) -> int | None:
        plot = self._layout()[0]
        best, index = POINT * 3, None
        for i, (_, score, _) in enumerate(self._points):
            if score is None:
                continue
            d = math.hypot(self._x(plot, i) - x, self._y(plot, score) - y)
            if d <= best:
                best, index = d, i
        return index

    def point_text(self, i: int) -> str:
        _, score, colour = self._points[i]
        score_text = "" if score is None else f"{score:g}"
        return self.tr("{period}: {score} ({colour})").format(
            period=self._labels[i], score=score_text, colour=colour.label if colour else "–")

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            i = self.point_near(event.pos().x(), event.pos().y())
            if i is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.point_text(i), self)
            return True
        return super().event(event)
