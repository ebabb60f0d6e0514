"""The Exchange menu: where it sits, its actions, the dialog each opens, the
open conflicts in its title, and a main window that works before anything
is set up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from desktop.services.settings import load_settings
from desktop.ui.main_window import MainWindow
from tests.ui.trust_data import copied_demo

ACTIONS = ("syncExport", "syncImport", "syncConflicts", "syncIdentity", "syncEnrol", "syncPeers", "syncSetup")


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncMenu", text)


@pytest.fixture
def demo(tmp_path):
    d = copied_demo(tmp_path / "demo")
    yield d
    d.close()


@pytest.fixture
def county_window(qtbot, demo, languages):
    w = MainWindow(demo.county, languages, load_settings())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_the_exchange_menu_follows_reports_with_its_actions(window):
    bar = [a.menu() for a in window.menuBar().actions()]
    assert bar.index(window.sync_menu.menu) == bar.index(window.report_menu.menu) + 1
    actions = [a for a in window.sync_menu.menu.actions()]
    names = [a.objectName() for a in actions if not a.isSeparator()]
    assert names == list(ACTIONS)
    assert actions[3].isSeparator()
    for name in ACTIONS:
        assert window.findChild(QAction, name).text()
    assert window.sync_menu.menu.title() == _tr("E&xchange")


def test_nothing_set_up_the_menu_still_opens_and_says_installations(window, qtbot):
    window.sync_menu.menu.aboutToShow.emit()    # as when the user opens it
    assert window.sync_menu.conflicts_action.text() == _tr("Conflicts…")
    assert window.sync_menu.peers_action.text() == _tr("Installations…")
    identity = _trigger(window, "syncIdentity")
    assert identity.objectName() == "identityDialog" and identity.isVisible()
    assert not identity.save_button.isEnabled() and identity.setup_button.isVisibleTo(identity)
    # Set up… closes it and opens the set-up dialog.
    identity.setup_button.click()
    assert window.sync_menu.dialogs["setup"].objectName() == "setupDialog"
    assert window.model.rowCount() == 60     # the village list as before


def _trigger(window, name: str):
    before = dict(window.sync_menu.dialogs)
    window.findChild(QAction, name).trigger()
    opened = [d for k, d in window.sync_menu.dialogs.items() if before.get(k) is not d]
    assert len(opened) == 1, name
    return opened[0]


def test_each_action_opens_its_screen(county_window, qtbot):
    expected = {"syncExport": "syncExportDialog", "syncImport": "syncImportDialog",
                "syncConflicts": "conflictWindow", "syncIdentity": "identityDialog", "syncEnrol": "enrolDialog",
                "syncPeers": "peersWindow", "syncSetup": "setupDialog"}
    for name, object_name in expected.items():
        shown = _trigger(county_window, name)
        assert shown.objectName() == object_name
        assert shown.isVisible()
        shown.close()
        qtbot.waitUntil(lambda s=shown: not s.isVisible())


def test_the_title_counts_open_conflicts_and_says_townships_in_county_mode(county_window, demo):
    menu = county_window.sync_menu
    menu.menu.aboutToShow.emit()
    assert menu.peers_action.text() == _tr("Townships…")
    assert menu.conflicts_action.text() == _tr("Conflicts…")
    demo.county.sync.import_bundle(demo.to_county)
    open_conflicts = len(demo.county.sync.conflicts())
    assert open_conflicts == 3
    menu.menu.aboutToShow.emit()
    assert menu.conflicts_action.text() == _tr("Conflicts ({count})…").format(count=3)


def test_peers_window_is_one_and_follows_an_enrolment(county_window, demo, tmp_path):
    from tests.ui.trust_data import new_installation

    peers = _trigger(county_window, "syncPeers")
    assert county_window.sync_menu.open_peers() is peers     # raised, not a second one
    assert peers.peers.rowCount() == 1
    laptop = new_installation(tmp_path, "513336199", "新乡", "ཤང་གསར་")
    path = laptop.sync.export_enrolment(tmp_path / "laptop.vdenrol")
    enrol = county_window.sync_menu.open_enrol()
    enrol.load_file(path)
    enrol.fingerprint.set_digits(laptop.sync.identity().fingerprint)
    enrol.enrol_button.click()
    assert peers.peers.rowCount() == 2
    laptop.close()
