"""What a report covers: a village (the plan form, the dossier) chosen by
name or code, or a county or township (the ledger, the township summary,
the county overview) from a list."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QWidget

from desktop.ui.inspection_text import fit_data_font
from desktop.ui.retranslate import Retranslating
from desktop.ui.search_picker import SearchPickerDialog
from desktop.ui.start_inspection_dialog import village_label

VILLAGE_KINDS = ("plan", "dossier")
# The units each kind offers; None is "all villages".
UNIT_CHOICES = {"ledger": ("all", "county", "township"), "township": ("township",), "county": ("all", "county")}


class ReportScope(Retranslating, QStackedWidget):
    changed = Signal()

    def __init__(self, workspace, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportScope")
        self.ws = workspace
        self._language = language
        self.kind = "plan"
        self.village_id: str | None = None
        self.picker: SearchPickerDialog | None = None

        village_page = QWidget(self)
        self.village = QLabel(village_page)
        self.village.setObjectName("reportVillage")
        self.choose_village = QPushButton(village_page)
        self.choose_village.setObjectName("reportChooseVillage")
        row = QHBoxLayout(village_page)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.village, 1)
        row.addWidget(self.choose_village)
        self.unit = QComboBox(self)
        self.unit.setObjectName("reportUnit")
        self.unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.addWidget(village_page)
        self.addWidget(self.unit)
        self.choose_village.clicked.connect(self.pick_village)
        self.unit.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.retranslate()

    # -- kind ------------------------------------------------------------

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        self.setCurrentIndex(0 if kind in VILLAGE_KINDS else 1)
        if kind not in VILLAGE_KINDS:
            self._fill_units()
        self.changed.emit()

    def needs_village(self) -> bool:
        return self.kind in VILLAGE_KINDS

    def ready(self) -> bool:
        if self.needs_village():
            return self.village_id is not None
        return self.unit.count() > 0 and (self.unit.currentData() is not None or "all" in UNIT_CHOICES[self.kind])

    def unit_id(self) -> str | None:
        return None if self.needs_village() else self.unit.currentData()

    def set_unit(self, unit_id: str | None) -> None:
        """Choose `unit_id` if this kind offers it (else keep the choice)."""
        index = self.unit.findData(unit_id)
        if index >= 0:
            self.unit.setCurrentIndex(index)

    def scope_name(self) -> str:
        """The village or unit chosen, for the preview's title and the file name."""
        if self.needs_village():
            row = self.ws.villages.names([self.village_id]).get(self.village_id) if self.village_id else None
            return self._name(*row) if row else ""
        return self.unit.currentText().strip()

    # -- villages --------------------------------------------------------

    def _name(self, zh: str, bo: str) -> str:
        return (bo or zh) if self._language == "bo_CN" else (zh or bo)

    def _search(self, text: str) -> list[tuple[str, str]]:
        return [(village_label(zh, bo, code, self._language), vid) for vid, zh, bo, code in self.ws.villages.find(text, 50)]

    def pick_village(self) -> SearchPickerDialog:
        self.picker = SearchPickerDialog(self.tr("Choose the village"), self.tr("Name or division code"),
                                         self._search, self)
        self.picker.chosen.connect(self.set_village)
        self.picker.finished.connect(self.picker.deleteLater)
        self.picker.open()
        return self.picker

    def set_village(self, village_id: str | None) -> None:
        self.village_id = village_id if village_id and self.ws.villages.rows([village_id]) else None
        self._show_village()
        self.changed.emit()

    def _show_village(self) -> None:
        row = self.ws.villages.rows([self.village_id]).get(self.village_id) if self.village_id else None
        if row is None:
            self.village.setText(self.tr("No village chosen yet"))
            return
        text = village_label(row.name_zh, row.name_bo, row.code, self._language)
        self.village.setText(text)
        fit_data_font(self.village, text, self._language)

    # -- units -----------------------------------------------------------

    def _fill_units(self) -> None:
        """As the dashboard lists them: all villages, each county with its townships."""
        choices = UNIT_CHOICES[self.kind]
        current = self.unit.currentData()
        blocked = self.unit.blockSignals(True)
        self.unit.clear()
        if "all" in choices:
            self.unit.addItem(self.tr("All villages"), None)
        counties = self.ws.units.counties()
        townships = self.ws.units.townships()
        known = {c.id for c in counties}
        for county in counties:
            if "county" in choices:
                self.unit.addItem(self._name(county.name_zh, county.name_bo), county.id)
            if "township" in choices:
                indent = "    " if "county" in choices else ""
                for t in townships:
                    if t.parent_id == county.id:
                        self.unit.addItem(indent + self._name(t.name_zh, t.name_bo), t.id)
        if "township" in choices:
            for t in townships:
                if t.parent_id not in known:
                    self.unit.addItem(self._name(t.name_zh, t.name_bo), t.id)
        self.unit.setCurrentIndex(max(0, self.unit.findData(current)))
        self.unit.blockSignals(blocked)

    # -- language --------------------------------------------------------

    def set_language(self, language: str) -> None:
        self._language = language
        self._show_village()
        if not self.needs_village():
            self._fill_units()

    def retranslate(self) -> None:
        self.choose_village.setText(self.tr("Choose…"))
        self._show_village()
        if self.unit.count() and self.unit.itemData(0) is None:
            self.unit.setItemText(0, self.tr("All villages"))
