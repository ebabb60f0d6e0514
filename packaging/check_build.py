"""Check a built app against the source it was built from (CI runs it after
packaging/build.py):

    python packaging/check_build.py [--app dist/VillageDesk]

1. the built program's --self-test passes, with the system's font folders
   hidden from it, so the PDFs must use the fonts the build carries;
2. the built program starts offscreen on a demo database and its window,
   in Chinese and in Tibetan, is pixel for pixel what the source run shows;
3. a command (the village list) gives the same output from both.
Exit 0 only if all of that holds.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

from build import program  # noqa: E402



def differing_pixels(first: Path, second: Path) -> int | None:
    """None when the two pictures are equal, else how many pixels differ."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QImage

    a, b = QImage(str(first)), QImage(str(second))
    if a.isNull() or b.isNull():
        return -1
    if a == b:
        return None
    if a.size() != b.size():
        return a.width() * a.height()
    a = a.convertToFormat(QImage.Format.Format_RGB32)
    b = b.convertToFormat(QImage.Format.Format_RGB32)
    return sum(a.pixel(x, y) != b.pixel(x, y) for y in range(a.height()) for x in range(a.width()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / "VillageDesk")
    args = parser.parse_args(argv)
    built = program(args.app, console=True)
    failures = []
    folder = Path(tempfile.mkdtemp(prefix="villagedesk-check-build-"))

    # 1. The self-test, finding fonts only inside the app for its PDFs.
    no_fonts = folder / "no-system-fonts"
    no_fonts.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("VILLAGEDESK_HOME", "QT_QPA_PLATFORM", "DISPLAY")}
    env.update(XDG_DATA_DIRS=str(no_fonts), HOME=str(folder / "user"))
    result = subprocess.run([str(built), "--self-test", "--keep", str(folder / "self-test")], env=env)
    if result.returncode != 0:
        failures.append(f"the built program's self-test exited {result.returncode}")

    # 2 and 3. The same database, the same pictures and the same list.
    env = dict(os.environ, VILLAGEDESK_HOME=str(folder / "home"), QT_QPA_PLATFORM="offscreen")
    source = [sys.executable, "-m", "desktop"]
    db = folder / "demo.sqlite3"
    subprocess.run(source + ["demo", "--db", str(db), "--villages", "40"], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    for lang in ("zh_CN", "bo_CN"):
        pictures = []
        for name, command in (("source", source), ("built", [str(built)])):
            picture = folder / f"{name}_{lang}.png"
            run = subprocess.run(command + ["--db", str(db), "--lang", lang, "--screenshot", str(picture)],
                                 env=env, capture_output=True, text=True)
            if run.returncode != 0:
                failures.append(f"{name} screenshot in {lang} exited {run.returncode}: {run.stderr.strip()}")
            pictures.append(picture)
        if all(p.exists() for p in pictures):
            differ = differing_pixels(*pictures)
            if differ is not None:
                failures.append(f"the built window in {lang} differs from the source run's in {differ} pixels "
                                f"({pictures[0]}, {pictures[1]})")
            else:
                print(f"window in {lang}: the built app shows what the source run shows ({pictures[1]})")
    outputs = [subprocess.run(command + ["--db", str(db), "villages", "list", "--json"], env=env,
                              capture_output=True, text=True).stdout for command in (source, [str(built)])]
    if not outputs[0] or outputs[0] != outputs[1]:
        failures.append("`villages list --json` differs between the source run and the built program")

    for failure in failures:
        print(f"check_build: {failure}", file=sys.stderr)
    if not failures:
        print(f"the built app at {args.app} passed its checks (files in {folder})")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
