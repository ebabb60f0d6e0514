"""Printing for people (aligned tables in CJK and Tibetan) and for scripts (JSON)."""

from __future__ import annotations

import json
import sys
import unicodedata
from typing import Any, Sequence


def display_width(text: str) -> int:
    """Terminal columns: CJK is two wide, combining marks (Tibetan stacks) zero."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def pad(text: str, width: int) -> str:
    return text + " " * max(0, width - display_width(text))


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], out=None) -> None:
    out = out or sys.stdout
    cells = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [max([display_width(h)] + [display_width(r[i]) for r in cells]) for i, h in enumerate(headers)]
    print("  ".join(pad(h, w) for h, w in zip(headers, widths)).rstrip(), file=out)
    for r in cells:
        print("  ".join(pad(c, w) for c, w in zip(r, widths)).rstrip(), file=out)


def print_json(data: Any, out=None) -> None:
    json.dump(data, out or sys.stdout, ensure_ascii=False, indent=2, default=str)
    (out or sys.stdout).write("\n")
