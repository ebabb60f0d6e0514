"""The roster import's column page: the headers no roster column is known
by, sheet by sheet, each with a drop-down to say which field it holds (or
to leave it out). Next reads the workbook again with these choices.

The page keeps every header it has listed, so a column mapped (and no
longer "unrecognised" in the next reading) stays here to be changed back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWizardPage

from desktop.core.roster import BY_KEY
from desktop.core.roster_rows import column_letter
from desktop.ui import fonts
from desktop.ui.list_table import as_list_table
from desktop.ui.retranslate import Retranslating
from desktop.ui.roster_preview_models import has_tibetan

FIELD_COLUMN = 3


class RosterMappingPage(Retranslating, QWizardPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterMappingPage")
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.table = as_list_table(QTableWidget(0, 4, self), stretch=2)
        self.table.setObjectName("rosterMapping")
        self.recognised = QLabel(self)
        self.recognised.setObjectName("rosterRecognised")
        self.recognised.setWordWrap(True)
        self.recognised.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.recognised)
        self._headers: dict[tuple[str, int], str] = {}   # (sheet, 1-based column) -> header, in listing order
        self._chosen: dict[tuple[str, int], str | None] = {}
        self._sheets: list = []                         # the sheets read, for the recognised headers
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Columns not recognised"))
        self.explanation.setText(self.tr(
            "These headers are not among the ones VillageDesk knows. Say which field each column holds, or leave "
            "it out; Next reads the workbook again with your choices."))
        self.table.setHorizontalHeaderLabels([self.tr("Sheet"), self.tr("Column"), self.tr("Header"),
                                              self.tr("Read as")])
        for row in range(self.table.rowCount()):
            combo = self.combo(row)
            combo.setItemText(0, self.tr("(leave out)"))
            for i in range(1, combo.count()):
                combo.setItemText(i, BY_KEY[combo.itemData(i)].title)
        self._show_recognised()

    # -- filling -----------------------------------------------------------

    def set_preview(self, preview, fields: list[tuple[str, str]]) -> None:
        """List the unrecognised headers of `preview` (and those mapped before)."""
        self._chosen = dict(preview.mapping)
        for sheet in preview.sheets:
            for number, header in sheet.unmatched:
                self._headers.setdefault((sheet.title, number), header)
        # Headers of a workbook read before (another file) go.
        titles = {s.title for s in preview.sheets}
        self._headers = {k: h for k, h in self._headers.items() if k[0] in titles}
        self.table.setRowCount(len(self._headers))
        for row, ((sheet, number), header) in enumerate(self._headers.items()):
            for col, text in enumerate((sheet, column_letter(number - 1), header)):
                item = QTableWidgetItem(text)
                if has_tibetan(text):
                    item.setFont(fonts.tibetan_font(self.font()))
                self.table.setItem(row, col, item)
            combo = QComboBox(self.table)
            combo.setObjectName(f"map_{row}")
            combo.addItem(self.tr("(leave out)"), None)
            for key, title in fields:
                combo.addItem(title, key)
            combo.setCurrentIndex(max(0, combo.findData(self._chosen.get((sheet, number)))))
            self.table.setCellWidget(row, FIELD_COLUMN, combo)
        self._sheets = [s for s in preview.sheets if s.header_row]
        self._show_recognised()

    def _show_recognised(self) -> None:
        """What each sheet's other headers were read as."""
        self.recognised.setText("\n".join(self.tr("{sheet}: {columns}").format(
            sheet=s.title, columns=", ".join(f"{header} → {BY_KEY[key].title}" for _n, header, key in s.columns))
            for s in self._sheets))

    def clear(self) -> None:
        self._headers.clear()
        self._sheets = []
        self._chosen.clear()
        self.table.setRowCount(0)

    @property
    def has_columns(self) -> bool:
        return bool(self._headers)

    def combo(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, FIELD_COLUMN)

    def choose(self, header: str, key: str | None, sheet: str | None = None) -> None:
        """Pick the field for the column headed `header` (as the drop-down does)."""
        for row, (where, text) in enumerate(self._headers.items()):
            if text == header and (sheet is None or where[0] == sheet):
                combo = self.combo(row)
                combo.setCurrentIndex(combo.findData(key))
                return
        raise KeyError(header)

    def mapping(self) -> dict[tuple[str, int], str | None]:
        """The user's choices: (sheet, 1-based column) -> key, for the columns given a field."""
        chosen = {}
        for row, where in enumerate(self._headers):
            key = self.combo(row).currentData()
            if key is not None:
                chosen[where] = key
        return chosen

    # -- moving on ---------------------------------------------------------

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        wizard = self.wizard()
        if wizard.preview is not None and wizard.preview.mapping == self.mapping():
            return True
        wizard.read_again(self.mapping())
        return False
