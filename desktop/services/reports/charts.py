"""Charts drawn into a report: bars, stacked bars, lines.

Drawn with canvas primitives, every label through `draw_text` (a chart
library's own string labels would break Tibetan). Built to survive a
black-and-white printer: each figure is also written as a number, each
series keeps one place in the legend and in every bar, lines differ in
dash and marker as well as colour.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.platypus import Flowable

from desktop.core.terms import WarningColour
from desktop.services.pdf.fonts import ReportFonts
from desktop.services.pdf.text import TextStyle, draw_text, text_width, typesetter

LABEL = TextStyle(size=8)
NUMBER = TextStyle(size=7.5)
AXIS = "#666666"
GRID = "#DDDDDD"
# Red dark, yellow light, green between: three greys apart when printed without colour.
WARNING_FILLS = {WarningColour.RED: "#B03A2E", WarningColour.YELLOW: "#F2CC3D",
                 WarningColour.GREEN: "#4E9F57", None: "#D5D8DC"}
BAR_FILL = "#4A6FA5"
LINE_STYLES = (  # (colour, dash, marker): told apart in grey as well
    ("#1F4E79", None, "circle"),
    ("#C0504D", (4, 2), "square"),
    ("#4E9F57", (1, 1.5), "triangle"),
    ("#7F6084", (6, 2, 1, 2), "diamond"),
)


@dataclass(frozen=True)
class Series:
    name: str
    colour: str


def _dark(colour: str) -> bool:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.299 * r + 0.587 * g + 0.114 * b < 140


def _dash(canvas, dash) -> None:
    if dash:
        canvas.setDash(list(dash))
    else:
        canvas.setDash()


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def nice_ticks(top: float, most: int = 5) -> list[float]:
    """0 and round steps (1, 2, 5 × 10^k) up to at least `top`."""
    if top <= 0:
        return [0, 1]
    raw = top / most
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    step = max(step, 1)
    count = math.ceil(top / step)
    return [i * step for i in range(count + 1)]


class Chart(Flowable):
    """The shared part: fixed width, text measured with the report's fonts."""

    def __init__(self, fonts: ReportFonts, width: float) -> None:
        super().__init__()
        self.fonts = fonts
        self.width = width
        self.height = 0.0

    def _metrics(self, text: str, style: TextStyle) -> tuple[float, float]:
        return typesetter(self.fonts).line_metrics(text or "0", style)

    def text_height(self, text: str, style: TextStyle = LABEL) -> float:
        leading, _ = self._metrics(text, style)
        return leading * max(1, len(text.split("\n")))

    def label(self, x: float, y_mid: float, text: str, style: TextStyle = LABEL, width: float | None = None) -> None:
        """Text (one line per "\\n") centred on `y_mid`, clipped to `width`."""
        lines = text.split("\n")
        leading, ascent = self._metrics(text, style)
        top = y_mid + leading * len(lines) / 2
        for i, line in enumerate(lines):
            draw_text(self.canv, x, top - ascent - i * leading, line, style, self.fonts, width=width)

    def legend_rows(self, series: list[Series]) -> list[list[tuple[float, Series]]]:
        """Legend entries (swatch and name) laid in rows across the width."""
        rows: list[list[tuple[float, Series]]] = [[]]
        x = 0.0
        for s in series:
            w = 12 + text_width(s.name.replace("\n", " "), LABEL, self.fonts)
            if rows[-1] and x + w > self.width:
                rows.append([])
                x = 0.0
            rows[-1].append((x, s))
            x += w + 14
        return rows

    def legend_height(self, series: list[Series]) -> float:
        line = self.text_height(" ".join(s.name.replace("\n", " ") for s in series))
        return len(self.legend_rows(series)) * line + 4

    def draw_legend(self, series: list[Series], top: float, draw_swatch) -> None:
        line = self.text_height(" ".join(s.name.replace("\n", " ") for s in series))
        for r, row in enumerate(self.legend_rows(series)):
            y_mid = top - line * (r + 0.5)
            for x, s in row:
                draw_swatch(x, y_mid, s)
                self.label(x + 12, y_mid, s.name.replace("\n", " "))

    def wrap(self, availWidth, availHeight):  # noqa: N803 (platypus names)
        return self.width, self.height


