"""One field for the 48 digits of a recovery key, typed from the printed sheet.

Shown in groups of six joined by dashes, as on the sheet
(ui/grouped_digits_edit.py). Each group is checked as soon as its sixth
digit is in (its last digit is a check digit): `mistyped()` names the
groups to look at again.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.core.recovery_key import DIGITS, GROUP_DIGITS, format_key, group_ok, groups_of
from desktop.ui.grouped_digits_edit import GroupedDigitsEdit


class RecoveryKeyEdit(GroupedDigitsEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(DIGITS, GROUP_DIGITS, format_key, 15, parent)
        self.setObjectName("recoveryKeyEdit")

    def mistyped(self) -> list[int]:
        """The numbers (1-8) of the groups typed whole whose check digit does not match."""
        return [i + 1 for i, group in enumerate(groups_of(self.digits()))
                if len(group) == GROUP_DIGITS and not group_ok(group)]
