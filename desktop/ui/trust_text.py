"""What the trust screens (this installation, enrolling, the installations)
share: the fingerprint as people read it, and a unit named in the user's
language."""

from __future__ import annotations

from PySide6.QtGui import QFont

from desktop.core.sync_identity import format_fingerprint

MONOSPACE_FAMILIES = ["DejaVu Sans Mono", "Noto Sans Mono", "Liberation Mono", "Consolas", "Menlo", "Courier New"]


def digits_font(point_size: float) -> QFont:
    """A monospace font for digits people compare group by group: columns
    line up and 1 never looks like 7 (the UI's own font is CJK or Tibetan)."""
    font = QFont()
    font.setFamilies(MONOSPACE_FAMILIES)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setFixedPitch(True)
    font.setPointSizeF(point_size)
    return font


def grow_to_fit(widget) -> None:
    """Make a shown dialog taller when wrapped text appeared in it (a note, a
    message): Qt keeps a top-level window's height and squeezes its rows
    instead. Heights for wrapped text are right only once it is shown."""
    layout = widget.layout()
    if layout is None or not widget.isVisible():
        return
    layout.invalidate()
    needed = layout.totalHeightForWidth(widget.width()) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
    if needed > widget.height():
        widget.resize(widget.width(), needed)


def fingerprint_lines(digits: str) -> str:
    """Two lines of four groups, as the printed slip has them."""
    groups = format_fingerprint(digits).split(" ")
    return "\n".join("  ".join(groups[i:i + 4]) for i in range(0, len(groups), 4))


def short_fingerprint(digits: str) -> str:
    """The first two groups: enough to tell installations apart in a list."""
    return format_fingerprint(digits[:10]) + " …" if digits else ""


def unit_name(language: str, zh: str, bo: str) -> str:
    """A name kept in both scripts, in the user's language when it has one."""
    first, second = (bo, zh) if language == "bo_CN" else (zh, bo)
    return first or second or ""


def unit_label(language: str, code: str, zh: str, bo: str) -> str:
    name = unit_name(language, zh, bo)
    return f"{code} {name}".strip() if code else name


def time_text(value) -> str:
    """A time the service gives (ISO text or a datetime, UTC) on the user's clock."""
    from desktop.ui.sync_words import local_time

    if value is not None and not isinstance(value, str):
        value = value.isoformat()
    return local_time(value)
