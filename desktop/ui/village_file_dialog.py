"""A village file (村档案), edited in tabs and saved in one go.

The dialog keeps the file as it was read and an edited copy; what differs
is what Save writes, in one transaction. Rules are checked as the user types
and every message sits next to its field. Closing with unsaved changes asks
first. A change made elsewhere reloads the file if nothing is being edited.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import ChangeSet
from desktop.core.diff import plan_file_save
from desktop.core.errors import EditConflict, NotFound, ValidationFailed, VillageDeskError
from desktop.core.terms import VILLAGE_FILE, term
from desktop.ui.ask_before_close import AskBeforeClose
from desktop.ui.basic_facts_tab import BasicFactsTab
from desktop.ui.change_hub import ChangeHub
from desktop.ui.village_campaign_tabs import VillageCampaignTabs
from desktop.ui.messages import show_error
from desktop.ui.inspections_tab import InspectionsTab
from desktop.ui.people_tab import PeopleTab
from desktop.ui.support_tab import ROLES as SUPPORT_ROLES, SupportTab
from desktop.ui.retranslate import Retranslating

# The records whose change can affect an open file.
FILE_ENTITIES = ("village", "collective_income", "post", "person", "village_rating", "village_warning")


class VillageFileDialog(AskBeforeClose, Retranslating, QDialog):
    saved = Signal(object, str, bool)   # change set, village name, whether it was created
    open_inspection = Signal(str)       # inspection id, from the Inspections tab
    new_inspection = Signal(str)        # village id
    inspection_changed = Signal(object, str)   # a change set made in the Inspections tab, its undo description
    campaign_changed = Signal(object, str)     # ... in the problems, plan, support log or acceptance tab
    open_plan = Signal(str)                    # plan id, from the Plan tab
    report_requested = Signal(str, object)     # report kind, village id (report_menu.py)

    def __init__(self, workspace, hub: ChangeHub, village_id: str | None, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("villageFileDialog")
        self.ws = workspace
        self.hub = hub
        self._language = language
        self._confirmed_close = False
        self._dirty = False
        self.question: QMessageBox | None = None
        if village_id is None:
            self.original = workspace.villages.new_file()
        else:
            self.original = workspace.villages.open_file(village_id)
        self.edited = self.original.copy()
        self.village_id = self.original.facts.id
        today = workspace.today()

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("fileTabs")
        self.basic = BasicFactsTab(workspace.units.townships(), today, language, self)
        self.people = PeopleTab(workspace, language, today, self)
        self.support = SupportTab(workspace, language, today, self)
        for tab in (self.basic, self.people, self.support):
            # Scrolls rather than grows: Tibetan's tall lines must fit a
            # 1366x768 laptop screen.
            scroller = QScrollArea(self.tabs)
            scroller.setWidgetResizable(True)
            scroller.setFrameShape(QScrollArea.Shape.NoFrame)
            scroller.setWidget(tab)
            self.tabs.addTab(scroller, "")
            tab.edited.connect(self._after_edit)
        # Inspections are read here, not edited: they have their own form.
        self.inspections = InspectionsTab(workspace, language, self)
        self.tabs.addTab(self.inspections, "")
        self.inspections.open_inspection.connect(self.open_inspection)
        self.inspections.new_inspection.connect(self.new_inspection)
        self.inspections.changed.connect(self.inspection_changed)
        self.campaign = VillageCampaignTabs(workspace, language, self.tabs)
        self.campaign.changed.connect(self.campaign_changed)
        self.campaign.open_plan.connect(self.open_plan)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("close")
        self.report_buttons = {kind: QPushButton(self) for kind in ("plan", "dossier")}
        self.history_button = QPushButton(self)
        self.history_button.setObjectName("history")
        self.history_button.setAutoDefault(False)
        self.history_button.clicked.connect(self.open_history)
        self.history_dialog = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.history_button)
        for kind, button in self.report_buttons.items():
            button.setObjectName(f"report_{kind}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, k=kind: self.report_requested.emit(k, self.village_id))
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        hub.changed.connect(self._on_changes)
        self._listening = True

        self._load()
        self.retranslate()
        self.resize(1100, 700)

    # -- state -----------------------------------------------------------

    def _load(self) -> None:
        for tab in (self.basic, self.people, self.support):
            tab.load(self.edited)
        self.inspections.load(self.village_id if self.original.facts.row_version else None)
        self.campaign.load(self.village_id if self.original.facts.row_version else None)
        self._after_edit()

    def is_dirty(self) -> bool:
        return self._dirty

    def _after_edit(self) -> None:
        """Check the facts as typed and show what differs from the saved file."""
        errors = self.ws.villages.check_facts(self.edited.facts)
        for tab in (self.basic, self.people, self.support):
            tab.show_errors(errors)
        self._dirty = plan_file_save(self.original, self.edited).has_edits
        self.setWindowModified(self._dirty)
        self.save_button.setEnabled(self._dirty)
        for button in self.report_buttons.values():
            button.setEnabled(bool(self.original.facts.row_version))   # a new village prints once saved
        self.history_button.setEnabled(bool(self.original.facts.row_version))
        self._update_title()

    def name(self) -> str:
        f = self.edited.facts
        first, second = (f.name_bo, f.name_zh) if self._language == "bo_CN" else (f.name_zh, f.name_bo)
        return first or second

    # -- saving ----------------------------------------------------------

    def save(self) -> bool:
        if not self._dirty:
            return True
        pending = self.basic.pending_errors() + self.people.pending_errors() + self.support.pending_errors()
        if pending:
            show_error(self, self.tr("Not saved"), self.tr("Correct the marked fields first:\n{problems}").format(
                problems="\n".join(dict.fromkeys(pending))))
            return False
        created = self.original.facts.row_version == 0
        try:
            changeset = self.ws.villages.save_file(self.original, self.edited)
        except ValidationFailed as exc:
            for tab in (self.basic, self.people, self.support):
                tab.show_errors(exc.errors)
            self._show_tab_of(exc.errors)
            show_error(self, self.tr("Not saved"), self.tr("Correct the marked fields first:\n{problems}").format(
                problems="\n".join(dict.fromkeys(e.message for e in exc.errors))))
            return False
        except (EditConflict, NotFound, VillageDeskError) as exc:
            show_error(self, self.tr("Not saved"), exc.message)
            return False
        self.original = self.ws.villages.open_file(self.village_id)
        self.edited = self.original.copy()
        self._load()
        self.saved.emit(changeset, self.name(), created)
        return True

    def _show_tab_of(self, errors) -> None:
        """Bring the first tab with a message to the front."""
        support = {p.id for p in self.edited.posts if p.role in SUPPORT_ROLES} | \
                  {p.person_id for p in self.edited.posts if p.role in SUPPORT_ROLES}
        people = {p.id for p in self.edited.posts} | {p.person_id for p in self.edited.posts}
        first = errors[0]
        if first.field == "paired_village_id" or first.record_id in support:
            self.tabs.setCurrentIndex(2)
        elif first.field == "party_members" or first.record_id in people:
            self.tabs.setCurrentIndex(1)
        else:
            self.tabs.setCurrentIndex(0)

    def open_history(self):
        """The village's history from the audit trail, with what is filed under it."""
        from desktop.ui.history_dialog import HistoryDialog

        if self.history_dialog is None:
            self.history_dialog = HistoryDialog(self.ws, "village", self.village_id, self.name(), self._language,
                                                self, hub=self.hub)
            self.history_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.history_dialog.destroyed.connect(self._history_closed)   # a method: no lambda holding this dialog
        self.history_dialog.show()
        self.history_dialog.raise_()
        return self.history_dialog

    def _history_closed(self, *_args) -> None:
        self.history_dialog = None

    # -- changes made elsewhere ------------------------------------------

    def _on_changes(self, changeset: ChangeSet) -> None:
        if changeset.touches("inspection", "village_warning") and self.original.facts.row_version:
            self.inspections.load(self.village_id)   # read-only here: no edits to keep
        if self.original.facts.row_version:
            self.campaign.apply(changeset)
        if self._dirty or not changeset.touches(*FILE_ENTITIES):
            return
        try:
            fresh = self.ws.villages.open_file(self.village_id) if self.original.facts.row_version else None
        except NotFound:
            self.discard_and_close()   # deleted (or its creation undone)
            return
        if fresh is not None:
            self.original = fresh
            self.edited = fresh.copy()
            self._load()

    # -- closing ---------------------------------------------------------

    def unsaved_question(self) -> tuple[str, str] | None:
        """For AskBeforeClose: what to ask when closing with unsaved changes."""
        if not self._dirty:
            return None
        return (self.tr("Unsaved changes"),
                self.tr("The village file {name} has changes that are not saved. Save them?").format(name=self.name()))

    def done(self, result: int) -> None:
        if self._listening:
            self.hub.changed.disconnect(self._on_changes)
            self._listening = False
        super().done(result)

    # -- language --------------------------------------------------------

    def _update_title(self) -> None:
        if self.original.facts.row_version == 0 and not self.name():
            title = self.tr("New village")
        else:
            title = self.tr("{village_file}: {name}").format(village_file=term(VILLAGE_FILE), name=self.name())
        self.setWindowTitle(title + "[*]")

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Basic facts"))
        self.tabs.setTabText(1, self.tr("People and posts"))
        self.tabs.setTabText(2, self.tr("Support"))
        self.tabs.setTabText(3, self.tr("Inspections"))
        self.campaign.retranslate()
        self.save_button.setText(self.tr("Save"))
        self.close_button.setText(self.tr("Close"))
        self.report_buttons["plan"].setText(self.tr("Print plan form…"))
        self.report_buttons["dossier"].setText(self.tr("Village dossier…"))
        self.history_button.setText(self.tr("History…"))
        self._update_title()

    def set_language(self, language: str) -> None:
        self._language = language
        self.basic.set_language(language)
        self.support.set_language(language)
        self.people.set_language(language)
        self.inspections.set_language(language)
        self.campaign.set_language(language)
        if self.history_dialog is not None:
            self.history_dialog.set_language(language)
        self._update_title()
