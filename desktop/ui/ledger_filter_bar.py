"""The filters above the problem ledger: words, person, village, status,
category and aspect, weakness type, source, overdue and due soon. Every
change emits the whole `LedgerFilter`; typing narrows the list per key."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from desktop.core.ledger_index import LedgerFilter
from desktop.core.ledger_terms import ProblemAspect, ProblemCategory, ProblemSource, ProblemStatus
from desktop.core.terms import WeaknessType
from desktop.ui.multi_choice_button import MultiChoiceButton
from desktop.ui.retranslate import Retranslating
from desktop.ui.search_picker import SearchPickerDialog
from desktop.ui.warning_grid_model import village_name


class LedgerFilterBar(Retranslating, QWidget):
    filter_changed = Signal(object)   # LedgerFilter

    def __init__(self, workspace, language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ledgerFilterBar")
        self.ws = workspace
        self._language = language
        self._quiet = False
        self._village_ids: frozenset[str] | None = None
        self.picker: SearchPickerDialog | None = None

        self.text = QLineEdit(self)
        self.text.setObjectName("ledgerSearch")
        self.text.setClearButtonEnabled(True)
        self.person = QLineEdit(self)
        self.person.setObjectName("ledgerPerson")
        self.person.setClearButtonEnabled(True)
        self.village_label = QLabel(self)
        self.village = QPushButton(self)
        self.village.setObjectName("ledgerVillage")
        self.clear_village = QToolButton(self)
        self.clear_village.setObjectName("clearLedgerVillage")
        self.clear_village.setText("×")
        self.status = MultiChoiceButton(ProblemStatus, lambda s: s.short_label, self)
        self.status.setObjectName("ledgerStatus")
        self.category = QComboBox(self)
        self.category.setObjectName("ledgerCategory")
        self.aspect = QComboBox(self)
        self.aspect.setObjectName("ledgerAspect")
        self.weakness = MultiChoiceButton(WeaknessType, lambda t: t.short_label, self)
        self.weakness.setObjectName("ledgerWeakness")
        self.source = QComboBox(self)
        self.source.setObjectName("ledgerSource")
        self.overdue = QCheckBox(self)
        self.overdue.setObjectName("ledgerOverdue")
        self.due_soon = QCheckBox(self)
        self.due_soon.setObjectName("ledgerDueSoon")
        self.clear = QToolButton(self)
        self.clear.setObjectName("clearLedgerFilters")
        for combo in (self.category, self.aspect, self.source):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)

        top = QHBoxLayout()
        top.addWidget(self.text, 3)
        top.addWidget(self.person, 1)
        top.addWidget(self.village_label)
        top.addWidget(self.village, 1)
        top.addWidget(self.clear_village)
        below = QHBoxLayout()
        for w, stretch in ((self.status, 0), (self.category, 1), (self.aspect, 2), (self.weakness, 0),
                           (self.source, 1), (self.overdue, 0), (self.due_soon, 0), (self.clear, 0)):
            below.addWidget(w, stretch)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top, 0, 0)
        layout.addLayout(below, 1, 0)

        self.text.textChanged.connect(self._emit)
        self.person.textChanged.connect(self._emit)
        self.status.chosen_changed.connect(self._emit)
        self.weakness.chosen_changed.connect(self._emit)
        self.category.currentIndexChanged.connect(self._on_category)
        self.aspect.currentIndexChanged.connect(self._emit)
        self.source.currentIndexChanged.connect(self._emit)
        self.overdue.toggled.connect(self._on_overdue)
        self.due_soon.toggled.connect(self._on_due_soon)
        self.village.clicked.connect(self.pick_village)
        self.clear_village.clicked.connect(lambda: self.set_villages(None))
        self.clear.clicked.connect(self.reset)
        self.retranslate()

    # -- the filter ------------------------------------------------------

    def ledger_filter(self) -> LedgerFilter:
        return LedgerFilter(
            village_ids=self._village_ids,
            statuses=self.status.chosen(),
            category=ProblemCategory.parse(self.category.currentData()),
            aspect=ProblemAspect.parse(self.aspect.currentData()),
            weakness=self.weakness.chosen(),
            source=ProblemSource.parse(self.source.currentData()),
            person=self.person.text(),
            text=self.text.text(),
            overdue_only=self.overdue.isChecked(),
            due_soon_only=self.due_soon.isChecked())

    def set_filter(self, f: LedgerFilter) -> None:
        """Show `f` (a dashboard figure's list) and announce it once."""
        self._quiet = True
        try:
            self.text.setText(f.text)
            self.person.setText(f.person)
            self._village_ids = f.village_ids
            self.status.set_chosen(f.statuses, announce=False)
            self.weakness.set_chosen(f.weakness, announce=False)
            category = f.category or (f.aspect.category if f.aspect else None)
            self.category.setCurrentIndex(max(0, self.category.findData(category.value if category else None)))
            self._fill_aspects()
            self.aspect.setCurrentIndex(max(0, self.aspect.findData(f.aspect.value if f.aspect else None)))
            self.source.setCurrentIndex(max(0, self.source.findData(f.source.value if f.source else None)))
            self.overdue.setChecked(f.overdue_only)
            self.due_soon.setChecked(f.due_soon_only)
        finally:
            self._quiet = False
        self._show_villages()
        self._emit()

    def reset(self) -> None:
        self.set_filter(LedgerFilter())

    def _emit(self, *_args) -> None:
        if not self._quiet:
            self.filter_changed.emit(self.ledger_filter())

    def _on_category(self, *_args) -> None:
        """The aspects follow the category."""
        quiet, self._quiet = self._quiet, True
        self._fill_aspects()
        self._quiet = quiet
        self._emit()

    def _on_overdue(self, checked: bool) -> None:
        # Overdue is a part of "due soon": one box at a time says which.
        if checked and self.due_soon.isChecked():
            quiet, self._quiet = self._quiet, True
            self.due_soon.setChecked(False)
            self._quiet = quiet
        self._emit()

    def _on_due_soon(self, checked: bool) -> None:
        if checked and self.overdue.isChecked():
            quiet, self._quiet = self._quiet, True
            self.overdue.setChecked(False)
            self._quiet = quiet
        self._emit()

    # -- villages ---------------------------------------------------------

    def set_villages(self, village_ids) -> None:
        self._village_ids = frozenset(village_ids) if village_ids is not None else None
        self._show_villages()
        self._emit()

    def pick_village(self) -> SearchPickerDialog:
        def search(text: str):
            return [(" ".join(x for x in (zh, bo, code or "") if x), vid) for vid, zh, bo, code in self.ws.villages.find(text, 50)]

        self.picker = SearchPickerDialog(self.tr("Show the problems of a village"), self.tr("Name or division code"),
                                         search, self)
        self.picker.chosen.connect(lambda vid: self.set_villages({vid}))
        self.picker.open()
        return self.picker

    def _show_villages(self) -> None:
        ids = self._village_ids
        if ids is None:
            text = self.tr("All villages")
        elif len(ids) == 1:
            (vid,) = ids
            text = village_name(self.ws.villages.names([vid]).get(vid), self._language)
        else:
            text = self.tr("{count} villages").format(count=len(ids))
        self.village.setText(text)
        self.clear_village.setEnabled(ids is not None)

    # -- language --------------------------------------------------------

    def set_language(self, language: str) -> None:
        self._language = language
        self._show_villages()

    def _fill_aspects(self) -> None:
        category = ProblemCategory.parse(self.category.currentData())
        _refill(self.aspect, self.tr("All aspects"), [(a.label, a.value) for a in category.aspects] if category else [])
        self.aspect.setEnabled(category is not None)
        self.aspect.setToolTip("" if category else self.tr("Choose a category first"))

    def retranslate(self) -> None:
        quiet, self._quiet = self._quiet, True
        self.text.setPlaceholderText(self.tr("Search problem, village or name"))
        self.person.setPlaceholderText(self.tr("Responsible person"))
        self.village_label.setText(self.tr("Village"))
        self.clear_village.setToolTip(self.tr("All villages"))
        self.status.set_texts(self.tr("Status"), self.tr("all"), self.tr("Any status"))
        self.weakness.set_texts(self.tr("Weakness"), self.tr("all"), self.tr("Any weakness type"))
        aspect = self.aspect.currentData()
        self.category.blockSignals(True)
        _refill(self.category, self.tr("All categories"), [(c.label, c.value) for c in ProblemCategory])
        self.category.blockSignals(False)
        self._fill_aspects()
        self.aspect.setCurrentIndex(max(0, self.aspect.findData(aspect)))
        _refill(self.source, self.tr("All sources"), [(s.label, s.value) for s in ProblemSource])
        self.overdue.setText(self.tr("Overdue only"))
        self.due_soon.setText(self.tr("Overdue or due soon"))
        self.clear.setText(self.tr("Clear"))
        self.clear.setToolTip(self.tr("Clear the search and all filters"))
        self._quiet = quiet
        self._show_villages()


def _refill(combo: QComboBox, all_text: str, items: list[tuple[str, str]]) -> None:
    """(Re)fill a combo in the current language, keeping the choice."""
    current = combo.currentData()
    combo.clear()
    combo.addItem(all_text, None)
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
