import itertools
import secrets

import pytest

from desktop.core.recovery_key import (
    DIGITS, GROUPS, RecoveryKeyInvalid, check_digit, format_key, from_bytes, group_ok, groups_of, is_valid, parse,
)


def test_damm_check_digit_known_values():
    # The published example: 572 -> 4.
    assert check_digit("572") == "4"
    assert is_valid("5724")
    assert not is_valid("5723")
    assert check_digit("") == "0"


def test_every_single_wrong_digit_and_every_neighbour_swap_is_caught():
    for word in ("12345", "90210", "00000", "55555", "31415"):
        good = word + check_digit(word)
        assert is_valid(good)
        for i, wrong in itertools.product(range(6), "0123456789"):
            if good[i] != wrong:
                assert not is_valid(good[:i] + wrong + good[i + 1:])
        for i in range(5):
            swapped = good[:i] + good[i + 1] + good[i] + good[i + 2:]
            if swapped != good:
                assert not is_valid(swapped)


def test_a_key_from_random_bytes_is_48_digits_in_8_checked_groups():
    key = from_bytes(secrets.token_bytes(32))
    assert len(key) == DIGITS and key.isdigit()
    assert len(groups_of(key)) == GROUPS
    assert all(is_valid(g) for g in groups_of(key))
    assert from_bytes(bytes(32)) == from_bytes(bytes(32))   # the same bytes, the same key
    with pytest.raises(ValueError):
        from_bytes(b"short")


def test_format_and_parse_round_trip():
    key = from_bytes(secrets.token_bytes(32))
    shown = format_key(key)
    assert shown.count("-") == 7 and len(shown) == 48 + 7
    assert parse(shown) == key
    assert parse(" ".join(groups_of(key))) == key
    assert parse(key) == key
    # Full-width digits from a Chinese input method, an en dash and spaces.
    wide = "".join(chr(ord(c) + 0xFEE0) for c in key[:6]) + " – " + key[6:]
    assert parse(wide) == key


def test_parse_names_the_mistyped_group():
    key = from_bytes(bytes(range(32)))
    groups = groups_of(key)
    groups[2] = groups[2][:3] + str((int(groups[2][3]) + 1) % 10) + groups[2][4:]
    with pytest.raises(RecoveryKeyInvalid) as caught:
        parse("-".join(groups))
    assert caught.value.groups == (3,)
    assert "3" in caught.value.message
    groups[6] = str((int(groups[6][0]) + 5) % 10) + groups[6][1:]
    with pytest.raises(RecoveryKeyInvalid) as caught:
        parse("-".join(groups))
    assert caught.value.groups == (3, 7)


def test_parse_says_which_group_is_too_short():
    key = from_bytes(bytes(range(32)))
    groups = groups_of(key)
    groups[4] = groups[4][:5]
    with pytest.raises(RecoveryKeyInvalid) as caught:
        parse("-".join(groups))
    assert caught.value.groups == (5,)


@pytest.mark.parametrize("text", ["", "   ", "12345", "12345a-" * 8, "1" * 47])
def test_parse_refuses_what_is_not_a_key(text):
    with pytest.raises(RecoveryKeyInvalid) as caught:
        parse(text)
    assert caught.value.message


def test_one_group_as_typed():
    key = from_bytes(bytes(range(32)))
    assert group_ok(key[:6])
    assert group_ok(" " + key[:3] + " " + key[3:6])
    assert not group_ok(key[:5])
    assert not group_ok(key[:5] + str((int(key[5]) + 1) % 10))
