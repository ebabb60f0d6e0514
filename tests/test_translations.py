"""Every user-visible string is translated, in one catalogue per language.

The catalogues must be complete, current with the code, compiled, and read
the same by Qt (GUI) and by our reader (CLI). Terms come from the glossary.
"""

import ast
import importlib.util
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("i18n_update", ROOT / "i18n" / "update.py")
update = importlib.util.module_from_spec(spec)
spec.loader.exec_module(update)

LANGUAGES = update.LANGUAGES


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_is_complete(language):
    assert update.problems(update.ts_path(language)) == []


def test_catalogues_hold_every_string_of_the_code(tmp_path):
    copies = []
    for language in LANGUAGES:
        copy = tmp_path / update.ts_path(language).name
        shutil.copy(update.ts_path(language), copy)
        copies.append(copy)
    update.lupdate(copies)
    missing = [p for c in copies for p in update.problems(c)]
    assert not missing, "run `python i18n/update.py` and translate:\n" + "\n".join(missing)


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_is_current(language, tmp_path):
    fresh = tmp_path / "fresh.qm"
    update.lrelease(update.ts_path(language), fresh)
    assert fresh.read_bytes() == update.qm_path(language).read_bytes(), "run `python i18n/update.py`"


@pytest.mark.parametrize("language", LANGUAGES)
def test_terms_come_from_the_glossary(language):
    glossary = update.read_glossary()
    terms = {(src, tr.text) for ctx, src, tr in update.messages(update.ts_path(language)) if ctx == update.TERMS_CONTEXT}
    assert terms, "no Terms in the catalogue"
    for source, text in terms:
        assert source in glossary, f"term {source!r} is not in i18n/glossary.tsv"
        assert text == glossary[source][language], f"term {source!r} differs from the glossary"
    unused = set(glossary) - {s for s, _ in terms}
    assert not unused, f"glossary entries no code uses: {sorted(unused)}"


def test_glossary_rows_say_how_sure_the_tibetan_is():
    for source, row in update.read_glossary().items():
        assert row["bo_confidence"] in ("high", "medium", "low"), source
        assert row["bo_source"].strip(), source


@pytest.mark.parametrize("language", LANGUAGES)
def test_cli_reader_agrees_with_qt(language, qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from desktop.services.translations import Catalogue

    catalogue = Catalogue.load(update.qm_path(language))
    translator = QTranslator()
    assert translator.load(str(update.qm_path(language)))
    QCoreApplication.installTranslator(translator)
    try:
        checked = 0
        for context, source, _ in update.messages(update.ts_path(language)):
            assert catalogue.translate(context, source) == QCoreApplication.translate(context, source), (context, source)
            checked += 1
        assert checked > 50
        assert catalogue.translate("Nowhere", "not a message") == "not a message"
    finally:
        QCoreApplication.removeTranslator(translator)


# Calls whose arguments are not literals cannot be extracted by lupdate:
# such a string would silently stay English. Only these may do it.
NON_LITERAL_ALLOWED = {
    ("desktop/core/terms.py", "translate"),       # labels marked with QT_TRANSLATE_NOOP
    ("desktop/core/i18n.py", "_translator"),      # the hook itself
    ("desktop/ui/language.py", "translate"),      # the hook pointed at Qt
    ("desktop/services/pdf/labels.py", "translate"),  # ReportLabels.translate: the hook in a report's language
    ("desktop/core/roster.py", "translate"),      # roster column labels marked with QT_TRANSLATE_NOOP
    ("desktop/services/roster_files.py", "translate"),  # the template's help and sheet names, marked likewise
    ("desktop/services/reports/__init__.py", "translate"),  # REPORT_KINDS, marked likewise
    ("desktop/core/access.py", "translate"),      # role and action labels, marked likewise
    ("desktop/services/audit_labels.py", "translate"),  # field labels, marked likewise
}


def test_every_translated_string_is_a_literal_lupdate_can_see():
    offenders = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
            if name not in ("translate", "tr", "QT_TRANSLATE_NOOP"):
                continue
            if name == "translate" and len(node.args) < 2:
                continue  # str.translate(table), not a message
            texts = node.args[:2] if name in ("translate", "QT_TRANSLATE_NOOP") else node.args[:1]
            if (rel, name) in NON_LITERAL_ALLOWED:
                continue
            if not texts or not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in texts):
                offenders.append(f"{rel}:{node.lineno} {name}(...) with a non-literal text")
    assert not offenders, "\n".join(offenders)


def test_messages_lupdate_cannot_parse_are_in_the_catalogues_too():
    # labels.translate("Reports", "…", n=3) and the reports' `t` alias: update.py
    # hands them to lupdate itself; were it to stop, they would print in English.
    missed = update.missed_by_lupdate()
    assert len(missed) > 50
    for language in update.LANGUAGES:
        known = {(context, source) for context, source, _ in update.messages(update.ts_path(language))}
        assert [m for m in missed if m not in known] == [], language
