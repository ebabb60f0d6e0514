"""A read-only list of records as a table, as the village file's tabs and a
problem's history show them: whole rows selected one at a time, rows tall
enough for stacked Tibetan, columns sized to their contents with one taking
the room left, and (when the rows open) Enter or a double-click opening the
selected row."""

from __future__ import annotations

from typing import Callable, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTableWidget, QWidget

from desktop.ui import fonts

T = TypeVar("T", bound=QTableView)


def list_table(parent: QWidget, name: str, columns: int, *, stretch: int | None = None,
               on_open: Callable[[], None] | None = None) -> QTableWidget:
    """A table of `columns` columns; `stretch` is the column that takes the
    room left (the last when None); `on_open` opens the selected row."""
    table = QTableWidget(0, columns, parent)
    table.setObjectName(name)
    return as_list_table(table, stretch=stretch, on_open=on_open)


def as_list_table(table: T, *, stretch: int | None = None, on_open: Callable[[], None] | None = None) -> T:
    """Set up a table made elsewhere (a subclass, or a view over a model) as
    `list_table` does; `on_open` needs a QTableWidget."""
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(fonts.row_height())
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    if on_open is not None:
        table.itemActivated.connect(lambda _item: on_open())
        table.installEventFilter(_EnterOpens(table, on_open))
    return table


class _EnterOpens(QObject):
    """Enter opens the selected row; without this the dialog's default
    button (the village file's Save) would take the key."""

    def __init__(self, table: QTableWidget, on_open: Callable[[], None]) -> None:
        super().__init__(table)
        self._on_open = on_open

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_open()
            return True
        return False
