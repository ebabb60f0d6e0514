"""Collective economy income by year, edited in a small table."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.records import IncomeRecord, VillageFile, collective_economy_status
from desktop.core.validation import parse_year, parse_yuan
from desktop.ui.validated_field import INVALID_CELL, FieldMessage
from desktop.ui.retranslate import Retranslating

YEAR, AMOUNT, STATUS, NOTE = range(4)


class IncomeTable(Retranslating, QWidget):
    edited = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._file: VillageFile | None = None
        self._loading = False
        self._bad: dict[tuple[int, int], str] = {}   # (row, column) -> what is wrong with the typed text
        self._rule_messages: dict[str, str] = {}     # income id -> a record rule's message
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("incomeTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for column in (YEAR, AMOUNT, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addIncome")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeIncome")
        self.message = FieldMessage(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.add_year)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemChanged.connect(self._on_item_changed)
        self.retranslate()

    def load(self, file: VillageFile) -> None:
        self._file = file
        self._loading = True
        self._bad.clear()
        self.table.setRowCount(0)
        for entry in sorted(file.incomes, key=lambda e: -e.year):
            self._append(entry)
        self._loading = False
        self._show_message()

    def _append(self, entry: IncomeRecord) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        year = QTableWidgetItem(str(entry.year))
        year.setData(Qt.ItemDataRole.UserRole, entry.id)
        amount = QTableWidgetItem(str(entry.amount_yuan))
        amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        status = QTableWidgetItem(self._status_text(entry.amount_yuan))
        status.setFlags(status.flags() & ~Qt.ItemFlag.ItemIsEditable)
        for column, item in ((YEAR, year), (AMOUNT, amount), (STATUS, status), (NOTE, QTableWidgetItem(entry.note))):
            self.table.setItem(row, column, item)

    def _entry(self, row: int) -> IncomeRecord:
        entry_id = self.table.item(row, YEAR).data(Qt.ItemDataRole.UserRole)
        return next(e for e in self._file.incomes if e.id == entry_id)

    def add_year(self) -> None:
        years = {e.year for e in self._file.incomes}
        year = self._today.year - 1
        while year in years and year > 1949:
            year -= 1
        entry = IncomeRecord(village_id=self._file.facts.id, year=year, amount_yuan=0)
        self._file.incomes.append(entry)
        self.load(self._file)
        self.table.setCurrentCell(0, AMOUNT)
        self.table.editItem(self.table.item(0, AMOUNT))
        self.edited.emit()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows:
            return
        gone = {self._entry(r).id for r in rows}
        self._file.incomes[:] = [e for e in self._file.incomes if e.id not in gone]
        self.load(self._file)
        self.edited.emit()

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() not in (YEAR, AMOUNT, NOTE):
            return
        entry = self._entry(item.row())
        key = (item.row(), item.column())
        message = None
        if item.column() == YEAR:
            value, message = parse_year(item.text(), self._today)
            if value is not None:
                entry.year = value
            elif message is None:
                message = self.tr("Enter the year.")
        elif item.column() == AMOUNT:
            value, message = parse_yuan(item.text())
            if value is not None:
                entry.amount_yuan = value
                self._loading = True
                self.table.item(item.row(), STATUS).setText(self._status_text(value))
                self._loading = False
            elif message is None:
                message = self.tr("Enter the amount in yuan.")
        else:
            entry.note = item.text()
        self._loading = True
        item.setBackground(INVALID_CELL if message else QBrush())
        item.setToolTip(message or "")
        self._loading = False
        if message:
            self._bad[key] = message
        else:
            self._bad.pop(key, None)
        self._show_message()
        self.edited.emit()

    def pending_errors(self) -> list[str]:
        return list(self._bad.values())

    def show_rule_errors(self, messages: dict[str, str]) -> None:
        """Messages from the record rules, by income id (e.g. a year twice)."""
        self._rule_messages = messages
        self._show_message()

    def _show_message(self) -> None:
        rule = list(self._rule_messages.values())
        self.message.say("\n".join(dict.fromkeys(list(self._bad.values()) + rule)))

    def _status_text(self, amount: int) -> str:
        status = collective_economy_status(amount)
        if status == "blank":
            return self.tr("no income (blank village)")
        if status == "weak":
            return self.tr("weak (under 50,000)")
        return ""

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Year"), self.tr("Income (yuan)"), self.tr("Assessment"),
                                              self.tr("Note")])
        self.add_button.setText(self.tr("Add a year"))
        self.remove_button.setText(self.tr("Remove"))
        if self._file is not None:
            self.load(self._file)
