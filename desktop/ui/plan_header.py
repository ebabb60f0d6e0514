"""The top of the plan editor: which village, year and round, the plan's
status as a coloured chip, who took the last step and when, and the
county's overall comment on its last decision."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.ledger_terms import PlanStatus as P
from desktop.core.plans import PlanEvent, PlanRecord
from desktop.ui.plan_item_form import COMMENT_STYLE
from desktop.ui.retranslate import Retranslating

STATUS_COLOURS = {P.DRAFT: ("#e0e0e0", "#303030"), P.MEETING_REVIEWED: ("#d2e3fc", "#174ea6"),
                  P.SUBMITTED: ("#fde293", "#5f4500"), P.RETURNED: ("#f6c4c0", "#8c1d18"),
                  P.APPROVED: ("#c4e7c9", "#0d652d")}


class PlanHeader(Retranslating, QWidget):
    open_village = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown: tuple | None = None
        self.village = QLabel(self)
        self.village.setObjectName("planVillage")
        self.village.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.status = QLabel(self)
        self.status.setObjectName("planStatus")
        self.last_step = QLabel(self)
        self.last_step.setObjectName("planLastStep")
        self.village_button = QPushButton(self)
        self.village_button.setObjectName("planOpenVillage")
        self.overall_comment = QLabel(self)
        self.overall_comment.setObjectName("planOverallComment")
        self.overall_comment.setWordWrap(True)
        self.overall_comment.setStyleSheet(COMMENT_STYLE)
        row = QHBoxLayout()
        row.addWidget(self.village)
        row.addWidget(self.status)
        row.addWidget(self.last_step, 1)
        row.addWidget(self.village_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.overall_comment)
        self.village_button.clicked.connect(self.open_village.emit)
        self.retranslate()

    def show_plan(self, plan: PlanRecord, events: list[PlanEvent], names: tuple[str, str]) -> None:
        self._shown = (plan, events, names)
        self.village.setText(self.tr("{village} · {year} · round {round}").format(
            village=" ".join(n for n in names if n), year=plan.year, round=plan.round))
        background, foreground = STATUS_COLOURS[plan.status]
        self.status.setText(plan.status.label)
        self.status.setStyleSheet(f"QLabel {{ background: {background}; color: {foreground}; border-radius: 4px; "
                                  "padding: 2px 10px; font-weight: bold; }")
        last = events[-1] if events else None
        self.last_step.setText(self.tr("{step}, {date}, {who}").format(step=last.step.label, date=last.on.isoformat(),
                                                                       who=last.actor) if last else "")
        # The overall comment stays on the plan after a revision: it was said on the round before.
        decided_round = plan.round if plan.status in (P.RETURNED, P.APPROVED) else plan.round - 1
        shown = bool(plan.review_comment) and decided_round >= 1
        if shown:
            self.overall_comment.setText(self.tr("County's overall comment (round {round}): {comment}").format(
                round=decided_round, comment=plan.review_comment))
        self.overall_comment.setVisible(shown)

    def retranslate(self) -> None:
        self.village_button.setText(self.tr("Village file"))
        if self._shown:
            self.show_plan(*self._shown)
