"""Save-after-typing: one helper so every text box that autosaves waits the same way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class Debouncer(QObject):
    """Calls ``action`` once, ``delay_ms`` after the last ``poke()``; ``flush()`` calls it now if one is pending."""

    def __init__(self, action: Callable[[], None], delay_ms: int = 700, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._action = action
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._fire)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def poke(self) -> None:
        """Something changed: (re)start the wait."""
        self._timer.start()

    def flush(self) -> None:
        """Run the pending action now (before closing, switching item, exporting)."""
        if self._timer.isActive():
            self._timer.stop()
            self._fire()

    def cancel(self) -> None:
        self._timer.stop()

    def _fire(self) -> None:
        self._action()
