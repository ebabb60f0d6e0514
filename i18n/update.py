#!/usr/bin/env python3
"""Refresh the translation catalogues.

    python i18n/update.py                      lupdate, glossary, lrelease
    python i18n/update.py --import bo_CN F.tsv  take translations from a
                                                spreadsheet (context, source,
                                                translation), then refresh

1. `pyside6-lupdate` collects every string of `desktop/` into one `.ts` file
   per language (strings gone from the code are dropped).
2. The `Terms` context takes its translations from `glossary.tsv`, the one
   place the domain's terms are kept (and corrected).
3. `pyside6-lrelease` compiles the `.qm` files the app loads.
"""

from __future__ import annotations

import argparse
import ast
import csv
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
LANGUAGES = ("zh_CN", "bo_CN")
GLOSSARY = I18N / "glossary.tsv"
TERMS_CONTEXT = "Terms"
PLACEHOLDER = re.compile(r"\{(\w*)\}")


def ts_path(language: str) -> Path:
    return I18N / f"villagedesk_{language}.ts"


def qm_path(language: str) -> Path:
    return I18N / f"villagedesk_{language}.qm"


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def missed_by_lupdate(source: Path = ROOT / "desktop") -> list[tuple[str, str]]:
    """Messages lupdate's Python parser does not see: a `translate` call
    with keyword arguments (`labels.translate("Reports", "{n} people",
    sep=" ", n=3)`) and the reports' alias `t = labels.translate`."""
    found: dict[tuple[str, str], None] = {}
    for path in sorted(source.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            func = node.func
            alias = isinstance(func, ast.Name) and func.id == "t"
            keyword_call = isinstance(func, (ast.Attribute, ast.Name)) and node.keywords and \
                (func.attr if isinstance(func, ast.Attribute) else func.id) == "translate"
            context, text = node.args[:2]
            if (alias or keyword_call) and all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                                               for a in (context, text)):
                found[(context.value, text.value)] = None
    return list(found)


def lupdate(targets: list[Path], source: Path = ROOT / "desktop") -> None:
    # What lupdate misses is handed to it as marks in a file of its own, for this run only.
    extra = I18N / "_missed_by_lupdate.py"
    lines = ["def QT_TRANSLATE_NOOP(context, text):", "    return text", ""]
    lines += [f"QT_TRANSLATE_NOOP({c!r}, {t!r})" for c, t in missed_by_lupdate(source)]
    extra.write_text("\n".join(lines) + "\n", encoding="utf-8")
    try:
        subprocess.run(
            [_tool("pyside6-lupdate"), "-extensions", "py", "-locations", "relative", "-no-obsolete", "-silent",
             str(source), str(extra), "-ts", *map(str, targets)],
            check=True,
        )
    finally:
        extra.unlink(missing_ok=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def read_glossary() -> dict[str, dict[str, str]]:
    with open(GLOSSARY, encoding="utf-8", newline="") as f:
        return {row["source"]: row for row in csv.DictReader(f, delimiter="\t")}


def messages(ts: Path):
    """(context, source, translation element) for each message of a .ts file."""
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source"), message.find("translation")


def set_translations(ts: Path, wanted: dict[tuple[str, str], str]) -> int:
    """Write translations for (context, source) pairs into a .ts file."""
    tree = ET.parse(ts)
    changed = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"))
            if key in wanted and wanted[key]:
                translation = message.find("translation")
                if translation.text != wanted[key] or translation.get("type"):
                    translation.text = wanted[key]
                    translation.attrib.pop("type", None)
                    changed += 1
    if changed:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return changed


def apply_glossary(language: str) -> int:
    glossary = read_glossary()
    return set_translations(ts_path(language), {
        (TERMS_CONTEXT, source): row[language] for source, row in glossary.items()
    })


def problems(ts: Path) -> list[str]:
    """Untranslated messages and translations whose {placeholders} differ."""
    out = []
    for context, source, translation in messages(ts):
        where = f"{ts.name}: [{context}] {source!r}"
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") \
                or not (translation.text or "").strip():
            out.append(f"{where} is not translated")
        elif set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(translation.text)):
            out.append(f"{where} has other placeholders: {translation.text!r}")
    return out


def import_tsv(language: str, path: Path) -> int:
    with open(path, encoding="utf-8", newline="") as f:
        rows = [r for r in csv.reader(f, delimiter="\t") if len(r) >= 3 and r[0] != "context"]
    return set_translations(ts_path(language), {(r[0], r[1]): r[2] for r in rows})


def refresh() -> list[str]:
    targets = [ts_path(lang) for lang in LANGUAGES]
    lupdate(targets)
    for lang in LANGUAGES:
        apply_glossary(lang)
    lupdate(targets)  # normalise the layout after the XML rewrite
    found = []
    for lang in LANGUAGES:
        lrelease(ts_path(lang), qm_path(lang))
        found += problems(ts_path(lang))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--import", nargs=2, metavar=("LANG", "TSV"), dest="import_")
    args = parser.parse_args()
    if args.import_:
        lupdate([ts_path(lang) for lang in LANGUAGES])
        print(f"{import_tsv(args.import_[0], Path(args.import_[1]))} translations taken")
    found = refresh()
    for line in found:
        print(line)
    print(f"{len(found)} problems")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
