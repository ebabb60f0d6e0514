"""Setting mixed Tibetan, Chinese and Latin text in a PDF.

ReportLab's Paragraph cannot: it wraps Tibetan inside clusters and shapes a
word that mixes fonts with the first font (boxes, ../shared/FACTS.md). Here
text is cut into break units (`core/script_runs.py`), each unit into runs of
one font (chosen per character by script, falling back to a font that has
the glyph), Tibetan runs are shaped with HarfBuzz one syllable at a time
(through ReportLab's `shapeStr`, so subsetting and glyph widths stay
ReportLab's), and lines are filled unit by unit. Each Tibetan run is written
inside a `/Span <</ActualText …>> BDC … EMC` marked-content sequence, so
copying text out of the PDF gives back the source characters rather than
the private-use codes of stacked glyphs.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr
from reportlab.platypus import Flowable

from desktop.core.script_runs import TIBETAN_MARKS, Script, break_units, script_of
from desktop.services.pdf.fonts import ReportFonts

ELLIPSIS = "…"
# Deep stacks above and below the line: the line box must hold them.
TIBETAN_SAMPLE = "སྒྲུབ་བསྐྱེད་ཕྱུག་རྒྱུ་ཀྲུའུ་སྤྱོད་བསྒྲིགས་ཧྲུའུ་ཅི།"
HAN_SAMPLE = "国整顿甘孜（）"
LATIN_SAMPLE = "Agjy0159"
LINE_GAP = 0.15  # of the font size, between one line's ink and the next


@dataclass(frozen=True)
class TextStyle:
    size: float = 10.0
    leading: float | None = None  # None: as tall as the scripts in the text need
    bold: bool = False
    colour: str = "#000000"
    align: str = "left"  # left | center | right

    def with_(self, **changes) -> "TextStyle":
        return replace(self, **changes)


@dataclass(frozen=True)
class Run:
    """Characters of one font: `drawn` is what goes to the PDF (a ShapedStr
    of glyphs for Tibetan), `text` the source characters."""

    font: str
    size: float
    text: str
    drawn: str
    width: float
    tibetan: bool


@dataclass
class Unit:
    runs: list[Run]
    width: float
    space: float  # width of the trailing spaces, dropped at a line's end
    text: str = ""  # the source piece, spaces included


@dataclass
class Line:
    runs: list[tuple[float, Run]]  # (x offset, run)
    width: float
    text: str = ""  # the source it sets, without the spaces it ends on
    leading: float = 0.0  # its height: as tall as the scripts on it need
    ascent: float = 0.0  # from its top to its baseline


class Typesetter:
    """Measures, breaks and draws text in one set of fonts. Shaping is
    cached per (font, size, text): a report repeats the same syllables."""

    def __init__(self, fonts: ReportFonts) -> None:
        self.fonts = fonts
        self._order = {
            Script.TIBETAN: (fonts.tibetan, fonts.cjk, fonts.latin),
            Script.HAN: (fonts.cjk, fonts.latin, fonts.tibetan),
            Script.OTHER: (fonts.latin, fonts.cjk, fonts.tibetan),
        }
        self._cmaps = {name: pdfmetrics.getFont(name).face.charToGlyph for name in set(self._order[Script.HAN])}
        self._tibetan = {fonts.tibetan, fonts.tibetan_bold or fonts.tibetan}
        self._runs: dict[tuple[str, float, str], Run] = {}
        self._units: dict[tuple[str, float, bool], list[Unit]] = {}
        self._metrics: dict[tuple[str, TextStyle], tuple[float, float]] = {}
        self._lines: dict[tuple[str, TextStyle, float], list[Line]] = {}
        self._boxes: dict[tuple[frozenset, TextStyle], tuple[float, float]] = {}
        self._extents: dict[tuple[str, float], tuple[float, float]] = {}

    # -- fonts per character -------------------------------------------------
    def font_for(self, ch: str, previous: str | None) -> str:
        if ch == " " and previous:
            return previous
        for name in self._order[script_of(ch)]:
            if ord(ch) in self._cmaps[name]:
                return name
        return self._order[script_of(ch)][0]  # nothing has it: the script's own font shows its notdef

    def size_for(self, font: str, size: float) -> float:
        return size * self.fonts.tibetan_scale if font in self._tibetan else size

    def _run(self, font: str, size: float, text: str) -> Run:
        key = (font, size, text)
        run = self._runs.get(key)
        if run is None:
            tibetan = font in self._tibetan and any(script_of(c) is Script.TIBETAN for c in text)
            drawn: str = text
            if tibetan:
                drawn = shapeStr(text, font, size)
            if isinstance(drawn, ShapedStr):
                width = sum(d.x_advance for d in drawn.__shapeData__) * size / 1000
            else:
                width = pdfmetrics.stringWidth(text, font, size)
            run = Run(font, size, text, drawn, width, tibetan)
            if len(self._runs) > 200_000:
                self._runs.clear()
            self._runs[key] = run
        return run

    def runs(self, text: str, size: float, bold: bool = False) -> list[Run]:
        """Text cut into runs of one font each, shaped and measured. Bold
        Tibetan takes the bold font where there is one: a stroked outline
        (how the other scripts are made bold) blurs the stacks."""
        out: list[Run] = []
        current, font = "", None
        bold_tibetan = bold and self.fonts.tibetan_bold
        for ch in text:
            f = self.font_for(ch, font)
            if bold_tibetan and f == self.fonts.tibetan:
                f = self.fonts.tibetan_bold
            if f != font and current:
                out.append(self._run(font, self.size_for(font, size), current))
                current = ""
            font = f
            current += ch
        if current:
            out.append(self._run(font, self.size_for(font, size), current))
        return out

    def units(self, text: str, size: float, bold: bool = False) -> list[Unit]:
        key = (text, size, bold)
        cached = self._units.get(key)
        if cached is None:
            if len(self._units) > 100_000:
                self._units.clear()
            cached = self._units[key] = self._cut(text, size, bold)
        return cached

    def _cut(self, text: str, size: float, bold: bool) -> list[Unit]:
        units = []
        for piece in break_units(text):
            body = piece.rstrip(" ")
            runs = self.runs(body, size, bold) if body else []
            space = 0.0
            if len(body) < len(piece):
                font = runs[-1].font if runs else self.fonts.latin
                space = pdfmetrics.stringWidth(piece[len(body):], font, self.size_for(font, size))
            units.append(Unit(runs, sum(r.width for r in runs), space, piece))
        return units

    def width(self, text: str, style: TextStyle) -> float:
        return max((sum(u.width + u.space for u in self.units(line, style.size, style.bold))
                    for line in text.split("\n")),
                   default=0.0)

    # -- breaking ------------------------------------------------------------
    def lines(self, text: str, style: TextStyle, width: float) -> list[Line]:
        """The lines of `text` in `width`, each with its own height: in a
        bilingual cell the Chinese line is not as tall as the Tibetan one.
        Cached: a report's columns repeat the same values."""
        key = (text, style, width)
        cached = self._lines.get(key)
        if cached is None:
            if len(self._lines) > 100_000:
                self._lines.clear()
            cached = []
            for paragraph in text.split("\n"):
                cached.extend(self._fill(self.units(paragraph, style.size, style.bold), width, style.bold))
            for line in cached:
                fonts = frozenset(run.font for _, run in line.runs) or frozenset([self.fonts.cjk])
                line.leading, line.ascent = self._box(fonts, style)
            self._lines[key] = cached
        return cached

    def _box(self, fonts: frozenset, style: TextStyle) -> tuple[float, float]:
        """(leading, ascent) of a line set in `fonts`."""
        key = (fonts, style)
        if key not in self._boxes:
            ascent = max(self.extent(f, self.size_for(f, style.size))[0] for f in fonts)
            descent = max(self.extent(f, self.size_for(f, style.size))[1] for f in fonts)
            leading = max(style.leading or 0.0, ascent + descent + LINE_GAP * style.size)
            self._boxes[key] = (leading, ascent + (leading - ascent - descent) / 2)
        return self._boxes[key]

    def _fill(self, units: list[Unit], width: float, bold: bool = False) -> list[Line]:
        lines: list[Line] = []
        placed: list[tuple[float, Run]] = []
        text = ""
        x = 0.0  # end of the last unit's ink
        pending = 0.0  # its trailing space
        for unit in units:
            if placed and x + pending + unit.width > width + 1e-6:
                lines.append(Line(placed, x, text.rstrip(" ")))
                placed, x, pending, text = [], 0.0, 0.0, ""
            if not placed and unit.width > width + 1e-6:
                parts = list(self._split_long(unit, width, bold))
                lines += [Line(list(_offsets(p.runs)), p.width, p.text) for p in parts[:-1]]
                unit = parts[-1]
            start = x + pending if placed else 0.0
            for offset, run in _offsets(unit.runs):
                placed.append((start + offset, run))
            x, pending = start + unit.width, unit.space
            text += unit.text
        if placed or not lines:
            lines.append(Line(placed, x, text.rstrip(" ")))
        return lines

    def _split_long(self, unit: Unit, width: float, bold: bool):
        """A unit wider than the line (a long number or Latin word): cut it
        between characters, keeping Tibetan marks on their letter."""
        text = "".join(r.text for r in unit.runs)
        size = unit.runs[0].size if unit.runs else 10.0
        base = size / (self.fonts.tibetan_scale if unit.runs and unit.runs[0].font in self._tibetan else 1)
        chunk = ""
        for cluster in _clusters(text):
            trial = chunk + cluster
            if chunk and sum(r.width for r in self.runs(trial, base, bold)) > width:
                runs = self.runs(chunk, base, bold)
                yield Unit(runs, sum(r.width for r in runs), 0.0, chunk)
                chunk = cluster
            else:
                chunk = trial
        runs = self.runs(chunk, base, bold)
        yield Unit(runs, sum(r.width for r in runs), unit.space, chunk + unit.text[len(text):])

    # -- vertical metrics ------------------------------------------------------
    def extent(self, font: str, size: float) -> tuple[float, float]:
        """(ascent, descent) of the ink of the script's deepest sample, in points."""
        key = (font, size)
        if key not in self._extents:
            self._extents[key] = _ink_extent(font, size, self._sample(font))
        return self._extents[key]

    def _sample(self, font: str) -> str:
        if font in self._tibetan:
            return TIBETAN_SAMPLE
        return HAN_SAMPLE if font == self.fonts.cjk else LATIN_SAMPLE

    def line_metrics(self, text: str, style: TextStyle) -> tuple[float, float]:
        """(leading, ascent): the height of each line and where its baseline sits."""
        key = (text, style)
        if key not in self._metrics:
            if len(self._metrics) > 100_000:
                self._metrics.clear()
            self._metrics[key] = self._line_metrics(text, style)
        return self._metrics[key]

    def _line_metrics(self, text: str, style: TextStyle) -> tuple[float, float]:
        fonts = frozenset(self.font_for(c, None) for c in set(text) if not c.isspace()) or frozenset([self.fonts.cjk])
        return self._box(fonts, style)

    # -- drawing ---------------------------------------------------------------
    def draw_line(self, canvas, x: float, y: float, line: Line, style: TextStyle, width: float | None = None) -> None:
        if width is not None and style.align != "left":
            x += (width - line.width) / (2 if style.align == "center" else 1)
        if not line.runs:
            return
        # The text object is written by hand: this runs for every table cell,
        # and ReportLab's PDFTextObject costs several times the text itself.
        # Private to ReportLab 5.1 (pinned): canvas._code, _doc, _escape and
        # PDFTextObject._formatText for shaped glyph runs.
        doc = canvas._doc
        r, g, b = _colour(style.colour)
        code = [f"q {fp_str(r, g, b)} rg"]
        if style.bold:
            # Few Chinese fonts ship a bold; fill and stroke the outline instead.
            code.append(f"{fp_str(r, g, b)} RG {fp_str(style.size * 0.035)} w BT")
        else:
            code.append("BT")
        shaper = None
        for offset, run in line.runs:
            code.append(f"1 0 0 1 {fp_str(x + offset, y)} Tm")
            if style.bold:
                code.append("0 Tr" if run.font == self.fonts.tibetan_bold else "2 Tr")
            font = pdfmetrics.getFont(run.font)
            if run.tibetan:
                code.append(f"/Span <</ActualText <FEFF{run.text.encode('utf-16-be').hex().upper()}>>> BDC")
                if shaper is None:
                    shaper = canvas.beginText()
                shaper.setFont(run.font, run.size)
                shaper._curSubset = -1  # each run names its own subset
                code.append(shaper._formatText(run.drawn))
                code.append("EMC")
            else:
                size = fp_str(run.size)
                for subset, chars in font.splitString(run.drawn, doc):
                    code.append(f"{font.getSubsetInternalName(subset, doc)} {size} Tf ({canvas._escape(chars)}) Tj")
        code.append("ET Q")
        canvas._code.append(" ".join(code))


