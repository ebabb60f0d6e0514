"""A small ledger made through the services: two villages with Chinese and
Tibetan names, four problems (one overdue, one due soon, one later, one
solved), for the ledger screens. Today is 2026-11-23 (tests/conftest.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.core.ledger import ProblemRecord
from desktop.core.ledger_terms import ProblemAspect, ProblemSource, ProblemStatus


def make_village(ws, township, name_zh: str, name_bo: str, code: str) -> str:
    f = ws.villages.new_file(township.id)
    f.facts.name_zh, f.facts.name_bo, f.facts.code = name_zh, name_bo, code
    original = ws.villages.new_file(township.id)
    original.facts = type(f.facts)(id=f.facts.id)
    ws.villages.save_file(original, f)
    return f.facts.id


def problem(village_id: str, text: str, aspect: str, deadline: date | None, person: str, **kw) -> ProblemRecord:
    a = ProblemAspect(aspect)
    values = dict(id="", row_version=0, village_id=village_id, description=text, category=a.category, aspect=a,
                  source=ProblemSource.SUPERVISION, found_on=date(2026, 9, 1), deadline=deadline,
                  responsible_leader="王建国", responsible_person=person)
    values.update(kw)
    return ProblemRecord(**values)


@dataclass
class Ledger:
    tashi: str          # village ids
    dorje: str
    overdue: str        # problem ids
    soon: str
    later: str
    solved: str

    @property
    def all(self) -> list[str]:
        return [self.overdue, self.soon, self.later, self.solved]


def make_ledger(ws, township) -> Ledger:
    tashi = make_village(ws, township, "扎西村", "བཀྲ་ཤིས་གྲོང་ཚོ།", "513336100201")
    dorje = make_village(ws, township, "多吉村", "རྡོ་རྗེ་གྲོང་ཚོ།", "513336100202")
    add = ws.ledger.add
    overdue, _ = add(problem(tashi, "村党支部书记年龄偏大，党员队伍老化", "B3", date(2026, 11, 1), "卓玛"))
    soon, _ = add(problem(tashi, "村集体经济收入不足五万元", "C1", date(2026, 11, 27), "格桑"))
    later, _ = add(problem(dorje, "草场边界纠纷长期未化解", "E1", date(2027, 1, 31), "次仁"))
    solved, _ = add(problem(dorje, "三会一课制度落实不到位", "F1", date(2026, 12, 15), "达瓦"))
    ws.ledger.move(solved, None, ProblemStatus.SOLVED, "已整改", date(2026, 11, 10))
    return Ledger(tashi, dorje, overdue, soon, later, solved)
