"""Portable mode: a `portable.ini` beside the program keeps data, settings
and backups in a folder beside it, and nothing in the user's profile. The
built program is simulated: `sys.frozen` set and `sys.executable` a file in
a temporary "stick". Moving the whole folder (another drive letter on the
next laptop) still finds the last database, its backups and chosen fonts.
Without the ini nothing changes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

import desktop
from desktop.services import locations
from desktop.services.backups import backups_for, folder_for
from desktop.services.demo import fill_demo
from desktop.services.locations import (
    config_dir, data_dir, default_database, portable_folder, program_dir, use_portable_temp,
)
from desktop.services.settings import database_to_open, load_settings, save_settings, settings_path
from desktop.services.workspace import Workspace

# Portable mode keeps the database file, its backups and settings beside the program.
pytestmark = pytest.mark.file_database

REPO = Path(desktop.__file__).resolve().parent.parent
PYTHON = sys.executable   # before the tests make it the "built program"


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


@pytest.fixture
def profile(tmp_path, monkeypatch):
    """The user's profile, where platformdirs would put things: must stay empty."""
    home = tmp_path / "profile"
    home.mkdir()
    monkeypatch.delenv("VILLAGEDESK_HOME")
    for name, sub in (("HOME", ""), ("XDG_DATA_HOME", ".local/share"), ("XDG_CONFIG_HOME", ".config"),
                      ("XDG_CACHE_HOME", ".cache"), ("APPDATA", "AppData/Roaming"),
                      ("LOCALAPPDATA", "AppData/Local")):
        monkeypatch.setenv(name, str(home / sub))
    return home


def _program(root: Path, monkeypatch, ini: str | bytes | None = "[portable]\n") -> Path:
    """A built program at `root/VillageDesk/villagedesk.exe`, started now."""
    folder = root / "VillageDesk"
    folder.mkdir(parents=True, exist_ok=True)
    exe = folder / "villagedesk.exe"
    exe.write_bytes(b"")
    if ini is not None:
        ini_path = folder / "portable.ini"
        ini_path.write_bytes(ini if isinstance(ini, bytes) else ini.encode("utf-8"))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    return folder


@pytest.fixture
def stick(tmp_path, profile, monkeypatch) -> Path:
    """The stick's drive: the program and, by default, its data folder beside it."""
    drive = tmp_path / "E"
    _program(drive, monkeypatch)
    return drive


def test_program_dir_is_the_built_program_folder_or_the_repository(tmp_path, monkeypatch):
    assert program_dir() == REPO and (REPO / "desktop" / "__init__.py").is_file()
    folder = _program(tmp_path, monkeypatch, ini=None)
    assert program_dir() == folder.resolve()


def test_without_the_ini_nothing_changes(tmp_path, profile, monkeypatch):
    import platformdirs

    _program(tmp_path / "E", monkeypatch, ini=None)
    assert portable_folder() is None and use_portable_temp() is None
    assert data_dir() == platformdirs.user_data_path("VillageDesk", appauthor=False)
    assert config_dir() == platformdirs.user_config_path("VillageDesk", appauthor=False)
    assert str(data_dir()).startswith(str(profile))
    settings = load_settings()
    settings.last_database = str(tmp_path / "E" / "VillageDesk-data" / "x.sqlite3")
    save_settings(settings)
    stored = json.loads(settings_path().read_text(encoding="utf-8"))
    assert stored["last_database"] == settings.last_database          # whole, as ever


def test_the_ini_puts_data_and_settings_beside_the_program(stick):
    folder = (stick / "VillageDesk" / "VillageDesk-data").resolve()
    assert portable_folder() == folder
    assert data_dir() == folder / "data" and config_dir() == folder / "config"
    assert default_database() == folder / "data" / "villagedesk.sqlite3"


@pytest.mark.parametrize("ini, expected", [
    ("[portable]\ndata = Workplace\n", "VillageDesk/Workplace"),
    ("[portable]\ndata = ../Township data\n", "Township data"),           # relative to the ini
    ('[portable]\ndata = "Quoted"\n', "VillageDesk/Quoted"),
    ("\ufeff[portable]\ndata = FromNotepad\n", "VillageDesk/FromNotepad"),  # a BOM
    ("data = NoHeader\n", "VillageDesk/NoHeader"),                       # the line without its section
    ("", "VillageDesk/VillageDesk-data"),                                 # an empty file: portable, default
    ("[portable]\ndata =\n", "VillageDesk/VillageDesk-data"),
    ("[other]\nx = 1\n", "VillageDesk/VillageDesk-data"),
])
def test_the_ini_names_the_folder(tmp_path, profile, monkeypatch, ini, expected):
    _program(tmp_path / "E", monkeypatch, ini=ini)
    assert portable_folder() == (tmp_path / "E" / expected).resolve()


