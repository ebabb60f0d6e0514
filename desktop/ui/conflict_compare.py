"""One conflict side by side: each field of the record, the version that
stays here and the other one, the fields that differ marked (bold name,
highlighted row) and long text wrapped.

The highlight is the palette's selection colour faded into its base, so it
reads in a light or a dark theme alike.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from desktop.services.sync.results import Conflict, ConflictField
from desktop.ui import fonts
from desktop.ui.inspection_text import fit_data_font, has_tibetan
from desktop.ui.list_table import as_list_table
from desktop.ui.retranslate import Retranslating
from desktop.ui.sync_words import SyncWords, local_time

# The sync bookkeeping of a record: said in the column headers (who, when), not as fields.
HIDDEN = {"id", "row_version", "installation_id", "sync_clock", "updated_at"}
DIFFERS = Qt.ItemDataRole.UserRole + 1


def highlight_colour(palette: QPalette) -> QColor:
    base, mark = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Highlight)
    share = 0.28
    return QColor(*(round(b * (1 - share) + m * share) for b, m in
                    ((base.red(), mark.red()), (base.green(), mark.green()), (base.blue(), mark.blue()))))


def _quiet(column: str) -> bool:
    """Shown only when they differ: "deleted", and references (ids, which say nothing to a person)."""
    return column == "deleted" or column.endswith("_id")


def shown_fields(conflict: Conflict) -> list[ConflictField]:
    """The fields a person compares, those that differ first, each group in the record's order."""
    fields = [f for f in conflict.fields if f.column not in HIDDEN and (f.differs or not _quiet(f.column))]
    return [f for f in fields if f.differs] + [f for f in fields if not f.differs]


class ConflictCompare(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictCompare")
        self.conflict: Conflict | None = None
        self.names: dict[str, str] = {}
        self.me = ""
        self.label = ""
        self.language = "zh_CN"
        self.fields: list[ConflictField] = []
        self.words = SyncWords(self)

        self.title = QLabel(self)
        self.title.setObjectName("conflictTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold;")
        self.explanation = QLabel(self)
        self.explanation.setObjectName("conflictExplanation")
        self.explanation.setWordWrap(True)
        self.table = as_list_table(QTableWidget(0, 3, self), stretch=None)
        self.table.setObjectName("conflictFields")
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # nothing to select: no focus frame on a cell
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.sectionResized.connect(lambda *_a: self._fit_rows())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def set_conflict(self, conflict: Conflict | None, names: dict[str, str], me: str, language: str,
                     label: str = "") -> None:
        """Show `conflict` (with its fields); `names` names installations, `me`
        is this one; `label` names the record in the user's language."""
        self.conflict, self.names, self.me, self.language = conflict, names, me, language
        self.label = label
        self.fields = shown_fields(conflict) if conflict else []
        self._render()

    def name_of(self, installation_id: str) -> str:
        if installation_id == self.me:
            return self.tr("this installation")
        return self.names.get(installation_id) or installation_id[:8]

    def differs(self, row: int) -> bool:
        return bool(self.table.item(row, 0).data(DIFFERS))

    def row_of(self, column: str) -> int | None:
        return next((r for r, f in enumerate(self.fields) if f.column == column), None)

    def texts(self, row: int) -> tuple[str, str, str]:
        return tuple(self.table.item(row, c).text() for c in range(3))

    def _updated(self, side: str) -> str:
        field = next((f for f in self.conflict.fields if f.column == "updated_at"), None)
        return local_time(str(getattr(field, side))) if field and getattr(field, side) else ""

    def _render(self) -> None:
        c = self.conflict
        self.table.setRowCount(0)
        if c is None:
            self.title.setText(self.tr("Choose a conflict in the list to compare both versions."))
            self.explanation.hide()
            self.table.hide()
            return
        self.table.show()
        self.explanation.show()
        self.title.setText(self.tr("{record} ({table})").format(table=self.words.table(c.entity),
                                                                 record=self.label or c.label or c.entity_id))
        fit_data_font(self.title, self.title.text(), self.language)
        self._render_explanation()
        self._render_headers()
        mark = highlight_colour(self.table.palette())
        bold = QFont(self.table.font())
        bold.setBold(True)
        tibetan = fonts.tibetan_font(self.table.font())
        self.table.setRowCount(len(self.fields))
        for r, f in enumerate(self.fields):
            texts = (self.words.column(f.column), self.words.value(f.kept), self.words.value(f.lost))
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text if col else f.column)
                item.setData(DIFFERS, f.differs)
                if f.differs:
                    item.setBackground(mark)
                if col == 0 and f.differs:
                    item.setFont(bold)
                elif col and self.language != "bo_CN" and has_tibetan(text):
                    item.setFont(tibetan)
                self.table.setItem(r, col, item)
        self._fit_rows()

    def _render_explanation(self) -> None:
        c = self.conflict
        changed = sum(1 for f in self.fields if f.differs)
        text = self.tr("Both sides changed this record. The version of {kept} stays ({rule}); the version of "
                       "{lost} is kept here for comparison. Fields that differ: {count}.").format(
            kept=self.name_of(c.kept_from), lost=self.name_of(c.lost_from), rule=self.words.rule(c.rule),
            count=changed)
        self.explanation.setText(text)
        fit_data_font(self.explanation, text, self.language)

    def _render_headers(self) -> None:
        c = self.conflict
        kept = self.tr("Version kept: {who}").format(who=self.name_of(c.kept_from))
        lost = self.tr("Other version: {who}").format(who=self.name_of(c.lost_from))
        when_kept, when_lost = self._updated("kept"), self._updated("lost")
        self.table.setHorizontalHeaderLabels([
            self.tr("Field"), f"{kept}\n{when_kept}" if when_kept else kept,
            f"{lost}\n{when_lost}" if when_lost else lost])

    def _fit_rows(self) -> None:
        # Wrapped text needs its rows as tall as the text; never lower than a Tibetan line.
        self.table.resizeRowsToContents()
        least = fonts.row_height()
        for r in range(self.table.rowCount()):
            if self.table.rowHeight(r) < least:
                self.table.setRowHeight(r, least)

    def retranslate(self) -> None:
        if self.conflict is None:
            self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Version kept"), self.tr("Other version")])
        self._render()
