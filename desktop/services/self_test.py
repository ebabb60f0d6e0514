"""`villagedesk --self-test`: does this installation of the program work?

Run on the built program where it will be used (a township laptop, CI): a
fresh database in a folder of its own, demo data, the plan form printed in
Chinese and in Tibetan, an Excel export read back, and a sync bundle a
township makes and its county imports, and an encrypted database made and
opened again with its password. The GUI adds its own step (the main
window, offscreen: ui/self_test_window.py); the launcher composes them.

Each step is timed and fails on its own: a `VillageDeskError` or any other
exception becomes the step's message, and the steps that need it are marked
failed without running. Nothing here needs a display or a network, and
`VILLAGEDESK_HOME` points into the folder for the whole run, so the user's
settings and data are never read or written.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import tempfile
import time
import traceback
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Sequence

from desktop.core.errors import VillageDeskError
from desktop.core.i18n import translate
from desktop.core.progress import NO_PROGRESS, Cancelled, Progress

DATABASE_NAME = "self-test.sqlite3"
DEMO_VILLAGES = 6          # the smallest demo that still has plans to print
ACTOR = "self-test"
ENCRYPTED_VILLAGES = 3


class SelfTestFailed(VillageDeskError):
    """A step ran but what it made is not right."""


@dataclass
class SelfTestContext:
    """What the steps hand on to each other."""

    folder: Path
    language: str = "zh_CN"            # of the messages, and of the window
    ws: object | None = None           # the self-test's Workspace, open between the steps
    village_id: str | None = None      # a demo village with a plan to print
    closers: list[Callable[[], None]] = field(default_factory=list)

    @property
    def database(self) -> Path:
        return self.folder / DATABASE_NAME


@dataclass(frozen=True)
class Step:
    """A named check. `name` gives its name in the current language (called
    when shown: the language is set after import); `run` returns a short
    detail for the report, or None."""

    key: str
    name: Callable[[], str]
    run: Callable[[SelfTestContext], str | None]
    needs: tuple[str, ...] = ()


@dataclass(frozen=True)
class StepResult:
    key: str
    name: str                  # translated
    ok: bool
    seconds: float
    message: str = ""          # what failed, in the user's language; or a detail when it passed
    trace: str = ""            # the traceback of an unexpected exception, for whoever builds the program

    def line(self) -> str:
        status = translate("SelfTest", "OK") if self.ok else translate("SelfTest", "FAILED")
        text = f"{_padded(self.name, 34)} {_padded(status, 6)} {self.seconds:6.2f} s"
        return f"{text}  {self.message}" if self.message else text


def _padded(text: str, columns: int) -> str:
    """`text` filled to `columns` terminal cells: a Chinese character takes
    two, a Tibetan vowel sign or subjoined letter none (it sits on its stack)."""
    width = sum(0 if unicodedata.combining(c) or unicodedata.category(c) == "Mn"
                else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(columns - width, 0)


@dataclass(frozen=True)
class SelfTestReport:
    folder: Path
    kept: bool
    steps: tuple[StepResult, ...]
    seconds: float

    @property
    def ok(self) -> bool:
        return bool(self.steps) and all(s.ok for s in self.steps)

    def summary(self) -> str:
        if self.ok:
            text = translate("SelfTest", "Self-test passed: {count} steps in {seconds} s.").format(
                count=len(self.steps), seconds=f"{self.seconds:.2f}")
        else:
            failed = sum(not s.ok for s in self.steps)
            text = translate("SelfTest", "Self-test FAILED: {failed} of {count} steps failed ({seconds} s).").format(
                failed=failed, count=len(self.steps), seconds=f"{self.seconds:.2f}")
        if self.kept:
            text += " " + translate("SelfTest", "Its files are in {folder}.").format(folder=self.folder)
        return text


# -- the steps ----------------------------------------------------------------

def _fresh_database(ctx: SelfTestContext) -> str:
    try:
        ctx.folder.mkdir(parents=True, exist_ok=True)
        leftovers = [p.name for p in ctx.folder.iterdir() if p.name != "home"]
    except OSError as exc:
        raise SelfTestFailed(translate("SelfTest", "Cannot make the folder {folder}: {reason}").format(
            folder=ctx.folder, reason=exc.strerror or exc)) from exc
    if leftovers:
        raise SelfTestFailed(translate("SelfTest", "The folder {folder} is not empty; give a new or empty folder.").format(
            folder=ctx.folder))
    from desktop.services.workspace import Workspace

    ctx.ws = Workspace.open(ctx.database, actor=ACTOR, create=True)
    ctx.closers.append(ctx.ws.close)
    if ctx.ws.has_data():
        raise SelfTestFailed(translate("SelfTest", "A new database is not empty."))
    return ctx.database.name


def _demo(ctx: SelfTestContext) -> str:
    from desktop.core.query import VillageQuery
    from desktop.services.demo import fill_demo

    summary = fill_demo(ctx.ws, villages=DEMO_VILLAGES, seed=1)
    ids = ctx.ws.villages.search(VillageQuery())
    if len(ids) != DEMO_VILLAGES:
        raise SelfTestFailed(translate("SelfTest", "The demo wrote {written} villages; the database lists {listed}.").format(
            written=summary.villages, listed=len(ids)))
    ctx.village_id = next((v for v in ids if ctx.ws.plans.current(v) is not None), None)
    if ctx.village_id is None:
        raise SelfTestFailed(translate("SelfTest", "The demo made no village plan to print."))
    return translate("SelfTest", "{villages} villages, {problems} problems, {plans} plans").format(
        villages=summary.villages, problems=summary.problems, plans=summary.plans)


def _plan_form(language: str) -> Callable[[SelfTestContext], str]:
    def run(ctx: SelfTestContext) -> str:
        from reportlab.pdfbase import pdfmetrics

        from desktop.services.reports import ReportRequest, build_report, report_fonts

        fonts = report_fonts()
        out = build_report(ctx.ws, ReportRequest("plan", language, village_id=ctx.village_id),
                           ctx.folder / f"plan-{language}.pdf", fonts=fonts)
        needed = {"cjk": fonts.cjk} | ({"tibetan": fonts.tibetan} if language == "bo_CN" else {})
        embedded = check_pdf(out, [pdfmetrics.getFont(name).face.name.decode("latin-1") for name in needed.values()])
        return ", ".join(sorted(embedded))
    return run


def _xlsx(ctx: SelfTestContext) -> str:
    import openpyxl

    from desktop.core.query import VillageQuery
    from desktop.services.excel_export import ExportOptions, export_xlsx

    result = export_xlsx(ctx.ws, "villages", ctx.folder / "villages.xlsx", ExportOptions(language="zh_CN"))
    codes = {row.code for row in ctx.ws.villages.rows(ctx.ws.villages.search(VillageQuery())).values()}
    book = openpyxl.load_workbook(result.path, read_only=True)
    try:
        cells = {str(value) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
                 for value in row if value is not None}
    finally:
        book.close()
    missing = codes - cells
    if missing:
        raise SelfTestFailed(translate("SelfTest", "The workbook read back lacks {count} village codes, such as {code}.")
                             .format(count=len(missing), code=min(missing)))
    return translate("SelfTest", "{rows} rows read back").format(rows=result.total)


def _sync(ctx: SelfTestContext) -> str:
    from desktop.core.query import VillageQuery
    from desktop.services.sync.results import BundleState
    from desktop.services.workspace import Workspace

    township = ctx.ws
    county_unit, unit = township.units.counties()[0], township.units.townships()[0]
    township.sync.setup("township", unit.code, installation_name=unit.name_zh)
    county = Workspace.open(ctx.folder / "county.sqlite3", actor=ACTOR, create=True)
    ctx.closers.append(county.close)
    county.sync.setup("county", county_unit.code, name_zh=county_unit.name_zh, name_bo=county_unit.name_bo)
    for source, target in ((township, county), (county, township)):
        path = source.sync.export_enrolment(ctx.folder / f"{source.sync.identity().mode}.vdenrol")
        target.sync.enrol(path, source.sync.identity().fingerprint)
    bundle = township.sync.export_bundle(county.installation_id, ctx.folder / "township-to-county.vdbundle",
                                         full=True)
    summary = county.sync.import_bundle(bundle.path)
    if summary.state is not BundleState.IMPORTED:
        raise SelfTestFailed(summary.message or translate("SelfTest", "The county did not import the township's bundle."))
    sent, received = len(township.villages.search(VillageQuery())), len(county.villages.search(VillageQuery()))
    if received != sent:
        raise SelfTestFailed(translate("SelfTest", "The township sent {sent} villages; the county has {received}.").format(
            sent=sent, received=received))
    return translate("SelfTest", "{rows} rows, {size} KB").format(rows=summary.total().new, size=bundle.size // 1024)


def _encrypted(ctx: SelfTestContext) -> str:
    """An encrypted database made, closed and opened again with its password
    (the SQLCipher driver, the key ring, argon2id at its real cost)."""
    from desktop.core.query import VillageQuery
    from desktop.services.demo import fill_demo
    from desktop.services.encryption import encrypt_database, open_with_password
    from desktop.services.workspace import Workspace
    from desktop.storage import cipher

    path = ctx.folder / "encrypted.sqlite3"
    password = secrets.token_urlsafe(12)
    ws = Workspace.open(path, actor=ACTOR, create=True)
    try:
        fill_demo(ws, villages=ENCRYPTED_VILLAGES, seed=2)
        ws.users.create_first_admin("selftest", ACTOR, password)
        encrypt_database(ws, password)
    finally:
        ws.close()
    if not cipher.is_encrypted(path):
        raise SelfTestFailed(translate("SelfTest", "The database file is not encrypted."))
    ws = open_with_password(path, "selftest", password, check=True)
    try:
        listed = len(ws.villages.search(VillageQuery()))
    finally:
        ws.close()
    if listed != ENCRYPTED_VILLAGES:
        raise SelfTestFailed(translate("SelfTest", "The encrypted database lists {listed} villages, not {written}.")
                             .format(listed=listed, written=ENCRYPTED_VILLAGES))
    return translate("SelfTest", "{villages} villages read back with the password").format(villages=listed)


def _server_driver(ctx: SelfTestContext) -> str:
    from desktop.storage.engines import server_driver

    return server_driver()


STEPS: tuple[Step, ...] = (
    Step("database", lambda: translate("SelfTest", "Fresh database"), _fresh_database),
    Step("demo", lambda: translate("SelfTest", "Demo data"), _demo, ("database",)),
    Step("pdf_zh", lambda: translate("SelfTest", "Plan form PDF in Chinese"), _plan_form("zh_CN"), ("demo",)),
    Step("pdf_bo", lambda: translate("SelfTest", "Plan form PDF in Tibetan"), _plan_form("bo_CN"), ("demo",)),
    Step("xlsx", lambda: translate("SelfTest", "Excel export read back"), _xlsx, ("demo",)),
    Step("sync", lambda: translate("SelfTest", "Sync bundle, township to county"), _sync, ("demo",)),
    Step("encrypted", lambda: translate("SelfTest", "Encrypted database opened with its password"), _encrypted,
         ("database",)),
    Step("server", lambda: translate("SelfTest", "PostgreSQL driver for a hub"), _server_driver, ("database",)),
)


# -- checks -------------------------------------------------------------------

_STREAM = re.compile(rb"stream\r?\n.*?endstream", re.S)
_DICT = re.compile(rb"<<([^<>]*)>>")
_NAME = re.compile(rb"/(?:FontName|BaseFont)\s*/([^\s/<>\[\]()]+)")


def check_pdf(path: Path, fonts: Sequence[str]) -> set[str]:
    """A whole PDF that embeds every font it names, among them `fonts`
    (PostScript names). ReportLab writes its font dictionaries as plain
    objects, so reading them needs no PDF library. Returns the names."""
    data = Path(path).read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise SelfTestFailed(translate("SelfTest", "{file} is not a complete PDF.").format(file=Path(path).name))
    objects = [m.group(1) for m in _DICT.finditer(_STREAM.sub(b"", data))]
    named: dict[str, bool] = {}
    for body in objects:
        if b"/Type /FontDescriptor" in body:
            for name in _NAME.findall(body):
                named[_base(name)] = named.get(_base(name), False) or b"/FontFile2" in body
        elif b"/Type /Font" in body and b"/FontDescriptor" not in body:
            for name in _NAME.findall(body):
                named[_base(name)] = False    # a font the reader must have: never in our reports
    missing = [f for f in fonts if not any(n == f or n.startswith(f + "-") for n in named if named[n])]
    not_embedded = sorted(n for n, embedded in named.items() if not embedded)
    if missing or not_embedded:
        raise SelfTestFailed(translate("SelfTest", "{file} does not embed the fonts {fonts}.").format(
            file=Path(path).name, fonts=", ".join(missing + not_embedded)))
    return set(named)


def _base(name: bytes) -> str:
    """The font's name without its subset tag (ABCDEF+)."""
    text = name.decode("latin-1")
    return text.split("+", 1)[1] if re.match(r"^[A-Z]{6}\+", text) else text


