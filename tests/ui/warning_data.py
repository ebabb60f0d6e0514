"""A small county made through the services: two townships, six villages
with Chinese and Tibetan names, and finalised inspections over three
quarters, so the warning screens have colours, changes and gaps to show."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.checklists import parse_template
from desktop.core.ids import new_id
from desktop.core.records import AdminUnit
from desktop.core.scoring import Answer
from desktop.core.terms import AdminLevel, TownshipKind
from tests.checklist_data import small

PERIODS = ("2026Q1", "2026Q2", "2026Q3")

# Scores with the small template (weights 10, 10, 5, 5, 20); A1.2 stays below
# its pass mark so no evidence file is needed.
GREEN = {"A1.1": 1, "A1.2": 2, "A2.1": 0, "A2.2": 0, "B1.1": 120000}    # 88
YELLOW = {**GREEN, "B1.1": 60000}                                        # 72
RED = {**GREEN, "A1.1": 0, "B1.1": 0}                                    # 28
S = {"G": GREEN, "Y": YELLOW, "R": RED}

# village key: (township, name_zh, name_bo, code, colour per quarter or None)
VILLAGES = {
    "tashi": (0, "扎西村", "བཀྲ་ཤིས་གྲོང་ཚོ།", "513336100201", "GGY"),
    "dorje": (0, "多吉村", "རྡོ་རྗེ་གྲོང་ཚོ།", "513336100202", "YYR"),
    "sgrub": (0, "珠巴村", "སྒྲུབ་པ་གྲོང་ཚོ།", "513336100203", "YYR"),
    "drolma": (0, "卓玛村", "སྒྲོལ་མ་གྲོང་ཚོ།", "513336100204", "RR-"),
    "kyid": (1, "吉村", "སྐྱིད་གྲོང་ཚོ།", "513336101201", "GRG"),
    "yangchen": (1, "央金村", "དབྱངས་ཅན་གྲོང་ཚོ།", "513336101202", "-YY"),
}


@dataclass
class County:
    county: AdminUnit
    townships: list[AdminUnit]
    template_id: str
    villages: dict[str, str] = field(default_factory=dict)                     # key -> id
    inspections: dict[tuple[str, str], str] = field(default_factory=dict)      # (key, period) -> id


def _unit(ws, level, parent, code, zh, bo, kind=None) -> AdminUnit:
    unit = AdminUnit(id=new_id(), row_version=0, level=level, parent_id=parent, code=code, name_zh=zh, name_bo=bo,
                     kind=kind)
    ws.units.create(unit)
    return ws.units.get(unit.id)


def village(ws, township_id, name_zh, name_bo, code) -> str:
    f = ws.villages.new_file(township_id)
    f.facts.name_zh, f.facts.name_bo, f.facts.code = name_zh, name_bo, code
    original = ws.villages.new_file(township_id)
    original.facts = type(f.facts)(id=f.facts.id)
    ws.villages.save_file(original, f)
    return f.facts.id


def inspect(ws, template_id, village_id, period, values) -> str:
    f, _ = ws.inspections.start(village_id, template_id, period)
    ws.inspections.save(f, {c: Answer(c, float(v), False, "") for c, v in values.items()})
    ws.inspections.finalise(ws.inspections.open(f.inspection.id))
    return f.inspection.id


def make_county(ws) -> County:
    county = _unit(ws, AdminLevel.COUNTY, None, "513336000000", "白玉县", "དཔལ་ཡུལ་རྫོང་།")
    townships = [
        _unit(ws, AdminLevel.TOWNSHIP, county.id, "513336100", "白依乡", "པད་ཡུལ་ཤང་།", TownshipKind.TOWNSHIP),
        _unit(ws, AdminLevel.TOWNSHIP, county.id, "513336101", "河坡乡", "ཧོ་ཕོ་ཤང་།", TownshipKind.TOWNSHIP),
    ]
    template_id = ws.checklists.install(parse_template(small())).info.id
    made = County(county, townships, template_id)
    for key, (t, zh, bo, code, colours) in VILLAGES.items():
        made.villages[key] = village(ws, townships[t].id, zh, bo, code)
        for period, colour in zip(PERIODS, colours):
            if colour != "-":
                made.inspections[(key, period)] = inspect(ws, template_id, made.villages[key], period, S[colour])
    return made
