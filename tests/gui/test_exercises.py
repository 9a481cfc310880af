"""The Exercises tab on real widgets: keyboard flow, debrief, history, export, resume, absences, boundary timing."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio.config import resolve_paths
from studio.core.clock import FakeClock
from studio.core.exercise import ExercisePlan, PhasePlan, Session, SessionState
from studio.ui.dialogs import files
from studio.ui.exercises.page import ExercisesPage
from studio.ui.shell import Shell
from studio.ui.tasks import SyncTaskRunner

CASE = "support_requests_case"


class Recorder:
    """Collects what the message bridge posted."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def __call__(self, level: str, text: str) -> None:
        self.messages.append((level, text))


def _open_shell(qapp: QApplication, qtbot: QtBot, clock: Any = None) -> Shell:
    shell = Shell(qapp, resolve_paths().ensure(), "en", runner=SyncTaskRunner())
    if clock is not None:
        shell.context.clock = clock
    recorder = Recorder()
    shell.context.messages.posted.connect(recorder)
    shell.recorder = recorder  # type: ignore[attr-defined]
    qtbot.addWidget(shell.window)
    shell.window.show()
    assert shell.open_store()
    shell.window.show_tab("exercises")
    shell.window.activateWindow()
    qtbot.waitUntil(shell.window.isActiveWindow, timeout=3000)
    return shell


@pytest.fixture
def chimes() -> list[str]:
    """Chimes played (instead of sound)."""
    return []


@pytest.fixture
def fake_clock() -> FakeClock:
    """The session clock of the page under test (moves only when the test says)."""
    return FakeClock(monotonic=1000.0, wall=time.time())


def _close(shell: Shell) -> None:
    shell.window.close()
    if shell.context.store is not None:
        shell.context.store.close()


@pytest.fixture
def fake_shell(qapp: QApplication, qtbot: QtBot, answers: list[int], fake_clock: FakeClock) -> Iterator[Shell]:
    """A shown main window whose Exercises page runs on a fake clock."""
    shell = _open_shell(qapp, qtbot, fake_clock)
    yield shell
    _close(shell)


def _page(shell: Shell, chimes: list[str] | None = None) -> ExercisesPage:
    page = shell.window.page("exercises")
    assert isinstance(page, ExercisesPage)
    if chimes is not None:
        page.alerts.sound = lambda: chimes.append("chime")
    return page


