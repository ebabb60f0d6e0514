"""A non-editable `pip install .` carries resources and compiled catalogues."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", str(out),
                           str(ROOT)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    return next(out.glob("villagedesk-*.whl"))


def test_wheel_holds_resources_translations_and_migrations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in ("desktop/i18n/villagedesk_zh_CN.qm", "desktop/i18n/villagedesk_bo_CN.qm",
                     "desktop/resources/icons/villagedesk.svg", "desktop/storage/migrations/env.py",
                     "desktop/storage/migrations/script.py.mako",
                     "desktop/storage/migrations/versions/0004_checklists.py",
                     "desktop/resources/checklists/village-indicators.toml",
                     "desktop/resources/checklists/village-standard.toml",
                     "desktop/resources/checklists/township-standard.toml"):
        assert expected in names, expected
    assert not any(n.startswith(("tests/", "desktop/i18n/update.py")) for n in names)


def test_installed_wheel_speaks_tibetan_outside_the_source_tree(wheel, tmp_path):
    """Unpacked away from the repository, the CLI finds its own catalogue."""
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    code = ("import sys; sys.path.insert(0, sys.argv[1]); "
            "from desktop.services.locations import translation_file; "
            "print(translation_file('bo_CN'))")
    where = subprocess.run([sys.executable, "-c", code, str(target)], capture_output=True, text=True, cwd=tmp_path)
    assert where.stdout.strip() == str(target / "desktop" / "i18n" / "villagedesk_bo_CN.qm")
    run = subprocess.run([sys.executable, "-c",
                          "import sys; sys.path.insert(0, sys.argv[1]); from desktop.launcher import main; "
                          "sys.exit(main(sys.argv[2:]))", str(target), "--lang", "bo_CN", "villages", "show", "1",
                          "--db", str(tmp_path / "x.sqlite3")], capture_output=True, text=True, cwd=tmp_path,
                         env={"VILLAGEDESK_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"})
    assert run.returncode == 1
    assert "གཞི་གྲངས་མཛོད་མེད" in run.stderr   # "there is no database", in Tibetan


def test_installed_wheel_lists_its_shipped_checklists(wheel, tmp_path):
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    def villagedesk(*args):
        return subprocess.run([sys.executable, "-c",
                               "import sys; sys.path.insert(0, sys.argv[1]); from desktop.launcher import main; "
                               "sys.exit(main(sys.argv[2:]))", str(target), "--lang", "zh_CN", *args,
                               "--db", str(tmp_path / "x.sqlite3")], capture_output=True, text=True, cwd=tmp_path,
                              env={"VILLAGEDESK_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"})

    assert villagedesk("demo", "--villages", "2").returncode == 0
    run = villagedesk("checklist", "list", "--json")
    assert run.returncode == 0, run.stderr
    assert {"village-indicators", "village-standard", "township-standard"} <= {t["code"] for t in __import__("json").loads(run.stdout)}