@lru_cache(maxsize=256)
def _colour(value: str):
    from reportlab.lib.colors import toColor

    colour = toColor(value)
    return colour.red, colour.green, colour.blue


def _offsets(runs: list[Run]):
    x = 0.0
    for run in runs:
        yield x, run
        x += run.width


def _clusters(text: str):
    cluster = ""
    for ch in text:
        if cluster and ch not in TIBETAN_MARKS:
            yield cluster
            cluster = ""
        cluster += ch
    if cluster:
        yield cluster


@lru_cache(maxsize=64)
def _ink_extent(font: str, size: float, sample: str) -> tuple[float, float]:
    import uharfbuzz

    ttf = pdfmetrics.getFont(font)
    hb = uharfbuzz.Font(ttf.hbFace)
    buf = uharfbuzz.Buffer()
    buf.add_str(sample)
    buf.guess_segment_properties()
    uharfbuzz.shape(hb, buf, {})
    top, bottom = 0, 0
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions):
        ext = hb.get_glyph_extents(info.codepoint)
        if ext is None:
            continue
        top = max(top, pos.y_offset + ext.y_bearing)
        bottom = min(bottom, pos.y_offset + ext.y_bearing + ext.height)
    upem = ttf.face.unitsPerEm
    if top == 0:  # a font without outlines for the sample: fall back to its declared metrics
        return ttf.face.ascent * size / 1000, -ttf.face.descent * size / 1000
    return top * size / upem, -bottom * size / upem


