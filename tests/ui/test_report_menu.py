"""Where reports are asked for: the Reports menu, Settings → Report fonts…,
and the buttons of the village file, plan editor, ledger and dashboard."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.core.ledger_index import LedgerFilter
from desktop.ui.report_dialog import ReportDialog
from PySide6.QtCore import QCoreApplication

from desktop.ui.report_fonts_dialog import ReportFontsDialog
from desktop.ui.report_menu import ledger_options
from tests.ui.test_report_dialog import village_with_plan


def select_village(window, village_id: str) -> None:
    window.view.selectRow(window.model.row_of(village_id))


def test_the_reports_menu(qtbot, window):
    menu = window.report_menu
    def tr(text):  # the menu speaks the window's language
        return QCoreApplication.translate("ReportMenu", text)

    assert menu.menu.title() == tr("Re&ports") and menu.menu.menuAction() in window.menuBar().actions()
    assert [a.text() for a in menu.menu.actions() if not a.isSeparator()] == [tr(t) for t in (
        "Print plan form…", "Village dossier…", "Ledger report…", "Township summary…", "County overview…")]
    village_id = village_with_plan(window.ws)
    select_village(window, village_id)
    menu.dossier_action.trigger()
    dialog = menu.dialog
    assert dialog.isVisible() and dialog.current_kind() == "dossier" and dialog.scope.village_id == village_id
    dialog.reject()

    township = window.ws.units.townships()[0]
    window.filters.township.setCurrentIndex(window.filters.township.findData(township.id))
    menu.township_action.trigger()
    assert menu.dialog.current_kind() == "township" and menu.dialog.request().unit_id == township.id
    menu.dialog.reject()
    menu.county_action.trigger()
    assert menu.dialog.current_kind() == "county"
    menu.dialog.reject()


def test_settings_report_fonts(qtbot, window):
    assert window.report_menu.settings_menu.title() == QCoreApplication.translate("ReportMenu", "&Settings")
    window.report_menu.fonts_action.trigger()
    fonts = window.report_menu.fonts_dialog
    assert isinstance(fonts, ReportFontsDialog) and fonts.isVisible()
    assert fonts.settings is window.settings   # saved choices survive the window saving its settings
    fonts.reject()


def test_the_village_file_prints_its_plan_and_dossier(qtbot, window):
    village_id = village_with_plan(window.ws)
    file = window.open_village(village_id)
    qtbot.mouseClick(file.report_buttons["plan"], Qt.MouseButton.LeftButton)
    dialog = window.report_menu.dialog
    assert dialog.parentWidget() is file and dialog.preview_parent is window
    assert dialog.current_kind() == "plan" and dialog.scope.village_id == village_id
    dialog.reject()
    qtbot.mouseClick(file.report_buttons["dossier"], Qt.MouseButton.LeftButton)
    assert window.report_menu.dialog.current_kind() == "dossier"
    window.report_menu.dialog.reject()
    assert not window.new_village().report_buttons["plan"].isEnabled()   # nothing to print before it is saved


def test_the_plan_editor_prints_its_form(qtbot, window):
    village_id = village_with_plan(window.ws)
    editor = window.campaign_menu.open_village_plan(village_id)
    qtbot.mouseClick(editor.buttons["print"], Qt.MouseButton.LeftButton)
    dialog = window.report_menu.dialog
    assert isinstance(dialog, ReportDialog) and dialog.parentWidget() is editor
    assert dialog.current_kind() == "plan" and dialog.scope.village_id == village_id
    dialog.reject()


def test_the_ledger_prints_what_its_list_shows(qtbot, window, tmp_path):
    ledger = window.campaign_menu.open_ledger()
    ledger.filters.overdue.setChecked(True)
    qtbot.mouseClick(ledger.report_button, Qt.MouseButton.LeftButton)
    dialog = window.report_menu.dialog
    assert dialog.current_kind() == "ledger" and dialog.use_options.isVisible() and dialog.use_options.isChecked()
    assert dialog.request().options == {"overdue": True}
    dialog.use_options.setChecked(False)
    assert dialog.request().options == {}
    dialog.use_options.setChecked(True)
    dialog.temp_folder = tmp_path / "building"
    dialog.temp_folder.mkdir()
    with qtbot.waitSignal(dialog.built, timeout=60_000):
        qtbot.mouseClick(dialog.build_button, Qt.MouseButton.LeftButton)
    preview = dialog.preview
    assert preview.parentWidget() is window and preview.page_count() >= 1
    preview.close()
    assert list(dialog.temp_folder.iterdir()) == []


def test_ledger_options_are_the_filter_the_report_applies():
    from desktop.core.ledger_terms import ProblemAspect, ProblemSource, ProblemStatus
    from desktop.services.reports.ledger_report import ledger_filter

    shown = LedgerFilter(village_ids=frozenset({"a", "b"}), statuses=frozenset({ProblemStatus.OPEN,
                         ProblemStatus.REOPENED}), category=ProblemAspect.B3.category, aspect=ProblemAspect.B3,
                         source=ProblemSource.SUPERVISION, person="扎西", text="党员", overdue_only=True,
                         reopened_only=True)
    options = ledger_options(shown)
    assert ledger_filter(options, shown.village_ids) == shown
    assert ledger_filter(ledger_options(LedgerFilter()), None) == LedgerFilter()


def test_the_dashboard_prints_its_scope(qtbot, window):

    dashboard = window.campaign_menu.open_dashboard()
    township = window.ws.units.townships()[-1]
    dashboard.set_scope(township.id)
    qtbot.mouseClick(dashboard.report_buttons["township"], Qt.MouseButton.LeftButton)
    dialog = window.report_menu.dialog
    assert dialog.current_kind() == "township" and dialog.request().unit_id == township.id
    dialog.reject()
    qtbot.mouseClick(dashboard.report_buttons["county"], Qt.MouseButton.LeftButton)
    assert window.report_menu.dialog.current_kind() == "county"
    assert window.report_menu.dialog.request().unit_id == township.parent_id
    window.report_menu.dialog.reject()
