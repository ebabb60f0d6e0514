"""One aspect of a checklist on one scrolling page: its name and the
editors of its indicators."""

from __future__ import annotations

from typing import Mapping

from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.core.checklists import Aspect, Template
from desktop.core.inspections import EvidenceRecord, InspectionFile
from desktop.core.scoring import Answer
from desktop.ui.indicator_editor import IndicatorEditor
from desktop.ui.inspection_text import fit_data_font


class AspectPage(QScrollArea):
    def __init__(self, template: Template, aspect: Aspect, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"aspect_{aspect.code}")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.template = template
        self.aspect = aspect
        self.category = next(c for c in template.categories if aspect in c.aspects)
        body = QWidget(self)
        self.title = QLabel(body)
        self.title.setObjectName("aspectTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.editors: dict[str, IndicatorEditor] = {}
        layout = QVBoxLayout(body)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        for ind in aspect.indicators:
            editor = IndicatorEditor(ind, language, template.pass_fraction, body)
            self.editors[ind.code] = editor
            layout.addWidget(editor)
        layout.addStretch()
        self.setWidget(body)
        self.set_language(language, editors=False)

    def show_file(self, f: InspectionFile, answers: Mapping[str, Answer]) -> None:
        for code, editor in self.editors.items():
            editor.set_answer(answers.get(code))
            editor.set_read_only(f.inspection.final)
        self.show_evidence(f.evidence)

    def show_evidence(self, evidence: list[EvidenceRecord]) -> None:
        for editor in self.editors.values():
            editor.set_evidence(evidence)

    def set_language(self, language: str, editors: bool = True) -> None:
        text = f"{self.category.name.get(language)} › {self.aspect.code}  {self.aspect.name.get(language)}"
        self.title.setText(text)
        fit_data_font(self.title, text, language)
        if editors:
            for editor in self.editors.values():
                editor.set_language(language)
