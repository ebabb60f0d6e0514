"""Every screen opens on its own with demo data, for a look (DEVELOPERS.md)."""

import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from desktop.ui.preview import SCREENS


@pytest.mark.parametrize("screen,language", [(s, "bo_CN" if i % 2 else "zh_CN") for i, s in enumerate(SCREENS)])
def test_screen_opens_alone(tmp_path, screen, language):
    out = tmp_path / f"{screen}.png"
    done = subprocess.run([sys.executable, "-m", "desktop.ui.preview", screen, "--lang", language, "--out", str(out),
                           "--villages", "20"], capture_output=True, text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "VILLAGEDESK_HOME": str(tmp_path / "home"),
                               "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert image.width() > 300 and image.height() > 200
