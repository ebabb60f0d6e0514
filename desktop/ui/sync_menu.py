"""The main window's Exchange menu: bundles to and from the other side, the
conflicts they left, and the trust between installations (who this one is,
enrolling others, the enrolled ones, setting up as a county or township).

Nothing here reads the sync tables until the menu opens: the sync service
loads the `cryptography` package, which start-up need not pay for, and a
database that was never set up keeps a working main window. The conflict
count and the county's "Townships…" title are read each time the menu is
shown (no one sees them otherwise).

The dialogs of the exchange (`SyncExportDialog`, `SyncImportDialog`,
`ConflictWindow`) are built as `(workspace, language, parent)`; whatever
change set they announce through a `changed` signal goes to the window's
change hub, and an import or export refreshes the installations window.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu

from desktop.core.errors import VillageDeskError
from desktop.ui.main_actions import make_action
from desktop.ui.messages import open_dialog


class SyncMenu(QObject):
    # Something of the exchange changed here (set-up, an enrolment, a revocation, an import).
    exchange_changed = Signal()

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.open_conflicts = 0
        self.mode = "township"
        self.dialogs: dict[str, object] = {}    # the window of each kind opened last

        def action(name: str, slot) -> QAction:
            return make_action(window, name, None, slot)

        self.export_action = action("syncExport", self.open_export)
        self.import_action = action("syncImport", self.open_import)
        self.conflicts_action = action("syncConflicts", self.open_conflicts_window)
        self.identity_action = action("syncIdentity", self.open_identity)
        self.enrol_action = action("syncEnrol", self.open_enrol)
        self.peers_action = action("syncPeers", self.open_peers)
        self.setup_action = action("syncSetup", self.open_setup)
        self.menu = QMenu(window)
        self.menu.setObjectName("exchangeMenu")
        self.menu.addActions([self.export_action, self.import_action, self.conflicts_action])
        self.menu.addSeparator()
        self.menu.addActions([self.identity_action, self.enrol_action, self.peers_action, self.setup_action])
        self.menu.aboutToShow.connect(self.refresh)
        # Not retranslated by the main window (it knows the menus of earlier issues only).
        window.languages.changed.connect(self._on_language)
        self.retranslate()

    @property
    def ws(self):
        return self.window.ws

    @property
    def language(self) -> str:
        return self.window.languages.language

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("E&xchange"))
        self.export_action.setText(self.tr("Make bundle…"))
        self.import_action.setText(self.tr("Import bundle…"))
        if self.open_conflicts:
            self.conflicts_action.setText(self.tr("Conflicts ({count})…").format(count=self.open_conflicts))
        else:
            self.conflicts_action.setText(self.tr("Conflicts…"))
        self.identity_action.setText(self.tr("This installation…"))
        self.enrol_action.setText(self.tr("Enrol an installation…"))
        self.peers_action.setText(self.tr("Townships…") if self.mode == "county" else self.tr("Installations…"))
        self.setup_action.setText(self.tr("Set up as county or township…"))

    def refresh(self) -> None:
        """Read the open conflicts and the mode again (the menu's titles)."""
        try:
            self.open_conflicts = len(self.ws.sync.conflicts())
            self.mode = self.ws.sync.identity().mode
        except VillageDeskError:
            pass   # the titles stay as they were; opening a screen says what is wrong
        self.retranslate()

    def _on_language(self, language: str) -> None:
        self.retranslate()
        self.set_language(language)

    def set_language(self, language: str) -> None:
        for dialog in self.dialogs.values():
            if hasattr(dialog, "set_language"):
                dialog.set_language(language)

    # -- windows ---------------------------------------------------------

    def _show(self, kind: str, dialog):
        """Open `dialog` as the one of its kind: its changes reach the hub and this menu."""
        self.dialogs[kind] = dialog
        if hasattr(dialog, "changed"):
            dialog.changed.connect(self._changed)
        dialog.destroyed.connect(lambda *_a, kind=kind, d=dialog: self._forget(kind, d))
        if isinstance(dialog, QDialog):   # window-modal, deleted once closed
            return open_dialog(dialog)
        dialog.setWindowFlag(Qt.WindowType.Window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _forget(self, kind: str, dialog) -> None:
        if self.dialogs.get(kind) is dialog:
            del self.dialogs[kind]

    def _changed(self, changeset=None, *_rest) -> None:
        from desktop.core.changes import ChangeSet

        if isinstance(changeset, ChangeSet):
            self.window.hub.changed.emit(changeset)

    def _raise(self, kind: str):
        dialog = self.dialogs.get(kind)
        if dialog is None:
            return None
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def open_export(self):
        from desktop.ui.sync_export_dialog import SyncExportDialog

        dialog = SyncExportDialog(self.ws, self.language, self.window)
        dialog.exported.connect(lambda _result: self.exchange_changed.emit())
        return self._show("export", dialog)

    def open_import(self):
        from desktop.ui.sync_import_dialog import SyncImportDialog

        dialog = SyncImportDialog(self.ws, self.language, self.window)
        dialog.imported.connect(lambda _summary: self.exchange_changed.emit())
        return self._show("import", dialog)

    def open_conflicts_window(self):
        from desktop.ui.conflict_window import ConflictWindow

        found = self._raise("conflicts")
        if found:
            return found
        window = ConflictWindow(self.ws, self.language, self.window)
        # An import in the meantime adds conflicts: the open list follows it.
        self.window.hub.changed.connect(window.apply)
        return self._show("conflicts", window)

    def open_identity(self):
        from desktop.ui.identity_dialog import IdentityDialog

        dialog = IdentityDialog(self.ws, self.language, self.window)
        dialog.setup_requested.connect(self.open_setup)
        return self._show("identity", dialog)

    def open_enrol(self):
        from desktop.ui.enrol_dialog import EnrolDialog

        dialog = EnrolDialog(self.ws, self.language, self.window)
        dialog.enrolled.connect(lambda _peer: self.exchange_changed.emit())
        return self._show("enrol", dialog)

    def open_peers(self):
        from desktop.ui.peers_window import PeersWindow

        if self._raise("peers"):
            return self.dialogs["peers"]
        window = PeersWindow(self.ws, self.language, self.window)
        window.resize(1150, 720)
        window.enrol_requested.connect(self.open_enrol)
        self.exchange_changed.connect(window.reload)
        self.window.hub.changed.connect(window.reload)
        return self._show("peers", window)

    def open_setup(self):
        from desktop.ui.setup_dialog import SetupDialog

        dialog = SetupDialog(self.ws, self.language, self.window)
        dialog.set_up.connect(lambda _identity: self.exchange_changed.emit())
        return self._show("setup", dialog)
