"""A self-inspection (自查/排查), answered aspect by aspect.

Left, the checklist's aspects grouped by category with how many of their
items are answered; right, the current aspect's indicators. The score, the
colour and the progress follow every answer before anything is saved. Save
keeps a draft to resume later; the summary says what still blocks
finalising; a finalised inspection is read-only and changed by a correction.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import ChangeSet, Op
from desktop.core.errors import EditConflict, NotFound, ValidationFailed, VillageDeskError
from desktop.core.inspections import EvidenceRecord
from desktop.core.periods import parse_period
from desktop.core.scoring import Answer, ScoreSheet
from desktop.core.terms import SELF_INSPECTION, WarningColour, term
from desktop.core.warnings import colour_for
from desktop.ui.ask_before_close import AskBeforeClose
from desktop.ui.indicator_editor import IndicatorEditor
from desktop.ui.inspection_aspect_page import AspectPage
from desktop.ui.inspection_evidence import EvidenceActions
from desktop.ui.inspection_finalise import FinaliseActions
from desktop.ui.inspection_header import InspectionHeader
from desktop.ui.inspection_ledger_link import LedgerLink
from desktop.ui.inspection_steps import SUMMARY, AspectSteps
from desktop.ui.inspection_summary import InspectionSummary
from desktop.ui.messages import show_error
from desktop.ui.retranslate import Retranslating

INSPECTION_ENTITIES = ("inspection", "inspection_answer", "inspection_evidence")


class InspectionDialog(AskBeforeClose, Retranslating, QDialog):
    changed = Signal(object, str)   # change set, short description for the undo stack
    switched = Signal(str, str)     # the inspection shown before and now (after a correction)

    def __init__(self, workspace, inspection_id: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspectionDialog")
        self.ws = workspace
        self._language = language
        self._policy = None
        self._village: tuple[str, str, str] | None = None   # village id, name zh, name bo
        self.pages: dict[str, AspectPage] = {}

        self.evidence = EvidenceActions(workspace, lambda: self.file, self)
        self.finalising = FinaliseActions(self)
        self.evidence.changed.connect(self._after_evidence)
        self.header = InspectionHeader(self)
        self.aspects = AspectSteps(self)
        self.stack = QStackedWidget(self)
        self.summary = InspectionSummary(language, self)
        self.ledger_link = LedgerLink(workspace, language, self)
        self.summary.problem_statuses = self.ledger_link.statuses
        self.summary.to_ledger.connect(lambda: self.ledger_link.put_on_ledger(self.file))
        self.ledger_link.changed.connect(self._after_ledger)
        summary_scroll = QScrollArea(self)
        summary_scroll.setWidgetResizable(True)
        summary_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        summary_scroll.setWidget(self.summary)
        self.stack.addWidget(summary_scroll)
        splitter = QSplitter(self)
        splitter.addWidget(self.aspects)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 900])

        def button(name: str) -> QPushButton:
            b = QPushButton(self)
            b.setObjectName(name)
            b.setAutoDefault(False)
            return b

        self.previous_button, self.next_button = button("previous"), button("next")
        self.summary_button, self.save_button = button("summary"), button("save")
        self.finalise_button, self.correct_button = button("finalise"), button("correct")
        self.close_button = button("close")
        buttons = QHBoxLayout()
        for b in (self.previous_button, self.next_button):
            buttons.addWidget(b)
        buttons.addStretch()
        for b in (self.summary_button, self.save_button, self.finalise_button, self.correct_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.aspects.step_chosen.connect(self._show_step)
        self.summary.jump_to.connect(self.jump_to)
        self.previous_button.clicked.connect(lambda: self.aspects.step(-1))
        self.next_button.clicked.connect(lambda: self.aspects.step(1))
        self.summary_button.clicked.connect(self.show_summary)
        self.save_button.clicked.connect(self.save)
        self.finalise_button.clicked.connect(self.finalise)
        self.correct_button.clicked.connect(self.correct)
        self.close_button.clicked.connect(self.close)
        for keys, delta in (("Ctrl+PgDown", 1), ("Alt+Right", 1), ("Ctrl+PgUp", -1), ("Alt+Left", -1)):
            QShortcut(QKeySequence(keys), self, activated=lambda d=delta: self.aspects.step(d))
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        self._load(inspection_id)
        self.retranslate()
        self.resize(1180, 740)

    # -- loading ---------------------------------------------------------

    @property
    def inspection_id(self) -> str:
        return self.file.inspection.id

    @property
    def read_only(self) -> bool:
        return self.file.inspection.final

    def _load(self, inspection_id: str) -> None:
        fresh = self.ws.inspections.open(inspection_id)
        same_form = bool(self.pages) and fresh.template_info.id == self.file.template_info.id
        self.file = fresh
        self.answers: dict[str, Answer] = dict(fresh.answers)
        if self._village is None or self._village[0] != fresh.inspection.village_id:
            self._load_village(fresh.inspection.village_id)
        if same_form:
            for page in self.pages.values():
                page.show_file(self.file, self.answers)
        else:
            self._build_steps()
        self._refresh()

    def _load_village(self, village_id: str) -> None:
        names = self.ws.villages.names([village_id]).get(village_id, ("", ""))
        self._village = (village_id, names[0], names[1])
        self._policy = self.ws.warnings.village_policy(village_id)

    def _build_steps(self) -> None:
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self.aspects.build(self.file.template, self._language)
        first_open = next((a.code for a in self.file.template.aspects()
                           if any(not self._answered(i.code) for i in a.indicators)), self.aspects.steps[0])
        self.go_to(SUMMARY if self.read_only else first_open)

    # -- navigation ------------------------------------------------------

    @property
    def steps(self) -> list[str]:
        return self.aspects.steps

    def current_step(self) -> str:
        return self.aspects.current_step()

    def go_to(self, step: str) -> None:
        self.aspects.go_to(step)

    def step(self, delta: int) -> None:
        self.aspects.step(delta)

    def show_summary(self) -> None:
        self.go_to(SUMMARY)

    def jump_to(self, code: str) -> None:
        """Show the aspect of indicator `code` with its editor in view."""
        ind = self.file.template.indicator(code)
        if ind is None:
            return
        self.go_to(ind.aspect_code)
        page = self._page(ind.aspect_code)
        editor = page.editors[code]
        page.ensureWidgetVisible(editor)
        editor.focus_answer()

    def _show_step(self, step: str) -> None:
        if step == SUMMARY:
            self.stack.setCurrentIndex(0)
        else:
            self.stack.setCurrentWidget(self._page(step))
        index = self.steps.index(step)
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.steps) - 1)

    def _page(self, aspect_code: str) -> AspectPage:
        """Aspect pages are built when first shown: a city's checklist has 100+ items."""
        if aspect_code not in self.pages:
            aspect = next(a for a in self.file.template.aspects() if a.code == aspect_code)
            page = AspectPage(self.file.template, aspect, self._language, self)
            page.show_file(self.file, self.answers)
            for editor in page.editors.values():
                editor.changed.connect(self._on_answer)
                editor.add_evidence_requested.connect(self.evidence.add)
                editor.remove_evidence_requested.connect(self.evidence.remove)
                editor.open_evidence_requested.connect(self.evidence.open)
            self.pages[aspect_code] = page
            self.stack.addWidget(page)
        return self.pages[aspect_code]

    @property
    def editors(self) -> dict[str, IndicatorEditor]:
        return {code: e for page in self.pages.values() for code, e in page.editors.items()}

    # -- answers and the live score --------------------------------------

    def _answered(self, code: str) -> bool:
        a = self.answers.get(code)
        return a is not None and a.answered

    def _on_answer(self, code: str) -> None:
        self.answers[code] = self.editors[code].answer()
        self._refresh()

    def edits(self) -> dict[str, Answer]:
        """The answers that differ from the saved ones."""
        return {c: a for c, a in self.answers.items() if self.file.answers.get(c, Answer(c)) != a}

    def is_dirty(self) -> bool:
        # Text typed that is not an answer yet ("52000 yuan") is unsaved work too.
        return bool(self.edits()) or any(e.pending_error() for e in self.editors.values())

    def sheet(self) -> ScoreSheet:
        return self.ws.inspections.sheet(self.file, self.answers)

    def colour(self, sheet: ScoreSheet) -> WarningColour | None:
        return colour_for(sheet.score, sheet.veto_failed, self._policy)

    def _refresh(self) -> None:
        sheet = self.sheet()
        colour = self.colour(sheet)
        self.header.show_file(self.file, self.village_name(), sheet, colour, self._language)
        self.summary.show_sheet(self.file, sheet, colour, self.answers)
        self.aspects.show_counts(self.answers)
        dirty = self.is_dirty()
        self.setWindowModified(dirty)
        final = self.read_only
        self.save_button.setVisible(not final)
        self.save_button.setEnabled(dirty)
        self.finalise_button.setVisible(not final)
        self.correct_button.setVisible(final)
        self.correct_button.setEnabled(final and not self.file.replaced_by)
        self._update_title()

    # -- saving ----------------------------------------------------------

    def save(self) -> bool:
        if self.read_only or not self.is_dirty():
            return True
        pending = [p for p in (e.pending_error() for e in self.editors.values()) if p]
        if pending:
            show_error(self, self.tr("Not saved"), self.tr("Correct these answers first:\n{problems}").format(
                problems="\n".join(pending)))
            return False
        try:
            changeset = self.ws.inspections.save(self.file, self.edits())
        except ValidationFailed as exc:
            self._show_errors(exc)
            return False
        except EditConflict:
            show_error(self, self.tr("Not saved"), self.conflict_message())
            return False
        except VillageDeskError as exc:
            show_error(self, self.tr("Not saved"), exc.message)
            return False
        self._load(self.inspection_id)
        if changeset:
            self.changed.emit(changeset, self.tr("save the inspection of {village}").format(village=self.village_name()))
        return True

    def conflict_message(self) -> str:
        return self.tr("This inspection was changed elsewhere after you opened it (in another window, or by an "
                       "undo). Your answers here are not saved. Note them, close the inspection, open it again "
                       "and redo them.")

    def _show_errors(self, exc: ValidationFailed) -> None:
        editors = self.editors
        for e in exc.errors:
            if e.field in editors:
                editors[e.field].set_message(e.message)
        if exc.errors and self.file.template.indicator(exc.errors[0].field):
            self.jump_to(exc.errors[0].field)
        show_error(self, self.tr("Not saved"), "\n".join(dict.fromkeys(e.message for e in exc.errors)))

    # -- evidence (the actions ask and tell; the form follows) ------------

    def evidence_bytes(self, evidence: EvidenceRecord) -> bytes:
        return self.evidence.read(evidence)

    def _after_evidence(self, changeset: ChangeSet, description: str) -> None:
        self._reload_evidence()
        self.changed.emit(changeset, description)

    def _reload_evidence(self) -> None:
        fresh = self.ws.inspections.open(self.inspection_id)
        self.file.evidence = fresh.evidence
        for page in self.pages.values():
            page.show_evidence(self.file.evidence)
        self._refresh()

    def _after_ledger(self, changeset: ChangeSet, description: str) -> None:
        self._load(self.inspection_id)      # the answers now point at their problems
        self.changed.emit(changeset, description)

    # -- finalising and correcting (asked first: inspection_finalise.py) --

    def finalise(self) -> None:
        self.finalising.finalise()

    def correct(self) -> None:
        self.finalising.correct()

    # -- changes made elsewhere (connect the main window's hub) -----------

    def on_changes(self, changeset: ChangeSet) -> None:
        """Follow a change made elsewhere (an undo, another window); unsaved
        answers are kept, but the evidence list always follows."""
        if changeset.touches("problem") and self.read_only:
            self._refresh()      # where the failed items' problems stand
        if changeset.touches("warning_policy", "village"):
            self._policy = self.ws.warnings.village_policy(self.file.inspection.village_id)
            self._refresh()
        if not changeset.touches(*INSPECTION_ENTITIES):
            return
        try:
            if self.is_dirty() and self.inspection_id in changeset.ids("inspection", [Op.DELETE]):
                raise NotFound("")
            if not self.is_dirty():
                self._load(self.inspection_id)
            elif changeset.touches("inspection_evidence"):
                self._reload_evidence()
        except NotFound:
            if not self.is_dirty():
                self.discard_and_close()   # its start was undone, or the draft deleted
            else:
                # Unsaved answers are never thrown away unasked: say what
                # happened and leave them on screen to note down.
                show_error(self, self.tr("Inspection deleted"), self.tr(
                    "This inspection was deleted elsewhere (or its start undone). Your answers here cannot be "
                    "saved; Undo in the main window brings the inspection back."))

    # -- closing (AskBeforeClose) -----------------------------------------

    def unsaved_question(self) -> tuple[str, str] | None:
        if self.read_only or not self.is_dirty():
            return None
        return self.tr("Unsaved answers"), self.tr(
            "The inspection of {village} has answers that are not saved. Save them? "
            "A saved draft can be resumed later.").format(village=self.village_name())

    # -- language --------------------------------------------------------

    def village_name(self) -> str:
        _, zh, bo = self._village
        first, second = (bo, zh) if self._language == "bo_CN" else (zh, bo)
        return first or second

    def _update_title(self) -> None:
        period = parse_period(self.file.inspection.period).label
        self.setWindowTitle(self.tr("{inspection}: {village}, {period}").format(
            inspection=term(SELF_INSPECTION), village=self.village_name(), period=period) + "[*]")

    def set_language(self, language: str) -> None:
        self._language = language
        self.summary.set_language(language)
        self.ledger_link.set_language(language)
        for page in self.pages.values():
            page.set_language(language)
        self.aspects.set_language(language)
        self._refresh()

    def retranslate(self) -> None:
        self.previous_button.setText(self.tr("◀ Previous"))
        self.previous_button.setToolTip(self.tr("Previous aspect (Ctrl+PgUp or Alt+Left)"))
        self.next_button.setText(self.tr("Next ▶"))
        self.next_button.setToolTip(self.tr("Next aspect (Ctrl+PgDown or Alt+Right)"))
        self.summary_button.setText(self.tr("Summary"))
        self.save_button.setText(self.tr("Save draft"))
        self.save_button.setToolTip(self.tr("Keep the answers as a draft; resume later (Ctrl+S)."))
        self.finalise_button.setText(self.tr("Finalise…"))
        self.correct_button.setText(self.tr("Correct…"))
        self.close_button.setText(self.tr("Close"))
        self.correct_button.setToolTip(self.tr("Already corrected: correct the newer inspection.")
                                       if self.file.replaced_by else "")
        self._refresh()

