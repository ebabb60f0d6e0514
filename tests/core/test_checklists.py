import pytest

from desktop.core.checklists import (
    TemplateInvalid,
    content_hash,
    format_bands,
    parse_bands,
    parse_template,
    template_data,
)
from desktop.core.inspection_terms import Remedy, ScoringKind, Subject
from desktop.core.terms import WeaknessType
from tests.checklist_data import small


def test_a_template_parses_into_categories_aspects_and_indicators():
    t = parse_template(small())
    assert (t.code, t.version, t.subject) == ("test-small", 1, Subject.VILLAGE)
    assert [c.code for c in t.categories] == ["A", "B"]
    assert [a.code for a in t.aspects()] == ["A1", "A2", "B1"]
    assert t.indicator_count == 5 and t.total_weight == 50
    income = t.indicator("B1.1")
    assert income.kind is ScoringKind.BANDS and income.bands[1].start == 50000
    assert income.weakness == (WeaknessType.WEAK, WeaknessType.POOR) and income.remedy is Remedy.POVERTY
    assert (income.aspect_code, income.category_code) == ("B1", "B")
    assert t.indicator("A2.1").good_answer is False and t.indicator("A2.1").veto
    assert t.indicator("A1.1").text.get("bo_CN") == "ཚད་གཞི་A1.1"
    assert t.indicator("A1.1").text.get("zh_CN") == "指标A1.1"


def test_writing_back_and_parsing_again_gives_the_same_template():
    t = parse_template(small())
    assert parse_template(template_data(t)) == t
    assert content_hash(parse_template(template_data(t))) == content_hash(t)


def test_the_content_hash_ignores_the_version_number_but_not_the_content():
    t = parse_template(small())
    assert content_hash(parse_template(small(version=7))) == content_hash(t)
    assert content_hash(parse_template(small(title_zh="另一个"))) != content_hash(t)


def test_every_mistake_is_reported_with_its_place_and_field():
    data = small()
    inds = data["categories"][0]["aspects"][0]["indicators"]
    inds[0]["text_bo"] = ""
    inds[0]["weight"] = "abc"
    inds[1]["kind"] = "stars"
    inds[1]["weakness"] = ["lazy"]
    inds[1]["_where"] = "row 3"
    data["categories"][1]["aspects"][0]["indicators"][0]["bands"] = [{"from": 5, "score": 1}, {"from": 1, "score": 0}]
    data["categories"][1]["aspects"][0]["indicators"][0]["code"] = "A1.1"    # duplicate
    with pytest.raises(TemplateInvalid) as e:
        parse_template(data)
    found = {(str(p.where), p.field) for p in e.value.problems}
    assert ("indicator A1/1", "text_bo") in found
    assert ("indicator A1/1", "weight") in found
    assert ("row 3", "kind") in found
    assert ("row 3", "weakness") in found
    assert ("indicator B1/1", "bands") in found
    assert ("indicator B1/1", "code") in found
    assert len(e.value.problems) == 6


def test_template_level_mistakes():
    with pytest.raises(TemplateInvalid) as e:
        parse_template({"template": {"code": "Bad Code", "version": 0, "subject": "city", "title_zh": "x"}, "categories": []})
    fields = {p.field for p in e.value.problems}
    assert {"code", "version", "subject", "title_bo", "categories"} <= fields


def test_an_unknown_format_version_is_refused_with_a_clear_message():
    with pytest.raises(TemplateInvalid) as e:
        parse_template({**small(), "format": 2})
    assert "format 2" in e.value.problems[0].message


def test_bands_text_round_trip():
    bands = parse_bands("0:0; 50,000:0.6；100000：1")
    assert bands == [{"from": 0, "score": 0}, {"from": 50000, "score": 0.6}, {"from": 100000, "score": 1}]
    t = parse_template(small())
    assert format_bands(t.indicator("B1.1").bands) == "0:0; 50000:0.6; 100000:1"
    with pytest.raises(ValueError):
        parse_bands("0-1")
