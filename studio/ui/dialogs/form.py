"""The shape every small editing dialog shares: a form, a line for what is wrong, and OK / Cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from studio.ui.style import GRID


def error_label() -> QLabel:
    """The red, wrapping line where a dialog says what is wrong with the input."""
    label = QLabel()
    label.setProperty("state", "over")  # the style sheet's colour for what is wrong, in both themes
    label.setWordWrap(True)
    return label


def lay_out_form(dialog: QDialog, form: QFormLayout, note: QLabel, on_accept: Callable[[], None]) -> QDialogButtonBox:
    """Put ``form``, ``note`` and OK / Cancel into ``dialog``; OK calls ``on_accept`` (it validates, then accepts)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setProperty("role", "primary")
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    form.setHorizontalSpacing(GRID * 2)
    form.setVerticalSpacing(GRID)
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(GRID * 2, GRID * 2, GRID * 2, GRID * 2)
    layout.setSpacing(GRID)
    layout.addLayout(form)
    layout.addWidget(note)
    layout.addWidget(buttons)
    return buttons
