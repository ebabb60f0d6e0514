"""The roster: the columns of the village, people and post sheets townships
keep, how their headers are recognised, and how their cells are read.

One spec serves the roster import (services/roster_import.py), its blank
template and the village export, so an exported sheet reads back unchanged.
A roster row holds a village's columns, a person's and post's columns, or
both (one row per person and post, the village's columns repeated); a sheet
may be any of these.

Headers vary from township to township: `match_header` folds width, case,
spaces and punctuation and knows the Chinese and Tibetan variants real
sheets use (村名, 村庄名称, 行政村; 区划代码, 村代码; 姓名; 联系电话, 手机号...).
`find_header` finds the header row under a title in merged cells. Cells are
read by `read_cell` (full-width digits, stray spaces, Excel date serials and
text dates, numbers stored as text, codes stored as floats); each mistake
is a message in the user's language naming what was expected.

Pure: no I/O. Keys and canonical headers are stable: other modules and
users' files depend on them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Iterable, Sequence

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.terms import Education, Ethnicity, Gender, PartyOrgType, PostRole, Term, VillageKind, WeaknessType
from desktop.core.validation import MAX_COUNT, check_division_code, check_phone

# Where a column belongs.
VILLAGE, PERSON, POST = "village", "person", "post"

# How a cell is read.
TEXT, CODE, COUNT, DATE, BIRTH, CHOICE, CHOICES, FLAG, PHONE, ROLES, TERM, IGNORE = (
    "text", "code", "count", "date", "birth", "choice", "choices", "flag", "phone", "roles", "term", "ignore")


@dataclass(frozen=True, slots=True)
class RosterColumn:
    key: str                 # stable; the mapping and the export use it
    label: str               # source English; translated in context "Roster"
    group: str               # VILLAGE, PERSON, POST, or "" for columns only read to help
    kind: str
    zh: str                  # the canonical Chinese header (template, export)
    bo: str                  # the canonical Tibetan header
    aliases: tuple[str, ...] = ()
    width: int = 14          # characters, for the template and the export

    @property
    def title(self) -> str:
        """The column's name in the user's language (preview, mapping list)."""
        return translate("Roster", self.label)

    @property
    def header(self) -> str:
        """The bilingual header the template and the export write: Chinese,
        a new line, Tibetan. Either line alone is recognised too."""
        return f"{self.zh}\n{self.bo}"


def _c(key, label, group, kind, zh, bo, aliases=(), width=14) -> RosterColumn:
    return RosterColumn(key, label, group, kind, zh, bo, tuple(aliases), width)


COLUMNS: tuple[RosterColumn, ...] = (
    # -- the village ------------------------------------------------------------
    _c("township", QT_TRANSLATE_NOOP("Roster", "Township"), VILLAGE, TEXT, "乡镇", "ཤང་གྲོང་རྡལ།",
       ("乡镇名称", "乡镇名", "乡（镇）", "乡镇（街道）", "乡镇街道", "所属乡镇", "所在乡镇", "所在乡", "所在镇", "所属乡", "所属镇", "乡", "镇", "街道",
        "乡镇（场）", "ཤང་།", "township or town"), 12),
    _c("village_code", QT_TRANSLATE_NOOP("Roster", "Division code"), VILLAGE, CODE, "区划代码",
       "ས་ཁོངས་དབྱེ་འབྱེད་ཨང་རྟགས།",
       ("村代码", "统一代码", "行政区划代码", "统计用区划代码", "村区划代码", "区划编码", "村编码", "村编号",
        "统计代码", "代码", "village code", "code", "ཨང་རྟགས།"), 16),
    _c("village_name_zh", QT_TRANSLATE_NOOP("Roster", "Village name (Chinese)"), VILLAGE, TEXT, "村名",
       "གྲོང་ཚོའི་མིང་། (རྒྱ་ཡིག)",
       ("村名称", "村庄名称", "行政村", "行政村名称", "村（社区）", "村（社区）名称", "村社区", "村居名称", "村（居）",
        "村名（汉文）", "村名称（汉文）", "村名（中文）", "村庄", "村别", "所在村", "村", "村委会", "社区", "名称",
        "名称（汉文）", "village", "village name"), 14),
    _c("village_name_bo", QT_TRANSLATE_NOOP("Roster", "Village name (Tibetan)"), VILLAGE, TEXT, "村名（藏文）",
       "གྲོང་ཚོའི་མིང་། (བོད་ཡིག)",
       ("藏文村名", "村名藏文", "村名称（藏文）", "村庄名称（藏文）", "藏文名称", "名称（藏文）", "གྲོང་ཚོ།",
        "གྲོང་ཚོའི་མིང་།", "གྲོང་སྡེ།", "village name tibetan"), 18),
    _c("village_kind", QT_TRANSLATE_NOOP("Roster", "Village or community"), VILLAGE, CHOICE, "村或社区",
       "གྲོང་ཚོ་དང་གྲོང་ལྷན།", ("村居类别", "村社区类别", "村或社区", "类别"), 10),
    _c("population", QT_TRANSLATE_NOOP("Roster", "Population"), VILLAGE, COUNT, "人口", "མི་གྲངས།",
       ("总人口", "人口数", "户籍人口", "常住人口", "人口（人）", "总人口（人）", "人数"), 9),
    _c("households", QT_TRANSLATE_NOOP("Roster", "Households"), VILLAGE, COUNT, "户数", "དུད་ཚང་གྲངས།",
       ("总户数", "户籍户数", "户数（户）", "总户数（户）"), 9),
    _c("party_members", QT_TRANSLATE_NOOP("Roster", "Party members"), VILLAGE, COUNT, "党员数", "ཏང་ཡོན་གྲངས།",
       ("党员人数", "党员数（名）", "党员数（人）", "农村党员数", "党员总数"), 9),
    _c("party_org_type", QT_TRANSLATE_NOOP("Roster", "Party organisation"), VILLAGE, CHOICE, "党组织类型",
       "ཏང་རྩ་འཛུགས།", ("党组织", "党组织设置", "党组织形式", "组织类型", "党组织类别"), 12),
    _c("weakness", QT_TRANSLATE_NOOP("Roster", "Types of weakness"), VILLAGE, CHOICES, "软弱涣散类型",
       "ཞན་ཆའི་རིགས།", ("软弱涣散情形", "整顿类型", "后进类型", "问题类型", "主要问题类型", "类型", "weakness"), 14),
    _c("paired_unit", QT_TRANSLATE_NOOP("Roster", "Paired unit"), VILLAGE, TEXT, "结对帮扶单位",
       "ཁ་གཏད་རོགས་སྐྱོར་ལས་ཁུངས།", ("帮扶单位", "结对单位", "包帮单位", "联系单位", "结对共建单位"), 20),
    _c("village_note", QT_TRANSLATE_NOOP("Roster", "Village note"), VILLAGE, TEXT, "村备注", "གྲོང་ཚོའི་མཆན་འགྲེལ།",
       ("村情备注", "村情况说明"), 20),
    # -- the person ---------------------------------------------------------------
    _c("name_zh", QT_TRANSLATE_NOOP("Roster", "Name (Chinese)"), PERSON, TEXT, "姓名", "རུས་མིང་། (རྒྱ་ཡིག)",
       ("姓名（汉文）", "汉文姓名", "姓名（中文）", "名字", "人员姓名", "干部姓名", "name", "རུས་མིང་།"), 10),
    _c("name_bo", QT_TRANSLATE_NOOP("Roster", "Name (Tibetan)"), PERSON, TEXT, "姓名（藏文）", "མིང་། (བོད་ཡིག)",
       ("藏文姓名", "藏文名", "藏文名字", "姓名藏文", "བོད་ཡིག་མིང་།", "མིང་།"), 16),
    _c("gender", QT_TRANSLATE_NOOP("Roster", "Gender"), PERSON, CHOICE, "性别", "ཕོ་མོ།", ("sex",), 6),
    _c("ethnicity", QT_TRANSLATE_NOOP("Roster", "Ethnicity"), PERSON, CHOICE, "民族", "མི་རིགས།", ("族别",), 8),
    _c("birth_date", QT_TRANSLATE_NOOP("Roster", "Date of birth"), PERSON, BIRTH, "出生年月", "སྐྱེས་དུས།",
       ("出生日期", "出生年月日", "出生时间", "生日", "出生年份", "出生年", "birth year", "སྐྱེས་ལོ།"), 11),
    _c("age", QT_TRANSLATE_NOOP("Roster", "Age"), "", COUNT, "年龄", "ལོ་ཚད།", ("年纪", "岁数"), 6),
    _c("id_number", QT_TRANSLATE_NOOP("Roster", "ID card number"), "", TEXT, "身份证号", "ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས།",
       ("身份证号码", "公民身份号码", "公民身份证号码", "身份证", "id number"), 20),
    _c("education", QT_TRANSLATE_NOOP("Roster", "Education"), PERSON, CHOICE, "文化程度", "སློབ་ཚད།",
       ("学历", "全日制学历", "最高学历", "文化"), 10),
    _c("party_member", QT_TRANSLATE_NOOP("Roster", "Party member"), PERSON, FLAG, "是否党员", "ཏང་ཡོན་ཡིན་མིན།",
       ("政治面貌", "党员否", "是否中共党员"), 8),
    _c("phone", QT_TRANSLATE_NOOP("Roster", "Phone"), PERSON, PHONE, "联系电话", "ཁ་པར།",
       ("电话", "手机", "手机号", "手机号码", "联系方式", "电话号码", "联系电话（手机）", "telephone", "mobile"), 14),
    _c("person_unit", QT_TRANSLATE_NOOP("Roster", "Work unit"), PERSON, TEXT, "工作单位", "ལས་ཁུངས།",
       ("单位", "所在单位", "派出单位", "选派单位", "原单位", "unit"), 18),
    # -- the post -----------------------------------------------------------------
    _c("post", QT_TRANSLATE_NOOP("Roster", "Post"), POST, ROLES, "职务", "ལས་གནས།",
       ("现任职务", "担任职务", "村内职务", "职位", "岗位", "现职务", "role"), 16),
    _c("term_start", QT_TRANSLATE_NOOP("Roster", "Term start"), POST, DATE, "任职时间", "ལས་ཡུན་འགོ་ཚུགས་དུས།",
       ("任职日期", "任期开始", "任期起", "任期开始时间", "任职起始时间", "上任时间", "任现职时间", "到任时间",
        "任职年月"), 11),
    _c("term_end", QT_TRANSLATE_NOOP("Roster", "Term end"), POST, DATE, "任期结束", "ལས་ཡུན་མཇུག་སྒྲིལ་དུས།",
       ("任期止", "任期结束时间", "任期届满", "离任时间", "卸任时间", "任期至"), 11),
    _c("term", QT_TRANSLATE_NOOP("Roster", "Term"), POST, TERM, "任期", "ལས་ཡུན།",
       ("任期时间", "任职期限", "任期起止时间", "任期起止"), 18),
    _c("post_note", QT_TRANSLATE_NOOP("Roster", "Note"), POST, TEXT, "备注", "མཆན་འགྲེལ།",
       ("说明", "note", "remarks"), 20),
    # -- read only to be left alone --------------------------------------------------
    _c("reason", QT_TRANSLATE_NOOP("Roster", "Why not imported"), "", IGNORE, "未导入原因", "ནང་འདྲེན་མ་བྱས་པའི་རྒྱུ་མཚན།",
       ("why not imported",), 40),
    _c("serial", QT_TRANSLATE_NOOP("Roster", "Serial number"), "", IGNORE, "序号", "ཨང་རིམ།",
       ("编号", "序", "no", "number"), 6),
)

BY_KEY: dict[str, RosterColumn] = {c.key: c for c in COLUMNS}
VILLAGE_KEYS = tuple(c.key for c in COLUMNS if c.group == VILLAGE)
PERSON_KEYS = tuple(c.key for c in COLUMNS if c.group == PERSON)
POST_KEYS = tuple(c.key for c in COLUMNS if c.group == POST)
# A header naming a note is the post's note on a sheet of people, the
# village's on a sheet of villages alone (see `sheet_columns`).
NOTE_KEYS = ("post_note", "village_note")

# The columns of the template and of the village export, in this order: a
# village's columns, then one person and post per row. The import reads
# every column of COLUMNS; these are the ones written.
TEMPLATE_KEYS: tuple[str, ...] = (
    "township", "village_code", "village_name_zh", "village_name_bo", "village_kind", "population", "households",
    "party_members", "party_org_type", "weakness", "paired_unit", "village_note",
    "name_zh", "name_bo", "gender", "ethnicity", "birth_date", "education", "party_member", "phone", "person_unit",
    "post", "term_start", "term_end", "post_note",
)
# The columns of a sheet of villages alone (one row per village).
VILLAGE_SHEET_KEYS: tuple[str, ...] = TEMPLATE_KEYS[:12]


# -- headers -----------------------------------------------------------------------

# Spaces and punctuation: ASCII, Latin-1, general, CJK and full-width, and
# Tibetan's head marks, tsheg and shads. Not \W, which would also drop
# Tibetan vowel signs and subjoined letters (marks, not word characters).
_PUNCT = re.compile(r"[\s_!-/:-@\[-`{-~\u00a0-\u00bf\u00d7\u2000-\u206f\u2190-\u22ff\u3000-\u303f"
                    r"\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u0f01-\u0f14\u0f3a-\u0f3d]+")
_PARENS = re.compile(r"[(（\[【][^)）\]】]*[)）\]】]")


_FOLDED: dict[str, str] = {}


def fold(text: Any) -> str:
    """A header or value for matching: full-width to half-width (NFKC),
    lower case, without spaces, punctuation or Tibetan tsheg and shad."""
    if text is None:
        return ""
    if type(text) is str:
        # Names and words repeat down a roster (a village's on each of its rows): fold each once.
        found = _FOLDED.get(text)
        if found is None:
            if len(_FOLDED) > 200_000:
                _FOLDED.clear()
            found = _FOLDED[text] = _PUNCT.sub("", unicodedata.normalize("NFKC", text).lower())
        return found
    if isinstance(text, float) and text.is_integer():
        text = int(text)
    return _PUNCT.sub("", unicodedata.normalize("NFKC", str(text)).lower())


def _header_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for c in COLUMNS:
        for name in (c.key, c.label, c.zh, c.bo, *c.aliases):
            index.setdefault(fold(name), c.key)
    return index


_HEADERS = _header_index()


def match_header(cell: Any, extra: dict[str, str] | None = None) -> str | None:
    """The column key a header cell names, or None.

    Tries the whole header, then each line of a two-line (bilingual) header,
    then the header without a bracketed remark ("姓名（必填）"). `extra` maps
    more folded names to keys (the titles in the user's language).
    """
    if cell is None:
        return None
    text = str(cell)
    candidates = [text, *re.split(r"[\n\r/|]+", text)]
    candidates.append(_PARENS.sub("", text))
    for candidate in candidates:
        key = fold(candidate)
        if not key:
            continue
        found = _HEADERS.get(key) or (extra or {}).get(key)
        if found:
            return found
    return None


def title_index() -> dict[str, str]:
    """Folded column titles in the current language -> key: a header typed
    from the app's own labels matches too."""
    return {fold(c.title): c.key for c in COLUMNS if fold(c.title)}


HEADER_SEARCH_ROWS = 15
MIN_HEADER_MATCHES = 2


def find_header(rows: Sequence[Sequence[Any]], extra: dict[str, str] | None = None) -> tuple[int, dict[int, str]] | None:
    """(index of the header row, {column index: key}) among the first rows,
    or None when no row names two columns (a sheet of notes, a chart).

    The header is the row naming the most distinct columns; a title in
    merged cells above it names none or one.
    """
    best: tuple[int, int, dict[int, str]] | None = None
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        found: dict[int, str] = {}
        for j, cell in enumerate(row):
            key = match_header(cell, extra)
            if key and key not in found.values():
                found[j] = key
        score = len(found)
        if score >= MIN_HEADER_MATCHES and (best is None or score > best[0]):
            best = (score, i, found)
    return (best[1], best[2]) if best else None


def sheet_columns(found: dict[int, str]) -> dict[int, str]:
    """The keys of a sheet's columns once all are known: a note column is
    the village's when the sheet has no person in it."""
    keys = set(found.values())
    has_person = any(k in keys for k in PERSON_KEYS) or "post" in keys
    if not has_person and "village_note" not in keys:
        return {i: ("village_note" if k == "post_note" else k) for i, k in found.items()}
    return dict(found)


# -- rows that are not data --------------------------------------------------------

_TOTAL = re.compile(r"^(全[乡镇县村]*)?(合计|小计|总计|共计|总数|累计|汇总)$|^(合计|小计|总计|共计)|(合计|小计|总计)$")
_FOOTER = re.compile(r"^(填表人|填报人|制表人|审核人|审核|负责人|联系人|填表日期|填报日期|制表日期|填报单位|说明|注|备注)[:：]")
_TIBETAN_TOTAL = ("ཁྱོནབསྡོམས", "བསྡོམས")


def is_blank(row: Sequence[Any]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in row)


# A row can be a total or a signature line only if it holds one of these.
_HINTS = re.compile(r"计|总数|汇总|填|审|制表|负责人|联系人|说明|注|备注|བསྡོམས")


def is_total_or_footer(row: Sequence[Any]) -> bool:
    """A subtotal or total row (合计, 小计, 总计...) or a signature line
    under the table (填表人：...): not a village or a person."""
    if not _HINTS.search("\x1f".join([v for v in row if type(v) is str])):
        return False
    for value in row:
        if not isinstance(value, str) or not value.strip():
            continue
        folded = fold(value)
        if _TOTAL.search(folded) or folded in _TIBETAN_TOTAL:
            return True
        if _FOOTER.match(unicodedata.normalize("NFKC", value.strip())):
            return True
    return False


# -- cells -------------------------------------------------------------------------

# Spaces of every width, and the zero-width ones that come with copied text.
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200b\u3000\ufeff]+")
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
EXCEL_EPOCH = date(1899, 12, 30)    # serial 1 is 1900-01-01 (Excel's 1900 leap-year bug accounted for)
FIRST_DATE, LAST_DATE = date(1900, 1, 1), date(2100, 12, 31)


