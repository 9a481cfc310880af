"""Other tabs send the user to an exercise or an attempt: the right view, in the right language, nothing lost."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from studio.core.content import Kind
from studio.core.exercise import ExercisePlan, PhasePlan
from studio.ui.exercises.page import ExercisesPage
from studio.ui.shell import Shell

CASE = "support_requests_case"
GROUP_TASK = "loyalty_group_task"


def _page(shell: Shell) -> ExercisesPage:
    page = shell.window.page("exercises")
    assert isinstance(page, ExercisesPage)
    page.alerts.sound = lambda: None
    return page


def _finished_case(page: ExercisesPage) -> int:
    """Run and finish a short attempt at the case; its debrief is on show."""
    page.select_exercise(CASE)
    attempt_id = page.start_attempt(ExercisePlan(CASE, (PhasePlan("a", "A", 60.0),)))
    page.finish()
    assert page.stack.currentWidget() is page.debrief_view
    return attempt_id


def test_start_from_the_library_lands_on_the_group_task_in_russian(shell: Shell, qapp: QApplication) -> None:
    """With a case's debrief open, “Start” on the group task in Russian shows the group task's start view in Russian."""
    page = _page(shell)
    _finished_case(page)
    shell.window.show_tab("library")

    assert shell.window.start_exercise(GROUP_TASK, "ru")

    library = shell.context.library.current
    assert library is not None
    russian = library.find(Kind.EXERCISES, GROUP_TASK, "ru")
    assert russian is not None and russian.lang == "ru"
    assert shell.window.tabs.currentWidget() is shell.window.hosts["exercises"]
    assert page.stack.currentWidget() is page.choose_view
    assert page.choose_view.lang == "ru"
    assert page.exercise is not None and page.exercise.id == GROUP_TASK
    assert page.choose_view.title_label.text() == russian.title
    assert [phase.title for phase, _spin in page.choose_view.plan_spins] == [p.title for p in russian.phases]
    assert page.choose_view.start_button.isEnabled()


def test_start_elsewhere_while_running_asks_and_keeps_the_attempt(shell: Shell, answers: list[int]) -> None:
    """While an attempt runs, “Start” of another exercise asks; “Keep going” keeps it running and on show."""
    page = _page(shell)
    page.select_exercise(CASE)
    attempt_id = page.start_attempt(ExercisePlan(CASE, (PhasePlan("a", "A", 600.0),)))
    answers.append(0)  # Keep going
    assert not shell.window.start_exercise(GROUP_TASK, "en")
    assert "still running" in answers.asked[-1]
    assert page.runner.active and page.runner.attempt_id == attempt_id
    assert page.stack.currentWidget() is page.run_view

    answers.append(1)  # Finish it
    assert shell.window.start_exercise(GROUP_TASK, "en")
    assert not page.runner.active
    assert page.repo.get(attempt_id).status == "finished"
    assert page.exercise.id == GROUP_TASK and page.stack.currentWidget() is page.choose_view


def test_open_attempt_shows_its_debrief_or_the_running_attempt(shell: Shell) -> None:
    """open_attempt: a finished attempt's debrief; the running one's run view; a missing one is refused aloud."""
    page = _page(shell)
    finished = _finished_case(page)
    page.show_choose()
    assert shell.window.open_attempt(finished)
    assert page.stack.currentWidget() is page.debrief_view
    assert "Debrief" in page.debrief_view.title.text()

    running = page.start_attempt(ExercisePlan(CASE, (PhasePlan("a", "A", 600.0),)))
    page.show_choose()
    assert shell.window.open_attempt(running)
    assert page.stack.currentWidget() is page.run_view

    assert not page.open_attempt(987654)
    assert any("no longer exists" in text for text in shell.recorder.texts("warning"))  # type: ignore[attr-defined]


def test_an_unknown_exercise_is_refused_with_a_message(shell: Shell) -> None:
    """show_exercise of an id the library lacks says so and changes nothing."""
    page = _page(shell)
    page.select_exercise(CASE)
    assert not page.show_exercise("no_such_exercise", "en")
    assert page.exercise.id == CASE
    assert any("no_such_exercise" in text for text in shell.recorder.texts("warning"))  # type: ignore[attr-defined]


def test_debrief_of_an_exercise_no_longer_in_the_library(shell: Shell) -> None:
    """An attempt at an exercise that left the library still opens: times, notes and saved scores show."""
    from studio.core.exercise import CriterionScore, Debrief, Session, phase_report

    page = _page(shell)
    session = Session(ExercisePlan("gone_case", (PhasePlan("a", "Alpha", 60.0),)), shell.context.clock)
    session.start()
    session.finish()
    row = page.repo.create("gone_case", "en", "Gone case", session.to_state())
    assert row.id is not None
    page.repo.finish(row.id, session.to_state(), phase_report(session))
    page.repo.save_note(row.id, "a", "- kept note")
    page.repo.save_debrief(row.id, Debrief((CriterionScore("c1", 4, "ok", "Structure"),)))
    assert page.open_attempt(row.id)
    assert page.stack.currentWidget() is page.debrief_view
    assert "kept note" in page.debrief_view.notes_view.toPlainText()
    assert [title for _cid, title, _spin, _note in page.debrief_view.score_rows] == ["Structure"]
    assert page.debrief_view.score_rows[0][2].value() == 4
