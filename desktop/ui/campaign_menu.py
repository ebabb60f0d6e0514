"""The main window's Rectification menu and the windows it opens: the
problem ledger, village plans, the dashboard.

Like the Inspection menu, kept apart from the main window. One window per
kind (one ledger, one dashboard) and one plan editor per plan; every change
set a window here makes goes to the main window's undo stack and change
hub, and every open window refreshes from the hub.

Each window module provides a QWidget with:
- `changed = Signal(object, str)`: a change set it made, its undo text;
- `apply(changeset)`: refresh after a change made anywhere;
- `set_language(language)`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from desktop.core.changes import ChangeSet
from desktop.ui.main_actions import make_action


class CampaignMenu(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.ledger = None
        self.dashboard = None
        self.plans: dict[str, object] = {}     # plan id -> PlanEditor

        def action(name: str, shortcut=None, slot=None) -> QAction:
            return make_action(window, name, shortcut, slot)

        self.ledger_action = action("problemLedger", "Ctrl+L", lambda: self.open_ledger())
        self.plan_action = action("villagePlan", "Ctrl+P", self.open_selected_plan)
        self.dashboard_action = action("dashboard", "Ctrl+D", self.open_dashboard)
        self.menu = QMenu(window)
        self.menu.addActions([self.ledger_action, self.plan_action, self.dashboard_action])

    @property
    def ws(self):
        return self.window.ws

    @property
    def language(self) -> str:
        return self.window.languages.language

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Rectification"))
        self.ledger_action.setText(self.tr("Problem ledger"))
        self.plan_action.setText(self.tr("Village plan…"))
        self.dashboard_action.setText(self.tr("Dashboard"))

    def update_actions(self, selected: bool) -> None:
        self.plan_action.setEnabled(selected)

    # -- windows ---------------------------------------------------------

    def _window(self, widget, size: tuple[int, int]):
        widget.setWindowFlag(Qt.WindowType.Window)
        widget.changed.connect(self._push)
        if hasattr(widget, "open_village"):
            widget.open_village.connect(self.window.open_village)
        if hasattr(widget, "open_plan"):
            widget.open_plan.connect(self.open_plan)
        if hasattr(widget, "report_requested"):
            self.window.report_menu.follow(widget)
        widget.resize(*size)
        return widget

    @staticmethod
    def _raise(widget):
        widget.show()
        widget.raise_()
        widget.activateWindow()
        return widget

    def open_ledger(self, ledger_filter=None):
        """The ledger window, showing `ledger_filter` when given (a
        dashboard figure's list)."""
        from desktop.ui.ledger_window import LedgerWindow

        if self.ledger is None:
            self.ledger = self._window(LedgerWindow(self.ws, self.language, self.window), (1200, 760))
        if ledger_filter is not None:
            self.ledger.show_filter(ledger_filter)
        return self._raise(self.ledger)

    def open_dashboard(self):
        from desktop.ui.dashboard_window import DashboardWindow

        if self.dashboard is None:
            self.dashboard = self._window(DashboardWindow(self.ws, self.language, self.window), (1200, 800))
            self.dashboard.open_ledger.connect(self.open_ledger)
        return self._raise(self.dashboard)

    def open_selected_plan(self):
        ids = self.window.selected_ids()
        return self.open_village_plan(ids[0]) if ids else None

    def open_village_plan(self, village_id: str):
        """The village's newest plan, or a new draft if it has none."""
        from desktop.core.errors import VillageDeskError
        from desktop.ui.messages import show_error

        plan = self.ws.plans.current(village_id)
        if plan is None:
            try:
                plan_id, changeset = self.ws.plans.create(village_id)
            except VillageDeskError as e:
                show_error(self.window, self.tr("Village plan"), e.message)
                return None
            self.window.push_change(changeset, lambda: self.tr("Draft village plan"))
            return self.open_plan(plan_id)
        return self.open_plan(plan.id)

    def open_plan(self, plan_id: str):
        from desktop.ui.plan_editor import PlanEditor

        editor = self.plans.get(plan_id)
        if editor is None:
            editor = self._window(PlanEditor(self.ws, plan_id, self.language, self.window), (1200, 760))
            editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            editor.destroyed.connect(lambda *_a, key=plan_id: self.plans.pop(key, None))
            self.plans[plan_id] = editor
        return self._raise(editor)

    def follow_village_file(self, dialog) -> None:
        """A village file's campaign tabs make changes and open plans here."""
        dialog.campaign_changed.connect(self._push)
        dialog.open_plan.connect(self.open_plan)

    # -- keeping up ------------------------------------------------------

    def _open_windows(self) -> list:
        return [w for w in (self.ledger, self.dashboard, *self.plans.values()) if w is not None]

    def _push(self, changeset: ChangeSet | None, description: str) -> None:
        if changeset is not None:
            self.window.push_change(changeset, lambda: description)

    def apply(self, changeset: ChangeSet) -> None:
        for w in self._open_windows():
            w.apply(changeset)

    def set_language(self, language: str) -> None:
        for w in self._open_windows():
            w.set_language(language)

    def ask_unsaved(self) -> bool:
        """Ask each plan editor with unsaved edits; False if one stays open
        (its question is still out). Nothing else is closed yet."""
        for editor in list(self.plans.values()):
            if editor.is_dirty():
                editor.show()
                editor.raise_()
                editor.close()
                if editor.isVisible():
                    return False
        return True

    def close_all(self) -> None:
        """Close every window of the menu (after ask_unsaved agreed)."""
        for editor in list(self.plans.values()):
            editor.discard_and_close()
        for w in self._open_windows():
            w.close()
            w.deleteLater()
        self.ledger = self.dashboard = None
        self.plans.clear()
