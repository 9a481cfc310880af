"""Painted widgets of the Exercises tab: the big countdown, the phase strip and the planned-vs-used chart."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from studio.core.exercise import format_duration

OVERTIME_RED = QColor("#d64541")
WARNING_AMBER = QColor("#c98a00")
DONE_GREEN = QColor("#2e9d57")
PLANNED_GREY = QColor("#9aa4ad")
CURRENT_BLUE = QColor("#2f6fb3")


def _fit_font(base: QFont, text: str, width: float, height: float, bold: bool = True) -> QFont:
    """The largest font (by pixel size) whose ``text`` fits in ``width`` x ``height``."""
    font = QFont(base)
    font.setBold(bold)
    font.setPixelSize(100)
    metrics = QFontMetricsF(font)
    scale = min(width / max(metrics.horizontalAdvance(text), 1.0), height / max(metrics.height(), 1.0))
    font.setPixelSize(max(8, int(100 * scale)))
    return font


class CountdownDisplay(QWidget):
    """The countdown, drawn as large as the widget allows so it reads from across a room.

    Shows ``MM:SS`` left in the current phase; from one minute left in amber; in overtime ``+MM:SS`` in red with an
    "Overtime" caption, counting up. ``caption`` is the line under the digits (phase state, "Paused", ...).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the running view's keys work while the timer has focus
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(150)
        self.text = "00:00"
        self.caption = ""
        self.overtime = False
        self.warning = False
        self.paused = False

    def sizeHint(self) -> QSize:
        return QSize(520, 220)

    def show_time(self, text: str, caption: str, *, overtime: bool, warning: bool, paused: bool) -> None:
        """Set what to show; repaints only when something changed."""
        state = (text, caption, overtime, warning, paused)
        if state != (self.text, self.caption, self.overtime, self.warning, self.paused):
            self.text, self.caption, self.overtime, self.warning, self.paused = state
            self.setAccessibleDescription(f"{text} {caption}")
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(8, 4, -8, -4)
        palette = self.palette()
        if self.overtime:
            colour = OVERTIME_RED
        elif self.warning:
            colour = WARNING_AMBER
        else:
            colour = palette.color(QPalette.ColorRole.WindowText)
        if self.paused:
            colour = QColor(colour)
            colour.setAlpha(140)
        caption_h = rect.height() * 0.2 if self.caption else 0.0
        digits = QRectF(rect.left(), rect.top(), rect.width(), rect.height() - caption_h)
        font = _fit_font(self.font(), "+88:88", digits.width() * 0.96, digits.height() * 1.05)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(digits, Qt.AlignmentFlag.AlignCenter, self.text)
        if self.caption:
            cap_rect = QRectF(rect.left(), digits.bottom(), rect.width(), caption_h)
            cap_font = _fit_font(self.font(), self.caption, cap_rect.width() * 0.9, cap_rect.height() * 0.9)
            cap_font.setPixelSize(min(cap_font.pixelSize(), max(14, font.pixelSize() // 4)))
            painter.setFont(cap_font)
            painter.setPen(OVERTIME_RED if self.overtime else palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(cap_rect, Qt.AlignmentFlag.AlignCenter, self.caption)
        if self.hasFocus():
            pen = QPen(palette.color(QPalette.ColorRole.Highlight))
            pen.setWidth(2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 6, 6)


@dataclass(frozen=True)
class StripPhase:
    """What the phase strip shows of one phase."""

    title: str
    budget_s: float
    used_s: float
    current: bool
    planned_s: float = 0.0


MIN_BOX_PX = 48.0


class PhaseStrip(QWidget):
    """A row of phases, widths in proportion to their budgets: time used filled in, overrun in red, current outlined."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phases: list[StripPhase] = []
        self.setMinimumHeight(58)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(600, 62)

    def set_phases(self, phases: Sequence[StripPhase]) -> None:
        new = list(phases)
        if new != self.phases:
            self.phases = new
            self.setAccessibleDescription(
                "; ".join(f"{p.title}: {format_duration(p.used_s)} / {format_duration(p.budget_s)}" for p in new)
            )
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.phases:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        base = palette.color(QPalette.ColorRole.Base)
        bar_h = self.height() - 4.0
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
        for phase, box in zip(self.phases, self.boxes(), strict=True):
            x, w = box.x(), box.width()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(base)
            painter.drawRoundedRect(box, 4, 4)
            used_w = w * min(phase.used_s, phase.budget_s) / max(phase.budget_s, phase.used_s, 1e-9)
            fill = QColor(CURRENT_BLUE if phase.current else DONE_GREEN)
            fill.setAlpha(90)
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(x, 2, used_w, bar_h), 4, 4)
            if phase.used_s > phase.budget_s:
                over = QColor(OVERTIME_RED)
                over.setAlpha(150)
                painter.setBrush(over)
                painter.drawRoundedRect(QRectF(x + used_w, 2, w - used_w, bar_h), 4, 4)
            pen = QPen(CURRENT_BLUE if phase.current else PLANNED_GREY)
            pen.setWidthF(3.0 if phase.current else 1.0)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 4, 4)
            painter.setPen(text_colour)
            title_font = QFont(small)
            title_font.setBold(phase.current)
            painter.setFont(title_font)
            inner = box.adjusted(6, 3, -6, -3)
            title, times = self.texts(phase, inner.width(), QFontMetricsF(title_font), QFontMetricsF(small))
            painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)
            painter.setFont(small)
            painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, times)

    def boxes(self) -> list[QRectF]:
        """Where each phase is drawn: widths in proportion to the plan (a finished or skipped phase keeps its
        place), never narrower than ``MIN_BOX_PX``."""
        if not self.phases:
            return []
        gap = 6.0
        sizes = [max(p.planned_s, p.budget_s, p.used_s, 1.0) for p in self.phases]
        width = self.width() - gap * (len(self.phases) - 1) - 2
        floor = min(MIN_BOX_PX, width / len(self.phases))
        spare = max(0.0, width - floor * len(self.phases))
        total = sum(sizes)
        boxes, x = [], 1.0
        for size in sizes:
            w = floor + spare * size / total
            boxes.append(QRectF(x, 2, w, self.height() - 4.0))
            x += w + gap
        return boxes

    @staticmethod
    def texts(phase: StripPhase, width: float, title_metrics: QFontMetricsF, metrics: QFontMetricsF) -> tuple[str, str]:
        """The title and times drawn in a box ``width`` wide: shortened whole, or left out — never cut mid-glyph."""
        title = title_metrics.elidedText(phase.title, Qt.TextElideMode.ElideRight, width)
        if len(title) <= 2:  # "…" or one letter and "…" says nothing
            title = ""
        times = ""
        for candidate in (
            f"{format_duration(phase.used_s)} / {format_duration(phase.budget_s)}",
            format_duration(phase.used_s),
        ):
            if metrics.horizontalAdvance(candidate) <= width:
                times = candidate
                break
        return title, times


@dataclass(frozen=True)
class ChartRow:
    """One phase in the planned-vs-used chart."""

    title: str
    planned_s: float
    used_s: float


class PhaseChart(QWidget):
    """Horizontal bars per phase: planned (grey) above used (green, red where it ran over), minutes on the axis."""

    def __init__(self, planned_label: str, used_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ChartRow] = []
        self.planned_label, self.used_label = planned_label, used_label
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(600, 60 + 44 * max(len(self.rows), 3))

    def set_rows(self, rows: Sequence[ChartRow]) -> None:
        self.rows = list(rows)
        self.setMinimumHeight(60 + 40 * max(len(self.rows), 1))
        self.setAccessibleDescription(
            "; ".join(f"{r.title}: {format_duration(r.used_s)} / {format_duration(r.planned_s)}" for r in self.rows)
        )
        self.updateGeometry()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.rows:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = QFontMetricsF(self.font())
        label_w = min(self.width() * 0.35, max(metrics.horizontalAdvance(r.title) for r in self.rows) + 12)
        value_w = metrics.horizontalAdvance("00:00 / 00:00") + 12
        left, right = label_w, self.width() - value_w
        legend_h = metrics.height() + 8
        row_h = (self.height() - legend_h - 4) / len(self.rows)
        top_value = max(max(r.planned_s, r.used_s) for r in self.rows) or 1.0
        span = max(right - left, 10.0)
        # legend
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(PLANNED_GREY)
        painter.drawRect(QRectF(left, 4, 14, 10))
        painter.setPen(text_colour)
        painter.drawText(QRectF(left + 20, 0, 200, legend_h), Qt.AlignmentFlag.AlignVCenter, self.planned_label)
        used_x = left + 30 + metrics.horizontalAdvance(self.planned_label)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(DONE_GREEN)
        painter.drawRect(QRectF(used_x, 4, 14, 10))
        painter.setPen(text_colour)
        painter.drawText(QRectF(used_x + 20, 0, 200, legend_h), Qt.AlignmentFlag.AlignVCenter, self.used_label)
        for i, row in enumerate(self.rows):
            y = legend_h + i * row_h
            title = metrics.elidedText(row.title, Qt.TextElideMode.ElideRight, label_w - 8)
            painter.setPen(text_colour)
            painter.drawText(QRectF(0, y, label_w - 8, row_h), Qt.AlignmentFlag.AlignVCenter, title)
            bar_h = max(6.0, row_h * 0.32)
            planned_w = span * row.planned_s / top_value
            used_w = span * row.used_s / top_value
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(PLANNED_GREY)
            painter.drawRect(QRectF(left, y + row_h / 2 - bar_h - 1, planned_w, bar_h))
            painter.setBrush(DONE_GREEN)
            painter.drawRect(QRectF(left, y + row_h / 2 + 1, min(used_w, planned_w), bar_h))
            if used_w > planned_w:
                painter.setBrush(OVERTIME_RED)
                painter.drawRect(QRectF(left + planned_w, y + row_h / 2 + 1, used_w - planned_w, bar_h))
            painter.setPen(OVERTIME_RED if row.used_s > row.planned_s else text_colour)
            painter.drawText(
                QRectF(right + 6, y, value_w, row_h),
                Qt.AlignmentFlag.AlignVCenter,
                f"{format_duration(row.used_s)} / {format_duration(row.planned_s)}",
            )
