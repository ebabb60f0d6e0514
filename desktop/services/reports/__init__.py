"""The printed reports, one module each, behind one entry point.

`build_report(ws, ReportRequest(kind, language, ...), out)` is what the CLI
and the GUI call. A builder is
`build(ws, request, out: Path, fonts: ReportFonts, progress) -> Path`; it
writes the PDF atomically (pdf/document.py) and returns its path.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Mapping

from desktop.core.errors import VillageDeskError
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.progress import NO_PROGRESS, Progress
from desktop.services.pdf.fonts import FontChoice, ReportFonts, load_fonts
from desktop.services.pdf.labels import REPORT_LANGUAGES


class ReportRequestInvalid(VillageDeskError):
    """The request names no such report, language or village."""


@dataclass(frozen=True)
class ReportRequest:
    kind: str  # plan | dossier | ledger | township | county
    language: str  # zh_CN | bo_CN | both
    village_id: str | None = None
    unit_id: str | None = None
    options: dict = field(default_factory=dict)


Builder = Callable[..., Path]

# Kind -> name (source text; `kind_name` translates it).
REPORT_KINDS: dict[str, str] = {
    "plan": QT_TRANSLATE_NOOP("Reports", "Plan form (one village, one plan)"),
    "dossier": QT_TRANSLATE_NOOP("Reports", "Village dossier"),
    "ledger": QT_TRANSLATE_NOOP("Reports", "Problem ledger"),
    "township": QT_TRANSLATE_NOOP("Reports", "Township summary"),
    "county": QT_TRANSLATE_NOOP("Reports", "County overview"),
}


def kind_name(kind: str) -> str:
    """The report's name in the current language."""
    return translate("Reports", REPORT_KINDS[kind])


def _builders() -> dict[str, Builder]:
    from desktop.services.reports import county_overview, dossier, ledger_report, plan_form, township_summary

    return {"plan": plan_form.build, "dossier": dossier.build, "ledger": ledger_report.build,
            "township": township_summary.build, "county": county_overview.build}


class _Registry(Mapping):
    """Kind -> builder, the builders imported on first use: the CLI's
    parser reads the kinds on every command and need not load ReportLab."""

    def __init__(self) -> None:
        self._builders: dict[str, Builder] | None = None

    def _loaded(self) -> dict[str, Builder]:
        if self._builders is None:
            self._builders = _builders()
        return self._builders

    def __getitem__(self, kind: str) -> Builder:
        return self._loaded()[kind]

    def __iter__(self) -> Iterator[str]:
        return iter(self._loaded())

    def __len__(self) -> int:
        return len(self._loaded())


REPORTS: Mapping[str, Builder] = _Registry()


def report_fonts() -> ReportFonts:
    """The fonts chosen in the settings, else the system's (MissingFonts if none)."""
    from desktop.services.settings import load_settings

    return load_fonts(FontChoice.from_settings(load_settings().report_fonts))


def build_report(ws, request: ReportRequest, out: Path | str, progress: Progress = NO_PROGRESS,
                 fonts: ReportFonts | None = None) -> Path:
    if request.kind not in REPORTS:
        raise ReportRequestInvalid(translate("Reports", "There is no report called {kind}. Reports: {kinds}.").format(
            kind=request.kind, kinds=", ".join(REPORTS)))
    if request.language not in REPORT_LANGUAGES:
        raise ReportRequestInvalid(translate("Reports", "A report is printed in zh_CN, bo_CN or both, not {language}.")
                                   .format(language=request.language))
    fonts = fonts or report_fonts()
    return REPORTS[request.kind](ws, request, Path(out), fonts, progress)
