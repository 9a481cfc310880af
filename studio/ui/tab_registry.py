"""Which page each tab shows once the store is open. Pages import their heavy modules lazily here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from studio.ui.context import StudioContext

if TYPE_CHECKING:
    from studio.ui.main_window import MainWindow, TabFactory


def _voice(context: StudioContext, window: MainWindow) -> QWidget:
    from studio.ui.voice.page import VoicePage

    return VoicePage(context, window)


def _interview(context: StudioContext, window: MainWindow) -> QWidget:
    from studio.ui.interview.page import InterviewPage

    return InterviewPage(context, window)


def _exercises(context: StudioContext, window: MainWindow) -> QWidget:
    from studio.ui.exercises.page import ExercisesPage

    return ExercisesPage(context, window)


def _checklists(context: StudioContext, window: MainWindow) -> QWidget:
    from studio.ui.checklists import create_page

    return create_page(context, window)


def _library(context: StudioContext, window: MainWindow) -> QWidget:
    from studio.ui.library import create_page

    return create_page(context, window)


def tab_factories() -> dict[str, TabFactory]:
    """The page factory of every tab, by tab key (``MainWindow.TAB_KEYS``)."""
    return {
        "voice": _voice,
        "interview": _interview,
        "exercises": _exercises,
        "checklists": _checklists,
        "library": _library,
    }
