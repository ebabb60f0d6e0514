"""A half-answered inspection of a weak village over demo data, for a look:
`python -m desktop.ui.preview inspection` and the screenshots."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.core.checklists import Indicator
from desktop.core.errors import VillageDeskError
from desktop.core.inspection_terms import PeriodKind, ScoringKind, Subject
from desktop.core.periods import containing
from desktop.core.query import VillageQuery
from desktop.core.scoring import Answer
from desktop.core.terms import Rating
from desktop.ui.inspection_dialog import InspectionDialog


def _sample_value(ind: Indicator, fail: bool) -> float:
    if ind.kind is ScoringKind.YES_NO:
        return float(ind.good_answer != fail)
    if ind.kind is ScoringKind.SCALE:
        return float(ind.scale_max // 3 if fail else ind.scale_max)
    band = min(ind.bands, key=lambda b: b.score) if fail else max(ind.bands, key=lambda b: b.score)
    return float(band.start)


def preview_inspection(window_or_workspace, language: str) -> InspectionDialog:
    """A half-answered inspection of a weak village, for a look (desktop/ui/preview.py).
    Takes the main window (the dialog is its child) or a workspace."""
    ws = getattr(window_or_workspace, "ws", window_or_workspace)
    parent = window_or_workspace if isinstance(window_or_workspace, QWidget) else None
    templates = [t for t in ws.checklists.list() if t.latest and t.subject is Subject.VILLAGE]
    if not templates:
        raise VillageDeskError("No checklist template is installed.")
    weak = ws.villages.search(VillageQuery(rating=Rating.BACKWARD)) or [v[0] for v in ws.villages.find("", 1)]
    if not weak:
        raise VillageDeskError("No village to inspect.")
    template = max(templates, key=lambda t: t.inspections)     # the one the demo's inspections used
    f, _ = ws.inspections.start(weak[0], template.id, containing(ws.today(), PeriodKind.QUARTER).key)
    if not f.answers:
        indicators = list(f.template.indicators())
        half = indicators[: (len(indicators) + 1) // 2]
        ws.inspections.save(f, {ind.code: Answer(ind.code, _sample_value(ind, fail=n % 3 == 2), False,
                                                 "" if n % 3 != 2 else ind.guidance.get(language)[:40])
                                for n, ind in enumerate(half)})
    return InspectionDialog(ws, f.inspection.id, language, parent)
