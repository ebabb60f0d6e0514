"""Removing a plain file once its encrypted copy is safely in place.

Best effort: the bytes are overwritten with zeros and synced before the
name goes. A journaling or copy-on-write file system, an SSD's wear
levelling or a backup of the disk may still keep the old blocks; what it
does stop is the file being undeleted whole from the folder.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from desktop.storage.backup import fsync_folder

_ZEROS = bytes(1 << 20)


def wipe_file(path: Path) -> None:
    """Overwrite `path` with zeros, sync, remove it. A missing file is fine;
    an error removing it is raised (the plain file is still there)."""
    path = Path(path)
    with contextlib.suppress(OSError):
        size = path.stat().st_size
        with open(path, "r+b") as f:
            left = size
            while left > 0:
                left -= f.write(_ZEROS[:min(left, len(_ZEROS))])
            f.flush()
            os.fsync(f.fileno())
    path.unlink(missing_ok=True)


OLD_SUFFIX = ".plain-old"


def replace_wiping(new: Path, path: Path) -> None:
    """Put the encrypted file `new` in the place of the plain file `path`,
    then zero the plain content. A second name for the plain file (a hard
    link, where the file system has them) is what reaches its blocks after
    the replace; a crash leaves `path` whole (plain or encrypted) and at
    most that second name, which `discard_old` tidies."""
    new, path = Path(new), Path(path)
    old = path.with_name(path.name + OLD_SUFFIX)
    discard_old(path)
    try:
        os.link(path, old)
    except OSError:
        old = None   # FAT and the like: the plain blocks cannot be reached after the replace
    try:
        os.replace(new, path)
    except BaseException:
        if old is not None:
            old.unlink(missing_ok=True)   # still the plain file's other name: not zeroed
        raise
    with contextlib.suppress(OSError):
        fsync_folder(path.parent)
    if old is not None:
        discard_old(path)


def discard_old(path: Path) -> None:
    """Remove the second name `replace_wiping` leaves beside `path`: zeroed
    first, unless it is still `path` itself (a crash before the replace)."""
    old = Path(path).with_name(Path(path).name + OLD_SUFFIX)
    if not old.exists():
        return
    try:
        same = Path(path).exists() and os.path.samefile(old, path)
    except OSError:
        same = True
    if same:
        old.unlink(missing_ok=True)
    else:
        wipe_file(old)
