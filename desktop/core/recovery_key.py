"""The recovery key: 8 groups of 6 digits, each group's 6th digit the Damm
check digit of its first 5.

40 random digits (~133 bits) are printed once on the recovery sheet when a
database is encrypted; with them the database opens when every password is
lost. The check digit per group lets the app say which group is mistyped
before trying the key (Damm's check digit catches every single wrong digit
and every swap of two neighbours).

Canonical form: the 48 digits, no separators. Shown as
`123456-234567-...` (`format_key`). `parse` reads what a user types:
spaces and dashes are ignored, full-width digits are digits.
"""

from __future__ import annotations

import unicodedata

from desktop.core.errors import VillageDeskError
from desktop.core.i18n import translate

GROUPS = 8
GROUP_DIGITS = 6
DIGITS = GROUPS * GROUP_DIGITS           # 48, check digits included
RANDOM_DIGITS = GROUPS * (GROUP_DIGITS - 1)   # 40
MIN_RANDOM_BYTES = 24   # int(bytes) % 10**40: with 192 bits the bias is below 2**-59

# The Damm quasigroup of order 10 (totally anti-symmetric, zero diagonal).
_DAMM = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)


class RecoveryKeyInvalid(VillageDeskError):
    """What was typed is not a well-formed recovery key. `groups`: the
    numbers (1-8) of the groups found mistyped; empty when the problem is
    not one group's (a wrong character or count)."""

    def __init__(self, message: str, groups: tuple[int, ...] = ()) -> None:
        super().__init__(message)
        self.groups = groups


def _interim(digits: str) -> int:
    interim = 0
    for d in digits:
        interim = _DAMM[interim][ord(d) - 48]
    return interim


def check_digit(digits: str) -> str:
    """The Damm check digit of a string of ASCII digits."""
    _require_digits(digits)
    return str(_interim(digits))


def is_valid(digits: str) -> bool:
    """Whether a string of digits ends in its own Damm check digit."""
    return bool(digits) and digits.isascii() and digits.isdigit() and _interim(digits) == 0


def _require_digits(digits: str) -> None:
    if digits and not (digits.isascii() and digits.isdigit()):
        raise ValueError("ASCII digits expected")


def from_bytes(data: bytes) -> str:
    """A recovery key (canonical 48 digits) made from random bytes (the
    caller takes them from `secrets`: core does no I/O)."""
    if len(data) < MIN_RANDOM_BYTES:
        raise ValueError(f"at least {MIN_RANDOM_BYTES} random bytes are needed")
    number = int.from_bytes(data, "big") % 10 ** RANDOM_DIGITS
    random_digits = f"{number:0{RANDOM_DIGITS}d}"
    step = GROUP_DIGITS - 1
    return "".join(part + check_digit(part)
                   for part in (random_digits[i:i + step] for i in range(0, RANDOM_DIGITS, step)))


def groups_of(digits: str) -> list[str]:
    return [digits[i:i + GROUP_DIGITS] for i in range(0, len(digits), GROUP_DIGITS)]


def format_key(digits: str) -> str:
    """`123456-234567-...`: how the key is shown and printed."""
    return "-".join(groups_of(digits))


def group_ok(text: str) -> bool:
    """Whether one typed group (spaces ignored) is 6 digits with a matching
    check digit: for a screen that checks each group as it is typed."""
    digits = _normalise(text)
    return len(digits) == GROUP_DIGITS and is_valid(digits)


def _is_separator(char: str) -> bool:
    return char.isspace() or unicodedata.category(char) == "Pd" or char in "_."


def _normalise(text: str) -> str:
    # NFKC: full-width digits typed with a Chinese input method become ASCII.
    return "".join(c for c in unicodedata.normalize("NFKC", text or "") if not _is_separator(c))


def _chunks(text: str) -> list[str]:
    """The runs of non-separators as typed, to name a group by its place."""
    chunks, current = [], ""
    for char in unicodedata.normalize("NFKC", text or ""):
        if _is_separator(char):
            if current:
                chunks.append(current)
            current = ""
        else:
            current += char
    if current:
        chunks.append(current)
    return chunks


def _numbers(groups: list[int]) -> str:
    text = str(groups[0])
    for number in groups[1:]:
        text = translate("Encryption", "{numbers}, {number}").format(numbers=text, number=number)
    return text


def parse(text: str) -> str:
    """The canonical 48 digits of a typed recovery key; RecoveryKeyInvalid
    saying what is wrong (which groups are mistyped) otherwise."""
    digits = _normalise(text)
    if not digits:
        raise RecoveryKeyInvalid(translate("Encryption", "Type the recovery key: the 48 digits printed on the "
                                                         "recovery sheet."))
    wrong = next((c for c in digits if not (c.isascii() and c.isdigit())), None)
    if wrong is not None:
        raise RecoveryKeyInvalid(translate("Encryption", "A recovery key holds only digits; “{char}” is not one.")
                                 .format(char=wrong))
    if len(digits) != DIGITS:
        chunks = _chunks(text)
        if len(chunks) == GROUPS:
            short = [i + 1 for i, chunk in enumerate(chunks) if len(chunk) != GROUP_DIGITS]
            raise RecoveryKeyInvalid(translate(
                "Encryption", "Each group of the recovery key has 6 digits; check group {numbers}.").format(
                numbers=_numbers(short)), tuple(short))
        raise RecoveryKeyInvalid(translate(
            "Encryption", "A recovery key has 48 digits (8 groups of 6); this one has {count}.").format(
            count=len(digits)))
    bad = [i + 1 for i, group in enumerate(groups_of(digits)) if not is_valid(group)]
    if bad:
        if len(bad) == 1:
            message = translate("Encryption", "Group {number} of the recovery key is mistyped: check its 6 digits "
                                              "against the sheet.").format(number=bad[0])
        else:
            message = translate("Encryption", "Groups {numbers} of the recovery key are mistyped: check them "
                                              "against the sheet.").format(numbers=_numbers(bad))
        raise RecoveryKeyInvalid(message, tuple(bad))
    return digits
