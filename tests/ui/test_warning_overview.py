"""The warning overview, driven as a cadre drives it: pick a township, read
the colours and what changed, click a village for its trend, double-click
a cell to open its inspection. Data made through the services."""

import sys

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from desktop.core.inspection_terms import PeriodKind
from desktop.core.scoring import Answer
from desktop.core.terms import WarningColour
from desktop.core.warnings import WarningPolicy
from desktop.ui.trend_chart import TrendChart
from desktop.core.periods import period_label
from desktop.ui.warning_grid_model import COLOUR_ROLE, FILLS, INSPECTION_ROLE, STRONG, VILLAGE_ROLE, WarningGridModel
from desktop.ui.warning_overview import WarningOverview, preview_overview
from tests.ui.warning_data import GREEN, PERIODS, VILLAGES, make_county

R, Y, G = WarningColour.RED, WarningColour.YELLOW, WarningColour.GREEN


@pytest.fixture
def county(workspace):
    return make_county(workspace)


@pytest.fixture
def overview(qtbot, workspace, county, languages):
    w = WarningOverview(workspace, languages.language)
    qtbot.addWidget(w)
    w.resize(1200, 700)
    w.show()
    qtbot.waitExposed(w)
    return w


def _pick_township(overview, township):
    overview.township.setCurrentIndex(overview.township.findText(township.name_zh))


def _cell_centre(view, row, column) -> QPoint:
    return view.visualRect(view.model().index(row, column)).center()


def _row(overview, county, key):
    return overview.model.row_of(county.villages[key])


def test_all_townships_then_one(overview, county, workspace):
    model = overview.model
    assert overview.township.currentData() is None and overview.township.count() == 3
    assert model.rowCount() == 6 and model.periods == list(PERIODS)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [period_label(p) for p in PERIODS]
    # Township by township.
    names = [model.headerData(r, Qt.Orientation.Vertical) for r in range(6)]
    assert set(names[:4]) == {v[1] for v in VILLAGES.values() if v[0] == 0}
    assert set(names[4:]) == {v[1] for v in VILLAGES.values() if v[0] == 1}

    _pick_township(overview, county.townships[0])
    assert model.rowCount() == 4
    assert {model.headerData(r, Qt.Orientation.Vertical) for r in range(4)} == {"扎西村", "多吉村", "珠巴村", "卓玛村"}
    dorje = _row(overview, county, "dorje")
    q3 = model.index(dorje, 2)
    assert q3.data() == "28" and q3.data(COLOUR_ROLE) == "red"
    assert q3.data(Qt.ItemDataRole.BackgroundRole).color() == QColor(FILLS[R])
    assert q3.data(INSPECTION_ROLE) == county.inspections[("dorje", "2026Q3")]
    assert q3.data(VILLAGE_ROLE) == county.villages["dorje"]
    tip = q3.data(Qt.ItemDataRole.ToolTipRole)
    assert "多吉村" in tip and "红色" in tip and "28" in tip and period_label("2026Q3") in tip
    assert model.index(dorje, 0).data() == "72" and model.index(dorje, 0).data(COLOUR_ROLE) == "yellow"
    empty = model.index(_row(overview, county, "drolma"), 2)
    assert empty.data() == "" and empty.data(INSPECTION_ROLE) == "" and empty.data(Qt.ItemDataRole.BackgroundRole) is None


def test_summary_counts_the_latest_period_and_says_what_changed(overview, county, workspace):
    _pick_township(overview, county.townships[0])
    ids = [county.villages[k] for k in ("tashi", "dorje", "sgrub", "drolma")]
    shifts = workspace.warnings.shifts("2026Q3", ids)
    assert [(s.before, s.after, s.villages) for s in shifts] == [(Y, R, 2), (G, Y, 1)]   # worse moves first
    assert overview.shift_sentences == [s.sentence() for s in shifts]
    text = overview.summary.text()
    assert "红色：2 个村" in text and "黄色：1 个村" in text and "绿色：0 个村" in text
    first = shifts[0].sentence()
    assert "2" in first and "黄色" in first and "红色" in first
    assert text.index(first) < text.index(shifts[1].sentence())
    assert f'color:{STRONG[R]};font-weight:600;">{first}' in text      # a worse move is red

    _pick_township(overview, county.townships[1])
    better = workspace.warnings.shifts("2026Q3", [county.villages["kyid"], county.villages["yangchen"]])
    assert [(s.before, s.after) for s in better] == [(R, G)]
    assert overview.shift_sentences == [better[0].sentence()] and "#1e7e34" in overview.summary.text()


