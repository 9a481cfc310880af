"""Voice tab layout: the recorder first with one primary action, a calm clock coloured only for state, a prompter
that widens with the window and folds away, icons on the primary actions."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio.config import resolve_paths
from studio.ui.shell import Shell
from studio.ui.tasks import SyncTaskRunner
from studio.ui.voice.page import VoicePage
from tests.gui.support import close_shell
from tests.gui.voice_fakes import install_fakes


@pytest.fixture
def voice(qapp: QApplication, qtbot: QtBot, answers: list[int]) -> Iterator[tuple[Shell, VoicePage]]:
    shell = Shell(qapp, resolve_paths().ensure(), "en", runner=SyncTaskRunner())
    install_fakes(shell.context)
    qtbot.addWidget(shell.window)
    shell.window.resize(1280, 800)
    shell.window.show()
    assert shell.open_store()
    shell.window.show_tab("voice")
    page = shell.window.page("voice")
    assert isinstance(page, VoicePage)
    yield shell, page
    close_shell(shell)


def test_one_primary_action_with_icons(voice: tuple[Shell, VoicePage]) -> None:
    """Record is the one record-role button; the transport and take actions carry icons."""
    _shell, page = voice
    from PySide6.QtWidgets import QPushButton

    roles = [b for b in page.findChildren(QPushButton) if b.property("role") in ("record", "primary")]
    assert roles == [page.record_bar.record_button]
    bar, takes = page.record_bar, page.take_list
    for button in (
        bar.record_button,
        bar.pause_button,
        bar.stop_button,
        bar.mic_check_button,
        bar.rescan_button,
        page.player.play_button,
        takes.import_button,
        takes.export_button,
        takes.delete_button,
        takes.rename_button,
        takes.compare_button,
        page.review.analyse_button,
    ):
        assert not button.icon().isNull(), button.accessibleName() or button.text()


def test_clock_is_coloured_only_while_recording(voice: tuple[Shell, VoicePage]) -> None:
    """A loaded take's length near the target stays in the text colour; the live time near it turns amber, past it
    red."""
    _shell, page = voice
    clock = page.record_bar.elapsed_label
    page.record_bar.show_time(80, 90)
    assert clock.property("state") == ""
    page.record_bar.show_time(80, 90, live=True)
    assert clock.property("state") == "warn"
    page.record_bar.show_time(95, 90, live=True)
    assert clock.property("state") == "over"
    page.record_bar.show_time(10, 90, live=True)
    assert clock.property("state") == ""


def test_prompter_widens_with_the_window_and_folds_away(voice: tuple[Shell, VoicePage], qtbot: QtBot) -> None:
    """A wider window gives the prompter more room too; dragging it shut unticks Show script, ticking reopens it."""
    shell, page = voice
    prompter = page.prompt_bar.prompter
    QApplication.processEvents()
    narrow = prompter.width()
    shell.window.resize(1920, 1080)
    qtbot.waitUntil(lambda: prompter.width() > narrow + 40)
    top = page.splitters[0]
    top.moveSplitter(0, 1)  # the handle dragged all the way left
    qtbot.waitUntil(lambda: not page.prompt_bar.prompter_toggle.isChecked())
    page.prompt_bar.prompter_toggle.setChecked(True)
    qtbot.waitUntil(lambda: prompter.width() > 100)
