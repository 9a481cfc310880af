"""Helpers shared by the GUI tests."""

from __future__ import annotations


class Recorder:
    """Collects what the message bridge posted."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def __call__(self, level: str, text: str) -> None:
        self.messages.append((level, text))

    def texts(self, level: str | None = None) -> list[str]:
        return [t for lvl, t in self.messages if level is None or lvl == level]


def close_shell(shell: object) -> None:
    """Close the window, let queued callbacks run while the store is still open, then close the store."""
    from PySide6.QtWidgets import QApplication

    shell.window.close()  # type: ignore[attr-defined]
    QApplication.processEvents()
    store = shell.context.store  # type: ignore[attr-defined]
    if store is not None:
        store.close()
