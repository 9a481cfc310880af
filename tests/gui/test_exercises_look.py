"""The Exercises and Checklists tabs show their words whole in a narrow pane, and the timer says its state calmly."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QSplitter, QWidget
from pytestqt.qtbot import QtBot

from studio.core.interviews import InterviewDraft
from studio.store.interviews import InterviewRepository
from studio.ui.exercises.page import ExercisesPage
from studio.ui.exercises.widgets import CountdownDisplay
from studio.ui.shell import Shell
from tests.gui.layout_check import clipped_texts

CASE = "support_requests_case"
# The Russian labels of the plan's options: the longest need 516 px on one line.
LONG_OPTIONS = (
    "Переносить оставшееся или перерасходованное время на следующие этапы",
    "Звуковой сигнал в конце этапа и за 5 / 1 мин до него",
)


def _settle() -> None:
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def test_plan_options_wrap_in_a_narrow_pane(shell: Shell, qtbot: QtBot) -> None:
    """Long (Russian) option labels wrap onto two lines in a 353-px plan pane instead of being cut at the right."""
    shell.window.resize(1280, 800)
    shell.window.show_tab("exercises")
    page = shell.window.page("exercises")
    assert isinstance(page, ExercisesPage)
    assert page.select_exercise(CASE)
    view = page.choose_view
    view.carry_check.setText(LONG_OPTIONS[0])
    view.chime_check.setText(LONG_OPTIONS[1])
    splitter: QSplitter = view.splitter
    total = sum(splitter.sizes())
    splitter.setSizes([240, total - 240 - 353, 353])
    _settle()
    right: QWidget = splitter.widget(2)
    found = [f for f in clipped_texts(right, "exercises") if f.text in LONG_OPTIONS]
    assert not found, found
    one_line = view.record_check.height()
    assert view.carry_check.height() > one_line  # wrapped onto a second line, all of it shown
    assert view.carry_check.width() <= 353


def test_timer_state_is_a_style_property(qapp: QApplication, qtbot: QtBot) -> None:
    """The countdown's colour follows its state only: ok, warn in the last minute, over in overtime, paused."""
    timer = CountdownDisplay()
    qtbot.addWidget(timer)
    timer.show_time("05:00", "left", overtime=False, warning=False, paused=False)
    assert timer.property("state") == "ok"
    timer.show_time("00:59", "left", overtime=False, warning=True, paused=False)
    assert timer.property("state") == "warn"
    timer.show_time("+00:05", "over", overtime=True, warning=False, paused=False)
    assert timer.property("state") == "over"
    timer.show_time("03:00", "Paused", overtime=False, warning=False, paused=True)
    assert timer.property("state") == "paused"
    assert not timer.grab().isNull()  # paints in every state


def test_checklist_runs_tree_rows_are_not_cut(shell: Shell, qtbot: QtBot) -> None:
    """Long interview names in the runs tree are shortened on purpose, whole in the tooltip, never cut mid-word."""
    assert shell.context.store is not None
    InterviewRepository(shell.context.store).add(
        InterviewDraft("Банк «Синяя гавань»", "Менеджер по ключевым клиентам", None, "hr_interview")
    )
    shell.window.resize(1280, 800)
    shell.window.show_tab("checklists")
    page = shell.window.page("checklists")
    page.refresh_runs()
    _settle()
    tree = page.runs.tree
    tree.grab()
    _settle()
    assert not clipped_texts(tree, "checklists")
    top = tree.topLevelItem(0)
    assert "Менеджер по ключевым клиентам" in top.toolTip(0)