def test_click_a_cell_for_the_trend_double_click_for_the_inspection(qtbot, overview, county, workspace):
    _pick_township(overview, county.townships[0])
    view = overview.view
    row = _row(overview, county, "dorje")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_cell_centre(view, row, 2))
    assert overview.selected_village == county.villages["dorje"]
    assert "多吉村" in overview.village_title.text()
    assert overview.chart.points == workspace.warnings.trend(county.villages["dorje"])
    assert [c for _, _, c in overview.chart.points] == [Y, Y, R]
    assert overview.rate_button.isEnabled()

    # A double-click is a click and a second press on the same cell.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_cell_centre(view, row, 1))
    with qtbot.waitSignal(overview.open_inspection) as opened:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_cell_centre(view, row, 1))
    assert opened.args == [county.inspections[("dorje", "2026Q2")]]


def test_enter_on_a_cell_without_inspection_opens_the_village(qtbot, overview, county):
    _pick_township(overview, county.townships[0])
    view = overview.view
    row = _row(overview, county, "drolma")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_cell_centre(view, row, 2))
    with qtbot.waitSignal(overview.open_village) as opened, qtbot.assertNotEmitted(overview.open_inspection):
        QTest.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [county.villages["drolma"]]
    # With an inspection, Enter opens it.
    QTest.keyClick(view, Qt.Key.Key_Left)
    with qtbot.waitSignal(overview.open_inspection) as opened:
        QTest.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [county.inspections[("drolma", "2026Q2")]]


def test_period_kind_and_number_of_periods(qtbot, overview, county):
    overview.count.setValue(2)
    assert overview.model.periods == ["2026Q2", "2026Q3"]
    overview.kind.setCurrentIndex(overview.kind.findData(PeriodKind.HALF_MONTH.value))
    assert overview.model.columnCount() == 0 and overview.model.rowCount() == 6
    assert overview.shift_sentences == [] and overview.summary.text()
    overview.kind.setCurrentIndex(0)
    overview.count.setValue(8)
    assert overview.model.periods == list(PERIODS)


def test_sort_worst_first_by_clicking_a_period(qtbot, overview, county):
    header = overview.view.horizontalHeader()
    centre = QPoint(header.sectionViewportPosition(2) + header.sectionSize(2) // 2, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    model = overview.model
    colours = [model.index(r, 2).data(COLOUR_ROLE) for r in range(model.rowCount())]
    assert colours == ["red", "red", "yellow", "yellow", "green", ""]
    assert model.village_at(5) == county.villages["drolma"]     # no warning: at the bottom
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=centre)   # again: best first
    colours = [model.index(r, 2).data(COLOUR_ROLE) for r in range(model.rowCount())]
    assert colours == ["green", "yellow", "yellow", "red", "red", ""]
    _pick_township(overview, county.townships[0])              # a new load keeps the order shown
    assert [model.index(r, 2).data(COLOUR_ROLE) for r in range(4)] == ["yellow", "red", "red", ""]


def test_refreshes_from_a_change_set(qtbot, overview, county, workspace):
    _pick_township(overview, county.townships[0])
    overview.select_village(county.villages["drolma"])
    ws = workspace
    f, _ = ws.inspections.start(county.villages["drolma"], county.template_id, "2026Q3")
    ws.inspections.save(f, {c: Answer(c, float(v), False, "") for c, v in GREEN.items()})
    changeset = ws.inspections.finalise(ws.inspections.open(f.inspection.id))
    assert overview.apply(changeset)
    cell = overview.model.index(_row(overview, county, "drolma"), 2)
    assert cell.data() == "88" and cell.data(COLOUR_ROLE) == "green"
    assert any("红色" in s and "绿色" in s for s in overview.shift_sentences)
    assert overview.selected_village == county.villages["drolma"]     # the selection stays
    assert [c for _, _, c in overview.chart.points] == [R, R, G]

    policy = ws.warnings.set_policy(county.county.id, WarningPolicy(50, 90))
    assert not overview.apply(policy)
    assert "50" in overview.policy_note.text() and "90" in overview.policy_note.text()


