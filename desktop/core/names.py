"""Sort and search keys for names.

Chinese users expect names in pinyin order and find villages by typing
pinyin or its initials ("zxg" for 扎西岗村). SQLite's plain ordering is by
code point, so each row stores a pinyin sort key and a search string made
when it is written. Tibetan names sort by code point (a known limit: proper
Tibetan collation orders by root letter).
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _pinyin():
    # pypinyin loads its dictionaries on import (~0.25 s): only when writing.
    from pypinyin import Style, lazy_pinyin

    return lazy_pinyin, Style


@lru_cache(maxsize=65536)
def pinyin_key(name_zh: str, name_bo: str = "") -> str:
    """A key that orders Chinese names by pinyin, then Tibetan-only names."""
    if name_zh:
        lazy_pinyin, _ = _pinyin()
        return " ".join(lazy_pinyin(name_zh)).lower()
    # After every pinyin key: Tibetan code points sort after ASCII.
    return name_bo


@lru_cache(maxsize=65536)
def pinyin_search(name_zh: str) -> str:
    """'zhaxigangcun zxgc': full pinyin and initials, for search."""
    if not name_zh:
        return ""
    lazy_pinyin, Style = _pinyin()
    syllables = lazy_pinyin(name_zh)
    initials = lazy_pinyin(name_zh, style=Style.FIRST_LETTER)
    return ("".join(syllables) + " " + "".join(initials)).lower()


def search_text(*parts: str | None, name_zh: str = "") -> str:
    """What search matches against: the parts and the pinyin of a Chinese
    name, in lower case (only ASCII has case here)."""
    return " ".join(p for p in (*parts, pinyin_search(name_zh)) if p).lower()
