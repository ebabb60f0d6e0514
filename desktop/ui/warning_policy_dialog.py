"""A county's warning policy: the score thresholds of red and green, or
colours by quota, and the three class shares of the quota rating."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import ChangeSet
from desktop.core.errors import ValidationFailed, VillageDeskError
from desktop.core.inspection_terms import QuotaClass
from desktop.core.warnings import WarningPolicy
from desktop.ui.messages import show_error
from desktop.ui.retranslate import Retranslating
from desktop.ui.validated_field import FieldMessage


def _score_box(parent: QWidget, name: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setObjectName(name)
    box.setRange(0, 100)
    box.setDecimals(1)
    box.setSingleStep(1)
    return box


class WarningPolicyDialog(Retranslating, QDialog):
    changed = Signal(object, str)   # change set, undo description

    def __init__(self, workspace, language: str = "zh_CN", county_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warningPolicyDialog")
        self.ws = workspace
        self._language = language
        self.changeset: ChangeSet | None = None
        self._counties = workspace.units.counties()

        self.county = QComboBox(self)
        self.county.setObjectName("policyCounty")
        self.red_below = _score_box(self, "redBelow")
        self.green_from = _score_box(self, "greenFrom")
        self.threshold_message = FieldMessage(self)
        self.by_thresholds = QRadioButton(self)
        self.by_thresholds.setObjectName("byThresholds")
        self.by_quota = QRadioButton(self)
        self.by_quota.setObjectName("byQuota")
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.by_thresholds)
        self.mode.addButton(self.by_quota)
        self.shares: list[QSpinBox] = []
        self.share_labels: list[QLabel] = []
        shares_row = QHBoxLayout()
        for i in range(3):
            label, box = QLabel(self), QSpinBox(self)
            box.setObjectName(f"class{i + 1}Share")
            box.setRange(0, 100)
            box.setSuffix(" %")
            label.setBuddy(box)
            self.shares.append(box)
            self.share_labels.append(label)
            shares_row.addWidget(label)
            shares_row.addWidget(box)
        shares_row.addStretch()
        self.shares_message = FieldMessage(self)
        self.shares_message.setObjectName("sharesMessage")
        shares = QVBoxLayout()
        shares.setSpacing(2)
        shares.addLayout(shares_row)
        shares.addWidget(self.shares_message)
        thresholds = QVBoxLayout()
        thresholds.setSpacing(2)
        thresholds_row = QHBoxLayout()
        self.red_label, self.green_label = QLabel(self), QLabel(self)
        for label, box in ((self.red_label, self.red_below), (self.green_label, self.green_from)):
            label.setBuddy(box)
            thresholds_row.addWidget(label)
            thresholds_row.addWidget(box)
        thresholds_row.addStretch()
        thresholds.addLayout(thresholds_row)
        thresholds.addWidget(self.threshold_message)
        modes = QHBoxLayout()
        modes.addWidget(self.by_thresholds)
        modes.addWidget(self.by_quota)
        modes.addStretch()
        self.rule = QLabel(self)
        self.rule.setObjectName("policyRule")
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet("QLabel#policyRule { background: #f1f3f4; padding: 6px; }")
        self.applies = QLabel(self)
        self.applies.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)

        self.form = QFormLayout()
        self.labels = {key: QLabel(self) for key in ("county", "mode", "thresholds", "shares")}
        self.form.addRow(self.labels["county"], self.county)
        self.form.addRow(self.labels["mode"], modes)
        self.form.addRow(self.labels["thresholds"], thresholds)
        self.form.addRow(self.labels["shares"], shares)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.rule)
        layout.addWidget(self.applies)
        layout.addStretch()
        layout.addWidget(self.buttons)

        self._fill_counties(county_id)
        self.load(county_id)
        for box in (self.red_below, self.green_from, *self.shares):
            box.valueChanged.connect(self._check)
        self.mode.buttonToggled.connect(lambda *_: self._check())
        self.county.currentIndexChanged.connect(lambda _i: self.load(self.county.currentData()))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()

    # -- the policy ------------------------------------------------------

    def _fill_counties(self, current: str | None) -> None:
        self.county.blockSignals(True)
        self.county.clear()
        self.county.addItem(self.tr("This installation's default"), None)
        for c in self._counties:
            name = (c.name_bo or c.name_zh) if self._language == "bo_CN" else (c.name_zh or c.name_bo)
            self.county.addItem(name, c.id)
        self.county.setCurrentIndex(max(0, self.county.findData(current)) if current else 0)
        self.county.blockSignals(False)

    @property
    def county_id(self) -> str | None:
        return self.county.currentData()

    def load(self, county_id: str | None) -> None:
        """Show the policy that applies to the county now (its own or the default)."""
        self.show_policy(self.ws.warnings.policy(county_id))

    def show_policy(self, p: WarningPolicy) -> None:
        for box in (self.red_below, self.green_from, *self.shares):
            box.blockSignals(True)
        self.red_below.setValue(p.red_below)
        self.green_from.setValue(p.green_from)
        (self.by_quota if p.by_quota else self.by_thresholds).setChecked(True)
        for box, share in zip(self.shares, p.class_shares):
            box.setValue(share)
        for box in (self.red_below, self.green_from, *self.shares):
            box.blockSignals(False)
        self._check()

    def policy(self) -> WarningPolicy:
        return WarningPolicy(self.red_below.value(), self.green_from.value(), self.by_quota.isChecked(),
                             tuple(b.value() for b in self.shares))

    def problems(self) -> dict[str, str]:
        p = self.policy()
        found = {}
        if p.red_below > p.green_from:
            found["thresholds"] = self.tr("Red below must not be above green from.")
        total = sum(p.class_shares)
        if total != 100:
            found["shares"] = self.tr("The three shares add up to {total} %; they must add up to 100 %.").format(total=total)
        return found

    def _check(self) -> None:
        problems = self.problems()
        self.threshold_message.say(problems.get("thresholds"))
        self.shares_message.say(problems.get("shares"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)
        self._explain()

    def _explain(self) -> None:
        p = self.policy()
        c1, c2, c3 = p.class_shares
        if p.by_quota:
            text = self.tr("Villages are ranked by score in their county: the top {first} % are green, the next "
                           "{second} % yellow and the bottom {third} % red; failing a veto indicator makes a "
                           "village red.").format(first=c1, second=c2, third=c3)
        else:
            text = self.tr("A score below {red} is red, from {green} green and in between yellow; failing a veto "
                           "indicator makes a village red. Quota classes ({first} / {second} / {third} %) are "
                           "reported beside the colour.").format(red=f"{p.red_below:g}", green=f"{p.green_from:g}",
                                                               first=c1, second=c2, third=c3)
        self.rule.setText(text)

    # -- saving ----------------------------------------------------------

    def accept(self) -> None:
        if self.problems():
            return
        county = self.county_id
        try:
            changeset = self.ws.warnings.set_policy(county, self.policy())
        except ValidationFailed as exc:
            self.shares_message.say(" ".join(e.message for e in exc.errors))
            return
        except VillageDeskError as exc:
            show_error(self, self.windowTitle(), exc.message)
            return
        self.changeset = changeset
        self.changed.emit(changeset, self.tr("change the warning policy of {county}").format(
            county=self.county.currentText()))
        super().accept()

    # -- language --------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Warning policy"))
        self.labels["county"].setText(self.tr("County"))
        self.labels["mode"].setText(self.tr("Colour by"))
        self.labels["thresholds"].setText(self.tr("Thresholds"))
        self.labels["shares"].setText(self.tr("Quota classes"))
        self.by_thresholds.setText(self.tr("Score thresholds"))
        self.by_quota.setText(self.tr("Quota"))
        self.red_label.setText(self.tr("Red below"))
        self.green_label.setText(self.tr("Green from"))
        for label, quota in zip(self.share_labels, QuotaClass):
            label.setText(quota.label)
        self.county.setItemText(0, self.tr("This installation's default"))
        self.applies.setText(self.tr("The policy applies to inspections finalised from now on; warnings already "
                                     "given keep their colour."))
        self._check()

    def set_language(self, language: str) -> None:
        self._language = language
        self._fill_counties(self.county_id)
        self.retranslate()


def preview_policy(workspace, language: str = "zh_CN") -> QWidget:
    counties = workspace.units.counties()
    return WarningPolicyDialog(workspace, language, counties[0].id if counties else None)
