"""The user's settings: language, last database, window layout, backup
folder, idle lock.

A small JSON file in the config folder, written atomically (temporary file,
then rename) so a crash never leaves half a settings file.

In portable mode the paths it keeps (last database, backup folder, font
files) are written relative to the portable folder when they are inside it,
and made whole again on loading: a USB stick gets another drive letter on
each laptop. In memory they are always whole paths.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from desktop.services.files import written_atomically
from desktop.services.locations import config_dir, default_database, portable_folder

DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "bo_CN")


@dataclass
class Settings:
    language: str = DEFAULT_LANGUAGE
    last_database: str | None = None
    window_geometry: str | None = None  # base64 of Qt's saveGeometry()
    report_fonts: dict = field(default_factory=dict)  # font files chosen for PDFs, by role (pdf/fonts.py)
    backup_folder: str | None = None  # None: `<database name>.backups` beside the database (services/backups.py)
    lock_after_minutes: int = 10      # the window locks after this long without input
    extra: dict = field(default_factory=dict)  # keys this version does not know


def settings_path() -> Path:
    return config_dir() / "settings.json"


def load_settings() -> Settings:
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError
    except (OSError, ValueError):
        return Settings()
    _paths(data, _whole, portable_folder())
    known = {f.name for f in fields(Settings)} - {"extra"}
    settings = Settings(**{k: v for k, v in data.items() if k in known})
    settings.extra = {k: v for k, v in data.items() if k not in known}
    if settings.language not in LANGUAGES:
        settings.language = DEFAULT_LANGUAGE
    if not isinstance(settings.backup_folder, str) or not settings.backup_folder:
        settings.backup_folder = None
    if not isinstance(settings.lock_after_minutes, int) or isinstance(settings.lock_after_minutes, bool) \
            or settings.lock_after_minutes < 1:
        settings.lock_after_minutes = Settings.lock_after_minutes
    return settings


def save_settings(settings: Settings) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {k: v for k, v in asdict(settings).items() if k != "extra"} | settings.extra
    _paths(data, _relative, portable_folder())
    with written_atomically(path) as tmp, open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)


def _paths(data: dict, convert, folder: Path | None) -> None:
    """Apply `convert(value, folder)` to each path the settings keep."""
    if folder is None:
        return
    for key in ("last_database", "backup_folder"):
        if key in data:
            data[key] = convert(data[key], folder)
    if isinstance(data.get("report_fonts"), dict):
        data["report_fonts"] = {role: convert(value, folder) for role, value in data["report_fonts"].items()}


def _relative(value, folder: Path):
    """A path inside the portable folder as `data/villagedesk.sqlite3`."""
    if not isinstance(value, str) or not value or "://" in value:
        return value
    path = Path(value).expanduser()
    if not path.is_absolute():
        return value
    try:
        return path.resolve().relative_to(folder).as_posix()
    except ValueError:   # outside the folder (or on another drive): kept whole
        return value


def _whole(value, folder: Path):
    if not isinstance(value, str) or not value or "://" in value or Path(value).expanduser().is_absolute():
        return value
    return str(folder / value)


def remembered_database(target) -> str:
    """The database as the settings keep it: a file's path, or a server's
    URL without its password (libpq finds that in ~/.pgpass or PGPASSWORD)."""
    from desktop.storage.engines import is_server, without_password

    return without_password(str(target)) if is_server(str(target)) else str(target)


def database_to_open(explicit: str | None, settings: Settings) -> str:
    """`--db` if given, else the database opened last, else the default one."""
    if explicit:
        return explicit
    last = settings.last_database
    if last and ("://" in last or Path(last).exists()):
        return last
    return str(default_database())
