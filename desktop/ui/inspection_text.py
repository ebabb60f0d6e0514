"""Small helpers the inspection screens share: data text in either script,
numbers as people write them, and the colour chip of the three-colour warning."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from desktop.core.terms import WarningColour
from desktop.ui import fonts

# Background and text colours that read well in print and on a dim laptop.
CHIP_COLOURS = {
    WarningColour.RED: ("#c62828", "#ffffff"),
    WarningColour.YELLOW: ("#f9c846", "#3b2f00"),
    WarningColour.GREEN: ("#2e7d32", "#ffffff"),
}
NO_COLOUR = ("#e0e0e0", "#424242")
PASS_COLOUR = "#1b5e20"
FAIL_COLOUR = "#b3261e"
MUTED_COLOUR = "#5f6368"
WARN_COLOUR = "#8a5300"


def has_tibetan(text: str) -> bool:
    return any("\u0f00" <= ch <= "\u0fff" for ch in text)


def fit_data_font(widget: QWidget, text: str, language: str) -> None:
    """Give `widget` a Tibetan-first font when it shows Tibetan in a Chinese
    interface (in Tibetan the application font already is one)."""
    if language != "bo_CN" and has_tibetan(text):
        widget.setFont(fonts.tibetan_font(widget.font()))
    else:
        widget.setFont(QFont())   # an empty font resolves nothing: the widget inherits its parent's again


def tooltip_text(text: str) -> str:
    """A tooltip that keeps stacked Tibetan whole: rich text in a Tibetan
    font, since the tooltip's own font may be a Chinese one."""
    if not text:
        return ""
    body = escape(text).replace("\n", "<br>")
    family = fonts.tibetan_family() if has_tibetan(text) else None
    if family:
        return f"<p style=\"font-family:'{family}'; white-space:pre-wrap\">{body}</p>"
    return f"<p style='white-space:pre-wrap'>{body}</p>"


def number(value: float | None) -> str:
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}" if abs(value) >= 10000 else str(int(value))
    return f"{value:g}"


def percent(fraction: float) -> str:
    return f"{round(fraction * 100):d} %"


def chip_style(colour: WarningColour | None) -> str:
    background, foreground = CHIP_COLOURS.get(colour, NO_COLOUR) if colour else NO_COLOUR
    return (f"QLabel {{ background: {background}; color: {foreground}; border-radius: 4px; "
            f"padding: 2px 10px; font-weight: bold; }}")


def colour_chip(parent: QWidget | None = None) -> QLabel:
    chip = QLabel(parent)
    chip.setStyleSheet(chip_style(None))
    return chip
