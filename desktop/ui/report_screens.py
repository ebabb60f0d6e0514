"""Report screens to look at (`python -m desktop.ui.preview report|reportfonts`
and the screenshots): the preview of a village's plan form, built over the
demo data, and the Report fonts page."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication


def _village_with_plan(ws) -> str:
    from desktop.core.query import VillageQuery
    from desktop.ui.plan_preview import second_round_plan

    for village_id in ws.villages.search(VillageQuery()):
        if ws.plans.current(village_id) is not None:
            return village_id
    return ws.plans.open(second_round_plan(ws)).plan.village_id


def preview_report(window, language: str):
    """The preview window over a plan form printed in the interface's
    language (both scripts in Tibetan, as a Tibetan area's village sees it),
    its first pages drawn."""
    from desktop.services.reports import ReportRequest, build_report, kind_name
    from desktop.ui.report_preview import ReportPreview

    ws = window.ws
    village_id = _village_with_plan(ws)
    out = Path(tempfile.mkdtemp(prefix="villagedesk-report-")) / "plan.pdf"
    build_report(ws, ReportRequest("plan", "both" if language == "bo_CN" else "zh_CN", village_id=village_id), out)
    zh, bo = ws.villages.names([village_id])[village_id]
    name = (bo or zh) if language == "bo_CN" else (zh or bo)
    preview = ReportPreview(out, f"{kind_name('plan')}: {name}", parent=window)
    preview.resize(1000, 820)
    preview.show()
    app = QApplication.instance()
    app.processEvents()
    while preview.view.pending():
        app.processEvents()
    return preview


def preview_fonts(window):
    return window.report_menu.open_fonts()
