"""The File menu's Excel exchange: Import roster…, Save roster template…,
and Export → villages, the problem ledger, plans, inspections, warnings.

Kept apart from the main window like the Inspection and Rectification
menus. The roster import's change set goes to the main window's change hub
and undo stack (Ctrl+Z takes the whole import back).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu

from desktop.core.changes import ChangeSet
from desktop.core.errors import VillageDeskError
from desktop.ui.export_dialog import KINDS, ExportDialog, xlsx_path
from desktop.ui.main_actions import make_action
from desktop.ui.messages import open_dialog, show_error


def _documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())


class ExcelMenu(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.folder = _documents()       # where the last file was read or written, this session
        self.wizard = None

        def action(name: str, shortcut=None, slot=None) -> QAction:
            return make_action(window, name, shortcut, slot)

        self.import_action = action("importRoster", None, lambda: self.import_roster())
        self.template_action = action("rosterTemplate", None, lambda: self.save_template())
        self.export_actions = {kind: action(f"export_{kind}", None, lambda _c=False, k=kind: self.export(k))
                               for kind in KINDS}
        self.export_menu = QMenu(window)
        self.export_menu.setObjectName("exportMenu")
        self.export_menu.addActions(list(self.export_actions.values()))

    @property
    def ws(self):
        return self.window.ws

    @property
    def language(self) -> str:
        return self.window.languages.language

    def add_to(self, menu: QMenu) -> None:
        """Put the import, the template and the Export submenu into `menu`."""
        menu.addActions([self.import_action, self.template_action])
        menu.addMenu(self.export_menu)

    def retranslate(self) -> None:
        self.import_action.setText(self.tr("Import roster…"))
        self.template_action.setText(self.tr("Save roster template…"))
        self.export_menu.setTitle(self.tr("Export"))
        texts = {"villages": self.tr("Villages…"), "problems": self.tr("Problem ledger…"), "plans": self.tr("Plans…"),
                 "inspections": self.tr("Inspections…"), "warnings": self.tr("Warnings…")}
        for kind, a in self.export_actions.items():
            a.setText(texts[kind])

    # -- exports ---------------------------------------------------------

    def export(self, kind: str) -> ExportDialog:
        dialog = ExportDialog(self.ws, kind, self.language, self.folder, self.window)
        dialog.exported.connect(lambda result: self._remember(result.path))
        return open_dialog(dialog)

    def _remember(self, path) -> None:
        self.folder = str(Path(path).parent)

    # -- the roster --------------------------------------------------------

    def save_template(self, path: str | Path | None = None) -> Path | None:
        """Write the blank roster template (columns, drop-down lists) to `path`,
        asked for when not given."""
        title = self.tr("Save roster template")
        if path is None:
            start = str(Path(self.folder) / self.tr("Roster template.xlsx"))
            path, _ = QFileDialog.getSaveFileName(self.window, title, start, self.tr("Excel workbooks (*.xlsx)"))
            if not path:
                return None
        target = xlsx_path(str(path))
        try:
            written = self.ws.roster.save_template(target)
        except VillageDeskError as exc:
            show_error(self.window, title, exc.message)
            return None
        self._remember(written)
        self.window.statusBar().showMessage(self.tr("Roster template saved to {path}").format(path=written), 10000)
        return written

    def import_roster(self, path: str | Path | None = None):
        """The roster import wizard; with `path`, it starts reading that file."""
        from desktop.ui.roster_import_wizard import RosterImportWizard

        if self.wizard is not None:
            self.wizard.show()
            self.wizard.raise_()
            return self.wizard
        wizard = RosterImportWizard(self.ws, self.folder, self.window)
        wizard.changed.connect(self._imported)
        wizard.folder_used.connect(lambda folder: setattr(self, "folder", folder))
        wizard.finished.connect(lambda _r: self._forget(wizard))
        self.wizard = wizard
        wizard.show()
        if path is not None:
            wizard.read_file(path)
        return wizard

    def _forget(self, wizard) -> None:
        if self.wizard is wizard:
            self.wizard = None
        wizard.deleteLater()

    def _imported(self, changeset: ChangeSet, description: str) -> None:
        self.window.push_change(changeset, lambda: description)
        self.window.statusBar().showMessage(
            self.tr("Roster imported. Undo takes the whole import back (Ctrl+Z)."), 10000)
