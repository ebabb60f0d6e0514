"""The one translation hook for the layers below the GUI.

Messages and labels in core, storage and services are translated through
`translate(context, text)`. The GUI points the hook at Qt's translator, the
CLI at a reader of the same compiled catalogue, so both speak the user's
language from one `.ts` file per language. `pyside6-lupdate` extracts calls
of `translate(...)` and `QT_TRANSLATE_NOOP(...)` from these modules.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from typing import Callable, Iterator, Optional

Translator = Callable[[str, str, Optional[str]], str]


def _untranslated(context: str, text: str, disambiguation: str | None = None) -> str:
    return text


_translator: Translator = _untranslated
# A report in a language other than the user's (or in both) is built in a
# worker thread under its own translator; a context variable keeps that
# thread's choice from leaking into the GUI thread.
_override: ContextVar[Translator | None] = ContextVar("translator_override", default=None)


def set_translator(translator: Translator | None) -> None:
    """Install the function that translates; None restores the source text."""
    global _translator
    _translator = translator or _untranslated


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """Translate `text` in `context` into the current language."""
    return (_override.get() or _translator)(context, text, disambiguation)


@contextmanager
def speaking(translator: Translator) -> Iterator[None]:
    """Within the block (and in this thread only), translate with `translator`."""
    token = _override.set(translator)
    try:
        yield
    finally:
        _override.reset(token)


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: str | None = None) -> str:  # noqa: N802
    """Mark a string for extraction; it is translated later, where it is shown."""
    return text
