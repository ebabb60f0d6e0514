"""Errors the user sees. Each carries a message in the user's language."""

from __future__ import annotations

from desktop.core.i18n import translate
from desktop.core.validation import FieldError


class VillageDeskError(Exception):
    """A problem with the user's input or data, explained in their language."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationFailed(VillageDeskError):
    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        first = errors[0].message if errors else ""
        if len(errors) > 1:
            message = translate("Errors", "{first} (and {more} more problems)").format(first=first, more=len(errors) - 1)
        else:
            message = first
        super().__init__(message)


class NotFound(VillageDeskError):
    pass


class EditConflict(VillageDeskError):
    """The record was changed by someone else since it was read."""


class DatabaseError(VillageDeskError):
    """The database cannot be opened or used as asked."""


def village_not_found(code_or_id: str) -> NotFound:
    return NotFound(translate("Errors", "There is no village with the code or id {key}.").format(key=code_or_id))


def record_changed_elsewhere() -> EditConflict:
    return EditConflict(
        translate("Errors", "This record was changed by someone else after you opened it. "
                            "Close it, open it again and redo your change.")
    )


def record_gone() -> NotFound:
    return NotFound(translate("Errors", "This record has been deleted in the meantime."))