@pytest.mark.parametrize("ini", [
    b"\xff\xfe\x00garbage\x00",                       # not text at all
    b"[portable\ndata = Broken\n",                     # a header never closed
    b"[portable]\ndata = A\ndata = B\n",               # the same key twice
    b"[portable]\ndata = A\n[portable]\ndata = B\n",   # the section twice
])
def test_a_broken_ini_still_means_portable_in_the_default_folder(tmp_path, profile, monkeypatch, ini):
    # A cadre cannot fix an ini: keep working, beside the program, not in the profile.
    _program(tmp_path / "E", monkeypatch, ini=ini)
    assert portable_folder() == (tmp_path / "E" / "VillageDesk" / "VillageDesk-data").resolve()


def test_villagedesk_home_wins(stick, tmp_path, monkeypatch):
    monkeypatch.setenv("VILLAGEDESK_HOME", str(tmp_path / "home"))
    assert portable_folder() is None
    assert data_dir() == tmp_path / "home" / "data"


def _work_on_the_stick(stick: Path) -> tuple[Path, int]:
    """What the window does: open a database (not the default one, so only
    the settings can find it again), fill it, remember it, choose a backup
    folder inside the portable folder, back up."""
    settings = load_settings()
    with Workspace.open(data_dir() / "白依乡.sqlite3", actor="tester") as ws:
        fill_demo(ws, villages=6)
        settings.last_database = str(ws.path)
        fonts = portable_folder() / "fonts" / "MyTibetan.ttf"
        settings.report_fonts = {"tibetan": str(fonts), "cjk": "/usr/share/fonts/cjk.otf"}
        save_settings(settings)
        ws.backups.set_folder(portable_folder() / "backups")
        ws.backups.create("manual")
        return ws.path, ws.villages.count()


def test_data_settings_and_backups_land_in_the_portable_folder(stick, profile):
    path, count = _work_on_the_stick(stick)
    folder = portable_folder()
    assert path == folder / "data" / "白依乡.sqlite3" and count == 6
    stored = json.loads((folder / "config" / "settings.json").read_text(encoding="utf-8"))
    assert stored["last_database"] == "data/白依乡.sqlite3"
    assert stored["backup_folder"] == "backups"
    assert stored["report_fonts"] == {"tibetan": "fonts/MyTibetan.ttf", "cjk": "/usr/share/fonts/cjk.otf"}
    assert [b.path.parent for b in backups_for(path)] == [folder / "backups"]
    # In memory (what the app uses) the paths are whole.
    settings = load_settings()
    assert settings.last_database == str(path) and settings.backup_folder == str(folder / "backups")
    assert settings.report_fonts["tibetan"] == str(folder / "fonts" / "MyTibetan.ttf")
    assert _files(profile) == []                                   # nothing in the user's profile
    assert all(f.is_relative_to(stick) for f in _files(stick))


def test_a_moved_folder_finds_its_database_and_backups(stick, tmp_path, monkeypatch):
    path, count = _work_on_the_stick(stick)
    backups = [b.path.name for b in backups_for(path)]
    # The next laptop calls the stick F: — copy it all and start the copy.
    other = tmp_path / "F"
    shutil.copytree(stick, other)
    shutil.rmtree(stick)
    monkeypatch.setattr(sys, "executable", str(other / "VillageDesk" / "villagedesk.exe"))
    folder = portable_folder()
    assert folder == (other / "VillageDesk" / "VillageDesk-data").resolve()

    settings = load_settings()
    target = database_to_open(None, settings)
    assert Path(target) == folder / "data" / "白依乡.sqlite3"
    assert folder_for(Path(target)) == folder / "backups"
    assert settings.report_fonts["tibetan"] == str(folder / "fonts" / "MyTibetan.ttf")
    with Workspace.open(target, create=False, actor="tester") as ws:
        assert ws.villages.count() == count
        found = ws.backups.list()
        assert [b.path.name for b in found] == backups and found[0].path.parent == folder / "backups"


