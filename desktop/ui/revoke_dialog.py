"""Revoke… in the county's installations window: why (required, it travels
with the revocation) and what follows, said before anything is done.

The dialog is the confirmation: Cancel is the default button, and Revoke
is enabled only once a reason is written.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.inspection_text import WARN_COLOUR
from desktop.ui.retranslate import Retranslating
from desktop.ui.trust_text import grow_to_fit, short_fingerprint, unit_label


class RevokeDialog(Retranslating, QDialog):
    def __init__(self, peer, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revokeDialog")
        self.peer = peer
        self.language = language
        self.who = QLabel(self)
        self.who.setObjectName("revokeWho")
        self.who.setWordWrap(True)
        self.consequences = QLabel(self)
        self.consequences.setWordWrap(True)
        self.consequences.setStyleSheet(f"color: {WARN_COLOUR};")
        self.reason_label = QLabel(self)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("revokeReason")
        self.reason.setMaxLength(200)
        form = QFormLayout()
        form.addRow(self.reason_label, self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.revoke_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.revoke_button.setObjectName("revokeButton")
        self.revoke_button.setAutoDefault(False)
        self.revoke_button.setDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addWidget(self.consequences)
        layout.addLayout(form)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(lambda _t: self._update())
        self.buttons.accepted.connect(self._accept_if_ready)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self._update()
        self.resize(560, self.sizeHint().height())

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        grow_to_fit(self)

    def reason_text(self) -> str:
        return self.reason.text().strip()

    def _update(self) -> None:
        self.revoke_button.setEnabled(bool(self.reason_text()))

    def _accept_if_ready(self) -> None:
        if self.reason_text():
            self.accept()

    def retranslate(self) -> None:
        p = self.peer
        self.setWindowTitle(self.tr("Revoke an installation"))
        self.who.setText(self.tr("Revoke {name} ({unit}, fingerprint {fingerprint})?").format(
            name=p.name or p.installation_id, unit=unit_label(self.language, p.unit_code, p.unit_name_zh,
                                                              p.unit_name_bo),
            fingerprint=short_fingerprint(p.fingerprint)))
        self.consequences.setText(self.tr(
            "From now on its bundles are refused here, and the county's next bundles tell the other "
            "installations. Do this when the computer was lost or stolen. It cannot be undone: the "
            "installation must make new keys and be enrolled again."))
        self.reason_label.setText(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("for example: laptop stolen on 3 May"))
        self.revoke_button.setText(self.tr("Revoke"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
