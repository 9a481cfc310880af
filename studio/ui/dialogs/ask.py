"""``ask()``: the single way the UI asks the user a question; tests replace ``ask.handler``."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QWidget

# (parent, title, text, choices) -> index of the chosen choice, or -1 when dismissed.
Handler = Callable[[QWidget | None, str, str, Sequence[str]], int]


def _dialog(parent: QWidget | None, title: str, text: str, choices: Sequence[str]) -> int:
    from PySide6.QtWidgets import QMessageBox  # not needed before the first paint

    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setText(text)
    buttons = [box.addButton(choice, QMessageBox.ButtonRole.ActionRole) for choice in choices]
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else -1


handler: Handler = _dialog


def ask(parent: QWidget | None, title: str, text: str, choices: Sequence[str]) -> int:
    """Ask the user to pick one of ``choices``; returns its index (-1 if the dialog was closed)."""
    return handler(parent, title, text, choices)
