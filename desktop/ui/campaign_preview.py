"""The campaign screens over the demo's campaign, for a look:
`python -m desktop.ui.preview dashboard|support|acceptance`."""

from __future__ import annotations

from desktop.core.ledger_terms import AcceptanceResult


def preview_dashboard(window):
    """The dashboard at the size the Rectification menu opens it."""
    return window.campaign_menu.open_dashboard()


def preview_village_tab(window, screen: str):
    """The village file on its Support log or Acceptance tab, for the demo
    village with the most to show (a failed review and a pass after it, or
    the longest log)."""
    ws = window.ws

    def weight(village_id: str) -> tuple:
        if screen == "acceptance":
            reviews = ws.acceptance.reviews(village_id)
            return (any(r.result is AcceptanceResult.FAILED for r in reviews), len(reviews))
        return (len(ws.support.activities(village_id)),)

    village_id = max(ws.dashboard.figures().campaign_ids, key=weight)
    dialog = window.open_village(village_id)
    tab = dialog.campaign.support_log if screen == "support" else dialog.campaign.acceptance
    dialog.tabs.setCurrentWidget(tab)
    return dialog
