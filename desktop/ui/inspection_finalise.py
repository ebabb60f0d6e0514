"""Finalising an inspection and starting its correction, each after a
question, for the inspection form (inspection_dialog.py), which keeps the
answers, the summary and the undo announcements these use.

The strings stay in the InspectionDialog context, where they have always
been translated.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox

from desktop.core.errors import ValidationFailed, VillageDeskError
from desktop.core.periods import parse_period
from desktop.ui.messages import ask, show_error


class FinaliseActions(QObject):
    def __init__(self, dialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog

    def finalise(self) -> None:
        d = self.dialog
        if d.read_only:
            return
        sheet = d.sheet()
        pending = [p for p in (e.pending_error() for e in d.editors.values()) if p]
        if pending or not sheet.can_finalise:
            as_answered = replace(d.file, answers=d.answers)
            problems = pending + [p.message for p in d.ws.inspections.finalise_problems(as_answered)]
            d.show_summary()
            show_error(d, QCoreApplication.translate("InspectionDialog", "Not finalised"), QCoreApplication.translate(
                "InspectionDialog",
                "Finalising needs every item answered and the evidence asked for attached:\n{problems}").format(
                problems="\n".join(problems)))
            return
        buttons = QMessageBox.StandardButton
        colour = d.colour(sheet)
        d.question = ask(d, QCoreApplication.translate("InspectionDialog", "Finalise the inspection"),
                         QCoreApplication.translate(
            "InspectionDialog",
            "Finalise the inspection of {village} for {period}? Score {score}, warning colour {colour}. "
            "A finalised inspection cannot be changed; a mistake is put right by a correction.").format(
            village=d.village_name(), period=parse_period(d.file.inspection.period).label,
            score=sheet.score if sheet.score is not None else "—", colour=colour.label if colour else "—"),
            buttons.Yes | buttons.Cancel, buttons.Cancel, self._on_finalise_answer)

    def _on_finalise_answer(self, answer: QMessageBox.StandardButton) -> None:
        d = self.dialog
        d.question = None
        if answer != QMessageBox.StandardButton.Yes or not d.save():
            return
        not_finalised = QCoreApplication.translate("InspectionDialog", "Not finalised")
        try:
            changeset = d.ws.inspections.finalise(d.file)
        except ValidationFailed as exc:
            d.show_summary()
            show_error(d, not_finalised, "\n".join(e.message for e in exc.errors))
            return
        except VillageDeskError as exc:
            show_error(d, not_finalised, exc.message)
            return
        d._load(d.inspection_id)
        d.show_summary()
        d.changed.emit(changeset, QCoreApplication.translate(
            "InspectionDialog", "finalise the inspection of {village}").format(village=d.village_name()))

    def correct(self) -> None:
        d = self.dialog
        buttons = QMessageBox.StandardButton

        def answered(answer: QMessageBox.StandardButton) -> None:
            d.question = None
            if answer != buttons.Yes:
                return
            old = d.inspection_id
            try:
                fresh, changeset = d.ws.inspections.correct(old)
            except VillageDeskError as exc:
                show_error(d, QCoreApplication.translate("InspectionDialog", "No correction"), exc.message)
                return
            d._load(fresh.inspection.id)
            d.go_to(d.steps[0])
            d.changed.emit(changeset, QCoreApplication.translate(
                "InspectionDialog", "correct the inspection of {village}").format(village=d.village_name()))
            d.switched.emit(old, fresh.inspection.id)

        d.question = ask(d, QCoreApplication.translate("InspectionDialog", "Correct the inspection"),
                         QCoreApplication.translate(
            "InspectionDialog",
            "Start a correction? A new draft opens with the same answers and evidence; when it is finalised it "
            "replaces this inspection, which is kept."), buttons.Yes | buttons.Cancel, buttons.Yes, answered)
