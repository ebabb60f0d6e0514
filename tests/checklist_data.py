"""A small checklist template for tests, in the file format's data shape."""

from __future__ import annotations

import copy


def _ind(code, kind, weight, **extra):
    return {"code": code, "text_zh": f"指标{code}", "text_bo": f"ཚད་གཞི་{code}", "guidance_zh": "查阅记录",
            "guidance_bo": "ཟིན་ཐོ་ལ་ལྟ།", "weight": weight, "kind": kind, **extra}


SMALL = {
    "format": 1,
    "template": {"code": "test-small", "version": 1, "subject": "village",
                 "title_zh": "测试清单", "title_bo": "ཚོད་ལྟའི་ཐོ།"},
    "categories": [
        {"code": "A", "name_zh": "政治信仰", "name_bo": "ཆབ་སྲིད་ཡིད་ཆེས།", "aspects": [
            {"code": "A1", "name_zh": "班子", "name_bo": "ཚོགས་པ།", "indicators": [
                _ind("A1.1", "yes_no", 10, weakness=["soft"], remedy="softness"),
                _ind("A1.2", "scale", 10, max=5, evidence=True, weakness=["lax"], remedy="laxity"),
            ]},
            {"code": "A2", "name_zh": "稳定", "name_bo": "བརྟན་ལྷིང་།", "indicators": [
                _ind("A2.1", "yes_no", 5, good="no", veto=True, weakness=["disorderly"], remedy="disorder"),
                _ind("A2.2", "count", 5, bands=[{"from": 0, "score": 1}, {"from": 1, "score": 0.5}, {"from": 3, "score": 0}],
                     unit_zh="件", unit_bo="གྲངས།", weakness=["disorderly"], remedy="disorder"),
            ]},
        ]},
        {"code": "B", "name_zh": "发展举措", "name_bo": "འཕེལ་རྒྱས།", "aspects": [
            {"code": "B1", "name_zh": "集体经济", "name_bo": "མཉམ་ཚོགས་དཔལ་འབྱོར།", "indicators": [
                _ind("B1.1", "bands", 20, bands=[{"from": 0, "score": 0}, {"from": 50000, "score": 0.6}, {"from": 100000, "score": 1}],
                     unit_zh="元", unit_bo="སྒོར།", weakness=["weak", "poor"], remedy="poverty"),
            ]},
        ]},
    ],
}


def small(**template_changes) -> dict:
    data = copy.deepcopy(SMALL)
    data["template"].update(template_changes)
    return data