def test_paths_outside_the_portable_folder_are_kept_whole(stick, tmp_path):
    settings = load_settings()
    settings.last_database = str(tmp_path / "elsewhere" / "county.sqlite3")
    settings.backup_folder = str(tmp_path / "E" / "VillageDesk" / "backups-beside")   # on the stick, outside
    save_settings(settings)
    stored = json.loads(settings_path().read_text(encoding="utf-8"))
    assert stored["last_database"] == settings.last_database
    assert stored["backup_folder"] == settings.backup_folder
    assert load_settings().last_database == settings.last_database


def test_temporary_files_go_to_the_portable_folder_and_old_ones_are_cleared(stick, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", None)   # restored after the test
    temp = portable_folder() / "temp"
    old_dir, old_file, fresh = temp / "villagedesk-evidence", temp / "report.pdf", temp / "new.pdf"
    (old_dir / "abc").mkdir(parents=True)
    (old_dir / "abc" / "photo.jpg").write_bytes(b"x")
    old_file.write_bytes(b"%PDF")
    fresh.write_bytes(b"%PDF")
    two_days_ago = time.time() - 2 * 24 * 3600
    for p in (old_dir, old_file):
        os.utime(p, (two_days_ago, two_days_ago))
    assert use_portable_temp() == temp
    assert tempfile.gettempdir() == str(temp)
    assert Path(tempfile.mkdtemp(prefix="villagedesk-report-")).parent == temp
    assert not old_dir.exists() and not old_file.exists() and fresh.exists()


def test_a_database_without_a_file_keeps_its_bundles_in_the_portable_folder(stick):
    from types import SimpleNamespace

    from desktop.services.sync.importing import sync_folder

    server = SimpleNamespace(path=None, installation_id="inst-1")
    assert sync_folder(server) == portable_folder() / "data" / "sync-inst-1"


def _frozen_cli(program: Path, *argv: str, env: dict) -> subprocess.CompletedProcess:
    """The real CLI in its own process, from source, as if it were the built
    program in `program` (sys.frozen and sys.executable set before it starts)."""
    code = ("import sys; sys.frozen = True; sys.executable = sys.argv.pop(1); "
            "from desktop.launcher import main; sys.exit(main(sys.argv[1:]))")
    return subprocess.run([PYTHON, "-c", code, str(program / "villagedesk.exe"), "--lang", "zh_CN", *argv],
                          capture_output=True, text=True, env=env, cwd=REPO, timeout=180)


def test_the_command_line_on_a_stick_and_moved(stick, profile, tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "VILLAGEDESK_HOME"}
    env["PYTHONPATH"] = str(REPO)
    program = stick / "VillageDesk"
    (program / "portable.ini").write_text("[portable]\ndata = Workplace\n", encoding="utf-8")
    made = _frozen_cli(program, "demo", "--villages", "4", env=env)
    assert made.returncode == 0, made.stderr
    backed = _frozen_cli(program, "backup", "create", env=env)
    assert backed.returncode == 0, backed.stderr
    database = program / "Workplace" / "data" / "villagedesk.sqlite3"
    [backup] = (program / "Workplace" / "data").glob("villagedesk.sqlite3.backups/*.manual.*")
    assert database.is_file()
    assert _files(profile) == []

    other = tmp_path / "F"
    shutil.copytree(stick, other)
    shutil.rmtree(stick)
    listed = _frozen_cli(other / "VillageDesk", "villages", "list", env=env)
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.strip().splitlines()) >= 4
    backups = _frozen_cli(other / "VillageDesk", "backup", "list", env=env)
    assert backups.returncode == 0 and backup.name in backups.stdout, backups
    assert (other / "VillageDesk" / "Workplace" / "data" / "villagedesk.sqlite3.backups" / backup.name).is_file()
    assert _files(profile) == []


def test_about_says_where_a_portable_workplace_is_kept(qtbot, stick):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QWidget

    from desktop.ui.about_box import about_box

    window = QWidget()
    qtbot.addWidget(window)
    with Workspace.open(default_database(), actor="tester") as window.ws:
        box = about_box(window)
        line = QCoreApplication.translate("MainWindow", "Portable: data and settings are kept in {folder}").format(
            folder=portable_folder())
        assert box.text().endswith("\n" + line) and str(window.ws.path) in box.text()
        box.close()
        (stick / "VillageDesk" / "portable.ini").unlink()
        plain = about_box(window)
        assert str(window.ws.path) in plain.text() and line not in plain.text()
        plain.close()