def test_in_tibetan(qtbot, workspace, county, languages):
    languages.apply("bo_CN", remember=False)
    w = WarningOverview(workspace, "bo_CN")
    qtbot.addWidget(w)
    w.show()
    model = w.model
    names = {model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())}
    assert names == {v[2] for v in VILLAGES.values()}
    assert w.township.findText("པད་ཡུལ་ཤང་།") > 0
    w.township.setCurrentIndex(w.township.findText("པད་ཡུལ་ཤང་།"))
    row = model.row_of(county.villages["dorje"])
    tip = model.index(row, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert "རྡོ་རྗེ་གྲོང་ཚོ།" in tip and "དམར་པོ།" in tip
    assert "དམར་པོ།" in w.summary.text() and any("དམར་པོ་ལ་འགྱུར།" in s or "དམར་པོ་ནས་" in s for s in w.shift_sentences)
    assert w.kind.currentText() and w.township.itemText(0)
    w.select_village(county.villages["dorje"])
    assert "རྡོ་རྗེ་གྲོང་ཚོ།" in w.village_title.text()


def test_switching_language_live(qtbot, overview, county, languages):
    overview.select_village(county.villages["kyid"])
    languages.apply("bo_CN", remember=False)
    overview.set_language("bo_CN")
    row = overview.model.row_of(county.villages["kyid"])
    assert overview.model.headerData(row, Qt.Orientation.Vertical) == "སྐྱིད་གྲོང་ཚོ།"
    assert "སྐྱིད་གྲོང་ཚོ།" in overview.village_title.text()
    assert overview.township.findText("ཧོ་ཕོ་ཤང་།") > 0


def test_trend_chart_with_none_one_and_many_points(qtbot, languages):
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(chart.sizeHint())
    assert chart.sizeHint().width() >= 300 and chart.sizeHint().height() >= 200
    chart.set_empty_text("暂无得分")
    assert not chart.grab().isNull()
    chart.set_trend([("2026Q3", 45.0, R)])
    image = chart.grab().toImage()
    assert not image.isNull() and chart.point_near(*_point(chart, 0)) == 0
    many = [(f"20{y}Q{q}", float(30 + 3 * i), R if 30 + 3 * i < 60 else Y) for i, (y, q) in
            enumerate((y, q) for y in range(20, 27) for q in range(1, 5))]
    chart.set_trend(many, WarningPolicy())
    assert chart.labels == [period_label(p) for p, _, _ in many]
    assert not chart.grab().isNull()
    i = chart.point_near(*_point(chart, 5))
    assert i == 5 and chart.point_text(i).startswith(period_label("2021Q2")) and "45" in chart.point_text(i)
    assert "红色" in chart.point_text(i)


def _point(chart, i):
    plot = chart._layout()[0]
    return chart._x(plot, i), chart._y(plot, chart.points[i][1])


def test_trend_bands_follow_the_policy(qtbot):
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(400, 260)
    chart.set_trend([("2026Q2", 70.0, Y), ("2026Q3", 50.0, R)], WarningPolicy())
    plot = chart._layout()[0]
    x, low = int(plot.left() + 5), int(chart._y(plot, 10))
    red_band = chart.grab().toImage().pixelColor(x, low)
    assert red_band.red() > red_band.green() + 20            # a red wash under 60
    chart.set_trend(chart.points, WarningPolicy(by_quota=True))
    plain = chart.grab().toImage().pixelColor(x, low)
    assert abs(plain.red() - plain.green()) < 10              # by quota: no score bands


@pytest.mark.parametrize("language", ["zh_CN", "bo_CN"])
def test_preview(qtbot, workspace, county, languages, language):
    languages.apply(language, remember=False)
    w = preview_overview(workspace, language)
    qtbot.addWidget(w)
    assert w.selected_village is not None and w.model.rowCount() == 6


def test_grid_model_keeps_none_alive(qapp, workspace, county):
    model = WarningGridModel(workspace)
    model.load(list(county.villages.values()), list(PERIODS))
    index = model.index(3, 2)
    before = sys.getrefcount(None)
    for role in range(400):
        index.data(role % 64)
        model.headerData(role % 6, Qt.Orientation.Vertical, role % 64)
    assert sys.getrefcount(None) >= before - 5
