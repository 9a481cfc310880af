"""A real session (not a test or a screenshot run) opens an empty studio on the welcome view."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from studio.config import resolve_paths
from studio.ui.shell import Shell
from studio.ui.tasks import SyncTaskRunner
from tests.gui.support import close_shell


def test_offer_welcome_flag_shows_it_when_the_store_opens(qapp: QApplication, qtbot: object) -> None:
    """With ``offer_welcome`` set (as app.run_gui does), the welcome replaces the tabs on an empty studio."""
    shell = Shell(qapp, resolve_paths().ensure(), "en", runner=SyncTaskRunner())
    shell.context.offer_welcome = True
    qtbot.addWidget(shell.window)  # type: ignore[attr-defined]
    shell.window.show()
    try:
        assert shell.open_store()
        assert shell.window.welcome is not None and shell.window.right.currentWidget() is shell.window.welcome
    finally:
        close_shell(shell)
