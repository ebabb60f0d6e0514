"""The reviewers' four-level rating of a village (先进/一般/后进/问题) for a
year or period, with a note, beside the village's rating history."""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import ChangeSet
from desktop.core.errors import ValidationFailed, VillageDeskError
from desktop.core.periods import BadPeriod, parse_period
from desktop.core.records import RatingRecord
from desktop.core.terms import Rating
from desktop.ui import fonts
from desktop.ui.messages import show_error
from desktop.ui.retranslate import Retranslating
from desktop.ui.validated_field import FieldMessage, ValidatedLine
from desktop.core.periods import period_label
from desktop.ui.warning_grid_model import village_name

_YEAR = re.compile(r"^\d{4}$")


class RatingDialog(Retranslating, QDialog):
    changed = Signal(object, str)   # change set, undo description

    def __init__(self, workspace, village_id: str, language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratingDialog")
        self.ws = workspace
        self.village_id = village_id
        self._language = language
        self.changeset: ChangeSet | None = None
        self._touched = False      # the user chose a level or wrote a note
        file = workspace.villages.open_file(village_id)
        self._names = (file.facts.name_zh, file.facts.name_bo)
        self._history: tuple[RatingRecord, ...] = file.ratings

        self.village = QLabel(self)
        self.village.setObjectName("ratingVillage")
        self.village.setFont(fonts.tibetan_font(self.font()))
        self.period = ValidatedLine(self._parse_period, parent=self)
        self.period.setObjectName("ratingPeriod")
        self.levels = QButtonGroup(self)
        self.level_buttons: dict[Rating, QRadioButton] = {}
        levels_row = QHBoxLayout()
        for i, rating in enumerate(Rating):
            button = QRadioButton(self)
            button.setObjectName(f"rating_{rating.value}")
            self.levels.addButton(button, i)
            self.level_buttons[rating] = button
            levels_row.addWidget(button)
        levels_row.addStretch()
        self.level_message = FieldMessage(self)
        levels = QVBoxLayout()
        levels.setSpacing(2)
        levels.addLayout(levels_row)
        levels.addWidget(self.level_message)
        self.replaces = QLabel(self)
        self.replaces.setObjectName("ratingReplaces")
        self.replaces.setWordWrap(True)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("ratingNote")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(fonts.row_height() * 3 + 8)
        self.history_title = QLabel(self)
        self.history = QTableWidget(0, 5, self)
        self.history.setObjectName("ratingHistory")
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.verticalHeader().hide()
        self.history.verticalHeader().setDefaultSectionSize(fonts.row_height())
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)

        self.form = QFormLayout()
        self.labels = {key: QLabel(self) for key in ("village", "period", "level", "note")}
        self.form.addRow(self.labels["village"], self.village)
        self.form.addRow(self.labels["period"], self.period)
        self.form.addRow(self.labels["level"], levels)
        self.form.addRow("", self.replaces)
        self.form.addRow(self.labels["note"], self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.history_title)
        layout.addWidget(self.history, 1)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.levels.idClicked.connect(self._on_level)
        self.note.textChanged.connect(self._on_note)
        self.period.changed.connect(lambda _v: self._show_existing())
        self.period.edit.textEdited.connect(lambda _t: self._show_existing())

        self.period.set_value(str(workspace.today().year))
        self.retranslate()
        self._show_existing()
        self.resize(640, 520)

    # -- fields ----------------------------------------------------------

    def _parse_period(self, text: str) -> tuple[str | None, str | None]:
        text = text.strip()
        if _YEAR.match(text):
            return text, None
        if text:
            try:
                return parse_period(text).key, None
            except BadPeriod:
                pass
        return None, self.tr("Write a year (2026) or a period (2026Q3, 2026-11H1).")

    def rating(self) -> Rating | None:
        button = self.levels.checkedButton()
        return next((r for r, b in self.level_buttons.items() if b is button), None)

    def set_rating(self, rating: Rating | None) -> None:
        if rating is None:
            self.levels.setExclusive(False)
            for b in self.level_buttons.values():
                b.setChecked(False)
            self.levels.setExclusive(True)
        else:
            self.level_buttons[rating].setChecked(True)

    def _on_level(self, _id: int) -> None:
        self._touched = True
        self.level_message.say(None)

    def _on_note(self) -> None:
        if self.note.hasFocus():
            self._touched = True

    def existing(self, period: str | None) -> RatingRecord | None:
        return next((r for r in self._history if r.period == period), None)

    def _show_existing(self) -> None:
        """A period already rated: say so, and start from its rating and note."""
        record = self.existing(self.period.value())
        if record is None:
            self.replaces.clear()
            self.replaces.hide()
            return
        self.replaces.setText(self.tr("Already rated {rating} by {who} on {date}; OK replaces it.").format(
            rating=record.rating.label, who=record.decided_by, date=record.decided_on or ""))
        self.replaces.show()
        if not self._touched:
            self.set_rating(record.rating)
            self.note.setPlainText(record.note)

    # -- history ---------------------------------------------------------

    def _fill_history(self) -> None:
        self.history.setRowCount(len(self._history))
        for row, r in enumerate(self._history):
            label = r.period if _YEAR.match(r.period) else period_label(r.period)
            for col, text in enumerate((label, r.rating.label, r.decided_by, str(r.decided_on or ""), r.note)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.history.setItem(row, col, item)

    # -- saving ----------------------------------------------------------

    def accept(self) -> None:
        period, rating = self.period.value(), self.rating()
        if rating is None:
            self.level_message.say(self.tr("Choose one of the four levels."))
        if period is None or rating is None:
            (self.period.edit if period is None else self.level_buttons[Rating.ADVANCED]).setFocus()
            return
        try:
            changeset = self.ws.warnings.set_rating(self.village_id, period, rating, self.note.toPlainText().strip())
        except ValidationFailed as exc:
            self.period.set_rule_message(" ".join(e.message for e in exc.errors))
            return
        except VillageDeskError as exc:
            show_error(self, self.windowTitle(), exc.message)
            return
        self.changeset = changeset
        name = village_name(self._names, self._language)
        label = period if _YEAR.match(period) else period_label(period)
        self.changed.emit(changeset, self.tr("rate {village} {rating} for {period}").format(
            village=name, rating=rating.label, period=label))
        super().accept()

    # -- language --------------------------------------------------------

    def retranslate(self) -> None:
        name = village_name(self._names, self._language)
        self.setWindowTitle(self.tr("Rating: {village}").format(village=name))
        self.village.setText(" · ".join(n for n in self._names if n))
        self.labels["village"].setText(self.tr("Village"))
        self.labels["period"].setText(self.tr("Year or period"))
        self.labels["level"].setText(self.tr("Rating"))
        self.labels["note"].setText(self.tr("Note"))
        self.period.edit.setPlaceholderText(self.tr("e.g. 2026 or 2026Q3"))
        self.period.recheck()
        for rating, button in self.level_buttons.items():
            button.setText(rating.label)
        self.history_title.setText(self.tr("Rating history"))
        self.history.setHorizontalHeaderLabels([self.tr("Period"), self.tr("Rating"), self.tr("Decided by"),
                                                self.tr("Date"), self.tr("Note")])
        self._fill_history()
        if self.level_message.isVisible():
            self.level_message.say(self.tr("Choose one of the four levels."))
        self._show_existing()

    def set_language(self, language: str) -> None:
        self._language = language
        self.retranslate()


def preview_rating(workspace, language: str = "zh_CN", village_id: str | None = None) -> QWidget:
    from desktop.core.query import VillageQuery

    village_id = village_id or workspace.villages.search(VillageQuery())[0]
    return RatingDialog(workspace, village_id, language)
