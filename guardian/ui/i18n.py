"""The interface language: Chinese or English, from the family's choice or the system's locale.

Messages are written in English in the code and translated with Qt's tools:
`make translations` runs pyside6-lupdate over guardian/ to refresh
resources/translations/guardian_zh_CN.ts and pyside6-lrelease to build the .qm files the
program loads. A test keeps the catalogue complete.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from guardian import config

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en")


def choose_language(setting: str | None = None) -> str:
    """`GUARDIAN_LANG`, then the family's setting, then the system's locale; Chinese or English."""
    wanted = os.environ.get("GUARDIAN_LANG") or setting or QLocale.system().name()
    return "zh_CN" if wanted.lower().startswith("zh") else "en"


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Load the translation for `language` into `app`; English needs none."""
    if language == "en":
        return None
    translator = QTranslator(app)
    path = config.resources_dir() / "translations" / f"guardian_{language}.qm"
    if not translator.load(str(path)):
        log.warning("no translation at %s (run `make translations`); showing English", path)
        return None
    app.installTranslator(translator)
    return translator
