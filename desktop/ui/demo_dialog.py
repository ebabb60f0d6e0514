"""Help → Fill with demo data: how many villages, then the work off the GUI
thread with a progress bar and Cancel."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from desktop.services.demo import MAX_VILLAGES, fill_demo
from desktop.ui.messages import show_error
from desktop.ui.task_runner import Task
from desktop.ui.retranslate import Retranslating


class DemoDialog(Retranslating, QDialog):
    filled = Signal(object)   # a DemoSummary

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoDialog")
        self.ws = workspace
        self.task: Task | None = None
        self.villages = QSpinBox(self)
        self.villages.setObjectName("demoVillages")
        self.villages.setRange(1, MAX_VILLAGES)
        self.villages.setValue(300)
        self.townships = QSpinBox(self)
        self.townships.setObjectName("demoTownships")
        self.townships.setRange(0, MAX_VILLAGES)
        self.seed = QSpinBox(self)
        self.seed.setObjectName("demoSeed")
        self.seed.setRange(0, 1_000_000)
        self.seed.setValue(1)
        self.has_data = workspace.has_data()
        self.force = QCheckBox(self)
        self.force.setObjectName("demoForce")
        self.force.setVisible(self.has_data)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        for label, widget in zip(self.labels, (self.villages, self.townships, self.seed)):
            form.addRow(label, widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.force)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.force.toggled.connect(self._update)
        self.retranslate()
        self._update()

    def _update(self, *_args) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not self.has_data or self.force.isChecked())

    def start(self) -> Task:
        villages, townships, seed = self.villages.value(), self.townships.value() or None, self.seed.value()
        force = self.force.isChecked()
        self.hide()
        self.task = Task(self.parentWidget(), self.tr("Writing demo data…"), lambda progress: fill_demo(
            self.ws, villages=villages, townships=townships, seed=seed, force=force, progress=progress))
        self.task.succeeded.connect(self._done)
        self.task.failed.connect(lambda message: show_error(self.parentWidget(), self.tr("Demo data"), message))
        self.task.cancelled.connect(lambda: show_error(self.parentWidget(), self.tr("Demo data"),
                                                       self.tr("Cancelled. Nothing was written.")))
        self.task.finished.connect(lambda: self.done(QDialog.DialogCode.Accepted))
        return self.task.start()

    def _done(self, summary) -> None:
        self.filled.emit(summary)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Fill with demo data"))
        self.explanation.setText(self.tr(
            "Writes a made-up county: townships, villages with Chinese and Tibetan names, people and posts, "
            "collective income, ratings and warnings. The same seed always gives the same data."))
        for label, text in zip(self.labels, (self.tr("Villages"), self.tr("Townships (0: one per 25 villages)"),
                                              self.tr("Seed"))):
            label.setText(text)
        self.force.setText(self.tr("This database already holds data: add the demo data anyway"))
