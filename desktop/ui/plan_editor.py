"""A village's plan (一村一策) through its review cycle: the current
round's items ("五定", one per problem) as a table with a form for the
selected one, the "三个不放过" check with every failure named and marked,
the steps the plan's status allows (the village meeting, submitting,
the county's approval or return, revising as the next round), and the
plan's history.

The county reviewer works on the same screen: the buttons follow the
plan's status, not who is looking."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import ChangeSet
from desktop.core.errors import NotFound
from desktop.core.ledger_terms import PlanStatus
from desktop.core.plans import PlanFailure
from desktop.ui.ask_before_close import AskBeforeClose
from desktop.ui.inspection_text import WARN_COLOUR
from desktop.ui.plan_check_list import PlanCheckList
from desktop.ui.plan_history import PlanHistory
from desktop.ui.plan_header import PlanHeader
from desktop.ui.plan_item_form import PlanItemForm
from desktop.ui.plan_item_table import PlanItemTable, column_of
from desktop.ui.plan_steps import PlanSteps
from desktop.ui.retranslate import Retranslating
from desktop.ui.warning_grid_model import village_name

P = PlanStatus


class PlanEditor(AskBeforeClose, Retranslating, QWidget):
    changed = Signal(object, str)    # a change set made here, its undo description
    open_village = Signal(str)       # village id
    report_requested = Signal(str, object)   # "plan", the village id (report_menu.py)

    def __init__(self, workspace, plan_id: str, language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planEditor")
        self.ws = workspace
        self.plan_id = plan_id
        self.language = language
        self.failures: list[PlanFailure] = []
        self._checked = False          # failures are shown and follow the edits
        self.dialog = None             # the meeting or review dialog open now
        self.error = None              # the last message box
        self.compare_window = None
        self.steps = PlanSteps(self)

        self.header = PlanHeader(self)
        self.notice = QLabel(self)
        self.notice.setObjectName("planNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(f"color: {WARN_COLOUR}; font-weight: bold;")
        self.notice.hide()

        self.table = PlanItemTable(self)
        self.add_menu = QMenu(self)
        self.add_button = self._button("planAddItem")
        self.add_button.setMenu(self.add_menu)
        self.remove_button = self._button("planRemoveItem")
        self.up_button = self._button("planMoveUp")
        self.down_button = self._button("planMoveDown")
        self.form = PlanItemForm(self)
        self.failure_list = PlanCheckList(self)
        self.history = PlanHistory(self)
        self.side = QTabWidget(self)
        self.side.addTab(self.failure_list, "")
        self.side.addTab(self.history, "")

        self.buttons = {name: self._button(f"plan_{name}") for name in (
            "check", "save", "meeting", "submit", "approve", "return", "revise", "compare", "print", "close")}

        item_buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            item_buttons.addWidget(b)
        item_buttons.addStretch()
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addLayout(item_buttons)
        self.lower = QSplitter(Qt.Orientation.Horizontal, self)
        self.lower.addWidget(self.form)
        self.lower.addWidget(self.side)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(self.lower)
        self.splitter.setChildrenCollapsible(False)
        self._sized = False
        steps = QHBoxLayout()
        for name in ("check", "save"):
            steps.addWidget(self.buttons[name])
        steps.addSpacing(16)
        for name in ("meeting", "submit", "approve", "return", "revise", "compare"):
            steps.addWidget(self.buttons[name])
        steps.addStretch()
        steps.addWidget(self.buttons["print"])
        steps.addWidget(self.buttons["close"])
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(steps)

        self.table.itemSelectionChanged.connect(self._show_current)
        self.form.edited.connect(self._on_edited)
        self.add_menu.aboutToShow.connect(self._fill_add_menu)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.failure_list.chosen.connect(self._go_to_failure)
        self.header.open_village.connect(lambda: self.open_village.emit(self.file.plan.village_id))
        st = self.steps
        actions = {"check": self.run_check, "save": self.save, "meeting": st.record_meeting,
                   "submit": st.submit, "approve": lambda: st.review(True), "return": lambda: st.review(False),
                   "revise": st.revise, "compare": st.compare_rounds, "close": self.close,
                   "print": lambda: self.report_requested.emit("plan", self.file.plan.village_id)}
        for name, slot in actions.items():
            self.buttons[name].clicked.connect(lambda _checked=False, slot=slot: slot())

        self._load()
        self.retranslate()
        if self.rows:
            self.table.selectRow(0)

    def _button(self, name: str) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        return button

    def showEvent(self, event) -> None:
        # Split once the window has its size: the table shows several items,
        # the form and the check share the rest.
        if not self._sized:
            self._sized = True
            self.splitter.setSizes([self.height() * 2 // 5, self.height() * 3 // 5])
            self.lower.setSizes([self.width() * 3 // 5, self.width() * 2 // 5])
        super().showEvent(event)

    # -- reading ---------------------------------------------------------

    def _load(self) -> None:
        self.file = self.ws.plans.open(self.plan_id)
        plan = self.file.plan
        self.version = plan.row_version
        self.item_versions = {i.id: i.row_version for i in self.file.items}
        self.rows = [{"problem_id": i.problem_id, **i.values()} for i in self.file.items]
        self._saved_rows = [dict(r) for r in self.rows]
        self._names = self.ws.ledger.village_names([plan.village_id]).get(plan.village_id, ("", "", ""))[:2]
        # The county's comments: on this round once it decided, else on the round before.
        self.comments = {i.problem_id: i.review_comment for i in self.file.items if i.review_comment}
        self.comment_round = plan.round
        if not self.comments and plan.round > 1:
            self.comment_round = plan.round - 1
            self.comments = {i.problem_id: i.review_comment for i in self.ws.plans.items(self.plan_id, plan.round - 1)
                             if i.review_comment}
        self.notice.hide()
        if self._checked:
            self.failures = self.ws.plans.check(self.plan_id, self.rows)

    def reload(self) -> None:
        self._load()
        for w in (self.table, self.form, self.buttons["check"]):     # back after a redo brought it back
            w.setEnabled(True)
        self._show()

    def is_dirty(self) -> bool:
        return self.rows != self._saved_rows

    def problem_text(self, problem_id: str) -> str:
        p = self.file.problems.get(problem_id)
        return p.description if p else ""

    def name(self) -> str:
        return village_name(self._names, self.language)

    # -- showing ---------------------------------------------------------

    def _show(self) -> None:
        plan = self.file.plan
        self.setWindowTitle(self.tr("Village plan: {village} {year}").format(village=self.name(), year=plan.year))
        self.header.show_plan(plan, self.file.events, self._names)
        self.history.fill(self.file.events)
        self._show_items()
        self._show_failures()
        self._update_buttons()

    def _marks(self) -> dict[tuple[int, str], str]:
        return {(f.item - 1, f.field): f.sentence() for f in self.failures if f.item}

    def _show_items(self) -> None:
        self.table.fill(self.rows, {pid: p.description for pid, p in self.file.problems.items()},
                        self.comments, self._marks())
        self._show_current()

    def _show_current(self) -> None:
        r = self.table.currentRow()
        if not 0 <= r < len(self.rows):
            self.form.show_item(None)
            self.form.mark({})
        else:
            pid = self.rows[r]["problem_id"]
            self.form.show_item(r + 1, self.rows[r], self.problem_text(pid), self.comments.get(pid, ""),
                                self.comment_round)
            self.form.mark({f.field: f.message for f in self.failures if f.item == r + 1})
        self._update_buttons()

    def _show_failures(self) -> None:
        self.failure_list.show_failures(self.failures, self._checked)
        self.side.setTabText(0, self.failure_list.title())

    def _update_buttons(self) -> None:
        plan = self.file.plan
        editable = plan.editable
        r = self.table.currentRow()
        has_row = 0 <= r < len(self.rows)
        self.form.set_editable(editable)
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and has_row)
        self.up_button.setEnabled(editable and has_row and r > 0)
        self.down_button.setEnabled(editable and has_row and r < len(self.rows) - 1)
        enabled = {"save": editable and self.is_dirty(), "meeting": editable,
                   "submit": plan.status is P.MEETING_REVIEWED, "approve": plan.status is P.SUBMITTED,
                   "return": plan.status is P.SUBMITTED, "revise": plan.status is P.RETURNED,
                   "compare": plan.round > 1}
        for name, on in enabled.items():
            self.buttons[name].setEnabled(on)

    # -- editing ---------------------------------------------------------

    def _on_edited(self, field: str, value: object) -> None:
        r = self.table.currentRow()
        if not 0 <= r < len(self.rows):
            return
        self.rows[r][field] = value
        if self._recheck():
            self.form.mark({f.field: f.message for f in self.failures if f.item == r + 1})
        pid = self.rows[r]["problem_id"]
        self.table.fill_row(r, self.rows[r], self.problem_text(pid), self.comments.get(pid, ""),
                            {f: m for (row, f), m in self._marks().items() if row == r})
        self._update_buttons()

    def addable(self) -> list[str]:
        """The village's open problems not in the plan."""
        taken = {r["problem_id"] for r in self.rows}
        return [pid for pid, p in self.file.problems.items() if p.status.is_open and pid not in taken]

    def _fill_add_menu(self) -> None:
        self.add_menu.clear()
        for pid in self.addable():
            text = " ".join(self.problem_text(pid).split())
            action = self.add_menu.addAction(text if len(text) <= 40 else text[:39] + "…")
            action.triggered.connect(lambda _checked=False, pid=pid: self.add_problem(pid))
        if self.add_menu.isEmpty():
            self.add_menu.addAction(self.tr("Every open problem of the village is in the plan")).setEnabled(False)

    def add_problem(self, problem_id: str) -> None:
        p = self.file.problems[problem_id]
        self.rows.append({"problem_id": problem_id, "goal": "", "content": "", "measures": "",
                          "deadline": p.deadline, "responsible_leader": p.responsible_leader,
                          "responsible_person": p.responsible_person})
        self._rows_changed(len(self.rows) - 1)

    def remove_current(self) -> None:
        r = self.table.currentRow()
        if 0 <= r < len(self.rows):
            del self.rows[r]
            self._rows_changed(min(r, len(self.rows) - 1))

    def move_current(self, step: int) -> None:
        r = self.table.currentRow()
        to = r + step
        if 0 <= r < len(self.rows) and 0 <= to < len(self.rows):
            self.rows[r], self.rows[to] = self.rows[to], self.rows[r]
            self._rows_changed(to)

    def _rows_changed(self, select: int) -> None:
        self._recheck()
        self.table.clearSelection()
        self.table.setCurrentCell(-1, -1)
        self._show_items()
        if select >= 0:
            self.table.selectRow(select)
        self._update_buttons()

    # -- the check ---------------------------------------------------------

    def run_check(self) -> list[PlanFailure]:
        """Check what is on screen (saved or not) and show every failure."""
        self._checked = True
        self._recheck()
        self._show_items()
        self.side.setCurrentWidget(self.failure_list)
        return self.failures

    def _recheck(self) -> bool:
        """Once checked, the failures follow what the cadre types."""
        if self._checked:
            self.failures = self.ws.plans.check(self.plan_id, self.rows)
            self._show_failures()
        return self._checked

    def _reword(self) -> None:
        """The failures are worded in the language of the moment they were
        found: after a language switch, find them again."""
        if self._checked and hasattr(self, "rows"):
            self.failures = self.ws.plans.check(self.plan_id, self.rows)

    def _go_to_failure(self, f: PlanFailure) -> None:
        if f.item:
            self.table.selectRow(f.item - 1)
            self.table.scrollToItem(self.table.item(f.item - 1, column_of(f.field)))
            self.form.focus(f.field)
        elif f.field == "meeting":
            self.buttons["meeting"].setFocus()
        else:
            self.add_button.setFocus()

    # -- saving (the steps are in plan_steps.py) ----------------------------

    def save(self) -> bool:
        return self.steps.save()

    def unsaved_question(self) -> tuple[str, str] | None:
        return self.steps.unsaved_question()

    # -- keeping up --------------------------------------------------------

    def apply(self, changeset: ChangeSet) -> None:
        """Refresh after a change made anywhere; unsaved edits are kept, and
        a change under them is announced (saving will then be refused)."""
        if not changeset.touches("plan", "plan_item", "plan_event", "problem", "village"):
            return
        try:
            fresh = self.ws.plans.open(self.plan_id)
        except NotFound as exc:
            self._gone(exc.message)
            return
        if self.compare_window is not None:
            self.compare_window.apply(changeset)
        if self.is_dirty():
            if fresh.plan.row_version != self.version or \
                    {i.id: i.row_version for i in fresh.items} != self.item_versions:
                self.notice.setText(self.tr("This plan was changed elsewhere while you were editing it: saving "
                                            "will be refused. Close it without saving and open it again."))
                self.notice.show()
            return
        self.reload()

    def _gone(self, message: str) -> None:
        """The plan was deleted (its draft undone): say so; a redo brings it back."""
        self.rows, self._saved_rows = [], []
        self.notice.setText(message)
        self.notice.show()
        for w in (self.table, self.form, self.add_button, *self.buttons.values()):
            w.setEnabled(w is self.buttons["close"])

    def set_language(self, language: str) -> None:
        self.language = language
        self._reword()
        self._show()
        if self.compare_window is not None:
            self.compare_window.set_language(language)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add problem"))
        self.remove_button.setText(self.tr("Remove item"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.side.setTabText(1, self.tr("History"))
        self.table.retranslate()
        texts = {"check": self.tr("Check"), "save": self.tr("Save"), "meeting": self.tr("Village meeting…"),
                 "submit": self.tr("Submit to county"), "approve": self.tr("Approve…"),
                 "return": self.tr("Return…"), "compare": self.tr("Compare rounds…"), "close": self.tr("Close"),
                 "print": self.tr("Print plan form…")}
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.buttons["revise"].setText(self.tr("Revise as round {n}").format(n=self.file.plan.round + 1))
        self._reword()
        self._show()
