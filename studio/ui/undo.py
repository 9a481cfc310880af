"""One base for undoable user actions: a failed step never stays on the stack pretending it happened."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

log = logging.getLogger(__name__)


class UndoCommand(QUndoCommand):
    """Subclasses implement ``do()`` and ``revert()``; errors go to ``on_error`` and mark the command obsolete."""

    def __init__(self, text: str, on_error: Callable[[Exception], None] | None = None) -> None:
        super().__init__(text)
        self._on_error = on_error
        self.done_once = False

    def do(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        try:
            self.do()
        except Exception as exc:
            log.exception("could not do: %s", self.text())
            self.setObsolete(True)
            if self._on_error is not None:
                self._on_error(exc)
            return
        self.done_once = True

    def undo(self) -> None:
        try:
            self.revert()
        except Exception as exc:
            log.exception("could not undo: %s", self.text())
            if self._on_error is not None:
                self._on_error(exc)


def push_or_do(stack: object, command: QUndoCommand) -> None:
    """Push onto the window's undo stack, or just do it when there is none (a page used on its own)."""
    push = getattr(stack, "push", None)
    if callable(push):
        push(command)
    else:
        command.redo()