_typesetters: dict[ReportFonts, Typesetter] = {}


def typesetter(fonts: ReportFonts) -> Typesetter:
    if fonts not in _typesetters:
        _typesetters[fonts] = Typesetter(fonts)
    return _typesetters[fonts]


def text_width(text: str, style: TextStyle, fonts: ReportFonts) -> float:
    return typesetter(fonts).width(text, style)


def draw_text(canvas, x: float, y: float, text: str, style: TextStyle, fonts: ReportFonts,
              width: float | None = None) -> None:
    """One line at baseline y; aligned within `width`, cut with … if longer."""
    ts = typesetter(fonts)
    units = ts.units(text.replace("\n", " "), style.size, style.bold)
    line = Line([], 0.0)
    if width is not None and sum(u.width + u.space for u in units) > width:
        ell = ts.runs(ELLIPSIS, style.size, style.bold)[0]
        x_end = 0.0
        placed: list[tuple[float, Run]] = []
        for unit in units:
            if x_end + unit.width + ell.width > width:
                break
            placed += [(x_end + o, r) for o, r in _offsets(unit.runs)]
            x_end += unit.width + unit.space
        line = Line(placed + [(x_end, ell)], x_end + ell.width)
    else:
        line = ts._fill(units, float("inf"), style.bold)[0]
    ts.draw_line(canvas, x, y, line, style, width)


