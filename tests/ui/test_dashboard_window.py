"""The township dashboard as a cadre uses it: the campaign's figures on
tiles and charts, computed live, and every number opening the list behind
it (the ledger with the figure's filter, or the villages)."""

from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

from desktop.core.checklists import parse_template
from desktop.core.ledger_terms import (
    AcceptanceLevel as L,
    AcceptanceResult as AR,
    ActivityKind as K,
    CampaignStatus,
    PlanStatus,
    ProblemAspect,
    ProblemCategory,
    ProblemStatus as S,
)
from desktop.core.records import AdminUnit
from desktop.core.support import ActivityRecord
from desktop.core.terms import AdminLevel, TownshipKind, WarningColour
from desktop.services.settings import load_settings
from desktop.ui.dashboard_charts import fit_lines
from desktop.ui.dashboard_window import DashboardWindow
from desktop.ui.village_list_dialog import VillageListDialog
from tests.checklist_data import small
from tests.services.test_campaign import _problem
from tests.services.test_inspections import GOOD, _inspect, _village


@dataclass
class Campaign:
    township: str
    other_township: str
    a: str      # red, a draft plan, funds and a talk; one overdue problem, one solved
    b: str      # green, a training; one problem closed out and reopened
    c: str      # converted
    d: str      # in the other township; one open problem
    overdue: str
    solved: str
    reopened: str
    elsewhere: str


@pytest.fixture
def campaign(workspace, township, tmp_path):
    ws = workspace
    other = AdminUnit(id="00000000-0000-7000-8000-000000000002", row_version=0, level=AdminLevel.TOWNSHIP,
                      parent_id=None, code="513336101", name_zh="扎坝乡", name_bo="", kind=TownshipKind.TOWNSHIP)
    ws.units.create(other)
    other = ws.units.get(other.id)
    a, b, c = (_village(ws, township, name, code) for name, code in (("白依村", "513336100201"),
                                                                       ("扎村", "513336100202"),
                                                                       ("格村", "513336100203")))
    d = _village(ws, other, "亚卓村", "513336101201")
    photo = tmp_path / "整改照片.jpg"
    photo.write_bytes(b"\xff\xd8 photo" * 50)

    overdue, _ = ws.ledger.add(_problem(a, deadline=date(2026, 11, 1)))
    solved, _ = ws.ledger.add(_problem(a, category=ProblemCategory.STABILITY, aspect=ProblemAspect.E1))
    ws.ledger.move(solved, None, S.SOLVED, "已调解")
    reopened, _ = ws.ledger.add(_problem(b, category=ProblemCategory.DEVELOPMENT, aspect=ProblemAspect.C1))
    ws.ledger.move(reopened, None, S.SOLVED)
    ws.ledger.close_out(reopened, None, checker="乡党委 李书记", evidence=[photo])
    ws.ledger.move(reopened, None, S.REOPENED, "集体经济收入又下滑")
    elsewhere, _ = ws.ledger.add(_problem(d, category=ProblemCategory.LIVELIHOOD, aspect=ProblemAspect.D2,
                                          deadline=None))

    ws.plans.create(a)
    ws.support.add(ActivityRecord("", 0, a, K.FUNDS, on=date(2026, 10, 1), summary="修路", amount_yuan=200000,
                                  fund_source="县财政"))
    ws.support.add(ActivityRecord("", 0, a, K.TALK, on=date(2026, 10, 2), summary="与支书谈心", participants=1))
    ws.support.add(ActivityRecord("", 0, b, K.TRAINING, on=date(2026, 10, 3), summary="党员培训", participants=25))
    for level, day in ((L.TOWNSHIP, 10), (L.COUNTY_DEPARTMENT, 12), (L.COUNTY_COMMITTEE, 15)):
        ws.acceptance.record(c, level, AR.PASSED, date(2026, 11, day))

    template_id = ws.checklists.install(parse_template(small())).info.id
    _inspect(ws, template_id, a, "2026Q3", {**GOOD, "A1.1": 0, "A2.1": 1, "B1.1": 0}, photo)
    _inspect(ws, template_id, b, "2026Q3", GOOD, photo)
    return Campaign(township.id, other.id, a, b, c, d, overdue, solved, reopened, elsewhere)


@pytest.fixture
def dashboard(qtbot, workspace, campaign):
    w = DashboardWindow(workspace, "zh_CN")
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def _figure(w, key: str) -> str:
    return w.tiles.tile(key).figure


def _click(qtbot, widget, point=None):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=point if point is not None else widget.rect().center())


def _list_dialog(w) -> VillageListDialog:
    (dialog,) = [d for d in w.findChildren(VillageListDialog) if d.isVisible()]
    return dialog


