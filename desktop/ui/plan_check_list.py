"""The "三个不放过" check's answer: every failure as a sentence naming the
item and the field; choosing one takes the cadre to the field to fix."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from desktop.core.plans import PlanFailure
from desktop.ui.inspection_text import FAIL_COLOUR, MUTED_COLOUR, PASS_COLOUR
from desktop.ui.retranslate import Retranslating


class PlanCheckList(Retranslating, QListWidget):
    chosen = Signal(object)      # the PlanFailure

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planFailures")
        self.setWordWrap(True)
        self.failures: list[PlanFailure] = []
        self.checked = False
        self.itemClicked.connect(self._choose)
        self.itemActivated.connect(self._choose)

    def show_failures(self, failures: list[PlanFailure], checked: bool) -> None:
        """`checked`: the check ran (an empty list then says the plan
        passes; before, a line says what the check looks for)."""
        self.failures, self.checked = list(failures), checked
        self.clear()
        if not checked:
            item = QListWidgetItem(self.tr("Check lists what the plan still lacks before it can be submitted: "
                                           "every problem stated clearly, concrete measures, a responsible "
                                           "person and a deadline for each item."))
            item.setForeground(QBrush(QColor(MUTED_COLOUR)))
            self.addItem(item)
        elif not failures:
            item = QListWidgetItem(self.tr("The plan passes the “three no-lets-go” check."))
            item.setForeground(QBrush(QColor(PASS_COLOUR)))
            self.addItem(item)
        for n, f in enumerate(failures):
            item = QListWidgetItem(f.sentence())
            item.setData(Qt.ItemDataRole.UserRole, n)
            item.setForeground(QBrush(QColor(FAIL_COLOUR)))
            item.setToolTip(f.sentence())
            self.addItem(item)

    def title(self) -> str:
        return self.tr("Check ({n})").format(n=len(self.failures)) if self.checked else self.tr("Check")

    def sentences(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())]

    def _choose(self, item: QListWidgetItem | None) -> None:
        index = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if index is not None and index < len(self.failures):
            self.chosen.emit(self.failures[index])

    def retranslate(self) -> None:
        self.show_failures(self.failures, self.checked)