def clean_text(value: Any) -> str:
    """A text cell: runs of any spaces to one, trimmed; a whole number kept
    whole (a name typed as 123 stays '123', not '123.0')."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.date()
    return _SPACES.sub(" ", str(value)).strip()


def _half(value: str) -> str:
    return value.translate(_FULLWIDTH)


def _digits(value: Any) -> str:
    """A number cell as digits: 5.13336100201e11 -> '513336100201';
    '５１３３ ３６１' -> '5133361'."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, int):
        return str(value)
    text = _SPACES.sub("", _half(clean_text(value))).replace(",", "").replace("'", "")
    if re.fullmatch(r"\d+(\.\d+)?[eE]\+?\d+", text):   # a code pasted as scientific notation
        number = float(text)
        if number.is_integer():
            return str(int(number))
    if re.fullmatch(r"\d+\.0+", text):
        return text.split(".")[0]
    return text


_DATE_FULL = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$")
_DATE_MONTH = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$")
_DATE_SLASH_US = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def parse_date_value(value: Any, *, allow_month: bool = True) -> tuple[date | None, str | None, str | None]:
    """(date, precision, message): a date cell in any of the forms rosters
    use. precision is "day", "month" (1975.03: the 1st of the month) or
    "year" (1975: 1 January); the message says what was expected."""
    if value is None or value == "":
        return None, None, None
    if isinstance(value, datetime):
        return value.date(), "day", None
    if isinstance(value, date):
        return value, "day", None
    if isinstance(value, bool):
        return None, None, _bad_date(value)
    if isinstance(value, (int, float)):
        number = float(value)
        if number.is_integer() and 1900 <= number <= 2100:
            return date(int(number), 1, 1), "year", None
        if number.is_integer() and 19000101 <= number <= 21001231:       # 20240305
            return _from_text(str(int(number)), allow_month)
        if number.is_integer() and 190001 <= number <= 210012:           # 197503
            return _from_text(str(int(number)), allow_month)
        if not number.is_integer() and 1900 <= number < 2101:            # 1975.03 typed as a number
            return _from_text(f"{number:.2f}", allow_month)
        if 1 <= number < 80000:                                          # an Excel serial
            return EXCEL_EPOCH + timedelta(days=int(number)), "day", None
        return None, None, _bad_date(value)
    return _from_text(_half(clean_text(value)), allow_month)


