"""The village dossier."""

from __future__ import annotations

from pathlib import Path


def build(ws, request, out: Path, fonts, progress) -> Path:
    raise NotImplementedError("dossier: being written")
