"""The village file's campaign tabs: problems, plan, support log and
acceptance. Each tab changes records through its own services (not the
file's Save): their change sets go out through `changed` to the undo stack,
and every tab reloads from the change hub."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QTabWidget

from desktop.core.changes import ChangeSet


class VillageCampaignTabs(QObject):
    changed = Signal(object, str)   # a change set made in a tab, its undo description
    open_plan = Signal(str)         # plan id

    def __init__(self, workspace, language: str, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        from desktop.ui.acceptance_tab import AcceptanceTab
        from desktop.ui.plan_tab import PlanTab
        from desktop.ui.problems_tab import ProblemsTab
        from desktop.ui.support_log_tab import SupportLogTab

        self.tabs = tabs
        self.problems = ProblemsTab(workspace, language, tabs)
        self.plan = PlanTab(workspace, language, tabs)
        self.support_log = SupportLogTab(workspace, language, tabs)
        self.acceptance = AcceptanceTab(workspace, language, tabs)
        self.first = tabs.count()
        for tab in self.all():
            tabs.addTab(tab, "")
            tab.changed.connect(self.changed)
            if hasattr(tab, "open_plan"):
                tab.open_plan.connect(self.open_plan)
        self.retranslate()

    def all(self) -> tuple:
        return (self.problems, self.plan, self.support_log, self.acceptance)

    def load(self, village_id: str | None) -> None:
        """Nothing to show until the village is saved for the first time."""
        for tab in self.all():
            tab.setEnabled(village_id is not None)
            if village_id is not None:
                tab.load(village_id)

    def apply(self, changeset: ChangeSet) -> None:
        for tab in self.all():
            if tab.isEnabled():
                tab.apply(changeset)

    def set_language(self, language: str) -> None:
        for tab in self.all():
            tab.set_language(language)
        self.retranslate()

    def retranslate(self) -> None:
        titles = (QCoreApplication.translate("VillageFileDialog", "Problems"),
                  QCoreApplication.translate("VillageFileDialog", "Village plan"),
                  QCoreApplication.translate("VillageFileDialog", "Support log"),
                  QCoreApplication.translate("VillageFileDialog", "Acceptance"))
        for i, title in enumerate(titles):
            self.tabs.setTabText(self.first + i, title)
