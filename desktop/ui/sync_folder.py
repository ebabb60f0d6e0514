"""Where bundles were last read or written this session (a USB stick, most
often), so Make bundle… and Import bundle… start there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

_last: dict[str, str] = {}


def last_folder() -> str:
    if "folder" in _last and Path(_last["folder"]).is_dir():
        return _last["folder"]
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def remember(folder: str | Path) -> None:
    _last["folder"] = str(folder)
