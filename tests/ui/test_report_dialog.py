"""Reports → a report: choose it, build it off the GUI thread, see the
preview; Cancel leaves no file; missing fonts lead to the fonts page."""

from __future__ import annotations

import pypdf
import pytest
import shiboken6
from PySide6.QtCore import Qt

from desktop.core.query import VillageQuery
from desktop.services.settings import load_settings, save_settings
from desktop.ui.report_dialog import ReportDialog
from desktop.ui.report_preview import ReportPreview


def village_with_plan(ws) -> str:
    return next(v for v in ws.villages.search(VillageQuery()) if ws.plans.current(v) is not None)


@pytest.fixture
def make_dialog(qtbot, demo_workspace, tmp_path):
    made = []

    def make(kind="plan", village_id=None, unit_id=None, language="zh_CN") -> ReportDialog:
        dialog = ReportDialog(demo_workspace, language, load_settings(), None, kind, village_id, unit_id)
        dialog.temp_folder = tmp_path / "building"
        dialog.temp_folder.mkdir(exist_ok=True)
        qtbot.addWidget(dialog)
        dialog.show()
        made.append(dialog)
        return dialog

    yield make
    for dialog in made:
        if shiboken6.isValid(dialog) and dialog.preview is not None and shiboken6.isValid(dialog.preview):
            dialog.preview.close()


def build_and_wait(qtbot, dialog: ReportDialog) -> ReportPreview:
    qtbot.mouseClick(dialog.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None or dialog.message.isVisible(), timeout=60_000)
    assert dialog.preview is not None, dialog.message.text()
    qtbot.waitUntil(lambda: dialog.result() == ReportDialog.DialogCode.Accepted)
    return dialog.preview


def test_build_a_plan_form_and_preview_it(qtbot, make_dialog, demo_workspace):
    village_id = village_with_plan(demo_workspace)
    dialog = make_dialog("plan", village_id)
    zh = demo_workspace.villages.names([village_id])[village_id][0]
    assert zh in dialog.scope.village.text()
    qtbot.mouseClick(dialog.language_button("both"), Qt.MouseButton.LeftButton)
    assert dialog.request().language == "both" and dialog.request().village_id == village_id

    preview = build_and_wait(qtbot, dialog)
    path = preview.path
    assert path.parent == dialog.temp_folder
    reader = pypdf.PdfReader(str(path))
    assert preview.page_count() == len(reader.pages) >= 1
    assert zh in reader.pages[0].extract_text()
    assert preview.page_label.text() == f"Page 1 of {len(reader.pages)}"
    assert zh in preview.windowTitle() and zh in preview.file_name
    assert not dialog.isVisible()
    assert ReportDialog.last_language == "both"   # the next report starts in the same language

    preview.close()
    assert not path.exists()
    assert list(dialog.temp_folder.iterdir()) == []


def test_cancel_during_the_build_leaves_no_file(qtbot, make_dialog, demo_workspace):
    dialog = make_dialog("dossier", village_with_plan(demo_workspace))
    task = dialog.build()
    assert not dialog.build_button.isEnabled()
    with qtbot.waitSignal(task.finished, timeout=60_000):
        task.cancel()
    assert dialog.preview is None
    assert dialog.message.text() == "Cancelled. No report was made."
    assert dialog.isVisible() and dialog.build_button.isEnabled()
    assert list(dialog.temp_folder.iterdir()) == []


def test_a_village_report_needs_a_village(qtbot, make_dialog, demo_workspace):
    dialog = make_dialog("plan")
    assert not dialog.build_button.isEnabled()
    assert dialog.scope.village.text() == "No village chosen yet"
    village_id = village_with_plan(demo_workspace)
    zh, _bo = demo_workspace.villages.names([village_id])[village_id]
    picker = dialog.scope.pick_village()
    picker.text.setText(zh)
    qtbot.waitUntil(lambda: picker.results.count() >= 1)
    picker.accept()
    assert dialog.scope.village_id == village_id
    assert dialog.build_button.isEnabled()


def test_unit_reports_offer_their_units(qtbot, make_dialog, demo_workspace):
    townships = demo_workspace.units.townships()
    dialog = make_dialog("ledger")
    unit = dialog.scope.unit
    assert dialog.scope.currentIndex() == 1 and unit.isVisible()
    assert unit.itemData(0) is None and unit.count() == 1 + len(demo_workspace.units.counties()) + len(townships)
    assert dialog.build_button.isEnabled()    # all villages
    dialog.set_kind("township")
    assert sorted(unit.itemData(i) for i in range(unit.count())) == sorted(t.id for t in townships)
    assert dialog.request().unit_id == unit.itemData(0)
    dialog.set_kind("county")
    assert all(unit.itemData(i) not in {t.id for t in townships} for i in range(unit.count()))

    chosen = make_dialog("township", unit_id=townships[-1].id)
    assert chosen.request().unit_id == townships[-1].id


def test_missing_fonts_are_said_with_a_way_to_the_fonts_page(qtbot, make_dialog, demo_workspace, tmp_path):
    settings = load_settings()
    settings.report_fonts = {"tibetan": str(tmp_path / "gone.ttf")}
    save_settings(settings)
    dialog = make_dialog("plan", village_with_plan(demo_workspace))
    task = dialog.build()
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    assert dialog.preview is None
    assert "gone.ttf" in dialog.message.text() and "Report fonts" in dialog.message.text()
    assert dialog.fonts_button.isVisible()
    assert list(dialog.temp_folder.iterdir()) == []

    qtbot.mouseClick(dialog.fonts_button, Qt.MouseButton.LeftButton)
    fonts = dialog.fonts_dialog
    assert fonts.isVisible()
    assert "gone.ttf" in fonts.message.text()
    qtbot.mouseClick(fonts.rows["tibetan"].system_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(fonts.buttons.button(fonts.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert load_settings().report_fonts == {}
    assert dialog.message.text() == "Fonts saved. Build the report again."
    build_and_wait(qtbot, dialog)
