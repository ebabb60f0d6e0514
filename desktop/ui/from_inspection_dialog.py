"""Failed items of a finalised inspection put on the problem ledger: the
inspection, which of its failed items, and the deadline and people the new
problems start with. Items already on the ledger are shown, not repeated."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import VillageDeskError
from desktop.core.ledger_terms import ProblemAspect, ProblemCategory
from desktop.core.periods import period_label
from desktop.core.validation import parse_date
from desktop.ui import fonts
from desktop.ui.retranslate import Retranslating
from desktop.ui.validated_field import ERROR_STYLE, FieldMessage, ValidatedLine, text_field

CODE_ROLE = Qt.ItemDataRole.UserRole
_ASPECTS = frozenset(a.value for a in ProblemAspect)


def finalised_inspections(ws, village_id: str) -> list:
    """The village's finalised inspections that no correction replaced, newest first."""
    records = ws.inspections.for_village(village_id)
    replaced = {r.replaces_id for r in records if r.replaces_id and r.final}
    return [r for r in records if r.final and r.id not in replaced]


def uses_ledger_aspects(f) -> bool:
    """Whether the checklist's aspects are the ledger's 24, so each failed item names its category."""
    return all(a.code in _ASPECTS for a in f.template.aspects())


class FromInspectionDialog(Retranslating, QDialog):
    changed = Signal(object, str)   # change set, undo description

    def __init__(self, workspace, village_id: str, language: str = "zh_CN", parent: QWidget | None = None,
                 inspection_id: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fromInspectionDialog")
        self.ws = workspace
        self._language = language
        self.made: list[str] = []
        self._file = None
        self._inspections = finalised_inspections(workspace, village_id)

        self.inspection = QComboBox(self)
        self.inspection.setObjectName("fromInspection")
        self.items = QListWidget(self)
        self.items.setObjectName("failedToLedger")
        self.items.setWordWrap(True)
        self.items.setFont(fonts.tibetan_font(self.font()))
        self.category = QComboBox(self)
        self.category.setObjectName("fromInspectionCategory")
        self.deadline = ValidatedLine(parse_date, lambda d: d.isoformat() if d else "", self)
        self.deadline.setObjectName("fromInspectionDeadline")
        self.leader = text_field(self)
        self.leader.setObjectName("fromInspectionLeader")
        self.person = text_field(self)
        self.person.setObjectName("fromInspectionPerson")
        self.message = FieldMessage(self)
        self.message.setObjectName("fromInspectionMessage")
        self.message.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.labels = {key: QLabel(self) for key in ("inspection", "items", "category", "deadline", "leader", "person")}
        form = QFormLayout()
        form.addRow(self.labels["inspection"], self.inspection)
        form.addRow(self.labels["category"], self.category)
        form.addRow(self.labels["deadline"], self.deadline)
        form.addRow(self.labels["leader"], self.leader)
        form.addRow(self.labels["person"], self.person)
        layout = QVBoxLayout(self)
        layout.addWidget(self.labels["items"])
        layout.addWidget(self.items, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.inspection.currentIndexChanged.connect(self._show_items)
        self.items.itemChanged.connect(lambda _i: self._update_ok())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        if inspection_id is not None:
            self.inspection.setCurrentIndex(max(0, self.inspection.findData(inspection_id)))
        self._show_items()
        self.resize(760, 680)

    # -- the items -------------------------------------------------------

    def _show_items(self, *_args) -> None:
        inspection_id = self.inspection.currentData()
        self.items.clear()
        self._file = self.ws.inspections.open(inspection_id) if inspection_id else None
        if self._file is None:
            self._update_ok()
            return
        sheet = self.ws.inspections.sheet(self._file)
        linked = self._file.problem_links
        self.items.blockSignals(True)
        for result in sheet.failed:
            ind = result.indicator
            text = f"{ind.code}  {ind.text.get(self._language)}"
            if result.note:
                text += "\n" + self.tr("Note: {note}").format(note=result.note)
            item = QListWidgetItem(text)
            item.setData(CODE_ROLE, ind.code)
            if ind.code in linked:
                item.setText(text + "\n" + self.tr("Already on the problem ledger"))
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable)      # shown checked, not enabled
                item.setCheckState(Qt.CheckState.Checked)
            else:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
            self.items.addItem(item)
        self.items.blockSignals(False)
        needs_category = not uses_ledger_aspects(self._file)
        self.category.setVisible(needs_category)
        self.labels["category"].setVisible(needs_category)
        self._update_ok()

    def chosen_codes(self) -> list[str]:
        linked = self._file.problem_links if self._file else {}
        return [self.items.item(i).data(CODE_ROLE) for i in range(self.items.count())
                if self.items.item(i).checkState() == Qt.CheckState.Checked
                and self.items.item(i).data(CODE_ROLE) not in linked]

    def _update_ok(self) -> None:
        codes = self.chosen_codes()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(codes))
        if self._file is None:
            self.message.say(self.tr("This village has no finalised inspection."))
        elif not self.items.count():
            self.message.say(self.tr("No item of this inspection failed."))
        elif not any(self.items.item(i).data(CODE_ROLE) not in self._file.problem_links
                     for i in range(self.items.count())):
            self.message.say(self.tr("Every failed item of this inspection is on the ledger already."))
        else:
            self.message.say(None)

    # -- saving ----------------------------------------------------------

    def accept(self) -> None:
        if self.deadline.message:
            self.deadline.edit.setFocus()
            return
        codes = self.chosen_codes()
        if self._file is None or not codes:
            return
        try:
            made, changeset = self.ws.ledger.from_inspection(
                self._file.inspection.id, codes, category=ProblemCategory.parse(self.category.currentData()),
                deadline=self.deadline.value(), responsible_leader=self.leader.value() or "",
                responsible_person=self.person.value() or "")
        except VillageDeskError as exc:
            self.message.say(exc.message)
            return
        self.made = made
        if changeset:
            self.changed.emit(changeset, self.tr("put {count} failed items on the problem ledger").format(
                count=len(made)))
        super().accept()

    # -- language --------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Failed items onto the problem ledger"))
        current = self.inspection.currentData()
        self.inspection.blockSignals(True)
        self.inspection.clear()
        for r in self._inspections:
            self.inspection.addItem(self.tr("{period}: score {score}, {failed} failed").format(
                period=period_label(r.period), score="—" if r.score is None else f"{r.score:.1f}", failed=r.failed),
                r.id)
        self.inspection.setCurrentIndex(max(0, self.inspection.findData(current)))
        self.inspection.blockSignals(False)
        category = self.category.currentData()
        self.category.clear()
        for c in ProblemCategory:
            self.category.addItem(c.label, c.value)
        self.category.setCurrentIndex(max(0, self.category.findData(category)))
        self.labels["inspection"].setText(self.tr("Inspection"))
        self.labels["items"].setText(self.tr("Failed items to put on the ledger (one problem each):"))
        self.labels["category"].setText(self.tr("Category"))
        self.labels["deadline"].setText(self.tr("Deadline"))
        self.labels["leader"].setText(self.tr("Responsible leader"))
        self.labels["person"].setText(self.tr("Responsible person"))
        self.deadline.edit.setPlaceholderText(self.tr("e.g. 2026-12-31 (can be set later)"))
        self.deadline.recheck()
        if self._file is not None:
            self._show_items()
