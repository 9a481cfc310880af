"""Compare two takes: compact waveforms on one time scale, A/B playback that switches at the same relative position,
and the metric table with differences in each metric's own terms."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from studio.ui import icons, style
from studio.ui.voice.record_bar import format_seconds
from studio.ui.voice.waveform import WaveformView

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from studio.store.models import Take
    from studio.ui.takes import TakeService
    from studio.ui.voice.controller import VoiceController


def relative_switch(position: float, from_duration: float, to_duration: float) -> float:
    """The position in the other take at the same fraction of its length."""
    if from_duration <= 0:
        return 0.0
    return min(to_duration, max(0.0, position / from_duration * to_duration))


class CompareDialog(QDialog):
    """Take A (older) above take B (newer) on one time scale, played through the Voice tab's controller; below them
    the metric table, which gets the room (the waveforms stay compact).

    Args:
        parent: The Voice tab.
        takes: The take service (audio paths and reports).
        controller: Plays the takes.
        output_device: The speakers' device name.
        pair: (take A, take B) with the names the takes list shows.
    """

    WAVE_HEIGHT = 96  # px: enough to see the pauses, small enough to leave the table its rows

    def __init__(
        self,
        parent: QWidget,
        takes: TakeService,
        controller: VoiceController,
        output_device: str,
        pair: tuple[tuple[Take, str], tuple[Take, str]],
    ) -> None:
        super().__init__(parent)
        from studio.audio.peaks import ensure_peaks

        self.service = takes
        self.controller = controller
        self.output_device = output_device
        take_a, take_b = pair[0][0], pair[1][0]
        self.takes = (take_a, take_b)
        self.setWindowTitle(self.tr("Compare takes"))
        self.resize(960, 720)
        self.views: list[WaveformView] = []
        self.titles: list[QLabel] = []
        self.active = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.GRID * 2, style.GRID * 2, style.GRID * 2, style.GRID * 2)
        layout.setSpacing(style.GRID)
        span = max(take_a.duration, take_b.duration)
        for index, (label, (take, name)) in enumerate(zip((self.tr("A"), self.tr("B")), pair, strict=True)):
            view = WaveformView()
            view.setFixedHeight(self.WAVE_HEIGHT)
            view.set_peaks(ensure_peaks(takes.path(take)))
            view.share_time_scale(span)
            view.seek_requested.connect(lambda s, i=index: self.seek(i, s))
            when = QLocale().toString(take.created_at.astimezone(), QLocale.FormatType.ShortFormat)
            title = QLabel(
                self.tr("%1 — %2, %3, %4")
                .replace("%1", f"<b>{label}</b>")
                .replace("%2", html.escape(name))
                .replace("%3", when)
                .replace("%4", format_seconds(take.duration))
            )
            title.setTextFormat(Qt.TextFormat.RichText)
            title.setWordWrap(True)
            layout.addWidget(title)
            layout.addWidget(view)
            self.views.append(view)
            self.titles.append(title)
        self.views[1].setXLink(self.views[0])  # zoom and pan move both: the same second is under the same pixel
        self.play_a = QPushButton(icons.icon("play"), self.tr("Play &A"))
        self.play_b = QPushButton(icons.icon("play"), self.tr("Play &B"))
        self.switch_button = QPushButton(icons.icon("compare"), self.tr("&Switch A/B"))
        self.switch_button.setToolTip(self.tr("Jump to the other take at the same point of the answer"))
        self.stop_button = QPushButton(icons.icon("stop"), self.tr("Stop"))
        row = QHBoxLayout()
        row.setSpacing(style.GRID)
        for button in (self.play_a, self.play_b, self.switch_button, self.stop_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Metric"), self.tr("A"), self.tr("B"), self.tr("Change")])
        self.table.setAccessibleName(self.tr("Metric differences"))
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.legend = QLabel(
            self.tr(
                "Change: B against A. Loudness and voice over noise in dB, time in pauses in percentage points, the "
                "rest in per cent. Coloured only when the change matters: green better, red worse."
            )
        )
        self.legend.setProperty("role", "caption")
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)
        self.no_metrics = QLabel(self.tr("Analyse both takes to see how the metrics changed."))
        self.no_metrics.setWordWrap(True)
        layout.addWidget(self.no_metrics)
        self.play_a.clicked.connect(lambda: self.play(0))
        self.play_b.clicked.connect(lambda: self.play(1))
        self.switch_button.clicked.connect(self.switch)
        self.stop_button.clicked.connect(controller.stop_playback)
        controller.play_position_changed.connect(self._on_position)
        takes.analysed.connect(self._on_analysed)  # a report arriving later fills the table (never stale)
        self.fill_table()

    def play(self, index: int, start: float = 0.0) -> None:
        self.active = index
        self.controller.load(self.service.path(self.takes[index]), self.output_device)
        self.controller.play(start)

    def switch(self) -> None:
        """Continue in the other take at the same relative position."""
        controller = self.controller
        other = 1 - self.active
        position = controller.player.position_seconds if controller.player is not None else 0.0
        target = relative_switch(position, self.takes[self.active].duration, self.takes[other].duration)
        self.play(other, target)

    def seek(self, index: int, seconds: float) -> None:
        if index != self.active:
            self.play(index, seconds)
        else:
            self.controller.seek(seconds)

    def _on_position(self, seconds: float) -> None:
        if self.isVisible():
            self.views[self.active].set_playhead(seconds)

    def _on_analysed(self, take_id: int) -> None:
        if take_id in (take.id for take in self.takes):
            self.fill_table()

    def fill_table(self) -> None:
        """Metric differences from both stored reports; a change is coloured only when it matters (green better)."""
        rows = self.metric_rows()
        self.table.setRowCount(len(rows))
        for r, (name, a, b, change, better) in enumerate(rows):
            for c, text in enumerate((name, a, b, change)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if c > 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == 3 and better is not None:
                    item.setForeground(QBrush(QColor(style.colour("ok" if better else "over"))))
                    item.setToolTip(self.tr("Better") if better else self.tr("Worse"))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        # the table asks for all its rows (the waveforms above are capped), so a maximised window shows them all
        rows_height = sum(self.table.rowHeight(r) for r in range(len(rows)))
        self.table.setMinimumHeight(rows_height + self.table.horizontalHeader().sizeHint().height() + 4)
        self.no_metrics.setVisible(not rows)
        self.legend.setVisible(bool(rows))
        self.table.setVisible(bool(rows))

    def metric_rows(self) -> list[tuple[str, str, str, str, bool | None]]:
        """(metric, A, B, change, B better?) from both takes' current reports; none unless both are analysed."""
        from studio.ui.voice.analysis_view import compare_rows

        ids = [take.id or -1 for take in self.takes]
        reports = self.service.reviews(ids)
        if any(i not in reports for i in ids):
            return []
        return compare_rows(reports[ids[0]], reports[ids[1]])

    def closeEvent(self, event: Any) -> None:
        self.controller.stop_playback()
        for signal, slot in (
            (self.controller.play_position_changed, self._on_position),
            (self.service.analysed, self._on_analysed),
        ):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        super().closeEvent(event)
