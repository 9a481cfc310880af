"""Compare two takes: stacked waveforms, A/B playback that switches at the same relative position, metric deltas."""

from __future__ import annotations

import json
from typing import Any

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


def relative_switch(position: float, from_duration: float, to_duration: float) -> float:
    """The position in the other take at the same fraction of its length."""
    if from_duration <= 0:
        return 0.0
    return min(to_duration, max(0.0, position / from_duration * to_duration))


class CompareDialog(QDialog):
    """Take A (older) above take B (newer)."""

    def __init__(self, page: Any, take_a: Any, take_b: Any) -> None:
        super().__init__(page)
        from studio.audio.peaks import ensure_peaks

        self.page = page
        self.takes = (take_a, take_b)
        self.setWindowTitle(self.tr("Compare takes"))
        self.resize(900, 620)
        self.views: list[WaveformView] = []
        self.active = 0
        layout = QVBoxLayout(self)
        for index, (label, take) in enumerate(((self.tr("A"), take_a), (self.tr("B"), take_b))):
            view = WaveformView()
            view.setMinimumHeight(130)
            view.set_peaks(ensure_peaks(page.repo.absolute(take)))
            view.seek_requested.connect(lambda s, i=index: self.seek(i, s))
            when = take.name or f"{take.created_at.astimezone():%Y-%m-%d %H:%M}"
            title = QLabel(f"<b>{label}</b> — {when} ({take.duration:.1f} s)")
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
        self.stop_button.clicked.connect(page.controller.stop_playback)
        page.controller.play_position_changed.connect(self._on_position)
        self.fill_table()

    def _path(self, index: int) -> Any:
        return self.page.repo.absolute(self.takes[index])

    def play(self, index: int, start: float = 0.0) -> None:
        controller = self.page.controller
        self.active = index
        controller.load(self._path(index), str(self.page.settings.get("output_device")))
        controller.play(start)

    def switch(self) -> None:
        """Continue in the other take at the same relative position."""
        controller = self.page.controller
        other = 1 - self.active
        position = controller.player.position_seconds if controller.player is not None else 0.0
        target = relative_switch(position, self.takes[self.active].duration, self.takes[other].duration)
        self.play(other, target)

    def seek(self, index: int, seconds: float) -> None:
        if index != self.active:
            self.play(index, seconds)
        else:
            self.page.controller.seek(seconds)

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
        reports = [self.page.repo.report(t.id) for t in self.takes]
        if any(r is None for r in reports):
            return []
        data = [json.loads(r.report) for r in reports]  # type: ignore[union-attr]
        compare = getattr(self.page, "compare_metrics", None)
        return compare(data[0], data[1]) if callable(compare) else []

    def closeEvent(self, event: Any) -> None:
        self.page.controller.stop_playback()
        try:
            self.page.controller.play_position_changed.disconnect(self._on_position)
        except (RuntimeError, TypeError):
            pass
        super().closeEvent(event)
