"""A push button with its screen-reader name and tooltip: the one way the pages make labelled buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton


def button(text: str, accessible: str, tip: str = "") -> QPushButton:
    """A push button with its screen-reader name (and tooltip)."""
    widget = QPushButton(text)
    widget.setAccessibleName(accessible)
    if tip:
        widget.setToolTip(tip)
    return widget