def _from_text(text: str, allow_month: bool) -> tuple[date | None, str | None, str | None]:
    t = text.strip()
    if not t:
        return None, None, None
    try:
        if m := _DATE_FULL.match(t):
            return date(int(m[1]), int(m[2]), int(m[3])), "day", None
        if re.fullmatch(r"\d{8}", t):
            return date(int(t[:4]), int(t[4:6]), int(t[6:])), "day", None
        if m := _DATE_SLASH_US.match(t):
            return date(int(m[3]), int(m[1]), int(m[2])), "day", None
        if allow_month:
            if m := _DATE_MONTH.match(t):
                return date(int(m[1]), int(m[2]), 1), "month", None
            if re.fullmatch(r"\d{6}", t):
                return date(int(t[:4]), int(t[4:]), 1), "month", None
            if m := re.fullmatch(r"(\d{4})\s*年?", t):
                return date(int(m[1]), 1, 1), "year", None
    except ValueError:
        return None, None, translate("Roster", "There is no such day: {text}.").format(text=text)
    return None, None, _bad_date(text)


def _bad_date(value: Any) -> str:
    return translate("Roster", "{text} is not a date; write it as 2024-03-05 or 2024年3月5日.").format(
        text=clean_text(value))


def parse_count(value: Any) -> tuple[int | None, str | None]:
    """A whole number ≥ 0: 1,250 / '１２５０' / '1250人' / 1250.0."""
    if value is None or value == "":
        return None, None
    if isinstance(value, bool):
        return None, _bad_count(value)
    if isinstance(value, float):
        if not value.is_integer():
            return None, _bad_count(value)
        value = int(value)
    if isinstance(value, int):
        number = value
    else:
        text = re.sub(r"(人|户|名|个|people|households)$", "", _digits(value))
        if not text:
            return None, None
        if not text.isascii() or not text.isdigit():
            return None, _bad_count(value)
        number = int(text)
    if not 0 <= number <= MAX_COUNT:
        return None, translate("Roster", "{value} is not a number between 0 and {maximum}.").format(
            value=number, maximum=MAX_COUNT)
    return number, None


