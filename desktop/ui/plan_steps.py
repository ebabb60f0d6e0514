"""What the plan editor's buttons do to the plan: save the items, and take
the review steps — the village meeting, submitting (checked first),
the county's approval or return, revising as the next round — each through
the plan service, each change set handed on for undo.

Kept apart from the editor's widgets for size; a QObject of its own so
its strings carry their own translation context."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.core.changes import ChangeSet
from desktop.core.errors import VillageDeskError
from desktop.ui.messages import open_dialog, show_error


class PlanSteps(QObject):
    def __init__(self, editor) -> None:
        super().__init__(editor)
        self.editor = editor

    @property
    def ws(self):
        return self.editor.ws

    def _title(self) -> str:
        return self.tr("Village plan")

    def _refused(self, exc: VillageDeskError) -> None:
        self.editor.error = show_error(self.editor, self._title(), exc.message)

    def after_change(self, changeset: ChangeSet | None, description: str) -> None:
        """Reread the plan, then hand the change on (undo, other windows)."""
        e = self.editor
        e.reload()
        if changeset:
            e.changed.emit(changeset, description)

    # -- saving ------------------------------------------------------------

    def unsaved_question(self) -> tuple[str, str] | None:
        e = self.editor
        if not e.is_dirty():
            return None
        return self._title(), self.tr("Save the changes to the plan of {village}?").format(village=e.name())

    def save(self) -> bool:
        e = self.editor
        if not e.is_dirty():
            return True
        try:
            changeset = self.ws.plans.save_items(e.plan_id, e.version, e.rows, e.item_versions)
        except VillageDeskError as exc:
            self._refused(exc)
            return False
        self.after_change(changeset, self.tr("edit the plan of {village}").format(village=e.name()))
        return True

    # -- the steps ---------------------------------------------------------

    def record_meeting(self) -> None:
        from desktop.ui.plan_meeting_dialog import PlanMeetingDialog

        e = self.editor
        if not self.save():
            return
        dialog = PlanMeetingDialog(self.ws, e.plan_id, e.version, e)
        dialog.recorded.connect(lambda cs: self.after_change(cs, self.tr(
            "record the village meeting on the plan of {village}").format(village=e.name())))
        self._open(dialog)

    def submit(self) -> None:
        """Checked first: every failure is listed, and the service's refusal
        says why the plan cannot go."""
        e = self.editor
        if e.is_dirty():
            self.editor.error = show_error(e, self._title(), self.tr(
                "Save or undo your changes first: a changed plan goes back to the village meeting."))
            return
        e.run_check()
        try:
            changeset = self.ws.plans.submit(e.plan_id, e.version)
        except VillageDeskError as exc:
            self._refused(exc)
            return
        self.after_change(changeset, self.tr("submit the plan of {village}").format(village=e.name()))

    def review(self, approve: bool) -> None:
        from desktop.ui.plan_review_dialog import PlanReviewDialog

        e = self.editor
        dialog = PlanReviewDialog(self.ws, e.file, approve, e)
        text = self.tr("approve the plan of {village}") if approve else self.tr("return the plan of {village}")
        dialog.decided.connect(lambda cs: self.after_change(cs, text.format(village=e.name())))
        self._open(dialog)

    def revise(self) -> None:
        e = self.editor
        try:
            changeset = self.ws.plans.revise(e.plan_id, e.version)
        except VillageDeskError as exc:
            self._refused(exc)
            return
        self.after_change(changeset, self.tr("revise the plan of {village} as round {round}").format(
            village=e.name(), round=e.file.plan.round + 1))

    def compare_rounds(self):
        from PySide6.QtCore import Qt

        from desktop.ui.plan_compare import PlanCompare

        e = self.editor
        if e.compare_window is None:
            e.compare_window = PlanCompare(self.ws, e.plan_id, e.language, e)
            e.compare_window.setWindowFlag(Qt.WindowType.Window)
            e.compare_window.resize(1000, 700)
            e.compare_window.destroyed.connect(lambda *_a: setattr(e, "compare_window", None))
        else:
            e.compare_window.reload()
        e.compare_window.show()
        e.compare_window.raise_()
        return e.compare_window

    def _open(self, dialog) -> None:
        e = self.editor
        e.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(e, "dialog", None) if e.dialog is dialog else None)
        open_dialog(dialog)
