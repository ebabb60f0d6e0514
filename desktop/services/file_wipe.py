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