def _bad_count(value: Any) -> str:
    return translate("Roster", "{text} is not a whole number such as 1250.").format(text=clean_text(value))


def parse_code(value: Any) -> tuple[str | None, str | None]:
    """A 12-digit division code; a code Excel turned into a float comes back whole."""
    text = _digits(value)
    if not text:
        return None, None
    message = check_division_code(text)
    return (None, message) if message else (text, None)


# Words of the closed lists, as townships write them (folded on use).
_CHOICE_WORDS: dict[type[Term], dict[str, Term]] = {
    Gender: {"男": Gender.MALE, "男性": Gender.MALE, "m": Gender.MALE, "ཕོ": Gender.MALE,
             "女": Gender.FEMALE, "女性": Gender.FEMALE, "f": Gender.FEMALE, "མོ": Gender.FEMALE},
    Ethnicity: {"藏": Ethnicity.TIBETAN, "藏族": Ethnicity.TIBETAN, "བོད": Ethnicity.TIBETAN, "བོདརིགས": Ethnicity.TIBETAN,
                "汉": Ethnicity.HAN, "汉族": Ethnicity.HAN, "རྒྱརིགས": Ethnicity.HAN,
                "回": Ethnicity.HUI, "回族": Ethnicity.HUI, "羌": Ethnicity.QIANG, "羌族": Ethnicity.QIANG,
                "彝": Ethnicity.YI, "彝族": Ethnicity.YI, "蒙古": Ethnicity.MONGOL, "蒙古族": Ethnicity.MONGOL,
                "蒙": Ethnicity.MONGOL, "土": Ethnicity.TU, "土族": Ethnicity.TU, "纳西": Ethnicity.NAXI,
                "纳西族": Ethnicity.NAXI, "其他": Ethnicity.OTHER},
    Education: {"小学": Education.PRIMARY, "小学及以下": Education.PRIMARY, "文盲": Education.PRIMARY,
                "初中": Education.JUNIOR_SECONDARY, "高中": Education.SENIOR_SECONDARY,
                "中专": Education.SENIOR_SECONDARY, "职高": Education.SENIOR_SECONDARY,
                "高中中专": Education.SENIOR_SECONDARY, "技校": Education.SENIOR_SECONDARY,
                "大专": Education.COLLEGE, "专科": Education.COLLEGE, "本科": Education.BACHELOR,
                "大学": Education.BACHELOR, "大学本科": Education.BACHELOR, "研究生": Education.POSTGRADUATE,
                "硕士": Education.POSTGRADUATE, "博士": Education.POSTGRADUATE},
    PartyOrgType: {"党支部": PartyOrgType.BRANCH, "支部": PartyOrgType.BRANCH, "村党支部": PartyOrgType.BRANCH,
                   "党总支": PartyOrgType.GENERAL_BRANCH, "总支": PartyOrgType.GENERAL_BRANCH,
                   "党总支部": PartyOrgType.GENERAL_BRANCH, "党委": PartyOrgType.COMMITTEE,
                   "村党委": PartyOrgType.COMMITTEE, "ཏངཀྲིཔུའུ": PartyOrgType.BRANCH},
    VillageKind: {"村": VillageKind.VILLAGE, "行政村": VillageKind.VILLAGE, "村委会": VillageKind.VILLAGE,
                  "社区": VillageKind.COMMUNITY, "居委会": VillageKind.COMMUNITY, "村居": VillageKind.VILLAGE,
                  "གྲོངཚོ": VillageKind.VILLAGE, "གྲོངལྷན": VillageKind.COMMUNITY},
}
CHOICE_LISTS: dict[str, type[Term]] = {"gender": Gender, "ethnicity": Ethnicity, "education": Education,
                                       "party_org_type": PartyOrgType, "village_kind": VillageKind}

