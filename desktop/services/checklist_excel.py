"""Checklist templates as Excel workbooks: what counties design, what we export.

The workbook holds the TOML template's data (docs/checklist-format.md, "Excel"):
a `Template` sheet of field | value rows and an `Indicators` sheet with one row
per indicator. Reading reports every mistake with its sheet, row and column, so
a county fixes its file in one pass instead of one error per import.
"""

from __future__ import annotations

import datetime
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from desktop.core.checklists import (Template, TemplateInvalid, TemplateProblem, format_bands, indicator_data,
                                     parse_flag, parse_template, template_data)
from desktop.core.i18n import translate
from desktop.services.files import written_atomically

TEMPLATE_SHEETS = ("Template", "模板")
INDICATOR_SHEETS = ("Indicators", "指标")
TEMPLATE_FIELDS = (("code", "模板代码"), ("version", "版本"), ("subject", "检查对象"),
                   ("title_zh", "标题（中文）"), ("title_bo", "标题（藏文）"),
                   ("source_zh", "依据（中文）"), ("source_bo", "依据（藏文）"), ("pass_fraction", "合格线"))
COLUMNS = (("category_code", "类别代码"), ("category_zh", "类别（中文）"), ("category_bo", "类别（藏文）"),
           ("aspect_code", "方面代码"), ("aspect_zh", "方面（中文）"), ("aspect_bo", "方面（藏文）"),
           ("code", "指标代码"), ("text_zh", "指标内容（中文）"), ("text_bo", "指标内容（藏文）"),
           ("guidance_zh", "检查方法（中文）"), ("guidance_bo", "检查方法（藏文）"),
           ("weight", "分值"), ("kind", "评分方式"), ("max", "最高分"), ("good", "合格答案"), ("bands", "分段"),
           ("unit_zh", "单位（中文）"), ("unit_bo", "单位（藏文）"), ("evidence", "需佐证材料"),
           ("weakness", "软弱涣散类型"), ("remedy", "整治方向"), ("veto", "一票否决"))
# Columns every file needs; a kind's own keys (max, bands, ...) are checked per row by the parser.
REQUIRED = ("category_code", "category_zh", "category_bo", "aspect_code", "aspect_zh", "aspect_bo",
            "code", "text_zh", "text_bo", "weight", "kind")
_INDICATOR_KEYS = tuple(k for k, _ in COLUMNS if not k.startswith(("category_", "aspect_")))
_WIDTHS = {"text_zh": 48, "text_bo": 48, "guidance_zh": 36, "guidance_bo": 36, "category_zh": 18, "category_bo": 22,
           "aspect_zh": 18, "aspect_bo": 22, "bands": 24, "weakness": 16}
_NUMBERS = {"weight", "max", "version", "pass_fraction"}
_WORDS = {"kind", "remedy", "subject", "weakness"}          # compared lower-case
_CODES = {"code", "category_code", "aspect_code"}
# Which column holds a category's or aspect's field on an indicator row.
_COLUMN_OF = {"category": {"code": "category_code", "name_zh": "category_zh", "name_bo": "category_bo"},
              "aspect": {"code": "aspect_code", "name_zh": "aspect_zh", "name_bo": "aspect_bo"}}
_CHOICES = {"kind": "yes_no,scale,bands,count", "good": "yes,no", "evidence": "yes,no", "veto": "yes,no",
            "remedy": "corruption,falsehood,sloth,mediocrity,softness,poverty,disorder,laxity"}


@dataclass(frozen=True, slots=True)
class ExcelPlace:
    """Where a problem is in the workbook, as the user sees it in Excel."""

    sheet: str             # as titled in the file; "" for the file as a whole
    row: int               # 1-based; 0 for the sheet as a whole
    column: str | None     # letter, e.g. "H"
    header: str | None     # the header cell as written (or the key of a missing column)

    def describe(self) -> str:
        if not self.sheet:
            return translate("Checklists", "The workbook")
        if self.row and self.column:
            return translate("Checklists", "Sheet {sheet}, row {row}, column {column} ({header})").format(
                sheet=self.sheet, row=self.row, column=self.column, header=self.header)
        if self.row:
            return translate("Checklists", "Sheet {sheet}, row {row}").format(sheet=self.sheet, row=self.row)
        return translate("Checklists", "Sheet {sheet}").format(sheet=self.sheet)


