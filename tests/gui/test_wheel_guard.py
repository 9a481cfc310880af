"""A text box inside a scrolling page passes the mouse wheel to the page unless the user is working in it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from studio.core.exercise import Debrief
from studio.ui.exercises.debrief_view import DebriefView
from studio.ui.widgets.wheel_guard import guard_wheel


def _wheel_down(widget: QWidget) -> None:
    """One notch of the wheel, down, with the pointer over ``widget``."""
    target = widget.viewport() if hasattr(widget, "viewport") else widget
    centre = QPointF(target.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(target.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(target, event)


def _page(qtbot: QtBot) -> tuple[QScrollArea, QPlainTextEdit]:
    """A tall scrolling page with a text box full of lines near its top."""
    body = QWidget()
    layout = QVBoxLayout(body)
    box = QPlainTextEdit("\n".join(f"line {n}" for n in range(200)))
    box.setFixedHeight(80)
    layout.addWidget(box)
    filler = QWidget()
    filler.setMinimumHeight(2000)
    layout.addWidget(filler)
    page = QScrollArea()
    page.setWidgetResizable(True)
    page.setWidget(body)
    page.resize(400, 300)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page, box


def test_wheel_over_an_unfocused_box_scrolls_the_page(qtbot: QtBot) -> None:
    """Scrolling down a page is not stopped by a text box passing under the pointer."""
    page, box = _page(qtbot)
    guard_wheel(box)
    _wheel_down(box)
    assert page.verticalScrollBar().value() > 0
    assert box.verticalScrollBar().value() == 0


def test_wheel_over_the_focused_box_scrolls_the_box(qtbot: QtBot) -> None:
    """While the user works in a box, the wheel scrolls the box's own text."""
    page, box = _page(qtbot)
    guard_wheel(box)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    _wheel_down(box)
    assert box.verticalScrollBar().value() > 0
    assert page.verticalScrollBar().value() == 0


def test_debrief_page_scrolls_over_its_text_boxes(qtbot: QtBot) -> None:
    """The debrief's notes, answers and summary boxes do not swallow the wheel of the debrief page."""
    view = DebriefView()
    qtbot.addWidget(view)
    view.resize(700, 400)
    view.show()
    notes = [(f"Phase {n}", "\n".join(f"note {i}" for i in range(30))) for n in range(4)]
    view.show_attempt("A case", "Time used", [], notes, ["Clear"], ["Why?", "What else?"], Debrief((), (), ""))
    qtbot.waitExposed(view)
    boxes = [view.notes_view, view.summary_edit, *(edit for _question, edit in view.answer_rows)]
    for box in boxes:
        view.scroll_area.verticalScrollBar().setValue(0)
        _wheel_down(box)
        assert view.scroll_area.verticalScrollBar().value() > 0, box.accessibleName()
