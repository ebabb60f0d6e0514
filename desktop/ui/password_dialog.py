"""A password: changing one's own (Account → Change password…, or required
at sign-in after an administrator set it), or an administrator resetting
someone else's (Users → Reset password…: they choose their own at their
next sign-in).

The new password is typed twice; the policy is the service's and its
message is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import VillageDeskError
from desktop.ui.login_dialog import message_label, password_field
from desktop.ui.retranslate import Retranslating
from desktop.ui.form_dialog import FormDialog

CHANGE, FORCED, RESET = "change", "forced", "reset"


class PasswordDialog(Retranslating, FormDialog):
    changed = Signal(object)   # the ChangeSet

    def __init__(self, workspace, mode: str = CHANGE, account=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.ws = workspace
        self.mode = mode
        self.account = account   # the UserAccount whose password is reset
        self._message = None

        self.note = QLabel(self)
        self.note.setObjectName("passwordNote")
        self.note.setWordWrap(True)
        self.old = password_field(self, "passwordOld")
        self.new = password_field(self, "passwordNew")
        self.repeat = password_field(self, "passwordRepeat")
        self.labels = {key: QLabel(self) for key in ("old", "new", "repeat")}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if mode != RESET:
            form.addRow(self.labels["old"], self.old)
        else:
            self.old.hide()
            self.labels["old"].hide()
        form.addRow(self.labels["new"], self.new)
        form.addRow(self.labels["repeat"], self.repeat)
        self.rules = QLabel(self)
        self.rules.setWordWrap(True)
        self.rules.setStyleSheet("color: #555555;")
        self.message = message_label(self, "passwordMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("passwordOk")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("passwordCancel")
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.rules)
        layout.addWidget(self.message)
        layout.addStretch()
        layout.addWidget(self.buttons)

        for field in (self.old, self.new, self.repeat):
            field.textChanged.connect(lambda _t: self._update())
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self._update()
        self.resize(520, self.sizeHint().height())

    def _update(self) -> None:
        ready = bool(self.new.text()) and bool(self.repeat.text()) and (self.mode == RESET or bool(self.old.text()))
        self.ok_button.setEnabled(ready)

    def apply(self):
        """Set the new password; the ChangeSet, or None (the reason is shown)."""
        if not self.ok_button.isEnabled():
            return None
        if self.new.text() != self.repeat.text():
            self._say(lambda: self.tr("The two new passwords are not the same."))
            self.repeat.clear()
            self.repeat.setFocus()
            return None
        try:
            if self.mode == RESET:
                changeset = self.ws.users.reset_password(self.account.id, self.new.text())
            else:
                changeset = self.ws.users.change_own_password(self.old.text(), self.new.text())
        except VillageDeskError as exc:
            self._say(lambda text=exc.message: text)
            return None
        self.changed.emit(changeset)
        self.accept()
        return changeset

    def retranslate(self) -> None:
        if self.mode == RESET:
            name = self.account.display_name or self.account.login
            self.setWindowTitle(self.tr("Reset password"))
            self.note.setText(self.tr(
                "A new password for {name} ({login}). Tell it to them in person: they must choose their own "
                "when they next sign in.").format(name=name, login=self.account.login))
            self.ok_button.setText(self.tr("Reset password"))
        else:
            self.setWindowTitle(self.tr("Change password"))
            if self.mode == FORCED:
                self.note.setText(self.tr(
                    "An administrator set your password. Choose your own before you go on: no one else "
                    "should know it."))
            else:
                self.note.setText(self.tr("Type your current password, then the new one twice."))
            self.ok_button.setText(self.tr("Change password"))
        self.note.setVisible(bool(self.note.text()))
        self.labels["old"].setText(self.tr("Current password"))
        self.labels["new"].setText(self.tr("New password"))
        self.labels["repeat"].setText(self.tr("New password again"))
        self.rules.setText(self.tr("At least 8 characters, not the login, not one character repeated."))
        self.cancel_button.setText(self.tr("Sign out") if self.mode == FORCED else self.tr("Cancel"))
        if self._message:
            self._say(self._message)
