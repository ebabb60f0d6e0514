"""The self-test's window step: the main window, built offscreen on the
self-test's database and grabbed to a PNG, as `--screenshot` does.

Qt is imported inside the step, not with the module: a build that lacks one
of Qt's libraries fails this step with the reason instead of stopping the
whole self-test (services/self_test.py runs it with the other steps). For
the same reason its words go through the lower layers' `translate`: the
command line runs it, where that hook, not Qt's, holds the catalogue.
"""

from __future__ import annotations

import os

from desktop.core.i18n import translate
from desktop.services.self_test import SelfTestContext, SelfTestFailed, Step

SIZE = (1280, 760)
SCREENSHOT = "main-window.png"


def show_main_window(ctx: SelfTestContext) -> str:
    # No display (CI, a service account): Qt draws offscreen. Read when the
    # application is made, so an existing one keeps its platform.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from desktop.services.settings import load_settings
    from desktop.services.translations import use_language
    from desktop.ui.app import make_application
    from desktop.ui.language import LanguageManager
    from desktop.ui.main_window import MainWindow

    made = QApplication.instance() is None
    if made:
        previous = qInstallMessageHandler(_quiet_offscreen)
    app = make_application()
    # Settings from the self-test's own home (services/self_test.py): the
    # window's size and language stay out of the user's.
    settings = load_settings()
    languages = LanguageManager(app, settings, remember=False)
    window = None
    try:
        languages.apply(ctx.language, remember=False)
        if app.windowIcon().pixmap(32, 32).isNull():
            # The icon is an SVG among the resources: a build that left out
            # either shows here first.
            raise SelfTestFailed(translate("SelfTest", "The program's icon cannot be drawn: its resources or "
                                                       "Qt's SVG support are missing."))
        window = MainWindow(ctx.ws, languages, settings)
        window.resize(*SIZE)
        window.show()
        for _ in range(3):
            app.processEvents()
        shown, total = window.model.rowCount(), ctx.ws.villages.count()
        if shown != total:
            raise SelfTestFailed(translate(
                "SelfTest", "The window lists {shown} villages; the database holds {total}.").format(
                shown=shown, total=total))
        image = window.grab().toImage()
        path = ctx.folder / SCREENSHOT
        if image.isNull() or not image.save(str(path), "PNG"):
            raise SelfTestFailed(translate("SelfTest", "Cannot save the window's picture to {path}.")
                                 .format(path=path))
        if len(_colours(image)) < 8:
            raise SelfTestFailed(translate("SelfTest", "The window was drawn blank."))
        return f"{image.width()}×{image.height()}, {path.name}"
    finally:
        if window is not None:
            window.close()
            window.deleteLater()
        app.processEvents()
        languages.uninstall()
        languages.deleteLater()
        # The lines after this step speak as the command line does: through
        # the catalogue reader, which uninstalling Qt's translators cleared.
        use_language(ctx.language)
        if made:
            qInstallMessageHandler(previous)


def _colours(image) -> set[int]:
    """The colours at a grid of points: text, grid lines and warning dots, or
    one colour for a blank window."""
    return {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 23)}


def _quiet_offscreen(mode, context, message: str) -> None:
    # The offscreen platform says it cannot raise or resize native windows
    # for every window: noise here, as for a screenshot (ui/app.py).
    if "This plugin does not support" not in message:
        import sys

        sys.stderr.write(message + "\n")


WINDOW_STEP = Step("window", lambda: translate("SelfTest", "Main window, offscreen"), show_main_window, ("demo",))
