"""The main window's actions, menus and toolbar (their texts are set in
MainWindow.retranslate)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QToolBar

from desktop.services.settings import LANGUAGES
from desktop.ui.language import NATIVE_NAMES
from desktop.ui.server_database_dialog import open_server_database


def make_action(parent, name: str, shortcut=None, slot=None) -> QAction:
    """An action with an object name (tests find it) and no text yet."""
    a = QAction(parent)
    a.setObjectName(name)
    if shortcut is not None:
        a.setShortcut(QKeySequence(shortcut))
    if slot is not None:
        a.triggered.connect(slot)
    return a


def make_actions(window) -> None:
    def action(name: str, shortcut=None, slot=None) -> QAction:
        return make_action(window, name, shortcut, slot)

    window.new_village_action = action("newVillage", QKeySequence.StandardKey.New, window.new_village)
    window.open_village_action = action("openVillage", None, window.open_selected)
    window.delete_action = action("deleteVillage", QKeySequence.StandardKey.Delete, window.delete_selected)
    window.open_db_action = action("openDatabase", "Ctrl+Shift+O", window.choose_database)
    window.new_db_action = action("newDatabase", None, lambda: window.choose_database(new=True))
    window.open_server_action = action("openServerDatabase", None, lambda: open_server_database(window))
    window.quit_action = action("quit", QKeySequence.StandardKey.Quit, window.close)
    window.undo_action = action("undo", QKeySequence.StandardKey.Undo, window.undo_stack.undo)
    window.redo_action = action("redo", QKeySequence.StandardKey.Redo, window.undo_stack.redo)
    window.find_action = action("find", QKeySequence.StandardKey.Find, window._focus_search)
    window.demo_action = action("fillDemo", None, window.fill_demo)
    window.about_action = action("about", None, window.about)
    window.language_actions = QActionGroup(window)
    for language in LANGUAGES:
        a = action(f"language_{language}")
        a.setText(NATIVE_NAMES[language])
        a.setCheckable(True)
        a.setChecked(language == window.languages.language)
        a.triggered.connect(lambda _checked=False, lang=language: window.languages.apply(lang))
        window.language_actions.addAction(a)


def make_menus(window) -> None:
    """The menu bar and the toolbar (their titles are set in MainWindow.retranslate)."""
    # Here, not at the top: the menus build their actions with make_action.
    from desktop.ui.campaign_menu import CampaignMenu
    from desktop.ui.excel_menu import ExcelMenu
    from desktop.ui.inspection_menu import InspectionMenu
    from desktop.ui.report_menu import ReportMenu
    from desktop.ui.sync_menu import SyncMenu
    from desktop.ui.account_menu import AccountMenu
    from desktop.ui.safety_menu import SafetyMenu

    bar = window.menuBar()
    window.file_menu = bar.addMenu("")
    window.file_menu.addActions([window.new_village_action, window.open_village_action])
    window.file_menu.addSeparator()
    window.excel_menu = ExcelMenu(window)
    window.excel_menu.add_to(window.file_menu)
    window.file_menu.addSeparator()
    window.file_menu.addActions([window.open_db_action, window.new_db_action, window.open_server_action])
    window.file_menu.addSeparator()
    window.file_menu.addAction(window.quit_action)
    window.edit_menu = bar.addMenu("")
    window.edit_menu.addActions([window.undo_action, window.redo_action])
    window.edit_menu.addSeparator()
    window.edit_menu.addActions([window.delete_action, window.find_action])
    window.inspection_menu = InspectionMenu(window)
    bar.addMenu(window.inspection_menu.menu)
    window.campaign_menu = CampaignMenu(window)
    bar.addMenu(window.campaign_menu.menu)
    window.report_menu = ReportMenu(window)
    bar.addMenu(window.report_menu.menu)
    window.sync_menu = SyncMenu(window)   # retranslates itself on the language manager's signal
    bar.addMenu(window.sync_menu.menu)
    window.safety_menu = SafetyMenu(window)     # backups, history, the audit check
    bar.addMenu(window.safety_menu.menu)
    window.account_menu = AccountMenu(window)   # the signed-in user, users, the idle lock
    bar.addMenu(window.account_menu.menu)
    bar.addMenu(window.report_menu.settings_menu)
    window.language_menu = bar.addMenu("")
    window.language_menu.addActions(window.language_actions.actions())
    window.help_menu = bar.addMenu("")
    window.help_menu.addActions([window.demo_action, window.about_action])

    window.toolbar = QToolBar(window)
    window.toolbar.setObjectName("mainToolbar")
    window.toolbar.setMovable(False)
    window.toolbar.addActions([window.new_village_action, window.open_village_action, window.delete_action])
    window.toolbar.addSeparator()
    window.toolbar.addActions([window.inspection_menu.new_inspection_action, window.inspection_menu.overview_action])
    window.toolbar.addActions([window.campaign_menu.ledger_action, window.campaign_menu.dashboard_action])
    window.addToolBar(window.toolbar)
