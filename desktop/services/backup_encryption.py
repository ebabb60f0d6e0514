"""Encrypting a database's plain backups in place, once the database is
encrypted (the conversion, and every opening after it until none is left).

Each backup is exported into a scratch file with the key
(`cipher.encrypt_file`), checked, put in the plain one's place and the plain
content zeroed (`file_wipe.replace_wiping`): at every moment the backup is
whole, plain or encrypted, under its own name. Only this database's backups
are touched (a shared folder on a stick holds other databases' too, which
this key must not lock away from their users). A plain backup SQLite cannot
read is left as it is and named in the problems returned.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from desktop.core.errors import VillageDeskError
from desktop.core.i18n import translate
from desktop.core.progress import NO_PROGRESS, Progress
from desktop.services.backup_files import list_backups
from desktop.services.file_wipe import OLD_SUFFIX, discard_old, replace_wiping, wipe_file
from desktop.storage import cipher
from desktop.storage.backup import check_file, in_use

_SCRATCH = ".encrypting-backup"


def plain_backups(folder: Path, installation_id: str | None) -> list[Path]:
    """This installation's complete backups in `folder` that are still plain
    (every installation's when `installation_id` is None)."""
    return [b.path for b in reversed(list_backups(folder, installation_id=installation_id))
            if not cipher.is_encrypted(b.path)]


def encrypt_plain_backups(folder: Path, key: bytes, progress: Progress = NO_PROGRESS, *,
                          installation_id: str | None = None) -> list[str]:
    """Encrypt, with the database's `key`, the plain backups of the
    installation `installation_id` in `folder`, oldest first; the problems
    met, in the user's language ([] when all went well). Pass the
    installation id: without it every plain backup in the folder is taken
    for this database's. Also zeroes what an interrupted run or an
    interrupted plain backup of this installation left behind."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    _tidy(folder, installation_id)
    todo = plain_backups(folder, installation_id)
    text = translate("Backups", "Encrypting the backups…")
    problems: list[str] = []
    for done, path in enumerate(todo):
        progress.step(done, len(todo), text)
        problem = _encrypt_one(path, key)
        if problem:
            problems.append(problem)
    progress.step(len(todo), len(todo), text)
    return problems


def _encrypt_one(path: Path, key: bytes) -> str | None:
    scratch = path.with_name(path.name + _SCRATCH)
    try:
        cipher.encrypt_file(path, scratch, key)
        problems = check_file(scratch, key=key)
        if problems:
            wipe_file(scratch)
            return _not_encrypted(path, problems[0])
        replace_wiping(scratch, path)
    except (OSError, VillageDeskError, *cipher.errors(key)) as exc:
        with contextlib.suppress(OSError):
            wipe_file(scratch)
        return _not_encrypted(path, getattr(exc, "message", None) or getattr(exc, "strerror", None) or str(exc))
    return None


def _tidy(folder: Path, installation_id: str | None) -> None:
    """Scratch files of an interrupted run, second names of replaced plain
    backups, and copies an interrupted plain backup left (`.tmp`, none
    another process is still writing): zeroed and removed."""
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            name = path.name
            if installation_id is not None and f".{installation_id}." not in name:
                continue
            if name.endswith(_SCRATCH) or name.endswith(_SCRATCH + ".encrypting"):
                wipe_file(path)
            elif name.endswith(OLD_SUFFIX):
                discard_old(path.with_name(name[:-len(OLD_SUFFIX)]))
            elif name.endswith(".tmp") and f".{os.getpid()}." not in name and not cipher.is_encrypted(path) \
                    and not in_use(path):
                wipe_file(path)


def _not_encrypted(path: Path, reason: str) -> str:
    return translate("Backups", "The backup {name} could not be encrypted ({reason}); it is still readable "
                                "without a password. Remove it if it is not needed.").format(
        name=path.name, reason=reason)
