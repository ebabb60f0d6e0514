"""The fonts reports are printed in, found on the system or chosen by the user.

Three roles: Tibetan, Chinese (Han and full-width punctuation) and Latin
(digits, Latin letters, ASCII punctuation: Noto Serif Tibetan has no digits).
Each role takes the user's chosen file if there is one, else the first font
of its list found in the system's font folders (or in `resources/fonts`,
where a packaged app may carry them). ReportLab embeds only the glyphs used.
A missing font is a message naming what to install, never a PDF of boxes.
"""

from __future__ import annotations

import hashlib
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.errors import VillageDeskError
from desktop.core.i18n import translate
from desktop.services.locations import package_data

# (file name, family) in order of preference. Only TrueType outlines: ReportLab
# cannot embed CFF fonts (the Noto CJK collections).
TIBETAN_FILES = [
    ("NotoSerifTibetan-Regular.ttf", "Noto Serif Tibetan"),
    ("himalaya.ttf", "Microsoft Himalaya"),
    ("TibetanMachineUni.ttf", "Tibetan Machine Uni"),
    ("Jomolhari-ID.ttf", "Jomolhari"),
    ("Jomolhari.ttf", "Jomolhari"),
    ("NotoSansTibetan-Regular.ttf", "Noto Sans Tibetan"),
    ("DDC_Uchen.ttf", "DDC Uchen"),
]
CJK_FILES = [
    ("msyh.ttc", "Microsoft YaHei"),
    ("simsun.ttc", "SimSun"),
    ("wqy-microhei.ttc", "WenQuanYi Micro Hei"),
    ("wqy-zenhei.ttc", "WenQuanYi Zen Hei"),
    ("simhei.ttf", "SimHei"),
    ("uming.ttc", "AR PL UMing"),
    ("DroidSansFallbackFull.ttf", "Droid Sans Fallback"),
]
LATIN_FILES = [
    ("DejaVuSans.ttf", "DejaVu Sans"),
    ("LiberationSans-Regular.ttf", "Liberation Sans"),
    ("arial.ttf", "Arial"),
]
# The bold face beside a Tibetan file, where the family has one.
TIBETAN_BOLD = {"NotoSerifTibetan-Regular.ttf": "NotoSerifTibetan-Bold.ttf",
                "NotoSansTibetan-Regular.ttf": "NotoSansTibetan-Bold.ttf", "himalaya.ttf": None}
# Himalaya and Tibetan Machine Uni draw small at a given size: their Tibetan
# is scaled to sit level with the Chinese beside it (as on screen, ui/fonts.py).
TIBETAN_SCALE = {"himalaya.ttf": 1.45, "TibetanMachineUni.ttf": 1.2, "DDC_Uchen.ttf": 1.1}

# A character each role's font must have.
PROBES = {"tibetan": "\u0f40", "cjk": "\u4e2d", "latin": "0"}


class MissingFonts(VillageDeskError):
    """No usable font for a script; the message says what to install."""


@dataclass(frozen=True)
class FontChoice:
    """Font files the user chose in the settings (None: find one)."""

    tibetan: str | None = None
    cjk: str | None = None
    latin: str | None = None

    @classmethod
    def from_settings(cls, data: dict | None) -> "FontChoice":
        data = data or {}
        return cls(**{k: data.get(k) or None for k in ("tibetan", "cjk", "latin")})

    def to_settings(self) -> dict:
        return {k: v for k, v in (("tibetan", self.tibetan), ("cjk", self.cjk), ("latin", self.latin)) if v}


@dataclass(frozen=True)
class ReportFonts:
    """The ReportLab names of the registered fonts, by role, and their files."""

    tibetan: str
    cjk: str
    latin: str
    files: dict = field(default_factory=dict, compare=False)
    tibetan_scale: float = 1.0
    tibetan_bold: str | None = None


