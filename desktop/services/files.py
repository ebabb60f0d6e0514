"""Writing a file so that a crash, a full disk or a pulled stick leaves the
old file (or none), never half a new one: write beside it under a temporary
name, flush it to disk, then rename it onto the target."""

from __future__ import annotations

import contextlib
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


def move_into_place(temp: Path | str, path: Path | str) -> None:
    """Flush the finished `temp` to disk and rename it onto `path`."""
    with open(temp, "rb+") as f:
        os.fsync(f.fileno())
    os.replace(temp, path)


@contextmanager
def written_atomically(path: Path) -> Iterator[Path]:
    """A temporary name beside `path` for the block to write to. If the block
    ends normally the file takes `path`'s place; on any error (or a cancel)
    it is removed and the error goes on."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        yield temp
        move_into_place(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise
