"""Columns the storage derives from others (sort and search keys).

The writer fills them on every insert and on every update that touches
their sources, so no caller computes them, undo recomputes them, and the
change log records what the user changed, not its echoes.
"""

from __future__ import annotations

from typing import Any, Callable, Mapping

from desktop.core.names import pinyin_key, search_text


def _names(row: Mapping[str, Any]) -> dict[str, Any]:
    return {"name_sort": pinyin_key(row["name_zh"], row["name_bo"])}


def _village(row: Mapping[str, Any]) -> dict[str, Any]:
    return {**_names(row), "search_text": search_text(row["name_zh"], row["name_bo"], row["code"], name_zh=row["name_zh"])}


def _person(row: Mapping[str, Any]) -> dict[str, Any]:
    return {**_names(row), "search_text": search_text(row["name_zh"], row["name_bo"], row["phone"], name_zh=row["name_zh"])}


# entity -> (source columns, derive(row) -> derived columns)
DERIVED: dict[str, tuple[tuple[str, ...], Callable[[Mapping[str, Any]], dict[str, Any]]]] = {
    "admin_unit": (("name_zh", "name_bo"), _names),
    "village": (("name_zh", "name_bo", "code"), _village),
    "person": (("name_zh", "name_bo", "phone"), _person),
}


def derived_columns(entity: str) -> set[str]:
    if entity not in DERIVED:
        return set()
    return set(DERIVED[entity][1]({"name_zh": "", "name_bo": "", "code": "", "phone": ""}))


def with_derived(entity: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """`row` plus its derived columns."""
    if entity not in DERIVED:
        return dict(row)
    return {**row, **DERIVED[entity][1](row)}