def font_folders() -> list[Path]:
    folders = [package_data("resources") / "fonts"]
    home = Path.home()
    if sys.platform == "win32":
        folders.append(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            folders.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        folders += [home / "Library" / "Fonts", Path("/Library/Fonts"), Path("/System/Library/Fonts")]
    else:
        data_dirs = os.environ.get("XDG_DATA_DIRS", "/usr/local/share:/usr/share").split(":")
        folders += [home / ".local" / "share" / "fonts", home / ".fonts"]
        folders += [Path(d) / "fonts" for d in data_dirs if d]
    return [f for f in folders if f.is_dir()]


def _index(folders: list[Path]) -> dict[str, Path]:
    """File name (lower case) -> first path found, over the font folders."""
    wanted = {name.lower() for name, _ in TIBETAN_FILES + CJK_FILES + LATIN_FILES}
    found: dict[str, Path] = {}
    for folder in folders:
        for root, _dirs, files in os.walk(folder):
            for name in files:
                key = name.lower()
                if key in wanted and key not in found:
                    found[key] = Path(root) / name
    return found


def find_system_fonts(folders: list[Path] | None = None) -> dict[str, list[tuple[str, Path]]]:
    """Per role, the known fonts present: [(family, path)] in preference order."""
    index = _index(font_folders() if folders is None else folders)
    return {
        role: [(family, index[name.lower()]) for name, family in files if name.lower() in index]
        for role, files in (("tibetan", TIBETAN_FILES), ("cjk", CJK_FILES), ("latin", LATIN_FILES))
    }


def _install_hint(role: str) -> str:
    if role == "tibetan":
        return translate("Reports", "No Tibetan font for printing was found. Install Noto Serif Tibetan "
                                    "(Debian: fonts-noto-core) or Tibetan Machine Uni (fonts-tibetan-machine); "
                                    "Windows has Microsoft Himalaya. Or choose a font file under Settings, Report fonts.")
    if role == "cjk":
        return translate("Reports", "No Chinese font for printing was found. Install WenQuanYi Micro Hei "
                                    "(Debian: fonts-wqy-microhei); Windows has Microsoft YaHei and SimSun. "
                                    "Or choose a font file under Settings, Report fonts.")
    return translate("Reports", "No font with digits and Latin letters was found. Install DejaVu Sans "
                                "(Debian: fonts-dejavu-core) or choose a font file under Settings, Report fonts.")


_registered: dict[tuple[str, str], str] = {}


def register(path: Path | str, role: str) -> str:
    """Register a font file with ReportLab once; returns its font name.
    Raises MissingFonts when the file cannot serve the role."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    path = Path(path)
    key = (str(path.resolve()) if path.exists() else str(path), role)
    if key in _registered:
        return _registered[key]
    name = f"VD-{role}-{hashlib.sha1(key[0].encode()).hexdigest()[:8]}"
    try:
        # Only Tibetan needs HarfBuzz; the others are set glyph by glyph from cmap, which is faster.
        font = TTFont(name, str(path), subfontIndex=0, shapable=(role == "tibetan"))
    except (TTFError, OSError, ValueError, IndexError, KeyError) as exc:
        raise MissingFonts(translate("Reports", "The font file {path} cannot be used for printing: {reason}").format(
            path=path, reason=exc)) from exc
    if ord(PROBES[role]) not in font.face.charToGlyph:
        raise MissingFonts(translate("Reports", "The font file {path} has no {script} characters.").format(
            path=path, script=_role_name(role)))
    pdfmetrics.registerFont(font)
    _registered[key] = name
    return name


def _role_name(role: str) -> str:
    return {"tibetan": translate("Reports", "Tibetan"), "cjk": translate("Reports", "Chinese"),
            "latin": translate("Reports", "Latin and digit")}[role]


def _has(name: str, ch: str) -> bool:
    from reportlab.pdfbase import pdfmetrics

    return ord(ch) in pdfmetrics.getFont(name).face.charToGlyph


def load_fonts(choice: FontChoice | None = None, folders: list[Path] | None = None) -> ReportFonts:
    """Register the fonts for reports: the chosen files, else the system's."""
    choice = choice or FontChoice()
    present = find_system_fonts(folders)
    files: dict[str, Path] = {}
    names: dict[str, str] = {}
    for role in ("tibetan", "cjk", "latin"):
        chosen = getattr(choice, role)
        if chosen:
            if not Path(chosen).is_file():
                raise MissingFonts(translate("Reports", "The chosen font file {path} is not there any more. "
                                                        "Choose another under Settings, Report fonts.").format(path=chosen))
            files[role] = Path(chosen)
            names[role] = register(chosen, role)
    for role in ("tibetan", "cjk"):
        if role not in names:
            if not present[role]:
                raise MissingFonts(_install_hint(role))
            files[role] = present[role][0][1]
            names[role] = register(files[role], role)
    if "latin" not in names:
        # Digits beside Chinese look best in the Chinese font, which has them;
        # else a Latin font, else a Tibetan font with ASCII (Tibetan Machine Uni).
        if _has(names["cjk"], "0"):
            files["latin"], names["latin"] = files["cjk"], names["cjk"]
        elif present["latin"]:
            files["latin"] = present["latin"][0][1]
            names["latin"] = register(files["latin"], "latin")
        elif _has(names["tibetan"], "0"):
            files["latin"], names["latin"] = files["tibetan"], names["tibetan"]
        else:
            raise MissingFonts(_install_hint("latin"))
    return ReportFonts(tibetan=names["tibetan"], cjk=names["cjk"], latin=names["latin"], files=files,
                       tibetan_scale=TIBETAN_SCALE.get(files["tibetan"].name, 1.0),
                       tibetan_bold=_bold_beside(files["tibetan"]))


def _bold_beside(regular: Path) -> str | None:
    bold = TIBETAN_BOLD.get(regular.name)
    if not bold or not (regular.parent / bold).is_file():
        return None
    try:
        return register(regular.parent / bold, "tibetan")
    except MissingFonts:
        return None