_ROLE_WORDS: dict[str, PostRole] = {
    **dict.fromkeys(("党支部书记", "村党支部书记", "支部书记", "党总支书记", "村党总支书记", "村党组织书记", "党组织书记",
                     "党委书记", "村党委书记", "书记", "ཧྲུའུཅི", "གྲོངཚོའིཀྲིཔུའིཧྲུའུཅི"), PostRole.BRANCH_SECRETARY),
    **dict.fromkeys(("党支部副书记", "支部副书记", "党总支副书记", "副书记", "村党组织副书记"), PostRole.BRANCH_DEPUTY_SECRETARY),
    **dict.fromkeys(("支委", "支委委员", "党支部委员", "支部委员", "村党组织委员", "党委委员", "总支委员", "村支委"),
                    PostRole.BRANCH_MEMBER),
    **dict.fromkeys(("村委会主任", "村民委员会主任", "村主任", "主任", "居委会主任", "社区主任"), PostRole.DIRECTOR),
    **dict.fromkeys(("村委会副主任", "村民委员会副主任", "副主任", "村副主任", "居委会副主任"), PostRole.DEPUTY_DIRECTOR),
    **dict.fromkeys(("村委委员", "村委会委员", "村民委员会委员", "委员", "居委会委员", "村委"), PostRole.COMMITTEE_MEMBER),
    **dict.fromkeys(("后备干部", "村后备干部", "村级后备干部", "后备力量"), PostRole.RESERVE_CADRE),
    **dict.fromkeys(("第一书记", "驻村第一书记", "ཧྲུའུཅིདངཔོ"), PostRole.FIRST_SECRETARY),
    **dict.fromkeys(("工作队队长", "驻村工作队队长", "队长"), PostRole.WORK_TEAM_LEADER),
    **dict.fromkeys(("工作队员", "驻村工作队员", "工作队队员", "驻村队员", "队员", "驻村干部"), PostRole.WORK_TEAM_MEMBER),
    **dict.fromkeys(("联系县领导", "县级联系领导", "联系领导", "县级领导"), PostRole.CONTACT_LEADER),
    **dict.fromkeys(("包村干部", "联村干部", "包村领导"), PostRole.LIAISON_CADRE),
}
# "一肩挑": one person is both the branch secretary and the committee's director.
_BOTH_POSTS = ("一肩挑", "书记主任一肩挑", "书记兼主任")
_ROLE_SPLIT = re.compile(r"[、,，;；/／\n]+|兼任|兼")

