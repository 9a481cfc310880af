"""Voice tab transport keys: they work wherever the focus is while the tab is shown, type in text fields (where
Ctrl+R and Ctrl+Space act instead), and stay out of the other tabs' way."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from studio.ui.shell import Shell
from studio.ui.voice.page import VoicePage

CTRL = Qt.KeyboardModifier.ControlModifier


def _sidebar(shell: Shell) -> QWidget:
    """The interview list, with one interview in it (an empty list is hidden behind a hint)."""
    from studio.core.interviews import InterviewDraft
    from studio.store.interviews import InterviewRepository

    assert shell.context.store is not None
    InterviewRepository(shell.context.store).add(InterviewDraft("Acme", "Manager", stage="group_interview"))
    shell.window.interviews.refresh()
    return shell.window.interviews.list


def _focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def _take(qtbot: QtBot, page: VoicePage, key_target: QWidget, modifier: Qt.KeyboardModifier) -> int:
    """Record with R (or Ctrl+R) pressed on ``key_target``, stop with the page's Stop; the new take's id."""
    qtbot.keyClick(key_target, Qt.Key.Key_R, modifier)
    assert page.controller.recording_state == "recording"
    qtbot.waitUntil(lambda: page.controller.recorder.elapsed_seconds >= 0.4, timeout=5000)
    with qtbot.waitSignal(page.take_saved, timeout=5000) as saved:
        page.stop()
    return int(saved.args[0])


def test_script_types_letters_and_ctrl_keys_record_and_play(voice: tuple[Shell, VoicePage], qtbot: QtBot) -> None:
    """In the script R types an r and Space a space; Ctrl+R records and Ctrl+Space plays from there."""
    _shell, page = voice
    edit = page.script_edit
    _focus(qtbot, edit)
    qtbot.keyClicks(edit, "r ")
    assert edit.toPlainText().endswith("r ")
    assert page.controller.recording_state == "idle"
    _take(qtbot, page, edit, CTRL)
    _focus(qtbot, edit)
    qtbot.keyClick(edit, Qt.Key.Key_Space, CTRL)
    qtbot.waitUntil(lambda: page.controller.play_state == "playing")
    assert edit.toPlainText().endswith("r ")


def test_keys_work_from_the_interview_list(voice: tuple[Shell, VoicePage], qtbot: QtBot) -> None:
    """With the focus in the sidebar's interview list, R records, Esc stops, Space plays and P does not type."""
    shell, page = voice
    sidebar = _sidebar(shell)
    _focus(qtbot, sidebar)
    qtbot.keyClick(sidebar, Qt.Key.Key_R)
    assert page.controller.recording_state == "recording"
    qtbot.waitUntil(lambda: page.controller.recorder.elapsed_seconds >= 0.4, timeout=5000)
    qtbot.keyClick(sidebar, Qt.Key.Key_P)
    assert page.controller.recording_state == "paused"
    with qtbot.waitSignal(page.take_saved, timeout=5000):
        qtbot.keyClick(sidebar, Qt.Key.Key_Escape)
    _focus(qtbot, sidebar)
    qtbot.keyClick(sidebar, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.controller.play_state == "playing")


def test_keys_from_a_focused_button_of_the_tab(voice: tuple[Shell, VoicePage], qtbot: QtBot) -> None:
    """After clicking a button of the tab (it keeps the focus), R still records rather than doing nothing."""
    _shell, page = voice
    button = page.take_list.import_button
    _focus(qtbot, button)
    _take(qtbot, page, button, Qt.KeyboardModifier.NoModifier)


def test_keys_leave_other_tabs_alone(voice: tuple[Shell, VoicePage], qtbot: QtBot) -> None:
    """On another tab, R and Ctrl+R from the interview list do not record in the hidden Voice tab."""
    shell, page = voice
    shell.window.show_tab("library")
    sidebar = _sidebar(shell)
    _focus(qtbot, sidebar)
    qtbot.keyClick(sidebar, Qt.Key.Key_R)
    qtbot.keyClick(sidebar, Qt.Key.Key_R, CTRL)
    assert page.controller.recording_state == "idle"


def test_keys_leave_dialogs_alone(voice: tuple[Shell, VoicePage], qtbot: QtBot) -> None:
    """A key typed into another window (a dialog over the studio) is not a transport key."""
    from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout

    shell, page = voice
    dialog = QDialog(shell.window)
    button = QPushButton("x", dialog)
    QVBoxLayout(dialog).addWidget(button)
    dialog.show()
    _focus(qtbot, button)
    qtbot.keyClick(button, Qt.Key.Key_R)
    assert page.controller.recording_state == "idle"
    dialog.close()
