"""Starting a self-inspection (自查/排查): which village, against which
checklist, for which period. An open draft for the same village, checklist
and period is resumed rather than doubled."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import ChangeSet
from desktop.core.errors import VillageDeskError
from desktop.core.inspection_terms import PeriodKind, Subject
from desktop.core.inspections import InspectionFile, TemplateInfo
from desktop.core.periods import BadPeriod, Period, containing, parse_period
from desktop.core.terms import SELF_INSPECTION, term
from desktop.ui.inspection_text import MUTED_COLOUR, WARN_COLOUR, fit_data_font
from desktop.ui.messages import show_error
from desktop.ui.retranslate import Retranslating
from desktop.ui.search_picker import SearchPickerDialog
from desktop.ui.validated_field import ValidatedLine


def village_label(name_zh: str, name_bo: str, code: str | None, language: str) -> str:
    first, second = (name_bo, name_zh) if language == "bo_CN" else (name_zh, name_bo)
    parts = [first or second]
    if second and first:
        parts.append(second)
    if code:
        parts.append(code)
    return "  ".join(parts)


class StartInspectionDialog(Retranslating, QDialog):
    started = Signal(object, object)   # InspectionFile, ChangeSet (None: an existing draft was resumed)

    def __init__(self, workspace, language: str, village_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startInspectionDialog")
        self.ws = workspace
        self._language = language
        self.village_id: str | None = None
        self.inspection_file: InspectionFile | None = None
        self.changeset: ChangeSet | None = None
        self.resumed = False
        self.picker: SearchPickerDialog | None = None
        self.notice: QMessageBox | None = None
        self._village_names: tuple[str, str, str | None] | None = None
        self._templates: list[TemplateInfo] = [
            t for t in workspace.checklists.list() if t.latest and t.subject is Subject.VILLAGE]

        self.village = QLabel(self)
        self.village.setObjectName("village")
        self.village.setWordWrap(True)
        self.choose_village = QPushButton(self)
        self.choose_village.setObjectName("chooseVillage")
        self.template = QComboBox(self)
        self.template.setObjectName("template")
        self.template.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template.setMinimumContentsLength(24)
        self.no_templates = QLabel(self)
        self.no_templates.setWordWrap(True)
        self.no_templates.setStyleSheet("color: #b3261e;")
        self.no_templates.setVisible(not self._templates)
        self.kind = QComboBox(self)
        self.kind.setObjectName("periodKind")
        for k in PeriodKind:
            self.kind.addItem("", k.value)
        self.period = ValidatedLine(self._parse_period, lambda p: p.key if p else "", self)
        self.period.setObjectName("period")
        self.period_hint = QLabel(self)
        self.period_hint.setObjectName("periodHint")
        self.period_hint.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.existing = QLabel(self)
        self.existing.setObjectName("existing")
        self.existing.setWordWrap(True)
        self.existing.setStyleSheet(f"color: {WARN_COLOUR};")
        self.existing.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        village_row = QHBoxLayout()
        village_row.addWidget(self.village, 1)
        village_row.addWidget(self.choose_village)
        period_box = QVBoxLayout()
        period_box.setSpacing(2)
        period_box.addWidget(self.period)
        period_box.addWidget(self.period_hint)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.village_caption, self.template_caption = QLabel(self), QLabel(self)
        self.kind_caption, self.period_caption = QLabel(self), QLabel(self)
        self.form.addRow(self.village_caption, village_row)
        self.form.addRow(self.template_caption, self.template)
        self.form.addRow("", self.no_templates)
        self.form.addRow(self.kind_caption, self.kind)
        self.form.addRow(self.period_caption, period_box)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.existing)
        layout.addStretch()
        layout.addWidget(self.buttons)

        self.choose_village.clicked.connect(self.pick_village)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.period.edit.textEdited.connect(lambda _t: self._period_typed())
        self.template.currentIndexChanged.connect(lambda _i: self._update_ok())
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        self._fill_templates()
        self.period.set_value(containing(workspace.today(), PeriodKind.QUARTER))
        if village_id:
            self.set_village(village_id)
        self.retranslate()
        self.resize(620, 300)

    # -- village ---------------------------------------------------------

    def _search(self, text: str) -> list[tuple[str, str]]:
        return [(village_label(zh, bo, code, self._language), vid) for vid, zh, bo, code in self.ws.villages.find(text, 50)]

    def pick_village(self) -> SearchPickerDialog:
        self.picker = SearchPickerDialog(self.tr("Choose the village"), self.tr("Name or division code"),
                                         self._search, self)
        self.picker.chosen.connect(self.set_village)
        self.picker.open()
        return self.picker

    def set_village(self, village_id: str) -> None:
        row = self.ws.villages.rows([village_id]).get(village_id)
        if row is None:
            return
        self.village_id = village_id
        self._village_names = (row.name_zh, row.name_bo, row.code)
        self._show_village()
        self._update_ok()

    def _show_village(self) -> None:
        if self._village_names is None:
            self.village.setText(self.tr("No village chosen yet"))
            return
        text = village_label(*self._village_names, self._language)
        self.village.setText(text)
        fit_data_font(self.village, text, self._language)

    # -- template and period ---------------------------------------------

    def _fill_templates(self) -> None:
        current = self.template.currentData()
        self.template.blockSignals(True)
        self.template.clear()
        for info in self._templates:
            self.template.addItem(self.tr("{title} (version {version})").format(
                title=info.title.get(self._language), version=info.version), info.id)
        if current:
            self.template.setCurrentIndex(max(self.template.findData(current), 0))
        self.template.blockSignals(False)
        if self._templates:
            fit_data_font(self.template, "".join(t.title.get(self._language) for t in self._templates), self._language)

    def _parse_period(self, text: str) -> tuple[Period | None, str | None]:
        if not text.strip():
            return None, self.tr("Write the period, e.g. {example}.").format(example=self._default_period().key)
        try:
            return parse_period(text), None
        except BadPeriod as e:
            return None, str(e)

    def _default_period(self) -> Period:
        return containing(self.ws.today(), PeriodKind(self.kind.currentData()))

    def _kind_chosen(self) -> None:
        self.period.set_value(self._default_period())
        self._period_typed()

    def _period_typed(self) -> None:
        p = self.period.value()
        if p is not None and p.kind.value != self.kind.currentData():
            self.kind.blockSignals(True)         # the kind follows what was typed
            self.kind.setCurrentIndex(self.kind.findData(p.kind.value))
            self.kind.blockSignals(False)
        self._show_period_hint()
        self._update_ok()

    def _show_period_hint(self) -> None:
        p = self.period.value()
        if p is None:
            self.period_hint.setText("")
        elif p.start == p.end:
            self.period_hint.setText(p.label)
        else:
            self.period_hint.setText(self.tr("{label}: {start} to {end}").format(
                label=p.label, start=p.start.isoformat(), end=p.end.isoformat()))

    def _update_ok(self) -> None:
        p = self.period.value()
        finalised = self._say_what_exists(p)
        self.ok_button.setEnabled(bool(self.village_id and self.template.currentData() and p and not finalised))

    def _say_what_exists(self, p: Period | None) -> bool:
        """What this village already has for the period: a draft is resumed;
        a finalised inspection is changed by a correction, not a second one."""
        found = [r for r in self.ws.inspections.for_village(self.village_id)
                 if p is not None and r.period == p.key and r.template_id == self.template.currentData()] \
            if self.village_id else []
        finalised = False
        if any(not r.final for r in found):
            text = self.tr("A draft for this period exists; starting opens it.")
        elif found:
            # The service refuses a second inspection: a correction replaces it.
            finalised = True
            text = self.tr("This village already has a finalised inspection for this period. To change it, "
                           "open it from the village file's Inspections tab and choose Correct…")
        else:
            text = ""
        self.existing.setText(text)
        self.existing.setVisible(bool(text))
        return finalised

    # -- starting --------------------------------------------------------

    def start(self) -> bool:
        p = self.period.value()
        if not (self.village_id and self.template.currentData() and p):
            return False
        try:
            f, changeset = self.ws.inspections.start(self.village_id, self.template.currentData(), p.key)
        except VillageDeskError as exc:
            show_error(self, self.tr("Not started"), exc.message)
            return False
        self.inspection_file, self.changeset, self.resumed = f, changeset, changeset is None
        if self.resumed:
            self.notice = QMessageBox(QMessageBox.Icon.Information, self.tr("Draft opened"),
                                      self.tr("A draft for this village and period exists; it was opened. "
                                              "Your earlier answers are kept."),
                                      QMessageBox.StandardButton.Ok, self)
            self.notice.setObjectName("noticeBox")
            self.notice.finished.connect(lambda _r: self._finish())
            self.notice.open()
        else:
            self._finish()
        return True

    def _finish(self) -> None:
        self.notice = None
        self.started.emit(self.inspection_file, self.changeset)
        self.accept()

    # -- language --------------------------------------------------------

    def set_language(self, language: str) -> None:
        self._language = language
        self._fill_templates()
        self._show_village()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Start a {inspection}").format(inspection=term(SELF_INSPECTION)))
        self.village_caption.setText(self.tr("Village"))
        self.template_caption.setText(self.tr("Checklist"))
        self.kind_caption.setText(self.tr("Kind of inspection"))
        self.period_caption.setText(self.tr("Period"))
        self.choose_village.setText(self.tr("Choose…"))
        self.no_templates.setText(self.tr("No checklist template is installed. Import one first (Checklists)."))
        for i in range(self.kind.count()):
            self.kind.setItemText(i, PeriodKind(self.kind.itemData(i)).label)
        self.ok_button.setText(self.tr("Start"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.period.edit.setPlaceholderText(self.tr("2026Q3, 2026-11H1 or 2026-11-23"))
        self.period.recheck()
        self._fill_templates()
        self._show_village()
        self._show_period_hint()
        self._update_ok()
