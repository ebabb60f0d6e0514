"""The dashboard's charts, drawn with QPainter like the trend chart
(QtCharts is not in PySide6-Essentials).

`ClickableChart` is what they share: every bar, segment and legend entry is
a click target that emits `activated` with its key, which the dashboard
turns into the list behind the number; tooltips say what a click opens,
and the keyboard reaches them too (arrows, Enter). `SegmentBar`: one whole
split into parts (villages by status, by colour, plans by state) as a
segmented bar over a legend that wraps. The category bars are in
`category_chart.py`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

AXIS = "#5f6368"
TRACK = "#eceff1"
FOCUS = "#1a56c4"
LABEL_LINES = 2        # a long (Tibetan) category label wraps onto this many lines, then elides


def readable_on(fill: str) -> QColor:
    """Black or white text, whichever reads on `fill`."""
    c = QColor(fill)
    return QColor("#202124") if 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue() > 150 else QColor("white")


def digit_height(font: QFont) -> float:
    """The ink height of digits: what a bar carrying a number must hold
    (a Tibetan line is far taller and would make fat bars)."""
    return float(QFontMetrics(font).tightBoundingRect("0123456789").height())


def draw_number(p: QPainter, m: QFontMetrics, text: str, x: float, middle: float) -> None:
    """Digits with their ink centred on `middle`: a line box centred there
    would put them off centre, by how unevenly the (Tibetan) font's line
    reaches above and below its baseline."""
    p.drawText(QPointF(x, middle + m.tightBoundingRect("0123456789").height() / 2), text)


def fit_lines(m: QFontMetrics, text: str, width: int, lines: int = LABEL_LINES) -> tuple[str, bool]:
    """`text` as it fits `lines` wrapped lines of `width`, and whether it
    had to be cut (the full text then goes to the tooltip)."""
    width = max(1, width)

    def height(t: str) -> int:
        return m.boundingRect(0, 0, width, 100000, int(Qt.TextFlag.TextWordWrap), t).height()

    if height(text) <= lines * m.height():
        return text, False
    room = lines * width
    while room > width // 2:
        cut = m.elidedText(text, Qt.TextElideMode.ElideRight, room)
        if height(cut) <= lines * m.height():
            return cut, True
        room -= max(4, width // 8)
    return m.elidedText(text, Qt.TextElideMode.ElideRight, width), True


class ClickableChart(QWidget):
    """Click targets with tooltips and keyboard focus; subclasses lay them out."""

    activated = Signal(object)   # the key of what was clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._focus = 0

    def targets(self) -> list[tuple[QRectF, object]]:
        """(rectangle, key) of each click target, in keyboard order."""
        raise NotImplementedError

    def tip(self, key) -> str:
        raise NotImplementedError

    def target_at(self, x: float, y: float):
        for rect, key in self.targets():
            if rect.contains(QPointF(x, y)):
                return key
        return None

    def rect_of(self, key) -> QRectF | None:
        return next((rect for rect, k in self.targets() if k == key), None)

    def mouseReleaseEvent(self, event) -> None:
        key = self.target_at(event.position().x(), event.position().y())
        if key is not None and event.button() == Qt.MouseButton.LeftButton:
            keys = [k for _, k in self.targets()]
            self._focus = keys.index(key)
            self.update()
            self.activated.emit(key)
            return
        super().mouseReleaseEvent(event)

    def mouseMoveEvent(self, event) -> None:
        hit = self.target_at(event.position().x(), event.position().y()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def keyPressEvent(self, event) -> None:
        targets = self.targets()
        if not targets:
            return super().keyPressEvent(event)
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Right):
            self._focus = min(len(targets) - 1, self._focus + 1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Left):
            self._focus = max(0, self._focus - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(targets[min(self._focus, len(targets) - 1)][1])
            return
        else:
            return super().keyPressEvent(event)
        self.update()

    def focus_rect(self) -> QRectF | None:
        targets = self.targets()
        if not self.hasFocus() or not targets:
            return None
        return targets[min(self._focus, len(targets) - 1)][0]

    def paint_focus(self, p: QPainter) -> None:
        rect = self.focus_rect()
        if rect is not None:
            p.setPen(QPen(QColor(FOCUS), 1.5, Qt.PenStyle.DotLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 3, 3)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            key = self.target_at(event.pos().x(), event.pos().y())
            if key is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tip(key), self)
            return True
        return super().event(event)

    def changeEvent(self, event) -> None:
        # Labels are translated as they are drawn: a new language (or
        # font) only needs a new layout.
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self.updateGeometry()
            self.update()
        super().changeEvent(event)

    def focusInEvent(self, event) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)


@dataclass(frozen=True, slots=True)
class Segment:
    key: object
    label: str
    count: int
    colour: str


class SegmentBar(ClickableChart):
    """A whole in parts: a bar of segments over a legend that wraps. Keys
    are the segments' keys; a part with no count has no segment but keeps
    its legend entry (not clickable)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentBar")
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._segments: list[Segment] = []

    def set_segments(self, segments: list[Segment]) -> None:
        self._segments = list(segments)
        self.updateGeometry()
        self.update()

    @property
    def segments(self) -> list[Segment]:
        return list(self._segments)

    @property
    def total(self) -> int:
        return sum(s.count for s in self._segments)

    # -- layout ----------------------------------------------------------

    def _entry_text(self, s: Segment) -> str:
        return self.tr("{label}: {count}").format(label=s.label, count=s.count)

    def _indent(self) -> float:
        """A legend entry's swatch and the gap after it."""
        return digit_height(self.font()) * 2.2

    def _legend_layout(self, width: int) -> list[tuple[Segment, QRectF, str]]:
        """Each entry's box (swatch and text) and its text, elided if even
        alone on a line it is too wide."""
        m = self.fontMetrics()
        h = m.height()
        line = h * 1.1
        indent = self._indent()
        x, y = 0.0, self._bar_rect().bottom() + h * 0.2
        out = []
        for s in self._segments:
            text = self._entry_text(s)
            room = width - indent - 2
            if m.horizontalAdvance(text) > room:
                text = m.elidedText(text, Qt.TextElideMode.ElideMiddle, int(room))
            w = indent + m.horizontalAdvance(text) + 2
            if x > 0 and x + w > width:
                x, y = 0.0, y + line
            out.append((s, QRectF(x, y, w, line), text))
            x += w + h * 0.8
        return out

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        legend = self._legend_layout(width)
        bottom = max((r.bottom() for _, r, _ in legend), default=self._bar_rect().bottom())
        return int(bottom + 4)

    def sizeHint(self) -> QSize:
        width = max(self.width(), 360)
        return QSize(360, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.heightForWidth(max(self.width(), 200)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.height() < self.heightForWidth(self.width()):
            self.updateGeometry()

    def _bar_rect(self) -> QRectF:
        return QRectF(0, 2, max(1.0, self.width() - 1.0), round(digit_height(self.font()) * 2.4))

    def _segment_rects(self) -> list[tuple[Segment, QRectF]]:
        bar = self._bar_rect()
        total = self.total
        if not total:
            return []
        out, x = [], bar.left()
        for s in self._segments:
            if not s.count:
                continue
            w = bar.width() * s.count / total
            out.append((s, QRectF(x, bar.top(), w, bar.height())))
            x += w
        return out

    def targets(self) -> list[tuple[QRectF, object]]:
        counted = {s.key for s in self._segments if s.count}
        out = [(r, s.key) for s, r in self._segment_rects()]
        out += [(r, s.key) for s, r, _ in self._legend_layout(self.width()) if s.key in counted]
        return out

    def tip(self, key) -> str:
        s = next(x for x in self._segments if x.key == key)
        share = f"{100 * s.count / self.total:.0f}" if self.total else "0"
        return self.tr("{label}: {count} ({share} %)").format(label=s.label, count=s.count, share=share) \
            + "\n" + self.tr("Click to list them.")

    # -- painting --------------------------------------------------------

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        m = self.fontMetrics()
        bar = self._bar_rect()
        p.fillRect(bar, QColor(TRACK))
        for s, r in self._segment_rects():
            p.fillRect(r, QColor(s.colour))
            text = str(s.count)
            if m.horizontalAdvance(text) + 6 <= r.width():
                p.setPen(readable_on(s.colour))
                draw_number(p, m, text, r.center().x() - m.horizontalAdvance(text) / 2, r.center().y())
            # A thin white gap tells neighbours of one colour apart.
            p.setPen(QPen(QColor("white"), 1))
            p.drawLine(QPointF(r.right(), r.top()), QPointF(r.right(), r.bottom()))
        for s, r, text in self._legend_layout(self.width()):
            box = digit_height(self.font()) * 1.4
            swatch = QRectF(r.left(), r.center().y() - box / 2, box, box)
            p.fillRect(swatch, QColor(s.colour))
            p.setPen(QColor("#202124") if s.count else QColor(AXIS))
            indent = self._indent()
            p.drawText(QRectF(r.left() + indent, r.top(), r.width() - indent, r.height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        self.paint_focus(p)
        p.end()
