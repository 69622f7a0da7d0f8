"""The interface language: Chinese or English, from the family's choice or the system's locale.

Messages are written in English in the code and translated with Qt's tools. `make translations`
runs pyside6-lupdate over guardian/ to refresh the catalogues in resources/i18n/ (zh_CN from
the team's table in tools/zh_CN.toml, en from the English sources), and pyside6-lrelease to
build the .qm files the program loads. Tests keep the catalogues complete and the .qm current.

Windows translate through the translator installed in the application. The command line has no
application, so `Messages` holds a translator of its own; both render the core's `Text`.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from guardian import config
from guardian.core.text import Text

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en")


def choose_language(setting: str | None = None) -> str:
    """`GUARDIAN_LANG`, then the family's setting, then the system's locale; Chinese or English."""
    wanted = os.environ.get("GUARDIAN_LANG") or setting or QLocale.system().name()
    return "zh_CN" if wanted.lower().startswith("zh") else "en"


def catalogue_path(language: str) -> Path:
    return config.resources_dir() / "i18n" / f"guardian_{language}.qm"


def _load(translator: QTranslator, language: str) -> bool:
    path = catalogue_path(language)
    if translator.load(str(path)):
        return True
    if language != "en":  # English is the source language: nothing is missing without it
        log.warning("no translation at %s (run `make translations`); showing English", path)
    return False


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Load the translation for `language` into `app`."""
    translator = QTranslator(app)
    if not _load(translator, language):
        return None
    app.installTranslator(translator)
    qt_own = QTranslator(app)  # Qt's standard buttons and dialogs ("OK", "Cancel")
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en" and qt_own.load(f"qtbase_{language}", folder):
        app.installTranslator(qt_own)
    return translator


def qt_translate(context: str, source: str) -> str:
    """Translate through the application's installed translators (the windows' way)."""
    return QCoreApplication.translate(context, source)


def show(message: Text | str) -> str:
    """A core message in the application's language."""
    return message.render(qt_translate) if isinstance(message, Text) else message


class Messages:
    """Translations without a QCoreApplication, for the command line."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._translator = QTranslator()
        self._loaded = _load(self._translator, language)

    def translate(self, context: str, source: str) -> str:
        """`source` in this language (lupdate sees `messages.translate("ctx", "text")` calls)."""
        return (self._translator.translate(context, source) if self._loaded else "") or source

    def __call__(self, message: Text | str) -> str:
        return message.render(self.translate) if isinstance(message, Text) else message
