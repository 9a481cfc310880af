"""Undoable checklist steps for the window's QUndoStack (Edit → Undo / Redo, Ctrl+Z / Ctrl+Shift+Z).

Every change to a run is one of these, ticks included, so Undo walks back the user's steps in the order they were
made. Each command calls the repository (the change is committed when the call returns) and then tells the page
to show the result. A command whose first ``redo`` fails is marked obsolete by :class:`UndoCommand`, so it never
lands on the stack.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtGui import QUndoCommand

from studio.core.content import ChecklistTemplate
from studio.ui.undo import UndoCommand

if TYPE_CHECKING:
    from studio.store.checklists import ChecklistRepository, Order, RunSnapshot

Focus = tuple[int | None, int | None]  # the run and the item to show after a step


class PageHooks(Protocol):
    """What the commands need from the page."""

    repository: ChecklistRepository
    applying: bool

    def changed(self, run_id: int | None, item_id: int | None = None) -> None: ...

    def item_changed(self, run_id: int, item_id: int, select: bool = True) -> None: ...

    def tick_shown(self, run_id: int, item_id: int, checked: bool) -> None: ...

    def failed(self, exc: Exception) -> None: ...


class _Command(UndoCommand):
    """A checklist step: ``step()`` / ``step_back()`` change the store and return what to show."""

    def __init__(self, page: PageHooks, text: str, on_error: Any = None) -> None:
        super().__init__(text, on_error or page.failed)
        self.page = page
        self.succeeded = False  # the last redo or undo reached the store
        self._reverted = False
        self._focus: Focus = (None, None)

    @property
    def repo(self) -> ChecklistRepository:
        return self.page.repository

    def do(self) -> None:
        self._focus = self.step()

    def revert(self) -> None:
        self._focus = self.step_back()
        self._reverted = True

    def redo(self) -> None:
        first = not self.done_once
        self.succeeded = False
        self.page.applying = True
        try:
            super().redo()
        finally:
            self.page.applying = False
        if self.done_once and not self.isObsolete():
            self.succeeded = True
            self.show(self._focus, first)

    def undo(self) -> None:
        self.succeeded = self._reverted = False
        self.page.applying = True
        try:
            super().undo()
        finally:
            self.page.applying = False
        if self._reverted:  # revert() returned: the store has the old state again
            self.succeeded = True
            self.show(self._focus, False)

    def show(self, focus: Focus, first: bool) -> None:
        """Let the page show the result; ``first`` is the step's own first run (not an undo or redo)."""
        self.page.changed(*focus)

    def step(self) -> Focus:
        raise NotImplementedError

    def step_back(self) -> Focus:
        raise NotImplementedError


class SetTick(_Command):
    """Tick or untick one item. The tick is committed before anything shows it; undo restores the old tick time."""

    def __init__(self, page: PageHooks, text: str, run_id: int, item_id: int, checked: bool, on_error: Any) -> None:
        super().__init__(page, text, on_error)
        self.run_id, self.item_id, self.checked = run_id, item_id, checked
        self._tick_at: datetime | None = None  # the time this step ticks at (kept for redo)
        self._old_at: datetime | None = None  # the tick time an untick removed (put back by undo)
        self._shown = checked

    def step(self) -> Focus:
        if self.checked:
            self._tick_at = self.repo.set_checked(self.item_id, True, at=self._tick_at)
        else:
            if not self.done_once:
                self._old_at = self.repo.tick_time(self.item_id)
            self.repo.set_checked(self.item_id, False)
        self._shown = self.checked
        return self.run_id, self.item_id

    def step_back(self) -> Focus:
        self.repo.set_checked(self.item_id, not self.checked, at=self._old_at)
        self._shown = not self.checked
        return self.run_id, self.item_id

    def show(self, focus: Focus, first: bool) -> None:
        if not first:  # on its first run the list shows the tick itself, once it is committed
            self.page.tick_shown(self.run_id, self.item_id, self._shown)


class _NewRun(_Command):
    """Make a new run (undo deletes it; redo brings the same run back from its snapshot)."""

    def __init__(self, page: PageHooks, text: str, interview_id: int | None) -> None:
        super().__init__(page, text)
        self.interview_id = interview_id
        self.run_id: int | None = None
        self._snapshot: RunSnapshot | None = None

    def create(self) -> Any:
        raise NotImplementedError

    def selected_after_undo(self) -> int | None:
        return None

    def step(self) -> Focus:
        run = self.create() if self._snapshot is None else self.repo.restore_run(self._snapshot)
        self.run_id = run.id
        return self.run_id, None

    def step_back(self) -> Focus:
        assert self.run_id is not None
        self._snapshot = self.repo.delete_run(self.run_id)
        return self.selected_after_undo(), None


class StartRun(_NewRun):
    """Start a run of a template."""

    def __init__(self, page: PageHooks, text: str, template: ChecklistTemplate, interview_id: int | None) -> None:
        super().__init__(page, text, interview_id)
        self.template = template

    def create(self) -> Any:
        return self.repo.start_run(self.template, self.interview_id)


class DuplicateRun(_NewRun):
    """Duplicate a run (undo deletes the copy and selects the original)."""

    def __init__(self, page: PageHooks, text: str, run_id: int, interview_id: int | None) -> None:
        super().__init__(page, text, interview_id)
        self.source = run_id

    def create(self) -> Any:
        return self.repo.duplicate_run(self.source, self.interview_id)

    def selected_after_undo(self) -> int | None:
        return self.source


