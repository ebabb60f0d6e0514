"""The roster import's preview: what Import would add and change, tab by
tab (townships to create, villages, people, posts; unchanged ones
counted), and every rejected row with its sheet, row, column and reason,
which can be saved as a workbook to fix and import again.

Nothing is written here; the wizard's Import button writes it all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.core.errors import VillageDeskError
from desktop.ui import fonts
from desktop.ui.messages import show_error
from desktop.ui.retranslate import Retranslating
from desktop.ui.roster_preview_models import RejectedModel, RosterItemsModel

ENTITIES = ("admin_unit", "village", "person", "post")
MAX_WIDTH = 420


def _table(parent: QWidget, name: str, model) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(fonts.row_height())
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    # Measure the rows in view, not all 30,000 people.
    header.setResizeContentsPrecision(0)
    return view


class RosterPreviewPage(Retranslating, QWizardPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterPreviewPage")
        self.preview = None
        self.saved_rejects: Path | None = None
        self.summary = QLabel(self)
        self.summary.setObjectName("rosterSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_rejects_button = QPushButton(self)
        self.save_rejects_button.setObjectName("saveRejects")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("rosterTabs")
        self.models = {e: RosterItemsModel(with_village=e in ("person", "post"), parent=self) for e in ENTITIES}
        self.views: dict[str, QTableView] = {}
        self.unchanged: dict[str, QLabel] = {}
        for entity in ENTITIES:
            tab = QWidget(self.tabs)
            box = QVBoxLayout(tab)
            self.views[entity] = _table(tab, f"roster_{entity}", self.models[entity])
            self.unchanged[entity] = QLabel(tab)
            self.unchanged[entity].setObjectName(f"unchanged_{entity}")
            box.addWidget(self.views[entity], 1)
            box.addWidget(self.unchanged[entity])
            self.tabs.addTab(tab, "")
        self.rejected_model = RejectedModel(self)
        rejected_tab = QWidget(self.tabs)
        box = QVBoxLayout(rejected_tab)
        self.rejected_view = _table(rejected_tab, "rosterRejected", self.rejected_model)
        self.rejected_hint = QLabel(rejected_tab)
        self.rejected_hint.setWordWrap(True)
        box.addWidget(self.rejected_hint)
        box.addWidget(self.rejected_view, 1)
        self.tabs.addTab(rejected_tab, "")
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.save_rejects_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self._fitted: set[int] = set()
        self.save_rejects_button.clicked.connect(lambda: self.save_rejects())
        # After the switch, when the tab's view is visible.
        self.tabs.currentChanged.connect(lambda i: QTimer.singleShot(0, lambda: self._fit_columns(i)))
        self.retranslate()

    # -- showing -----------------------------------------------------------

    def set_preview(self, preview) -> None:
        self.preview = preview
        self.saved_rejects = None
        for entity in ENTITIES:
            self.models[entity].set_items(preview.added(entity) + preview.changed(entity))
        self.rejected_model.set_problems(preview.problems)
        self._fitted.clear()
        self.retranslate()
        # Open on what needs the user first: the rejected rows, else what is added.
        first = next((i for i, e in enumerate(ENTITIES) if self.models[e].rowCount()), 1)
        self.tabs.setCurrentIndex(len(ENTITIES) if preview.rejected else first)
        self.completeChanged.emit()

    def _fit_columns(self, index: int) -> None:
        """Fit the columns of the tab shown to its rows in view, once per preview:
        a hidden view would measure every row (30,000 people)."""
        view = self.rejected_view if index == len(ENTITIES) else self.views[ENTITIES[index]] if index >= 0 else None
        if view is None or index in self._fitted or not view.isVisible():
            return
        self._fitted.add(index)
        view.resizeColumnsToContents()
        for col in range(view.model().columnCount() - 1):
            view.setColumnWidth(col, min(view.columnWidth(col) + 12, MAX_WIDTH))

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._fit_columns(self.tabs.currentIndex())

    def tab_index(self, entity: str) -> int:
        return len(ENTITIES) if entity == "rejected" else ENTITIES.index(entity)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Preview: nothing is written until you press Import"))
        self.save_rejects_button.setText(self.tr("Save rejected rows…"))
        self.rejected_hint.setText(self.tr(
            "These rows are not imported. Save them as a workbook, fix them there and import that workbook."))
        for model in (*self.models.values(), self.rejected_model):
            model.retranslate()
        p = self.preview
        names = {"admin_unit": self.tr("New townships"), "village": self.tr("Villages"),
                 "person": self.tr("People"), "post": self.tr("Posts")}
        for i, entity in enumerate(ENTITIES):
            added = len(p.added(entity)) if p else 0
            changed = len(p.changed(entity)) if p else 0
            if entity == "admin_unit":
                self.tabs.setTabText(i, self.tr("{what} ({added})").format(what=names[entity], added=added))
            else:
                self.tabs.setTabText(i, self.tr("{what} (+{added}, ~{changed})").format(
                    what=names[entity], added=added, changed=changed))
            count = len(p.unchanged(entity)) if p else 0
            self.unchanged[entity].setText(self.tr("Unchanged: {count}").format(count=count))
            self.unchanged[entity].setVisible(entity != "admin_unit")
        rejected = len(p.rejected) if p else 0
        self.tabs.setTabText(len(ENTITIES), self.tr("Rejected rows ({count})").format(count=rejected))
        self.save_rejects_button.setEnabled(rejected > 0)
        self.summary.setText(self._summary() if p else "")

    def _summary(self) -> str:
        p = self.preview
        c = p.counts()
        lines = [self.tr("{file}: {rows} rows read from {sheets} sheets.").format(
            file=p.path.name, rows=p.rows_read, sheets=sum(1 for s in p.sheets if s.header_row))]
        lines.append(self.tr(
            "To add: {villages} villages, {people} people, {posts} posts, {townships} townships. "
            "To change: {changed_villages} villages, {changed_people} people, {changed_posts} posts.").format(
            villages=c["village"]["added"], people=c["person"]["added"], posts=c["post"]["added"],
            townships=c["township"]["added"], changed_villages=c["village"]["changed"],
            changed_people=c["person"]["changed"], changed_posts=c["post"]["changed"]))
        if p.rejected:
            lines.append(self.tr("{count} rows rejected (see Rejected rows); they are not imported.").format(
                count=len(p.rejected)))
        left_out = [s.title for s in p.sheets if not s.header_row]
        if left_out:
            lines.append(self.tr("Left out, no roster header found: {sheets}.").format(sheets=", ".join(left_out)))
        if not p.has_changes:
            lines.append(self.tr("Nothing to import: the database already holds all of it."))
        return "\n".join(lines)

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return self.preview is not None and self.preview.has_changes

    # -- the rejected rows ---------------------------------------------------

    def save_rejects(self, path: str | Path | None = None) -> Path | None:
        """Write the rejected rows (original cells and reasons) to `path`, asked for when not given."""
        if self.preview is None or not self.preview.rejected:
            return None
        title = self.tr("Save rejected rows")
        if path is None:
            start = self.preview.path.with_name(
                self.tr("{name} rejected.xlsx").format(name=self.preview.path.stem))
            path, _ = QFileDialog.getSaveFileName(self, title, str(start), self.tr("Excel workbooks (*.xlsx)"))
            if not path:
                return None
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        try:
            self.saved_rejects = self.wizard().ws.roster.save_rejects(self.preview, target)
        except VillageDeskError as exc:
            show_error(self, title, exc.message)
            return None
        self.rejected_hint.setText(self.tr("{count} rejected rows saved to {path}").format(
            count=len(self.preview.rejected), path=self.saved_rejects))
        return self.saved_rejects
