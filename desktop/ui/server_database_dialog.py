"""File → Open a server database…: a hub's PostgreSQL database, named by
its URL (postgresql://USER@HOST/DATABASE), the way `--db` takes it.

The dialog only asks; `open_server_database` hands the URL to the main
window's switch (the same as opening a file: sign-in, upgrade notice).
A server that cannot be used keeps the dialog open with the reason, and
the database open until then stays open. The password is not asked:
libpq reads it from PGPASSWORD or ~/.pgpass, and the settings remember the
URL without it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.core.errors import VillageDeskError
from desktop.services.workspace import Workspace
from desktop.ui.form_dialog import FormDialog
from desktop.ui.retranslate import Retranslating

EXAMPLE = "postgresql://reviewer@db.example/ganzi"


class ServerDatabaseDialog(Retranslating, FormDialog):
    def __init__(self, start: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverDatabaseDialog")
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.url = QLineEdit(self)
        self.url.setObjectName("serverUrl")
        self.url.setPlaceholderText(EXAMPLE)
        self.url.setText(start)
        self.url.setMinimumWidth(self.fontMetrics().horizontalAdvance(EXAMPLE) * 3 // 2)
        self.message = QLabel(self)
        self.message.setObjectName("serverMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e")
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.url)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.url.textChanged.connect(self._update)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Open a server database"))
        self.note.setText(self.tr(
            "A hub's database on a PostgreSQL server, as postgresql://USER@HOST/DATABASE (add :PORT after the host "
            "if it is not 5432). The password is taken from PGPASSWORD or the file .pgpass in your home folder; "
            "ask the server's administrator for them."))
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setText(self.tr("Open"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        if self._message is not None:
            self._say(self._message)

    def target(self) -> str:
        return self.url.text().strip()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled("://" in self.target())

    def _accept(self) -> None:
        if "://" in self.target():
            self.accept()

    def refuse(self, reason: str) -> None:
        """Say why the server could not be opened; the dialog stays for another try."""
        self._say(lambda: reason)


def open_server_database(window) -> bool:
    """Ask for a server database and show it in the window; False if the
    user cancelled. A server that cannot be used is said in the dialog,
    which stays for another try."""
    last = window.settings.last_database or ""
    dialog = ServerDatabaseDialog(last if "://" in last else "", window)
    try:
        while dialog.exec() == ServerDatabaseDialog.DialogCode.Accepted:
            try:
                workspace = Workspace.open(dialog.target(), window.ws.actor)
            except VillageDeskError as exc:
                dialog.refuse(exc.message)
                continue
            return window.adopt_database(workspace, dialog.target())
        return False
    finally:
        dialog.deleteLater()


def preview_server_database(window, language: str):
    """The dialog after a server that could not be reached (for a look:
    python -m desktop.ui.preview serverdb --lang bo_CN)."""
    dialog = ServerDatabaseDialog("postgresql://reviewer@10.20.1.5/ganzi", window)
    try:
        Workspace.open("postgresql://reviewer@127.0.0.1:1/ganzi")
    except VillageDeskError as exc:
        dialog.refuse(exc.message)
    return dialog
