"""Text boxes inside a scrolling page pass the mouse wheel to the page unless they have the keyboard focus.

Without this a user scrolling a long page (a debrief, a form) gets stuck whenever the pointer passes over a text box:
the box scrolls its own few lines, or swallows the wheel at its end, and the page stops. :func:`guard_wheel` installs
one shared event filter on the boxes; a box with the focus (the user is working in it) keeps the wheel.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget


class _WheelGuard(QObject):
    """Hands a wheel event over a text box without focus to the nearest scrolling ancestor."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        box = _owner(watched)
        if box is None or box.hasFocus():
            return False
        page = _scrolling_ancestor(box)
        if page is None:
            return False
        QApplication.sendEvent(page.viewport(), event)
        return True  # the box itself never scrolls while the pointer only passes over it


_guard: _WheelGuard | None = None


def _owner(watched: QWidget) -> QWidget | None:
    """The guarded box of ``watched`` (the box itself, or its viewport)."""
    for widget in (watched, watched.parentWidget()):
        if widget is not None and widget.property("wheelGuarded"):
            return widget
    return None


def _scrolling_ancestor(box: QWidget) -> QAbstractScrollArea | None:
    parent = box.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.property("wheelGuarded") is not True:
            return parent
        parent = parent.parentWidget()
    return None


def guard_wheel(*boxes: QWidget) -> None:
    """Make each box (a text edit, text browser, spin box, combo box) pass the wheel to its page unless focused."""
    global _guard
    if _guard is None:
        _guard = _WheelGuard(QApplication.instance())
    for box in boxes:
        box.setProperty("wheelGuarded", True)
        box.installEventFilter(_guard)
        viewport = box.viewport() if isinstance(box, QAbstractScrollArea) else None
        if viewport is not None:
            viewport.installEventFilter(_guard)
