"""The Voice tab's transport keys, wherever the focus is in the window while the tab is shown.

R records, P pauses or resumes, Space plays or pauses, Esc stops a recording. Shortcuts bound to the tab would only
fire with the focus inside it (not from the interview list) and lose to a text field; window-wide shortcuts would
fire from the other tabs, which have their own R, Space, P and Esc. So an application event filter routes the keys:

- only while the page is visible (its tab is the current one) and the key goes to a widget of the page's window
  (not a dialog or a popup list) that is not part of another tab's page;
- single keys not into a text field (there R types "r" and Space a space), nor into a widget that keeps the key
  for itself (``own_keys``: a button the keyboard presses with Space);
- Ctrl+R and Ctrl+Space from anywhere, text fields included.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

RECORD, PAUSE, PLAY, STOP = "record", "pause", "play", "stop"

_SINGLE = {Qt.Key.Key_R: RECORD, Qt.Key.Key_P: PAUSE, Qt.Key.Key_Space: PLAY, Qt.Key.Key_Escape: STOP}
_CTRL = {Qt.Key.Key_R: RECORD, Qt.Key.Key_Space: PLAY}


def is_text_field(widget: QWidget | None) -> bool:
    """A widget where letters and spaces are typing: editable line, text, spin box or editable combo."""
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QAbstractSpinBox):
        return not widget.isReadOnly()
    return isinstance(widget, QComboBox) and widget.isEditable()


def owns_key(widget: QWidget | None, key: int) -> bool:
    """The widget declared the key its own (``_OWN_KEYS``, as the review's keyboard buttons do)."""
    own = getattr(widget, "_OWN_KEYS", ()) if widget is not None else ()
    return key in own


class TransportKeys(QObject):
    """Routes the transport keys to ``actions`` while ``page`` is visible; see the module docstring.

    Args:
        page: The Voice page (its visibility says whether its tab is current).
        actions: What each key does: ``{"record": ..., "pause": ..., "play": ..., "stop": ...}``.
    """

    def __init__(self, page: QWidget, actions: dict[str, Callable[[], object]]) -> None:
        super().__init__(page)
        self.page = page
        self.actions = actions
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        page.destroyed.connect(self.remove)

    def remove(self, *_args: object) -> None:
        """Stop watching the application's keys (the page is closing)."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def action_for(self, target: QWidget, event: QKeyEvent) -> str | None:
        """The transport action ``event`` stands for when it goes to ``target``, or None (the key is left alone)."""
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if modifiers == Qt.KeyboardModifier.ControlModifier:
            action = _CTRL.get(Qt.Key(key))
        elif modifiers == Qt.KeyboardModifier.NoModifier:
            action = _SINGLE.get(Qt.Key(key))
            if action is not None and (is_text_field(target) or owns_key(target, key)):
                action = None
        else:
            action = None
        if action is None or not self.page.isVisible() or target.window() is not self.page.window():
            return None
        if self._in_another_tab(target):
            return None
        return action

    def _in_another_tab(self, target: QWidget) -> bool:
        """The key goes to a widget of another tab's page (those tabs have their own R, Space, P, Esc)."""
        if target is self.page or self.page.isAncestorOf(target):
            return False
        tabs = self.page.parentWidget()
        while tabs is not None and not isinstance(tabs, QTabWidget):
            tabs = tabs.parentWidget()
        return tabs is not None and tabs.isAncestorOf(target)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        # A key the focus widget did not use bubbles up to its parents: judge it by the focus widget every time, so
        # an Esc a line edit ignored is not taken for an Esc pressed on the page.
        focus = QApplication.focusWidget()
        target = focus if focus is not None and watched.isAncestorOf(focus) else watched
        action = self.action_for(target, event)
        if action is None:
            return False
        event.accept()
        if not event.isAutoRepeat():  # holding Space must not toggle play on and off
            self.actions[action]()
        return True
