"""The encryption screens to look at (`python -m desktop.ui.preview
unlock|recovery|recoverysheet|encrypt` and the screenshots): opening an
encrypted copy of the preview's database after a wrong password, the
recovery key half typed with a slip in one group, the recovery sheet shown
after encrypting, and Data safety → Encrypt the database… for its
administrator.

The copy is encrypted for real (services/encryption) in a folder of its
own, removed when the screen closes.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from desktop.ui.access_screens import PASSWORD, with_accounts


def _encrypted_copy(window, language: str):
    """A copy of the preview's database with the office's accounts,
    encrypted by its administrator and closed: (path, recovery key, folder)."""
    from desktop.services.encryption import encrypt_database
    from desktop.services.workspace import Workspace

    folder = Path(tempfile.mkdtemp(prefix="villagedesk-encrypted-"))
    path = folder / "township.sqlite3"
    window.ws.db.copy_to(path)
    copy = Workspace.open(path, actor="preview")
    try:
        with_accounts(copy, language)
        copy.users.login("admin", PASSWORD)
        result = encrypt_database(copy, PASSWORD)
    finally:
        copy.close()
    return path, result.recovery_key, folder


def _removed_with(dialog, folder: Path, opened: list) -> None:
    def clean_up(*_args) -> None:
        for ws in opened:
            ws.close()
        shutil.rmtree(folder, ignore_errors=True)

    dialog.destroyed.connect(clean_up)


def preview_unlock(window, language: str):
    """The encrypted database's sign-in after one wrong password."""
    from desktop.ui.unlock_dialog import UnlockDialog

    path, _key, folder = _encrypted_copy(window, language)
    dialog = UnlockDialog(path, window, languages=window.languages)
    opened: list = []
    dialog.opened.connect(opened.append)
    dialog.login.setText("admin")
    dialog.password.setText("not-the-password")
    dialog.sign_in()
    _removed_with(dialog, folder, opened)
    return dialog


def preview_recovery(window, language: str):
    """The recovery key half typed, its third group mistyped."""
    from desktop.core.recovery_key import parse
    from desktop.ui.recovery_dialog import RecoveryDialog

    path, key, folder = _encrypted_copy(window, language)
    digits = parse(key)
    slipped = digits[:13] + str((int(digits[13]) + 1) % 10) + digits[14:30]
    dialog = RecoveryDialog(path, window)
    dialog.key.set_digits(slipped)
    dialog.login.setText("admin")
    _removed_with(dialog, folder, [])
    return dialog


def preview_sheet(window, language: str):
    """The recovery sheet right after the preview's database was encrypted
    (its key made here; the database is left as it is)."""
    import secrets

    from desktop.core.recovery_key import format_key, from_bytes
    from desktop.ui.recovery_sheet_dialog import RecoverySheetDialog, sheet_maker

    key = format_key(from_bytes(secrets.token_bytes(32)))
    dialog = RecoverySheetDialog(key, window.ws.path, sheet_maker(window.ws, key), window,
                                 language=language, users_without_key=["zhaxi", "dolma", "tsering"])
    dialog.confirm.setChecked(True)   # the picture's window closes without asking
    return dialog


def preview_encrypt(window, language: str):
    """Encrypt the database…, asked of the administrator of a database with accounts."""
    with_accounts(window.ws, language)
    window.ws.users.login("admin", PASSWORD)
    dialog = window.safety_menu.encrypt()
    dialog.password.setText(PASSWORD)
    return dialog


PREVIEWS = {"unlock": preview_unlock, "recovery": preview_recovery, "recoverysheet": preview_sheet,
            "encrypt": preview_encrypt}