def test_the_tiles_show_the_campaigns_figures(dashboard, campaign, workspace):
    w = dashboard
    assert w.ws.dashboard.figures().village_ids   # the window reads the workspace it was given
    figures = {k: _figure(w, k) for k in ("found", "solved", "open", "overdue", "reopened", "villages", "converted",
                                           "plans_approved", "talks", "trainings", "projects")}
    assert figures == {"found": "4", "solved": "1", "open": "3", "overdue": "1", "reopened": "1", "villages": "4",
                       "converted": "1", "plans_approved": "0", "talks": "1", "trainings": "1", "projects": "0"}
    number, words = w.tiles.yuan(200000)
    assert number == "20" and _figure(w, "funds") == words.format(amount="20")
    assert "25" in w.tiles.tile("trainings").detail.text()
    # The seeds' sentence, each number a link to its list.
    assert 'href="found"' in w.headline.text() and ">4<" in w.headline.text()
    cats = {f.category: (f.found, f.solved) for f in w.categories.figures}
    assert cats[ProblemCategory.STABILITY] == (1, 1) and cats[ProblemCategory.TEAM_BUILDING] == (1, 0)
    colours = {s.key: s.count for s in w.colours.segments}
    assert colours[WarningColour.RED] == 1 and colours[WarningColour.GREEN] == 1 and colours["none"] == 2
    plans = {s.key: s.count for s in w.plans.segments}
    assert plans[PlanStatus.DRAFT] == 1 and plans["none"] == 3
    statuses = {s.key: s.count for s in w.statuses.segments}
    assert statuses[CampaignStatus.CONVERTED] == 1 and statuses[CampaignStatus.UNDER_RECTIFICATION] == 3


def test_a_township_chosen_counts_its_villages_only(qtbot, dashboard, campaign):
    w = dashboard
    labels = [w.scope.itemText(i) for i in range(w.scope.count())]
    assert "白依乡" in labels and "扎坝乡" in labels
    w.scope.setCurrentIndex(w.scope.findData(campaign.township))
    assert (_figure(w, "found"), _figure(w, "villages"), _figure(w, "open")) == ("3", "3", "2")
    with qtbot.waitSignal(w.open_ledger) as signal:
        _click(qtbot, w.tiles.tile("found"))
    assert signal.args[0].village_ids == frozenset({campaign.a, campaign.b, campaign.c})
    w.set_scope(campaign.other_township)
    assert _figure(w, "found") == "1"


def test_a_problem_tile_opens_the_ledger_with_its_filter(qtbot, dashboard, campaign, workspace):
    w = dashboard
    index = workspace.ledger.index()
    for key, expected in (("overdue", [campaign.overdue]), ("solved", [campaign.solved]),
                          ("reopened", [campaign.reopened]), ("due_soon", [campaign.overdue])):
        with qtbot.waitSignal(w.open_ledger) as signal:
            _click(qtbot, w.tiles.tile(key))
        assert index.select(signal.args[0]) == expected, key
    assert set(index.select(w.dashboard.problem_filter(solved=False))) == {campaign.overdue, campaign.reopened,
                                                                            campaign.elsewhere}
    # Enter on a focused tile does what a click does.
    w.tiles.tile("open").setFocus()
    with qtbot.waitSignal(w.open_ledger) as signal:
        qtbot.keyClick(w.tiles.tile("open"), Qt.Key.Key_Return)
    assert len(index.select(signal.args[0])) == 3


def test_a_category_bar_and_a_status_segment_filter_the_ledger(qtbot, dashboard, campaign, workspace):
    w = dashboard
    index = workspace.ledger.index()
    chart = w.categories
    with qtbot.waitSignal(w.open_ledger) as signal:
        _click(qtbot, chart, chart.rect_of((ProblemCategory.STABILITY, True)).center().toPoint())
    f = signal.args[0]
    assert f.category is ProblemCategory.STABILITY and index.select(f) == [campaign.solved]
    with qtbot.waitSignal(w.open_ledger) as signal:
        _click(qtbot, chart, chart.rect_of((ProblemCategory.TEAM_BUILDING, False)).center().toPoint())
    assert index.select(signal.args[0]) == [campaign.overdue]
    assert "1" in chart.tip((ProblemCategory.TEAM_BUILDING, False))
    bar = w.problem_states
    with qtbot.waitSignal(w.open_ledger) as signal:
        _click(qtbot, bar, bar.rect_of(S.REOPENED).center().toPoint())
    assert index.select(signal.args[0]) == [campaign.reopened]


def test_a_colour_segment_lists_its_villages_and_opens_one(qtbot, dashboard, campaign):
    w = dashboard
    bar = w.colours
    _click(qtbot, bar, bar.rect_of(WarningColour.RED).center().toPoint())
    dialog = _list_dialog(w)
    assert dialog.shown_ids() == [campaign.a]
    assert dialog.table.item(0, 0).text() == "白依村" and dialog.table.item(0, 2).text() == "白依乡"
    assert dialog.table.item(0, 3).text() == CampaignStatus.UNDER_RECTIFICATION.label
    table = dialog.table
    rect = table.visualItemRect(table.item(0, 0))
    with qtbot.waitSignal(w.open_village) as signal:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [campaign.a]
    # Enter opens it too, and leaves the list open for the next one.
    with qtbot.waitSignal(w.open_village):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert dialog.isVisible()
    dialog.close()
    # "No warning yet" is a segment of its own.
    _click(qtbot, bar, bar.rect_of("none").center().toPoint())
    assert set(_list_dialog(w).shown_ids()) == {campaign.c, campaign.d}


