"""Build the one-folder VillageDesk app with PyInstaller.

    python packaging/build.py [--fonts DIR] [--archive zip|gztar|xztar|none] [--self-test]

On Linux this gives dist/VillageDesk/villagedesk; on Windows the same
command gives dist/VillageDesk/VillageDesk.exe (the window, no console) and
villagedesk-cli.exe (the command line), with the icon and version resource.

Fonts are not committed: the script takes them from the build machine (or
from --fonts DIR, looked at first), only fonts whose licences let them be
passed on — never Windows' own Microsoft Himalaya or YaHei — and says which
it took. Without a Tibetan, a Chinese and a Latin font it stops.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import desktop  # noqa: E402
from desktop.services.pdf import fonts as pdf_fonts  # noqa: E402

# Fonts we may ship, by role, in the order the PDFs prefer them (pdf/fonts.py):
# SIL Open Font Licence (Noto, Jomolhari), GPL with the font exception
# (Tibetan Machine Uni, Droid Sans Fallback, WenQuanYi, AR PL UMing), the
# Bitstream/DejaVu and Liberation licences.
REDISTRIBUTABLE = {
    "notoseriftibetan-regular.ttf", "notoseriftibetan-bold.ttf", "notosanstibetan-regular.ttf",
    "notosanstibetan-bold.ttf", "jomolhari-id.ttf", "jomolhari.ttf", "tibetanmachineuni.ttf",
    "wqy-microhei.ttc", "wqy-zenhei.ttc", "uming.ttc", "droidsansfallbackfull.ttf",
    "dejavusans.ttf", "liberationsans-regular.ttf",
}
ROLES = ("tibetan", "cjk", "latin")


def find_fonts(extra: Path | None) -> dict[str, list[Path]]:
    """Per role, the font files to ship: the first redistributable one in the
    PDFs' order of preference, the Tibetan one with the bold face the PDFs
    look for beside it."""
    folders = ([extra] if extra else []) + [f for f in pdf_fonts.font_folders()
                                            if f != ROOT / "resources" / "fonts"]
    chosen: dict[str, list[Path]] = {}
    for role, fonts in pdf_fonts.find_system_fonts(folders).items():
        for _family, path in fonts:
            if path.name.lower() in REDISTRIBUTABLE:
                bold = pdf_fonts.TIBETAN_BOLD.get(path.name)
                chosen[role] = [path] + ([path.parent / bold] if bold and (path.parent / bold).is_file() else [])
                break
    return chosen


def licence_of(font: Path) -> Path | None:
    """The licence text that came with a font: its Debian package's
    copyright file, or a licence file beside it."""
    for candidate in sorted(font.parent.glob("*")):
        if candidate.suffix.lower() in {".txt", ".md", ""} and candidate.is_file() and \
                any(w in candidate.name.lower() for w in ("licen", "ofl", "copying")):
            return candidate
    if shutil.which("dpkg-query"):
        found = subprocess.run(["dpkg-query", "-S", str(font)], capture_output=True, text=True)
        if found.returncode == 0:
            package = found.stdout.split(":", 1)[0].strip()
            copyright_file = Path("/usr/share/doc") / package / "copyright"
            if copyright_file.is_file():
                return copyright_file
    return None


def copy_fonts(build: Path, extra: Path | None) -> list[tuple[str, Path]]:
    chosen = find_fonts(extra)
    missing = [role for role in ROLES if role not in chosen]
    if missing:
        raise SystemExit(f"build: no redistributable font for {', '.join(missing)}; install fonts-noto-core and "
                         "fonts-wqy-microhei (Debian) or put the files in a folder given with --fonts")
    target = build / "fonts"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    taken = []
    for role, files in chosen.items():
        for font in files:
            shutil.copy2(font, target / font.name)
            taken.append((role, font))
            licence = licence_of(font)
            if licence is not None:
                shutil.copy2(licence, target / f"{font.stem}.LICENSE.txt")
    return taken


def write_icon(build: Path) -> Path:
    """The Windows icon, drawn from the SVG the window uses (Qt writes .ico)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (painting needs it)
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "villagedesk.svg"))
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    path = build / "villagedesk.ico"
    if not image.save(str(path), "ICO"):
        raise SystemExit("build: Qt could not write the icon (its imageformats/ico plugin is missing)")
    return path


def write_version_info(build: Path) -> Path:
    """The Windows version resource (Explorer's Properties → Details)."""
    numbers = [int(p) for p in desktop.__version__.split(".")[:3] if p.isdigit()]
    numbers = tuple((numbers + [0, 0, 0, 0])[:4])
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('080404B0', [
      StringStruct('CompanyName', 'VillageDesk'),
      StringStruct('FileDescription', 'VillageDesk'),
      StringStruct('FileVersion', '{desktop.__version__}'),
      StringStruct('InternalName', 'villagedesk'),
      StringStruct('OriginalFilename', 'VillageDesk.exe'),
      StringStruct('ProductName', 'VillageDesk'),
      StringStruct('ProductVersion', '{desktop.__version__}')])]),
    VarFileInfo([VarStruct('Translation', [0x0804, 1200])])
  ]
)
"""
    path = build / "version_info.txt"
    path.write_text(text, encoding="utf-8")
    return path


def folder_size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def archive(app: Path, kind: str) -> Path:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    base = app.parent / f"VillageDesk-{desktop.__version__}-{system}-{platform.machine().lower()}"
    return Path(shutil.make_archive(str(base), kind, root_dir=app.parent, base_dir=app.name))


def program(app: Path, console: bool = False) -> Path:
    if sys.platform == "win32":
        return app / ("villagedesk-cli.exe" if console else "VillageDesk.exe")
    return app / "villagedesk"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the app folder goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's and our build files")
    parser.add_argument("--fonts", type=Path, help="a folder of font files to look in first")
    default_archive = "zip" if sys.platform == "win32" else "gztar"
    parser.add_argument("--archive", choices=("zip", "gztar", "xztar", "none"), default=default_archive)
    parser.add_argument("--self-test", action="store_true", help="run the built program's --self-test")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    build = args.work.resolve() / "package"
    build.mkdir(parents=True, exist_ok=True)
    for role, font in copy_fonts(build, args.fonts):
        print(f"font for {role}: {font}")
    write_icon(build)
    write_version_info(build)
    env = dict(os.environ, VILLAGEDESK_BUILD=str(build))
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(args.dist.resolve()), "--workpath", str(args.work.resolve() / "pyinstaller"),
               str(ROOT / "packaging" / "villagedesk.spec")]
    subprocess.run(command, check=True, env=env, cwd=ROOT)
    app = args.dist.resolve() / "VillageDesk"
    built = time.perf_counter() - started
    print(f"built {app} in {built:.1f} s: {folder_size(app) / 1e6:.1f} MB")
    if args.archive != "none":
        packed = archive(app, args.archive)
        print(f"archive {packed}: {packed.stat().st_size / 1e6:.1f} MB")
    if args.self_test:
        test_env = {k: v for k, v in os.environ.items() if k != "VILLAGEDESK_HOME"}
        result = subprocess.run([str(program(app, console=True)), "--self-test"], env=test_env)
        if result.returncode != 0:
            print("the built program's self-test failed", file=sys.stderr)
            return result.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
