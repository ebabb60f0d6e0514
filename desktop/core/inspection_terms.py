"""The closed lists of checklists, inspections and warnings.

Stored values are stable English codes; labels come from the `Terms`
context (and i18n/glossary.tsv), as for every list in `terms.py`.
"""

from __future__ import annotations

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.terms import Term, register_labels


class Remedy(Term):
    """The county's eight remedies (八治, seed 002) a failed indicator points to."""

    CORRUPTION = "corruption"
    FALSEHOOD = "falsehood"
    SLOTH = "sloth"
    MEDIOCRITY = "mediocrity"
    SOFTNESS = "softness"
    POVERTY = "poverty"
    DISORDER = "disorder"
    LAXITY = "laxity"


register_labels({
    Remedy.CORRUPTION: QT_TRANSLATE_NOOP("Terms", "Curb corruption"),
    Remedy.FALSEHOOD: QT_TRANSLATE_NOOP("Terms", "Curb falsehood"),
    Remedy.SLOTH: QT_TRANSLATE_NOOP("Terms", "Curb sloth"),
    Remedy.MEDIOCRITY: QT_TRANSLATE_NOOP("Terms", "Curb mediocrity"),
    Remedy.SOFTNESS: QT_TRANSLATE_NOOP("Terms", "Curb softness"),
    Remedy.POVERTY: QT_TRANSLATE_NOOP("Terms", "Curb poverty"),
    Remedy.DISORDER: QT_TRANSLATE_NOOP("Terms", "Curb disorder"),
    Remedy.LAXITY: QT_TRANSLATE_NOOP("Terms", "Curb laxity"),
})


class ScoringKind(Term):
    """How an indicator is answered (docs/checklist-format.md)."""

    YES_NO = "yes_no"
    SCALE = "scale"
    BANDS = "bands"
    COUNT = "count"


register_labels({
    ScoringKind.YES_NO: QT_TRANSLATE_NOOP("Terms", "Yes or no"),
    ScoringKind.SCALE: QT_TRANSLATE_NOOP("Terms", "Scale"),
    ScoringKind.BANDS: QT_TRANSLATE_NOOP("Terms", "Number with bands"),
    ScoringKind.COUNT: QT_TRANSLATE_NOOP("Terms", "Count"),
})


class Subject(Term):
    """Who a checklist inspects."""

    VILLAGE = "village"
    TOWNSHIP = "township"


register_labels({
    Subject.VILLAGE: QT_TRANSLATE_NOOP("Terms", "Village Party organisation"),
    Subject.TOWNSHIP: QT_TRANSLATE_NOOP("Terms", "Township Party committee"),
})


class PeriodKind(Term):
    QUARTER = "quarter"
    HALF_MONTH = "half_month"
    SCREENING = "screening"


register_labels({
    PeriodKind.QUARTER: QT_TRANSLATE_NOOP("Terms", "Quarter"),
    PeriodKind.HALF_MONTH: QT_TRANSLATE_NOOP("Terms", "Half-month warning review"),
    PeriodKind.SCREENING: QT_TRANSLATE_NOOP("Terms", "One-off screening"),
})


class InspectionStatus(Term):
    DRAFT = "draft"
    FINAL = "final"


register_labels({
    InspectionStatus.DRAFT: QT_TRANSLATE_NOOP("Terms", "Draft"),
    InspectionStatus.FINAL: QT_TRANSLATE_NOOP("Terms", "Finalised"),
})


class QuotaClass(Term):
    """The quota rating of seed 003: top 30 %, next 50 %, bottom 20 %."""

    FIRST = "1"
    SECOND = "2"
    THIRD = "3"


register_labels({
    QuotaClass.FIRST: QT_TRANSLATE_NOOP("Terms", "Class 1"),
    QuotaClass.SECOND: QT_TRANSLATE_NOOP("Terms", "Class 2"),
    QuotaClass.THIRD: QT_TRANSLATE_NOOP("Terms", "Class 3"),
})
