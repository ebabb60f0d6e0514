"""The attachment store: evidence files copied beside the database, by content.

Rows point at a file by the SHA-256 of its content, so the same photo
attached twice is stored once. A file is never half-written: it goes to a
temporary name, is flushed to disk, then renamed into place.

A plain store (a database without a key) keeps the content as it came, at
`<database>.attachments/ab/<sha256>`. A keyed store (the database's master
key) keeps it encrypted (`attachment_crypto`) under a keyed name; nothing
plain is written, not even a temporary file, and `read_bytes`, `blocks`
and `copy_out` are the only ways to the content. `encrypt_existing`
converts a plain store's files in place when the database is encrypted.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path
from typing import Callable, Iterable, Iterator

from desktop.core.errors import VillageDeskError
from desktop.core.i18n import translate
from desktop.core.progress import NO_PROGRESS, Progress
from desktop.services.attachment_crypto import AttachmentCipher, Unreadable
from desktop.services.file_wipe import wipe_file

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024
BLOCK = 1 << 20
_HEX64 = re.compile(r"[0-9a-f]{64}")
_INCOMING = ".incoming-"


class AttachmentDamaged(VillageDeskError):
    """A stored file no longer holds what its row says."""


def _too_large(name: str) -> VillageDeskError:
    return VillageDeskError(translate("Attachments", "{name} is larger than {limit} MB; attach a smaller file.")
                            .format(name=name, limit=MAX_ATTACHMENT_BYTES // (1024 * 1024)))


def _damaged(sha256: str) -> AttachmentDamaged:
    return AttachmentDamaged(translate(
        "Attachments", "The stored file {sha} is damaged or missing: its content cannot be read back. "
                       "Restore the attachments folder from a copy.").format(sha=sha256[:12]))


def _file_blocks(source: Path) -> Iterator[bytes]:
    with source.open("rb") as f:
        while chunk := f.read(BLOCK):
            yield chunk


class AttachmentStore:
    def __init__(self, root: Path, key: bytes | None = None) -> None:
        self.root = Path(root)
        self.key = key
        self._cipher = AttachmentCipher(key) if key else None

    @classmethod
    def beside(cls, database: Path | None, key: bytes | None = None) -> "AttachmentStore":
        if database is None:
            return cls(Path(tempfile.mkdtemp(prefix="villagedesk-attachments-")), key)
        return cls(database.with_name(database.name + ".attachments"), key)

    @property
    def encrypted(self) -> bool:
        return self._cipher is not None

    def path(self, sha256: str) -> Path:
        """Where the content with this hash is stored (encrypted in a keyed
        store: never read it as the content, use `read_bytes` or `copy_out`)."""
        name = self._cipher.name(sha256) if self._cipher else sha256
        return self.root / name[:2] / name

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    # -- adding -----------------------------------------------------------------

    def add(self, source: Path) -> tuple[str, int]:
        """Copy the file `source` in; its (sha256, size)."""
        source = Path(source)
        try:
            size = source.stat().st_size
            if size > MAX_ATTACHMENT_BYTES:
                raise _too_large(source.name)
            if self._cipher is None:
                return self._add_plain(source)
            # The stored name needs the hash before the first byte is
            # written: one pass to hash, one to encrypt (checked again).
            digest = hashlib.sha256()
            for chunk in _file_blocks(source):
                digest.update(chunk)
            sha = digest.hexdigest()
            if self.has(sha):
                return sha, size
            return sha, self._store(sha, _file_blocks(source), source.name)
        except OSError as e:
            raise VillageDeskError(translate("Attachments", "Cannot attach {name}: {reason}").format(
                name=source.name, reason=e.strerror or e)) from None

    def add_bytes(self, data: bytes, name: str = "") -> tuple[str, int]:
        """Store `data`; its (sha256, size). `name` is only for messages."""
        if len(data) > MAX_ATTACHMENT_BYTES:
            raise _too_large(name)
        sha = hashlib.sha256(data).hexdigest()
        try:
            return sha, self._store(sha, [data], name)
        except OSError as e:
            raise VillageDeskError(translate("Attachments", "Cannot attach {name}: {reason}").format(
                name=name, reason=e.strerror or e)) from None

    def add_blocks(self, sha256: str, blocks: Iterable[bytes], name: str = "") -> int:
        """Store content that arrives in pieces (a sync bundle's file), said to
        have the hash `sha256`; its size. Content with another hash is not
        stored (AttachmentDamaged)."""
        if not _HEX64.fullmatch(sha256):
            raise ValueError(f"not a SHA-256: {sha256!r}")
        try:
            return self._store(sha256, blocks, name)
        except OSError as e:
            raise VillageDeskError(translate("Attachments", "Cannot attach {name}: {reason}").format(
                name=name or sha256[:12], reason=e.strerror or e)) from None

    def _add_plain(self, source: Path) -> tuple[str, int]:
        digest = hashlib.sha256()
        size = 0

        def hashed() -> Iterator[bytes]:
            nonlocal size
            for chunk in _file_blocks(source):
                digest.update(chunk)
                size += len(chunk)
                yield chunk

        # The name is known only at the end: write, then rename by the hash.
        temp = self._write_temp(lambda out: [out.write(chunk) for chunk in hashed()])
        self._put(temp, digest.hexdigest())
        return digest.hexdigest(), size

    def _store(self, sha256: str, blocks: Iterable[bytes], name: str) -> int:
        """Write `blocks` under `sha256` (encrypted in a keyed store), checking
        the hash and the size limit as they come; the size."""
        digest = hashlib.sha256()
        size = 0
        target = self.path(sha256)

        def checked() -> Iterator[bytes]:
            nonlocal size
            for chunk in blocks:
                size += len(chunk)
                if size > MAX_ATTACHMENT_BYTES:
                    raise _too_large(name or sha256[:12])
                digest.update(chunk)
                yield chunk
            if digest.hexdigest() != sha256:
                raise AttachmentDamaged(translate(
                    "Attachments", "The content of {name} changed while it was being stored, or does not match "
                                   "its hash; it was not stored.").format(name=name or sha256[:12]))

        if target.is_file():
            # Stored already: the content still has to be the one named.
            for _ in checked():
                pass
            return size
        if self._cipher is None:
            temp = self._write_temp(lambda out: [out.write(chunk) for chunk in checked()])
        else:
            temp = self._write_temp(lambda out: self._cipher.seal(checked(), out, target.name))
        self._put(temp, sha256)
        return size

    def _write_temp(self, write: Callable) -> str:
        self.root.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=self.root, prefix=_INCOMING)
        try:
            with os.fdopen(fd, "wb") as out:
                write(out)
                out.flush()
                os.fsync(out.fileno())
        except BaseException:
            os.unlink(temp)
            raise
        return temp

    def _put(self, temp: str, sha256: str) -> None:
        target = self.path(sha256)
        try:
            if target.exists():
                os.unlink(temp)
            else:
                target.parent.mkdir(exist_ok=True)
                os.replace(temp, target)
        except BaseException:
            if os.path.exists(temp):
                os.unlink(temp)
            raise

    # -- reading ----------------------------------------------------------------

    def blocks(self, sha256: str) -> Iterator[bytes]:
        """The content, piece by piece. Raises AttachmentDamaged (possibly
        after some pieces: keep them only once the last came) if the file
        is missing or no longer holds that content."""
        path = self.path(sha256)
        digest = hashlib.sha256()
        try:
            with path.open("rb") as f:
                pieces = self._cipher.open(f, path.name) if self._cipher else iter(lambda: f.read(BLOCK), b"")
                for piece in pieces:
                    digest.update(piece)
                    yield piece
        except (OSError, Unreadable):
            raise _damaged(sha256) from None
        if digest.hexdigest() != sha256:
            raise _damaged(sha256)

    def read_bytes(self, sha256: str) -> bytes:
        return b"".join(self.blocks(sha256))

    def copy_out(self, sha256: str, target: Path) -> Path:
        """Write the content, plain, to `target` (the user's own copy)."""
        target = Path(target)
        try:
            with target.open("wb") as out:
                for piece in self.blocks(sha256):
                    out.write(piece)
        except OSError as e:
            target.unlink(missing_ok=True)
            raise VillageDeskError(translate("Attachments", "Cannot save the attachment to {path}: {reason}").format(
                path=target, reason=e.strerror or e)) from None
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        return target

    # -- encrypting a plain store ------------------------------------------------

    def plain_files(self) -> list[Path]:
        """The files of a keyed store still plain: stored by a plain store
        (named by their hash, not encrypted under this key), and temporary
        files a plain store left behind."""
        if self._cipher is None or not self.root.is_dir():
            return []
        found = [p for p in self.root.glob(f"{_INCOMING}*") if p.is_file()]
        for folder in sorted(self.root.iterdir()):
            if not (folder.is_dir() and len(folder.name) == 2):
                continue
            for path in sorted(folder.iterdir()):
                if _HEX64.fullmatch(path.name) and path.is_file() and not self._sealed(path):
                    found.append(path)
        return found

    def _sealed(self, path: Path) -> bool:
        try:
            with path.open("rb") as f:
                return self._cipher.is_sealed(f, path.name)
        except OSError:
            return False

    def encrypt_existing(self, progress: Progress = NO_PROGRESS) -> int:
        """Encrypt every plain file of this (keyed) store in place; how many.
        Each file's encrypted copy is complete before its plain file is
        overwritten and removed, so a cancel or crash leaves every file
        either plain (done on the next call) or encrypted."""
        if self._cipher is None:
            raise ValueError("encrypt_existing needs a keyed store")
        plain = self.plain_files()
        text = translate("Attachments", "Encrypting the attachments…")
        for done, path in enumerate(plain):
            progress.step(done, len(plain), text)
            try:
                if path.name.startswith(_INCOMING):
                    wipe_file(path)   # an add that never finished
                    continue
                # Sealed under the name it was stored by: its rows name that
                # hash (a file damaged earlier then reads back as damaged).
                target = self.path(path.name)
                if not target.is_file():
                    temp = self._write_temp(lambda out: self._cipher.seal(_file_blocks(path), out, target.name))
                    self._put(temp, path.name)
                wipe_file(path)
            except OSError as e:
                raise VillageDeskError(translate(
                    "Attachments", "The attachment {path} cannot be encrypted: {reason}").format(
                    path=path, reason=e.strerror or e)) from None
        progress.step(len(plain), len(plain), text)
        return len(plain)