# -- running ------------------------------------------------------------------

@contextmanager
def isolated_home(home: Path) -> Iterator[None]:
    """VILLAGEDESK_HOME set to `home` within the block, as it was afterwards."""
    before = os.environ.get("VILLAGEDESK_HOME")
    os.environ["VILLAGEDESK_HOME"] = str(home)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("VILLAGEDESK_HOME", None)
        else:
            os.environ["VILLAGEDESK_HOME"] = before


def run_self_test(folder: Path | str | None = None, progress: Progress = NO_PROGRESS,
                  extra_steps: Sequence[Step] = (), on_result: Callable[[StepResult], None] | None = None,
                  language: str = "zh_CN") -> SelfTestReport:
    """Run every step in `folder` (kept; it must be new or empty), or in a
    temporary folder removed afterwards. `on_result` hears of each step as
    it ends. Raises only `Cancelled`."""
    started = time.perf_counter()
    kept = folder is not None
    folder = Path(folder) if kept else Path(tempfile.mkdtemp(prefix="villagedesk-self-test-"))
    ctx = SelfTestContext(folder.absolute(), language)
    steps = tuple(STEPS) + tuple(extra_steps)
    results: list[StepResult] = []
    try:
        with isolated_home(ctx.folder / "home"):
            for i, step in enumerate(steps):
                progress.step(i, len(steps), step.name())
                result = _run_step(step, ctx, {r.key: r for r in results}, steps)
                results.append(result)
                if on_result:
                    on_result(result)
            progress.step(len(steps), len(steps))
    finally:
        for close in reversed(ctx.closers):
            try:
                close()
            except Exception:   # a failed close must not hide the steps' results
                pass
        if not kept:
            # Best effort: on Windows a file a failed step left open cannot go yet.
            shutil.rmtree(folder, ignore_errors=True)
    return SelfTestReport(ctx.folder, kept, tuple(results), time.perf_counter() - started)


def _run_step(step: Step, ctx: SelfTestContext, done: dict[str, StepResult], steps: Sequence[Step]) -> StepResult:
    name = step.name()
    missing = [need for need in step.needs if need not in done or not done[need].ok]
    if missing:
        names = {s.key: s.name() for s in steps}
        return StepResult(step.key, name, False, 0.0, translate("SelfTest", "Not run: {step} failed.").format(
            step=names.get(missing[0], missing[0])))
    began = time.perf_counter()
    try:
        detail = step.run(ctx) or ""
    except Cancelled:
        raise
    except VillageDeskError as exc:
        return StepResult(step.key, name, False, time.perf_counter() - began, exc.message)
    except Exception as exc:   # the self-test reports what broke; a crash would say less
        return StepResult(step.key, name, False, time.perf_counter() - began, f"{type(exc).__name__}: {exc}",
                          traceback.format_exc())
    return StepResult(step.key, name, True, time.perf_counter() - began, detail)
