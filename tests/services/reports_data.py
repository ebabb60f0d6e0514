"""Shared by the report tests: a demo county, its villages by what they
have, the text a PDF gives back."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from desktop.core.query import VillageQuery
from desktop.services.demo import fill_demo
from desktop.services.workspace import Workspace


def demo_workspace(target) -> Workspace:
    """A demo county at `target` (module_db_target: a file or a server's database)."""
    ws = Workspace.open(target, actor="tester")
    fill_demo(ws, villages=30, seed=5)
    return ws


def villages_with_plans(ws: Workspace) -> list[str]:
    return [v for v in ws.villages.search(VillageQuery()) if ws.plans.current(v)]


def villages_without_plans(ws: Workspace) -> list[str]:
    return [v for v in ws.villages.search(VillageQuery()) if not ws.plans.current(v)]


def pdf_text(path: Path) -> str:
    """In the order drawn (-raw): a wrapped cell reads on, not across its row."""
    return subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def squeezed(text: str) -> str:
    """Text without whitespace: a cell's text wraps over lines."""
    return re.sub(r"\s+", "", text)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())
