"""A walk through the studio as a person would take it: every tab and its main views, and the dialogs that open
without blocking, on a studio holding a little realistic data made through the studio's own services.

``Tour(app, lang, (width, height))`` builds the studio (real catalogue for a translated language, fake audio devices,
synchronous tasks), fills it, and ``views()`` yields ``(name, root widget)`` for each state in turn; the caller looks
at ``root`` (check it, grab it) before asking for the next one. ``close()`` ends it all. Used by
tests/gui/test_text_fits.py and scripts/ui_audit.py.
"""

from __future__ import annotations

import logging
import runpy
import traceback
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import soundfile as sf
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from studio.config import resolve_paths, resources_dir
from studio.ui import dialogs
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
from tests.gui.voice_fakes import install_fakes

log = logging.getLogger(__name__)

SIZES = ((1280, 800), (1920, 1080))
LANGUAGES = ("en", "ru")
FAKE_MICROPHONE = "Fake microphone"

# The user's own data, typed in the interface language: what a person of that language would enter.
DATA = {
    "en": {
        "company": "Northwind Telecom",
        "role": "Client relations manager",
        "company2": "Blue Harbor Bank",
        "role2": "Key account manager",
        "take": "Self-introduction, take %1",
    },
    "ru": {
        "company": "Северный Телеком",
        "role": "Менеджер по работе с клиентами",
        "company2": "Банк «Синяя гавань»",
        "role2": "Менеджер по ключевым клиентам",
        "take": "Самопрезентация, дубль %1",
    },
}
# Texts from outside the interface (device names come from the system) that may be Latin in any language.
DATA_TEXTS = (FAKE_MICROPHONE,)
FAILED = object()  # what a set-up step that raised returns


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


def _speech(seconds: float, seed: int, rate: int = 16000) -> np.ndarray:
    """A speech-like signal (voiced syllables in phrases), so the review shows real figures."""
    from studio.ui.screenshots import demo_speech

    return np.asarray(demo_speech(seconds, rate=rate, seed=seed), dtype=np.float32)


