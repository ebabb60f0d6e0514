"""Choosing one record by typing part of its name: people, paired villages."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.ui import fonts

# search(text) -> [(label, payload)], at most a screenful
Search = Callable[[str], list[tuple[str, Any]]]


class SearchPickerDialog(QDialog):
    chosen = Signal(object)

    def __init__(self, title: str, placeholder: str, search: Search, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPicker")
        self.setWindowTitle(title)
        self._search = search
        self.text = QLineEdit(self)
        self.text.setObjectName("pickerSearch")
        self.text.setPlaceholderText(placeholder)
        self.text.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName("pickerResults")
        self.results.setFont(fonts.tibetan_font(self.font()))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.results)
        layout.addWidget(self.buttons)
        self.text.textChanged.connect(self._refresh)
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(460, 420)
        self._refresh("")

    def _refresh(self, text: str) -> None:
        self.results.clear()
        for label, payload in self._search(text):
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, payload)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.results.count() > 0)

    def accept(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        super().accept()