def test_village_and_support_tiles_list_their_villages(qtbot, dashboard, campaign):
    w = dashboard
    for key, expected in (("converted", {campaign.c}), ("funds", {campaign.a}), ("trainings", {campaign.b}),
                          ("villages", {campaign.a, campaign.b, campaign.c, campaign.d})):
        _click(qtbot, w.tiles.tile(key))
        dialog = _list_dialog(w)
        assert set(dialog.shown_ids()) == expected, key
        assert w.tiles.tile(key).caption.text() in dialog.windowTitle()
        dialog.close()
    plans = w.plans
    _click(qtbot, plans, plans.rect_of(PlanStatus.DRAFT).center().toPoint())
    dialog = _list_dialog(w)
    assert dialog.shown_ids() == [campaign.a] and dialog.table.item(0, 5).text() == PlanStatus.DRAFT.label


def test_changes_made_elsewhere_recompute_once_and_not_while_hidden(qtbot, dashboard, campaign, workspace):
    w = dashboard
    _, cs = workspace.ledger.add(_problem(campaign.b, deadline=date(2026, 11, 25)))
    before = w.dashboard
    w.apply(cs)
    w.apply(cs)
    assert w.dashboard is before          # not yet: once, when the loop comes round
    qtbot.waitUntil(lambda: _figure(w, "found") == "5")
    assert _figure(w, "due_soon") == "2"
    w.hide()
    cs = workspace.ledger.move(campaign.overdue, None, S.SOLVED)
    w.apply(cs)
    qtbot.waitUntil(lambda: not w._timer.isActive())   # it fired, and computed nothing for a hidden window
    assert _figure(w, "solved") == "1"
    w.show()
    assert _figure(w, "solved") == "2"


def test_through_the_main_window_a_figure_opens_the_ledger_and_a_village_file(qtbot, workspace, campaign, languages):
    from desktop.ui.main_window import MainWindow

    main = MainWindow(workspace, languages, load_settings())
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    menu = main.campaign_menu
    main.campaign_menu.dashboard_action.trigger()
    w = menu.dashboard
    assert w is not None and w.isVisible()
    _click(qtbot, w.tiles.tile("overdue"))
    ledger = menu.ledger
    assert ledger is not None and ledger.isVisible()
    assert ledger.model.ids == [campaign.overdue]
    _click(qtbot, w.categories, w.categories.rect_of((ProblemCategory.STABILITY, True)).center().toPoint())
    assert menu.ledger is ledger and ledger.model.ids == [campaign.solved]
    # A change anywhere reaches the dashboard through the main window's hub.
    _, cs = workspace.ledger.add(_problem(campaign.c))
    main.push_change(cs, lambda: "add")
    qtbot.waitUntil(lambda: _figure(w, "found") == "5")
    _click(qtbot, w.tiles.tile("converted"))
    dialog = _list_dialog(w)
    dialog.table.setCurrentCell(0, 0)
    dialog.open_button.click()
    assert campaign.c in main.file_dialogs
    for d in list(main.file_dialogs.values()):
        d.discard_and_close()


def test_a_language_switch_relabels_the_dashboard(qtbot, dashboard, campaign, languages):
    w = dashboard
    _click(qtbot, w.tiles.tile("villages"))
    dialog = _list_dialog(w)
    languages.apply("bo_CN", remember=False)
    w.set_language("bo_CN")
    assert w.scope.itemText(w.scope.findData(campaign.township)).strip() == "པད་ཡུལ་ཤང་།"
    assert CampaignStatus.UNDER_RECTIFICATION.label in [dialog.table.item(r, 3).text()
                                                        for r in range(dialog.table.rowCount())]
    assert _figure(w, "found") == "4"


def test_long_labels_wrap_then_are_cut_with_the_whole_in_the_tooltip():
    m = QFontMetrics(QFont())
    long = "ཕྱོགས་ཡོངས་ནས་ཏང་ཁྲིམས་ཏང་སྒྲིག་ལ་བརྩི་སྲུང་བྱེད་པའི་ལམ་ལུགས་ཀྱི་ལག་བསྟར་" * 3
    text, cut = fit_lines(m, long, 120)
    assert cut and text != long
    assert m.boundingRect(0, 0, 120, 10000, int(Qt.TextFlag.TextWordWrap), text).height() <= 2 * m.height()
    assert fit_lines(m, "ཆབ་སྲིད།", 400) == ("ཆབ་སྲིད།", False)
