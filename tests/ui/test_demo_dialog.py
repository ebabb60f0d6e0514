"""Help → Fill with demo data: the work runs off the GUI thread, shows
progress, and Cancel leaves nothing behind."""

from PySide6.QtCore import Qt

from desktop.ui.demo_dialog import DemoDialog
from tests.ui.conftest import message_box


def _window(qtbot, workspace, languages):
    from desktop.services.settings import load_settings
    from desktop.ui.main_window import MainWindow

    w = MainWindow(workspace, languages, load_settings())
    qtbot.addWidget(w)
    w.show()
    return w


def test_fill_an_empty_database(qtbot, workspace, languages):
    window = _window(qtbot, workspace, languages)
    assert window.model.rowCount() == 0
    dialog = window.fill_demo()
    assert not dialog.force.isVisible()
    dialog.villages.setValue(25)
    with qtbot.waitSignal(dialog.filled, timeout=60_000) as done:
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert done.args[0].villages == 25
    qtbot.waitUntil(lambda: window.model.rowCount() == 25)
    assert window.count_label.text() == "共 25 个村"
    assert window.filters.township.count() == 2   # "all" and the one township made


def test_a_database_with_data_needs_consent(qtbot, demo_workspace, languages):
    window = _window(qtbot, demo_workspace, languages)
    dialog = DemoDialog(demo_workspace, window)
    dialog.show()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert dialog.force.isVisible() and not ok.isEnabled()
    dialog.force.setChecked(True)
    assert ok.isEnabled()


def test_cancel_writes_nothing(qtbot, workspace, languages):
    window = _window(qtbot, workspace, languages)
    dialog = window.fill_demo()
    dialog.villages.setValue(200_000)
    with qtbot.waitSignal(dialog.finished, timeout=120_000):
        dialog.start()
        dialog.task.cancel()
    box = message_box(window, "errorBox")
    assert box is not None and box.text() == "已取消，未写入任何内容。"
    assert not workspace.has_data()
    assert window.model.rowCount() == 0
