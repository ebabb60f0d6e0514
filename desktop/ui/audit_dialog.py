"""Data safety → Check the audit trail…: walk the hash chain of every
change (`ws.audit.verify`, a Task with progress and Cancel) and say the
result — intact, with how much was checked, or the first entry that was
changed, removed or reordered, or that the trail was cut short, naming
the entry (number, time, who, what).

The check starts as the dialog opens; Check again repeats it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.access import action_label
from desktop.ui.history_values import local_time
from desktop.ui.inspection_text import FAIL_COLOUR, PASS_COLOUR
from desktop.ui.retranslate import Retranslating
from desktop.ui.task_runner import Task


class AuditDialog(Retranslating, QDialog):
    checked = Signal(object)     # the AuditReport

    def __init__(self, workspace, parent: QWidget | None = None, *, start: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self.ws = workspace
        self.task: Task | None = None
        self.report = None
        self.error = ""
        self.cancelled = False

        self.intro = QLabel(self)
        self.intro.setObjectName("auditIntro")
        self.intro.setWordWrap(True)
        self.result = QLabel(self)
        self.result.setObjectName("auditResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_labels = {key: QLabel(self) for key in ("kind", "entry", "when", "who", "what")}
        self.details = {key: QLabel(self) for key in self.detail_labels}
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, label in self.detail_labels.items():
            self.details[key].setObjectName(f"audit_{key}")
            self.details[key].setWordWrap(True)
            self.details[key].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(label, self.details[key])
        self.head = QLabel(self)
        self.head.setObjectName("auditHead")
        self.head.setWordWrap(True)
        self.head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.again_button = QPushButton(self)
        self.again_button.setObjectName("auditAgain")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("auditClose")
        buttons = QHBoxLayout()
        buttons.addWidget(self.again_button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addWidget(self.result)
        layout.addLayout(self.form)
        layout.addWidget(self.head)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.again_button.clicked.connect(self.check)
        self.close_button.clicked.connect(self.reject)
        self.retranslate()
        self.fit_height()
        if start:
            self.check()

    def fit_height(self, width: int = 720) -> None:
        """As tall as its wrapped lines need (Tibetan lines are tall); never shrinks."""
        self.resize(max(width, self.width()), max(self.height(), 300, self.layout().totalHeightForWidth(width) + 12))

    # -- checking --------------------------------------------------------

    def check(self) -> Task | None:
        if self.task is not None:
            return None
        self.report, self.error, self.cancelled = None, "", False
        audit = self.ws.audit
        task = self.task = Task(self, self.tr("Checking the audit trail…"), lambda progress: audit.verify(progress))
        task.succeeded.connect(self._checked)
        task.failed.connect(self._failed)
        task.cancelled.connect(self._cancelled)
        task.finished.connect(self._finished)
        self.again_button.setEnabled(False)
        self._render()
        return task.start()

    def _checked(self, report) -> None:
        self.report = report
        self._render()
        self.fit_height(self.width())
        self.checked.emit(report)

    def _failed(self, message: str) -> None:
        self.error = message
        self._render()

    def _cancelled(self) -> None:
        self.cancelled = True
        self._render()

    def _finished(self) -> None:
        # Not deleted here: its signals' handlers may hold the last reference to this window.
        self.task = None
        self.again_button.setEnabled(True)

    # -- showing ---------------------------------------------------------

    def kind_text(self, kind: str) -> str:
        return {
            "changed": self.tr("An entry was changed"),
            "removed": self.tr("An entry was removed"),
            "reordered": self.tr("Entries were put in another order"),
            "cut": self.tr("The end of the trail was cut off"),
        }.get(kind, kind)

    def _render(self) -> None:
        report, problem = self.report, self.report.problem if self.report else None
        if self.error:
            text, colour = self.error, FAIL_COLOUR
        elif self.cancelled:
            text, colour = self.tr("The check was cancelled before it finished."), None
        elif report is None:
            text, colour = (self.tr("Checking…") if self.task is not None else ""), None
        elif report.ok:
            text, colour = self.tr("The audit trail is intact: {changesets} changes with {entries} entries "
                                   "were checked, from the first to the last.").format(
                changesets=report.changesets, entries=report.entries), PASS_COLOUR
        else:
            text = self.tr("The audit trail has been tampered with. {message}").format(
                message=problem.message if problem else "")
            colour = FAIL_COLOUR
        self.result.setText(text)
        self.result.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")
        shown = problem is not None
        for key in self.details:
            self.details[key].setVisible(shown)
            self.detail_labels[key].setVisible(shown)
        if shown:
            self.details["kind"].setText(self.kind_text(problem.kind))
            self.details["entry"].setText(self.tr("No. {seq}").format(seq=problem.seq) if problem.seq else "–")
            self.details["when"].setText(local_time(problem.at) or "–")
            self.details["who"].setText(problem.actor or "–")
            self.details["what"].setText(action_label(problem.action) if problem.action else "–")
        self.head.setVisible(report is not None and report.head_seq > 0)
        if report is not None:
            self.head.setText(self.tr("Last link: No. {seq}, {hash}").format(seq=report.head_seq,
                                                                             hash=report.head_hash[:16]))

    # -- language --------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Check the audit trail"))
        self.intro.setText(self.tr(
            "Every change is written to the audit trail in a chain: each entry's fingerprint covers the one "
            "before it. The check recomputes the chain from the first change to the last and names the first "
            "entry that was changed, removed or put in another order."))
        for key, text in (("kind", self.tr("What happened")), ("entry", self.tr("Entry")),
                          ("when", self.tr("Made")), ("who", self.tr("By")), ("what", self.tr("Change"))):
            self.detail_labels[key].setText(text)
        self.again_button.setText(self.tr("Check again"))
        self.close_button.setText(self.tr("Close"))
        self._render()
