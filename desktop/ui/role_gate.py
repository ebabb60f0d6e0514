"""Menu entries the signed-in user's roles may not use are disabled.

Each gated action names the service action it leads to (core/access.py
ACTIONS). A denied action is put in a disabled QActionGroup: Qt then keeps
it disabled whatever its owner sets later (selection changes enable and
disable the village actions all the time), so owners need not know about
roles. The service check stays the judge; this only spares the user a
refusal they could foresee.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup

# The window's action (object name) -> the action its use writes.
GATED = {
    "newVillage": "village.create",
    "deleteVillage": "village.delete",
    "undo": "revert",
    "redo": "revert",
    "fillDemo": "demo.fill",
    "importRoster": "roster.import",
    "newInspection": "start_inspection",
    "setRating": "set_rating",
    "warningPolicy": "set_warning_policy",
    "syncExport": "sync.export",
    "syncImport": "sync.import",
    "syncEnrol": "sync.enrol",
    "syncSetup": "sync.setup",
}


class RoleGate:
    def __init__(self, window) -> None:
        self.window = window
        self.group: QActionGroup | None = None

    def actions(self) -> dict[str, QAction]:
        found = {}
        for action in self.window.findChildren(QAction):
            if action.objectName() in GATED and action.actionGroup() in (None, self.group):
                found[action.objectName()] = action
        return found

    def apply(self, workspace) -> list[str]:
        """Disable what the user signed in to `workspace` may not use
        (`ws.may`), enable again what they may; the object names of the
        denied actions."""
        actions = self.actions()
        if self.group is not None:
            for action in list(self.group.actions()):
                self.group.removeAction(action)
                # Out of the group it keeps the disabled state: its owner sets it again below.
                action.setEnabled(True)
            self.group.deleteLater()
        self.group = QActionGroup(self.window)
        self.group.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
        denied = sorted(name for name, action in actions.items() if not workspace.may(GATED[name]))
        for name in denied:
            self.group.addAction(actions[name])
        self.group.setEnabled(False)
        if hasattr(self.window, "_update_actions"):
            self.window._update_actions()   # the owners' own enabling of what came out of the group
        return denied
