"""The one translation hook for the layers below the GUI.

Messages and labels in core, storage and services are translated through
`translate(context, text)`. The GUI points the hook at Qt's translator, the
CLI at a reader of the same compiled catalogue, so both speak the user's
language from one `.ts` file per language. `pyside6-lupdate` extracts calls
of `translate(...)` and `QT_TRANSLATE_NOOP(...)` from these modules.
"""

from __future__ import annotations

from typing import Callable, Optional

Translator = Callable[[str, str, Optional[str]], str]


def _untranslated(context: str, text: str, disambiguation: str | None = None) -> str:
    return text


_translator: Translator = _untranslated


def set_translator(translator: Translator | None) -> None:
    """Install the function that translates; None restores the source text."""
    global _translator
    _translator = translator or _untranslated


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """Translate `text` in `context` into the current language."""
    return _translator(context, text, disambiguation)


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: str | None = None) -> str:  # noqa: N802
    """Mark a string for extraction; it is translated later, where it is shown."""
    return text
