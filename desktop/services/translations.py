"""The translation catalogues, read without Qt for the CLI.

The GUI loads `i18n/villagedesk_<lang>.qm` with QTranslator. The CLI reads the
very same file here, so both show the same words; a test checks that this
reader and QTranslator agree on every message.

.qm layout (Qt's qtranslator.cpp): a 16-byte magic, then sections of
(tag: u8, length: u32 BE, data). The Messages section holds records of
tagged fields ending with Tag_End: translation (UTF-16BE), source text,
context and comment (UTF-8).
"""

from __future__ import annotations

import struct
from pathlib import Path

from desktop.core.i18n import set_translator
from desktop.services.locations import translation_file

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_SECTION_MESSAGES = 0x69
_TAG_END, _TAG_TRANSLATION, _TAG_OBSOLETE1 = 1, 3, 5
_TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT = 6, 7, 8


class CatalogueError(ValueError):
    pass


class Catalogue:
    """(context, source, disambiguation) -> translation, from a .qm file."""

    def __init__(self, messages: dict[tuple[str, str, str], str]) -> None:
        self.messages = messages

    @classmethod
    def load(cls, path: Path) -> "Catalogue":
        data = path.read_bytes()
        if not data.startswith(MAGIC):
            raise CatalogueError(f"{path} is not a Qt translation file")
        messages: dict[tuple[str, str, str], str] = {}
        pos = len(MAGIC)
        while pos + 5 <= len(data):
            tag, length = data[pos], struct.unpack_from(">I", data, pos + 1)[0]
            body = data[pos + 5: pos + 5 + length]
            if tag == _SECTION_MESSAGES:
                _read_messages(body, messages)
            pos += 5 + length
        return cls(messages)

    def translate(self, context: str, text: str, disambiguation: str | None = None) -> str:
        found = self.messages.get((context, text, disambiguation or ""))
        return found if found else text


def _read_messages(body: bytes, out: dict[tuple[str, str, str], str]) -> None:
    pos = 0
    translation = source = context = comment = None
    while pos < len(body):
        tag = body[pos]
        pos += 1
        if tag == _TAG_END:
            if translation is not None and source is not None and context is not None:
                out.setdefault((context, source, comment or ""), translation)
            translation = source = context = comment = None
            continue
        if tag == _TAG_OBSOLETE1:
            pos += 4
            continue
        (length,) = struct.unpack_from(">I", body, pos)
        pos += 4
        if length == 0xFFFFFFFF:
            continue
        chunk = body[pos: pos + length]
        pos += length
        if tag == _TAG_TRANSLATION:
            if translation is None:  # numerus forms follow; the first will do
                translation = chunk.decode("utf-16-be")
        elif tag == _TAG_SOURCE:
            source = chunk.decode("utf-8")
        elif tag == _TAG_CONTEXT:
            context = chunk.decode("utf-8")
        elif tag == _TAG_COMMENT:
            comment = chunk.decode("utf-8")


_catalogues: dict[str, Catalogue | None] = {}


def catalogue_for(language: str) -> Catalogue | None:
    """The catalogue of `language`, loaded once (None: no catalogue, source text)."""
    if language not in _catalogues:
        path = translation_file(language)
        _catalogues[language] = Catalogue.load(path) if path.exists() else None
    return _catalogues[language]


def use_language(language: str) -> Catalogue | None:
    """Translate the lower layers' messages from the catalogue of `language`.

    For the CLI; the GUI installs Qt's translator instead. A language without
    a catalogue leaves the source (English) text.
    """
    path = translation_file(language)
    if not path.exists():
        set_translator(None)
        return None
    catalogue = Catalogue.load(path)
    set_translator(catalogue.translate)
    return catalogue
