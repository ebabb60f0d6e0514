"""Report labels in the report's language, whatever the user's.

A plan form printed for a village meeting in a Tibetan area carries every
label in both scripts. `ReportLabels("both").translate(context, text)` gives
each label as Chinese,
a newline, Tibetan; `of(fn)` does the same for anything the lower layers
translate themselves (a term's label, a counted sentence).
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Iterator

from desktop.core.i18n import speaking
from desktop.services.translations import catalogue_for

REPORT_LANGUAGES = ("zh_CN", "bo_CN", "both")


def _translator(language: str):
    catalogue = catalogue_for(language)
    if catalogue is None:
        return lambda context, text, disambiguation=None: text
    return catalogue.translate


class ReportLabels:
    def __init__(self, language: str) -> None:
        if language not in REPORT_LANGUAGES:
            raise ValueError(language)
        self.language = language
        self.languages = ("zh_CN", "bo_CN") if language == "both" else (language,)

    @property
    def bilingual(self) -> bool:
        return len(self.languages) > 1

    @contextmanager
    def speaking(self, language: str | None = None) -> Iterator[None]:
        """Translate in `language` (default: the report's first) within the block."""
        with speaking(_translator(language or self.languages[0])):
            yield

    def parts(self, fn: Callable[[], str]) -> list[str]:
        """`fn()` evaluated in each of the report's languages."""
        out = []
        for language in self.languages:
            with self.speaking(language):
                out.append(fn())
        return out

    def of(self, fn: Callable[[], str], sep: str = "\n") -> str:
        parts = self.parts(fn)
        return parts[0] if len(parts) == 1 or parts[0] == parts[1] else sep.join(parts)

    def translate(self, context: str, text: str, sep: str = "\n", **values) -> str:
        """A label (source English) in the report's language(s). Named
        `translate` so lupdate extracts `labels.translate("Reports", "…")`."""
        from desktop.core.i18n import translate

        return self.of(lambda: translate(context, text).format(**values) if values else translate(context, text), sep)
