"""The plan as the county reads it on paper: one row per problem with its
"五定" in columns, and the county's comment from the last decision. A cell
the check refuses is tinted red with the reason in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.core.plans import field_label
from desktop.ui import fonts
from desktop.ui.inspection_text import has_tibetan, tooltip_text
from desktop.ui.validated_field import INVALID_CELL

COLUMNS = ("number", "problem", "goal", "content", "measures", "deadline", "responsible_leader",
           "responsible_person", "comment")
WIDTHS = {"number": 36, "problem": 200, "goal": 130, "content": 150, "measures": 190, "deadline": 96,
          "responsible_leader": 90, "responsible_person": 90}
COMMENT_CELL = QBrush(QColor("#fff4d6"))
MARKED = Qt.ItemDataRole.UserRole + 1     # the check's sentence on a refused cell


class _MarkedCells(QStyledItemDelegate):
    """A selected row is painted over by the highlight, which would hide
    the tint of a refused cell just where the cadre is working: such a cell
    keeps its tint and gets the highlight as a frame."""

    def paint(self, painter, option, index) -> None:
        if not (index.data(MARKED) and option.state & QStyle.StateFlag.State_Selected):
            super().paint(painter, option, index)
            return
        plain = QStyleOptionViewItem(option)
        plain.state &= ~QStyle.StateFlag.State_Selected
        super().paint(painter, plain, index)
        painter.save()
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), 2))
        painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
        painter.restore()


def column_of(field: str) -> int:
    return COLUMNS.index(field) if field in COLUMNS else 0


class PlanItemTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setObjectName("planItems")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(fonts.row_height())
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.setItemDelegate(_MarkedCells(self))
        self._data_font = fonts.tibetan_font(self.font())
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(["#" if name == "number" else field_label(name) for name in COLUMNS])
        header = self.horizontalHeader()
        for name, width in WIDTHS.items():
            c = column_of(name)
            self.setColumnWidth(c, max(width, header.sectionSizeHint(c)))

    def fill(self, rows: list[dict], problems: dict[str, str], comments: dict[str, str],
             marks: dict[tuple[int, str], str]) -> None:
        """`rows`: the items' values in order; `marks`: (row, field) -> the
        check's sentence."""
        selected = self.currentRow()
        self.setRowCount(len(rows))
        for r, values in enumerate(rows):
            self.fill_row(r, values, problems.get(values["problem_id"], ""),
                          comments.get(values["problem_id"], ""),
                          {f: m for (row, f), m in marks.items() if row == r})
        if 0 <= selected < len(rows):
            self.selectRow(selected)

    def fill_row(self, r: int, values: dict, problem: str, comment: str, marks: dict[str, str]) -> None:
        deadline = values.get("deadline")
        texts = {"number": str(r + 1), "problem": problem, "deadline": deadline.isoformat() if deadline else "",
                 "comment": comment}
        for c, name in enumerate(COLUMNS):
            text = texts[name] if name in texts else (values.get(name) or "")
            item = self.item(r, c)
            if item is None:
                item = QTableWidgetItem()
                self.setItem(r, c, item)
            line = " ".join(text.split())
            if item.text() != line:
                item.setText(line)
            item.setData(Qt.ItemDataRole.UserRole, values["problem_id"])
            if has_tibetan(line):
                item.setFont(self._data_font)
            message = marks.get(name)
            if name == "number" and marks:
                message = "\n".join(marks.values())
            item.setData(MARKED, message or "")
            if message:
                item.setBackground(INVALID_CELL)
            elif name == "comment" and comment:
                item.setBackground(COMMENT_CELL)
            else:
                item.setBackground(QBrush())
            tip = "\n".join(t for t in (message, text if text != line or len(line) > 12 else "") if t)
            item.setToolTip(tooltip_text(tip))
