"""Help → About."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

# Strings stay in the MainWindow context, where they have always been translated.

import desktop


def about_box(window) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("MainWindow", "About VillageDesk"),
                      QCoreApplication.translate(
                          "MainWindow",
                          "VillageDesk {version}\n\nVillage files, inspections, plans and the problem ledger for the "
                          "rectification of weak village Party organisations. Works offline, in Chinese and Tibetan.\n\n"
                          "Database: {path}\nInstallation: {installation}").format(
                          version=desktop.__version__, path=window.ws.path, installation=window.ws.installation_id),
                      QMessageBox.StandardButton.Ok, window)
    box.open()
    return box