_WEAKNESS_CHARS = {"软": WeaknessType.SOFT, "乱": WeaknessType.DISORDERLY, "散": WeaknessType.LAX,
                   "弱": WeaknessType.WEAK, "穷": WeaknessType.POOR, "贫": WeaknessType.POOR}
_WEAKNESS_SPLIT = re.compile(r"[、,，;；/／\s]+")

_TRUE = {"是", "党员", "中共党员", "中共预备党员", "预备党员", "y", "yes", "true", "1", "√", "ཡིན"}
_FALSE = {"否", "不是", "群众", "团员", "共青团员", "无党派", "无党派人士", "非党员", "n", "no", "false", "0", "×", "མིན"}


Words = dict[Any, dict[str, Any]]
"""A closed list (Gender, PostRole, ... and bool for yes/no) -> folded word -> member."""

_LISTS = (*CHOICE_LISTS.values(), WeaknessType, PostRole)


def label_words() -> Words:
    """The labels of every closed list in the current language, folded: the
    service adds each catalogue's, so a sheet filled in Tibetan reads in a
    Chinese session too."""
    words: Words = {t: {fold(n): m for m in t for n in (m.label, m.short_label) if fold(n)} for t in _LISTS}
    words[bool] = {fold(translate("Roster", "Yes")): True, fold(translate("Roster", "No")): False}
    return words


