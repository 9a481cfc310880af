"""``ask_text()``: the single way the UI asks for one line of text; tests replace ``ask_text.handler``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

# (parent, title, label, suggested text) -> the text entered, or None when cancelled.
Handler = Callable[[QWidget | None, str, str, str], "str | None"]


def _dialog(parent: QWidget | None, title: str, label: str, text: str) -> str | None:
    from PySide6.QtWidgets import QInputDialog

    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None


handler: Handler = _dialog


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """Ask for a line of text, offering ``text`` to edit; None when the user cancels."""
    return handler(parent, title, label, text)
