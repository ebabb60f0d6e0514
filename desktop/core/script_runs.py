"""Where printed text may break, and which script each piece is in.

Printed forms mix Tibetan, Chinese, digits and Latin in one sentence. Each
script is set in its own font, and a line may break only:
- after a Tibetan syllable, i.e. after a tsheg ་ or a shad །, never before a
  shad (a shad that follows a tsheg stays with its syllable);
- between two Han characters, except before closing punctuation (，。）…)
  or after opening punctuation (（《…);
- at a space.
`break_units` cuts text into the pieces a line is filled with, and
`script_runs` a piece into same-script runs, so a word like "ཚེས15" is one
unbreakable piece in two fonts.
"""

from __future__ import annotations

from enum import Enum


class Script(str, Enum):
    TIBETAN = "tibetan"
    HAN = "han"
    OTHER = "other"  # Latin, digits, ASCII punctuation and the rest


TSHEG = "\u0f0b"
SHADS = frozenset("\u0f0d\u0f0e\u0f0f\u0f10\u0f11\u0f12\u0f14")
# Combining marks (vowels, subjoined letters): never separated from their letter.
TIBETAN_MARKS = frozenset(chr(c) for c in [*range(0x0F71, 0x0F85), *range(0x0F8D, 0x0FBD), 0x0F18, 0x0F19, 0x0F35,
                                          0x0F37, 0x0F39, 0x0F3E, 0x0F3F, 0x0F86, 0x0F87, 0x0FC6])
# Before these a Han line must not break (they close what precedes them).
CLOSING = frozenset("，。、；：？！）》」』】〕〉”’％‰…—·,.;:?!)]}%")
# After these it must not break (they open what follows).
OPENING = frozenset("（《「『【〔〈“‘([{")


def script_of(ch: str) -> Script:
    code = ord(ch)
    if 0x0F00 <= code <= 0x0FFF:
        return Script.TIBETAN
    if (0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x3000 <= code <= 0x303F
            or 0xFF00 <= code <= 0xFFEF or 0x20000 <= code <= 0x2FA1F or 0xF900 <= code <= 0xFAFF
            or code in (0x2014, 0x2026, 0x201C, 0x201D, 0x2018, 0x2019, 0x00B7)):
        return Script.HAN
    return Script.OTHER


def _is_han_letter(ch: str) -> bool:
    return script_of(ch) is Script.HAN and ch not in CLOSING and ch not in OPENING


def break_units(text: str) -> list[str]:
    """Cut one line of text (no newlines) into the pieces between which it may
    break. Spaces stay at the end of the piece before them; joined, the
    pieces give back the text."""
    units: list[str] = []
    current = ""
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        current += ch
        nxt = text[i + 1] if i + 1 < n else ""
        i += 1
        if not nxt:
            break
        if nxt == " " or nxt in CLOSING or nxt in SHADS or nxt == TSHEG or nxt in TIBETAN_MARKS or ch in OPENING:
            continue
        if ch == " ":
            units.append(current)
            current = ""
            continue
        if ch == TSHEG or ch in SHADS:
            units.append(current)
            current = ""
        elif _is_han_letter(ch) or ch in CLOSING and script_of(ch) is Script.HAN:
            units.append(current)
            current = ""
        elif _is_han_letter(nxt) or nxt in OPENING:
            # Latin or Tibetan followed by Han: a break is allowed, as a
            # Chinese line breaks before any character.
            units.append(current)
            current = ""
    if current:
        units.append(current)
    return units


def script_runs(piece: str) -> list[tuple[Script, str]]:
    """Split a piece into maximal runs of one script. Spaces and combining
    marks join the run before them, so they are set in its font."""
    runs: list[tuple[Script, str]] = []
    for ch in piece:
        script = script_of(ch)
        if runs and (ch == " " or script is runs[-1][0]):
            runs[-1] = (runs[-1][0], runs[-1][1] + ch)
        else:
            runs.append((script, ch))
    return runs
