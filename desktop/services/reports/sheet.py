"""A report's page of sections: headings, tables sized to the frame, and
the "nothing recorded" line for an empty section."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from desktop.services.pdf import blocks
from desktop.services.pdf.fonts import ReportFonts
from desktop.services.pdf.labels import ReportLabels
from desktop.services.pdf.text import MixedText, text_width
from desktop.services.reports.common import none_recorded

DATE, NUMBER = "date", "number"  # fixed-width columns of Sheet.table


class Sheet:
    """What every section needs: the labels, fonts and the frame's width."""

    def __init__(self, labels: ReportLabels, fonts: ReportFonts, width: float, today) -> None:
        self.labels, self.fonts, self.width, self.today = labels, fonts, width, today
        self.t = labels.translate
        pad = 2 * blocks.PAD + 2
        self.date_width = text_width("2026-12-31", blocks.SMALL, fonts) + pad
        self.number_width = max(text_width(n, blocks.SMALL.with_(bold=True), fonts)
                                for n in (labels.translate("Reports", "No.").split("\n") + ["999"])) + pad

    def heading(self, text: str) -> list:
        return blocks.heading(text, self.fonts)

    def table(self, header: list[str], rows: list[list], shares: list, fills=None):
        """`shares` of the width left after the fixed columns: DATE (an ISO
        date on one line) and NUMBER (an item's number)."""
        fixed = {DATE: self.date_width, NUMBER: self.number_width}
        left = self.width - sum(fixed.get(s, 0.0) for s in shares if isinstance(s, str))
        total = sum(s for s in shares if not isinstance(s, str))
        widths = [fixed[s] if isinstance(s, str) else s / total * left for s in shares]
        return blocks.data_table(header, rows, widths, self.fonts, fills=fills)

    def section(self, heading: str, header: list[str], rows: list[list], shares: list[float], fills=None) -> list:
        if not rows:
            return self.heading(heading) + [none_recorded(self.labels, self.fonts)]
        return self.heading(heading) + [self.table(header, rows, shares, fills)]

    def line(self, text: str):
        return MixedText(text, blocks.BODY, self.fonts)

    def lead(self, text: str) -> list:
        """A line that introduces the table after it."""
        return [self.line(text), Spacer(1, 1.5 * mm)]
