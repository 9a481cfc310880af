"""Recorded exercise answers are findable: listed, played and analysed in the debrief and in the Voice tab."""

from __future__ import annotations

import time
from collections.abc import Iterator

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio.config import resolve_paths
from studio.core.clock import FakeClock
from studio.ui.exercises.page import ExercisesPage
from studio.ui.shell import Shell
from studio.ui.takes import EXERCISE_TAKES
from studio.ui.tasks import SyncTaskRunner
from tests.gui.support import Recorder, close_shell
from tests.gui.voice_fakes import install_fakes

CASE = "support_requests_case"
RATE = 16000


def _syllables(seconds: float = 1.0) -> np.ndarray:
    """A loop of voiced, syllable-like bursts (4 per second) so the analysis finds speech in it."""
    t = np.arange(int(RATE * seconds)) / RATE
    envelope = np.clip(np.sin(2 * np.pi * 4.0 * t), 0.0, None) ** 2
    tone = 0.5 * np.sin(2 * np.pi * 160.0 * t) + 0.2 * np.sin(2 * np.pi * 320.0 * t)
    return (0.4 * envelope * tone).astype(np.float32)


@pytest.fixture
def shell(qapp: QApplication, qtbot: QtBot, answers: list[int]) -> Iterator[Shell]:
    """A main window on a fake clock, recording from a FakeSource and playing into a fake output."""
    shell = Shell(qapp, resolve_paths().ensure(), "en", runner=SyncTaskRunner())
    shell.context.clock = FakeClock(monotonic=1000.0, wall=time.time())
    recorder = Recorder()
    shell.context.messages.posted.connect(recorder)
    shell.recorder = recorder  # type: ignore[attr-defined]
    install_fakes(shell.context, signal=_syllables(), speed=20.0)
    qtbot.addWidget(shell.window)
    shell.window.show()
    assert shell.open_store()
    shell.window.show_tab("exercises")
    yield shell
    close_shell(shell)


def test_recorded_answer_is_played_and_analysed_in_the_debrief_and_in_voice(
    shell: Shell, qtbot: QtBot, answers: list[int]
) -> None:
    """Record during an exercise, finish: the debrief lists, plays and analyses the take; Voice shows the same take."""
    page = shell.window.page("exercises")
    assert isinstance(page, ExercisesPage)
    page.alerts.sound = lambda: None
    assert page.select_exercise(CASE)
    plan = page.current_plan()
    assert plan is not None
    page.choose_view.record_check.setChecked(True)
    with qtbot.waitSignal(page.attempt_started, timeout=3000):
        qtbot.mouseClick(page.choose_view.start_button, Qt.MouseButton.LeftButton)
    attempt_id = page.runner.attempt_id
    assert attempt_id is not None and page.recording.active
    assert page.run_view.record_label.text()
    qtbot.waitUntil(lambda: page.recording.elapsed_seconds >= 4.0, timeout=5000)
    page.next_phase()
    qtbot.waitUntil(lambda: page.recording.elapsed_seconds >= 8.0, timeout=5000)
    answers.append(1)  # "Finish now": most of the 30 minutes are still left
    with qtbot.waitSignal(page.attempt_finished, timeout=5000):
        qtbot.mouseClick(page.run_view.finish_button, Qt.MouseButton.LeftButton)
    assert "still left" in answers.asked[-1]

    takes = shell.context.takes.takes(EXERCISE_TAKES, attempt_id=attempt_id)
    assert len(takes) == 1
    take = takes[0]
    assert take.name == page.choose_view.exercise.title
    saved = [t for t in shell.recorder.texts("info") if "answer was saved" in t]  # type: ignore[attr-defined]
    assert saved and "Exercise answers" in saved[-1]

    # The debrief: listed, analysed per phase, notes shown, played here.
    brief = page.debrief_view
    assert page.stack.currentWidget() is brief
    assert brief.takes_box.isVisibleTo(page) and brief.takes_list.count() == 1
    assert brief.selected_take() == take.id
    assert shell.context.takes.review(take.id) is not None
    review = brief.take_review.text()
    first, second = plan.phases[0].title, plan.phases[1].title
    assert first in review and second in review
    assert "words/min" in review
    assert first in brief.notes_view.toPlainText()
    qtbot.mouseClick(brief.play_button, Qt.MouseButton.LeftButton)
    assert page.player.playing_id == take.id
    assert "Stop" in brief.play_button.text()
    qtbot.waitUntil(lambda: page.player.position_seconds > 0.05, timeout=3000)
    qtbot.mouseClick(brief.play_button, Qt.MouseButton.LeftButton)
    assert page.player.playing_id == 0

    # "Open in Voice": the Voice tab selects it in "Exercise answers", loads it, shows the review by phase.
    qtbot.mouseClick(brief.open_voice_button, Qt.MouseButton.LeftButton)
    assert shell.window.tabs.currentWidget() is shell.window.hosts["voice"]
    voice = shell.window.page("voice")
    assert voice is not None
    assert voice.take_list.scope() == EXERCISE_TAKES
    assert voice.take_list.selected_ids() == [take.id]
    assert voice.review.take_id == take.id
    assert first in voice.review.phase_label.text()
    voice.toggle_play()
    qtbot.waitUntil(lambda: voice.controller.play_state == "playing", timeout=3000)
    voice.controller.stop_playback()


def test_the_voice_tab_lists_exercise_answers(shell: Shell, qtbot: QtBot, answers: list[int]) -> None:
    """Voice → "Exercise answers" lists the take of an attempt, and the debrief shows none for an unrecorded one."""
    page = shell.window.page("exercises")
    assert isinstance(page, ExercisesPage)
    page.alerts.sound = lambda: None
    page.select_exercise(CASE)
    plan = page.current_plan()
    assert plan is not None
    recorded = page.start_attempt(plan, record=True)
    qtbot.waitUntil(lambda: page.recording.elapsed_seconds >= 1.0, timeout=5000)
    with qtbot.waitSignal(page.attempt_finished, timeout=5000):
        page.finish()
    take_id = shell.context.takes.takes(EXERCISE_TAKES, attempt_id=recorded)[0].id
    silent = page.start_attempt(plan)
    with qtbot.waitSignal(page.attempt_finished, timeout=5000):
        page.finish()
    assert shell.context.takes.takes(EXERCISE_TAKES, attempt_id=silent) == []
    assert not page.debrief_view.takes_box.isVisibleTo(page)

    voice = shell.window.page("voice")
    assert voice is not None
    shell.window.show_tab("voice")
    voice.take_list.set_scope(EXERCISE_TAKES)
    assert voice.take_list.is_listed(take_id)
    assert page.open_attempt(recorded)
    assert page.debrief_view.selected_take() == take_id
