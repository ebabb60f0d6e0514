"""The last step of an inspection: the score and colour, the failed items
with their weakness types and remedies, and what still blocks finalising
(unanswered items, items that need evidence), each a click from its place."""

from __future__ import annotations

from typing import Callable, Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.inspections import InspectionFile
from desktop.core.ledger_terms import ProblemStatus
from desktop.core.scoring import Answer, ScoreSheet
from desktop.core.terms import WarningColour, weakness_short_labels
from desktop.ui.inspection_text import FAIL_COLOUR, MUTED_COLOUR, chip_style, colour_chip, fit_data_font, number
from desktop.ui.retranslate import Retranslating

CODE_ROLE = Qt.ItemDataRole.UserRole
GROUP_UNANSWERED_FROM = 12   # more open items than this are listed by aspect


class _ItemList(QListWidget):
    """A list whose items wrap and whose height follows its items, so the
    page scrolls as a whole rather than each list on its own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(2)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def fit(self) -> None:
        self.doItemsLayout()
        height = sum(self.sizeHintForRow(r) + 2 * self.spacing() for r in range(self.count()))
        self.setFixedHeight(max(height, 8) + 2 * self.frameWidth() + 4)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()


class InspectionSummary(Retranslating, QWidget):
    jump_to = Signal(str)   # indicator code
    to_ledger = Signal()    # put the failed items on the problem ledger

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspectionSummary")
        self._language = language
        self._shown: tuple | None = None
        # Where each failed item's problem stands (inspection_ledger_link.py sets it).
        self.problem_statuses: Callable[[InspectionFile], Mapping[str, ProblemStatus]] = lambda f: {}

        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.score = QLabel(self)
        self.score.setObjectName("summaryScore")
        self.score.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.colour = colour_chip(self)
        self.colour.setObjectName("summaryColour")
        self.answered = QLabel(self)
        self.answered.setObjectName("summaryAnswered")
        self.veto = QLabel(self)
        self.veto.setObjectName("summaryVeto")
        self.veto.setWordWrap(True)
        self.veto.setStyleSheet(f"color: {FAIL_COLOUR}; font-weight: bold;")
        self.figures = QFormLayout()
        self.figures.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.score_caption, self.colour_caption, self.answered_caption = QLabel(self), QLabel(self), QLabel(self)
        self.figures.addRow(self.score_caption, self.score)
        self.figures.addRow(self.colour_caption, self.colour)
        self.figures.addRow(self.answered_caption, self.answered)

        self.blocking_box = QGroupBox(self)
        self.blocking_box.setObjectName("blockingBox")
        self.blocking_hint = QLabel(self.blocking_box)
        self.blocking_hint.setWordWrap(True)
        self.blocking = _ItemList(self.blocking_box)
        self.blocking.setObjectName("blocking")
        bl = QVBoxLayout(self.blocking_box)
        bl.addWidget(self.blocking_hint)
        bl.addWidget(self.blocking)

        self.failed_box = QGroupBox(self)
        self.failed_box.setObjectName("failedBox")
        self.failed_hint = QLabel(self.failed_box)
        self.failed_hint.setWordWrap(True)
        self.failed_hint.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.failed = _ItemList(self.failed_box)
        self.failed.setObjectName("failedItems")
        self.failed.setAlternatingRowColors(True)
        self.no_failed = QLabel(self.failed_box)
        self.to_ledger_button = QPushButton(self.failed_box)
        self.to_ledger_button.setObjectName("toLedger")
        self.to_ledger_button.setAutoDefault(False)
        fl = QVBoxLayout(self.failed_box)
        fl.addWidget(self.failed_hint)
        fl.addWidget(self.failed)
        fl.addWidget(self.no_failed)
        fl.addWidget(self.to_ledger_button, 0, Qt.AlignmentFlag.AlignLeft)

        for box in (self.blocking_box, self.failed_box):
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        for hint in (self.blocking_hint, self.failed_hint):
            hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.figures)
        layout.addWidget(self.veto)
        layout.addWidget(self.failed_box)
        layout.addWidget(self.blocking_box)
        layout.addStretch()
        for items in (self.blocking, self.failed):
            items.itemClicked.connect(self._on_clicked)
            items.itemActivated.connect(self._on_clicked)
        self.to_ledger_button.clicked.connect(self.to_ledger)
        self.retranslate()

    def _on_clicked(self, item: QListWidgetItem) -> None:
        code = item.data(CODE_ROLE)
        if code:
            self.jump_to.emit(code)

    def show_sheet(self, f: InspectionFile, sheet: ScoreSheet, colour: WarningColour | None,
                   answers: Mapping[str, Answer]) -> None:
        self._shown = (f, sheet, colour, answers)
        lang = self._language
        self.score.setText("—" if sheet.score is None else number(sheet.score))
        self.colour.setText(colour.label if colour else self.tr("none yet"))
        self.colour.setStyleSheet(chip_style(colour))
        self.answered.setText(self.tr("{answered} of {total}").format(answered=sheet.answered, total=sheet.total))
        self.veto.setText(self.tr("A veto item failed: the warning is red whatever the score.")
                          if sheet.veto_failed else "")
        self.veto.setVisible(sheet.veto_failed)

        self.blocking.clear()
        if len(sheet.unanswered) > GROUP_UNANSWERED_FROM:
            self._add_unanswered_by_aspect(f, sheet.unanswered)
        else:
            for code in sheet.unanswered:
                self._add(self.blocking, code, self.tr("{code} is not answered yet: {text}").format(
                    code=code, text=f.template.indicator(code).text.get(lang)))
        for code in sheet.evidence_missing:
            self._add(self.blocking, code, self.tr("{code} is marked as met but needs evidence attached: {text}").format(
                code=code, text=f.template.indicator(code).text.get(lang)))
        blocked = bool(sheet.unanswered or sheet.evidence_missing)
        self.blocking_hint.setText(self.tr("Before finalising, answer these and attach the evidence asked for. "
                                           "Click an item to go there.") if blocked
                                   else self.tr("Nothing blocks finalising."))
        self.blocking_box.setVisible(not f.inspection.final)
        self.blocking.setVisible(blocked)
        self.blocking.fit()

        self.failed.clear()
        links = self.problem_statuses(f) if f.inspection.final else {}
        for item in sheet.failed:
            ind = item.indicator
            lines = [f"{ind.code}  {ind.text.get(lang)}"]
            details = [p for p in (weakness_short_labels(ind.weakness), ind.remedy.label if ind.remedy else "") if p]
            if ind.veto:
                details.append(self.tr("veto item"))
            if details:
                lines.append(" · ".join(details))
            if item.note:
                lines.append(self.tr("Note: {note}").format(note=item.note))
            if ind.code in links:
                lines.append(self.tr("On the problem ledger: {status}").format(status=links[ind.code].label))
            list_item = self._add(self.failed, ind.code, "\n".join(lines))
            list_item.setForeground(Qt.GlobalColor.darkRed)
        fit_data_font(self.failed, "".join(i.note for i in sheet.failed), lang)   # notes typed in Tibetan
        self.failed.setVisible(bool(sheet.failed))
        self.no_failed.setVisible(not sheet.failed)
        self.failed.fit()
        unlinked = [i for i in sheet.failed if i.indicator.code not in f.problem_links]
        self.to_ledger_button.setVisible(f.inspection.final and bool(sheet.failed))
        self.to_ledger_button.setEnabled(bool(unlinked))
        self.to_ledger_button.setText(self.tr("Put failed items on the problem ledger") if unlinked
                                      else self.tr("Every failed item is on the problem ledger"))

    def _add_unanswered_by_aspect(self, f: InspectionFile, unanswered: tuple[str, ...]) -> None:
        """Many open items (a form half done): one line per aspect, leading to its first open item."""
        open_codes = set(unanswered)
        for aspect in f.template.aspects():
            codes = [i.code for i in aspect.indicators if i.code in open_codes]
            if codes:
                self._add(self.blocking, codes[0], self.tr("{aspect} {name}: {count} not answered yet ({codes})").format(
                    aspect=aspect.code, name=aspect.name.get(self._language), count=len(codes), codes=", ".join(codes)))

    def _add(self, items: QListWidget, code: str, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(CODE_ROLE, code)
        items.addItem(item)
        return item

    def codes(self, which: str = "failed") -> list[str]:
        """The indicator codes listed (for tests and callers): 'failed' or 'blocking'."""
        items = self.failed if which == "failed" else self.blocking
        return [items.item(r).data(CODE_ROLE) for r in range(items.count())]

    def set_language(self, language: str) -> None:
        self._language = language
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Summary"))
        self.score_caption.setText(self.tr("Score"))
        self.colour_caption.setText(self.tr("Warning colour"))
        self.answered_caption.setText(self.tr("Answered"))
        self.blocking_box.setTitle(self.tr("What blocks finalising"))
        self.failed_box.setTitle(self.tr("Failed items"))
        self.failed_hint.setText(self.tr("Each failed item carries its weakness types and remedy. Once the "
                                         "inspection is finalised, put them on the problem ledger to follow them "
                                         "up until they are closed out."))
        self.no_failed.setText(self.tr("No item has failed so far."))
        if self._shown:
            self.show_sheet(*self._shown)
