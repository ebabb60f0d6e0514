"""The latest period in two lines: how many villages are red, yellow and
green, and what changed since the period before ("2 villages from yellow to
red"), worse moves first and in red."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.core.inspections import GridCell
from desktop.core.periods import parse_period
from desktop.core.terms import WarningColour
from desktop.core.warnings import ColourShift, colour_counts
from desktop.ui.retranslate import Retranslating
from desktop.core.periods import period_label
from desktop.ui.warning_grid_model import STRONG

BETTER = "#1e7e34"


def _span(colour: str, text: str, bold: bool = False) -> str:
    weight = "font-weight:600;" if bold else ""
    return f'<span style="color:{colour};{weight}">{html.escape(text)}</span>'


class WarningSummary(Retranslating, QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warningSummary")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._period: str | None = None
        self._cells: list[GridCell | None] = []
        self._shifts: list[ColourShift] = []
        self.shift_sentences: list[str] = []   # the changes as said on screen

    def show_period(self, period: str | None, cells: list[GridCell | None], shifts: list[ColourShift]) -> None:
        """`cells`: each shown village's cell in `period`; `shifts` since the period before."""
        self._period, self._cells, self._shifts = period, list(cells), list(shifts)
        self.retranslate()

    def retranslate(self) -> None:
        self.shift_sentences = [s.sentence() for s in self._shifts]
        if self._period is None or not self._cells:
            self.setText(html.escape(self.tr("No warnings have been recorded for these villages yet.")))
            return
        counts = colour_counts(c.colour if c else None for c in self._cells)
        pieces = [_span(STRONG[c], self.tr("{colour}: {count} villages").format(colour=c.label, count=n))
                  for c, n in counts.items()]
        missing = sum(1 for c in self._cells if c is None or c.colour is None)
        if missing:
            pieces.append(html.escape(self.tr("no warning: {count} villages").format(count=missing)))
        head = html.escape(self.tr("{period}:").format(period=period_label(self._period)))
        lines = [f"<b>{head}</b> " + " · ".join(pieces)]
        previous = parse_period(self._period).previous()
        if previous is not None:
            since = html.escape(self.tr("Since {period}:").format(period=previous.label))
            if self._shifts:
                said = "; ".join(_span(STRONG[WarningColour.RED] if s.worse else BETTER, text, bold=s.worse)
                                 for s, text in zip(self._shifts, self.shift_sentences))
            else:
                said = html.escape(self.tr("no village changed colour."))
            lines.append(f"{since} {said}")
        self.setText("<br>".join(lines))
