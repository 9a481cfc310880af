"""Painted widgets of the Exercises tab: the big countdown, the phase strip and the planned-vs-used chart."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from studio.core.exercise import format_duration
from studio.ui import style


def _token(name: str) -> QColor:
    """A style token's colour in the theme now in use."""
    return QColor(style.colour(name))


def _fit_font(base: QFont, text: str, width: float, height: float, weight: QFont.Weight = QFont.Weight.Bold) -> QFont:
    """The largest font (by pixel size) whose ``text`` fits in ``width`` x ``height``."""
    font = QFont(base)
    font.setWeight(weight)
    font.setPixelSize(100)
    metrics = QFontMetricsF(font)
    scale = min(width / max(metrics.horizontalAdvance(text), 1.0), height / max(metrics.height(), 1.0))
    font.setPixelSize(max(8, int(100 * scale)))
    return font


TIMER_MAX_PX = 168  # large enough to read from across a room, not so large it shouts
STATES = ("ok", "warn", "over", "paused")


class CountdownDisplay(QWidget):
    """The countdown: light digits on a calm card, large enough to read from across a room.

    Shows ``MM:SS`` left in the current phase in the text colour; colour only says the state: from one minute left
    the ``warn`` colour, in overtime ``+MM:SS`` in the ``over`` colour, counting up; paused, muted. The same state is
    the widget's ``state`` property (``ok`` / ``warn`` / ``over`` / ``paused``) for the style sheet and for tests.
    ``caption`` is the quiet line under the digits (phase state, "Paused", ...).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the running view's keys work while the timer has focus
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(style.GRID * 18)
        self.setProperty("state", "ok")
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
            shown = self.state()
            if self.property("state") != shown:
                self.setProperty("state", shown)
                self.style().unpolish(self)
                self.style().polish(self)
            self.update()

    def state(self) -> str:
        """``over`` in overtime, else ``paused``, ``warn`` in the last minute, or ``ok``."""
        if self.overtime:
            return "over"
        if self.paused:
            return "paused"
        return "warn" if self.warning else "ok"

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(QPen(QColor(style.colour("border")), 1.0))
        painter.setBrush(QColor(style.colour("surface")))
        painter.drawRoundedRect(card, style.RADIUS * 2, style.RADIUS * 2)
        state = self.state()
        colour = QColor(style.colour({"over": "over", "warn": "warn", "paused": "muted"}.get(state, "text")))
        g = style.GRID
        rect = card.adjusted(g * 2, g, -g * 2, -g)
        caption_h = min(rect.height() * 0.22, g * 5.0) if self.caption else 0.0
        digits = QRectF(rect.left(), rect.top(), rect.width(), rect.height() - caption_h)
        font = _fit_font(self.font(), "+88:88", digits.width() * 0.9, digits.height() * 1.05, QFont.Weight.Light)
        font.setPixelSize(min(font.pixelSize(), TIMER_MAX_PX))
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setFeature(QFont.Tag("tnum"), 1)  # digits of one width: the time does not jiggle as it counts
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(digits, Qt.AlignmentFlag.AlignCenter, self.text)
        if self.caption:
            cap_rect = QRectF(rect.left(), digits.bottom(), rect.width(), caption_h)
            cap_font = QFont(self.font())
            cap_font.setWeight(QFont.Weight.Normal)
            cap_font.setPixelSize(max(style.BODY_PX, min(style.SUBTITLE_PX + 3, font.pixelSize() // 7)))
            painter.setFont(cap_font)
            painter.setPen(QColor(style.colour("over" if state == "over" else "muted")))
            caption = QFontMetricsF(cap_font).elidedText(self.caption, Qt.TextElideMode.ElideRight, cap_rect.width())
            painter.drawText(cap_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, caption)
        if self.hasFocus():
            pen = QPen(QColor(style.colour("accent")))
            pen.setWidth(2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(1, 1, -1, -1), style.RADIUS * 2, style.RADIUS * 2)


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
        self.setMinimumHeight(style.GRID * 8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(600, style.GRID * 8)

    def set_phases(self, phases: Sequence[StripPhase]) -> None:
        new = list(phases)
        if new != self.phases:
            self.phases = new
            lines = [f"{p.title}: {format_duration(p.used_s)} / {format_duration(p.budget_s)}" for p in new]
            self.setAccessibleDescription("; ".join(lines))
            self.setToolTip("\n".join(lines))  # the whole titles, when a narrow box shortens one
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
            fill = _token("accent" if phase.current else "ok")
            fill.setAlpha(90)
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(x, 2, used_w, bar_h), 4, 4)
            if phase.used_s > phase.budget_s:
                over = _token("over")
                over.setAlpha(150)
                painter.setBrush(over)
                painter.drawRoundedRect(QRectF(x + used_w, 2, w - used_w, bar_h), 4, 4)
            pen = QPen(_token("accent" if phase.current else "border"))
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
        """The title and times drawn in a box ``width`` wide: the title on up to two lines (the second shortened if it
        must be), or left out — never cut mid-glyph."""
        title = PhaseStrip.two_lines(phase.title, width, title_metrics)
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

    @staticmethod
    def two_lines(text: str, width: float, metrics: QFontMetricsF) -> str:
        """``text`` whole if it fits on one line, else broken at a space onto two, the second elided if too long."""
        if metrics.horizontalAdvance(text) <= width:
            return text
        words = text.split()
        first = ""
        while words and metrics.horizontalAdvance((first + " " + words[0]).strip()) <= width:
            first = (first + " " + words.pop(0)).strip()
        if not first:
            return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        return first + "\n" + metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width)


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
        painter.setBrush(_token("muted"))
        painter.drawRect(QRectF(left, 4, 14, 10))
        painter.setPen(text_colour)
        painter.drawText(QRectF(left + 20, 0, 200, legend_h), Qt.AlignmentFlag.AlignVCenter, self.planned_label)
        used_x = left + 30 + metrics.horizontalAdvance(self.planned_label)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_token("ok"))
        painter.drawRect(QRectF(used_x, 4, 14, 10))
        painter.setPen(text_colour)
        painter.drawText(QRectF(used_x + 20, 0, 200, legend_h), Qt.AlignmentFlag.AlignVCenter, self.used_label)
        for i, row in enumerate(self.rows):
            y = legend_h + i * row_h
            title = PhaseStrip.two_lines(row.title, label_w - 8, metrics)  # wrapped, not cut: rows have room
            painter.setPen(text_colour)
            painter.drawText(QRectF(0, y, label_w - 8, row_h), Qt.AlignmentFlag.AlignVCenter, title)
            bar_h = max(6.0, row_h * 0.32)
            planned_w = span * row.planned_s / top_value
            used_w = span * row.used_s / top_value
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_token("muted"))
            painter.drawRect(QRectF(left, y + row_h / 2 - bar_h - 1, planned_w, bar_h))
            painter.setBrush(_token("ok"))
            painter.drawRect(QRectF(left, y + row_h / 2 + 1, min(used_w, planned_w), bar_h))
            if used_w > planned_w:
                painter.setBrush(_token("over"))
                painter.drawRect(QRectF(left + planned_w, y + row_h / 2 + 1, used_w - planned_w, bar_h))
            painter.setPen(_token("over") if row.used_s > row.planned_s else text_colour)
            painter.drawText(
                QRectF(right + 6, y, value_w, row_h),
                Qt.AlignmentFlag.AlignVCenter,
                f"{format_duration(row.used_s)} / {format_duration(row.planned_s)}",
            )
