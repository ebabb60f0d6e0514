"""The village file's Support log tab: who supports the village (first
secretary, work team, contact county leader, liaison cadre, paired unit)
and what they did, newest first, with the figures the campaign reports
(funds, people trained, assessments). The work team is withdrawn from here,
and only once the village has passed acceptance (不见效不撤离)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.acceptance import check_withdrawal
from desktop.core.changes import ChangeSet
from desktop.core.errors import NotFound, VillageDeskError
from desktop.core.ledger_terms import ActivityKind as K, CampaignStatus
from desktop.core.periods import period_label
from desktop.core.records import PersonRecord, VillageFile
from desktop.core.support import ActivityRecord
from desktop.core.terms import PostRole
from desktop.services.support import TEAM_ROLES
from desktop.ui import fonts
from desktop.ui.activity_dialog import ActivityDialog
from desktop.ui.inspection_text import fit_data_font, has_tibetan, tooltip_text
from desktop.ui.list_table import list_table
from desktop.ui.messages import confirm, open_dialog, show_error
from desktop.ui.retranslate import Retranslating

TEAM_ROWS = (PostRole.FIRST_SECRETARY, PostRole.WORK_TEAM_MEMBER, PostRole.CONTACT_LEADER, PostRole.LIAISON_CADRE)
# Records whose change shows here: the log, the reviews (withdrawal depends
# on them), the posts and people of the team, the paired unit.
ENTITIES = ("support_activity", "acceptance_review", "post", "person", "village")
COLUMNS = 5


class SupportLogTab(Retranslating, QWidget):
    changed = Signal(object, str)     # a change set made here, its undo description

    def __init__(self, workspace, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supportLogTab")
        self.ws = workspace
        self._language = language
        self.village_id: str | None = None
        self._file: VillageFile | None = None
        self._records: list[ActivityRecord] = []
        self.dialog: QWidget | None = None     # the dialog or message open now (tests reach it here)

        self.team_box = QGroupBox(self)
        # Side by side: the people who live in the village (first secretary,
        # work team) and those who look in on it; the log below needs the height.
        self.team_labels: dict[str, QLabel] = {}
        self.team_values: dict[str, QLabel] = {}
        forms = (QFormLayout(), QFormLayout())
        for form, keys in zip(forms, ((PostRole.FIRST_SECRETARY.value, PostRole.WORK_TEAM_MEMBER.value),
                                      (PostRole.CONTACT_LEADER.value, PostRole.LIAISON_CADRE.value, "paired_unit"))):
            for key in keys:
                self.team_labels[key], self.team_values[key] = QLabel(self), QLabel(self)
                value = self.team_values[key]
                value.setObjectName(f"team_{key}")
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                form.addRow(self.team_labels[key], value)
        self.filter_label = QLabel(self)
        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("kindFilter")
        self.table = list_table(self, "activityList", COLUMNS, stretch=3)
        self.totals = QLabel(self)
        self.totals.setObjectName("supportTotals")
        self.totals.setWordWrap(True)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addActivity")
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("editActivity")
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteActivity")
        self.withdraw_button = QPushButton(self)
        self.withdraw_button.setObjectName("withdrawTeam")

        team = QHBoxLayout(self.team_box)
        team.addLayout(forms[0], 3)
        team.addSpacing(12)
        team.addLayout(forms[1], 2)
        team.addWidget(self.withdraw_button, 0, Qt.AlignmentFlag.AlignBottom)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch()
        buttons.addWidget(self.filter_label)
        buttons.addWidget(self.kind_filter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.team_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addLayout(buttons)

        self.kind_filter.currentIndexChanged.connect(lambda _i: self._reload_log())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.add_button.clicked.connect(self.add_activity)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.withdraw_button.clicked.connect(self.withdraw_team)
        self.retranslate()

    # -- showing ---------------------------------------------------------

    def load(self, village_id: str | None) -> None:
        """Show the village's support (None: a village not saved yet)."""
        self.village_id = village_id
        try:
            self._file = self.ws.villages.open_file(village_id) if village_id else None
        except NotFound:
            self.village_id, self._file = None, None
        self._show_team()
        self._reload_log()

    def apply(self, changeset: ChangeSet) -> None:
        if self.village_id and changeset.touches(*ENTITIES):
            self.load(self.village_id)

    def _name(self, person: PersonRecord, unit: str) -> str:
        first, second = (person.name_bo, person.name_zh) if self._language == "bo_CN" else \
            (person.name_zh, person.name_bo)
        name = " ".join(n for n in (first, second) if n)
        return self.tr("{name} ({unit})").format(name=name, unit=unit) if unit else name

    def _show_team(self) -> None:
        """The posts held now; after a withdrawal, the team that left that day, marked so."""
        names: dict[str, list[str]] = {r.value: [] for r in TEAM_ROWS}
        file = self._file
        today = self.ws.today()
        withdrawn = next(iter(self._withdrawals()), None)
        left_on = withdrawn.on if withdrawn else None
        posts = sorted(file.posts, key=lambda p: p.role is not PostRole.WORK_TEAM_LEADER) if file else []
        for post in posts:
            left = left_on is not None and post.role in TEAM_ROLES and post.term_end == left_on
            if not (post.is_current(today) or left):
                continue
            person = file.people.get(post.person_id, PersonRecord())
            name = self._name(person, post.unit or person.unit)
            if post.role is PostRole.WORK_TEAM_LEADER:
                name = self.tr("{name}, leader").format(name=name)
            if left:
                name = self.tr("{name}, withdrawn on {date}").format(name=name, date=left_on)
            row = PostRole.WORK_TEAM_MEMBER if post.role is PostRole.WORK_TEAM_LEADER else post.role
            if row.value in names:
                names[row.value].append(name)
        texts = {key: " · ".join(values) or self.tr("(none)") for key, values in names.items()}
        texts["paired_unit"] = (file.facts.paired_unit if file else "") or self.tr("(none)")
        for key, text in texts.items():
            fit_data_font(self.team_values[key], text, self._language)
            self.team_values[key].setText(text)

    def _withdrawals(self) -> list[ActivityRecord]:
        return self.ws.support.activities(self.village_id, [K.TEAM_WITHDRAWN]) if self.village_id else []

    def kind_shown(self) -> K | None:
        return K.parse(self.kind_filter.currentData())    # Qt hands the enum back as its str value

    def _reload_log(self) -> None:
        kind = self.kind_shown()
        self._records = self.ws.support.activities(self.village_id, [kind] if kind else None) \
            if self.village_id else []
        self._fill()
        self._show_totals()
        self._update_buttons()

    def figures(self, a: ActivityRecord) -> str:
        parts = []
        if a.participants is not None:
            parts.append(self.tr("{count} people").format(count=a.participants))
        if a.amount_yuan is not None:
            amount = self.tr("{amount} yuan").format(amount=f"{a.amount_yuan:,}")
            parts.append(f"{amount} · {a.fund_source}" if a.fund_source else amount)
        if a.period:
            parts.append(period_label(a.period))
        if a.score is not None:
            parts.append(self.tr("score {score}").format(score=f"{a.score:g}"))
        if a.satisfaction is not None:
            parts.append(self.tr("satisfaction {percent} ({satisfied} of {polled})").format(
                percent=f"{100 * a.satisfaction:.1f} %", satisfied=a.poll_satisfied, polled=a.poll_total))
        return " · ".join(parts)

    def _fill(self) -> None:
        selected = self.selected_id()
        self.table.setRowCount(len(self._records))
        row_height = fonts.row_height()
        tibetan = fonts.tibetan_font(self.table.font())
        for row, a in enumerate(self._records):
            summary = a.summary if not a.note else f"{a.summary} ({a.note})" if a.summary else a.note
            texts = (str(a.on or ""), a.kind.label, a.by, summary, self.figures(a))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, a.id)
                item.setToolTip(tooltip_text(text))
                if self._language != "bo_CN" and has_tibetan(text):
                    item.setFont(tibetan)
                self.table.setItem(row, column, item)
            self.table.setRowHeight(row, row_height)
            if a.id == selected:
                self.table.selectRow(row)

    def _show_totals(self) -> None:
        if not self.village_id:
            self.totals.clear()
            return
        t = self.ws.support.totals([self.village_id])
        count = sum(t.by_kind.values())
        if not count:
            self.totals.setText(self.tr("Nothing logged yet."))
            return
        kinds = " · ".join(f"{k.short_label} {t.by_kind[k]}" for k in K if t.by_kind.get(k))
        parts = [self.tr("{count} entries: {kinds}.").format(count=count, kinds=kinds)]
        # Only the figures there are: "0 projects (0 yuan)" says nothing.
        if t.funds_yuan:
            parts.append(self.tr("Funds: {funds} yuan.").format(funds=f"{t.funds_yuan:,}"))
        if t.projects:
            parts.append(self.tr("Projects: {projects} ({project_yuan} yuan).").format(
                projects=t.projects, project_yuan=f"{t.project_yuan:,}"))
        if t.trained:
            parts.append(self.tr("People trained: {trained}.").format(trained=t.trained))
        self.totals.setText(" ".join(parts))

    def selected_id(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def selected(self) -> ActivityRecord | None:
        wanted = self.selected_id()
        return next((a for a in self._records if a.id == wanted), None)

    def _update_buttons(self) -> None:
        a = self.selected()
        # A withdrawal also ended the team's posts: Undo takes it back whole.
        editable = a is not None and a.kind is not K.TEAM_WITHDRAWN
        self.add_button.setEnabled(self.village_id is not None)
        self.withdraw_button.setEnabled(self.village_id is not None)
        self.edit_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)

    # -- changing --------------------------------------------------------

    def _open(self, dialog: ActivityDialog) -> ActivityDialog:
        dialog.changed.connect(self._made)
        self.dialog = dialog
        return open_dialog(dialog)

    def _made(self, changeset: ChangeSet, description: str) -> None:
        self.changed.emit(changeset, description)
        self.load(self.village_id)

    def add_activity(self) -> ActivityDialog | None:
        if not self.village_id:
            return None
        kind = self.kind_shown()
        kind = None if kind is K.TEAM_WITHDRAWN else kind     # the withdrawal has its own button
        return self._open(ActivityDialog(self.ws, self.village_id, kind=kind, parent=self))

    def edit_selected(self) -> ActivityDialog | None:
        a = self.selected()
        if a is None or a.kind is K.TEAM_WITHDRAWN:
            return None
        return self._open(ActivityDialog(self.ws, self.village_id, a, parent=self))

    def delete_selected(self) -> QMessageBox | None:
        a = self.selected()
        if a is None or a.kind is K.TEAM_WITHDRAWN:
            return None

        def delete() -> None:
            changeset = self.ws.support.delete(a.id, a.row_version)
            self._made(changeset, self.tr("delete the log entry {kind}").format(kind=a.kind.inline_label))

        self.dialog = confirm(self, self.tr("Delete entry"), self.tr(
            "Delete the entry {kind} of {date} from the support log? Undo brings it back.").format(
            kind=a.kind.inline_label, date=a.on), delete)
        return self.dialog

    def withdraw_team(self) -> QWidget | None:
        """Asks for the day and a note, once the village has passed the
        county committee's final review; before, says why not."""
        if not self.village_id:
            return None
        status = self.ws.acceptance.status(self.village_id)
        try:
            check_withdrawal(self.ws.acceptance.reviews(self.village_id), status is CampaignStatus.CONSOLIDATING)
        except VillageDeskError as exc:
            self.dialog = show_error(self, self.tr("Withdraw the work team"), exc.message)
            return self.dialog
        return self._open(ActivityDialog(self.ws, self.village_id, kind=K.TEAM_WITHDRAWN, parent=self))

    # -- language --------------------------------------------------------

    def set_language(self, language: str) -> None:
        self._language = language
        self.load(self.village_id)

    def retranslate(self) -> None:
        self.team_box.setTitle(self.tr("Support team"))
        for role in TEAM_ROWS:
            self.team_labels[role.value].setText(role.label)
        self.team_labels[PostRole.WORK_TEAM_MEMBER.value].setText(self.tr("Work team"))
        self.team_labels["paired_unit"].setText(self.tr("Paired unit or enterprise"))
        self.filter_label.setText(self.tr("Show"))
        current = self.kind_shown()
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for k in K:
            self.kind_filter.addItem(k.label, k)
        self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(current)))
        self.kind_filter.blockSignals(False)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("By"),
                                              self.tr("What was done"), self.tr("Figures")])
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.withdraw_button.setText(self.tr("Withdraw work team…"))
        self.load(self.village_id)
