"""Where VillageDesk keeps things.

The database and settings go in the user's data and config folders
(platformdirs). `VILLAGEDESK_HOME` moves both under one folder: tests use
it, and portable mode (a folder beside the program) will.
"""

from __future__ import annotations

import os
from pathlib import Path

import desktop

APP_NAME = "VillageDesk"
DATABASE_NAME = "villagedesk.sqlite3"


def _home() -> Path | None:
    value = os.environ.get("VILLAGEDESK_HOME")
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    home = _home()
    if home:
        return home / "data"
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    home = _home()
    if home:
        return home / "config"
    import platformdirs

    return platformdirs.user_config_path(APP_NAME, appauthor=False)


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
