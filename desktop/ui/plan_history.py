"""A plan's review history: each step (drafted, the village meeting,
submitted, returned, approved, revised) with its round, date, who took it
and what was said."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget

from desktop.core.plans import PlanEvent
from desktop.ui import fonts
from desktop.ui.inspection_text import has_tibetan, tooltip_text
from desktop.ui.list_table import as_list_table
from desktop.ui.retranslate import Retranslating


class PlanHistory(Retranslating, QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setObjectName("planHistory")
        as_list_table(self)
        self._events: list[PlanEvent] = []
        self._data_font = fonts.tibetan_font(self.font())
        self.retranslate()

    def fill(self, events: list[PlanEvent]) -> None:
        """Newest first: the step the plan is waiting on is the last one taken."""
        self._events = list(events)
        self.setRowCount(len(events))
        for row, e in enumerate(reversed(self._events)):
            texts = (e.step.label, str(e.round), e.on.isoformat(), e.actor, " ".join(e.comment.split()))
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if has_tibetan(text):
                    item.setFont(self._data_font)
                if col == 4 and text:
                    item.setToolTip(tooltip_text(e.comment))
                self.setItem(row, col, item)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Step"), self.tr("Round"), self.tr("Date"), self.tr("By"),
                                        self.tr("Comment")])
        self.fill(self._events)
