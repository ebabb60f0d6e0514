"""Switching the whole interface between Chinese and Tibetan, live.

Installing a translator makes Qt send every widget a LanguageChange event;
each screen retranslates itself in `changeEvent`. The lower layers' hook is
pointed at Qt's translator, so messages from services follow too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtWidgets import QApplication

from desktop.core.i18n import set_translator
from desktop.services.locations import translation_file
from desktop.services.settings import LANGUAGES, Settings, save_settings
from desktop.ui import fonts

# Each language named in its own script, so anyone can find their own.
NATIVE_NAMES = {"zh_CN": "中文", "bo_CN": "བོད་ཡིག"}


def _qt_translate(context: str, text: str, disambiguation: str | None = None) -> str:
    return QCoreApplication.translate(context, text, disambiguation)


class LanguageManager(QObject):
    changed = Signal(str)

    def __init__(self, app: QApplication, settings: Settings, *, remember: bool = True) -> None:
        super().__init__(app)
        self._app = app
        self._settings = settings
        self._remember = remember
        self._translators: list[QTranslator] = []
        self.language = ""

    def uninstall(self) -> None:
        for t in self._translators:
            QCoreApplication.removeTranslator(t)
        self._translators = []
        set_translator(None)

    def apply(self, language: str, *, remember: bool | None = None) -> None:
        if language not in LANGUAGES:
            language = LANGUAGES[0]
        self.uninstall()
        ours = QTranslator(self)
        if ours.load(str(translation_file(language))):
            self._translators.append(ours)
        if language == "zh_CN":
            qtbase = QTranslator(self)
            if qtbase.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._translators.append(qtbase)
        self.language = language
        QLocale.setDefault(QLocale(language))
        set_translator(_qt_translate)
        fonts.apply(self._app, language)
        # Ours last: Qt asks the most recently installed translator first.
        for t in reversed(self._translators):
            QCoreApplication.installTranslator(t)
        if remember if remember is not None else self._remember:
            self._settings.language = language
            save_settings(self._settings)
        self.changed.emit(language)
