"""Where printed lines may break, and which script each piece is in."""

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.script_runs import Script, break_units, script_of, script_runs


def test_tibetan_breaks_after_each_tsheg_and_shad():
    assert break_units("བསྐྱེད་སྒྲུབ་རྒྱ་མཚོ།") == ["བསྐྱེད་", "སྒྲུབ་", "རྒྱ་", "མཚོ།"]


def test_a_shad_after_a_tsheg_stays_with_its_syllable():
    assert break_units("ལགས་། ཡིན།") == ["ལགས་། ", "ཡིན།"]


def test_a_syllable_with_digits_is_one_piece_in_two_scripts():
    units = break_units("ཚེས15ཉིན།")
    assert units == ["ཚེས15ཉིན།"]
    assert script_runs(units[0]) == [(Script.TIBETAN, "ཚེས"), (Script.OTHER, "15"), (Script.TIBETAN, "ཉིན།")]


def test_han_breaks_between_characters_but_not_before_closing_punctuation():
    assert break_units("整顿，落实。") == ["整", "顿，", "落", "实。"]
    assert break_units("（一）村") == ["（一）", "村"]
    assert break_units("“三个”") == ["“三", "个”"]


def test_latin_breaks_at_spaces_and_keeps_them_on_the_word_before():
    assert break_units("Party  branch 2024") == ["Party  ", "branch ", "2024"]


def test_mixed_scripts_break_where_either_script_allows():
    assert break_units("ཉིན།整顿 ok") == ["ཉིན།", "整", "顿 ", "ok"]
    assert break_units("共15个") == ["共", "15", "个"]


def test_scripts():
    assert script_of("ཀ") is Script.TIBETAN and script_of("༣") is Script.TIBETAN
    assert script_of("村") is Script.HAN and script_of("，") is Script.HAN and script_of("１") is Script.HAN
    assert script_of("a") is Script.OTHER and script_of("7") is Script.OTHER


TEXT = st.text(alphabet=st.sampled_from(list("ཀྲུསྒྲུབ་།ཚེ 整顿，。（）村ab12 -")), max_size=60)


@given(TEXT)
def test_units_join_back_to_the_text(text):
    units = break_units(text)
    assert "".join(units) == text
    assert all(units)


@given(TEXT)
def test_no_piece_starts_with_a_shad_or_a_tibetan_mark(text):
    for unit in break_units(text)[1:]:
        assert unit[0] not in "།་ྲུ"
