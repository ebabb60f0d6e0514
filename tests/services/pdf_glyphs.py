"""Reading back what a PDF draws: every text-showing operator, with the
embedded glyph outlines it paints and the ActualText span it sits in.

Subsets renumber glyphs, so glyphs are compared by outline (decomposed
contours) and advance, not by id (../shared/FACTS.md).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import uharfbuzz
from fontTools.pens.recordingPen import DecomposingRecordingPen
from fontTools.ttLib import TTFont
from pypdf import PdfReader
from pypdf.generic import ContentStream


@dataclass
class Shown:
    font: str  # BaseFont without the subset tag
    actual_text: str | None
    glyphs: list[tuple] = field(default_factory=list)  # (outline, advance) per glyph
    names: list[str] = field(default_factory=list)


def _raw(s) -> bytes:
    return s.get_original_bytes() if hasattr(s, "get_original_bytes") else bytes(s)


def outline(glyphset, name: str) -> tuple:
    pen = DecomposingRecordingPen(glyphset)
    glyphset[name].draw(pen)
    return tuple((op, tuple(args)) for op, args in pen.value)


def shown_text(path) -> list[Shown]:
    reader = PdfReader(str(path))
    out: list[Shown] = []
    for page in reader.pages:
        fonts: dict[str, tuple] = {}
        for name, ref in page["/Resources"]["/Font"].items():
            f = ref.get_object()
            base = str(f["/BaseFont"]).split("+", 1)[-1]
            program = None
            if "/FontDescriptor" in f and "/FontFile2" in f["/FontDescriptor"]:
                tt = TTFont(io.BytesIO(f["/FontDescriptor"]["/FontFile2"].get_data()))
                program = (tt, tt.getGlyphSet(), tt.getBestCmap() or {}, tt["hmtx"].metrics)
                cmap = {}
                for table in tt["cmap"].tables:
                    cmap.update(table.cmap)
                program = (tt, tt.getGlyphSet(), cmap, tt["hmtx"].metrics)
            fonts[name] = (base, program)
        span: str | None = None
        font = None
        for operands, op in ContentStream(page.get_contents(), reader).operations:
            if op == b"BDC" and len(operands) > 1 and "/ActualText" in operands[1]:
                span = str(operands[1]["/ActualText"])
            elif op == b"EMC":
                span = None
            elif op == b"Tf":
                font = fonts[operands[0]]
            elif op in (b"Tj", b"TJ"):
                strings = operands[0] if op == b"TJ" else [operands[0]]
                shown = Shown(font[0], span)
                _tt, glyphset, cmap, hmtx = font[1]
                for s in strings:
                    if isinstance(s, (int, float)):
                        continue
                    for code in _raw(s):
                        name = cmap.get(code, ".notdef")
                        shown.names.append(name)
                        shown.glyphs.append((outline(glyphset, name), hmtx[name][0]))
                out.append(shown)
    return out


class Shaper:
    """HarfBuzz's glyphs for a text on the original font file."""

    def __init__(self, path) -> None:
        data = open(path, "rb").read()
        self.hb = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob(data), 0))
        self.tt = TTFont(io.BytesIO(data), fontNumber=0)
        self.glyphset = self.tt.getGlyphSet()
        self.order = self.tt.getGlyphOrder()
        self.hmtx = self.tt["hmtx"].metrics

    def glyphs(self, text: str) -> list[tuple]:
        buf = uharfbuzz.Buffer()
        buf.add_str(text)
        buf.guess_segment_properties()
        uharfbuzz.shape(self.hb, buf, {})
        names = [self.order[info.codepoint] for info in buf.glyph_infos]
        return [(outline(self.glyphset, n), self.hmtx[n][0]) for n in names]
