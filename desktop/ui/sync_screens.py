"""The exchange's screens to look at (`python -m desktop.ui.preview
syncimport|syncexport|conflicts` and the screenshots), over a county and a
township that have exchanged and both worked since (`exchange_demo`, in a
temporary folder): the county checking the township's bundle, making one
for it, and the conflicts left once it imported it."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication


def _demo():
    from desktop.services.sync.demo import exchange_demo

    return exchange_demo(Path(tempfile.mkdtemp(prefix="villagedesk-exchange-")), villages=12, conflicts=3)


def _wait(dialog) -> None:
    app = QApplication.instance()
    while dialog.task is not None:
        app.processEvents()


def preview_import(window, language: str):
    """Import bundle… with the township's bundle checked, ready to import."""
    from desktop.ui.sync_import_dialog import SyncImportDialog

    demo = _demo()
    dialog = SyncImportDialog(demo.county, language, window, path=demo.to_county)
    dialog.destroyed.connect(lambda *_a: demo.close())
    dialog.resize(980, 700)
    _wait(dialog)
    return dialog


def preview_export(window, language: str):
    """Make bundle… for the county's township."""
    from desktop.ui.sync_export_dialog import SyncExportDialog

    demo = _demo()
    dialog = SyncExportDialog(demo.county, language, window)
    dialog.destroyed.connect(lambda *_a: demo.close())
    dialog.path.setText(str(demo.to_county.parent / dialog.default_name(dialog.current_peer())))
    return dialog


def preview_conflicts(window, language: str):
    """The conflicts the township's bundle left in the county, the first compared."""
    from PySide6.QtCore import Qt

    from desktop.ui.conflict_window import ConflictWindow

    demo = _demo()
    demo.county.sync.import_bundle(demo.to_county)
    shown = ConflictWindow(demo.county, language, window)
    shown.setWindowFlag(Qt.WindowType.Window)
    shown.destroyed.connect(lambda *_a: demo.close())
    shown.resize(1100, 760)
    shown.select_row(0)
    return shown
