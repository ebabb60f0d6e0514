"""Checklist templates: categories → aspects → indicators, as data.

A template arrives as plain data (a TOML file, an Excel sheet read into
dicts, or the JSON stored in the database) and is checked here in full:
every problem is collected with where it is and which field, so a county
that designs its own checklist in Excel hears about every mistake at once.
The format is written down in docs/checklist-format.md.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from typing import Any, Iterator, Mapping

from desktop.core.i18n import translate
from desktop.core.inspection_terms import Remedy, ScoringKind, Subject
from desktop.core.terms import WeaknessType

FORMAT_VERSION = 1
DEFAULT_PASS_FRACTION = 0.6
MAX_SCALE = 100
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.\-_]{0,31}$")
_TEMPLATE_CODE = re.compile(r"^[a-z0-9][a-z0-9\-]{1,63}$")


@dataclass(frozen=True, slots=True)
class Text:
    """A text in both languages."""

    zh: str
    bo: str

    def get(self, language: str) -> str:
        first, second = (self.bo, self.zh) if language.startswith("bo") else (self.zh, self.bo)
        return first or second


@dataclass(frozen=True, slots=True)
class Band:
    start: float      # inclusive lower bound ("from")
    score: float      # fraction of the weight, 0..1


@dataclass(frozen=True, slots=True)
class Indicator:
    code: str
    text: Text
    guidance: Text
    weight: float
    kind: ScoringKind
    evidence: bool = False
    weakness: tuple[WeaknessType, ...] = ()
    remedy: Remedy | None = None
    veto: bool = False
    scale_max: int = 0                 # scale
    good_answer: bool = True           # yes_no: which answer earns the weight
    bands: tuple[Band, ...] = ()       # bands, count
    unit: Text = Text("", "")
    aspect_code: str = ""
    category_code: str = ""


@dataclass(frozen=True, slots=True)
class Aspect:
    code: str
    name: Text
    indicators: tuple[Indicator, ...]


@dataclass(frozen=True, slots=True)
class Category:
    code: str
    name: Text
    aspects: tuple[Aspect, ...]


@dataclass(frozen=True, slots=True)
class Template:
    code: str
    version: int
    subject: Subject
    title: Text
    source: Text
    pass_fraction: float
    categories: tuple[Category, ...]
    _by_code: dict[str, Indicator] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_code.update((i.code, i) for i in self.indicators())

    def indicators(self) -> Iterator[Indicator]:
        for c in self.categories:
            for a in c.aspects:
                yield from a.indicators

    def aspects(self) -> Iterator[Aspect]:
        for c in self.categories:
            yield from c.aspects

    def indicator(self, code: str) -> Indicator | None:
        return self._by_code.get(code)

    @property
    def indicator_count(self) -> int:
        return len(self._by_code)

    @property
    def total_weight(self) -> float:
        return sum(i.weight for i in self._by_code.values())


@dataclass(frozen=True, slots=True)
class TemplateProblem:
    """One mistake in a template: `where` is the caller's location (a row,
    an indicator code), `field` the key it concerns."""

    where: Any
    field: str
    message: str


class TemplateInvalid(Exception):
    def __init__(self, problems: list[TemplateProblem]) -> None:
        super().__init__("; ".join(p.message for p in problems[:3]))
        self.problems = problems


# -- parsing -------------------------------------------------------------------

class _Collector:
    def __init__(self) -> None:
        self.problems: list[TemplateProblem] = []

    def add(self, where: Any, key: str, message: str) -> None:
        self.problems.append(TemplateProblem(where, key, message))

    def text(self, data: Mapping[str, Any], where: Any, key: str, required: bool = True) -> Text:
        zh = _str(data.get(f"{key}_zh"))
        bo = _str(data.get(f"{key}_bo"))
        if required:
            for lang, value in (("zh", zh), ("bo", bo)):
                if not value:
                    self.add(where, f"{key}_{lang}", translate("Checklists", "This text is missing in {language}.").format(
                        language=_language_name(lang)))
        return Text(zh, bo)

    def code(self, data: Mapping[str, Any], where: Any, seen: set[str]) -> str:
        code = _str(data.get("code"))
        if not code:
            self.add(where, "code", translate("Checklists", "The code is missing."))
        elif not _CODE.match(code):
            self.add(where, "code", translate("Checklists", "The code {code} may only hold letters, digits, '.', '-' and '_'.").format(code=code))
        elif code in seen:
            self.add(where, "code", translate("Checklists", "The code {code} is used twice.").format(code=code))
        seen.add(code)
        return code

    def number(self, value: Any, where: Any, key: str) -> float | None:
        if isinstance(value, bool):
            value = None
        if isinstance(value, str):
            try:
                value = float(value.strip().replace(",", ""))
            except ValueError:
                value = None
        if not isinstance(value, (int, float)) or not math.isfinite(value):
            self.add(where, key, translate("Checklists", "A number is needed here."))
            return None
        return float(value)

    def flag(self, value: Any, where: Any, key: str) -> bool:
        parsed = parse_flag(value)
        if parsed is None:
            self.add(where, key, translate("Checklists", "Write yes or no."))
            return False
        return parsed


def _language_name(lang: str) -> str:
    return translate("Checklists", "Chinese") if lang == "zh" else translate("Checklists", "Tibetan")


def _str(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def parse_flag(value: Any) -> bool | None:
    if value is None or value == "":
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    text = str(value).strip().lower()
    if text in ("yes", "y", "true", "1", "是", "有", "ཡིན", "ཡིན།"):
        return True
    if text in ("no", "n", "false", "0", "否", "无", "མིན", "མིན།"):
        return False
    return None


def _where(data: Mapping[str, Any], fallback: Any) -> Any:
    return data.get("_where", fallback)


def parse_template(data: Mapping[str, Any]) -> Template:
    """The template in `data`, or TemplateInvalid listing every problem.

    `data` has a "template" table and "categories" as in the TOML format; any
    mapping may carry a "_where" key that problems report as their location.
    """
    c = _Collector()
    fmt = data.get("format", FORMAT_VERSION)
    if fmt != FORMAT_VERSION:
        c.add(_where(data, "format"), "format", translate(
            "Checklists", "This template is written in format {found}; this version of the program reads format {known}.").format(
            found=fmt, known=FORMAT_VERSION))
        raise TemplateInvalid(c.problems)
    head = data.get("template") or {}
    hw = _where(head, "template")
    code = _str(head.get("code"))
    if not _TEMPLATE_CODE.match(code):
        c.add(hw, "code", translate("Checklists", "The template code must be 2–64 lower-case letters, digits or '-'."))
    version = head.get("version", 1)
    if isinstance(version, float) and version.is_integer():
        version = int(version)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        c.add(hw, "version", translate("Checklists", "The version must be a whole number from 1."))
        version = 1
    subject_text = _str(head.get("subject")) or Subject.VILLAGE.value
    subject = Subject(subject_text) if subject_text in tuple(Subject) else None
    if subject is None:
        c.add(hw, "subject", translate("Checklists", "Write village or township."))
        subject = Subject.VILLAGE
    title = c.text(head, hw, "title")
    source = c.text(head, hw, "source", required=False)
    pass_fraction = DEFAULT_PASS_FRACTION
    if head.get("pass_fraction") not in (None, ""):
        value = c.number(head.get("pass_fraction"), hw, "pass_fraction")
        if value is not None and not 0 < value <= 1:
            c.add(hw, "pass_fraction", translate("Checklists", "Write a fraction above 0 and at most 1."))
        elif value is not None:
            pass_fraction = value

    seen: set[str] = set()
    categories = []
    raw_categories = data.get("categories") or []
    if not raw_categories:
        c.add(_where(data, "categories"), "categories", translate("Checklists", "The template has no indicators."))
    for ci, cat in enumerate(raw_categories):
        cw = _where(cat, f"category {ci + 1}")
        ccode = c.code(cat, cw, seen)
        cname = c.text(cat, cw, "name")
        aspects = []
        for ai, asp in enumerate(cat.get("aspects") or []):
            aw = _where(asp, f"aspect {ccode}/{ai + 1}")
            acode = c.code(asp, aw, seen)
            aname = c.text(asp, aw, "name")
            indicators = tuple(_indicator(c, ind, _where(ind, f"indicator {acode}/{ii + 1}"), seen, acode, ccode)
                               for ii, ind in enumerate(asp.get("indicators") or []))
            if not indicators:
                c.add(aw, "indicators", translate("Checklists", "The aspect {code} has no indicators.").format(code=acode))
            aspects.append(Aspect(acode, aname, indicators))
        if not aspects:
            c.add(cw, "aspects", translate("Checklists", "The category {code} has no aspects.").format(code=ccode))
        categories.append(Category(ccode, cname, tuple(aspects)))
    if c.problems:
        raise TemplateInvalid(c.problems)
    return Template(code, version, subject, title, source, pass_fraction, tuple(categories))


def _indicator(c: _Collector, d: Mapping[str, Any], where: Any, seen: set[str], aspect: str, category: str) -> Indicator:
    code = c.code(d, where, seen)
    text = c.text(d, where, "text")
    guidance = c.text(d, where, "guidance", required=False)
    weight = c.number(d.get("weight"), where, "weight")
    if weight is not None and weight <= 0:
        c.add(where, "weight", translate("Checklists", "The weight must be above 0."))
    kind = ScoringKind.parse(_str(d.get("kind"))) if _str(d.get("kind")) in tuple(ScoringKind) else None
    if kind is None:
        c.add(where, "kind", translate("Checklists", "Write one of yes_no, scale, bands or count."))
    weakness = []
    raw_weakness = d.get("weakness") or []
    if isinstance(raw_weakness, str):
        raw_weakness = [w for w in re.split(r"[,，、;\s]+", raw_weakness) if w]
    for w in raw_weakness:
        if w in tuple(WeaknessType):
            weakness.append(WeaknessType(w))
        else:
            c.add(where, "weakness", translate("Checklists", "{value} is not a weakness type (soft, disorderly, lax, weak, poor).").format(value=w))
    remedy = None
    if _str(d.get("remedy")):
        if _str(d.get("remedy")) in tuple(Remedy):
            remedy = Remedy(_str(d.get("remedy")))
        else:
            c.add(where, "remedy", translate("Checklists", "{value} is not one of the eight remedies.").format(value=_str(d.get("remedy"))))
    scale_max, good, bands, unit = 0, True, (), Text("", "")
    if kind is ScoringKind.SCALE:
        value = c.number(d.get("max"), where, "max")
        if value is not None and (not value.is_integer() or not 1 <= value <= MAX_SCALE):
            c.add(where, "max", translate("Checklists", "The scale's top must be a whole number from 1 to {top}.").format(top=MAX_SCALE))
        scale_max = int(value) if value is not None and value.is_integer() else 1
    elif kind is ScoringKind.YES_NO:
        good_text = _str(d.get("good")) or "yes"
        if good_text not in ("yes", "no"):
            c.add(where, "good", translate("Checklists", "Write yes or no."))
        good = good_text != "no"
    elif kind in (ScoringKind.BANDS, ScoringKind.COUNT):
        bands = _bands(c, d.get("bands"), where)
        unit = c.text(d, where, "unit", required=False)
    return Indicator(code=code, text=text, guidance=guidance, weight=weight or 1.0, kind=kind or ScoringKind.YES_NO,
                     evidence=c.flag(d.get("evidence"), where, "evidence"), weakness=tuple(weakness), remedy=remedy,
                     veto=c.flag(d.get("veto"), where, "veto"), scale_max=scale_max, good_answer=good, bands=bands,
                     unit=unit, aspect_code=aspect, category_code=category)


def parse_bands(text: str) -> list[dict[str, float]]:
    """'0:0; 50000:0.6; 100000:1' as written in Excel cells."""
    bands = []
    for part in re.split(r"[;；]", text):
        if not part.strip():
            continue
        start, sep, score = part.replace("：", ":").partition(":")
        if not sep:
            raise ValueError(part)
        bands.append({"from": float(start.strip().replace(",", "")), "score": float(score.strip())})
    return bands


def format_bands(bands: tuple[Band, ...]) -> str:
    return "; ".join(f"{_num(b.start)}:{_num(b.score)}" for b in bands)


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)


def _bands(c: _Collector, raw: Any, where: Any) -> tuple[Band, ...]:
    if isinstance(raw, str):
        try:
            raw = parse_bands(raw)
        except ValueError:
            c.add(where, "bands", translate("Checklists", "Write bands as from:score pairs, e.g. 0:0; 50000:0.6; 100000:1."))
            return ()
    if not raw:
        c.add(where, "bands", translate("Checklists", "This kind needs bands."))
        return ()
    bands: list[Band] = []
    for b in raw:
        start = c.number(b.get("from"), where, "bands")
        score = c.number(b.get("score"), where, "bands")
        if start is None or score is None:
            return ()
        if not 0 <= score <= 1:
            c.add(where, "bands", translate("Checklists", "A band's score is a fraction from 0 to 1."))
            return ()
        if bands and start <= bands[-1].start:
            c.add(where, "bands", translate("Checklists", "Bands must rise: each 'from' above the one before."))
            return ()
        bands.append(Band(start, score))
    return tuple(bands)


# -- writing back ----------------------------------------------------------------

def template_data(t: Template) -> dict[str, Any]:
    """`t` as plain data in the file format (for storage, TOML and Excel)."""
    head: dict[str, Any] = {"code": t.code, "version": t.version, "subject": t.subject.value,
                            "title_zh": t.title.zh, "title_bo": t.title.bo,
                            "source_zh": t.source.zh, "source_bo": t.source.bo, "pass_fraction": t.pass_fraction}
    return {"format": FORMAT_VERSION, "template": head, "categories": [
        {"code": c.code, "name_zh": c.name.zh, "name_bo": c.name.bo, "aspects": [
            {"code": a.code, "name_zh": a.name.zh, "name_bo": a.name.bo,
             "indicators": [indicator_data(i) for i in a.indicators]}
            for a in c.aspects]}
        for c in t.categories]}


def indicator_data(i: Indicator) -> dict[str, Any]:
    d: dict[str, Any] = {"code": i.code, "text_zh": i.text.zh, "text_bo": i.text.bo,
                         "guidance_zh": i.guidance.zh, "guidance_bo": i.guidance.bo,
                         "weight": i.weight, "kind": i.kind.value, "evidence": i.evidence,
                         "weakness": [w.value for w in i.weakness], "remedy": i.remedy.value if i.remedy else "",
                         "veto": i.veto}
    if i.kind is ScoringKind.SCALE:
        d["max"] = i.scale_max
    elif i.kind is ScoringKind.YES_NO:
        d["good"] = "yes" if i.good_answer else "no"
    else:
        d["bands"] = [{"from": b.start, "score": b.score} for b in i.bands]
        d["unit_zh"], d["unit_bo"] = i.unit.zh, i.unit.bo
    return d


def content_hash(t: Template) -> str:
    """Identity of a template's content, whatever its version number says."""
    data = template_data(t)
    data["template"] = {k: v for k, v in data["template"].items() if k != "version"}
    return hashlib.sha256(json.dumps(data, ensure_ascii=False, sort_keys=True).encode()).hexdigest()