def vocabulary(*extra: Words) -> Words:
    """Every word naming a member: the words townships write, the stored
    values, the labels in the current language, then those in `extra`."""
    words: Words = {}
    for t in _LISTS:
        own = _ROLE_WORDS if t is PostRole else _CHOICE_WORDS.get(t, {})
        words[t] = {fold(k): v for k, v in own.items()} | {fold(m.value): m for m in t}
    words[bool] = {fold(w): True for w in _TRUE} | {fold(w): False for w in _FALSE}
    for more in (label_words(), *extra):
        for t, found in more.items():
            for k, v in found.items():
                words[t].setdefault(k, v)
    return words


def parse_choice(term: type[Term], value: Any, words: Words | None = None) -> tuple[Term | None, str | None]:
    text = clean_text(value)
    if not text:
        return None, None
    folded = fold(text)
    found = (words or vocabulary())[term].get(folded)
    if found is None and term is Ethnicity and folded.endswith("族"):
        found = Ethnicity.OTHER     # the 56 nationalities beyond the list
    if found is None:
        return None, translate("Roster", "{text} is not one of: {choices}.").format(
            text=text, choices=", ".join(m.label for m in term))
    return found, None


def parse_weakness(value: Any, words: Words | None = None) -> tuple[frozenset[WeaknessType], str | None]:
    """'软、散', '软散', '软：班子软弱无力', 'soft, lax' -> the set of types."""
    text = clean_text(value)
    if not text:
        return frozenset(), None
    words = (words or vocabulary())[WeaknessType]
    found: set[WeaknessType] = set()
    for part in _WEAKNESS_SPLIT.split(_half(text)):
        folded = fold(part)
        if not folded:
            continue
        if folded in words:
            found.add(words[folded])
        elif all(ch in _WEAKNESS_CHARS for ch in folded):
            found.update(_WEAKNESS_CHARS[ch] for ch in folded)
        elif folded[0] in _WEAKNESS_CHARS and re.match(r"^\s*\S\s*[:：]", part):
            found.add(_WEAKNESS_CHARS[folded[0]])     # 软：班子软弱无力
        else:
            return frozenset(), translate("Roster", "{text} is not a type of weakness (软, 乱, 散, 弱, 穷).").format(
                text=part.strip())
    return frozenset(found), None


