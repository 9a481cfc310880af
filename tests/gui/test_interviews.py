"""The interviews sidebar: deleting is one undo step, and a deletion the store refuses never sits on the stack."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studio.core.interviews import InterviewDraft
from studio.store.interviews import InterviewRepository
from studio.ui.shell import Shell


def _one_interview(shell: Shell) -> int:
    assert shell.context.store is not None
    row = InterviewRepository(shell.context.store).add(InterviewDraft("Acme", "Manager", stage="group_interview"))
    shell.window.interviews.refresh()
    shell.window.interviews.list.setCurrentRow(0)
    assert row.id is not None
    return row.id


def test_delete_and_undo(shell: Shell, qtbot: QtBot) -> None:
    """Delete removes the interview; Undo brings it back with its id; the list names the stage from the one table."""
    interview_id = _one_interview(shell)
    panel = shell.window.interviews
    assert "Group interview" in panel.list.item(0).text()
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert panel.list.count() == 0
    assert shell.window.undo_stack.undoText() == "Delete interview “Acme — Manager”"
    shell.window.undo_stack.undo()
    assert panel.list.count() == 1 and panel.selected_id() in (None, interview_id)
    assert InterviewRepository(shell.context.store).get(interview_id) is not None  # type: ignore[arg-type]


def test_refused_delete_is_reported_and_not_undoable(
    shell: Shell, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the store cannot delete, the user is told why and Undo does not offer a deletion that never happened."""
    _one_interview(shell)
    panel = shell.window.interviews
    before = shell.window.undo_stack.count()

    def refuse(_interview_id: int) -> None:
        raise OSError("database is read-only")

    monkeypatch.setattr(panel.repository, "delete", refuse)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert panel.list.count() == 1
    assert shell.window.undo_stack.count() == before
    assert any("read-only" in text for text in shell.recorder.texts("error"))  # type: ignore[attr-defined]
    assert not any("deleted" in text for text in shell.recorder.texts("info"))  # type: ignore[attr-defined]
