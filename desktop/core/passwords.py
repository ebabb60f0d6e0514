"""The password policy: what a new password must be. Pure rules; hashing
is in `services/passwords.py`."""

from __future__ import annotations

from desktop.core.errors import ValidationFailed
from desktop.core.i18n import translate
from desktop.core.validation import FieldError

MIN_LENGTH = 8


def password_problems(password: str, login: str = "") -> list[str]:
    """What is wrong with `password` as a new password for `login`, in the
    user's language; empty when it may be used."""
    problems = []
    if len(password) < MIN_LENGTH:
        problems.append(translate("Access", "A password needs at least {count} characters.").format(count=MIN_LENGTH))
    if password and login and password.casefold() == login.strip().casefold():
        problems.append(translate("Access", "The password cannot be the login name."))
    if password and len(set(password)) == 1:
        problems.append(translate("Access", "The password cannot be one character repeated."))
    return problems


def check_password(password: str, login: str = "", field: str = "password") -> None:
    """ValidationFailed naming every problem of a new password."""
    problems = password_problems(password, login)
    if problems:
        raise ValidationFailed([FieldError(field, p) for p in problems])
