
import pytest
"""`villagedesk --screenshot`: what the README shows and reviewers look at,
made in a process of its own exactly as a user would run it."""

import subprocess
import sys

from PySide6.QtGui import QImage

from desktop.services.demo import fill_demo
from desktop.core.query import VillageQuery


def _run(*args, env_home):
    env = {"VILLAGEDESK_HOME": str(env_home), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, env=env,
                          timeout=120)


def _not_blank(path):
    image = QImage(str(path))
    assert image.width() >= 800 and image.height() >= 500
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 23)}
    assert len(colours) > 20   # text, grid and colour dots, not an empty window


@pytest.mark.file_database   # a subprocess opens the database file
def test_screenshots_of_the_list_and_a_village_file(tmp_path, workspace):
    fill_demo(workspace, villages=30, seed=4)
    code = workspace.villages.rows(workspace.villages.search(VillageQuery()))
    code = next(iter(code.values())).code
    workspace.close()
    db = str(workspace.path)
    for lang in ("zh_CN", "bo_CN"):
        main = tmp_path / f"main_{lang}.png"
        done = _run("--db", db, "--lang", lang, "--screenshot", str(main), env_home=tmp_path / "home")
        assert done.returncode == 0, done.stderr
        assert done.stderr == ""
        _not_blank(main)
        file_png = tmp_path / f"file_{lang}.png"
        done = _run("--db", db, "--lang", lang, "--screenshot", str(file_png), "--open", f"village:{code}",
                    env_home=tmp_path / "home")
        assert done.returncode == 0, done.stderr
        _not_blank(file_png)
    # A screenshot does not change the user's remembered language or database.
    assert not (tmp_path / "home" / "config" / "settings.json").exists()


def test_first_start_creates_the_database_in_the_data_folder(tmp_path):
    home = tmp_path / "home"
    done = _run("--screenshot", str(tmp_path / "first.png"), env_home=home)
    assert done.returncode == 0, done.stderr
    assert (home / "data" / "villagedesk.sqlite3").exists()


def test_an_unknown_village_is_an_error(tmp_path, workspace):
    workspace.close()
    done = _run("--db", str(workspace.path), "--screenshot", str(tmp_path / "x.png"), "--open", "village:1",
                env_home=tmp_path / "home")
    assert done.returncode == 1 and "没有代码或 id 为 1 的村" in done.stderr


def test_demo_on_request_fills_only_an_empty_database(tmp_path):
    db = tmp_path / "demo.sqlite3"
    for _ in range(2):   # safe to run twice: the second start adds nothing
        done = _run("--db", str(db), "--demo", "12", "--screenshot", str(tmp_path / "d.png"), env_home=tmp_path / "h")
        assert done.returncode == 0, done.stderr
    listed = subprocess.run([sys.executable, "-m", "desktop", "--db", str(db), "villages", "list", "--json"],
                            capture_output=True, text=True, env={"VILLAGEDESK_HOME": str(tmp_path / "h"),
                                                                 "PATH": "/usr/bin:/bin"})
    import json

    assert len(json.loads(listed.stdout)) == 12
