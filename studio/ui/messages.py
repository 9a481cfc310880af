"""The one message bridge: user-facing notices and errors from anywhere reach the window through it.

Non-GUI code (workers, the store opener) calls ``bridge.error(...)``; the signal is delivered on the GUI thread
(queued when emitted elsewhere). The main window shows notices in the status bar and errors in a dialog; tests
connect to ``posted`` and record.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class MessageBridge(QObject):
    """Carries messages to the window.

    Signals:
        posted(level, text): level is "info", "warning" or "error".
    """

    posted = Signal(str, str)

    def info(self, text: str) -> None:
        self.posted.emit("info", text)

    def warning(self, text: str) -> None:
        self.posted.emit("warning", text)

    def error(self, text: str) -> None:
        self.posted.emit("error", text)
