"""The attachment store: evidence files copied beside the database, by content.

Files live under `<database>.attachments/ab/<sha256>`, so the same photo
attached twice is stored once and a file is never half-written: it is
copied to a temporary name, flushed to disk, then renamed into place.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

from desktop.core.errors import VillageDeskError
from desktop.core.i18n import translate

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024


class AttachmentStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    @classmethod
    def beside(cls, database: Path | None) -> "AttachmentStore":
        if database is None:
            return cls(Path(tempfile.mkdtemp(prefix="villagedesk-attachments-")))
        return cls(database.with_name(database.name + ".attachments"))

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def add(self, source: Path) -> tuple[str, int]:
        """Copy `source` in; its (sha256, size)."""
        try:
            size = source.stat().st_size
            if size > MAX_ATTACHMENT_BYTES:
                raise VillageDeskError(translate("Attachments", "{name} is larger than {limit} MB; attach a smaller file.")
                                       .format(name=source.name, limit=MAX_ATTACHMENT_BYTES // (1024 * 1024)))
            self.root.mkdir(parents=True, exist_ok=True)
            digest = hashlib.sha256()
            fd, temp = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
            try:
                with os.fdopen(fd, "wb") as out, source.open("rb") as src:
                    while chunk := src.read(1 << 20):
                        digest.update(chunk)
                        out.write(chunk)
                    out.flush()
                    os.fsync(out.fileno())
                sha = digest.hexdigest()
                target = self.path(sha)
                if target.exists():
                    os.unlink(temp)
                else:
                    target.parent.mkdir(exist_ok=True)
                    os.replace(temp, target)
            except BaseException:
                if os.path.exists(temp):
                    os.unlink(temp)
                raise
        except OSError as e:
            raise VillageDeskError(translate("Attachments", "Cannot attach {name}: {reason}").format(
                name=source.name, reason=e.strerror or e)) from None
        return sha, size

    def copy_out(self, sha256: str, target: Path) -> Path:
        try:
            shutil.copyfile(self.path(sha256), target)
        except OSError as e:
            raise VillageDeskError(translate("Attachments", "Cannot save the attachment to {path}: {reason}").format(
                path=target, reason=e.strerror or e)) from None
        return target