# -- reading -------------------------------------------------------------------

def read_template_xlsx(path: Path) -> Template:
    """The template in the workbook at `path`, or TemplateInvalid listing every mistake."""
    return _Reader(_load(Path(path))).template()


def _load(path: Path) -> dict[str, tuple[str, list[tuple]]]:
    """Each wanted sheet's title and rows. OSError from opening passes (the service reports it)."""
    found: dict[str, tuple[str, list[tuple]]] = {}
    wanted = {"template": {_norm(n) for n in TEMPLATE_SHEETS}, "indicators": {_norm(n) for n in INDICATOR_SHEETS}}
    with path.open("rb") as f:  # a file object: openpyxl then judges the content, not the extension
        try:
            wb = openpyxl.load_workbook(f, read_only=True, data_only=True)
            try:
                for ws in wb.worksheets:
                    role = next((r for r, names in wanted.items() if _norm(ws.title) in names), None)
                    if role and role not in found:  # read-only rows stream lazily, so corruption shows up here too
                        found[role] = (ws.title, list(ws.iter_rows(values_only=True)))
            finally:
                wb.close()
        except Exception:  # zipfile, XML and openpyxl errors alike: the file is not a usable workbook
            message = translate("Checklists", "{name} is not an Excel workbook (.xlsx) or it is damaged. Save it from Excel as .xlsx and try again.")  # noqa: E501 one literal for lupdate
            raise TemplateInvalid([TemplateProblem(ExcelPlace("", 0, None, None), "file",
                                                   message.format(name=path.name))]) from None
    missing = [TemplateProblem(ExcelPlace(names[0], 0, None, None), "sheet", translate(
        "Checklists", "The workbook has no sheet named {name} (or {name_zh}).").format(name=names[0], name_zh=names[1]))
        for role, names in (("template", TEMPLATE_SHEETS), ("indicators", INDICATOR_SHEETS)) if role not in found]
    if missing:
        raise TemplateInvalid(missing)
    return found


class _Reader:
    def __init__(self, sheets: dict[str, tuple[str, list[tuple]]]) -> None:
        self.tsheet, trows = sheets["template"]
        self.isheet, irows = sheets["indicators"]
        self.problems: list[TemplateProblem] = []
        self.field_rows: dict[str, tuple[int, str]] = {}          # template key -> (row, label as written)
        self.columns: dict[str, tuple[int, str, str]] = {}        # column key -> (index, letter, header)
        self.head = self._read_head(trows)
        self.categories: list[dict[str, Any]] = []
        self.complete = self._read_indicators(irows)

    def _read_head(self, rows: list[tuple]) -> dict[str, Any]:
        aliases = _aliases(TEMPLATE_FIELDS)
        head: dict[str, Any] = {"_where": ("template", 0)}
        for number, row in enumerate(rows, 1):
            key = _key(row[0], aliases) if row else None
            if key and key not in self.field_rows:  # the heading row and unknown fields fall through
                self.field_rows[key] = (number, _text(row[0]))
                head[key] = _clean(key, row[1] if len(row) > 1 else None)
        return head

    def _read_indicators(self, rows: list[tuple]) -> bool:
        aliases = _aliases(COLUMNS)
        numbered = [(n, row) for n, row in enumerate(rows, 1) if any(_text(v) for v in row)]
        # The header is the first row naming a column: a title row above it is common in county files.
        start = next((i for i, (_, r) in enumerate(numbered) if any(_key(v, aliases) for v in r)), 0)
        numbered = numbered[start:]
        header_row, header = numbered.pop(0) if numbered else (1, ())
        for index, cell in enumerate(header):
            key = _key(cell, aliases)
            if key and key not in self.columns:
                self.columns[key] = (index, get_column_letter(index + 1), _text(cell))
        for key in REQUIRED:
            if key not in self.columns:
                self.problems.append(TemplateProblem(ExcelPlace(self.isheet, header_row, None, key), key, translate(
                    "Checklists", "The column {heading} is missing from the header row.").format(
                    heading=_heading(key))))
        if self.problems:
            return False  # every row would repeat the same complaint
        categories: dict[str, dict] = {}
        aspects: dict[tuple[str, str], dict] = {}
        ckey = akey = None
        for number, row in numbered:
            d = {k: _clean(k, row[i] if i < len(row) else None) for k, (i, _, _) in self.columns.items()}
            # A blank category (or aspect) continues the one above, as with merged cells.
            if ckey is None or any(d.get(k) is not None for k in _COLUMN_OF["category"].values()):
                ckey = _text(d.get("category_code"))
            if akey is None or akey[0] != ckey or any(d.get(k) is not None for k in _COLUMN_OF["aspect"].values()):
                akey = (ckey, _text(d.get("aspect_code")))
            category = self._join(categories, ckey, d, "category", number, self.categories, "aspects")
            aspect = self._join(aspects, akey, d, "aspect", number, category["aspects"], "indicators")
            indicator = {k: d.get(k) for k in _INDICATOR_KEYS}
            indicator["_where"] = ("indicator", number)
            aspect["indicators"].append(indicator)
        return True

    def _join(self, groups: dict, key: Any, d: dict, kind: str, number: int, siblings: list, children: str) -> dict:
        """The category or aspect `key`, made by its first row; later rows must not rename it."""
        columns = _COLUMN_OF[kind]
        group = groups.get(key)
        if group is None:
            group = groups[key] = {f: d.get(c) for f, c in columns.items()}
            group.update({"_where": (kind, number), children: []})
            siblings.append(group)
            return group
        for field in ("name_zh", "name_bo"):
            given, known = _text(d.get(columns[field])), _text(group[field])
            if given and known and given != known:  # a first row without a name is reported there
                place, column = self._place((kind, number), field)
                self.problems.append(TemplateProblem(place, column, translate(
                    "Checklists",
                    "The code {code} already has the name {name} (row {row}); a code keeps one name.").format(
                    code=_text(group["code"]), name=known, row=group["_where"][1])))
        return group

    def template(self) -> Template:
        problems, template = list(self.problems), None
        try:
            if self.complete:
                template = parse_template({"template": self.head, "categories": self.categories,
                                           "_where": ("sheet", 0)})
        except TemplateInvalid as e:
            problems += [TemplateProblem(*self._place(p.where, p.field), p.message) for p in e.problems]
        if problems or template is None:
            raise TemplateInvalid(sorted(problems, key=self._order))
        return template

    def _place(self, where: tuple[str, int], field: str) -> tuple[ExcelPlace, str]:
        """The cell a parser problem points at, and the field named as the file names it."""
        kind, row = where
        if kind == "template":
            row, label = self.field_rows.get(field, (0, field))
            return ExcelPlace(self.tsheet, row, "B" if row else None, label), field
        key = _COLUMN_OF.get(kind, {}).get(field, field)
        if key in self.columns:
            _, letter, header = self.columns[key]
            return ExcelPlace(self.isheet, row, letter, header), key
        return ExcelPlace(self.isheet, row, None, key if key in dict(COLUMNS) else None), key

    def _order(self, p: TemplateProblem) -> tuple:
        w = p.where
        sheet = 0 if not w.sheet else 1 if w.sheet == self.tsheet else 2
        return sheet, w.row, column_index_from_string(w.column) if w.column else 0


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _norm(value: Any) -> str:
    """Header matching: width, case and spacing do not matter."""
    return " ".join(unicodedata.normalize("NFKC", _text(value)).lower().split())


def _aliases(pairs: tuple[tuple[str, str], ...]) -> dict[str, str]:
    return {alias: key for key, zh in pairs for alias in (key, _norm(zh), _norm(f"{zh} {key}"))}


