"""The studio's look in one place: colours (light and dark), an 8-px spacing grid, three type sizes, rounded cards.

Widgets never hard-code colours or sizes: they set a dynamic property the style sheet knows —
``role`` on labels (``title``, ``subtitle``, ``caption``, ``verdict``, ``timer``), ``role="primary"`` /
``"danger"`` on the one main button of a view, ``card="true"`` on a QFrame that groups one thing, ``state`` on a
timer or badge (``ok``, ``warn``, ``over``, ``recording``) — and :func:`colour` gives a token's colour to code that
paints (waveform shading, meters).
"""

from __future__ import annotations

GRID = 8  # every margin and gap is a multiple of this
RADIUS = 8

# Type sizes (px): title for a view's heading, body for everything else, caption for hints and units.
TITLE_PX = 20
SUBTITLE_PX = 15
BODY_PX = 13
CAPTION_PX = 11
TIMER_PX = 44

LIGHT = {
    "window": "#f5f6f8",
    "surface": "#ffffff",
    "border": "#dde1e7",
    "text": "#1f2328",
    "muted": "#5a6472",
    "accent": "#1d5fa8",
    "accent_text": "#ffffff",
    "accent_soft": "#e6eef8",
    "ok": "#1a7f37",
    "warn": "#9a5b00",
    "over": "#b42318",
    "recording": "#c62828",
    "pause_band": "#7a869a",
    "fast_band": "#c2410c",
    "filler_band": "#7e3af2",
}

DARK = {
    "window": "#1e1f22",
    "surface": "#2a2c30",
    "border": "#3b3e44",
    "text": "#e8eaed",
    "muted": "#a4acb8",
    "accent": "#7aa7ff",
    "accent_text": "#10141a",
    "accent_soft": "#2c3a52",
    "ok": "#6fcf8a",
    "warn": "#f2b35b",
    "over": "#ff8a80",
    "recording": "#ff6b6b",
    "pause_band": "#8c96a8",
    "fast_band": "#fb923c",
    "filler_band": "#b794f6",
}

_current = LIGHT


def colour(token: str) -> str:
    """The colour of a token (e.g. ``"accent"``, ``"over"``) in the theme now in use."""
    return _current[token]


def use(dark: bool) -> dict[str, str]:
    """Switch the token table (called by ``theme.apply_theme``) and return it."""
    global _current
    _current = DARK if dark else LIGHT
    return _current


def style_sheet(dark: bool) -> str:
    """The application style sheet for the light or dark token table."""
    c = DARK if dark else LIGHT
    g = GRID
    return f"""
QWidget {{ font-size: {BODY_PX}px; }}
QMainWindow, QDialog {{ background: {c["window"]}; }}
QLabel[role="title"] {{ font-size: {TITLE_PX}px; font-weight: 600; color: {c["text"]}; }}
QLabel[role="subtitle"] {{ font-size: {SUBTITLE_PX}px; font-weight: 600; color: {c["text"]}; }}
QLabel[role="caption"] {{ font-size: {CAPTION_PX}px; color: {c["muted"]}; }}
QLabel[role="verdict"] {{ font-size: {SUBTITLE_PX}px; font-weight: 600; }}
QLabel[role="timer"] {{ font-size: {TIMER_PX}px; font-weight: 300; color: {c["text"]}; }}
QLabel[state="ok"] {{ color: {c["ok"]}; }}
QLabel[state="warn"] {{ color: {c["warn"]}; }}
QLabel[state="over"] {{ color: {c["over"]}; }}
QLabel[state="recording"] {{ color: {c["recording"]}; }}
QFrame[card="true"] {{
    background: {c["surface"]}; border: 1px solid {c["border"]}; border-radius: {RADIUS}px;
}}
QGroupBox {{
    background: {c["surface"]}; border: 1px solid {c["border"]}; border-radius: {RADIUS}px;
    margin-top: {g * 2}px; padding: {g}px;
}}
QGroupBox::title {{
    subcontrol-origin: margin; left: {g}px; padding: 0 {g // 2}px; font-weight: 600; color: {c["text"]};
}}
QPushButton, QToolButton {{
    border: 1px solid {c["border"]}; border-radius: 6px; background: {c["surface"]}; color: {c["text"]};
    padding: {g // 2}px {g + g // 2}px; min-height: {g * 3}px;
}}
QPushButton:hover, QToolButton:hover {{ border-color: {c["accent"]}; }}
QPushButton:focus, QToolButton:focus {{ border: 2px solid {c["accent"]}; }}
QPushButton:disabled, QToolButton:disabled {{ color: {c["muted"]}; background: {c["window"]}; }}
QPushButton[role="primary"], QToolButton[role="primary"] {{
    background: {c["accent"]}; color: {c["accent_text"]}; border-color: {c["accent"]}; font-weight: 600;
}}
QPushButton[role="danger"] {{ color: {c["over"]}; }}
QPushButton[role="record"] {{
    background: {c["recording"]}; color: #ffffff; border-color: {c["recording"]}; font-weight: 600;
}}
QPushButton[role="record"]:disabled, QPushButton[role="primary"]:disabled {{
    background: {c["border"]}; color: {c["muted"]}; border-color: {c["border"]};
}}
QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox, QDateTimeEdit, QPlainTextEdit, QTextEdit {{
    border: 1px solid {c["border"]}; border-radius: 6px; background: {c["surface"]}; color: {c["text"]};
    padding: {g // 2}px {g}px; selection-background-color: {c["accent"]}; selection-color: {c["accent_text"]};
}}
QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox, QDateTimeEdit {{ min-height: {g * 3}px; }}
QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: 2px solid {c["accent"]};
}}
QTreeView, QListView, QTableView, QTreeWidget, QListWidget, QTableWidget {{
    border: 1px solid {c["border"]}; border-radius: 6px; background: {c["surface"]}; color: {c["text"]};
    selection-background-color: {c["accent"]}; selection-color: {c["accent_text"]};
}}
QTreeView::item, QListView::item, QTreeWidget::item, QListWidget::item {{ padding: {g // 2}px 2px; }}
QHeaderView::section {{
    background: {c["window"]}; color: {c["muted"]}; border: none; border-bottom: 1px solid {c["border"]};
    padding: {g // 2}px {g}px;
}}
QTabWidget::pane {{ border: none; }}
QTabBar::tab {{
    padding: {g}px {g * 2}px; margin-right: {g // 2}px; border: none; color: {c["muted"]};
    border-bottom: 2px solid transparent;
}}
QTabBar::tab:selected {{ color: {c["text"]}; border-bottom: 2px solid {c["accent"]}; font-weight: 600; }}
QTabBar::tab:hover {{ color: {c["text"]}; }}
QProgressBar {{
    border: 1px solid {c["border"]}; border-radius: 6px; background: {c["surface"]}; text-align: center;
    min-height: {g * 2}px; color: {c["text"]};
}}
QProgressBar::chunk {{ background: {c["accent"]}; border-radius: 5px; }}
QScrollArea {{ border: none; background: transparent; }}
QStatusBar {{ color: {c["muted"]}; }}
QToolTip {{ background: {c["surface"]}; color: {c["text"]}; border: 1px solid {c["border"]}; padding: {g // 2}px; }}
"""
