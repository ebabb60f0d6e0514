"""The village file's Acceptance tab: where the village stands in the
campaign (under rectification, converted, not converted, consolidating),
the three reviews of its conversion in their order (township first review
→ county organisation department second review → county committee final
review), and every review recorded, with the way to record the next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget

from desktop.core.acceptance import AcceptanceRecord, next_level
from desktop.core.changes import ChangeSet
from desktop.core.ledger_terms import AcceptanceLevel, AcceptanceResult, CampaignStatus
from desktop.ui import fonts
from desktop.ui.acceptance_dialog import AcceptanceDialog
from desktop.ui.inspection_text import has_tibetan, tooltip_text
from desktop.ui.list_table import list_table
from desktop.ui.messages import open_dialog
from desktop.ui.retranslate import Retranslating

# (background, text) of the status; the warning palette's red and green for
# the two outcomes, amber while the work goes on, blue once consolidating.
STATUS_COLOURS = {
    CampaignStatus.UNDER_RECTIFICATION: ("#fff4d6", "#7a5300"),
    CampaignStatus.NOT_CONVERTED: ("#fde7e7", "#b3261e"),
    CampaignStatus.CONVERTED: ("#e3f4e1", "#1e6b24"),
    CampaignStatus.CONSOLIDATING: ("#e1edfa", "#1a4f8b"),
}
# (border, background) of a step of the sequence.
STEP_STYLE = {
    "passed": ("#2e7d32", "#e3f4e1"),
    "failed": ("#b3261e", "#fde7e7"),
    "next": ("#1a5fb4", "#ffffff"),
    "waiting": ("#b0b0b0", "#f4f4f4"),
}
ENTITIES = ("acceptance_review", "support_activity", "village")


def latest_round(reviews: list[AcceptanceRecord]) -> dict[AcceptanceLevel, AcceptanceRecord]:
    """Each level's review in the current round: the reviews since the last
    failure, or, when the latest review failed, the round that failed."""
    ordered = sorted(reviews, key=lambda r: (r.decided_on, list(AcceptanceLevel).index(r.level)))
    failures = [i for i, r in enumerate(ordered) if r.result is AcceptanceResult.FAILED]
    if failures and failures[-1] == len(ordered) - 1:
        failures.pop()
    start = failures[-1] + 1 if failures else 0
    return {r.level: r for r in ordered[start:]}


class AcceptanceTab(Retranslating, QWidget):
    changed = Signal(object, str)     # a change set made here, its undo description

    def __init__(self, workspace, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("acceptanceTab")
        self.ws = workspace
        self._language = language
        self.village_id: str | None = None
        self._reviews: list[AcceptanceRecord] = []
        self._status: CampaignStatus | None = None
        self.dialog: AcceptanceDialog | None = None

        self.status_title = QLabel(self)
        self.status = QLabel(self)
        self.status.setObjectName("campaignStatus")
        big = self.status.font()
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.status.setFont(big)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setMinimumWidth(220)
        self.steps: dict[AcceptanceLevel, QLabel] = {}
        sequence = QHBoxLayout()
        for i, level in enumerate(AcceptanceLevel):
            if i:
                arrow = QLabel("→", self)
                arrow.setAlignment(Qt.AlignmentFlag.AlignCenter)
                sequence.addWidget(arrow)
            step = QLabel(self)
            step.setObjectName(f"step_{level.value}")
            step.setWordWrap(True)
            step.setAlignment(Qt.AlignmentFlag.AlignCenter)
            step.setFrameShape(QFrame.Shape.StyledPanel)
            step.setMinimumWidth(160)
            self.steps[level] = step
            sequence.addWidget(step, 1)
        self.next_line = QLabel(self)
        self.next_line.setObjectName("nextReview")
        self.next_line.setWordWrap(True)
        self.list_label = QLabel(self)
        self.table = list_table(self, "reviewList", 5)
        self.record_button = QPushButton(self)
        self.record_button.setObjectName("recordReview")

        top = QHBoxLayout()
        status_box = QVBoxLayout()
        status_box.addWidget(self.status_title)
        status_box.addWidget(self.status, 1)
        top.addLayout(status_box)
        top.addSpacing(12)
        top.addLayout(sequence, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.next_line)
        layout.addWidget(self.list_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.record_button.clicked.connect(self.record_review)
        self.retranslate()

    # -- showing ---------------------------------------------------------

    def load(self, village_id: str | None) -> None:
        """Show the village's acceptance (None: a village not saved yet)."""
        self.village_id = village_id
        if village_id:
            self._reviews = self.ws.acceptance.reviews(village_id)
            self._status = self.ws.acceptance.status(village_id)
        else:
            self._reviews, self._status = [], None
        self._show()

    def apply(self, changeset: ChangeSet) -> None:
        if self.village_id and changeset.touches(*ENTITIES):
            self.load(self.village_id)

    def _show(self) -> None:
        status = self._status
        if status is None:
            self.status.setText("")
            self.status.setStyleSheet("")
        else:
            background, colour = STATUS_COLOURS[status]
            self.status.setText(status.label)
            self.status.setStyleSheet(f"QLabel {{ background: {background}; color: {colour}; "
                                      f"border: 2px solid {colour}; border-radius: 6px; padding: 8px 16px; }}")
        self._show_steps()
        self._fill()
        self.record_button.setEnabled(self.village_id is not None and self.next_level() is not None)

    def next_level(self) -> AcceptanceLevel | None:
        return next_level(self._reviews) if self.village_id else None

    def step_state(self, level: AcceptanceLevel) -> str:
        """passed or failed (in the current round), else next or waiting."""
        review = latest_round(self._reviews).get(level)
        if review is not None:
            return "passed" if review.result is AcceptanceResult.PASSED else "failed"
        return "next" if level is self.next_level() else "waiting"

    def _show_steps(self) -> None:
        done = latest_round(self._reviews)
        upcoming = self.next_level()
        for level, step in self.steps.items():
            state, review = self.step_state(level), done.get(level)
            lines = [level.label]
            if review is not None:
                lines.append(self.tr("{result} on {date}").format(result=review.result.label,
                                                                 date=review.decided_on.isoformat()))
            if level is upcoming:
                # After a failure the township reviews again: its old result stays in view.
                lines.append(self.tr("Next") if review is None else self.tr("Next: to be reviewed again"))
            elif review is None:
                lines.append(self.tr("Not yet"))
            border, background = STEP_STYLE[state]
            if level is upcoming:
                border = STEP_STYLE["next"][0]
            width = 3 if level is upcoming else 1
            step.setStyleSheet(f"QLabel {{ border: {width}px solid {border}; background: {background}; "
                               f"border-radius: 6px; padding: 6px; }}")
            step.setText("\n".join(lines))
        if not self.village_id:
            self.next_line.clear()
        elif upcoming is None:
            self.next_line.setText(self.tr("All three reviews passed."))
        else:
            self.next_line.setText(self.tr("Next: the {level}.").format(level=upcoming.inline_label))

    def _fill(self) -> None:
        self.table.setRowCount(len(self._reviews))
        row_height = fonts.row_height()
        tibetan = fonts.tibetan_font(self.table.font())
        for row, r in enumerate(self._reviews):
            texts = (str(r.decided_on), r.level.label, r.result.label, r.decided_by, r.comments)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                item.setToolTip(tooltip_text(text))
                if self._language != "bo_CN" and has_tibetan(text):
                    item.setFont(tibetan)
                if column == 2 and r.result is AcceptanceResult.FAILED:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, item)
            self.table.setRowHeight(row, row_height)

    # -- recording -------------------------------------------------------

    def record_review(self) -> AcceptanceDialog | None:
        if not self.village_id:
            return None
        dialog = AcceptanceDialog(self.ws, self.village_id, self._language, self)
        dialog.changed.connect(self._made)
        self.dialog = dialog
        return open_dialog(dialog)

    def _made(self, changeset: ChangeSet, description: str) -> None:
        self.changed.emit(changeset, description)
        self.load(self.village_id)

    # -- language --------------------------------------------------------

    def set_language(self, language: str) -> None:
        self._language = language
        self.load(self.village_id)

    def retranslate(self) -> None:
        self.status_title.setText(self.tr("Campaign status"))
        self.list_label.setText(self.tr("Reviews"))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Level"), self.tr("Result"),
                                              self.tr("Decided by"), self.tr("Comments")])
        self.record_button.setText(self.tr("Record review…"))
        self._show()
