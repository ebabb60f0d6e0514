"""Saying that opening a database upgraded it (a newer VillageDesk on an
older database), and where the copy taken first is (`Workspace.upgrade_notice`).

At start-up it waits for OK before anything else shows; opening another
database from the window shows it over the window without waiting."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.ui.messages import open_dialog


def notice_box(workspace, parent: QWidget | None = None) -> QMessageBox | None:
    """The information box, not shown yet; None when nothing was upgraded."""
    text = workspace.upgrade_notice()
    if text is None:
        return None
    box = QMessageBox(QMessageBox.Icon.Information,
                      QCoreApplication.translate("UpgradeNotice", "Database upgraded"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("upgradeNotice")
    # The backup's path is there to be copied.
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return box


def tell_at_start(workspace) -> bool:
    """Before any window: show the notice and wait for OK. True if shown."""
    box = notice_box(workspace)
    if box is None:
        return False
    box.exec()
    box.deleteLater()
    return True


def tell(workspace, parent: QWidget) -> QMessageBox | None:
    """Over an open window, without a nested event loop."""
    box = notice_box(workspace, parent)
    return open_dialog(box) if box is not None else None
