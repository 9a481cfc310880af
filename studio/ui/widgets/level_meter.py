"""A horizontal input level meter (peak bar over RMS bar) with a clipping lamp that holds for two seconds."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

FLOOR_DB = -60.0
CLIP_HOLD_S = 2.0


class LevelMeter(QWidget):
    """Shows the last meter reading; the GUI's poll timer calls :meth:`set_level`, and :meth:`reset` when the input
    closes (a stopped take or a finished mic check), so the bar never freezes at the last level.

    Args:
        clock: Monotonic seconds for the peak fall-back and the clipping lamp (a fake in tests).
    """

    def __init__(self, parent: QWidget | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Input level"))
        self.peak_db = FLOOR_DB
        self.rms_db = FLOOR_DB
        self.clip_until = 0.0
        self._decay_from = (FLOOR_DB, self._clock())

    def sizeHint(self) -> QSize:
        return QSize(220, 22)

    def minimumSizeHint(self) -> QSize:
        return QSize(90, 22)

    @property
    def clipping(self) -> bool:
        return self._clock() < self.clip_until

    def set_level(self, peak_db: float, rms_db: float, clipped: bool) -> None:
        now = self._clock()
        # peak falls back at 20 dB/s so a short burst stays visible
        held, since = self._decay_from
        decayed = held - 20.0 * (now - since)
        if peak_db >= decayed:
            self._decay_from = (peak_db, now)
            decayed = peak_db
        self.peak_db = max(FLOOR_DB, decayed)
        self.rms_db = max(FLOOR_DB, rms_db)
        if clipped:
            self.clip_until = now + CLIP_HOLD_S
        self.setToolTip(
            self.tr("Peak %1 dBFS, level %2 dBFS").replace("%1", f"{peak_db:.0f}").replace("%2", f"{rms_db:.0f}")
        )
        self.update()

    def reset(self) -> None:
        """Back to silence (no input is open)."""
        self.peak_db = self.rms_db = FLOOR_DB
        self._decay_from = (FLOOR_DB, self._clock())
        self.clip_until = 0.0
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        rect = QRectF(self.rect()).adjusted(0, 2, -28, -2)
        painter.fillRect(rect, self.palette().base())
        painter.setPen(self.palette().mid().color())
        painter.drawRect(rect)

        def x_of(db: float) -> float:
            return rect.left() + rect.width() * (min(0.0, max(FLOOR_DB, db)) - FLOOR_DB) / -FLOOR_DB

        colour = (
            QColor("#2e9d57") if self.peak_db < -12 else QColor("#d9a400") if self.peak_db < -3 else QColor("#d64541")
        )
        painter.fillRect(QRectF(rect.left(), rect.top(), x_of(self.peak_db) - rect.left(), rect.height()), colour)
        painter.fillRect(
            QRectF(
                rect.left(), rect.top() + rect.height() * 0.35, x_of(self.rms_db) - rect.left(), rect.height() * 0.3
            ),
            colour.darker(140),
        )
        painter.setPen(self.palette().mid().color())
        for db in (-48, -36, -24, -12, -6, -3):
            x = x_of(db)
            painter.drawLine(int(x), int(rect.bottom() - 4), int(x), int(rect.bottom()))
        lamp = QRectF(self.width() - 22, (self.height() - 16) / 2, 16, 16)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(QColor("#e02424") if self.clipping else self.palette().mid().color())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(lamp)
        painter.end()