def _key(cell: Any, aliases: dict[str, str]) -> str | None:
    """The key a header names: "category_code", "Category Code", "类别代码", or a Chinese word beside the key."""
    tokens = _norm(cell).split()
    candidates = [" ".join(tokens), "_".join(tokens)]
    if len(tokens) > 1:  # only beside Chinese, so that "aspect code" is never read as "code"
        candidates += [tokens[-1]] * (not tokens[0].isascii()) + [tokens[0]] * (not tokens[-1].isascii())
    return next((aliases[c] for c in candidates if c in aliases), None)


def _heading(key: str) -> str:
    return f"{dict(COLUMNS)[key]} {key}"


def _clean(key: str, value: Any) -> Any:
    """A cell as the parser expects it; texts stay as typed (NFKC would change Chinese punctuation)."""
    if value is None or isinstance(value, str) and not value.strip():
        return None
    if key in _NUMBERS:
        try:
            number = float(unicodedata.normalize("NFKC", value).replace(",", "").replace(" ", ""))
        except (TypeError, ValueError):
            return value  # a number already, or text the parser will call "not a number"
        return int(number) if number.is_integer() else number
    if key == "bands":
        if isinstance(value, datetime.time):  # Excel reads a lone "0:1" as a time of day
            return f"{value.hour}:{value.minute}"
        return unicodedata.normalize("NFKC", _text(value))
    if key in ("good", "evidence", "veto"):
        flag = parse_flag(value if isinstance(value, bool) else unicodedata.normalize("NFKC", _text(value)))
        if flag is None:
            return _text(value)  # the parser names the mistake
        return ("yes" if flag else "no") if key == "good" else flag
    if key in _WORDS or key in _CODES:
        folded = unicodedata.normalize("NFKC", _text(value))
        return folded.lower() if key in _WORDS else folded
    return _text(value)


# -- writing -------------------------------------------------------------------

def write_template_xlsx(template: Template, path: Path) -> Path:
    """`template` as a workbook that `read_template_xlsx` reads back unchanged."""
    path = Path(path)
    wb = openpyxl.Workbook()
    head_sheet = wb.active
    head_sheet.title = TEMPLATE_SHEETS[0]
    _header_row(head_sheet, ["字段 field", "值 value"], [24, 60])
    head = template_data(template)["template"]
    for key, zh in TEMPLATE_FIELDS:
        head_sheet.append([f"{zh} {key}", _out(head[key])])
        head_sheet.cell(head_sheet.max_row, 2).alignment = Alignment(wrap_text=True, vertical="top")

    sheet = wb.create_sheet(INDICATOR_SHEETS[0])
    keys = [k for k, _ in COLUMNS]
    _header_row(sheet, [_heading(k) for k in keys], [_WIDTHS.get(k, 12) for k in keys])
    for c in template.categories:
        for a in c.aspects:
            for i in a.indicators:
                d = indicator_data(i)
                d.update(category_code=c.code, category_zh=c.name.zh, category_bo=c.name.bo, aspect_code=a.code,
                         aspect_zh=a.name.zh, aspect_bo=a.name.bo, bands=format_bands(i.bands),
                         weakness=", ".join(d["weakness"]), evidence=("no", "yes")[i.evidence],
                         veto=("no", "yes")[i.veto])
                sheet.append([_out(d.get(k)) for k in keys])
                for k in _WIDTHS:
                    sheet.cell(sheet.max_row, keys.index(k) + 1).alignment = Alignment(wrap_text=True, vertical="top")
    # Drop-down suggestions only: no error box, so 是/否 typed by hand still goes in.
    for key, choices in _CHOICES.items():
        letter = get_column_letter(keys.index(key) + 1)
        validation = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True, showErrorMessage=False)
        validation.add(f"{letter}2:{letter}1000")
        sheet.add_data_validation(validation)

    # Save beside the target, then swap it in: a failure never leaves half a file at `path`.
    with written_atomically(path) as temp:
        wb.save(temp)
    return path


def _header_row(sheet, headings: list[str], widths: list[int]) -> None:
    sheet.append(headings)
    for index, width in enumerate(widths, 1):
        sheet.cell(1, index).font = Font(bold=True)
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"


def _out(value: Any) -> Any:
    if value is None or value == "":
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
