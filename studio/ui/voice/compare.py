"""Compare two takes: stacked waveforms, A/B playback that switches at the same relative position, metric deltas."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

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
    """Take A (older) above take B (newer), played through the Voice tab's controller.

    Args:
        parent: The Voice tab.
        takes: The take service (audio paths and reports).
        controller: Plays the takes.
        output_device: The speakers' device name.
        pair: (take A, take B) with the names the takes list shows.
    """

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
        self.resize(900, 620)
        self.views: list[WaveformView] = []
        self.active = 0
        layout = QVBoxLayout(self)
        for index, (label, (take, name)) in enumerate(zip((self.tr("A"), self.tr("B")), pair, strict=True)):
            view = WaveformView()
            view.setMinimumHeight(130)
            view.set_peaks(ensure_peaks(takes.path(take)))
            view.seek_requested.connect(lambda s, i=index: self.seek(i, s))
            when = f"{take.created_at.astimezone():%Y-%m-%d %H:%M}"
            title = QLabel(f"<b>{label}</b> — {name}, {when} ({take.duration:.1f} s)")
            layout.addWidget(title)
            layout.addWidget(view)
            self.views.append(view)
        self.play_a = QPushButton(self.tr("Play &A"))
        self.play_b = QPushButton(self.tr("Play &B"))
        self.switch_button = QPushButton(self.tr("&Switch A/B"))
        self.switch_button.setToolTip(self.tr("Jump to the other take at the same point of the answer"))
        self.stop_button = QPushButton(self.tr("Stop"))
        row = QHBoxLayout()
        for button in (self.play_a, self.play_b, self.switch_button, self.stop_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Metric"), self.tr("A"), self.tr("B"), self.tr("Change")])
        self.table.setAccessibleName(self.tr("Metric differences"))
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)
        self.no_metrics = QLabel(self.tr("Analyse both takes to see how the metrics changed."))
        layout.addWidget(self.no_metrics)
        self.play_a.clicked.connect(lambda: self.play(0))
        self.play_b.clicked.connect(lambda: self.play(1))
        self.switch_button.clicked.connect(self.switch)
        self.stop_button.clicked.connect(controller.stop_playback)
        controller.play_position_changed.connect(self._on_position)
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

    def fill_table(self) -> None:
        """Metric deltas from both stored reports, green where B is better."""
        rows = self.metric_rows()
        self.table.setRowCount(len(rows))
        for r, (name, a, b, change, better) in enumerate(rows):
            for c, text in enumerate((name, a, b, change)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if c == 3 and better is not None:
                    item.setForeground(QBrush(QColor("#2e9d57" if better else "#d64541")))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.no_metrics.setVisible(not rows)
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
        try:
            self.controller.play_position_changed.disconnect(self._on_position)
        except (RuntimeError, TypeError):
            pass
        super().closeEvent(event)
