"""The county's decision on a submitted plan: approve it, or return it with
a comment on each item to be changed (at least one) and an overall comment.

Every item is listed with what it says, a comment box beside it; the
service's refusal (a return without any item comment) is shown in the
dialog, which stays open."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import VillageDeskError
from desktop.core.plans import field_label
from desktop.ui import fonts
from desktop.ui.inspection_text import MUTED_COLOUR
from desktop.ui.retranslate import Retranslating
from desktop.ui.validated_field import FieldMessage


class PlanReviewDialog(Retranslating, QDialog):
    decided = Signal(object)      # the change set

    def __init__(self, workspace, plan_file, approve: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planReviewDialog")
        self.ws = workspace
        self.file = plan_file
        self.approve = approve
        self.changeset = None
        data_font = fonts.tibetan_font(self.font())

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        body = QWidget(self)
        grid = QGridLayout(body)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.item_titles: list[QLabel] = []
        self.item_texts: list[QLabel] = []
        self.comments: dict[str, QPlainTextEdit] = {}
        for n, item in enumerate(plan_file.items):
            title = QLabel(body)
            title.setStyleSheet("font-weight: bold;")
            text = QLabel(body)
            text.setWordWrap(True)
            text.setFont(data_font)
            text.setStyleSheet(f"color: {MUTED_COLOUR};")
            comment = QPlainTextEdit(body)
            comment.setObjectName(f"reviewComment_{n + 1}")
            comment.setTabChangesFocus(True)
            comment.setFont(data_font)
            comment.setFixedHeight(fonts.row_height() * 2 + 10)
            grid.addWidget(title, 2 * n, 0)
            grid.addWidget(text, 2 * n + 1, 0)
            grid.addWidget(comment, 2 * n, 1, 2, 1, Qt.AlignmentFlag.AlignTop)
            self.item_titles.append(title)
            self.item_texts.append(text)
            self.comments[item.id] = comment
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setWidget(body)

        self.overall = QPlainTextEdit(self)
        self.overall.setObjectName("reviewOverall")
        self.overall.setTabChangesFocus(True)
        self.overall.setFont(data_font)
        self.overall.setFixedHeight(fonts.row_height() * 2 + 10)
        self.decided_by = QLineEdit(self)
        self.decided_by.setObjectName("reviewDecidedBy")
        self.message = FieldMessage(self)
        self.message.setObjectName("reviewMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.labels = {key: QLabel(self) for key in ("overall", "decided_by")}
        form = QFormLayout()
        form.addRow(self.labels["overall"], self.overall)
        form.addRow(self.labels["decided_by"], self.decided_by)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self.resize(860, 600)

    def accept(self) -> None:
        comments = {item_id: edit.toPlainText() for item_id, edit in self.comments.items()}
        try:
            changeset = self.ws.plans.review(self.file.plan.id, self.approve, comments,
                                             self.overall.toPlainText(), self.decided_by.text(),
                                             self.file.plan.row_version)
        except VillageDeskError as exc:
            self.message.say(exc.message)
            return
        self.changeset = changeset
        self.decided.emit(changeset)
        super().accept()

    def _item_text(self, item) -> str:
        problem = self.file.problems.get(item.problem_id)
        lines = [problem.description if problem else ""]
        for name in ("goal", "measures", "deadline", "responsible_person"):
            value = getattr(item, name)
            if value:
                lines.append(f"{field_label(name)}: {value}")
        return "\n".join(lines)

    def retranslate(self) -> None:
        if self.approve:
            self.setWindowTitle(self.tr("Approve the village plan"))
            self.intro.setText(self.tr("Comments on items are optional when approving."))
        else:
            self.setWindowTitle(self.tr("Return the village plan for revision"))
            self.intro.setText(self.tr("Write what must change on each item to be revised (at least one); "
                                       "the township sees your comment beside the item in the next round."))
        for n, item in enumerate(self.file.items):
            self.item_titles[n].setText(self.tr("Item {n}").format(n=n + 1))
            self.item_texts[n].setText(self._item_text(item))
            self.comments[item.id].setPlaceholderText(self.tr("Comment on item {n}").format(n=n + 1))
        self.labels["overall"].setText(self.tr("Overall comment"))
        self.labels["decided_by"].setText(self.tr("Decided by"))
        self.decided_by.setPlaceholderText(self.tr("e.g. county organisation department"))