def _settle() -> None:
    """Let layouts, deferred slots and repaints run (twice: a layout pass can post another)."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


class Tour:
    """One studio, in one language and window size, filled and walked through."""

    def __init__(self, app: QApplication, lang: str, size: tuple[int, int], *, pending: bool = False) -> None:
        """``pending``: also use the translations waiting in resources/translations/pending (preview of a merge)."""
        from studio.ui.i18n import install_translators

        self.app = app
        self.lang = lang
        self.size = size
        self.problems: list[Finding] = []  # what went wrong while setting up or opening a view
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
        install_fakes(self.shell.context)
        self.shell.context.audio.input_devices = lambda: [FAKE_MICROPHONE]
        self.window = self.shell.window
        self.window.resize(*size)
        self.window.show()
        if not self.shell.open_store():
            raise RuntimeError(f"the store did not open: {self.shell.store_error}")
        self.window.resize(*size)
        _settle()
        self.interview_id: int | None = None
        self.take_ids: list[int] = []
        self.run_id: int | None = None
        self.attempt_id: int | None = None
        self._dialogs: list[QWidget] = []

    @property
    def data_texts(self) -> tuple[str, ...]:
        """Texts from outside the interface that may show anywhere: device names and this run's data folder."""
        return (*DATA_TEXTS, str(self.shell.context.paths.data_dir))

    # ----- helpers ---------------------------------------------------------------------------------------------
    @staticmethod
    def _answer(_parent: object, _title: str, _text: str, choices: list[str]) -> int:
        return len(choices) - 1

    def _problem(self, where: str, detail: str) -> None:
        self.problems.append(Finding(where, "setup", "", "", detail))

    def _attempt(self, where: str, action: Callable[[], Any]) -> Any:
        """Run a set-up step; a failure is a finding (the view it feeds is then missing), not a crash of the walk.
        Returns what the step returned, or FAILED."""
        try:
            return action()
        except Exception as exc:
            log.exception("%s failed", where)
            last = traceback.extract_tb(exc.__traceback__)[-1]
            self._problem(where, f"{type(exc).__name__}: {exc} ({Path(last.filename).name}:{last.lineno})")
            return FAILED

    def page(self, key: str) -> Any:
        host = self.window.hosts.get(key)
        return host.page if host is not None else None

    # ----- data ------------------------------------------------------------------------------------------------
    def fill(self) -> None:
        """An interview, two analysed takes of the self-introduction, a checklist run, a finished exercise attempt,
        and the mock interview's own demo session when that tab is there."""
        self._attempt("data: interview", self._add_interviews)
        self._attempt("data: takes", self._add_takes)
        self._attempt("data: checklist run", self._add_checklist_run)
        self._attempt("data: exercise attempt", self._add_attempt)
        if self.page("interview") is not None:
            self._attempt("data: mock interview", self._add_mock_interview)
        _settle()

    def _add_interviews(self) -> None:
        from studio.core.interviews import InterviewDraft

        data = DATA[self.lang]
        soon = datetime.now().astimezone().replace(hour=10, minute=0, second=0, microsecond=0) + timedelta(days=3)
        panel = self.window.interviews
        panel.add_interview(InterviewDraft(data["company2"], data["role2"], soon + timedelta(days=7), "phone_screen"))
        self.interview_id = panel.add_interview(InterviewDraft(data["company"], data["role"], soon, "hr_interview"))

    def _add_takes(self) -> None:
        from studio.audio.recorder import EndReason, TakeResult, new_take_path

        page = self.page("voice")
        prompt_id = page.prompt_combo.currentData() if page is not None else None
        data_dir = self.shell.context.paths.data_dir
        for index, seconds in enumerate((6.0, 5.0)):
            path = new_take_path(data_dir)
            path.parent.mkdir(parents=True, exist_ok=True)
            signal = _speech(seconds, seed=7 + index)
            sf.write(str(path), signal, 16000, subtype="PCM_16")
            result = TakeResult(path, None, len(signal), 16000, 1, FAKE_MICROPHONE, (), EndReason.USER)
            take = self.shell.context.takes.store_result(
                result,
                prompt_id=prompt_id,
                interview_id=self.interview_id,
                name=DATA[self.lang]["take"].replace("%1", str(index + 1)),
            )
            if take is None or take.id is None:
                raise RuntimeError("the take was not stored")
            self.take_ids.append(int(take.id))
        self.shell.context.runner.wait_all()

    def _add_checklist_run(self) -> None:
        library = self.shell.context.library.current
        if library is None:
            raise RuntimeError("the content library is not loaded")
        templates = library.checklists(self.lang, "hr_interview") or library.checklists(self.lang)
        if not templates:
            raise RuntimeError(f"no checklist in {self.lang!r} in the library")
        self.run_id = self.window.start_checklist(templates[0].id, self.lang, self.interview_id)
        if self.run_id is None:
            raise RuntimeError(f"the checklist {templates[0].id!r} did not start")
        from studio.store.checklists import ChecklistRepository

        repo = ChecklistRepository(self.shell.context.store)
        items = repo.items(self.run_id)
        for row in items[: len(items) // 2]:
            repo.set_checked(row.id, True)

    def _add_attempt(self) -> None:
        from studio.ui.exercises.demo import add_finished_attempt

        self.attempt_id = add_finished_attempt(self.shell)

    def _add_mock_interview(self) -> None:
        from studio.ui.interview.demo import prepare_demo

        prepare_demo(self.shell)

    # ----- the walk --------------------------------------------------------------------------------------------
    def views(self) -> Iterator[tuple[str, QWidget]]:
        """Each view in turn as (name, the window or dialog to look at); dialogs are closed when moving on."""
        window = self.window
        yield from self._view("welcome", self._show_welcome)
        yield from self._view("welcome/plan", self._show_welcome_plan)
        self.fill()
        for key in window.TAB_KEYS:
            yield from self._view(key, lambda k=key: window.show_tab(k))
        if self.take_ids:
            yield from self._view("voice/take", lambda: self._expect(window.open_take(self.take_ids[0]), "take"))
            yield from self._view("dialog/compare", self._show_compare)
        library = self.shell.context.library.current
        exercises = library.items("exercises", self.lang) if library is not None else []
        if exercises:
            first = exercises[0].id
            yield from self._view(
                "exercises/start", lambda: self._expect(window.start_exercise(first, self.lang), "exercise")
            )
        if self.attempt_id is not None:
            yield from self._view(
                "exercises/debrief", lambda: self._expect(window.open_attempt(self.attempt_id), "attempt")
            )
            yield from self._view("exercises/running", self._show_running_attempt)
        library_page = self.page("library")
        for kind in ("questions", "exercises", "checklists", "letters", "guides"):
            items = library.items(kind, self.lang) if library is not None else []
            if items and library_page is not None:
                item_id = items[0].id
                yield from self._view(f"library/{kind}", lambda k=kind, i=item_id: self._show_library_item(k, i))
        if self.run_id is not None:
            yield from self._view(
                "checklists/run", lambda: self._expect(window.open_checklist_run(self.run_id), "checklist run")
            )
        if self.page("interview") is not None:
            from studio.ui.interview.demo import screenshot_views

            views = self._attempt("views: interview", lambda: screenshot_views(self.shell))
            for name, show in [] if views is FAILED else views:
                yield from self._view(name.replace("interview-", "interview/"), show)
        yield from self._view("dialog/settings", self._show_settings)
        yield from self._view("dialog/new-interview", lambda: self._show_interview_dialog(None))
        yield from self._view("dialog/edit-interview", lambda: self._show_interview_dialog(self.interview_id))

    def _view(self, name: str, show: Callable[[], QWidget | None]) -> Iterator[tuple[str, QWidget]]:
        self.window.resize(*self.size)
        shown = self._attempt(f"view {name}", show)
        if shown is FAILED:
            return
        _settle()
        root = shown if isinstance(shown, QWidget) else self.window
        if not root.isVisible():
            self._problem(f"view {name}", f"{type(root).__name__} is not shown")
            return
        root.grab()  # paint once, as the screen would: item views finish their delayed row layout when painted
        _settle()
        yield name, root
        for dialog in self._dialogs:
            dialog.close()
            dialog.deleteLater()
        self._dialogs = []
        _settle()

    def _expect(self, opened: object, what: str) -> None:
        if not opened:
            raise RuntimeError(f"the navigator did not open the {what}")

    def _show_library_item(self, kind: str, item_id: str) -> None:
        self.window.show_tab("library")
        self._expect(self.page("library").select_item(kind, item_id), f"library item {kind}/{item_id}")

    def _show_welcome(self) -> None:
        if not self.window.offer_welcome(force=True):
            raise RuntimeError("the welcome view was not offered")

    def _show_welcome_plan(self) -> None:
        welcome = self.window.welcome
        data = DATA[self.lang]
        welcome.company.setText(data["company"])
        welcome.role.setText(data["role"])
        if not welcome.make_plan():
            raise RuntimeError("the welcome view made no plan")

    def _show_compare(self) -> QWidget:
        page = self.page("voice")
        tree = page.takes
        tree.clearSelection()
        listed = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        for item in listed[:2]:
            item.setSelected(True)
        _settle()
        dialog = page.compare_selected()
        if dialog is None:
            raise RuntimeError(f"no compare dialog for {len(listed)} listed takes")
        self._dialogs.append(dialog)
        return dialog

    def _show_running_attempt(self) -> None:
        from studio.ui.exercises.demo import show_running

        show_running(self.shell, [300.0, 130.0])
        self.window.show_tab("exercises")

    def _show_settings(self) -> QWidget:
        from studio.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.shell, self.window)
        dialog.show()
        self._dialogs.append(dialog)
        return dialog

    def _show_interview_dialog(self, interview_id: int | None) -> QWidget:
        from studio.store.interviews import InterviewRepository
        from studio.ui.dialogs.interview_dialog import InterviewDialog

        row = InterviewRepository(self.shell.context.store).get(interview_id) if interview_id is not None else None
        dialog: QDialog = InterviewDialog(self.window, row)
        dialog.show()
        self._dialogs.append(dialog)
        return dialog

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
        for dialog in self._dialogs:
            dialog.close()
        self._dialogs = []
        page = self.page("exercises")
        if page is not None and getattr(page, "runner", None) is not None and page.runner.active:
            self._attempt("close: running attempt", page.finish)
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
