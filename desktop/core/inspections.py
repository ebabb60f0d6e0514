"""The records of templates and inspections as services hand them out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from desktop.core.checklists import Template, Text
from desktop.core.inspection_terms import InspectionStatus, PeriodKind, QuotaClass, Subject
from desktop.core.scoring import Answer
from desktop.core.terms import Rating, WarningColour


@dataclass(frozen=True, slots=True)
class TemplateInfo:
    """A template version as listed (without its indicators)."""

    id: str
    code: str
    version: int
    subject: Subject
    title: Text
    indicator_count: int
    origin: str
    inspections: int = 0
    latest: bool = True

    @property
    def label(self) -> str:
        return f"{self.code}@{self.version}"


@dataclass(frozen=True, slots=True)
class EvidenceRecord:
    id: str
    indicator_code: str
    file_name: str
    sha256: str
    size_bytes: int


@dataclass(slots=True)
class InspectionRecord:
    id: str
    row_version: int
    village_id: str
    template_id: str
    period: str
    period_kind: PeriodKind
    status: InspectionStatus = InspectionStatus.DRAFT
    inspector: str = ""
    started_on: date | None = None
    score: float | None = None
    colour: WarningColour | None = None
    veto_failed: bool = False
    answered: int = 0
    total: int = 0
    failed: int = 0
    finalised_at: datetime | None = None
    finalised_by: str = ""
    replaces_id: str | None = None
    note: str = ""

    @property
    def final(self) -> bool:
        return self.status is InspectionStatus.FINAL


@dataclass(slots=True)
class InspectionFile:
    """An inspection with everything the form needs."""

    inspection: InspectionRecord
    template: Template
    template_info: TemplateInfo
    answers: dict[str, Answer] = field(default_factory=dict)
    answer_versions: dict[str, tuple[str, int]] = field(default_factory=dict)   # code -> (row id, version)
    evidence: list[EvidenceRecord] = field(default_factory=list)
    problem_links: dict[str, str] = field(default_factory=dict)   # code -> ledger problem id
    replaced_by: str | None = None

    def evidence_codes(self) -> set[str]:
        return {e.indicator_code for e in self.evidence}


@dataclass(frozen=True, slots=True)
class PeriodResult:
    """One village's line in the warnings report for a period."""

    village_id: str
    code: str | None
    name_zh: str
    name_bo: str
    township_id: str | None
    inspection_id: str | None
    score: float | None
    colour: WarningColour | None
    quota: QuotaClass | None
    previous_score: float | None
    previous_colour: WarningColour | None
    rating: Rating | None = None


@dataclass(frozen=True, slots=True)
class GridCell:
    colour: WarningColour | None
    score: float | None
    inspection_id: str | None
    veto: bool = False       # red because a veto item failed, whatever the score
