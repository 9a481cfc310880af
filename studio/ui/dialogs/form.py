"""The shape every small editing dialog shares: a form, a line for what is wrong, and OK / Cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout


def error_label() -> QLabel:
    """The red, wrapping line where a dialog says what is wrong with the input."""
    label = QLabel()
    label.setStyleSheet("color: #c0392b")
    label.setWordWrap(True)
    return label


def lay_out_form(dialog: QDialog, form: QFormLayout, note: QLabel, on_accept: Callable[[], None]) -> QDialogButtonBox:
    """Put ``form``, ``note`` and OK / Cancel into ``dialog``; OK calls ``on_accept`` (it validates, then accepts)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(note)
    layout.addWidget(buttons)
    return buttons
