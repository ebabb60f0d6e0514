"""The database is damaged: said at start-up, with the offer to restore its
newest good backup.

Two cases reach it: the start-up check (`Workspace.open(..., check=True)`)
found problems and the database is open read-only (a workspace whose
`db.damaged` lists them), or SQLite cannot open the file at all (the
`DatabaseError` with `damaged` and `path`). Either way nobody can sign in
to a database that cannot be written, so the restore here is the file
restore of the command line (`restore_file`): the backup is checked
through before anything changes, and the damaged file is kept beside the
restored one (`<db>.damaged-<time>`). An encrypted database's backups are
read and restored with its key (the workspace's, or the error's).

`offer_restore(workspace_or_error, parent) -> bool` is what start-up
calls: True when the backup is in place (the workspace given, if any, is
closed: open the database again); False when the user keeps the damaged
database (the workspace stays open read-only) or there is no backup.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.errors import VillageDeskError
from desktop.services.backups import database_backups, folder_for, reason_label, restore_file
from desktop.ui.history_values import local_time
from desktop.ui.inspection_text import FAIL_COLOUR, MUTED_COLOUR, PASS_COLOUR
from desktop.ui.retranslate import Retranslating
from desktop.ui.task_runner import Task

SHOWN_PROBLEMS = 3


def _backups_of(target) -> tuple[Path | None, list, Path | None, str]:
    """The database's path, its backups to try (newest first), the backup
    folder and why they could not be read ("")."""
    workspace = None if isinstance(target, BaseException) else target
    path = getattr(target, "path", None)
    if path is None:
        return None, [], None, ""
    try:
        if workspace is not None:
            good = workspace.backups.newest_good()
            return Path(path), [good] if good else [], workspace.backups.folder, ""
        return Path(path), database_backups(Path(path), _key_of(target)), folder_for(Path(path)), ""
    except VillageDeskError as exc:
        return Path(path), [], None, exc.message


def _key_of(target) -> bytes | None:
    """An encrypted database's key (None for a plain one): the damaged
    workspace's, or the one the error carries (unwrapped before the file
    turned out unreadable). Its backups are read and restored with it."""
    db = getattr(target, "db", None)
    return getattr(db, "key", None) if db is not None else getattr(target, "key", None)


class DamagedDialog(Retranslating, QDialog):
    restored = Signal(object)    # the RestoreResult

    def __init__(self, target, parent: QWidget | None = None) -> None:
        """`target`: the damaged workspace (open read-only) or the error raised opening it."""
        super().__init__(parent)
        self.setObjectName("damagedDialog")
        self.workspace = None if isinstance(target, BaseException) else target
        self.error = target if isinstance(target, BaseException) else None
        if self.workspace is not None:
            self.problems: list[str] = list(self.workspace.db.damaged or [])
        else:
            self.problems = [getattr(target, "message", str(target))]
        self.path, self.candidates, self.folder, self.list_error = _backups_of(target)
        self.task: Task | None = None
        self.result_restore = None
        self.failure = ""

        self.title = QLabel(self)
        self.title.setObjectName("damagedTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet(f"color: {FAIL_COLOUR}; font-weight: bold;")
        self.explanation = QLabel(self)
        self.explanation.setObjectName("damagedExplanation")
        self.explanation.setWordWrap(True)
        self.found = QLabel(self)
        self.found.setObjectName("damagedProblems")
        self.found.setWordWrap(True)
        self.found.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.found.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.offer = QLabel(self)
        self.offer.setObjectName("damagedOffer")
        self.offer.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("damagedStatus")
        self.status.setWordWrap(True)
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("damagedRestore")
        self.restore_button.setDefault(True)
        self.keep_button = QPushButton(self)
        self.keep_button.setObjectName("damagedKeep")
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addWidget(self.found)
        layout.addSpacing(6)
        layout.addWidget(self.offer)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.restore_button.clicked.connect(self.restore)
        self.keep_button.clicked.connect(self.reject)
        self.restore_button.setVisible(bool(self.candidates))
        self.retranslate()
        self.fit_height(760)

    def fit_height(self, width: int) -> None:
        """As tall as its wrapped lines need at `width` (Tibetan lines are tall)."""
        self.resize(width, max(self.height() if self.isVisible() else 0, 320,
                               self.layout().totalHeightForWidth(width) + 12))

    @property
    def backup(self):
        """The backup offered: the newest good one (the newest, when the
        database cannot be opened: each is checked through as it is tried)."""
        return self.candidates[0] if self.candidates else None

    # -- restoring -------------------------------------------------------

    def restore(self) -> Task | None:
        if self.task is not None or not self.candidates or self.path is None:
            return None
        path, candidates = self.path, list(self.candidates)
        key = _key_of(self.workspace if self.workspace is not None else self.error)
        if self.workspace is not None:
            self.workspace.close()      # the file is replaced under it

        def work(progress):
            failure = None
            for backup in candidates:
                try:
                    return restore_file(path, backup, progress, key=key)
                except VillageDeskError as exc:   # that backup is damaged too: the next one
                    failure = failure or exc
            raise failure

        self.failure = ""
        self._say(self.tr("Restoring…"))
        self.restore_button.setEnabled(False)
        self.keep_button.setEnabled(False)
        task = self.task = Task(self, self.tr("Restoring the backup…"), work)
        task.succeeded.connect(self._restored)
        task.failed.connect(self._failed)
        task.cancelled.connect(lambda: self._failed(self.tr("Cancelled. Nothing was changed.")))
        task.finished.connect(self._finished)
        return task.start()

    def _restored(self, result) -> None:
        self.result_restore = result
        self._say(self.tr("Restored the backup made {when}.").format(when=local_time(result.restored.made_at)),
                  PASS_COLOUR)
        self.restored.emit(result)

    def _failed(self, message: str) -> None:
        self.failure = message
        self._say(message, FAIL_COLOUR)
        if self.workspace is not None:
            try:
                self.workspace.reopen(check=True)    # still damaged: read-only again, as it was
            except VillageDeskError as exc:
                self._say(f"{message}\n{exc.message}", FAIL_COLOUR)

    def _finished(self) -> None:
        # Not deleted here: its signals' handlers may hold the last reference to this window.
        self.task = None
        if self.result_restore is not None:
            self.accept()
            return
        self.restore_button.setEnabled(True)
        self.keep_button.setEnabled(True)

    def _say(self, text: str, colour: str | None = None) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {colour};" if colour else "")
        self.fit_height(self.width())

    # -- language --------------------------------------------------------

    def retranslate(self) -> None:
        name = self.path.name if self.path else ""
        self.setWindowTitle(self.tr("The database is damaged"))
        self.title.setText(self.tr("The database {file} is damaged.").format(file=name))
        if self.workspace is not None:
            self.explanation.setText(self.tr(
                "The check at start-up found damage in it (a failing disk, or the power cut during a write). "
                "It is open read-only: you can read and print the records, but nothing can be saved."))
            self.keep_button.setText(self.tr("Continue read-only"))
        else:
            self.explanation.setText(self.tr(
                "It cannot be opened at all (a failing disk, or the power cut during a write)."))
            self.keep_button.setText(self.tr("Quit"))
        shown = self.problems[:SHOWN_PROBLEMS]
        more = len(self.problems) - len(shown)
        lines = shown + ([self.tr("… and {count} more").format(count=more)] if more > 0 else [])
        self.found.setText(self.tr("What the check found:") + "\n" + "\n".join(lines))
        backup = self.backup
        if backup is not None:
            reason = reason_label(backup.reason)
            self.offer.setText(self.tr(
                "The newest good backup was made {when} ({reason}). Restoring it brings the database back as it "
                "was then: changes made after that are lost. The damaged file is kept beside it.").format(
                when=local_time(backup.made_at), reason=reason))
        elif self.list_error:
            self.offer.setText(self.list_error)
        else:
            self.offer.setText(self.tr(
                "No good backup of this database was found in {folder}. Keep a copy of the damaged file and ask "
                "for help before using it further.").format(folder=self.folder or ""))
        self.restore_button.setText(self.tr("Restore the backup"))


def offer_restore(target, parent: QWidget | None = None) -> bool:
    """Say the database is damaged and offer its newest good backup (start-up).

    `target` is the damaged workspace (open read-only) or the error raised
    opening the file. True: the backup is in place and the workspace given
    is closed — open the database again. False: nothing changed."""
    dialog = DamagedDialog(target, parent)
    dialog.exec()      # start-up waits for the answer before any window
    restored = dialog.result_restore is not None
    dialog.deleteLater()
    return restored
