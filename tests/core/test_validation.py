from datetime import date

import pytest

from desktop.core.records import IncomeRecord, PersonRecord, PostRecord, VillageFacts, VillageFile
from desktop.core.terms import PostRole
from desktop.core.validation import (
    check_division_code,
    check_phone,
    normalise_division_code,
    parse_count,
    parse_date,
    parse_year,
    parse_yuan,
    validate_file,
    validate_village,
)

TODAY = date(2026, 11, 23)


class TestDivisionCode:
    def test_empty_is_allowed(self):
        assert check_division_code("") is None
        assert check_division_code(None) is None

    def test_twelve_digits_pass(self):
        assert check_division_code("513336100201") is None

    def test_full_width_digits_and_spaces_are_folded(self):
        assert check_division_code("５１３３３６ １００２０１") is None
        assert normalise_division_code(" ５１３３３６１００２０１ ") == "513336100201"

    def test_wrong_length_says_how_many_digits(self):
        assert "11" in check_division_code("51333610020")

    def test_letters_are_refused(self):
        assert check_division_code("51333610020X") == "The division code may contain digits only."

    def test_must_start_with_the_townships_nine_digits(self):
        message = check_division_code("513336101201", township_code="513336100000")
        assert "513336100" in message
        assert check_division_code("513336100201", township_code="513336100000") is None
        # A township without a code cannot be checked against.
        assert check_division_code("513336101201", township_code=None) is None


@pytest.mark.parametrize("text,value", [("1250", 1250), (" 1,250 ", 1250), ("１２５０", 1250), ("", None)])
def test_parse_count_accepts(text, value):
    assert parse_count(text) == (value, None)


@pytest.mark.parametrize("text", ["12.5", "-3", "abc", "1e3"])
def test_parse_count_refuses_with_a_message(text):
    value, message = parse_count(text)
    assert value is None and message


def test_parse_count_has_a_maximum():
    assert parse_count("11", maximum=10)[1] == "That is more than 10."


@pytest.mark.parametrize("text,value", [
    ("48000", 48000), ("4.8万", 48000), ("5万", 50000), ("12,500元", 12500), ("0", 0), ("", None),
])
def test_parse_yuan(text, value):
    assert parse_yuan(text) == (value, None)


def test_parse_yuan_refuses_words():
    assert parse_yuan("about five")[1]


@pytest.mark.parametrize("text", ["2026-03-15", "2026/3/15", "2026.3.15", "2026年3月15日", "２０２６-０３-１５"])
def test_parse_date_formats(text):
    assert parse_date(text) == (date(2026, 3, 15), None)


def test_parse_date_impossible_day_and_garbage():
    assert "2026-02-30" in parse_date("2026-02-30")[1]
    assert parse_date("15 March")[1] == "Enter a date such as 2026-03-15."


def test_parse_year_range():
    assert parse_year("2025", TODAY) == (2025, None)
    assert parse_year("2031", TODAY)[1]
    assert parse_year("25", TODAY)[1] == "Enter a year such as 2025."


@pytest.mark.parametrize("phone", ["13800138000", "138 0013 8000", "+8613800138000", "0836-2821234", "08362821234", ""])
def test_phone_numbers_accepted(phone):
    assert check_phone(phone) is None


@pytest.mark.parametrize("phone", ["1380013800", "23800138000", "phone", "2821234"])
def test_phone_numbers_refused(phone):
    assert check_phone(phone)


def test_village_needs_a_name_and_a_township():
    errors = validate_village(VillageFacts(), None)
    assert {e.field for e in errors} == {"name_zh", "township_id"}
    assert not validate_village(VillageFacts(name_bo="བཀྲ་ཤིས་སྒང་།", township_id="t"), None)


def test_village_counts_must_be_consistent():
    facts = VillageFacts(name_zh="扎西岗村", township_id="t", population=100, households=120, party_members=101)
    fields = {e.field: e.message for e in validate_village(facts, None)}
    assert fields["households"] == "More households (120) than people (100)."
    assert fields["party_members"] == "More Party members (101) than people (100)."


def test_village_cannot_pair_with_itself():
    facts = VillageFacts(name_zh="扎西岗村", township_id="t")
    facts.paired_village_id = facts.id
    assert [e.field for e in validate_village(facts, None)] == ["paired_village_id"]


def test_file_rules_name_the_record():
    facts = VillageFacts(name_zh="扎西岗村", township_id="t")
    a = IncomeRecord(village_id=facts.id, year=2024, amount_yuan=1000)
    b = IncomeRecord(village_id=facts.id, year=2024, amount_yuan=-5)
    person = PersonRecord(name_zh="", name_bo="", phone="12")
    post = PostRecord(person_id=person.id, village_id=facts.id, role=PostRole.BRANCH_SECRETARY,
                      term_start=date(2024, 1, 1), term_end=date(2023, 1, 1))
    file = VillageFile(facts=facts, incomes=[a, b], posts=[post], people={person.id: person})
    errors = {(e.field, e.record_id) for e in validate_file(file, None, TODAY)}
    assert ("year", b.id) in errors          # the same year twice
    assert ("amount_yuan", b.id) in errors   # negative
    assert ("term_end", post.id) in errors
    assert ("name_zh", person.id) in errors
    assert ("phone", person.id) in errors
