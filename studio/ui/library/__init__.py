"""The Library tab. Importing this package is cheap; the page and its content imports load in ``create_page``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from studio.ui.context import StudioContext
    from studio.ui.main_window import MainWindow


def create_page(context: StudioContext, window: MainWindow) -> QWidget:
    """Tab factory: the Library page on the window's undo stack, reading the interview picked in the sidebar."""
    from studio.ui.library.page import LibraryPage

    return LibraryPage(context, window.undo_stack, window.interviews)


def prepare_library_demo(shell: Any) -> None:
    """For ``--screenshot``: show a question with its hints and good and bad answers."""
    page = shell.window.page("library")
    if page is None:
        return
    if page.library is None:
        shell.context.runner.wait_all()
        shell.app.processEvents()
    page.select_item("questions", "hr_interview", "difficult_client")
