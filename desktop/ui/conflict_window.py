"""Exchange → Conflicts…: the records both sides changed since they last
agreed, and for the one selected both versions side by side.

Each conflict was already decided by the rule every installation applies
alike (docs/sync-format.md §6); here a person closes it: "Keep this version"
leaves the record as it is, "Take the other version" writes the other one
as a new change of ours, which goes to the other side with the next bundle.
Either emits `changed` with the ChangeSet (for the window's change hub) and
the list is read again. Resolved conflicts show with "Show resolved".

    window = ConflictWindow(ws, "zh_CN", main_window)
    window.select(conflict_id); window.take_other()
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import VillageDeskError
from desktop.services.sync.results import Conflict
from desktop.ui import fonts
from desktop.ui.conflict_compare import ConflictCompare
from desktop.ui.conflict_list_model import ConflictListModel
from desktop.ui.messages import ask, show_error
from desktop.ui.retranslate import Retranslating


class ConflictWindow(Retranslating, QWidget):
    changed = Signal(object)      # the ChangeSet of a resolution

    def __init__(self, workspace, language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictWindow")
        self.ws = workspace
        self.language = language
        self.detail: Conflict | None = None

        self.intro = QLabel(self)
        self.intro.setObjectName("conflictIntro")
        self.intro.setWordWrap(True)
        self.show_resolved = QCheckBox(self)
        self.show_resolved.setObjectName("conflictShowResolved")
        self.count = QLabel(self)
        self.count.setObjectName("conflictCount")
        self.model = ConflictListModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("conflictList")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(fonts.row_height())
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.compare = ConflictCompare(self)
        self.keep_button = QPushButton(self)
        self.keep_button.setObjectName("conflictKeep")
        self.take_button = QPushButton(self)
        self.take_button.setObjectName("conflictTakeOther")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("conflictClose")

        top = QHBoxLayout()
        top.addWidget(self.count)
        top.addStretch()
        top.addWidget(self.show_resolved)
        below = QWidget(self)
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.compare, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.take_button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        below_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(below)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([240, 520])    # the comparison is what is read; the list is a few rows
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.show_resolved.toggled.connect(lambda _on: self.reload())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._selected())
        self.keep_button.clicked.connect(self.keep)
        self.take_button.clicked.connect(self.take_other)
        self.close_button.clicked.connect(self.close)
        self.retranslate()
        self.reload()
        self.resize(1100, 760)

    # -- the list --------------------------------------------------------------

    def _names(self) -> dict[str, str]:
        names = {p.installation_id: p.name for p in self.ws.sync.peers()}
        names[self.ws.installation_id] = self.tr("this installation")
        return names

    def _labels(self, conflicts: list[Conflict]) -> dict[str, str]:
        """A village conflict named as the village list names it, in the user's language."""
        villages = [c.entity_id for c in conflicts if c.entity == "village"]
        names = self.ws.villages.names(villages) if villages else {}
        out = {}
        for c in conflicts:
            zh, bo = names.get(c.entity_id, ("", ""))
            name = (bo or zh) if self.language == "bo_CN" else (zh or bo)
            if c.entity == "village" and name:
                out[c.id] = name
        return out

    def _show_detail(self) -> None:
        label = self.model.labels.get(self.detail.id, "") if self.detail else ""
        self.compare.set_conflict(self.detail, self.names, self.ws.installation_id, self.language, label)

    def reload(self, *_args) -> None:
        """Read the conflicts again, keeping the one selected if it is still listed."""
        chosen = self.detail.id if self.detail else None
        row = self.current_row()
        conflicts = self.ws.sync.conflicts(open_only=not self.show_resolved.isChecked())
        self.names = self._names()
        self.model.set_conflicts(conflicts, self.names, self.language, self._labels(conflicts))
        self._count()
        again = self.model.row_of(chosen) if chosen else None
        if again is None and conflicts:
            again = min(max(row, 0), len(conflicts) - 1)
        if again is not None:
            self.select_row(again)
        else:
            self._selected()

    def apply(self, changeset) -> None:
        """Follow changes made elsewhere (an import may bring new conflicts)."""
        self.reload()

    def _count(self) -> None:
        open_ = sum(1 for c in self.model.conflicts if not c.resolved_at)
        self.count.setText(self.tr("{count} open conflicts").format(count=open_) if open_ else
                           self.tr("No open conflicts."))

    def current_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_row(self, row: int) -> None:
        self.view.selectionModel().select(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(self.model.index(row, 0))

    def select(self, conflict_id: str) -> bool:
        row = self.model.row_of(conflict_id)
        if row is None:
            return False
        self.select_row(row)
        return True

    def _selected(self) -> None:
        c = self.model.conflict_at(self.current_row())
        self.detail = self.ws.sync.conflict(c.id) if c else None
        self._show_detail()
        self._update()

    def _update(self) -> None:
        open_ = self.detail is not None and not self.detail.resolved_at
        self.keep_button.setEnabled(open_)
        self.take_button.setEnabled(open_)

    # -- resolving ---------------------------------------------------------------

    def keep(self) -> None:
        """Keep the version that stays; the conflict is closed."""
        if self.detail is not None and not self.detail.resolved_at:
            self._resolve(self.detail.id, take_other=False)

    def take_other(self) -> QMessageBox | None:
        """Ask, then write the other version as a change of ours."""
        c = self.detail
        if c is None or c.resolved_at:
            return None
        buttons = QMessageBox.StandardButton
        text = self.tr("Take the version of {other} for {record}? It is written here as a new change and goes to "
                       "the other side with the next bundle.").format(
            other=self.compare.name_of(c.lost_from), record=self.model.label_of(c))
        return ask(self, self.tr("Take the other version"), text, buttons.Yes | buttons.Cancel, buttons.Cancel,
                   lambda answer: self._resolve(c.id, take_other=True) if answer == buttons.Yes else None)

    def _resolve(self, conflict_id: str, *, take_other: bool) -> None:
        try:
            changeset = self.ws.sync.resolve(conflict_id, take_other=take_other)
        except VillageDeskError as exc:
            show_error(self, self.tr("Conflicts"), exc.message)
            self.reload()
            return
        self.reload()
        if changeset:
            self.changed.emit(changeset)

    # -- language ------------------------------------------------------------

    def set_language(self, language: str) -> None:
        self.language = language
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Conflicts"))
        self.intro.setText(self.tr(
            "Records changed on both sides since the last exchange. The version shown as kept is in the database "
            "now, on both sides alike. Look at both and keep it, or take the other version."))
        self.show_resolved.setText(self.tr("Show resolved"))
        self.keep_button.setText(self.tr("Keep this version"))
        self.take_button.setText(self.tr("Take the other version"))
        self.close_button.setText(self.tr("Close"))
        self.model.refresh()
        if hasattr(self, "names"):
            self.names = self._names()
            self._count()
            self._show_detail()
