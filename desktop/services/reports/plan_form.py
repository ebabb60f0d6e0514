"""The plan form (一村一策表) for the village meeting."""

from __future__ import annotations

from pathlib import Path


def build(ws, request, out: Path, fonts, progress) -> Path:
    raise NotImplementedError("plan form: being written")