def test_whole_flow_by_keyboard_then_debrief_history_and_export(
    fake_shell: Shell,
    fake_clock: FakeClock,
    qtbot: QtBot,
    tmp_path: Path,
    chimes: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Start, Space pause/resume, N through the phases with notes, Ctrl+Enter; debrief saved, listed, exported."""
    page = _page(fake_shell, chimes)
    page.select_exercise(CASE)
    page.choose_view.carry_check.setChecked(False)  # each phase keeps its own budget: the overtime below is exact
    page.choose_view.start_button.setFocus()
    with qtbot.waitSignal(page.attempt_started, timeout=2000):
        qtbot.keyClick(page.choose_view.start_button, Qt.Key.Key_Space)
    session = page.runner.session
    assert session is not None and session.state is SessionState.RUNNING
    assert page.stack.currentWidget() is page.run_view
    assert page.run_view.countdown.text == "05:00"

    fake_clock.advance(12.0)
    qtbot.keyClick(page.run_view.countdown, Qt.Key.Key_Space)
    assert session.state is SessionState.PAUSED
    assert "Paused" in page.run_view.countdown.caption
    fake_clock.advance(30.0)  # paused time does not count
    page.repaint_time()
    assert page.run_view.countdown.text == "04:48"
    qtbot.keyClick(page.run_view.countdown, Qt.Key.Key_Space)
    assert session.state is SessionState.RUNNING

    phases = session.plan.phases
    for index, phase in enumerate(phases):
        page.run_view.notes_edit.setFocus()
        qtbot.keyClicks(page.run_view.notes_edit, f"- idea for {phase.id}")
        qtbot.keyClick(page.run_view.notes_edit, Qt.Key.Key_Escape)  # leave the notes: single keys drive the timer
        assert page.run_view.countdown.hasFocus()
        fake_clock.advance(phase.seconds - 20.0 if index else 8.0)
        if index + 1 < len(phases):
            qtbot.keyClick(page.run_view.countdown, Qt.Key.Key_N)
            assert session.phase_index == index + 1
    fake_clock.advance(40.0)  # the last phase runs 20 s into overtime
    page.repaint_time()
    assert page.run_view.countdown.overtime and page.run_view.countdown.text == "+00:20"
    assert "OVERTIME" in page.run_view.countdown.caption
    qtbot.keyClick(page.run_view.countdown, Qt.Key.Key_N)  # N on the last phase only explains
    assert "Ctrl+Enter" in page.run_view.alert_label.text()
    with qtbot.waitSignal(page.attempt_finished, timeout=2000) as finished:
        qtbot.keyClick(page.run_view.countdown, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    attempt_id = finished.args[0]
    assert page.stack.currentWidget() is page.debrief_view
    assert len(page.debrief_view.chart.rows) == len(phases)

    for _cid, _title, spin, note in page.debrief_view.score_rows[:3]:
        spin.setFocus()
        for _ in range(4):
            qtbot.keyClick(spin, Qt.Key.Key_Up)
        qtbot.keyClicks(note, "good enough")
    qtbot.keyClicks(page.debrief_view.answer_rows[0][1], "Hiring more agents")
    with qtbot.waitSignal(page.debrief_saved, timeout=2000):
        qtbot.keyClick(page.debrief_view.save_button, Qt.Key.Key_Space)
    saved = page.repo.debrief(attempt_id)
    assert saved is not None and [s.score for s in saved.scores] == [4, 4, 4]

    qtbot.keyClick(page.debrief_view.back_button, Qt.Key.Key_Space)
    assert page.stack.currentWidget() is page.choose_view
    assert page.choose_view.history.topLevelItemCount() == 1
    row = page.choose_view.history.topLevelItem(0)
    assert row.text(3) == "4.0 / 5"
    assert row.text(2) == "30:00"

    target = tmp_path / "attempt.md"
    monkeypatch.setattr(files, "handler", lambda *_args: target)
    qtbot.keyClick(page.choose_view.export_history_button, Qt.Key.Key_Space)
    text = target.read_text(encoding="utf-8")
    for phase in phases:
        assert f"- idea for {phase.id}" in text
    assert "| 4 / 5 | good enough |" in text
    assert "Hiring more agents" in text
    assert f"| {phases[0].title} | 05:00 | 00:20 | 00:00 |" in text
    assert chimes == []  # no boundary was reached on the real timers in this test


def test_resume_offer_restores_time_and_notes(fake_shell: Shell, fake_clock: FakeClock, answers: list[int]) -> None:
    """An attempt left running is offered at start-up; Resume brings back its remaining time and notes."""
    page = _page(fake_shell)
    plan = ExercisePlan(CASE, (PhasePlan("a", "A", 120.0), PhasePlan("b", "B", 120.0)))
    session = Session(plan, fake_clock)
    session.start()
    fake_clock.advance(30.0)
    row = page.repo.create(CASE, "en", "Left running", session.to_state())
    assert row.id is not None
    page.repo.save_note(row.id, "a", "- typed before the crash")
    fake_clock.advance(1.0)  # the relaunch comes 1 s after the last autosave
    answers.append(0)
    page.offer_resume()
    assert "Left running" in answers.asked[-1]
    restored = page.runner.session
    assert restored is not None and restored.state is SessionState.RUNNING
    assert restored.remaining_seconds() == pytest.approx(89.0, abs=0.01)
    assert page.run_view.notes_edit.toPlainText() == "- typed before the crash"
    assert page.stack.currentWidget() is page.run_view


def test_discard_puts_the_attempt_aside(fake_shell: Shell, fake_clock: FakeClock, answers: list[int]) -> None:
    """Discard marks the unfinished attempt abandoned: it is kept but no longer offered."""
    page = _page(fake_shell)
    session = Session(ExercisePlan(CASE, (PhasePlan("a", "A", 60.0),)), fake_clock)
    session.start()
    row = page.repo.create(CASE, "en", "To discard", session.to_state())
    answers.append(1)
    page.offer_resume()
    assert page.repo.unfinished() is None
    assert row.id is not None and page.repo.get(row.id).status == "abandoned"
    assert page.runner.session is None


def test_relaunch_after_long_absence_asks_and_end_finishes(
    fake_shell: Shell, fake_clock: FakeClock, answers: list[int]
) -> None:
    """A snapshot 10 min old asks "You were away 10 min"; End finishes it at the snapshot and opens the debrief."""
    page = _page(fake_shell)
    session = Session(ExercisePlan(CASE, (PhasePlan("a", "A", 300.0),)), fake_clock)
    session.start()
    fake_clock.advance(40.0)
    row = page.repo.create(CASE, "en", "Away", session.to_state())
    assert row.id is not None
    fake_clock.jump_wall(600.0)
    answers.extend([0, 2])  # Resume, then End
    page.offer_resume()
    assert "You were away 10 min" in answers.asked[-1]
    assert page.repo.get(row.id).status == "finished"
    records = page.repo.phase_records(row.id)
    assert records[0].used_seconds == pytest.approx(40.0, abs=0.01)
    assert page.stack.currentWidget() is page.debrief_view


def test_sleep_mid_session_is_noticed_on_repaint(
    fake_shell: Shell, fake_clock: FakeClock, qtbot: QtBot, answers: list[int]
) -> None:
    """If the machine sleeps while running, the next repaint asks; Pause holds the time left when it slept."""
    page = _page(fake_shell)
    page.start_attempt(ExercisePlan(CASE, (PhasePlan("a", "A", 300.0),)))
    fake_clock.advance(10.0)
    qtbot.waitUntil(lambda: page.run_view.countdown.text == "04:50", timeout=3000)  # the display timer saw it running
    fake_clock.jump_wall(900.0)  # suspended: the wall clock jumps, the monotonic clock stood still
    answers.append(1)
    qtbot.waitUntil(lambda: bool(answers.asked), timeout=3000)
    assert "You were away 15 min" in answers.asked[-1]
    session = page.runner.session
    assert session is not None and session.state is SessionState.PAUSED and session.away_prompt is None
    assert session.remaining_seconds() == pytest.approx(290.0, abs=0.01)
    saved = page.repo.state(page.runner.attempt_id)
    assert saved["state"] == "paused"


@pytest.fixture
def real_shell(qapp: QApplication, qtbot: QtBot, answers: list[int]) -> Iterator[Shell]:
    """A shown main window whose Exercises page runs on the system clock."""
    shell = _open_shell(qapp, qtbot)
    yield shell
    _close(shell)


@pytest.fixture
def cpu_burners() -> Iterator[None]:
    """Two busy processes for the length of a test (the machine has two cores)."""
    procs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(2)]
    try:
        yield
    finally:
        for proc in procs:
            proc.kill()
            proc.wait()


@pytest.mark.slow
def test_phase_boundaries_on_the_real_clock_are_never_early(
    real_shell: Shell, qtbot: QtBot, chimes: list[str], cpu_burners: None
) -> None:
    """R11: 2/3/2-s phases under two CPU burners: each deadline fires never early and at most 250 ms late."""
    page = _page(real_shell, chimes)
    plan = ExercisePlan(CASE, (PhasePlan("p1", "One", 2.0), PhasePlan("p2", "Two", 3.0), PhasePlan("p3", "Three", 2.0)))

    def move_on(events: list[Any]) -> None:
        deadline = any(e.kind.value == "phase_deadline_reached" for e in events)
        if deadline and not page.runner.next_phase():
            page.finish()

    page.runner.events_fired.connect(move_on)
    with qtbot.waitSignal(page.attempt_finished, timeout=15000):
        page.start_attempt(plan)
    late = [lateness for _index, _left, lateness in page.runner.lateness]
    print("boundary lateness (s):", json.dumps([round(x, 4) for x in late]))
    assert len(late) == 3
    assert all(0.0 <= x <= 0.25 for x in late), late
    assert chimes == ["chime"] * 3
    notices = [t for level, t in real_shell.recorder.messages if "Time is up" in t]  # type: ignore[attr-defined]
    assert len(notices) == 3


def test_recorded_attempt_stores_a_take_with_phase_marks(
    fake_shell: Shell, fake_clock: FakeClock, qtbot: QtBot
) -> None:
    """ "Record my answer": the take is stored with the attempt's id and a mark at each phase change."""
    from studio.audio.sources import FakeSource
    from studio.ui.takes import EXERCISE_TAKES

    fake_shell.context.audio.source_factory = lambda _name: FakeSource(signal="sine", speed=1.0)
    page = _page(fake_shell)
    plan = ExercisePlan(CASE, (PhasePlan("a", "A", 60.0), PhasePlan("b", "B", 60.0)))
    attempt_id = page.start_attempt(plan, record=True)
    assert page.recording.active
    qtbot.waitUntil(lambda: page.recording.elapsed_seconds >= 0.3, timeout=3000)
    page.next_phase()
    qtbot.waitUntil(lambda: page.recording.elapsed_seconds >= 0.6, timeout=3000)
    with qtbot.waitSignal(page.attempt_finished, timeout=3000):
        page.finish()
    assert not page.recording.active
    takes = fake_shell.context.takes.takes(EXERCISE_TAKES, attempt_id=attempt_id)
    assert len(takes) == 1
    marks = json.loads(takes[0].marks)
    assert [m["label"] for m in marks if m["kind"] == "phase"] == ["a", "b"]
    assert 0.25 <= [m["t"] for m in marks][1] <= takes[0].duration


def test_previous_into_a_skipped_phase_is_not_overtime(fake_shell: Shell, fake_clock: FakeClock, qtbot: QtBot) -> None:
    """N, N at once, then P: the skipped phase re-opens with its time back, not at once "+00:01 OVERTIME"."""
    page = _page(fake_shell)
    page.select_exercise(CASE)
    page.choose_view.carry_check.setChecked(True)
    plan = page.current_plan()
    assert plan is not None
    page.start_attempt(plan)
    for _ in range(2):
        fake_clock.advance(1.0)
        qtbot.keyClick(page.run_view.countdown, Qt.Key.Key_N)
    fake_clock.advance(1.0)
    qtbot.keyClick(page.run_view.countdown, Qt.Key.Key_P)
    fake_clock.advance(1.0)
    page.repaint_time()
    session = page.runner.session
    assert session is not None and session.phase_index == 1
    assert not page.run_view.countdown.overtime
    assert "OVERTIME" not in page.run_view.countdown.caption
    assert not page.run_view.countdown.text.startswith("+")
    assert session.remaining_seconds() > plan.phases[1].seconds - 2.0


def test_ctrl_enter_with_time_left_asks_first(
    fake_shell: Shell, fake_clock: FakeClock, qtbot: QtBot, answers: list[int]
) -> None:
    """Ctrl+Enter 10 s into a 30-minute case asks; "Keep going" (or closing the question) keeps it running."""
    page = _page(fake_shell)
    page.select_exercise(CASE)
    plan = page.current_plan()
    assert plan is not None
    page.start_attempt(plan)
    fake_clock.advance(10.0)
    qtbot.keyClick(page.run_view.countdown, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert answers.asked and "29:50" in answers.asked[-1]
    assert page.runner.active and page.stack.currentWidget() is page.run_view
    answers.append(1)  # Finish now
    with qtbot.waitSignal(page.attempt_finished, timeout=2000):
        qtbot.keyClick(page.run_view.countdown, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.stack.currentWidget() is page.debrief_view


def test_finished_and_skipped_phases_keep_readable_boxes(
    fake_shell: Shell, fake_clock: FakeClock, qtbot: QtBot
) -> None:
    """The phase strip sizes boxes by the plan: finished or skipped phases do not shrink to "…" / clipped digits."""
    from PySide6.QtGui import QFontMetricsF

    page = _page(fake_shell)
    page.select_exercise(CASE)
    page.choose_view.carry_check.setChecked(True)
    plan = page.current_plan()
    assert plan is not None
    page.start_attempt(plan)
    for _ in range(3):
        fake_clock.advance(1.0)
        qtbot.keyClick(page.run_view.countdown, Qt.Key.Key_N)
    page.repaint_time()
    strip = page.run_view.strip
    strip.resize(900, strip.height())
    boxes = strip.boxes()
    planned = [p.seconds for p in plan.phases]
    width = sum(b.width() for b in boxes)
    for box, seconds in zip(boxes, planned, strict=True):
        assert box.width() >= 0.6 * width * seconds / sum(planned)
    metrics = QFontMetricsF(strip.font())
    for phase, box in zip(strip.phases, boxes, strict=True):
        title, times = strip.texts(phase, box.width() - 12, metrics, metrics)
        assert title == "" or len(title) > 2
        assert times == "" or (times[:5].count(":") == 1 and len(times) >= 5)
    narrow = strip.texts(strip.phases[0], 20.0, metrics, metrics)
    assert narrow[1] in ("", "00:01")


def test_russian_exercise_list_has_no_english_minutes(fake_shell: Shell, qapp: QApplication) -> None:
    """The list line "Case · 30 min" goes through translation: in Russian it reads "мин", not "min"."""
    from PySide6.QtCore import QTranslator

    class Russian(QTranslator):
        def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:  # type: ignore[override]
            return {"%1 min": "%1 мин", "Case": "Кейс", "Group task": "Групповое задание"}.get(source, "")

    translator = Russian()
    qapp.installTranslator(translator)
    try:
        page = _page(fake_shell)
        page.choose_view.set_language("ru")
        page.choose_view.reload_exercises()
        rows = [page.choose_view.exercise_list.item(i).text() for i in range(page.choose_view.exercise_list.count())]
        assert rows
        for row in rows:
            assert " min" not in row and row.endswith(" мин"), row
    finally:
        qapp.removeTranslator(translator)
