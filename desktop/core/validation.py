"""Rules for what a cadre types: formats checked as they type, records checked
before they are saved. Messages are in the user's language and name the field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from desktop.core.i18n import translate
from desktop.core.records import IncomeRecord, PersonRecord, PostRecord, VillageFacts, VillageFile

DIVISION_CODE_DIGITS = 12
# A village's code starts with its township's 9 digits (统计用区划代码).
TOWNSHIP_CODE_DIGITS = 9
FIRST_YEAR = 1949
MAX_COUNT = 10_000_000
MAX_YUAN = 100_000_000_000

# Full-width ASCII (Ｕ+FF01..FF5E) and the ideographic space fold to ASCII:
# rosters typed with a Chinese IME are full of them.
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


@dataclass(frozen=True, slots=True)
class FieldError:
    """A message for one field; `record_id` names the row of a table field."""

    field: str
    message: str
    record_id: str | None = None


def normalise_text(text: str | None) -> str:
    return (text or "").translate(_FULLWIDTH).strip()


def _digits_only(text: str) -> str:
    return re.sub(r"[\s,]", "", normalise_text(text))


def check_division_code(text: str | None, township_code: str | None = None) -> str | None:
    """A message if `text` is not a 12-digit division code of the township."""
    code = _digits_only(text or "")
    if not code:
        return None
    if not code.isascii() or not code.isdigit():
        return translate("Validation", "The division code may contain digits only.")
    if len(code) != DIVISION_CODE_DIGITS:
        return translate("Validation", "The division code has 12 digits; this one has {count}.").format(count=len(code))
    prefix = (township_code or "")[:TOWNSHIP_CODE_DIGITS]
    if len(prefix) == TOWNSHIP_CODE_DIGITS and not code.startswith(prefix):
        return translate("Validation", "This code is not in the township: its first 9 digits should be {prefix}.").format(
            prefix=prefix
        )
    return None


def normalise_division_code(text: str | None) -> str | None:
    code = _digits_only(text or "")
    return code or None


def parse_count(text: str | None, maximum: int = MAX_COUNT) -> tuple[int | None, str | None]:
    """A non-negative whole number, or None for an empty field."""
    t = _digits_only(text or "")
    if not t:
        return None, None
    if not t.isascii() or not t.isdigit():
        return None, translate("Validation", "Enter a whole number, such as 1250.")
    value = int(t)
    if value > maximum:
        return None, translate("Validation", "That is more than {maximum}.").format(maximum=maximum)
    return value, None


def parse_year(text: str | None, today: date) -> tuple[int | None, str | None]:
    t = _digits_only(text or "")
    if not t:
        return None, None
    if not t.isascii() or not t.isdigit() or len(t) != 4:
        return None, translate("Validation", "Enter a year such as 2025.")
    year = int(t)
    return check_year(year, today)


def check_year(year: int, today: date) -> tuple[int | None, str | None]:
    if not FIRST_YEAR <= year <= today.year:
        return None, translate("Validation", "The year must be between {first} and {last}.").format(first=FIRST_YEAR, last=today.year)
    return year, None


_WAN = re.compile(r"^(\d+(?:\.\d+)?)万$")


def parse_yuan(text: str | None) -> tuple[int | None, str | None]:
    """An amount in whole yuan; '5万' means 50,000 as cadres write it."""
    t = _digits_only(text or "").removesuffix("元")
    if not t:
        return None, None
    wan = _WAN.match(t)
    try:
        if wan:
            value = round(float(wan.group(1)) * 10_000)
        elif re.fullmatch(r"\d+(\.\d+)?", t):
            value = round(float(t))
        else:
            raise ValueError(t)
    except ValueError:
        return None, translate("Validation", "Enter an amount in yuan, such as 48000 or 4.8万.")
    if value > MAX_YUAN:
        return None, translate("Validation", "That is more than {maximum}.").format(maximum=MAX_YUAN)
    return value, None


_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


def parse_date(text: str | None) -> tuple[date | None, str | None]:
    """2026-03-15, 2026/3/15, 2026.3.15 or 2026年3月15日."""
    t = normalise_text(text or "")
    if not t:
        return None, None
    m = _DATE.match(t)
    if not m:
        return None, translate("Validation", "Enter a date such as 2026-03-15.")
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))), None
    except ValueError:
        return None, translate("Validation", "There is no such day: {text}.").format(text=t)


_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{2,3}-?\d{7,8}$")


def check_phone(text: str | None) -> str | None:
    t = re.sub(r"[\s()（）]", "", normalise_text(text or "")).removeprefix("+86")
    if not t:
        return None
    if _MOBILE.match(t) or _LANDLINE.match(t):
        return None
    return translate("Validation", "Enter an 11-digit mobile number or a landline number with its area code.")


def check_birth_year(year: int | None, today: date) -> str | None:
    if year is None:
        return None
    first, last = today.year - 110, today.year - 16
    if not first <= year <= last:
        return translate("Validation", "The birth year must be between {first} and {last}.").format(first=first, last=last)
    return None


def validate_village(facts: VillageFacts, township_code: str | None) -> list[FieldError]:
    errors: list[FieldError] = []
    if not normalise_text(facts.name_zh) and not normalise_text(facts.name_bo):
        errors.append(FieldError("name_zh", translate("Validation", "Enter the village name in Chinese or in Tibetan.")))
    if not facts.township_id:
        errors.append(FieldError("township_id", translate("Validation", "Choose the township the village belongs to.")))
    message = check_division_code(facts.code, township_code)
    if message:
        errors.append(FieldError("code", message))
    for name in ("population", "households", "party_members"):
        value = getattr(facts, name)
        if value is not None and not 0 <= value <= MAX_COUNT:
            errors.append(FieldError(name, translate("Validation", "Enter a whole number, such as 1250.")))
    pop, hh, pm = facts.population, facts.households, facts.party_members
    if pop is not None and hh is not None and hh > pop:
        errors.append(FieldError("households", translate("Validation", "More households ({households}) than people ({population}).").format(
            households=hh, population=pop)))
    if pop is not None and pm is not None and pm > pop:
        errors.append(FieldError("party_members", translate("Validation", "More Party members ({members}) than people ({population}).").format(
            members=pm, population=pop)))
    if facts.paired_village_id and facts.paired_village_id == facts.id:
        errors.append(FieldError("paired_village_id", translate("Validation", "A village cannot be paired with itself.")))
    return errors


def validate_income(entry: IncomeRecord, today: date) -> list[FieldError]:
    errors = []
    _, message = check_year(entry.year, today)
    if message:
        errors.append(FieldError("year", message, entry.id))
    if entry.amount_yuan < 0:
        errors.append(FieldError("amount_yuan", translate("Validation", "An income cannot be negative."), entry.id))
    return errors


def validate_person(person: PersonRecord, today: date) -> list[FieldError]:
    errors = []
    if not normalise_text(person.name_zh) and not normalise_text(person.name_bo):
        errors.append(FieldError("name_zh", translate("Validation", "Enter the name in Chinese or in Tibetan."), person.id))
    message = check_birth_year(person.birth_year, today)
    if message:
        errors.append(FieldError("birth_year", message, person.id))
    message = check_phone(person.phone)
    if message:
        errors.append(FieldError("phone", message, person.id))
    return errors


def validate_post(post: PostRecord) -> list[FieldError]:
    if post.term_start and post.term_end and post.term_end < post.term_start:
        return [FieldError("term_end", translate("Validation", "The term cannot end before it starts."), post.id)]
    return []


def validate_file(file: VillageFile, township_code: str | None, today: date) -> list[FieldError]:
    """Every rule of a village file, for the Save button and the service."""
    errors = validate_village(file.facts, township_code)
    years: dict[int, str] = {}
    for entry in file.incomes:
        errors += validate_income(entry, today)
        if entry.year in years:
            errors.append(FieldError("year", translate("Validation", "The income of {year} is entered twice.").format(year=entry.year), entry.id))
        years[entry.year] = entry.id
    for post in file.posts:
        errors += validate_post(post)
        if post.person_id not in file.people:
            errors.append(FieldError("person_id", translate("Validation", "The post has no person."), post.id))
    for person_id in {p.person_id for p in file.posts}:
        if person_id in file.people:
            errors += validate_person(file.people[person_id], today)
    return errors
