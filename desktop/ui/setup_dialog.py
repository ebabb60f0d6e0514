"""Exchange → Set up as county or township…: which side of the exchange this
installation is, for which unit, and the name the other side will see.

The unit is one of this database's townships (or counties), by code and
name in the user's language, or typed as code, Chinese and Tibetan name
when it is not here yet (the service adds it). The service refuses a change
of side once bundles were exchanged; its message is shown here.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import VillageDeskError
from desktop.ui import fonts
from desktop.ui.inspection_text import WARN_COLOUR
from desktop.ui.retranslate import Retranslating
from desktop.ui.trust_text import grow_to_fit, unit_label

OTHER = "__other__"   # the combo's last item: a unit typed by hand


class SetupDialog(Retranslating, QDialog):
    set_up = Signal(object)   # the Identity after setting up

    def __init__(self, workspace, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupDialog")
        self.ws = workspace
        self.language = language
        self.identity = None

        self.modes = QButtonGroup(self)
        self.mode_buttons = {}
        mode_row = QHBoxLayout()
        for mode in ("township", "county"):
            button = QRadioButton(self)
            button.setObjectName(f"setupMode_{mode}")
            self.modes.addButton(button)
            self.mode_buttons[mode] = button
            mode_row.addWidget(button)
        mode_row.addStretch()
        self.unit = QComboBox(self)
        self.unit.setObjectName("setupUnit")
        self.unit.setMinimumContentsLength(28)
        self.code = QLineEdit(self)
        self.code.setObjectName("setupCode")
        self.name_zh = QLineEdit(self)
        self.name_zh.setObjectName("setupNameZh")
        self.name_bo = QLineEdit(self)
        self.name_bo.setObjectName("setupNameBo")
        self.name_bo.setFont(fonts.tibetan_font(self.name_bo.font()))
        self.installation_name = QLineEdit(self)
        self.installation_name.setObjectName("setupInstallationName")

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = {key: QLabel(self) for key in ("mode", "unit", "code", "zh", "bo", "name")}
        self.form.addRow(self.labels["mode"], mode_row)
        self.form.addRow(self.labels["unit"], self.unit)
        self.form.addRow(self.labels["code"], self.code)
        self.form.addRow(self.labels["zh"], self.name_zh)
        self.form.addRow(self.labels["bo"], self.name_bo)
        self.form.addRow(self.labels["name"], self.installation_name)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555555;")
        self.message = QLabel(self)
        self.message.setObjectName("setupMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {WARN_COLOUR};")
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("setupButton")
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addStretch()
        layout.addWidget(self.buttons)

        try:
            self.identity = self.ws.sync.identity()
        except VillageDeskError as exc:
            self._say(exc.message)
        current = self.identity.mode if self.identity is not None and self.identity.unit_code else "township"
        self.mode_buttons[current].setChecked(True)
        if self.identity is not None and self.identity.unit_code:
            self.installation_name.setText(self.identity.name)

        self.modes.buttonToggled.connect(lambda _b, checked: checked and self._fill_units())
        self.unit.currentIndexChanged.connect(lambda _i: self._unit_changed())
        for field in (self.code, self.name_zh, self.installation_name):
            field.textChanged.connect(lambda _t: self._update())
        self.name_zh.textChanged.connect(lambda _t: self._show_default_name())
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self._fill_units()
        self.resize(640, self.sizeHint().height())

    # -- choices ---------------------------------------------------------

    def mode(self) -> str:
        return next(m for m, b in self.mode_buttons.items() if b.isChecked())

    def set_mode(self, mode: str) -> None:
        self.mode_buttons[mode].setChecked(True)

    def _units(self) -> list:
        units = self.ws.units.counties() if self.mode() == "county" else self.ws.units.townships()
        return sorted((u for u in units if u.code), key=lambda u: u.code)

    def _fill_units(self) -> None:
        current = self.identity.unit_code if self.identity is not None else ""
        self.unit.blockSignals(True)
        self.unit.clear()
        for u in self._units():
            self.unit.addItem(unit_label(self.language, u.code, u.name_zh, u.name_bo), u.code)
        self.unit.addItem(self.tr("Another, not in this list: type its code and names"), OTHER)
        index = self.unit.findData(current) if current else -1
        self.unit.setCurrentIndex(index if index >= 0 else 0)
        self.unit.blockSignals(False)
        self._unit_changed()

    def select_unit(self, code: str) -> None:
        index = self.unit.findData(code)
        self.unit.setCurrentIndex(index if index >= 0 else self.unit.count() - 1)

    def typing_unit(self) -> bool:
        return self.unit.currentData() == OTHER

    def _unit_changed(self) -> None:
        typing = self.typing_unit()
        for key, field in (("code", self.code), ("zh", self.name_zh), ("bo", self.name_bo)):
            field.setVisible(typing)
            self.labels[key].setVisible(typing)
        self._show_default_name()
        self._update()

    def _show_default_name(self) -> None:
        """The name the service gives when none is typed: the unit's."""
        if self.typing_unit():
            name = self.name_zh.text().strip()
        else:
            unit = next((u for u in self._units() if u.code == self.unit.currentData()), None)
            name = (unit.name_zh or unit.name_bo) if unit else ""
        self.installation_name.setPlaceholderText(name)

    def unit_code(self) -> str:
        return self.code.text().strip() if self.typing_unit() else (self.unit.currentData() or "")

    def _update(self) -> None:
        ready = bool(self.unit_code()) and (not self.typing_unit() or bool(self.name_zh.text().strip()))
        self.ok_button.setEnabled(ready)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        grow_to_fit(self)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        grow_to_fit(self)

    # -- setting up ------------------------------------------------------

    def apply(self):
        """Set up as chosen; the Identity, or None (the reason is shown)."""
        if not self.ok_button.isEnabled():
            return None
        typing = self.typing_unit()
        try:
            identity = self.ws.sync.setup(
                self.mode(), self.unit_code(),
                name_zh=self.name_zh.text().strip() if typing else "",
                name_bo=self.name_bo.text().strip() if typing else "",
                installation_name=self.installation_name.text().strip())
        except VillageDeskError as exc:
            self._say(exc.message)
            return None
        self.identity = identity
        self.set_up.emit(identity)
        self.accept()
        return identity

    # -- language --------------------------------------------------------

    def set_language(self, language: str) -> None:
        self.language = language
        code = self.unit.currentData()
        self._fill_units()
        if code:
            self.select_unit(code)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up as county or township"))
        self.mode_buttons["township"].setText(self.tr("Township"))
        self.mode_buttons["county"].setText(self.tr("County"))
        for key, text in (("mode", self.tr("This installation is a")), ("unit", self.tr("Unit")),
                          ("code", self.tr("Unit code")), ("zh", self.tr("Name in Chinese")),
                          ("bo", self.tr("Name in Tibetan")), ("name", self.tr("Installation name"))):
            self.labels[key].setText(text)
        self.note.setText(self.tr(
            "A township exchanges bundles with its county, and a county with each of its townships. The "
            "installation name is what the other side sees, for example the office and the computer. Once "
            "bundles have been exchanged, the side cannot be changed."))
        self.ok_button.setText(self.tr("Set up"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        other = self.unit.findData(OTHER)
        if other >= 0:
            self.unit.setItemText(other, self.tr("Another, not in this list: type its code and names"))
