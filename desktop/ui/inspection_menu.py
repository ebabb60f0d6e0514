"""The main window's Inspection menu and the windows it opens: the guided
inspection form, the warning overview, ratings, thresholds and checklists.

Kept apart from the main window so that window stays about the village
list. Every change set a window here makes goes to the window's undo stack
and change hub, like the village files' do.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from desktop.core.changes import ChangeSet
from desktop.core.errors import VillageDeskError
from desktop.ui.main_actions import make_action
from desktop.ui.messages import show_error

# The entities whose change can change what the overview shows.
OVERVIEW_ENTITIES = ("village_warning", "inspection", "village", "village_rating", "warning_policy", "admin_unit")


class InspectionMenu(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.inspections: dict[str, object] = {}   # inspection id -> InspectionDialog
        self.overview = None
        self.others: list = []                     # open rating, policy and checklist windows

        def action(name: str, shortcut=None, slot=None) -> QAction:
            return make_action(window, name, shortcut, slot)

        self.new_inspection_action = action("newInspection", "Ctrl+I", self.start_inspection)
        self.overview_action = action("warningOverview", "Ctrl+Shift+W", self.open_overview)
        self.rating_action = action("setRating", None, self.rate_selected)
        self.policy_action = action("warningPolicy", None, self.open_policy)
        self.checklists_action = action("checklists", None, self.open_checklists)
        self.menu = QMenu(window)
        self.menu.addActions([self.new_inspection_action, self.overview_action, self.rating_action])
        self.menu.addSeparator()
        self.menu.addActions([self.checklists_action, self.policy_action])

    @property
    def ws(self):
        return self.window.ws

    @property
    def language(self) -> str:
        return self.window.languages.language

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Inspection"))
        self.new_inspection_action.setText(self.tr("New inspection…"))
        self.overview_action.setText(self.tr("Warning overview"))
        self.rating_action.setText(self.tr("Set rating…"))
        self.policy_action.setText(self.tr("Warning thresholds…"))
        self.checklists_action.setText(self.tr("Checklist templates…"))

    def update_actions(self, selected: bool) -> None:
        self.rating_action.setEnabled(selected)

    # -- opening windows -------------------------------------------------

    def start_inspection(self, village_id: str | None = None):
        from desktop.ui.start_inspection_dialog import StartInspectionDialog

        ids = self.window.selected_ids()
        dialog = StartInspectionDialog(self.ws, self.language, village_id or (ids[0] if ids else None), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.started.connect(self._on_started)
        dialog.open()
        return dialog

    def _on_started(self, inspection_file, changeset: ChangeSet | None) -> None:
        if changeset is not None:
            self._push(changeset, self.tr("start an inspection"))
        self.open_inspection(inspection_file.inspection.id)

    def open_inspection(self, inspection_id: str):
        from desktop.ui.inspection_dialog import InspectionDialog

        dialog = self.inspections.get(inspection_id)
        if dialog is None:
            try:
                dialog = InspectionDialog(self.ws, inspection_id, self.language, self.window)
            except VillageDeskError as exc:
                show_error(self.window, self.tr("Open inspection"), exc.message)
                return None
            dialog.changed.connect(self._push)
            dialog.switched.connect(self._on_switched)
            dialog.finished.connect(lambda _r, d=dialog: self._forget(d))
            self.window.hub.changed.connect(dialog.on_changes)
            self.inspections[inspection_id] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def follow_village_file(self, dialog) -> None:
        """A village file's Inspections tab opens, starts and deletes inspections through here."""
        dialog.open_inspection.connect(self.open_inspection)
        dialog.new_inspection.connect(self.start_inspection)
        dialog.inspection_changed.connect(self._push)
        dialog.inspections.is_open_and_unsaved = self._open_and_unsaved

    def _open_and_unsaved(self, inspection_id: str) -> bool:
        dialog = self.inspections.get(inspection_id)
        return dialog is not None and dialog.is_dirty()

    def _on_switched(self, old_id: str, new_id: str) -> None:
        dialog = self.inspections.pop(old_id, None)
        if dialog is not None:
            self.inspections[new_id] = dialog

    def _forget(self, dialog) -> None:
        for key, value in list(self.inspections.items()):
            if value is dialog:
                del self.inspections[key]
        try:
            self.window.hub.changed.disconnect(dialog.on_changes)
        except (RuntimeError, TypeError):
            pass
        dialog.deleteLater()

    def open_overview(self):
        from desktop.ui.warning_overview import WarningOverview

        if self.overview is None:
            self.overview = WarningOverview(self.ws, self.language, self.window)
            self.overview.setWindowFlag(Qt.WindowType.Window)
            self.overview.open_inspection.connect(self.open_inspection)
            self.overview.open_village.connect(self.window.open_village)
            self.overview.changed.connect(self._push)
            self.overview.resize(1100, 720)
        self.overview.show()
        self.overview.raise_()
        self.overview.activateWindow()
        return self.overview

    def _keep(self, dialog):
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._push)
        self.others.append(dialog)
        dialog.destroyed.connect(lambda *_a, d=dialog: self.others.remove(d) if d in self.others else None)
        dialog.open()
        return dialog

    def rate_selected(self):
        from desktop.ui.rating_dialog import RatingDialog

        ids = self.window.selected_ids()
        if not ids:
            return None
        return self._keep(RatingDialog(self.ws, ids[0], self.language, self.window))

    def open_policy(self):
        from desktop.ui.warning_policy_dialog import WarningPolicyDialog

        return self._keep(WarningPolicyDialog(self.ws, self.language, parent=self.window))

    def open_checklists(self):
        from desktop.ui.checklist_manager import ChecklistManager

        return self._keep(ChecklistManager(self.ws, self.language, self.window))

    # -- keeping up ------------------------------------------------------

    def _push(self, changeset: ChangeSet | None, description: str) -> None:
        if changeset is not None:
            self.window.push_change(changeset, lambda: description)

    def apply(self, changeset: ChangeSet) -> None:
        if self.overview is not None and any(changeset.touches(e) for e in OVERVIEW_ENTITIES):
            self.overview.apply(changeset)

    def set_language(self, language: str) -> None:
        for dialog in self.inspections.values():
            dialog.set_language(language)
        if self.overview is not None:
            self.overview.set_language(language)
        for dialog in self.others:
            dialog.set_language(language)

    def ask_unsaved(self) -> bool:
        """Ask each inspection form with unsaved answers; False if one stays
        open (its question is still out). Nothing else is closed yet."""
        for dialog in list(self.inspections.values()):
            if dialog.is_dirty():
                dialog.show()
                dialog.raise_()
                dialog.close()
                if dialog.isVisible():
                    return False
        return True

    def close_all(self) -> None:
        """Close every window of the menu (after ask_unsaved and the village files agreed)."""
        for dialog in list(self.inspections.values()):
            dialog.discard_and_close()
        for dialog in list(self.others):
            dialog.close()
        if self.overview is not None:
            self.overview.close()
            self.overview.deleteLater()
            self.overview = None
