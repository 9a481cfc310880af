"""Accessibility: every interactive widget has an accessible name; palettes meet 4.5:1 contrast."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from studio.ui.shell import Shell
from studio.ui.theme import apply_theme

INTERACTIVE = (
    QAbstractButton,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractSlider,
)


def accessible_name(widget: QWidget) -> str:
    """The name assistive technology reads (explicit name, button text, or a buddy label)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    name = iface.text(QAccessible.Text.Name) if iface is not None else ""
    return (name or widget.accessibleName() or "").replace("&", "").strip()


def unnamed_widgets(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget, (QScrollBar, QHeaderView)) or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):  # inner editors of composite controls
            continue
        if not accessible_name(widget):
            missing.append(f"{type(widget).__name__} in {type(widget.parent()).__name__} {widget.objectName()!r}")
    return missing


def test_every_interactive_widget_is_named(shell: Shell) -> None:
    """Walk every tab: each visible button, field, list and box has an accessible name."""
    window = shell.window
    problems: list[str] = []
    for index, key in enumerate(window.TAB_KEYS):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        problems += [f"[{key}] {p}" for p in unnamed_widgets(window)]
    assert not sorted(set(problems)), "\n".join(sorted(set(problems)))


def contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_palette_contrast(qapp: QApplication, mode: str) -> None:
    """Text on its background meets WCAG AA (4.5:1) in the light and the dark palette."""
    saved = qapp.palette()
    try:
        apply_theme(qapp, mode)
        pal = qapp.palette()
        pairs = [
            (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
            (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
            (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
            (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
            (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
        ]
        for fg, bg in pairs:
            ratio = contrast(pal.color(fg), pal.color(bg))
            assert ratio >= 4.5, f"{mode}: {fg.name} on {bg.name} is {ratio:.2f}:1"
    finally:
        qapp.setPalette(saved)
