"""Every password is lost: the recovery key opens the database, and an
administrator chooses a new password.

The 48 digits are typed from the recovery sheet; each group is checked as
its sixth digit comes in (the last digit of a group is a check digit), so
a slip is named group by group before anything is tried. Then the
encryption service opens the database with the key, sets the new password
of the administrator named here and signs them in
(services/encryption.open_with_recovery_key). A key that does not open the
database, or a login that is not an administrator's, gives the service's
message and changes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import VillageDeskError
from desktop.core.recovery_key import GROUPS, RecoveryKeyInvalid, parse
from desktop.ui.form_dialog import FormDialog
from desktop.ui.inspection_text import FAIL_COLOUR, MUTED_COLOUR, PASS_COLOUR
from desktop.ui.login_dialog import message_label, password_field
from desktop.ui.recovery_key_edit import RecoveryKeyEdit
from desktop.ui.retranslate import Retranslating


def _recovery_opener(target: Path, check) -> Callable[[str, str, str], object]:
    def open_(recovery_key: str, login: str, new_password: str):
        from desktop.services.encryption import open_with_recovery_key

        return open_with_recovery_key(target, recovery_key, login, new_password, check=check)

    return open_


class RecoveryDialog(Retranslating, FormDialog):
    opened = Signal(object)   # the Workspace, open, the administrator signed in with the new password
    damaged = Signal(object)  # the error: the key is right but the database cannot be read

    def __init__(self, target: Path | str, parent: QWidget | None = None, *, check=False,
                 open_with_recovery_key: Callable[[str, str, str], object] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.target = Path(target)
        self.open_with_recovery_key = open_with_recovery_key or _recovery_opener(self.target, check)
        self.workspace = None
        self._message = None

        self.heading = QLabel(self)
        self.heading.setObjectName("recoveryDialogHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setObjectName("recoveryDialogNote")
        self.note.setWordWrap(True)
        self.key = RecoveryKeyEdit(self)
        self.key_status = QLabel(self)
        self.key_status.setObjectName("recoveryKeyStatus")
        self.key_status.setWordWrap(True)
        self.login = QLineEdit(self)
        self.login.setObjectName("recoveryLogin")
        self.new = password_field(self, "recoveryNewPassword")
        self.repeat = password_field(self, "recoveryRepeat")
        self.labels = {key: QLabel(self) for key in ("key", "login", "new", "repeat")}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.labels["key"], self.key)
        form.addRow("", self.key_status)
        form.addRow(self.labels["login"], self.login)
        form.addRow(self.labels["new"], self.new)
        form.addRow(self.labels["repeat"], self.repeat)
        self.message = message_label(self, "recoveryMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.open_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.open_button.setObjectName("recoveryOpen")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("recoveryCancel")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch()
        layout.addWidget(self.buttons)

        self.key.digits_changed.connect(lambda _d: self._update())
        for field in (self.login, self.new, self.repeat):
            field.textChanged.connect(lambda _t: self._update())
        self.buttons.accepted.connect(self.open_database)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self._update()
        self.resize(max(640, self.key.minimumWidth() + 200), self.sizeHint().height())

    def _update(self) -> None:
        self._show_key_status()
        filled = self.key.is_complete() and not self.key.mistyped() and bool(self.login.text().strip())
        self.open_button.setEnabled(filled and bool(self.new.text()) and bool(self.repeat.text()))

    def _show_key_status(self) -> None:
        typed = len(self.key.digits())
        mistyped = self.key.mistyped()
        if mistyped:
            text = (self.tr("Group {number} is mistyped: check its 6 digits against the sheet.").format(
                number=mistyped[0]) if len(mistyped) == 1 else
                self.tr("Groups {numbers} are mistyped: check them against the sheet.").format(
                numbers=", ".join(str(n) for n in mistyped)))
            colour = FAIL_COLOUR
        elif self.key.is_complete():
            text, colour = self.tr("All 8 groups are typed correctly."), PASS_COLOUR
        else:
            text = self.tr("{done} of {groups} groups typed.").format(done=typed // 6, groups=GROUPS)
            colour = MUTED_COLOUR
        self.key_status.setText(text)
        self.key_status.setStyleSheet(f"color: {colour};")

    def open_database(self):
        """Open with the key typed and set the administrator's new password;
        the workspace, or None (the reason is shown)."""
        if not self.open_button.isEnabled():
            return None
        try:
            digits = parse(self.key.text())
        except RecoveryKeyInvalid as exc:
            self._say(lambda text=exc.message: text)
            self.key.setFocus()
            return None
        if self.new.text() != self.repeat.text():
            self._say(lambda: self.tr("The two passwords are not the same."))
            self.repeat.clear()
            self.repeat.setFocus()
            return None
        try:
            workspace = self.open_with_recovery_key(digits, self.login.text().strip(), self.new.text())
        except VillageDeskError as exc:
            if getattr(exc, "damaged", False):
                self.damaged.emit(exc)
                self.reject()
                return None
            self._say(lambda text=exc.message: text)
            return None
        self.workspace = workspace
        self.opened.emit(workspace)
        self.accept()
        return workspace

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Open with the recovery key — VillageDesk"))
        self.heading.setText(self.tr("Open with the recovery key"))
        self.note.setText(self.tr(
            "Type the 48 digits of the recovery sheet printed when the database {name} was encrypted. Then name "
            "an administrator's login and choose a new password for it: you are signed in with it, and the "
            "administrator can reset everyone else's password.").format(name=self.target.name))
        for key, text in (("key", self.tr("Recovery key")), ("login", self.tr("Administrator's login")),
                          ("new", self.tr("New password")), ("repeat", self.tr("New password again"))):
            self.labels[key].setText(text)
        self.open_button.setText(self.tr("Open the database"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._show_key_status()
        if self._message:
            self._say(self._message)
