"""The checklist templates: which are here, in which versions, how often
used; import a county's own (.xlsx or .toml) and export one to Excel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import VillageDeskError
from desktop.core.inspections import TemplateInfo
from desktop.services.checklists import BUILTIN_ORIGIN, InstallResult, TemplateFileInvalid
from desktop.ui import fonts
from desktop.ui.messages import show_error
from desktop.ui.problem_list_dialog import ProblemListDialog
from desktop.ui.retranslate import Retranslating

ID_ROLE = Qt.ItemDataRole.UserRole
NUMERIC = (1, 4, 6)
SUPERSEDED = "#80868b"


class ChecklistManager(Retranslating, QDialog):
    changed = Signal(object, str)   # change set of an import, undo description

    def __init__(self, workspace, language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistManager")
        self.ws = workspace
        self._language = language
        self._infos: list[TemplateInfo] = []
        self._folder = str(Path.home())
        self.problems: ProblemListDialog | None = None

        self.table = QTableWidget(0, 8, self)
        self.table.setObjectName("templateTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(fonts.row_height())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.result = QLabel(self)
        self.result.setObjectName("importResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importTemplate")
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportTemplate")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result)
        layout.addWidget(self.buttons)

        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(lambda: self.import_template())
        self.export_button.clicked.connect(lambda: self.export_template())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.export_template())
        self.resize(980, 460)
        self.retranslate()
        self.reload()

    # -- the list --------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        select = select or self.selected_id()
        self._infos = self.ws.checklists.list()
        self.table.setRowCount(len(self._infos))
        for row, info in enumerate(self._infos):
            self._fill_row(row, info)
        row = next((i for i, info in enumerate(self._infos) if info.id == select), 0 if self._infos else None)
        if row is not None:
            self.table.selectRow(row)
        self._update_buttons()

    def _fill_row(self, row: int, info: TemplateInfo) -> None:
        title = info.title.get(self._language)
        texts = (info.code, str(info.version), title, info.subject.label, str(info.indicator_count),
                 self.tr("Shipped") if info.origin == BUILTIN_ORIGIN else self.tr("Imported"),
                 str(info.inspections), self.tr("Latest") if info.latest else self.tr("Superseded"))
        for col, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setData(ID_ROLE, info.id)
            if col in NUMERIC:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if col == 2:
                item.setToolTip("\n".join(t for t in (info.title.zh, info.title.bo) if t))
                item.setFont(fonts.tibetan_font(self.font()) if self._language == "bo_CN" else self.font())
            if not info.latest:
                item.setForeground(QColor(SUPERSEDED))
            self.table.setItem(row, col, item)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.table.item(rows[0].row(), 0).data(ID_ROLE) if rows else None

    def selected_info(self) -> TemplateInfo | None:
        wanted = self.selected_id()
        return next((i for i in self._infos if i.id == wanted), None)

    def row_texts(self, row: int) -> list[str]:
        return [self.table.item(row, c).text() for c in range(self.table.columnCount())]

    def _update_buttons(self) -> None:
        self.export_button.setEnabled(self.selected_id() is not None)

    # -- import ----------------------------------------------------------

    def import_template(self, path: str | None = None) -> InstallResult | None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import checklist template"), self._folder,
                self.tr("Checklist templates (*.xlsx *.toml);;Excel workbooks (*.xlsx);;TOML files (*.toml)"))
            if not path:
                return None
        self._folder = str(Path(path).parent)
        name = Path(path).name
        try:
            result = self.ws.checklists.import_file(path)
        except TemplateFileInvalid as exc:
            self.result.setText(self.tr("{file} was not imported.").format(file=name))
            self._show_problems(name, exc.lines)
            return None
        except VillageDeskError as exc:
            self.result.setText(self.tr("{file} was not imported.").format(file=name))
            show_error(self, self.tr("Import checklist template"), exc.message)
            return None
        self.result.setText(result.message)
        self.reload(select=result.info.id)
        if result.changeset:
            self.changed.emit(result.changeset, self.tr("import checklist template {label}").format(label=result.info.label))
        return result

    def _show_problems(self, name: str, lines: list[str]) -> None:
        head = self.tr("{file} has {count} mistakes; nothing was imported. Fix them all in the file and "
                       "import it again.").format(file=name, count=len(lines))
        if self.problems is not None:
            self.problems.deleteLater()
        self.problems = ProblemListDialog(self.tr("Import checklist template"), head, lines, self)
        self.problems.open()

    # -- export ----------------------------------------------------------

    def export_template(self, path: str | None = None) -> Path | None:
        info = self.selected_info()
        if info is None:
            return None
        if path is None:
            start = str(Path(self._folder) / f"{info.code}-v{info.version}.xlsx")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export checklist template"), start,
                                                  self.tr("Excel workbooks (*.xlsx)"))
            if not path:
                return None
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        self._folder = str(target.parent)
        try:
            written = self.ws.checklists.export_file(info.id, target)
        except VillageDeskError as exc:
            show_error(self, self.tr("Export checklist template"), exc.message)
            return None
        except OSError as exc:
            show_error(self, self.tr("Export checklist template"),
                       self.tr("Cannot write {path}: {reason}").format(path=target, reason=exc.strerror or exc))
            return None
        self.result.setText(self.tr("Template {label} saved to {path}.").format(label=info.label, path=written))
        return written

    # -- language --------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Checklist templates"))
        self.hint.setText(self.tr("A template changed after inspections were made with it becomes a new version; "
                                  "those inspections keep the version they used."))
        self.import_button.setText(self.tr("Import…"))
        self.export_button.setText(self.tr("Export to Excel…"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Version"), self.tr("Title"), self.tr("Subject"), self.tr("Indicators"),
            self.tr("Origin"), self.tr("Inspections"), self.tr("Status")])
        for row, info in enumerate(self._infos):
            self._fill_row(row, info)

    def set_language(self, language: str) -> None:
        self._language = language
        self.retranslate()


def preview_checklists(workspace, language: str = "zh_CN") -> QWidget:
    return ChecklistManager(workspace, language)
