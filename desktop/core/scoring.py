"""Scoring an inspection against its template.

Each answer gives a fraction of its indicator's weight (docs/checklist-format.md):

    score = 100 × Σ(weight × fraction) / Σ(weight)

over the answered, applicable indicators, rounded to one decimal. An
indicator fails when its fraction is below the template's pass fraction; a
failed veto indicator (一票否决) makes the warning red whatever the score.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from desktop.core.checklists import Indicator, Template, parse_flag
from desktop.core.i18n import translate
from desktop.core.inspection_terms import ScoringKind

MAX_ANSWER = 1e12


@dataclass(frozen=True, slots=True)
class Answer:
    """One indicator's answer. `value`: yes_no 1 (yes) or 0 (no); scale and
    count a whole number; bands any number. None means not answered yet."""

    code: str
    value: float | None = None
    not_applicable: bool = False
    note: str = ""

    @property
    def answered(self) -> bool:
        return self.value is not None or self.not_applicable


def fraction(ind: Indicator, value: float) -> float:
    """The share of the weight `value` earns (0..1)."""
    kind = ind.kind
    if kind is ScoringKind.YES_NO:
        return 1.0 if (value >= 0.5) == ind.good_answer else 0.0
    if kind is ScoringKind.SCALE:
        return min(max(value, 0.0), ind.scale_max) / ind.scale_max
    earned = 0.0
    for band in ind.bands:   # bands rise; the last one reached counts
        if value >= band.start:
            earned = band.score
        else:
            break
    return earned


def check_value(ind: Indicator, value: float) -> str | None:
    """A message if `value` cannot answer `ind`, else None."""
    if not math.isfinite(value) or abs(value) > MAX_ANSWER:
        return translate("Scoring", "This number is too large.")
    if ind.kind is ScoringKind.YES_NO and value not in (0.0, 1.0):
        return translate("Scoring", "Answer yes or no.")
    if ind.kind is ScoringKind.SCALE and (value != int(value) or not 0 <= value <= ind.scale_max):
        return translate("Scoring", "Give a whole number from 0 to {top}.").format(top=ind.scale_max)
    if ind.kind is ScoringKind.COUNT and (value != int(value) or value < 0):
        return translate("Scoring", "Give a whole number, 0 or more.")
    return None


def parse_value(ind: Indicator, raw: Any) -> float:
    """An answer as typed or read from JSON/Excel ("yes", "是", 3, "52,000")."""
    if ind.kind is ScoringKind.YES_NO:
        flag = parse_flag(raw) if raw not in (None, "") else None
        if flag is None:
            raise ValueError(translate("Scoring", "Answer yes or no."))
        value = 1.0 if flag else 0.0
    else:
        try:
            value = float(str(raw).strip().replace(",", "").replace("，", "")) if not isinstance(raw, (int, float)) or isinstance(raw, bool) else float(raw)
        except ValueError:
            raise ValueError(translate("Scoring", "A number is needed here.")) from None
    problem = check_value(ind, value)
    if problem:
        raise ValueError(problem)
    return value


@dataclass(frozen=True, slots=True)
class FailedItem:
    indicator: Indicator
    fraction: float
    note: str


@dataclass(frozen=True, slots=True)
class ScoreSheet:
    score: float | None          # None until something applicable is answered
    earned: float
    possible: float
    answered: int
    total: int
    failed: tuple[FailedItem, ...]
    veto_failed: bool
    unanswered: tuple[str, ...]
    evidence_missing: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return not self.unanswered

    @property
    def can_finalise(self) -> bool:
        return not self.unanswered and not self.evidence_missing


def score_sheet(template: Template, answers: Mapping[str, Answer], evidence: Iterable[str] = ()) -> ScoreSheet:
    """The score and the failed items of `answers` (indicator code → answer).

    `evidence` names the indicators that have a file attached; a "met" answer
    to an indicator that needs evidence is listed until one is.
    """
    with_evidence = set(evidence)
    earned = possible = 0.0
    answered = 0
    failed: list[FailedItem] = []
    unanswered: list[str] = []
    evidence_missing: list[str] = []
    veto = False
    pass_fraction = template.pass_fraction
    for ind in template.indicators():
        a = answers.get(ind.code)
        if a is None or not a.answered:
            unanswered.append(ind.code)
            continue
        answered += 1
        if a.not_applicable:
            continue
        f = fraction(ind, a.value)
        earned += ind.weight * f
        possible += ind.weight
        if f < pass_fraction:
            failed.append(FailedItem(ind, f, a.note))
            veto = veto or ind.veto
        elif ind.evidence and ind.code not in with_evidence:
            evidence_missing.append(ind.code)
    score = round(100.0 * earned / possible, 1) if possible else None
    return ScoreSheet(score, earned, possible, answered, template.indicator_count, tuple(failed), veto,
                      tuple(unanswered), tuple(evidence_missing))
