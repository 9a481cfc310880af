"""Translations: the studio's catalogue (resources/translations/studio_<lang>.qm) and Qt's own dialogs."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from studio.config import resources_dir

log = logging.getLogger(__name__)
LANGUAGES = ("en", "ru")


def system_language() -> str:
    name = QLocale.system().name()[:2].lower()
    return name if name in LANGUAGES else "en"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load and install the catalogues for ``language``; returns them (keep them alive)."""
    installed: list[QTranslator] = []
    if language == "en":
        # Dates and numbers follow the interface language: the system's own English variant, else British English
        # (a "C"/POSIX or non-English system locale would otherwise give "1 12 2026" or foreign month names).
        # (Names, not enums: touching Qt's enum tables before the first paint costs tens of milliseconds.)
        system = QLocale.system()
        QLocale.setDefault(system if system.name().startswith("en_") else QLocale("en_GB"))
        return installed
    QLocale.setDefault(QLocale(language))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [
        (f"studio_{language}", str(resources_dir() / "translations")),
        (f"qtbase_{language}", qt_dir),
    ]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("translation %s not found in %s", name, folder)
    return installed