def parse_roles(value: Any, words: Words | None = None) -> tuple[tuple[PostRole, ...], str | None]:
    """'党支部书记、村委会主任' or '书记兼主任' or '一肩挑' -> the posts, in order."""
    text = clean_text(value)
    if not text:
        return (), None
    if fold(text) in _BOTH_POSTS:
        return (PostRole.BRANCH_SECRETARY, PostRole.DIRECTOR), None
    words = (words or vocabulary())[PostRole]
    roles: list[PostRole] = []
    for part in _ROLE_SPLIT.split(_half(text)):
        folded = fold(part)
        if not folded:
            continue
        role = words.get(folded)
        if role is None:
            return (), translate("Roster", "{text} is not a post this roster knows, such as 党支部书记 or 村委会主任.").format(
                text=part.strip())
        if role not in roles:
            roles.append(role)
    return tuple(roles), None


def parse_flag(value: Any, words: Words | None = None) -> tuple[bool | None, str | None]:
    if value is None or value == "":
        return None, None
    if isinstance(value, bool):
        return value, None
    mark = str(value).strip()
    if mark in ("√", "✓", "✔", "×", "✗", "✘"):
        return mark in ("√", "✓", "✔"), None
    folded = fold(value)
    if not folded:
        return None, None
    found = (words or vocabulary())[bool].get(folded)
    if found is not None:
        return found, None
    return None, translate("Roster", "{text} is not 是 or 否 (yes or no).").format(text=clean_text(value))


def parse_phone(value: Any) -> tuple[str, str | None]:
    text = _digits(value) if isinstance(value, (int, float)) else _half(clean_text(value))
    text = re.sub(r"[\s\u00a0]+", "", text)
    if not text:
        return "", None
    message = check_phone(text)
    return (text, None) if message is None else ("", message)


_TERM_SPLIT = re.compile(r"\s*(?:至|到|~|～|—+|–|－|--)\s*|(?<=\d)\s*-\s*(?=\d{4})")


def parse_term(value: Any) -> tuple[tuple[date | None, date | None], str | None]:
    """'2021.03-2026.02', '2021年3月至2026年2月', '2021-2026', '2021.3—' -> (start, end)."""
    text = _half(clean_text(value))
    if not text:
        return (None, None), None
    parts = _TERM_SPLIT.split(text, maxsplit=1)
    if len(parts) == 1:
        start, _, message = _from_text(parts[0], True)
        return (start, None), message
    start, _, message = _from_text(parts[0], True)
    if message:
        return (None, None), message
    end_text = parts[1].strip()
    if end_text in ("", "今", "至今", "现在", "今后"):
        return (start, None), None
    end, _, message = _from_text(end_text, True)
    return (start, end), message


_ID = re.compile(r"^\d{17}[\dX]$")


def id_number_facts(value: Any) -> tuple[int | None, Gender | None]:
    """(birth year, gender) from an 18-character ID number; (None, None)
    if it does not look like one. The number itself is never stored."""
    text = _digits(value).upper() if value is not None else ""
    if not _ID.match(text):
        return None, None
    try:
        born = date(int(text[6:10]), int(text[10:12]), int(text[12:14]))
    except ValueError:
        return None, None
    return born.year, Gender.MALE if int(text[16]) % 2 else Gender.FEMALE


def read_cell(key: str, value: Any, words: Words | None = None) -> tuple[Any, str | None]:
    """One cell read as its column's kind: (value, message). Blank is
    (None, None) (or the kind's empty value). Dates keep their precision
    out: the row reader takes only a birth date's year."""
    kind = BY_KEY[key].kind
    if kind == TEXT:
        return clean_text(value) or None, None
    if kind == CODE:
        return parse_code(value)
    if kind == COUNT:
        return parse_count(value)
    if kind in (DATE, BIRTH):
        when, _, message = parse_date_value(value)
        return when, message
    if kind == CHOICE:
        return parse_choice(CHOICE_LISTS[key], value, words)
    if kind == CHOICES:
        types, message = parse_weakness(value, words)
        return (types if types else None), message
    if kind == FLAG:
        return parse_flag(value, words)
    if kind == PHONE:
        phone, message = parse_phone(value)
        return phone or None, message
    if kind == ROLES:
        roles, message = parse_roles(value, words)
        return (roles or None), message
    if kind == TERM:
        term, message = parse_term(value)
        return (term if any(term) else None), message
    return None, None


def choice_labels(key: str) -> list[str]:
    """The drop-down list of a column in the current language (template)."""
    if key in CHOICE_LISTS:
        return [m.label for m in CHOICE_LISTS[key]]
    if key == "weakness":
        return [m.short_label for m in WeaknessType]
    if key == "post":
        return [m.label for m in PostRole]
    if key == "party_member":
        return [translate("Roster", "Yes"), translate("Roster", "No")]
    return []


def columns_for(keys: Iterable[str]) -> list[RosterColumn]:
    return [BY_KEY[k] for k in keys]
