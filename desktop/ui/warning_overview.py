"""The three-colour warning at a glance: a township's villages over the last
periods, what changed in the latest one, and the trend of one village.

Embeds as a main-window tab or opens as a window of its own. Double-click
(or Enter on) a cell: its inspection opens (`open_inspection`), or the
village file when the cell has none (`open_village`).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import ChangeSet
from desktop.core.inspection_terms import PeriodKind
from desktop.core.periods import BadPeriod, parse_period
from desktop.core.query import VillageColumn, VillageQuery
from desktop.core.terms import WarningColour
from desktop.core.warnings import WarningPolicy
from desktop.ui import fonts
from desktop.ui.retranslate import Retranslating
from desktop.ui.trend_chart import TrendChart
from desktop.ui.warning_grid_model import WarningCellDelegate, WarningGridModel
from desktop.ui.warning_summary import WarningSummary

DEFAULT_PERIODS = 8
KINDS = (PeriodKind.QUARTER, PeriodKind.HALF_MONTH)
RELOAD_ON = ("village_warning", "inspection", "village", "admin_unit")


def _kind(key: str) -> PeriodKind | None:
    try:
        return parse_period(key).kind
    except BadPeriod:
        return None


class WarningOverview(Retranslating, QWidget):
    open_inspection = Signal(str)   # inspection id
    open_village = Signal(str)      # village id
    changed = Signal(object, str)   # a change set made here (a rating), its undo description

    def __init__(self, workspace, language: str = "zh_CN", parent: QWidget | None = None,
                 periods: int = DEFAULT_PERIODS) -> None:
        super().__init__(parent)
        self.setObjectName("warningOverview")
        self.ws = workspace
        self._language = language
        self._townships = []
        self._township_of: dict[str, str | None] = {}
        self._county_of: dict[str, str | None] = {}
        self._policies: dict[str | None, WarningPolicy] = {}
        self._village: str | None = None
        self._quiet = False
        self._loaded = False
        self._fitted = False   # the splitter, once, when first shown

        self.township_label = QLabel(self)
        self.township = QComboBox(self)
        self.township.setObjectName("overviewTownship")
        self.township.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind_label = QLabel(self)
        self.kind = QComboBox(self)
        self.kind.setObjectName("periodKind")
        self.count_label = QLabel(self)
        self.count = QSpinBox(self)
        self.count.setObjectName("periodCount")
        self.count.setRange(1, 48)
        self.count.setValue(periods)
        self.summary = WarningSummary(self)

        self.model = WarningGridModel(workspace, language, self)
        self.view = QTableView(self)
        self.view.setObjectName("warningGrid")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setShowGrid(True)
        self.view.setItemDelegate(WarningCellDelegate(self.view))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(0)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setResizeContentsPrecision(0)

        self.village_title = QLabel(self)
        self.village_title.setObjectName("trendTitle")
        self.village_title.setWordWrap(True)
        self.chart = TrendChart(self)
        self.policy_note = QLabel(self)
        self.policy_note.setObjectName("policyNote")
        self.policy_note.setWordWrap(True)
        self.rate_button = QPushButton(self)
        self.rate_button.setObjectName("rateVillage")
        self.rate_button.setEnabled(False)

        filters = QHBoxLayout()
        for label, widget in ((self.township_label, self.township), (self.kind_label, self.kind),
                              (self.count_label, self.count)):
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
            filters.addSpacing(8)
        filters.addStretch()
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        side_layout.addWidget(self.village_title)
        side_layout.addWidget(self.chart, 1)
        side_layout.addWidget(self.policy_note)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.rate_button)
        side_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)

        self.township.currentIndexChanged.connect(self._on_filter)
        self.kind.currentIndexChanged.connect(self._on_filter)
        self.count.valueChanged.connect(self._on_filter)
        self.view.activated.connect(self._activate)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.view.verticalHeader().sectionDoubleClicked.connect(
            lambda row: self.open_village.emit(self.model.village_at(row)))
        self.view.verticalHeader().sectionClicked.connect(lambda row: self.select_village(self.model.village_at(row)))
        self.rate_button.clicked.connect(self.rate_selected)

        self._quiet = True
        self._fill_townships()
        self._fill_kinds(self._default_kind())
        self._quiet = False
        self.retranslate()
        self.reload()

    # -- filters ---------------------------------------------------------

    def _name(self, unit) -> str:
        return (unit.name_bo or unit.name_zh) if self._language == "bo_CN" else (unit.name_zh or unit.name_bo)

    def _fill_townships(self) -> None:
        self._townships = self.ws.units.townships()
        self._county_of = {t.id: t.parent_id for t in self._townships}
        quiet, self._quiet = self._quiet, True
        current = self.township.currentData()
        self.township.clear()
        self.township.addItem(self.tr("All townships"), None)
        for t in self._townships:
            self.township.addItem(self._name(t), t.id)
        self.township.setCurrentIndex(max(0, self.township.findData(current)) if current else 0)
        self._quiet = quiet

    def _default_kind(self) -> PeriodKind:
        kinds = {_kind(p) for p in self.ws.warnings.periods()}
        return PeriodKind.HALF_MONTH if PeriodKind.QUARTER not in kinds and PeriodKind.HALF_MONTH in kinds \
            else PeriodKind.QUARTER

    def _fill_kinds(self, current: PeriodKind | None = None) -> None:
        quiet, self._quiet = self._quiet, True
        current = current or PeriodKind.parse(self.kind.currentData())
        self.kind.clear()
        labels = {PeriodKind.QUARTER: self.tr("Quarters"), PeriodKind.HALF_MONTH: self.tr("Half-months")}
        for k in KINDS:
            self.kind.addItem(labels[k], k.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current.value if current else None)))
        self._quiet = quiet

    def set_township(self, township_id: str | None) -> None:
        self.township.setCurrentIndex(max(0, self.township.findData(township_id)) if township_id else 0)

    def set_kind(self, kind: PeriodKind) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind.value)))

    def _on_filter(self, *_args) -> None:
        if not self._quiet:
            self.reload()

    # -- loading ---------------------------------------------------------

    def village_ids(self) -> list[str]:
        """The villages of the chosen township, or of all, township by township."""
        sort = VillageColumn.NAME_BO if self._language == "bo_CN" else VillageColumn.NAME_ZH
        chosen = self.township.currentData()
        self._township_of = {}
        ids: list[str] = []
        for t in self._townships:
            if chosen and t.id != chosen:
                continue
            found = self.ws.villages.search(VillageQuery(township_id=t.id, sort=sort))
            self._township_of.update(dict.fromkeys(found, t.id))
            ids += found
        if not chosen:   # villages not (yet) placed in a township come last
            ids += [v for v in self.ws.villages.search(VillageQuery(sort=sort)) if v not in self._township_of]
        return ids

    def shown_periods(self) -> list[str]:
        kind = PeriodKind.parse(self.kind.currentData()) or PeriodKind.QUARTER
        periods = [p for p in self.ws.warnings.periods() if _kind(p) is kind]
        return periods[-self.count.value():]

    def reload(self) -> None:
        keep = self._village
        column = self.view.currentIndex().column()
        self.model.load(self.village_ids(), self.shown_periods())
        self._loaded = True
        self._size_columns()
        self._update_summary()
        row = self.model.row_of(keep) if keep else None
        self._village = keep if row is not None else None
        if row is not None:
            self._select(row, column if column >= 0 else self.model.columnCount() - 1)
        self._update_chart()   # its trend may have changed too

    def apply(self, changeset: ChangeSet) -> bool:
        """Refresh from a change set; True if the grid was read again."""
        if changeset.touches("warning_policy"):
            self._policies.clear()
            self._update_chart()
        if changeset.touches("admin_unit"):
            self._fill_townships()
        if changeset.touches(*RELOAD_ON):
            self.reload()
            return True
        return False

    def _size_columns(self) -> None:
        # Long period labels (Tibetan ones especially) wrap onto two lines
        # rather than make every column wide.
        m = QFontMetrics(self.view.horizontalHeader().font())
        pad = m.horizontalAdvance("MM")
        cell = m.horizontalAdvance("100.0") + pad
        wrapped = False
        for c in range(self.model.columnCount()):
            label = m.horizontalAdvance(self.model.headerData(c, Qt.Orientation.Horizontal)) + pad
            wrapped |= label > cell * 1.25
            self.view.setColumnWidth(c, max(cell, label if label <= cell * 1.25 else label // 2 + pad))
        # The header does not grow for wrapped text by itself.
        self.view.horizontalHeader().setMinimumHeight(m.height() * (2 if wrapped else 1) + 8)
        self.view.verticalHeader().setDefaultSectionSize(fonts.row_height())
        self._fit_splitter()

    def _fit_splitter(self) -> None:
        """The grid as wide as its columns (within reason), the chart the rest."""
        total = self.splitter.width()
        if total < 200:
            return
        view = self.view
        want = (view.verticalHeader().sizeHint().width() + view.horizontalHeader().length()
                + view.verticalScrollBar().sizeHint().width() + 2 * view.frameWidth() + 4)
        left = max(int(total * 0.4), min(want, total - max(320, int(total * 0.3))))
        self.splitter.setSizes([left, total - left])

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self._fit_splitter()

    # -- the summary of the latest period --------------------------------

    def _update_summary(self) -> None:
        periods = self.model.periods
        if not periods or not self.model.rowCount():
            self.summary.show_period(None, [], [])
            return
        latest = periods[-1]
        shifts = self.ws.warnings.shifts(latest, self.model.village_ids) if parse_period(latest).previous() else []
        self.summary.show_period(latest, self.model.column_cells(len(periods) - 1), shifts)

    @property
    def shift_sentences(self) -> list[str]:
        return self.summary.shift_sentences

    # -- the selected village --------------------------------------------

    def select_village(self, village_id: str, period: str | None = None) -> bool:
        row = self.model.row_of(village_id)
        if row is None:
            return False
        periods = self.model.periods
        column = periods.index(period) if period in periods else max(0, len(periods) - 1)
        self._select(row, column)
        return True

    def _select(self, row: int, column: int) -> None:
        if self.model.columnCount():
            index = self.model.index(row, column)
            self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.view.scrollTo(index)
        elif self.model.village_at(row) != self._village:
            self._village = self.model.village_at(row)
            self._update_chart()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        village = self.model.village_at(current.row()) if current.isValid() else None
        if village != self._village:
            self._village = village
            self._update_chart()

    @property
    def selected_village(self) -> str | None:
        return self._village

    def _policy_for(self, village_id: str) -> WarningPolicy:
        county = self._county_of.get(self._township_of.get(village_id))
        if county not in self._policies:
            self._policies[county] = self.ws.warnings.policy(county)
        return self._policies[county]

    def _update_chart(self) -> None:
        self.rate_button.setEnabled(self._village is not None)
        if self._village is None:
            self.village_title.setText(self.tr("Select a village to see its trend."))
            self.chart.clear()
            self.policy_note.clear()
            return
        policy = self._policy_for(self._village)
        row = self.model.row_of(self._village)
        name = self.model.name_at(row) if row is not None else ""
        self.village_title.setText(self.tr("Score per period: {village}").format(village=name))
        self.chart.set_trend(self.ws.warnings.trend(self._village), policy)
        if policy.by_quota:
            note = self.tr("Colours by quota: top {first} % green, next {second} % yellow, bottom {third} % red.")
            self.policy_note.setText(note.format(first=policy.class_shares[0], second=policy.class_shares[1],
                                                 third=policy.class_shares[2]))
        else:
            self.policy_note.setText(self.tr("Red below {red}, green from {green}, yellow in between.").format(
                red=f"{policy.red_below:g}", green=f"{policy.green_from:g}"))

    # -- actions ---------------------------------------------------------

    def _activate(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        cell = self.model.cell(index.row(), index.column())
        if cell is not None and cell.inspection_id:
            self.open_inspection.emit(cell.inspection_id)
        else:
            self.open_village.emit(self.model.village_at(index.row()))

    def rate_selected(self):
        """The rating dialog for the selected village (its change set is passed on)."""
        if self._village is None:
            return None
        from desktop.ui.rating_dialog import RatingDialog

        dialog = RatingDialog(self.ws, self._village, self._language, self)
        dialog.changed.connect(self.changed)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    # -- language --------------------------------------------------------

    def set_language(self, language: str) -> None:
        self._language = language
        self.model.set_language(language)
        self._fill_townships()
        self.reload()     # villages are listed by name, which depends on the language
        self.chart.relabel()
        self._size_columns()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Warnings by period"))
        self.township_label.setText(self.tr("Township"))
        self.kind_label.setText(self.tr("Periods"))
        self.count_label.setText(self.tr("Show last"))
        self.count.setSuffix(self.tr(" periods"))
        self.rate_button.setText(self.tr("Rate village…"))
        self.chart.set_empty_text(self.tr("No scores yet"))
        if self.township.count():
            self.township.setItemText(0, self.tr("All townships"))
        self._fill_kinds()
        if self._loaded:
            self.model.set_language(self._language)   # period labels and tooltips
            self._update_chart()


def preview_overview(workspace, language: str = "zh_CN") -> QWidget:
    """The overview over a workspace with data, a red village selected."""
    overview = WarningOverview(workspace, language)
    overview.resize(1200, 720)
    periods = overview.model.periods
    if periods and overview.model.rowCount():
        last = overview.model.column_cells(len(periods) - 1)
        red = next((i for i, c in enumerate(last) if c and c.colour is WarningColour.RED), 0)
        overview.select_village(overview.model.village_at(red))
    return overview
