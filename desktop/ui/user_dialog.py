"""Adding an account, or changing one's name and roles (Users → Add user… /
Edit…). A new account gets a first password, typed twice, which the user
must replace at their first sign-in unless the box is cleared.

One person may hold several roles (a small office's secretary is often its
administrator too). What may not be done (removing the last administrator,
an administrator demoting themselves, a login already taken) the service
refuses, and its message is shown here.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import VillageDeskError
from desktop.ui.login_dialog import message_label, password_field
from desktop.ui.retranslate import Retranslating
from desktop.ui.form_dialog import FormDialog


class UserDialog(Retranslating, FormDialog):
    saved = Signal(object, str)   # the ChangeSet, the account's login

    def __init__(self, workspace, account=None, parent: QWidget | None = None) -> None:
        from desktop.core.access import Role

        super().__init__(parent)
        self.setObjectName("userDialog")
        self.ws = workspace
        self.account = account   # None: a new account
        self._message = None

        self.login = QLineEdit(self)
        self.login.setObjectName("userLogin")
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("userName")
        self.password = password_field(self, "userPassword")
        self.repeat = password_field(self, "userRepeat")
        self.must_change = QCheckBox(self)
        self.must_change.setObjectName("userMustChange")
        self.must_change.setChecked(True)
        self.labels = {key: QLabel(self) for key in ("login", "name", "password", "repeat")}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.labels["login"], self.login)
        form.addRow(self.labels["name"], self.display_name)
        self.roles_box = QGroupBox(self)
        self.roles_box.setObjectName("userRoles")
        roles_layout = QVBoxLayout(self.roles_box)
        self.role_boxes: dict = {}
        self.role_notes: dict = {}
        for role in Role:
            box = QCheckBox(self.roles_box)
            box.setObjectName(f"userRole_{role.value}")
            note = QLabel(self.roles_box)
            note.setWordWrap(True)
            note.setStyleSheet("color: #555555; margin-left: 22px;")
            roles_layout.addWidget(box)
            roles_layout.addWidget(note)
            self.role_boxes[role] = box
            self.role_notes[role] = note
        new_account = account is None
        if new_account:
            form.addRow(self.labels["password"], self.password)
            form.addRow(self.labels["repeat"], self.repeat)
            form.addRow("", self.must_change)
        else:
            for widget in (self.password, self.repeat, self.must_change, self.labels["password"],
                           self.labels["repeat"]):
                widget.hide()
            self.login.setText(account.login)
            self.login.setReadOnly(True)
            self.display_name.setText(account.display_name)
            for role, box in self.role_boxes.items():
                box.setChecked(role in account.roles)
        self.message = message_label(self, "userMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("userSave")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.roles_box)
        layout.addWidget(self.message)
        layout.addStretch()
        layout.addWidget(self.buttons)

        for field in (self.login, self.display_name, self.password, self.repeat):
            field.textChanged.connect(lambda _t: self._update())
        for box in self.role_boxes.values():
            box.toggled.connect(lambda _c: self._update())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self._update()
        self.resize(600, self.sizeHint().height())

    def roles(self) -> frozenset:
        return frozenset(role for role, box in self.role_boxes.items() if box.isChecked())

    def _update(self) -> None:
        ready = bool(self.login.text().strip()) and bool(self.display_name.text().strip()) and bool(self.roles())
        if self.account is None:
            ready = ready and bool(self.password.text()) and bool(self.repeat.text())
        self.ok_button.setEnabled(ready)

    def save(self):
        """Add or change the account; the ChangeSet, or None (the reason is shown)."""
        if not self.ok_button.isEnabled():
            return None
        name = self.display_name.text().strip()
        try:
            if self.account is None:
                if self.password.text() != self.repeat.text():
                    self._say(lambda: self.tr("The two passwords are not the same."))
                    self.repeat.clear()
                    self.repeat.setFocus()
                    return None
                changeset = self.ws.users.add(self.login.text().strip(), name, self.roles(), self.password.text(),
                                              must_change=self.must_change.isChecked())
            else:
                changeset = self.ws.users.edit(
                    self.account.id, self.account.row_version,
                    display_name=name if name != self.account.display_name else None,
                    roles=self.roles() if self.roles() != frozenset(self.account.roles) else None)
        except VillageDeskError as exc:
            self._say(lambda text=exc.message: text)
            return None
        self.saved.emit(changeset, self.login.text().strip())
        self.accept()
        return changeset

    def retranslate(self) -> None:
        from desktop.core.access import Role

        if self.account is None:
            self.setWindowTitle(self.tr("Add user"))
            self.ok_button.setText(self.tr("Add user"))
        else:
            self.setWindowTitle(self.tr("Edit user {login}").format(login=self.account.login))
            self.ok_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        for key, text in (("login", self.tr("Login")), ("name", self.tr("Full name")),
                          ("password", self.tr("First password")), ("repeat", self.tr("Password again"))):
            self.labels[key].setText(text)
        self.login.setPlaceholderText(self.tr("letters and digits, e.g. zhaxi"))
        self.must_change.setText(self.tr("Must choose their own password at the first sign-in"))
        self.roles_box.setTitle(self.tr("Roles"))
        notes = {
            Role.CLERK: self.tr("Enters and edits village files, people, inspections, problems, plan drafts "
                                "and the support log; imports rosters."),
            Role.SECRETARY: self.tr("What a clerk does, and submits plans, closes out problems, makes and "
                                    "imports bundles, resolves conflicts."),
            Role.REVIEWER: self.tr("The county: reviews, returns and approves plans, rates villages, records "
                                   "acceptance, sets the warning policy and templates."),
            Role.ADMIN: self.tr("Manages user accounts, settings, the installation and backups."),
        }
        for role, box in self.role_boxes.items():
            box.setText(role.label)
            self.role_notes[role].setText(notes.get(role, ""))
        if self._message:
            self._say(self._message)
