"""One entry of a village's support log (帮扶), added or edited; also the
work team's withdrawal (不见效不撤离), which is an entry with a date and a
note. The fields follow the kind: funds have an amount and a source,
trainings and talks the number of people, the first secretary's monthly
report its month, the quarterly assessment its quarter, score and the
satisfaction poll. The service's rules are the judge; its messages are
shown at their fields."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import ChangeSet
from desktop.core.errors import ValidationFailed, VillageDeskError
from desktop.core.ledger_terms import ActivityKind as K
from desktop.core.support import ActivityRecord
from desktop.core.validation import normalise_text, parse_count, parse_date, parse_yuan
from desktop.ui import fonts
from desktop.ui.messages import show_error
from desktop.ui.retranslate import Retranslating
from desktop.ui.validated_field import ValidatedLine, fit_height, text_field

# Which of the optional fields each kind shows; the rest are cleared on save
# so a visit never carries a stale amount from a kind chosen before.
AMOUNT = ("amount_yuan", "fund_source")
PEOPLE = ("participants",)
ASSESSMENT = ("period", "score", "poll_total", "poll_satisfied", "satisfaction")
EXTRA_FIELDS = {
    K.FUNDS: AMOUNT,
    K.PROJECT: AMOUNT,
    K.TRAINING: PEOPLE,
    K.TALK: PEOPLE,
    K.MONTHLY_REPORT: ("period",),
    K.QUARTERLY_ASSESSMENT: ASSESSMENT,
}
OPTIONAL = ("participants", "amount_yuan", "fund_source", "period", "score", "poll_total", "poll_satisfied",
            "satisfaction")
# Kinds chosen in the dialog; the withdrawal has its own button.
CHOOSABLE = tuple(k for k in K if k is not K.TEAM_WITHDRAWN)


class ActivityDialog(Retranslating, QDialog):
    changed = Signal(object, str)   # change set, undo description

    def __init__(self, workspace, village_id: str, activity: ActivityRecord | None = None,
                 kind: K | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityDialog")
        self.ws = workspace
        self.village_id = village_id
        self.original = activity
        self.changeset: ChangeSet | None = None
        self.withdrawal = (activity.kind if activity else kind) is K.TEAM_WITHDRAWN

        self.kind = QComboBox(self)
        self.kind.setObjectName("activityKind")
        self.kind.setEnabled(not self.withdrawal)
        self.fields: dict[str, ValidatedLine] = {
            "on": ValidatedLine(parse_date, parent=self),
            "by": text_field(self),
            "summary": text_field(self),
            "participants": ValidatedLine(parse_count, parent=self),
            "amount_yuan": ValidatedLine(parse_yuan, parent=self),
            "fund_source": text_field(self),
            "period": text_field(self),
            "score": ValidatedLine(self._parse_score, lambda v: "" if v is None else f"{v:g}", self),
            "poll_total": ValidatedLine(parse_count, parent=self),
            "poll_satisfied": ValidatedLine(parse_count, parent=self),
            "note": text_field(self),
        }
        for name, field in self.fields.items():
            field.setObjectName(name)
            # A message from the rules stays until the user touches the field.
            field.edit.textEdited.connect(lambda _t, f=field: f.set_rule_message(None))
            field.edit.textEdited.connect(lambda _t: fit_height(self))     # a message may have appeared
        # Names of people and units may be Tibetan whatever the UI language.
        for name in ("by", "summary", "fund_source", "note"):
            self.fields[name].edit.setFont(fonts.tibetan_font(self.font()))
        self.satisfaction = QLabel(self)
        self.satisfaction.setObjectName("satisfaction")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)

        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        rows = [("kind", self.kind)] + [(n, f) for n, f in self.fields.items() if n != "note"] \
            + [("satisfaction", self.satisfaction), ("note", self.fields["note"])]
        for name, widget in rows:
            self.labels[name] = QLabel(self)
            self.form.addRow(self.labels[name], widget)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch()
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.kind.currentIndexChanged.connect(lambda _i: self._show_fields())
        for name in ("poll_total", "poll_satisfied"):
            self.fields[name].edit.textChanged.connect(lambda _t: self._show_satisfaction())

        self._load(activity, kind)
        self.retranslate()
        self.resize(560, self.height())
        fit_height(self, shrink=True)

    # -- fields ----------------------------------------------------------

    def _parse_score(self, text: str) -> tuple[float | None, str | None]:
        t = normalise_text(text)
        if not t:
            return None, None
        try:
            value = float(t)
        except ValueError:
            value = -1.0
        if not 0 <= value <= 100:
            return None, self.tr("Enter a score from 0 to 100.")
        return value, None

    def _load(self, a: ActivityRecord | None, kind: K | None) -> None:
        a = a or ActivityRecord("", 0, self.village_id, kind or K.VISIT, on=self.ws.today())
        self._fill_kinds(a.kind)
        for name, field in self.fields.items():
            field.set_value(getattr(a, name))

    def _fill_kinds(self, current: K) -> None:
        self.kind.blockSignals(True)
        self.kind.clear()
        for k in ((K.TEAM_WITHDRAWN,) if self.withdrawal else CHOOSABLE):
            self.kind.addItem(k.label, k)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.kind.blockSignals(False)
        self._show_fields()

    def current_kind(self) -> K:
        return K(self.kind.currentData())    # Qt hands the enum back as its str value

    def _show_fields(self) -> None:
        kind = self.current_kind()
        shown = set(EXTRA_FIELDS.get(kind, ()))
        for name in OPTIONAL:
            self.form.setRowVisible(self.labels[name], name in shown)
        # A withdrawal is said by its kind; what matters is the day and a note.
        self.form.setRowVisible(self.labels["summary"], not self.withdrawal)
        self.form.setRowVisible(self.labels["by"], not self.withdrawal)
        self._label_period()
        self._show_satisfaction()
        fit_height(self, shrink=True)

    def _label_period(self) -> None:
        monthly = self.current_kind() is K.MONTHLY_REPORT
        self.labels["period"].setText(self.tr("Month reported on") if monthly else self.tr("Quarter assessed"))
        self.fields["period"].edit.setPlaceholderText(self.tr("e.g. 2026-11") if monthly else self.tr("e.g. 2026Q3"))

    def _show_satisfaction(self) -> None:
        total, satisfied = self.fields["poll_total"].value(), self.fields["poll_satisfied"].value()
        if total and satisfied is not None and satisfied <= total:
            self.satisfaction.setText(f"{100 * satisfied / total:.1f} %")
        else:
            self.satisfaction.setText("—")

    def record(self) -> ActivityRecord:
        """The entry as filled in: only the fields its kind shows."""
        kind = self.current_kind()
        shown = EXTRA_FIELDS.get(kind, ())
        base = self.original or ActivityRecord("", 0, self.village_id, kind)
        values = {name: field.value() for name, field in self.fields.items()}
        for name in OPTIONAL:
            if name in values and name not in shown:
                values[name] = "" if name in ("fund_source", "period") else None
        for name in ("by", "summary", "fund_source", "period", "note"):
            values[name] = normalise_text(values[name])
        return dataclasses.replace(base, kind=kind, **values)

    # -- saving ----------------------------------------------------------

    def accept(self) -> None:
        unparsed = next((f for f in self.fields.values() if f.isVisibleTo(self) and f.message), None)
        if unparsed is not None:
            unparsed.edit.setFocus()
            return
        record = self.record()
        try:
            if self.original is None:
                _id, changeset = self.ws.support.add(record)
            else:
                changeset = self.ws.support.edit(record)
        except ValidationFailed as exc:
            self.show_errors(exc.errors)
            return
        except VillageDeskError as exc:
            show_error(self, self.windowTitle(), exc.message)
            return
        self.changeset = changeset
        if changeset:
            self.changed.emit(changeset, self._description(record))
        super().accept()

    def show_errors(self, errors) -> None:
        first = None
        for name, field in self.fields.items():
            messages = [e.message for e in errors if e.field == name]
            field.set_rule_message(" ".join(messages) or None)
            if messages and first is None:
                first = field
        if first is not None:
            first.edit.setFocus()
        fit_height(self)

    def _description(self, record: ActivityRecord) -> str:
        if self.withdrawal:
            return self.tr("withdraw the work team")
        if self.original is None:
            return self.tr("log {kind}").format(kind=record.kind.inline_label)
        return self.tr("edit the log entry {kind}").format(kind=record.kind.inline_label)

    # -- language --------------------------------------------------------

    def retranslate(self) -> None:
        if self.withdrawal:
            title = self.tr("Withdraw the work team")
        elif self.original is None:
            title = self.tr("New support log entry")
        else:
            title = self.tr("Support log entry")
        self.setWindowTitle(title)
        for name, text in (("kind", self.tr("Kind")), ("on", self.tr("Date")), ("by", self.tr("By")),
                           ("summary", self.tr("What was done")), ("participants", self.tr("Participants")),
                           ("amount_yuan", self.tr("Amount (yuan)")), ("fund_source", self.tr("Source of funds")),
                           ("score", self.tr("Assessment score")), ("poll_total", self.tr("People polled")),
                           ("poll_satisfied", self.tr("Of them satisfied")),
                           ("satisfaction", self.tr("Satisfaction")), ("note", self.tr("Note"))):
            self.labels[name].setText(text)
        self.fields["on"].edit.setPlaceholderText(self.tr("e.g. 2026-11-20"))
        self.fields["by"].edit.setPlaceholderText(self.tr("first secretary, work team, paired unit…"))
        self.fields["amount_yuan"].edit.setPlaceholderText(self.tr("e.g. 200000 or 20万"))
        for field in self.fields.values():
            field.recheck()
        current = self.current_kind()
        self._fill_kinds(current)