class BarChart(Chart):
    """One bar per item: horizontal (labels on the left) or vertical
    (labels under the bars); each bar carries its value."""

    def __init__(self, items: list[tuple[str, float]], fonts: ReportFonts, width: float, *,
                 horizontal: bool = True, fill: str = BAR_FILL, height: float = 120.0,
                 label_share: float = 0.3) -> None:
        super().__init__(fonts, width)
        self.items = items
        self.horizontal = horizontal
        self.fill = fill
        self.top_value = max((v for _, v in items), default=0) or 1
        if horizontal:
            self.label_width = width * label_share
            self.rows = [max(12.0, self.text_height(label)) + 4 for label, _ in items]
            self.height = sum(self.rows)
        else:
            self.under = max((self.text_height(label) for label, _ in items), default=10) + 3
            self.height = height

    def draw(self):
        c = self.canv
        c.saveState()
        c.setLineWidth(0.5)
        if self.horizontal:
            self._draw_horizontal(c)
        else:
            self._draw_vertical(c)
        c.restoreState()

    def _draw_horizontal(self, c) -> None:
        x0 = self.label_width + 4
        room = self.width - x0 - 30   # the value goes after the bar
        y = self.height
        for (label, value), row in zip(self.items, self.rows):
            y_mid = y - row / 2
            self.label(0, y_mid, label, width=self.label_width)
            length = room * value / self.top_value
            bar = min(row - 4, 11)
            c.setFillColor(self.fill)
            c.setStrokeColor(self.fill)
            if length > 0:
                c.rect(x0, y_mid - bar / 2, length, bar, stroke=0, fill=1)
            self.label(x0 + length + 3, y_mid, _number(value), NUMBER)
            y -= row
        c.setStrokeColor(AXIS)
        c.line(x0, 0, x0, self.height)

    def _draw_vertical(self, c) -> None:
        count = max(len(self.items), 1)
        slot = self.width / count
        value_room = self.text_height("0", NUMBER) + 2
        room = self.height - self.under - value_room
        for i, (label, value) in enumerate(self.items):
            x = i * slot
            length = room * value / self.top_value
            bar = min(slot * 0.6, 28)
            c.setFillColor(self.fill)
            if length > 0:
                c.rect(x + (slot - bar) / 2, self.under, bar, length, stroke=0, fill=1)
            self.label(x, self.under + length + value_room / 2, _number(value), NUMBER.with_(align="center"), width=slot)
            self.label(x, self.under / 2, label, LABEL.with_(align="center"), width=slot)
        c.setStrokeColor(AXIS)
        c.line(0, self.under, self.width, self.under)


class StackedBarChart(Chart):
    """Horizontal bars cut into segments, one per series (the colours of a
    township's villages), on one scale so bars compare; each segment wide
    enough shows its number, each bar its total, the legend the order."""

    def __init__(self, rows: list[tuple[str, list[float]]], series: list[Series], fonts: ReportFonts,
                 width: float, *, label_share: float = 0.25, bar: float = 11.0, top_value: float | None = None) -> None:
        super().__init__(fonts, width)
        self.rows = rows
        self.series = series
        self.bar = bar
        self.label_share = label_share
        self.label_width = width * label_share
        self.row_heights = [max(bar + 4, self.text_height(label) + 3) for label, _ in rows]
        self.legend = self.legend_height(series)
        self.top_value = top_value or max((sum(values) for _, values in rows), default=0) or 1
        self.height = self.legend + sum(self.row_heights) + 2

    def split(self, availWidth, availHeight):  # noqa: N803 (platypus names)
        """Many townships: the bars go on over pages, each part with its
        legend and on the same scale."""
        room = availHeight - self.legend - 2
        fit, used = 0, 0.0
        for h in self.row_heights:
            if used + h > room:
                break
            used += h
            fit += 1
        if fit == 0 or fit >= len(self.rows):
            return [] if fit == 0 else [self]
        return [StackedBarChart(part, self.series, self.fonts, self.width, label_share=self.label_share, bar=self.bar,
                                top_value=self.top_value) for part in (self.rows[:fit], self.rows[fit:])]

    def draw(self):
        c = self.canv
        c.saveState()
        c.setLineWidth(0.4)

        def swatch(x, y_mid, s: Series):
            c.setFillColor(s.colour)
            c.setStrokeColor(AXIS)
            c.rect(x, y_mid - 4, 9, 8, stroke=1, fill=1)

        self.draw_legend(self.series, self.height, swatch)
        x0 = self.label_width + 4
        room = self.width - x0 - 34
        y = self.height - self.legend
        for (label, values), row in zip(self.rows, self.row_heights):
            y_mid = y - row / 2
            self.label(0, y_mid, label, width=self.label_width)
            x = x0
            for value, s in zip(values, self.series):
                if value <= 0:
                    continue
                length = room * value / self.top_value
                c.setFillColor(s.colour)
                c.setStrokeColor("#FFFFFF")
                c.rect(x, y_mid - self.bar / 2, length, self.bar, stroke=1, fill=1)
                text = _number(value)
                if text_width(text, NUMBER, self.fonts) + 2 <= length:
                    ink = "#FFFFFF" if _dark(s.colour) else "#000000"
                    self.label(x, y_mid, text, NUMBER.with_(align="center", colour=ink), width=length)
                x += length
            self.label(x + 3, y_mid, _number(sum(values)), NUMBER.with_(bold=True))
            y -= row
        c.setStrokeColor(AXIS)
        c.line(x0, y, x0, self.height - self.legend)
        c.restoreState()


