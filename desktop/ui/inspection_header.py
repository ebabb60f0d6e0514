"""The head of an inspection form: whose inspection, against what, for
when, in what state, and the live score, colour and progress."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QProgressBar, QWidget

from desktop.core.inspections import InspectionFile
from desktop.core.periods import parse_period
from desktop.core.scoring import ScoreSheet
from desktop.core.terms import WarningColour
from desktop.ui.inspection_text import MUTED_COLOUR, chip_style, colour_chip, fit_data_font, number
from desktop.ui.retranslate import Retranslating

DRAFT_STYLE = "QLabel { background: #e3f2fd; color: #0d47a1; border-radius: 4px; padding: 2px 8px; }"
FINAL_STYLE = "QLabel { background: #ede7f6; color: #311b92; border-radius: 4px; padding: 2px 8px; }"


class InspectionHeader(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspectionHeader")
        self._shown: tuple | None = None
        self.village = QLabel(self)
        self.village.setObjectName("headerVillage")
        self.village.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.village.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("headerStatus")
        self.details = QLabel(self)
        self.details.setObjectName("headerDetails")
        self.details.setWordWrap(True)
        self.details.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.score_caption = QLabel(self)
        self.score = QLabel(self)
        self.score.setObjectName("headerScore")
        self.score.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.colour = colour_chip(self)
        self.colour.setObjectName("headerColour")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.progress.setTextVisible(True)
        self.progress.setMaximumWidth(340)
        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel { background: #fff8e1; color: #5d4300; padding: 4px 8px; }")
        self.banner.hide()

        title_row = QHBoxLayout()
        title_row.addWidget(self.village, 1)
        title_row.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)
        figures = QHBoxLayout()
        figures.addWidget(self.score_caption)
        figures.addWidget(self.score)
        figures.addWidget(self.colour)
        layout = QGridLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(title_row, 0, 0)
        layout.addLayout(figures, 0, 1, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.details, 1, 0)
        layout.addWidget(self.progress, 1, 1)
        layout.addWidget(self.banner, 2, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        self.retranslate()

    def show_file(self, f: InspectionFile, village_name: str, sheet: ScoreSheet, colour: WarningColour | None,
                  language: str) -> None:
        self._shown = (f, village_name, sheet, colour, language)
        rec = f.inspection
        self.village.setText(village_name)
        fit_data_font(self.village, village_name, language)
        self.status.setText(rec.status.label if not rec.replaces_id or rec.final
                            else self.tr("{status} (correction)").format(status=rec.status.label))
        self.status.setStyleSheet(FINAL_STYLE if rec.final else DRAFT_STYLE)
        title = f.template_info.title.get(language)
        details = self.tr("{title}, version {version} · {period} · inspector {inspector} · started {date}").format(
            title=title, version=f.template_info.version, period=parse_period(rec.period).label,
            inspector=rec.inspector, date=rec.started_on.isoformat() if rec.started_on else "—")
        self.details.setText(details)
        fit_data_font(self.details, details, language)
        self.score.setText("—" if sheet.score is None else number(sheet.score))
        if colour and sheet.veto_failed:
            self.colour.setText(self.tr("{colour} (veto)").format(colour=colour.label))
        else:
            self.colour.setText(colour.label if colour else self.tr("no colour yet"))
        self.colour.setStyleSheet(chip_style(colour))
        self.colour.setToolTip(self.tr("The colour as the answers stand, by the county's thresholds; "
                                       "a quota ranking is applied when the inspection is finalised."))
        self.progress.setRange(0, max(sheet.total, 1))
        self.progress.setValue(sheet.answered)
        self.progress.setFormat(self.tr("Answered {answered} of {total}").format(
            answered=sheet.answered, total=sheet.total))
        if f.replaced_by:
            banner = self.tr("This inspection has been corrected; the correction replaces it. It is kept read-only.")
        elif rec.final:
            banner = self.tr("This inspection is finalised and read-only. To change it, start a correction.")
        elif rec.replaces_id:
            banner = self.tr("This draft corrects a finalised inspection; finalising it replaces that one.")
        else:
            banner = ""
        self.banner.setText(banner)
        self.banner.setVisible(bool(banner))

    def retranslate(self) -> None:
        self.score_caption.setText(self.tr("Score"))
        if self._shown:
            self.show_file(*self._shown)
