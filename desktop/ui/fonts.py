"""Fonts for Chinese and Tibetan on screen.

Qt takes line heights from the first family of a font, so a widget whose
first family is a CJK font clips Tibetan stacks (སྒྲུ, བསྐྱེ) falling back
to a Tibetan font. In Tibetan the application font therefore starts with a
Tibetan family; in Chinese, fields and columns that hold Tibetan get a
Tibetan font of their own, and table rows are as tall as the taller script.
Some Tibetan fonts draw small at a given size (Microsoft Himalaya), so each
gets a scale that matches it to the Chinese text.

A machine without a Tibetan or a Chinese family (a township laptop's
Windows may have neither installed) gets the fonts the packaged app carries
in resources/fonts, registered only then: loading them costs start-up time
that a machine with its own fonts should not pay.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication

from desktop.services.locations import package_data

TIBETAN_FAMILIES = [
    "Noto Serif Tibetan", "Microsoft Himalaya", "Jomolhari", "Tibetan Machine Uni", "DDC Uchen",
    "Noto Sans Tibetan", "Qomolangma-Uchen Sarchen",
]
CJK_FAMILIES = [
    "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
    "PingFang SC", "SimSun", "Noto Serif CJK SC", "AR PL UMing CN",
]
TIBETAN_SCALE = {"Microsoft Himalaya": 1.45, "Tibetan Machine Uni": 1.2, "DDC Uchen": 1.1}
BASE_POINT_SIZE = 10.0

_chosen: dict[str, str | None] = {}


_bundled: list[str] | None = None  # families registered from resources/fonts, once


def bundled_families() -> list[str]:
    """Register the fonts the program carries (once); their families."""
    global _bundled
    if _bundled is None:
        _bundled = []
        folder = package_data("resources") / "fonts"
        for path in sorted(folder.glob("*.tt[fc]")) if folder.is_dir() else []:
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                _bundled += QFontDatabase.applicationFontFamilies(font_id)
    return _bundled


def _first_present(candidates: list[str]) -> str | None:
    present = set(QFontDatabase.families())
    found = next((f for f in candidates if f in present), None)
    if found is None and _bundled is None and bundled_families():
        present = set(QFontDatabase.families())
        found = next((f for f in candidates if f in present), None)
    return found


def tibetan_family() -> str | None:
    if "bo" not in _chosen:
        _chosen["bo"] = _first_present(TIBETAN_FAMILIES)
    return _chosen["bo"]


def cjk_family() -> str | None:
    if "zh" not in _chosen:
        _chosen["zh"] = _first_present(CJK_FAMILIES)
    return _chosen["zh"]


def application_font(language: str) -> QFont:
    bo, zh = tibetan_family(), cjk_family()
    order = [bo, zh] if language == "bo_CN" else [zh, bo]
    font = QFont()
    families = [f for f in order if f]
    if families:
        font.setFamilies(families)
    size = BASE_POINT_SIZE
    if language == "bo_CN" and bo:
        size *= TIBETAN_SCALE.get(bo, 1.0)
    font.setPointSizeF(size)
    return font


def tibetan_font(base: QFont | None = None) -> QFont:
    """A font for text that is (mostly) Tibetan, whatever the UI language."""
    bo, zh = tibetan_family(), cjk_family()
    font = QFont(base or QApplication.font())
    font.setFamilies([f for f in (bo, zh) if f] or font.families())
    font.setPointSizeF(BASE_POINT_SIZE * TIBETAN_SCALE.get(bo, 1.0))
    return font


# Deep stacks above and below the line (prefix, superscript, subjoined
# letters and vowels): what a row must hold without clipping.
TIBETAN_SAMPLE = "སྒྲུབ་བསྐྱེད་ཕྱུག་རྒྱུ་ཀྲུའུ་སྤྱོད་བསྒྲིགས་ཧྲུའུ་ཅི།"
CJK_SAMPLE = "村档案甘孜藏族自治州 513336100201 Ag"
ROW_PADDING = 8


def _ink_extent(font: QFont, sample: str) -> int:
    """Height a centred line of `sample` needs: item views centre the line
    box (ascent + descent), and the ink must fit around that centre."""
    m = QFontMetrics(font)
    ink = m.tightBoundingRect(sample)
    centre_to_baseline = m.ascent() - m.height() / 2
    above = -ink.top() - centre_to_baseline
    below = ink.bottom() + centre_to_baseline
    return int(2 * max(above, below, m.height() / 2 if not sample else 0) + 0.999)


def row_height() -> int:
    """A table row tall enough for Chinese and for stacked Tibetan."""
    app_font = QApplication.font()
    return max(_ink_extent(app_font, CJK_SAMPLE), _ink_extent(app_font, TIBETAN_SAMPLE),
               _ink_extent(tibetan_font(), TIBETAN_SAMPLE)) + ROW_PADDING


def apply(app: QApplication, language: str) -> None:
    app.setFont(application_font(language))
