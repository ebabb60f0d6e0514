"""Help → About."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

# Strings stay in the MainWindow context, where they have always been translated.

import desktop
from desktop.services.locations import portable_folder


def about_box(window) -> QMessageBox:
    text = QCoreApplication.translate(
        "MainWindow",
        "VillageDesk {version}\n\nVillage files, inspections, plans and the problem ledger for the "
        "rectification of weak village Party organisations. Works offline, in Chinese and Tibetan.\n\n"
        "Database: {path}\nInstallation: {installation}").format(
        version=desktop.__version__, path=window.ws.location, installation=window.ws.installation_id)
    folder = portable_folder()
    if folder is not None:
        text += "\n" + QCoreApplication.translate(
            "MainWindow", "Portable: data and settings are kept in {folder}").format(folder=folder)
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("MainWindow", "About VillageDesk"),
                      text, QMessageBox.StandardButton.Ok, window)
    box.open()
    return box
