"""The search box and filters above the village list."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QToolButton, QWidget

from desktop.core.query import NONE, VillageQuery
from desktop.core.records import AdminUnit
from desktop.core.terms import Rating, WarningColour, WeaknessType
from desktop.ui.retranslate import Retranslating


class VillageFilterBar(Retranslating, QWidget):
    query_changed = Signal(object)  # a VillageQuery without the sort order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._townships: list[AdminUnit] = []
        self._quiet = False   # set while combos are refilled: no query per step
        self._language = "zh_CN"
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.township = QComboBox(self)
        self.township.setObjectName("townshipFilter")
        self.township.setMinimumContentsLength(8)
        self.rating = QComboBox(self)
        self.rating.setObjectName("ratingFilter")
        self.warning = QComboBox(self)
        self.warning.setObjectName("warningFilter")
        self.weakness = QComboBox(self)
        self.weakness.setObjectName("weaknessFilter")
        self.clear = QToolButton(self)
        self.clear.setObjectName("clearFilters")

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        for w in (self.township, self.rating, self.warning, self.weakness):
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            w.setMinimumContentsLength(6)
            layout.addWidget(w, 1)
        layout.addWidget(self.clear)

        self.search.textChanged.connect(self._emit)
        for combo in (self.township, self.rating, self.warning, self.weakness):
            combo.currentIndexChanged.connect(self._emit)
        self.clear.clicked.connect(self.reset)
        self._fill()
        self.retranslate()

    def set_townships(self, townships: list[AdminUnit], language: str) -> None:
        self._townships = townships
        self._language = language
        self._fill()

    def query(self, base: VillageQuery) -> VillageQuery:
        rating, warning = self.rating.currentData(), self.warning.currentData()
        return dataclasses.replace(
            base, text=self.search.text(), township_id=self.township.currentData(),
            # Qt hands enum members back as plain strings.
            rating=rating if rating in (None, NONE) else Rating(rating),
            warning=warning if warning in (None, NONE) else WarningColour(warning),
            weakness=WeaknessType.parse(self.weakness.currentData()),
        )

    def reset(self) -> None:
        with _Quiet(self):
            self.search.clear()
            for combo in (self.township, self.rating, self.warning, self.weakness):
                combo.setCurrentIndex(0)
        self._emit()

    def _emit(self, *_args) -> None:
        if not self._quiet:
            self.query_changed.emit(self)

    def _fill(self) -> None:
        """(Re)fill the combos in the current language, keeping the choices."""
        with _Quiet(self):
            bo = self._language == "bo_CN"
            _refill(self.township, self.tr("All townships"),
                    [((t.name_bo or t.name_zh) if bo else (t.name_zh or t.name_bo), t.id) for t in self._townships])
            _refill(self.rating, self.tr("All ratings"),
                    [(r.label, r) for r in Rating] + [(self.tr("Not rated"), NONE)])
            _refill(self.warning, self.tr("All warnings"),
                    [(c.label, c) for c in WarningColour] + [(self.tr("No warning"), NONE)])
            _refill(self.weakness, self.tr("All weakness types"), [(t.label, t) for t in WeaknessType])

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search name (Chinese, Tibetan, pinyin) or code"))
        self.clear.setText(self.tr("Clear"))
        self.clear.setToolTip(self.tr("Clear the search and all filters"))
        self._fill()


def _refill(combo: QComboBox, all_text: str, items: list[tuple[str, object]]) -> None:
    current = combo.currentData()
    combo.clear()
    combo.addItem(all_text, None)
    for text, data in items:
        combo.addItem(text, data)
    index = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(0, index))


class _Quiet:
    """Change the widgets without announcing a new query for each step."""

    def __init__(self, bar: VillageFilterBar) -> None:
        self.bar = bar

    def __enter__(self) -> None:
        self.previous = self.bar._quiet
        self.bar._quiet = True

    def __exit__(self, *exc) -> None:
        self.bar._quiet = self.previous
