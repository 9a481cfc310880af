"""Icons for tabs and primary actions, by meaning, from the Material Design Icons font shipped in ``qtawesome``.

Why qtawesome: one maintained package (MIT code; the MDI font is Apache 2.0) gives every icon we need as a font glyph
that follows the palette's text colour and stays sharp at any scale, with no SVG files to keep. It costs ~0.15 s to
import and load, so nothing here is touched before the first paint: pages ask for icons when they are built, which is
after it. Without qtawesome (a broken install) every icon is empty and the studio still works.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtGui import QIcon

from studio.ui import style

log = logging.getLogger(__name__)

# meaning → Material Design Icons 6 glyph
NAMES = {
    "voice": "mdi6.microphone-outline",
    "interview": "mdi6.account-voice",
    "exercises": "mdi6.timer-outline",
    "checklists": "mdi6.format-list-checks",
    "library": "mdi6.bookshelf",
    "record": "mdi6.record-circle-outline",
    "stop": "mdi6.stop",
    "pause": "mdi6.pause",
    "play": "mdi6.play",
    "mic_check": "mdi6.microphone-settings",
    "rescan": "mdi6.refresh",
    "import": "mdi6.file-import-outline",
    "export": "mdi6.file-export-outline",
    "delete": "mdi6.delete-outline",
    "rename": "mdi6.pencil-outline",
    "edit": "mdi6.pencil-outline",
    "add": "mdi6.plus",
    "compare": "mdi6.compare-horizontal",
    "analyse": "mdi6.chart-line",
    "start": "mdi6.play-circle-outline",
    "next": "mdi6.skip-next",
    "previous": "mdi6.skip-previous",
    "finish": "mdi6.flag-checkered",
    "retry": "mdi6.restore",
    "skip": "mdi6.debug-step-over",
    "print": "mdi6.printer-outline",
    "pdf": "mdi6.file-pdf-box",
    "markdown": "mdi6.language-markdown-outline",
    "copy": "mdi6.content-copy",
    "star": "mdi6.star-outline",
    "story": "mdi6.book-open-page-variant-outline",
    "rehearse": "mdi6.microphone-message",
    "settings": "mdi6.cog-outline",
    "welcome": "mdi6.hand-wave-outline",
    "calendar": "mdi6.calendar-clock",
    "save": "mdi6.content-save-outline",
    "up": "mdi6.arrow-up",
    "down": "mdi6.arrow-down",
}


@cache
def _qta() -> object | None:
    try:
        import qtawesome  # deliberately late: not before the first paint
    except Exception as exc:  # an icon font must never keep the studio from opening
        log.warning("icons unavailable: %s", exc)
        return None
    return qtawesome


def icon(meaning: str, token: str = "text") -> QIcon:
    """The icon for ``meaning`` (a key of :data:`NAMES`) in the colour of a style token; empty when unavailable."""
    qta = _qta()
    name = NAMES.get(meaning)
    if qta is None or name is None:
        return QIcon()
    try:
        return qta.icon(name, color=style.colour(token), color_disabled=style.colour("muted"))  # type: ignore[attr-defined,no-any-return]
    except Exception as exc:
        log.warning("icon %s unavailable: %s", meaning, exc)
        return QIcon()
