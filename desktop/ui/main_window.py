"""The main window: the village list with search and filters, and the menus."""

from __future__ import annotations

import base64

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import ChangeSet
from desktop.core.errors import VillageDeskError
from desktop.services.settings import Settings, remembered_database, save_settings
from desktop.services.workspace import Workspace
from desktop.ui import fonts, upgrade_notice
from desktop.ui.change_hub import ChangeHub
from desktop.ui.main_actions import make_actions, make_menus
from desktop.ui.language import LanguageManager
from desktop.ui.messages import open_dialog, show_error
from desktop.ui.undo import ChangeSetCommand
from desktop.ui.village_file_dialog import VillageFileDialog
from desktop.ui.village_filter_bar import VillageFilterBar
from desktop.ui.village_table_model import COLUMNS, VillageTableModel
from desktop.ui.retranslate import Retranslating


class MainWindow(Retranslating, QMainWindow):
    def __init__(self, workspace: Workspace, languages: LanguageManager, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.ws = workspace
        self.languages = languages
        self.settings = settings
        self.hub = ChangeHub(self)
        self.undo_stack = QUndoStack(self)
        self.file_dialogs: dict[str, VillageFileDialog] = {}
        self._total: int | None = None
        self._columns_sized = False

        self.model = VillageTableModel(workspace.villages, languages.language, self)
        self.view = QTableView(self)
        self.view.setObjectName("villageTable")
        self.view.setModel(self.model)
        # Set the indicator first: enabling sorting sorts by it at once.
        self.view.horizontalHeader().setSortIndicator(COLUMNS.index(self.model.query.sort), Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        # Size columns from the rows in view only; Qt's default samples 1,000
        # rows, which would read five pages of a lazy model for nothing.
        self.view.horizontalHeader().setResizeContentsPrecision(0)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        # Search and filters sit above the list, not in the toolbar: long
        # Tibetan labels would push them behind the toolbar's overflow button.
        self.filters = VillageFilterBar(self)
        central = QWidget(self)
        body = QVBoxLayout(central)
        body.setContentsMargins(6, 6, 6, 0)
        body.setSpacing(6)
        body.addWidget(self.filters)
        body.addWidget(self.view)
        self.setCentralWidget(central)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("villageCount")
        self.statusBar().addPermanentWidget(self.count_label)

        self._make_actions()
        self._make_menus()

        self.view.activated.connect(lambda index: self.open_village(self.model.id_at(index.row())))
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_count)
        self.filters.query_changed.connect(lambda bar: self.model.set_query(bar.query(self.model.query)))
        self.hub.changed.connect(self._on_changes)
        self.undo_stack.indexChanged.connect(self._update_actions)
        languages.changed.connect(self._on_language)

        self._load_workspace()
        self.retranslate()
        self._restore_geometry()

    # -- set-up ----------------------------------------------------------

    def _make_actions(self) -> None:
        make_actions(self)

    def _make_menus(self) -> None:
        make_menus(self)

    def _load_workspace(self) -> None:
        self.filters.set_townships(self.ws.units.townships(), self.languages.language)
        self.model.set_query(self.filters.query(self.model.query))
        self.view.verticalHeader().setDefaultSectionSize(fonts.row_height())
        self._resize_columns()

    def _resize_columns(self) -> None:
        # Measures the rows in view only (and the headers): cheap at any size.
        # Before the view is shown Qt would measure every row: wait for it.
        if not self.view.isVisible():
            self._columns_sized = False
            return
        self._columns_sized = True
        self.view.resizeColumnsToContents()
        for i in range(len(COLUMNS)):
            self.view.setColumnWidth(i, min(self.view.columnWidth(i) + 12, 360))

    # -- language --------------------------------------------------------

    def retranslate(self) -> None:
        self._update_title()
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.new_village_action.setText(self.tr("New village"))
        self.open_village_action.setText(self.tr("Open village file"))
        self.delete_action.setText(self.tr("Delete village"))
        self.open_db_action.setText(self.tr("Open database…"))
        self.new_db_action.setText(self.tr("New database…"))
        self.open_server_action.setText(self.tr("Open a server database…"))
        self.quit_action.setText(self.tr("Quit"))
        self.find_action.setText(self.tr("Find"))
        self.demo_action.setText(self.tr("Fill with demo data…"))
        self.about_action.setText(self.tr("About VillageDesk"))
        self.inspection_menu.retranslate()
        self.campaign_menu.retranslate()
        self.excel_menu.retranslate()
        self.report_menu.retranslate()
        for i in range(self.undo_stack.count()):
            command = self.undo_stack.command(i)
            if isinstance(command, ChangeSetCommand):
                command.retranslate()
        self._update_actions()
        self._update_count()

    def _on_language(self, language: str) -> None:
        self.model.set_language(language)
        self.filters.set_townships(self.ws.units.townships(), language)
        self.view.verticalHeader().setDefaultSectionSize(fonts.row_height())
        self._resize_columns()
        for a in self.language_actions.actions():
            a.setChecked(a.objectName() == f"language_{language}")
        for dialog in self.file_dialogs.values():
            dialog.set_language(language)
        self.inspection_menu.set_language(language)
        self.campaign_menu.set_language(language)

    def _update_title(self) -> None:
        name = self.ws.path.name if self.ws.path else self.ws.location
        self.setWindowTitle(self.tr("VillageDesk — {database}").format(database=name))

    def _update_count(self) -> None:
        # The total changes only with a change set (see _on_changes); a
        # keystroke needs no count(*).
        if self._total is None:
            self._total = self.ws.villages.count()
        shown, total = self.model.rowCount(), self._total
        if shown == total:
            self.count_label.setText(self.tr("{total} villages").format(total=total))
        else:
            self.count_label.setText(self.tr("{shown} of {total} villages").format(shown=shown, total=total))

    def _update_actions(self, *_args) -> None:
        selected = bool(self.selected_ids())
        self.open_village_action.setEnabled(selected)
        self.delete_action.setEnabled(selected)
        self.inspection_menu.update_actions(selected)
        self.campaign_menu.update_actions(selected)
        self.undo_action.setEnabled(self.undo_stack.canUndo())
        self.redo_action.setEnabled(self.undo_stack.canRedo())
        undo_text, redo_text = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.undo_action.setText(self.tr("Undo {action}").format(action=undo_text) if undo_text else self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo {action}").format(action=redo_text) if redo_text else self.tr("Redo"))

    # -- villages --------------------------------------------------------

    def selected_ids(self) -> list[str]:
        return [self.model.id_at(i.row()) for i in self.view.selectionModel().selectedRows()]

    def open_selected(self) -> None:
        for village_id in self.selected_ids()[:5]:
            self.open_village(village_id)

    def open_village(self, village_id: str | None) -> VillageFileDialog:
        if village_id and village_id in self.file_dialogs:
            dialog = self.file_dialogs[village_id]
        else:
            dialog = VillageFileDialog(self.ws, self.hub, village_id, self.languages.language, self)
            dialog.saved.connect(self._on_file_saved)
            self.inspection_menu.follow_village_file(dialog)
            self.campaign_menu.follow_village_file(dialog)
            self.report_menu.follow(dialog)
            dialog.finished.connect(lambda _r, d=dialog: self._forget_dialog(d))
            self.file_dialogs[dialog.village_id] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def open_village_code(self, code: str) -> VillageFileDialog:
        return self.open_village(self.ws.villages.id_of(code))

    def new_village(self) -> VillageFileDialog:
        return self.open_village(None)

    def _forget_dialog(self, dialog: VillageFileDialog) -> None:
        if self.file_dialogs.get(dialog.village_id) is dialog:
            del self.file_dialogs[dialog.village_id]
        dialog.deleteLater()

    def _on_file_saved(self, changeset: ChangeSet, name: str, created: bool) -> None:
        describe = (lambda: self.tr("add village {name}").format(name=name)) if created else \
            (lambda: self.tr("edit village {name}").format(name=name))
        self._push(changeset, describe)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        names = self.ws.villages.names(ids)
        try:
            changeset = self.ws.villages.delete_many(ids)
        except VillageDeskError as exc:
            show_error(self, self.tr("Delete village"), exc.message)
            return
        for vid in ids:
            dialog = self.file_dialogs.get(vid)
            if dialog:
                dialog.discard_and_close()
        first = names.get(ids[0], ("", ""))
        name = (first[1] or first[0]) if self.languages.language == "bo_CN" else (first[0] or first[1])
        if len(ids) == 1:
            describe = lambda: self.tr("delete village {name}").format(name=name)  # noqa: E731
        else:
            describe = lambda: self.tr("delete {count} villages").format(count=len(ids))  # noqa: E731
        self._push(changeset, describe)
        self.statusBar().showMessage(self.tr("Deleted: {what}. Undo brings it back (Ctrl+Z).").format(what=describe()), 8000)

    def push_change(self, changeset: ChangeSet, describe) -> None:
        """Announce a change set and put it on the undo stack."""
        self._push(changeset, describe)

    def _push(self, changeset: ChangeSet, describe) -> None:
        self.hub.changed.emit(changeset)
        self.undo_stack.push(ChangeSetCommand(self.ws, changeset, describe, self.hub.changed.emit,
                                              lambda message: show_error(self, self.tr("Undo"), message)))

    def _on_changes(self, changeset: ChangeSet) -> None:
        keep = self.selected_ids()
        if changeset.changes_membership("village"):
            self._total = None
        if changeset.touches("admin_unit"):
            self.filters.set_townships(self.ws.units.townships(), self.languages.language)
        if self.model.apply(changeset):
            self._select(keep)
        self._update_count()
        self._update_actions()
        self.inspection_menu.apply(changeset)
        self.campaign_menu.apply(changeset)

    def _select(self, ids: list[str]) -> None:
        selection = self.view.selectionModel()
        for vid in ids:
            row = self.model.row_of(vid)
            if row is not None:
                selection.select(self.model.index(row, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows)

    def _context_menu(self, pos) -> None:
        if not self.view.indexAt(pos).isValid():
            return
        menu = QMenu(self)
        menu.addActions([self.open_village_action, self.delete_action])
        menu.addSeparator()
        menu.addActions([self.inspection_menu.new_inspection_action, self.inspection_menu.rating_action,
                         self.campaign_menu.plan_action])
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def _focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    # -- database, demo, about -------------------------------------------

    def choose_database(self, new: bool = False) -> None:
        caption = self.tr("New database") if new else self.tr("Open database")
        pattern = self.tr("VillageDesk databases (*.sqlite3 *.db);;All files (*)")
        start = str(self.ws.path.parent) if self.ws.path else ""
        if new:
            path, _ = QFileDialog.getSaveFileName(self, caption, start, pattern)
        else:
            path, _ = QFileDialog.getOpenFileName(self, caption, start, pattern)
        if path:
            self.switch_database(path)

    def switch_database(self, path: str) -> bool:
        if not self._close_file_dialogs():
            return False
        try:
            workspace = Workspace.open(path, self.ws.actor)
        except VillageDeskError as exc:
            workspace = self.account_menu.unlock(path, exc)   # encrypted: a user's password opens it
            if workspace is None:
                return False
        return self.adopt_database(workspace, path)

    def adopt_database(self, workspace: Workspace, path: str) -> bool:
        """Show the database just opened in place of this one (after its sign-in)."""
        if not self._close_file_dialogs():
            workspace.close()
            return False
        notice = upgrade_notice.notice_box(workspace, self)   # now: encrypting it reopens the database
        if workspace.user.user_id is None:   # not opened by unlock: signed in before anything of it shows
            if not self.account_menu.admit(workspace):
                workspace.close()
                return False   # (an unshown notice goes with the window)
        self.ws.close()
        self.ws = workspace
        self._total = None
        self.model = VillageTableModel(workspace.villages, self.languages.language, self)
        self.view.setModel(self.model)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_count)
        self.undo_stack.clear()
        self.filters.reset()
        self._load_workspace()
        self.settings.last_database = remembered_database(workspace.path or path)
        save_settings(self.settings)
        self._update_title()
        self._update_count()
        self.account_menu.refresh()   # the roles there
        if notice is not None:
            open_dialog(notice)   # a newer version upgraded it: say so
        return True

    def fill_demo(self):
        from desktop.ui.demo_dialog import DemoDialog

        dialog = DemoDialog(self.ws, self)
        dialog.filled.connect(self._on_demo_filled)
        dialog.open()
        return dialog

    def _on_demo_filled(self, summary) -> None:
        self.hub.changed.emit(summary.changeset)
        self.statusBar().showMessage(
            self.tr("Demo data added: {villages} villages, {people} people.").format(
                villages=summary.villages, people=summary.people), 8000)

    def about(self) -> QMessageBox:
        from desktop.ui.about_box import about_box

        return about_box(self)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._columns_sized:
            self._resize_columns()

    # -- closing ---------------------------------------------------------

    def _close_file_dialogs(self) -> bool:
        """Ask each open, changed village file and inspection; False if the user keeps one.
        Nothing is closed until every one has agreed."""
        if not self.inspection_menu.ask_unsaved() or not self.campaign_menu.ask_unsaved():
            return False
        for dialog in list(self.file_dialogs.values()):
            if dialog.is_dirty():
                dialog.show()
                dialog.raise_()
                dialog.close()   # asks; stays open if the user cancels
                if dialog.isVisible():
                    return False
            else:
                dialog.discard_and_close()
        self.inspection_menu.close_all()
        self.campaign_menu.close_all()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._close_file_dialogs():
            event.ignore()
            return
        self.settings.window_geometry = base64.b64encode(bytes(self.saveGeometry())).decode("ascii")
        save_settings(self.settings)
        super().closeEvent(event)

    def _restore_geometry(self) -> None:
        if self.settings.window_geometry:
            self.restoreGeometry(QByteArray(base64.b64decode(self.settings.window_geometry)))
        else:
            self.resize(1280, 760)
