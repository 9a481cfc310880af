"""A walk through the studio as a person would take it, for the text checks: the studio's own tour
(``studio.ui.screenshots.DemoTour``, the one ``--screenshot`` renders) in a language and window size.

``Tour(app, lang, (width, height))`` builds the studio (real catalogue for a translated language, demo audio
devices, synchronous tasks), and ``views()`` yields ``(name, root widget)`` for each view in turn (dialogs as
``dialog/<name>``); the caller looks at ``root`` (check it, grab it) before asking for the next one. ``close()`` ends
it all. Used by tests/gui/test_text_fits.py and scripts/ui_audit.py.
"""

from __future__ import annotations

import logging
import runpy
from collections.abc import Iterator, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from studio.config import resolve_paths, resources_dir
from studio.ui import dialogs
from studio.ui.screenshots import DEMO_MICROPHONE, DemoTour, install_demo_audio, settle
from studio.ui.shell import Shell
from studio.ui.tasks import SyncTaskRunner
from tests.gui.layout_check import (
    Finding,
    clipped_texts,
    raw_key_texts,
    shadowed_qt_names,
    untranslated_texts,
    window_fits,
)

log = logging.getLogger(__name__)

SIZES = ((1280, 800), (1920, 1080))
LANGUAGES = ("en", "ru")
# Texts from outside the interface (device names come from the system) that may be Latin in any language.
DATA_TEXTS = (DEMO_MICROPHONE,)


class PendingTranslator(QTranslator):
    """Russian from resources/translations/pending/*.py (translations not yet merged into the catalogue), asked
    before the catalogue, so a check can show what will still be English once they are merged."""

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.table: dict[tuple[str, str], str] = {}
        for path in sorted(folder.glob("*.py")):
            self.table.update(runpy.run_path(str(path)).get("RU", {}))

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:  # type: ignore[override]
        return self.table.get((context, source))  # None (a null string) lets the catalogue answer; "" would not

    def isEmpty(self) -> bool:
        return not self.table


def catalogue_problems(lang: str) -> list[str]:
    """Why the installed catalogue may not show the current translations (it is older than its source)."""
    folder = resources_dir() / "translations"
    ts, qm = folder / f"studio_{lang}.ts", folder / f"studio_{lang}.qm"
    if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
        return [f"{qm.name} is older than {ts.name}: run `make translations` first"]
    return []


class Tour:
    """One studio, in one language and window size, filled and walked through."""

    def __init__(self, app: QApplication, lang: str, size: tuple[int, int], *, pending: bool = False) -> None:
        """``pending``: also use the translations waiting in resources/translations/pending (preview of a merge)."""
        from studio.ui.i18n import install_translators

        self.app = app
        self.lang = lang
        self.size = size
        self._problems: list[Finding] = []  # what went wrong while building the studio or closing it
        self._old_locale = QLocale()
        self._old_ask = dialogs.ask.handler
        dialogs.ask.handler = self._answer  # no modal question may block the walk: the last choice means "no"
        self.translators = install_translators(app, lang)
        if lang != "en" and not self.translators:
            self._problem("setup", f"no catalogue found for {lang!r}")
        for problem in catalogue_problems(lang) if lang != "en" else []:
            self._problem("setup", problem)
        if pending and lang == "ru":
            overlay = PendingTranslator(resources_dir() / "translations" / "pending")
            app.installTranslator(overlay)
            self.translators.append(overlay)
        self.shell = Shell(app, resolve_paths().ensure(), lang, runner=SyncTaskRunner())
        install_demo_audio(self.shell.context)
        self.window = self.shell.window
        self.window.resize(*size)
        self.window.show()
        if not self.shell.open_store():
            raise RuntimeError(f"the store did not open: {self.shell.store_error}")
        self.window.resize(*size)
        settle()
        self.demo = DemoTour(self.shell, size)

    @property
    def problems(self) -> list[Finding]:
        """What went wrong while setting up, filling or opening a view (the view is then missing)."""
        found = [Finding(where, "setup", "", "", detail) for where, detail in self.demo.problems]
        return self._problems + found

    @property
    def data_texts(self) -> tuple[str, ...]:
        """Texts from outside the interface that may show anywhere: device names and this run's data folder."""
        return (*DATA_TEXTS, str(self.shell.context.paths.data_dir))

    @staticmethod
    def _answer(_parent: QWidget | None, _title: str, _text: str, choices: Sequence[str]) -> int:
        return len(choices) - 1

    def _problem(self, where: str, detail: str) -> None:
        self._problems.append(Finding(where, "setup", "", "", detail))

    def page(self, key: str) -> object:
        host = self.window.hosts.get(key)
        return host.page if host is not None else None

    # ----- the walk --------------------------------------------------------------------------------------------
    def views(self) -> Iterator[tuple[str, QWidget]]:
        """Each view in turn as (name, the window or dialog to look at); dialogs are closed when moving on."""
        for view in self.demo.views():
            root = self.demo.show(view)
            if root is None:
                continue
            yield (f"dialog/{view.name}" if view.dialog else view.name), root
            self.demo.leave()

    # ----- looking ---------------------------------------------------------------------------------------------
    def look(self, name: str, root: QWidget, *, clipped: bool = True, translated: bool = True) -> list[Finding]:
        """What a person would frown at in this view: text cut off, the main window too big for the screen,
        identifiers shown instead of words, (in a translated language) English left, and attributes that hide a Qt
        method (a crash waiting for the next font or theme change)."""
        found: list[Finding] = shadowed_qt_names(root, name)
        if clipped:
            found += clipped_texts(root, name, self.data_texts)
            if root is self.window:
                found += window_fits(root, *self.size, name)
        if translated:
            found += raw_key_texts(root, name)
            if self.lang != "en":
                found += untranslated_texts(root, name, self.data_texts)
        return found

    # ----- the end ---------------------------------------------------------------------------------------------
    def close(self) -> None:
        """Close every dialog and the window, stop the pages, close the store, take the catalogues away."""
        self.demo.close()
        self.window.close()
        QCoreApplication.processEvents()
        if self.window.isVisible():
            self._problem("close", "the window refused to close")
            self.window.hide()
            self.shell.shutdown_pages()
        store = self.shell.context.store
        if store is not None:
            store.close()
        for translator in self.translators:
            self.app.removeTranslator(translator)
        QLocale.setDefault(self._old_locale)
        dialogs.ask.handler = self._old_ask
