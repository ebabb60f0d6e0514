"""Fonts the packaged app carries (resources/fonts) serve the screen only
on a machine without a Tibetan or a Chinese family of its own."""

from __future__ import annotations

import pytest
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen

from desktop.ui import fonts

FAMILY = "VillageDesk Bundled Test"


def _tiny_font(path, family: str) -> None:
    """A real TrueType file with one square glyph, under a family no system has."""
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder([".notdef", "ka"])
    builder.setupCharacterMap({0x0F40: "ka"})
    pen = TTGlyphPen(None)
    pen.moveTo((100, 0)), pen.lineTo((100, 700)), pen.lineTo((600, 700)), pen.lineTo((600, 0)), pen.closePath()
    square = pen.glyph()
    builder.setupGlyf({".notdef": square, "ka": square})
    builder.setupHorizontalMetrics({".notdef": (700, 100), "ka": (700, 100)})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": family, "styleName": "Regular"})
    builder.setupOS2()
    builder.setupPost()
    builder.save(str(path))


@pytest.fixture
def bundle(tmp_path, monkeypatch, qapp):
    (tmp_path / "fonts").mkdir()
    _tiny_font(tmp_path / "fonts" / "bundled-test.ttf", FAMILY)
    monkeypatch.setattr(fonts, "package_data", lambda name: tmp_path)
    monkeypatch.setattr(fonts, "_bundled", None)
    monkeypatch.setattr(fonts, "_chosen", {})
    return tmp_path


def test_without_a_tibetan_family_the_bundled_font_is_registered_and_used(bundle, monkeypatch):
    monkeypatch.setattr(fonts, "TIBETAN_FAMILIES", ["No Such Tibetan Family", FAMILY])
    assert fonts.tibetan_family() == FAMILY
    assert fonts.bundled_families() == [FAMILY]
    assert FAMILY in fonts.application_font("bo_CN").families()


def test_a_machine_with_its_own_fonts_does_not_load_the_bundled_ones(bundle, monkeypatch):
    from PySide6.QtGui import QFontDatabase

    present = QFontDatabase.families()[0]
    monkeypatch.setattr(fonts, "TIBETAN_FAMILIES", [present, FAMILY])
    assert fonts.tibetan_family() == present
    assert fonts._bundled is None


def test_no_family_anywhere_leaves_none(bundle, monkeypatch):
    monkeypatch.setattr(fonts, "CJK_FAMILIES", ["No Such Chinese Family"])
    assert fonts.cjk_family() is None
    assert fonts.bundled_families() == [FAMILY]   # tried once, not again per call
