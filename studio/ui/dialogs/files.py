"""The file dialogs, behind one seam: tests replace ``files.handler`` instead of patching QFileDialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

# (parent, mode "open" | "save" | "folder", title, suggested path, filter) -> chosen path or None.
Handler = Callable[[QWidget | None, str, str, str, str], Path | None]


def _dialog(parent: QWidget | None, mode: str, title: str, suggested: str, name_filter: str) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    if mode == "save":
        path, _chosen = QFileDialog.getSaveFileName(parent, title, suggested, name_filter)
    elif mode == "folder":
        path = QFileDialog.getExistingDirectory(parent, title, suggested)
    else:
        path, _chosen = QFileDialog.getOpenFileName(parent, title, suggested, name_filter)
    return Path(path) if path else None


handler: Handler = _dialog


def open_file(parent: QWidget | None, title: str, suggested: str, name_filter: str = "") -> Path | None:
    """Ask for an existing file to read; None when cancelled."""
    return handler(parent, "open", title, suggested, name_filter)


def save_file(parent: QWidget | None, title: str, suggested: str, name_filter: str = "") -> Path | None:
    """Ask where to write a file (``suggested`` is the proposed full path); None when cancelled."""
    return handler(parent, "save", title, suggested, name_filter)


def choose_folder(parent: QWidget | None, title: str, suggested: str) -> Path | None:
    """Ask for a folder; None when cancelled."""
    return handler(parent, "folder", title, suggested, "")