class MixedText(Flowable):
    """A paragraph of mixed-script text for platypus: wraps, splits across
    frames and pages, and sits in Table cells."""

    def __init__(self, text: str, style: TextStyle, fonts: ReportFonts, _lines: list[Line] | None = None) -> None:
        super().__init__()
        self.text = str(text or "")
        self.style = style
        self.fonts = fonts
        self._ts = typesetter(fonts)
        self._lines = _lines
        self._given = _lines is not None
        self._width_wrapped: float | None = None

    def __repr__(self) -> str:
        return f"MixedText({self.text[:30]!r})"

    def wrap(self, availWidth, availHeight):  # noqa: N803 (platypus names)
        if not self._given and availWidth != self._width_wrapped:  # tables wrap each cell several times
            self._lines = self._ts.lines(self.text, self.style, availWidth)
            self._width_wrapped = availWidth
        self.width = availWidth
        self.height = sum(line.leading for line in self._lines)
        return self.width, self.height

    def minWidth(self):  # noqa: N802
        return max((u.width for u in self._ts.units(self.text.replace("\n", " "), self.style.size, self.style.bold)),
                   default=0.0)

    def split(self, availWidth, availHeight):  # noqa: N803
        self.wrap(availWidth, availHeight)
        fit, used = 0, 0.0
        while fit < len(self._lines) and used + self._lines[fit].leading <= availHeight + 1e-6:
            used += self._lines[fit].leading
            fit += 1
        if fit <= 0 or fit >= len(self._lines):
            return [] if fit <= 0 else [self]
        return [MixedText(self.text, self.style, self.fonts, self._lines[:fit]),
                MixedText(self.text, self.style, self.fonts, self._lines[fit:])]

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802
        # Drawn in place, without Flowable.drawOn's save, translate and
        # restore around every table cell (a third of a table's time).
        self._draw(canvas, self._hAlignAdjust(x, _sW), y)

    def draw(self):
        self._draw(self.canv, 0, 0)

    def _draw(self, canvas, x: float, y: float) -> None:
        top = y + self.height
        for line in self._lines:
            self._ts.draw_line(canvas, x, top - line.ascent, line, self.style, self.width)
            top -= line.leading
