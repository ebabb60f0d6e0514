import pytest

from desktop.core.i18n import set_translator
from desktop.core.terms import PostRole, Rating, WeaknessType, weakness_mask, weakness_short_labels, weakness_types


def test_weakness_mask_round_trip():
    for n in range(32):
        assert weakness_mask(weakness_types(n)) == n
    assert weakness_types(weakness_mask({WeaknessType.SOFT, WeaknessType.POOR})) == {WeaknessType.SOFT, WeaknessType.POOR}


def test_labels_are_translated_when_shown():
    assert Rating.BACKWARD.label == "Backward"
    set_translator(lambda ctx, text, dis=None: f"[{ctx}]{text}")
    assert Rating.BACKWARD.label == "[Terms]Backward"
    assert weakness_short_labels([WeaknessType.POOR, WeaknessType.SOFT]) == "[Terms]Soft [Terms]Poor"


def test_every_member_has_a_label():
    from desktop.core import terms

    for enum in (terms.AdminLevel, terms.TownshipKind, terms.VillageKind, terms.PartyOrgType, terms.Rating,
                 terms.WarningColour, terms.WeaknessType, terms.Gender, terms.Education, terms.Ethnicity,
                 terms.Body, terms.PostRole):
        for member in enum:
            assert member.label


def test_parse_stored_values():
    assert Rating.parse(None) is None
    assert Rating.parse("") is None
    assert Rating.parse("problem") is Rating.PROBLEM
    with pytest.raises(ValueError):
        Rating.parse("excellent")


def test_roles_belong_to_bodies():
    from desktop.core.terms import Body, roles_of

    assert PostRole.FIRST_SECRETARY.body is Body.SUPPORT
    assert set(roles_of(Body.BRANCH_COMMITTEE, Body.VILLAGERS_COMMITTEE)) >= {PostRole.BRANCH_SECRETARY, PostRole.DIRECTOR}


def test_members_of_different_lists_with_the_same_value_keep_their_own_labels():
    from desktop.core.inspection_terms import Subject
    from desktop.core.terms import AdminLevel, TownshipKind, VillageKind

    assert VillageKind.VILLAGE == Subject.VILLAGE          # both the string "village"
    assert (VillageKind.VILLAGE.label, Subject.VILLAGE.label) == ("Village", "Village Party organisation")
    assert {AdminLevel.TOWNSHIP.label, TownshipKind.TOWNSHIP.label, Subject.TOWNSHIP.label} == {
        "Township or town", "Township", "Township Party committee"}


def test_inline_labels_drop_the_closing_shad_inside_sentences():
    from desktop.core.i18n import set_translator
    from desktop.core.terms import WarningColour
    from desktop.core.warnings import ColourShift

    set_translator(lambda ctx, text, dis=None: {"Red": "དམར་པོ།", "Yellow": "སེར་པོ།",
                                                 "{count} villages from {before} to {after}":
                                                 "གྲོང་ཚོ་ {count} {before}ནས་{after}ལ་འགྱུར།"}.get(text, text))
    try:
        assert WarningColour.RED.inline_label == "དམར་པོ་"
        assert WarningColour.GREEN.inline_label == "Green"          # untranslated: unchanged
        assert ColourShift(WarningColour.YELLOW, WarningColour.RED, 3).sentence() == "གྲོང་ཚོ་ 3 སེར་པོ་ནས་དམར་པོ་ལ་འགྱུར།"
    finally:
        set_translator(None)