class DeleteRun(_Command):
    """Delete a run with its items (undo restores it with the same ids and ticks)."""

    def __init__(self, page: PageHooks, text: str, run_id: int) -> None:
        super().__init__(page, text)
        self.run_id = run_id
        self._snapshot: RunSnapshot | None = None

    def step(self) -> Focus:
        self._snapshot = self.repo.delete_run(self.run_id)
        return None, None

    def step_back(self) -> Focus:
        assert self._snapshot is not None
        self.repo.restore_run(self._snapshot)
        return self.run_id, None


class Archive(_Command):
    """Archive or bring back a run."""

    def __init__(self, page: PageHooks, text: str, run_id: int, archived: bool) -> None:
        super().__init__(page, text)
        self.run_id, self.archived = run_id, archived
        self._previous = not archived

    def step(self) -> Focus:
        self._previous = self.repo.set_archived(self.run_id, self.archived)
        return (self.run_id if not self.archived else None), None

    def step_back(self) -> Focus:
        self.repo.set_archived(self.run_id, self._previous)
        return self.run_id, None


class AddItem(_Command):
    """Add an item (undo deletes it; redo restores the same row)."""

    def __init__(self, page: PageHooks, text: str, run_id: int, item: tuple[str, str, str], index: int | None) -> None:
        super().__init__(page, text)
        self.run_id, self.item, self.index = run_id, item, index
        self.item_id: int | None = None
        self._data: dict[str, object] | None = None

    def step(self) -> Focus:
        if self._data is None:
            text, section, hint = self.item
            self.item_id = self.repo.add_item(self.run_id, text, section=section, hint=hint, index=self.index)
        else:
            self.item_id = self.repo.restore_item(self._data)
        return self.run_id, self.item_id

    def step_back(self) -> Focus:
        assert self.item_id is not None
        self._data = self.repo.delete_item(self.item_id)
        return self.run_id, None


class EditItem(_Command):
    """Change an item's text, hint or section."""

    def __init__(self, page: PageHooks, text: str, run_id: int, item_id: int, values: dict[str, str]) -> None:
        super().__init__(page, text)
        self.run_id, self.item_id, self.values = run_id, item_id, values
        self._old: dict[str, str] = {}

    def step(self) -> Focus:
        self._old = self.repo.edit_item(self.item_id, **self.values)
        return self.run_id, self.item_id

    def step_back(self) -> Focus:
        self.repo.edit_item(self.item_id, **self._old)
        return self.run_id, self.item_id


class DeleteItem(_Command):
    """Delete an item (undo puts it back at its place with its tick and note)."""

    def __init__(self, page: PageHooks, text: str, run_id: int, item_id: int) -> None:
        super().__init__(page, text)
        self.run_id, self.item_id = run_id, item_id
        self._data: dict[str, object] | None = None

    def step(self) -> Focus:
        self._data = self.repo.delete_item(self.item_id)
        return self.run_id, None

    def step_back(self) -> Focus:
        assert self._data is not None
        self.repo.restore_item(self._data)
        return self.run_id, self.item_id


class Reorder(_Command):
    """A new order (drag or Alt+Up/Down), optionally moving the item into another section."""

    def __init__(
        self, page: PageHooks, text: str, run_id: int, ids: list[int], sections: dict[int, str], focus: int | None
    ) -> None:
        super().__init__(page, text)
        self.run_id, self.ids, self.sections, self.focus = run_id, ids, sections, focus
        self._previous: Order | None = None

    def step(self) -> Focus:
        self._previous = self.repo.reorder(self.run_id, self.ids, self.sections)
        return self.run_id, self.focus

    def step_back(self) -> Focus:
        assert self._previous is not None
        self.repo.restore_order(self._previous)
        return self.run_id, self.focus


class UncheckAll(_Command):
    """Untick every item (undo ticks the same ones again)."""

    def __init__(self, page: PageHooks, text: str, run_id: int) -> None:
        super().__init__(page, text)
        self.run_id = run_id
        self._ticks: list[tuple[int, datetime | None]] = []

    def step(self) -> Focus:
        self._ticks = self.repo.uncheck_all(self.run_id)
        return self.run_id, None

    def step_back(self) -> Focus:
        self.repo.restore_checks(self._ticks)
        return self.run_id, None


class SetNote(_Command):
    """Change an item's note; consecutive edits of one item's note merge into one step."""

    ID = 7001

    def __init__(self, page: PageHooks, text: str, run_id: int, item_id: int, note: str) -> None:
        super().__init__(page, text)
        self.run_id, self.item_id, self.note = run_id, item_id, note
        self._old: str | None = None

    def id(self) -> int:
        return self.ID

    def show(self, focus: Focus, first: bool) -> None:
        # in place, so the note field keeps its cursor; the user may already be on another item when it saves
        self.page.item_changed(self.run_id, self.item_id, select=not first)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetNote) or other.item_id != self.item_id:
            return False
        self.note = other.note
        return True

    def step(self) -> Focus:
        old = self.repo.set_note(self.item_id, self.note)
        if self._old is None:
            self._old = old
        return self.run_id, self.item_id

    def step_back(self) -> Focus:
        self.repo.set_note(self.item_id, self._old or "")
        return self.run_id, self.item_id
