"""The first-run welcome: asked once on an empty studio, makes a plan whose steps open the right places."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from studio.core.first_run import CHECKLIST, EXERCISE, SELF_INTRO
from studio.store.interviews import InterviewRepository
from studio.store.settings import SettingsRepository
from studio.ui.shell import Shell
from tests.gui.conftest import Answers


def test_welcome_shows_on_an_empty_studio_and_skip_is_remembered(shell: Shell) -> None:
    """Skip shows the tabs and the welcome does not come back."""
    window = shell.window
    assert window.offer_welcome()
    assert window.welcome is not None and window.right.currentWidget() is window.welcome
    window.welcome.skip()
    assert window.right.currentWidget() is window.tabs
    assert SettingsRepository(shell.context.store).get("welcome_done") is True
    assert not window.offer_welcome()


def test_a_case_plan_creates_the_interview_and_opens_each_step(shell: Shell, answers: Answers) -> None:
    """Company, stage 'case' → interview stored; plan has its checklists, a self-introduction and the case."""
    window = shell.window
    window.offer_welcome()
    welcome = window.welcome
    assert welcome is not None
    welcome.company.setText("Northwind Telecom")
    welcome.role.setText("Client relations manager")
    welcome.stage.setCurrentIndex(welcome.stage.findData("case"))
    answers.extend([1] * 5)  # decline any "start the suggested checklists?" question: the plan offers them
    steps = welcome.make_plan()
    rows = InterviewRepository(shell.context.store).list()
    assert [(r.company, r.stage) for r in rows] == [("Northwind Telecom", "case")]
    kinds = [step.kind for step in steps]
    assert kinds[0] == CHECKLIST and SELF_INTRO in kinds and kinds[-1] == EXERCISE

    assert welcome.open_step(kinds.index(SELF_INTRO))
    assert window.right.currentWidget() is window.tabs and window.tabs.currentWidget() is window.hosts["voice"]


def test_an_empty_name_is_refused_with_a_clear_line(shell: Shell, qtbot: QtBot) -> None:
    """Without company or role nothing is stored and the user is told what to type."""
    window = shell.window
    window.offer_welcome()
    welcome = window.welcome
    assert welcome is not None
    assert welcome.make_plan() == []
    assert not welcome.error.isHidden() and "company" in welcome.error.text()
    assert InterviewRepository(shell.context.store).list() == []
