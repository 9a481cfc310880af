"""The Checklists tab. Importing this package is cheap; the page and its store imports load in ``create_page``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from studio.ui.context import StudioContext
    from studio.ui.main_window import MainWindow


def create_page(context: StudioContext, window: MainWindow) -> QWidget:
    """Tab factory: the page on the window's shared undo stack, following the interviews sidebar."""
    from studio.ui.checklists.page import ChecklistsPage

    return ChecklistsPage(context, window.undo_stack, sidebar=window.interviews)
