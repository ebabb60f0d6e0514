"""The import summary: who sent a bundle and when, whether it can be
imported, and what it would change (or changed) per table, per village, and
which records conflict and whose version stays.

Shows an `ImportSummary` from `ws.sync.stage` (or `apply`); it reads
nothing itself.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.sync.results import BundleState, ImportSummary, Peer
from desktop.ui import fonts
from desktop.ui.inspection_text import FAIL_COLOUR, PASS_COLOUR, WARN_COLOUR, fit_data_font, has_tibetan
from desktop.ui.list_table import list_table
from desktop.ui.retranslate import Retranslating
from desktop.ui.sync_counts_model import TABLES, VILLAGES, SyncCountsModel, shown_counts
from desktop.ui.sync_words import SyncWords, local_time


def _counts_view(parent: QWidget, name: str, model: SyncCountsModel) -> QTableView:
    """Names as wide as they are, the figures sharing the room left."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(fonts.row_height())
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    for column in range(model.leading):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return view


class SyncImportSummary(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncImportSummary")
        self.summary: ImportSummary | None = None
        self.peer: Peer | None = None
        self.me = ""
        self.language = "zh_CN"
        self.words = SyncWords(self)

        self.sender = QLabel(self)
        self.sender.setObjectName("syncSender")
        self.bundle = QLabel(self)
        self.bundle.setObjectName("syncBundle")
        self.state = QLabel(self)
        self.state.setObjectName("syncState")
        self.skipped = QLabel(self)
        self.skipped.setObjectName("syncSkipped")
        self.totals = QLabel(self)
        self.totals.setObjectName("syncTotals")
        # The sender's audit trail does not continue from the head it sent before (docs/audit.md).
        self.audit_alarm = QLabel(self)
        self.audit_alarm.setObjectName("syncAuditAlarm")
        self.audit_alarm.setStyleSheet(f"color: {FAIL_COLOUR}; font-weight: bold;")
        for label in (self.sender, self.bundle, self.state, self.skipped, self.totals, self.audit_alarm):
            label.setWordWrap(True)
        self.field_labels = [QLabel(self) for _ in range(2)]
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for label, value in zip(self.field_labels, (self.sender, self.bundle)):
            form.addRow(label, value)

        self.table_model = SyncCountsModel(TABLES, self)
        self.village_model = SyncCountsModel(VILLAGES, self)
        self.tables = _counts_view(self, "syncTables", self.table_model)
        self.villages = _counts_view(self, "syncVillages", self.village_model)
        self.conflicts = list_table(self, "syncConflicts", 4, stretch=0)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("syncSummaryTabs")
        self.tabs.addTab(self.tables, "")
        self.tabs.addTab(self.villages, "")
        self.tabs.addTab(self.conflicts, "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.state)
        layout.addWidget(self.audit_alarm)
        layout.addWidget(self.skipped)
        layout.addWidget(self.totals)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self.set_summary(None)

    # -- showing -------------------------------------------------------------

    def set_summary(self, summary: ImportSummary | None, *, peer: Peer | None = None, me: str = "",
                    language: str | None = None) -> None:
        """Show `summary`, sent by `peer`, as seen by installation `me`."""
        self.summary, self.peer, self.me = summary, peer, me
        if language:
            self.language = language
        self.table_model.set_summary(summary, self.language)
        self.village_model.set_summary(summary, self.language)
        self._render()

    def counts(self) -> dict[str, int]:
        """The five figures of the totals line, as shown."""
        return shown_counts(self.summary.total()) if self.summary else {}

    def sender_name(self) -> str:
        s = self.summary
        if s is None:
            return ""
        return s.sender_name or (self.peer.name if self.peer else "") or s.sender_id

    def _unit_text(self) -> str:
        p = self.peer
        if p is None:
            return ""
        name = (p.unit_name_bo or p.unit_name_zh) if self.language == "bo_CN" else (p.unit_name_zh or p.unit_name_bo)
        return " ".join(t for t in (name, p.unit_code) if t)

    def _render(self) -> None:
        s = self.summary
        shown = s is not None
        for w in (self.sender, self.bundle, *self.field_labels):
            w.setVisible(shown)
        if s is None:
            for w in (self.state, self.skipped, self.totals, self.tabs, self.audit_alarm):
                w.hide()
            return
        alarm = getattr(s, "audit_alarm", "")
        self.audit_alarm.setText(alarm)
        self.audit_alarm.setVisible(bool(alarm))
        role = self.words.role(s.sender_role)
        unit = self._unit_text()
        self.sender.setText(self.tr("{name} ({role} {unit})").format(name=self.sender_name(), role=role, unit=unit)
                            if unit else self.tr("{name} ({role})").format(name=self.sender_name(), role=role))
        self._fit(self.sender)
        made = local_time(s.created_at)
        if s.since:
            text = self.tr("No. {sequence}, made {when}, with the changes after its bundle {since}").format(
                sequence=s.sequence, when=made, since=s.since)
        else:
            text = self.tr("No. {sequence}, made {when}, a full bundle (every record)").format(
                sequence=s.sequence, when=made)
        if s.files:
            text += self.tr("; files attached: {files}").format(files=s.files)
        self.bundle.setText(text)
        self._render_state()
        has_records = s.state in (BundleState.READY, BundleState.IMPORTED)
        self.tabs.setVisible(has_records)
        self.totals.setVisible(has_records)
        if has_records:
            self._render_totals()
            self._render_conflicts()
            self._retitle_tabs()

    def _render_state(self) -> None:
        s = self.summary
        colour = None
        if s.state is BundleState.ALREADY_IMPORTED:
            text, colour = s.message or self.tr("This bundle was already imported. Nothing was changed."), PASS_COLOUR
        elif s.state is BundleState.WAITING:
            text, colour = s.message or self.tr("This bundle waits for an earlier one."), WARN_COLOUR
        elif s.state is BundleState.IMPORTED:
            lines = [self.tr("Imported. The changes are saved in this database.")]
            for pending in s.pending_imported:
                lines.append(self.tr("Also imported bundle {sequence}, which was waiting for this one "
                                     "({written} records written).").format(sequence=pending.sequence,
                                                                            written=pending.total().written))
            text, colour = "\n".join(lines), PASS_COLOUR
        elif not s.has_changes:
            text = self.tr("This bundle changes nothing here. Import it anyway so that {name} learns it arrived.") \
                .format(name=self.sender_name())
        else:
            text = ""   # the totals line says what Import would write
        self.state.setText(text)
        self.state.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")
        self.state.setVisible(bool(text))
        self.skipped.setVisible(bool(s.skipped) and s.state is BundleState.READY)
        if len(s.skipped) == 1:
            self.skipped.setText(self.tr(
                "Bundle {number} from {name} never arrived here. This bundle carries its changes too, "
                "so nothing is lost.").format(number=s.skipped[0], name=self.sender_name()))
        elif s.skipped:
            self.skipped.setText(self.tr(
                "Bundles {numbers} from {name} never arrived here. This bundle carries their changes too, "
                "so nothing is lost.").format(numbers=", ".join(str(n) for n in s.skipped), name=self.sender_name()))

    def _render_totals(self) -> None:
        c = self.counts()
        done = self.summary.state is BundleState.IMPORTED
        template = (self.tr("Written: {new} new, {changed} changed, {deleted} deleted, {conflict} conflicts; "
                            "{unchanged} unchanged.") if done else
                    self.tr("Import would write {new} new, {changed} changed, {deleted} deleted and "
                            "{conflict} conflicts; {unchanged} unchanged. Nothing is written before you press "
                            "Import."))
        self.totals.setText(template.format(**c))
        self.totals.setStyleSheet(f"color: {FAIL_COLOUR};" if c["conflict"] else "")

    def stays_text(self, kept_from: str) -> str:
        if kept_from == self.me:
            return self.tr("The version here")
        if self.summary and kept_from == self.summary.sender_id:
            return self.tr("The version from {name}").format(name=self.sender_name())
        return self.tr("The version from installation {id}").format(id=kept_from[:8])

    def _render_conflicts(self) -> None:
        s = self.summary
        table = self.conflicts
        table.setRowCount(len(s.conflicts))
        tibetan = fonts.tibetan_font(table.font())
        for r, c in enumerate(s.conflicts):
            village = ""
            if c.village_id:
                code, zh, bo = s.village_names.get(c.village_id, ("", "", ""))
                village = (bo or zh) if self.language == "bo_CN" else (zh or bo)
            texts = (village, self.words.table(c.entity), self.stays_text(c.kept_from), self.words.rule(c.rule))
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if self.language != "bo_CN" and has_tibetan(text):
                    item.setFont(tibetan)
                table.setItem(r, col, item)

    def _retitle_tabs(self) -> None:
        s = self.summary
        self.tabs.setTabText(0, self.tr("By table"))
        self.tabs.setTabText(1, self.tr("By village ({count})").format(count=len(s.villages) if s else 0))
        self.tabs.setTabText(2, self.tr("Conflicts ({count})").format(count=len(s.conflicts) if s else 0))

    def _fit(self, label: QLabel) -> None:
        fit_data_font(label, label.text(), self.language)

    # -- language ------------------------------------------------------------

    def retranslate(self) -> None:
        for label, text in zip(self.field_labels, (self.tr("From"), self.tr("Bundle"))):
            label.setText(text)
        self.conflicts.setHorizontalHeaderLabels(
            [self.tr("Village"), self.tr("Records"), self.tr("Version that stays"), self.tr("Why")])
        self.table_model.refresh()
        self.village_model.refresh()
        self._retitle_tabs()
        if self.summary is not None:
            self._render()
