"""Problems found and solved per category (政治信仰 … 运行机制) as paired
horizontal bars, the way the campaign reports them ("发现问题 N 个, 已解决
M 个" by category).

Labels take the left column, up to 38 % of the width; a long (Tibetan)
one wraps onto a second line, and past that is cut with the whole label in
the tooltip. Bars are as thick as the digits need, not as tall as a line
of Tibetan, so six categories stay compact in both languages.
Keys: (category, False) for all of a category's problems, (category, True)
for its solved ones; the label stands for the first.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.core.dashboard import CategoryFigures
from desktop.ui.dashboard_charts import AXIS, TRACK, ClickableChart, digit_height, draw_number, fit_lines

FOUND = "#5b7db1"
SOLVED = "#1e7e34"
GAP = 3.0            # between a category's two bars
LABEL_SHARE = 0.38   # of the width, at most, for the labels
MAX_LINES = 2


class CategoryChart(ClickableChart):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("categoryChart")
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._figures: list[CategoryFigures] = []

    def set_figures(self, figures: list[CategoryFigures]) -> None:
        self._figures = list(figures)
        self.updateGeometry()
        self.update()

    @property
    def figures(self) -> list[CategoryFigures]:
        return list(self._figures)

    # -- layout ----------------------------------------------------------

    def _bar(self) -> float:
        return round(digit_height(self.font()) * 1.8)

    def _label_width(self, width: int) -> int:
        m = self.fontMetrics()
        widest = max((m.horizontalAdvance(f.category.label) for f in self._figures), default=0)
        return int(min(widest + m.height() * 0.3, width * LABEL_SHARE))

    def _lines(self, width: int) -> int:
        """Lines the longest label takes at this width (at most MAX_LINES)."""
        m = self.fontMetrics()
        label_w = max(1, self._label_width(width))
        most = 1
        for f in self._figures:
            text, _ = fit_lines(m, f.category.label, label_w, MAX_LINES)
            height = m.boundingRect(0, 0, label_w, 100000, int(Qt.TextFlag.TextWordWrap), text).height()
            most = max(most, min(MAX_LINES, round(height / m.height())))
        return most

    def _row(self, width: int) -> float:
        bar = self._bar()
        return max(2 * bar + GAP, self._lines(width) * self.fontMetrics().height()) + bar * 0.7

    def _legend_height(self) -> float:
        return self.fontMetrics().height() * 1.3

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(self._legend_height() + self._row(width) * max(1, len(self._figures)) + 4)

    def sizeHint(self) -> QSize:
        return QSize(520, self.heightForWidth(max(self.width(), 520)))

    def minimumSizeHint(self) -> QSize:
        return QSize(280, self.heightForWidth(max(self.width(), 280)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.updateGeometry()    # the rows' height follows the width (labels wrap)

    def _layout(self) -> list[tuple[CategoryFigures, QRectF, QRectF, QRectF, QRectF]]:
        """Per category: its label box, the found bar, the solved bar, and
        the room the bars may take (their numbers go right of it)."""
        m = self.fontMetrics()
        h = m.height()
        bar, row = self._bar(), self._row(self.width())
        label_w = self._label_width(self.width())
        most = max((f.found for f in self._figures), default=0)
        number_w = m.horizontalAdvance(str(most)) + h * 0.6
        left = label_w + h * 0.4
        room = max(10.0, self.width() - left - number_w - 2)
        out = []
        top = self._legend_height()
        for f in self._figures:
            y = top + (row - (2 * bar + GAP)) / 2
            found_w = room * f.found / most if most else 0.0
            solved_w = room * f.solved / most if most else 0.0
            out.append((f, QRectF(0, top, label_w, row), QRectF(left, y, found_w, bar),
                        QRectF(left, y + bar + GAP, solved_w, bar), QRectF(left, y, room, 2 * bar + GAP)))
            top += row
        return out

    def targets(self) -> list[tuple[QRectF, object]]:
        out = []
        for f, _, found, solved, area in self._layout():
            # A bar is clickable along its row, its number included.
            for bar, solved_only in ((found, False), (solved, True)):
                out.append((QRectF(area.left(), bar.top() - GAP / 2, self.width() - area.left(), bar.height() + GAP),
                            (f.category, solved_only)))
        return out

    def target_at(self, x: float, y: float):
        return super().target_at(x, y) or next(
            ((f.category, False) for f, label, *_ in self._layout() if label.contains(QPointF(x, y))), None)

    def rect_of(self, key) -> QRectF | None:
        """The bar itself (where a user, or a test, aims)."""
        for f, _, found, solved, _ in self._layout():
            if f.category is key[0]:
                bar = solved if key[1] else found
                return QRectF(bar.left(), bar.top(), max(bar.width(), 4.0), bar.height())
        return None

    def label_text(self, category) -> tuple[str, bool]:
        """The label as drawn, and whether it was cut."""
        return fit_lines(self.fontMetrics(), category.label, self._label_width(self.width()), MAX_LINES)

    def tip(self, key) -> str:
        category, solved = key
        f = next(x for x in self._figures if x.category is category)
        share = f"{100 * f.solved / f.found:.0f}" if f.found else "0"
        text = self.tr("{category}: {found} problems found, {solved} solved ({share} %)").format(
            category=category.label, found=f.found, solved=f.solved, share=share)
        what = self.tr("Click to list the solved ones.") if solved else self.tr("Click to list them.")
        return f"{text}\n{what}"

    # -- painting --------------------------------------------------------

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        m = self.fontMetrics()
        h = m.height()
        self._legend(p, m)
        for f, label, found, solved, area in self._layout():
            text, _ = fit_lines(m, f.category.label, int(label.width()), MAX_LINES)
            p.setPen(QColor("#202124"))
            p.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
                       text)
            for bar, colour, value in ((found, FOUND, f.found), (solved, SOLVED, f.solved)):
                p.fillRect(QRectF(bar.left(), bar.top(), area.width(), bar.height()), QColor(TRACK))
                if bar.width() > 0:
                    p.fillRect(bar, QColor(colour))
                p.setPen(QColor(AXIS))
                draw_number(p, m, str(value), bar.right() + h * 0.25, bar.center().y())
        self.paint_focus(p)
        p.end()

    def _legend(self, p: QPainter, m: QFontMetrics) -> None:
        h = m.height()
        box = self._bar() * 0.8
        x = self._label_width(self.width()) + h * 0.4
        middle = self._legend_height() / 2
        for colour, text in ((FOUND, self.tr("Found")), (SOLVED, self.tr("Solved"))):
            p.fillRect(QRectF(x, middle - box / 2, box, box), QColor(colour))
            x += box + h * 0.3
            p.setPen(QColor(AXIS))
            p.drawText(QRectF(x, middle - h, m.horizontalAdvance(text) + 2, 2 * h),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            x += m.horizontalAdvance(text) + h
