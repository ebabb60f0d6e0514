"""The township dashboard (DOMAIN.md: the figures the campaign reports),
computed live for all villages, a county or a township.

Big numbers (problems found and solved, overdue, reopened; villages
converted, plans approved or returned; funds, projects, talks, trainings)
and charts (problems by category, problems by status, villages by campaign
status, by warning colour, plans by review state). Every number opens the
list behind it: problem figures the ledger with their filter
(`open_ledger`), village figures a list of those villages, from which a
village file opens (`open_village`).

`figures()` takes ~10 ms for 600 villages, so it runs on the GUI thread.
Changes made anywhere recompute once per event-loop pass (several change
sets in a row cost one), and not at all while the window is hidden.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import ChangeSet
from desktop.core.dashboard import Dashboard
from desktop.core.ledger_terms import CampaignStatus, PlanStatus, ProblemCategory, ProblemStatus
from desktop.core.terms import WarningColour
from desktop.ui.category_chart import CategoryChart
from desktop.ui.dashboard_charts import Segment, SegmentBar
from desktop.ui.dashboard_tiles import CONVERTED, SUPPORT_KINDS, TilePanel
from desktop.ui.retranslate import Retranslating
from desktop.ui.warning_grid_model import STRONG

RECOMPUTE_ON = ("problem", "plan", "support_activity", "acceptance_review", "village", "village_warning",
                "inspection", "warning_policy", "admin_unit")

PROBLEM_FILTERS = {"found": {}, "solved": {"solved": True}, "open": {"solved": False}, "overdue": {"overdue": True},
                   "due_soon": {"due_soon": True}, "reopened": {"reopened": True}}

STATUS_COLOURS = {CampaignStatus.UNDER_RECTIFICATION: "#e8a33d", CampaignStatus.NOT_CONVERTED: "#c5221f",
                  CampaignStatus.CONVERTED: "#1e7e34", CampaignStatus.CONSOLIDATING: "#5fa8a0"}
NO_COLOUR = "#bdc1c6"
PLAN_COLOURS = {None: "#dadce0", PlanStatus.DRAFT: "#9aa0a6", PlanStatus.MEETING_REVIEWED: "#8ab4f8",
                PlanStatus.SUBMITTED: "#1a73e8", PlanStatus.RETURNED: "#e37400", PlanStatus.APPROVED: "#1e7e34"}
NONE = "none"       # the key of "no warning yet" and "no plan yet" (a chart's key cannot be None)
PROBLEM_COLOURS = {ProblemStatus.OPEN: "#e37400", ProblemStatus.IN_PROGRESS: "#f2c14e", ProblemStatus.SOLVED: "#81c995",
                   ProblemStatus.CLOSED: "#1e7e34", ProblemStatus.REOPENED: "#c5221f"}


class DashboardWindow(Retranslating, QWidget):
    changed = Signal(object, str)      # never emitted: the dashboard changes nothing
    open_village = Signal(str)
    open_ledger = Signal(object)       # a LedgerFilter
    report_requested = Signal(str, object)   # "township" or "county", the unit in view (report_menu.py)

    def __init__(self, workspace, language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardWindow")
        self.ws = workspace
        self._language = language
        self.dashboard: Dashboard | None = None
        self._due_soon_days = 7
        self._stale = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._recompute_if_shown)

        self.scope_label = QLabel(self)
        self.scope = QComboBox(self)
        self.scope.setObjectName("dashboardScope")
        self.scope.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scope_label.setBuddy(self.scope)
        self.headline = QLabel(self)
        self.headline.setObjectName("dashboardHeadline")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.headline.linkActivated.connect(self.open_figure)

        self.tiles = TilePanel(self)
        self.tiles.activated.connect(self.open_figure)
        self.categories = CategoryChart(self)
        self.categories.activated.connect(self._open_category)
        self.problem_states = SegmentBar(self)
        self.problem_states.setObjectName("problemStates")
        self.problem_states.activated.connect(self._open_problem_status)
        self.statuses = SegmentBar(self)
        self.statuses.setObjectName("campaignStatuses")
        self.colours = SegmentBar(self)
        self.colours.setObjectName("warningColours")
        self.plans = SegmentBar(self)
        self.plans.setObjectName("planStates")
        for bar, kind in ((self.statuses, "status"), (self.colours, "colour"), (self.plans, "plan")):
            bar.activated.connect(lambda key, kind=kind: self._open_segment(kind, key))

        self.chart_titles: dict[str, QLabel] = {}
        charts = QVBoxLayout()
        for name, chart in (("categories", self.categories), ("problem_states", self.problem_states),
                            ("statuses", self.statuses), ("colours", self.colours), ("plans", self.plans)):
            title = QLabel(self)
            title.setWordWrap(True)
            title.setStyleSheet("font-weight: 600;")
            self.chart_titles[name] = title
            charts.addWidget(title)
            charts.addWidget(chart)
            charts.addSpacing(10)
        charts.addStretch()

        body = QWidget(self)
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.addWidget(self.tiles, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(charts, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        for w in (self.tiles, self.categories, self.problem_states, self.statuses, self.colours, self.plans):
            w.setParent(body)
        for title in self.chart_titles.values():
            title.setParent(body)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(body)

        top = QHBoxLayout()
        top.addWidget(self.scope_label)
        top.addWidget(self.scope)
        top.addSpacing(16)
        top.addWidget(self.headline, 1)
        self.report_buttons = {kind: QPushButton(self) for kind in ("township", "county")}
        for kind, button in self.report_buttons.items():
            button.setObjectName(f"report_{kind}")
            button.clicked.connect(lambda _c=False, k=kind: self.report_requested.emit(k, self.scope.currentData()))
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)

        self._fill_scopes()
        self.scope.currentIndexChanged.connect(lambda _i: self.recompute())
        self.retranslate()
        self.recompute()

    # -- scope -----------------------------------------------------------

    def _name(self, unit) -> str:
        return (unit.name_bo or unit.name_zh) if self._language == "bo_CN" else (unit.name_zh or unit.name_bo)

    def _fill_scopes(self) -> None:
        """All villages, then each county with its townships under it."""
        current = self.scope.currentData()
        blocked = self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("All villages"), None)
        counties = self.ws.units.counties()
        townships = self.ws.units.townships()
        known = {c.id for c in counties}
        for county in counties:
            self.scope.addItem(self._name(county), county.id)
            for t in townships:
                if t.parent_id == county.id:
                    self.scope.addItem("    " + self._name(t), t.id)
        for t in townships:
            if t.parent_id not in known:
                self.scope.addItem(self._name(t), t.id)
        self.scope.setCurrentIndex(max(0, self.scope.findData(current)) if current else 0)
        self.scope.blockSignals(blocked)

    def set_scope(self, unit_id: str | None) -> None:
        self.scope.setCurrentIndex(max(0, self.scope.findData(unit_id)) if unit_id else 0)

    # -- computing -------------------------------------------------------

    def recompute(self) -> None:
        self.dashboard = self.ws.dashboard.figures(self.scope.currentData())
        self._due_soon_days = self.ws.ledger.due_soon_days()
        self._stale = False
        self._show()

    def _recompute_if_shown(self) -> None:
        if self.isVisible():
            self.recompute()
        else:
            self._stale = True

    def apply(self, changeset: ChangeSet) -> None:
        if changeset.touches("admin_unit"):
            self._fill_scopes()
        if changeset.touches(*RECOMPUTE_ON):
            self._stale = True
            self._timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.recompute()

    # -- showing ---------------------------------------------------------

    def _show(self) -> None:
        d = self.dashboard
        if d is None:
            return
        self.tiles.show_figures(d, self._due_soon_days)
        self.categories.set_figures(d.by_category)
        self._fill_segments()
        self._fill_headline()

    def _fill_headline(self) -> None:
        p = self.dashboard.problems
        link = '<a href="{key}" style="text-decoration:none;"><b>{n}</b></a>'
        # The seeds' sentence ("发现问题 1746 个, 已解决 1633 个"), each number a link.
        text = html.escape(self.tr("{found} problems found, {solved} solved"))
        self.headline.setText(text.replace("{found}", link.format(key="found", n=p.found))
                              .replace("{solved}", link.format(key="solved", n=p.solved)))

    def _fill_segments(self) -> None:
        d = self.dashboard
        p = d.problems.by_status
        self.problem_states.set_segments([Segment(s, s.label, p.get(s, 0), PROBLEM_COLOURS[s]) for s in ProblemStatus])
        self.statuses.set_segments([Segment(s, s.label, len(d.by_status[s]), STATUS_COLOURS[s]) for s in CampaignStatus])
        self.colours.set_segments(
            [Segment(c, c.label, len(d.by_colour[c]), STRONG[c]) for c in (WarningColour.RED, WarningColour.YELLOW,
                                                                        WarningColour.GREEN)]
            + [Segment(NONE, self.tr("No warning yet"), len(d.by_colour[None]), NO_COLOUR)])
        self.plans.set_segments([Segment(s or NONE, s.label if s else self.tr("No plan yet"), len(d.by_plan[s]),
                                         PLAN_COLOURS[s]) for s in (*PlanStatus, None)])

    # -- the lists behind the numbers ------------------------------------

    def open_figure(self, key: str):
        """A tile's (or the headline's) list: the ledger or villages."""
        d = self.dashboard
        if d is None:
            return None
        if key in PROBLEM_FILTERS:
            ledger_filter = d.problem_filter(**PROBLEM_FILTERS[key])
            self.open_ledger.emit(ledger_filter)
            return ledger_filter
        if key in SUPPORT_KINDS:
            return self._open_support(key)
        tile = self.tiles.tile(key)
        ids = {"villages": d.campaign_ids, "converted": [v for s in CONVERTED for v in d.by_status[s]],
               "plans_approved": d.by_plan[PlanStatus.APPROVED], "plans_returned": d.returned_plans}[key]
        return self.show_villages(ids, lambda: tile.caption.text())

    def _open_category(self, key: tuple[ProblemCategory, bool]):
        category, solved = key
        ledger_filter = self.dashboard.problem_filter(category=category, solved=True if solved else None)
        self.open_ledger.emit(ledger_filter)
        return ledger_filter

    def _open_problem_status(self, status: ProblemStatus):
        ledger_filter = self.dashboard.problem_filter(status=status)
        self.open_ledger.emit(ledger_filter)
        return ledger_filter

    def _open_segment(self, kind: str, key):
        d = self.dashboard
        key = None if key == NONE else key
        if kind == "status":
            return self.show_villages(d.by_status[key], lambda: self.tr("Campaign status: {status}").format(
                status=key.label))
        if kind == "colour":
            return self.show_villages(d.by_colour[key], lambda: self.tr("Warning: {colour}").format(
                colour=key.label if key else self.tr("No warning yet")))
        return self.show_villages(d.by_plan[key], lambda: self.tr("Plan: {state}").format(
            state=key.label if key else self.tr("No plan yet")))

    def _open_support(self, key: str):
        kinds = SUPPORT_KINDS[key]
        scope = set(self.dashboard.village_ids)
        seen = dict.fromkeys(a.village_id for a in self.ws.support.activities(None, kinds) if a.village_id in scope)
        tile = self.tiles.tile(key)
        return self.show_villages(list(seen), lambda: tile.caption.text())

    def show_villages(self, village_ids: list[str], describe):
        from desktop.ui.village_list_dialog import VillageListDialog

        dialog = VillageListDialog(self.ws, village_ids, describe, self.dashboard, self._language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_village.connect(self.open_village)
        dialog.show()
        return dialog

    # -- language --------------------------------------------------------

    def set_language(self, language: str) -> None:
        self._language = language
        self._fill_scopes()
        self.retranslate()
        from desktop.ui.village_list_dialog import VillageListDialog

        for dialog in self.findChildren(VillageListDialog):
            dialog.set_language(language)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Dashboard"))
        self.scope_label.setText(self.tr("Villages of"))
        self.report_buttons["township"].setText(self.tr("Township summary…"))
        self.report_buttons["county"].setText(self.tr("County overview…"))
        if self.scope.count():
            self.scope.setItemText(0, self.tr("All villages"))
        for name, text in (("categories", self.tr("Problems found and solved, by category")),
                           ("problem_states", self.tr("Problems by status")),
                           ("statuses", self.tr("Villages by campaign status")),
                           ("colours", self.tr("Villages by warning colour")),
                           ("plans", self.tr("Village plans by review state"))):
            self.chart_titles[name].setText(text)
        self._show()
