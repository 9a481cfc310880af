"""Light / dark palettes; "system" follows the OS colour scheme (and its changes)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


def _dark_palette() -> QPalette:
    pal = QPalette()
    window, base, text = QColor(0x2B, 0x2D, 0x31), QColor(0x1F, 0x20, 0x23), QColor(0xEC, 0xEC, 0xEC)
    pal.setColor(QPalette.ColorRole.Window, window)
    pal.setColor(QPalette.ColorRole.WindowText, text)
    pal.setColor(QPalette.ColorRole.Base, base)
    pal.setColor(QPalette.ColorRole.AlternateBase, window)
    pal.setColor(QPalette.ColorRole.ToolTipBase, base)
    pal.setColor(QPalette.ColorRole.ToolTipText, text)
    pal.setColor(QPalette.ColorRole.Text, text)
    pal.setColor(QPalette.ColorRole.Button, QColor(0x3A, 0x3C, 0x41))
    pal.setColor(QPalette.ColorRole.ButtonText, text)
    pal.setColor(QPalette.ColorRole.Highlight, QColor(0x4C, 0x8B, 0xF5))
    pal.setColor(QPalette.ColorRole.HighlightedText, QColor(0x10, 0x10, 0x10))
    pal.setColor(QPalette.ColorRole.Link, QColor(0x8A, 0xB4, 0xF8))
    pal.setColor(QPalette.ColorRole.PlaceholderText, QColor(0xA0, 0xA0, 0xA0))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(0x8A, 0x8A, 0x8A))
    return pal


def _light_palette(base: QPalette) -> QPalette:
    """Fusion's light palette with a darker selection colour, so selected text keeps 4.5:1 contrast."""
    pal = QPalette(base)
    pal.setColor(QPalette.ColorRole.Window, QColor(0xF5, 0xF6, 0xF8))
    pal.setColor(QPalette.ColorRole.Base, QColor(0xFF, 0xFF, 0xFF))
    pal.setColor(QPalette.ColorRole.Text, QColor(0x1F, 0x23, 0x28))
    pal.setColor(QPalette.ColorRole.WindowText, QColor(0x1F, 0x23, 0x28))
    pal.setColor(QPalette.ColorRole.Highlight, QColor(0x1D, 0x5F, 0xA8))
    pal.setColor(QPalette.ColorRole.HighlightedText, QColor(0xFF, 0xFF, 0xFF))
    pal.setColor(QPalette.ColorRole.Link, QColor(0x1D, 0x5F, 0xA8))
    return pal


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, mode: str = "system") -> bool:
    """Apply ``mode`` (system | light | dark): palette and the studio's style sheet; True when dark is in use."""
    from studio.ui import style

    dark = mode == "dark" or (mode == "system" and system_is_dark())
    sheet = style.style_sheet(dark)
    style.use(dark)
    if app.property("studio_dark") == dark and app.styleSheet() == sheet:
        return dark  # already so: re-applying would re-polish every widget for nothing
    app.setStyle("Fusion")
    app.setPalette(_dark_palette() if dark else _light_palette(app.style().standardPalette()))
    app.setStyleSheet(sheet)
    app.setProperty("studio_dark", dark)
    return dark


def follow_system(app: QApplication, mode_getter: object) -> None:
    """Re-apply the theme when the OS scheme changes while the mode is "system"."""

    def _on_changed(_scheme: object) -> None:
        mode = mode_getter() if callable(mode_getter) else "system"
        if mode == "system":
            apply_theme(app, "system")

    QGuiApplication.styleHints().colorSchemeChanged.connect(_on_changed)