class LineChart(Chart):
    """Values over time (months): y axis with round ticks, one line per
    series with its own dash and marker, x labels thinned to fit."""

    def __init__(self, categories: list[str], series: list[tuple[str, list[float]]], fonts: ReportFonts,
                 width: float, height: float = 150.0) -> None:
        super().__init__(fonts, width)
        self.categories = categories
        self.styled = [(Series(name, LINE_STYLES[i % len(LINE_STYLES)][0]), values, LINE_STYLES[i % len(LINE_STYLES)])
                       for i, (name, values) in enumerate(series)]
        self.legend = self.legend_height([s for s, _, _ in self.styled])
        self.ticks = nice_ticks(max((max(v, default=0) for _, v in series), default=0))
        self.under = max((self.text_height(c, NUMBER) for c in categories), default=10) + 4
        self.left = max(text_width(_number(t), NUMBER, fonts) for t in self.ticks) + 6
        self.height = height

    def _marker(self, kind: str, x: float, y: float, r: float = 2.2) -> None:
        c = self.canv
        if kind == "circle":
            c.circle(x, y, r, stroke=1, fill=1)
        elif kind == "square":
            c.rect(x - r, y - r, 2 * r, 2 * r, stroke=1, fill=1)
        else:
            p = c.beginPath()
            points = ([(x, y + r * 1.2), (x + r * 1.1, y - r * 0.8), (x - r * 1.1, y - r * 0.8)] if kind == "triangle"
                      else [(x, y + r * 1.3), (x + r, y), (x, y - r * 1.3), (x - r, y)])
            p.moveTo(*points[0])
            for pt in points[1:]:
                p.lineTo(*pt)
            p.close()
            c.drawPath(p, stroke=1, fill=1)

    def draw(self):
        c = self.canv
        c.saveState()

        def swatch(x, y_mid, s: Series):
            _, values, (colour, dash, marker) = next(t for t in self.styled if t[0] is s)
            c.setStrokeColor(colour)
            c.setFillColor(colour)
            c.setLineWidth(1.2)
            _dash(c, dash)
            c.line(x - 2, y_mid, x + 10, y_mid)
            c.setDash()
            self._marker(marker, x + 4, y_mid)

        self.draw_legend([s for s, _, _ in self.styled], self.height, swatch)
        x0, y0 = self.left, self.under
        plot_w = self.width - x0 - 6
        plot_h = self.height - self.legend - y0 - 6
        top = self.ticks[-1] or 1
        c.setLineWidth(0.4)
        for t in self.ticks:
            y = y0 + plot_h * t / top
            c.setStrokeColor(GRID if t else AXIS)
            c.line(x0, y, x0 + plot_w, y)
            self.label(0, y, _number(t), NUMBER.with_(align="right"), width=x0 - 3)
        n = len(self.categories)
        step = plot_w / max(n, 1)
        xs = [x0 + step * (i + 0.5) for i in range(n)]
        widest = max((text_width(cat.split("\n")[0], NUMBER, self.fonts) for cat in self.categories), default=0)
        every = max(1, math.ceil((widest + 4) / step)) if step else 1
        for i, (x, cat) in enumerate(zip(xs, self.categories)):
            if i % every == 0:
                self.label(x - step * every / 2, y0 / 2, cat, NUMBER.with_(align="center"), width=step * every)
                c.setStrokeColor(AXIS)
                c.line(x, y0, x, y0 - 2)
        for s, values, (colour, dash, marker) in self.styled:
            c.setStrokeColor(colour)
            c.setFillColor(colour)
            c.setLineWidth(1.3)
            _dash(c, dash)
            points = [(x, y0 + plot_h * v / top) for x, v in zip(xs, values)]
            if len(points) > 1:
                path = c.beginPath()
                path.moveTo(*points[0])
                for pt in points[1:]:
                    path.lineTo(*pt)
                c.drawPath(path, stroke=1, fill=0)
            c.setDash()
            c.setLineWidth(0.6)
            for x, y in points:
                self._marker(marker, x, y)
        c.restoreState()
