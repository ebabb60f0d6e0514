"""The main window's Reports menu (and Settings → Report fonts…), and the
report dialog every other window asks for.

The village file, the plan editor, the ledger and the dashboard each have
a `report_requested = Signal(str, object)` (the report's kind, and the
village or unit it is for; the ledger sends its list's filter, which the
report applies); `follow(widget)` connects it here, so every report dialog
and the fonts page share the main window's settings.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from desktop.core.ledger_index import LedgerFilter
from desktop.core.terms import AdminLevel
from desktop.ui.main_actions import make_action
from desktop.ui.messages import open_dialog

VILLAGE_KINDS = ("plan", "dossier")


class ReportMenu(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.dialog = None          # the report dialog open last
        self.fonts_dialog = None

        def action(name: str, slot) -> QAction:
            return make_action(window, name, None, slot)

        self.plan_action = action("reportPlan", lambda: self.open_report("plan", self._selected()))
        self.dossier_action = action("reportDossier", lambda: self.open_report("dossier", self._selected()))
        self.ledger_action = action("reportLedger", lambda: self.open_report("ledger", self._township()))
        self.township_action = action("reportTownship", lambda: self.open_report("township", self._township()))
        self.county_action = action("reportCounty", lambda: self.open_report("county"))
        self.fonts_action = action("reportFonts", self.open_fonts)
        self.menu = QMenu(window)
        self.menu.addActions([self.plan_action, self.dossier_action])
        self.menu.addSeparator()
        self.menu.addActions([self.ledger_action, self.township_action, self.county_action])
        self.settings_menu = QMenu(window)
        self.settings_menu.addAction(self.fonts_action)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("Re&ports"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.plan_action.setText(self.tr("Print plan form…"))
        self.dossier_action.setText(self.tr("Village dossier…"))
        self.ledger_action.setText(self.tr("Ledger report…"))
        self.township_action.setText(self.tr("Township summary…"))
        self.county_action.setText(self.tr("County overview…"))
        self.fonts_action.setText(self.tr("Report fonts…"))

    def _selected(self) -> str | None:
        ids = self.window.selected_ids()
        return ids[0] if ids else None

    def _township(self) -> str | None:
        """The township the village list is filtered to, if any."""
        return self.window.filters.township.currentData()

    def follow(self, widget) -> None:
        widget.report_requested.connect(lambda kind, scope_id: self.open_report(kind, scope_id, widget))

    def open_report(self, kind: str, scope_id: str | None = None, parent=None):
        """The report dialog over `parent` (the window that asked); without
        a village or unit the user chooses one there."""
        from desktop.ui.report_dialog import ReportDialog

        options = None
        if isinstance(scope_id, LedgerFilter):
            scope_id, options = None, ledger_options(scope_id)
        village_id, unit_id = (scope_id, None) if kind in VILLAGE_KINDS else (None, scope_id)
        if kind == "county" and unit_id:   # asked from a township's dashboard: its county
            unit = self.window.ws.units.get(unit_id)
            unit_id = unit.parent_id if unit is not None and unit.level == AdminLevel.TOWNSHIP else unit_id
        dialog = ReportDialog(self.window.ws, self.window.languages.language, self.window.settings,
                              parent or self.window, kind, village_id, unit_id, options)
        # The preview outlives the dialog and the window it was asked from.
        dialog.preview_parent = self.window
        self.dialog = open_dialog(dialog)
        return dialog

    def open_fonts(self):
        from desktop.ui.report_fonts_dialog import ReportFontsDialog

        self.fonts_dialog = open_dialog(ReportFontsDialog(self.window.settings, self.window))
        return self.fonts_dialog


def ledger_options(f: LedgerFilter) -> dict:
    """The ledger list's filter as the ledger report's options
    (reports/ledger_report.py reads the same keys)."""
    options = {
        "status": sorted(s.value for s in f.statuses), "category": f.category.value if f.category else None,
        "aspect": f.aspect.value if f.aspect else None, "source": f.source.value if f.source else None,
        "person": f.person, "text": f.text, "overdue": f.overdue_only, "reopened": f.reopened_only,
        "due_soon": f.due_soon_only, "weakness": sorted(w.value for w in f.weakness),
        "village_ids": sorted(f.village_ids) if f.village_ids is not None else None,
    }
    return {key: value for key, value in options.items()
            if value not in (None, "", False) and (value != [] or key == "village_ids")}
