"""Where VillageDesk keeps things.

The database and settings go in the user's data and config folders
(platformdirs). `VILLAGEDESK_HOME` moves both under one folder (tests use
it, and so does the self-test). Portable mode: a `portable.ini` beside the
program moves them into a folder beside it, so the whole workplace travels
on a USB stick (docs/portable.md). `VILLAGEDESK_HOME` wins over it.
"""

from __future__ import annotations

import configparser
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import desktop

APP_NAME = "VillageDesk"
DATABASE_NAME = "villagedesk.sqlite3"
PORTABLE_INI = "portable.ini"
PORTABLE_DEFAULT = "VillageDesk-data"
# Left-over temporary files in the portable folder older than this are removed at start.
STALE_TEMP_SECONDS = 24 * 3600


def _home() -> Path | None:
    value = os.environ.get("VILLAGEDESK_HOME")
    return Path(value).expanduser() if value else None


def program_dir() -> Path:
    """The folder of the program: the built app's folder (PyInstaller sets
    `sys.frozen`), or the repository top when run from source."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(desktop.__file__).resolve().parent.parent


def portable_folder() -> Path | None:
    """The folder portable mode keeps data, settings and backups in; None
    when not portable (no `portable.ini` beside the program, or
    `VILLAGEDESK_HOME` given)."""
    if _home() is not None:
        return None
    ini = program_dir() / PORTABLE_INI
    if not ini.is_file():
        return None
    return (ini.parent / _portable_data(ini)).resolve()


def _portable_data(ini: Path) -> str:
    """`[portable] data = <folder>` from the ini, else the default name.

    An ini that cannot be read or parsed still means "portable": the one who
    finds it broken is a cadre on a laptop who cannot fix it, and data put
    in the profile instead would be missing on the next laptop. So anything
    wrong falls back to the default folder beside it. A file with the line
    but without the `[portable]` header is read as if it had one.
    """
    try:
        text = ini.read_text(encoding="utf-8-sig")   # Notepad may write a BOM
    except (OSError, UnicodeError):
        return PORTABLE_DEFAULT
    parser = configparser.ConfigParser(interpolation=None)
    try:
        try:
            parser.read_string(text)
        except configparser.MissingSectionHeaderError:
            parser.read_string("[portable]\n" + text)
    except configparser.Error:
        return PORTABLE_DEFAULT
    value = parser.get("portable", "data", fallback="").strip().strip('"')
    return value or PORTABLE_DEFAULT


def _base() -> Path | None:
    return _home() or portable_folder()


def data_dir() -> Path:
    base = _base()
    if base:
        return base / "data"
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    base = _base()
    if base:
        return base / "config"
    import platformdirs

    return platformdirs.user_config_path(APP_NAME, appauthor=False)


def use_portable_temp() -> Path | None:
    """In portable mode, send temporary files (report previews, evidence
    opened for viewing, a bundle being made) to `<portable folder>/temp`, so
    nothing of the villages is left on a borrowed laptop; what earlier runs
    left there more than a day ago is removed. Returns the folder, or None
    (not portable: the system's temporary folder, as ever)."""
    folder = portable_folder()
    if folder is None:
        return None
    temp = folder / "temp"
    try:
        temp.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None   # a write-protected stick: opening the database will say so
    stale = time.time() - STALE_TEMP_SECONDS
    for entry in temp.iterdir():
        try:
            if entry.lstat().st_mtime >= stale:
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        except OSError:
            pass   # still open in a viewer (Windows): next time
    tempfile.tempdir = str(temp)
    return temp


def default_database() -> Path:
    return data_dir() / DATABASE_NAME


def package_data(name: str) -> Path:
    """A data folder shipped with the program (`resources`, `i18n`).

    Inside an installed wheel it sits in the package; in a source checkout
    (or an editable install) at the top of the repository.
    """
    package = Path(desktop.__file__).resolve().parent
    inside = package / name
    return inside if inside.is_dir() else package.parent / name


def translation_file(language: str) -> Path:
    return package_data("i18n") / f"villagedesk_{language}.qm"
