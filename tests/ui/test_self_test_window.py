"""The self-test's window step on a real database, and `villagedesk
--self-test` run as a user (or CI) runs it: its own process, no display,
no VILLAGEDESK_HOME."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from desktop.core.i18n import translate
from desktop.services.demo import fill_demo
from desktop.services.self_test import STEPS, SelfTestContext, SelfTestFailed
from desktop.services.translations import use_language
from desktop.ui.main_window import MainWindow
from desktop.ui.self_test_window import SCREENSHOT, WINDOW_STEP, show_main_window

REPO = Path(__file__).resolve().parents[2]


def _main_windows() -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def test_the_window_step_grabs_the_main_window_of_the_database(qapp, workspace, tmp_path, isolated_home):
    fill_demo(workspace, villages=6, seed=1)
    ctx = SelfTestContext(tmp_path, "bo_CN", ws=workspace)
    detail = show_main_window(ctx)
    image = QImage(str(tmp_path / SCREENSHOT))
    assert (image.width(), image.height()) == (1280, 760)
    assert detail == f"1280×760, {SCREENSHOT}"
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 23)}
    assert len(colours) > 20   # text, grid and warning dots
    assert _main_windows() == []
    # The window's settings went to the (isolated) home, as a closed window's do.
    assert (isolated_home / "config" / "settings.json").is_file()


def test_a_picture_that_cannot_be_saved_fails_the_step(qapp, workspace, tmp_path):
    fill_demo(workspace, villages=6, seed=1)
    ctx = SelfTestContext(tmp_path / "gone", ws=workspace)
    with pytest.raises(SelfTestFailed, match=re.escape(str(tmp_path / "gone" / SCREENSHOT))):
        show_main_window(ctx)
    assert _main_windows() == []


def test_villagedesk_self_test_passes_offscreen_and_leaves_the_user_alone(tmp_path):
    user, temp = tmp_path / "user", tmp_path / "tmp"
    temp.mkdir()
    # No display, no VILLAGEDESK_HOME, no Qt platform: a laptop's or CI's shell.
    env = {"PATH": "/usr/bin:/bin", "HOME": str(user), "XDG_DATA_HOME": str(user / "data"),
           "XDG_CONFIG_HOME": str(user / "config"), "TMPDIR": str(temp)}
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "desktop", "--self-test"], capture_output=True, text=True,
                          env=env, cwd=REPO, timeout=120)
    seconds = time.perf_counter() - started
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    use_language("zh_CN")   # the language the self-test speaks without settings
    names = [s.name() for s in (*STEPS, WINDOW_STEP)]
    assert len(lines) == len(names) + 1, lines
    for line, name in zip(lines, names):
        assert re.match(rf"{re.escape(name)}\s+{re.escape(translate('SelfTest', 'OK'))}\s+\d+\.\d\d s", line), line
    assert lines[-1].startswith(translate("SelfTest", "Self-test passed: {count} steps in {seconds} s.")
                                .split("{")[0])
    assert list(temp.iterdir()) == []
    assert not (user / "data" / "VillageDesk").exists() and not (user / "config" / "VillageDesk").exists()
    print(f"villagedesk --self-test: {seconds:.2f} s")   # the figure for the note (pytest -s)


def test_self_test_failure_is_exit_status_one(tmp_path):
    """--keep into a folder with a file in it: the first step fails, so does the run."""
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me")
    env = {**os.environ, "VILLAGEDESK_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-m", "desktop", "--self-test", "--keep", str(folder)],
                          capture_output=True, text=True, env=env, cwd=REPO, timeout=120)
    assert done.returncode == 1, done.stdout + done.stderr
    use_language("zh_CN")
    lines = done.stdout.splitlines()
    assert len(lines) == len(STEPS) + 2
    assert all(translate("SelfTest", "FAILED") in line for line in lines[:-1])
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]
