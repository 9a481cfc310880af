"""The waveform of the loaded take (or of the take being recorded), its pitch contour and the playback transport."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from studio.ui.voice.analysis_view import PitchView, shading
from studio.ui.voice.record_bar import format_seconds
from studio.ui.voice.waveform import WaveformView

if TYPE_CHECKING:
    from studio.analysis.report import DeliveryReport
    from studio.store.models import Take
    from studio.ui.context import StudioContext
    from studio.ui.voice.controller import VoiceController

log = logging.getLogger(__name__)


class PlayerPanel(QWidget):
    """Waveform, pitch contour, Play / Stop / Loop, position and zoom; plays through the Voice controller."""

    def __init__(self, context: StudioContext, controller: VoiceController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.controller = controller
        self.loaded_take: int | None = None
        self.playback_problem = ""
        self.waveform = WaveformView()
        self.pitch_view = PitchView()
        self.pitch_view.setXLink(self.waveform)
        self.pitch_view.hide()
        self.play_button = QPushButton(self.tr("▶ Play"))
        self.play_button.setToolTip(self.tr("Play or pause the selected take (Space)"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.loop_check = QCheckBox(self.tr("&Loop selection"))
        self.loop_check.setToolTip(self.tr("Shift+drag on the waveform to select a passage"))
        self.position_label = QLabel("0:00")
        transport = QHBoxLayout()
        for widget in (self.play_button, self.stop_button, self.loop_check):
            transport.addWidget(widget)
        transport.addStretch(1)
        transport.addWidget(self.position_label)
        for text, tip, slot in (
            ("+", self.tr("Zoom in (+)"), lambda: self.waveform.zoom(0.5, self.waveform.playhead())),
            ("−", self.tr("Zoom out (-)"), lambda: self.waveform.zoom(2.0)),
            (self.tr("Fit"), self.tr("Show the whole take (0)"), self.waveform.fit),
        ):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            transport.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.waveform, 1)
        layout.addWidget(self.pitch_view)
        layout.addLayout(transport)
        self.play_button.clicked.connect(self.toggle_play)
        self.stop_button.clicked.connect(controller.stop_playback)
        self.waveform.seek_requested.connect(self._on_seek)
        self.waveform.mark_clicked.connect(self._on_seek)
        controller.play_position_changed.connect(self._on_play_position)
        controller.playback_state_changed.connect(self._on_playback_state)

    def load(self, take: Take, output_device: str) -> bool:
        """Put a take on the waveform and in the player; False (after saying why) when it cannot be opened."""
        from studio.audio.peaks import ensure_peaks

        path = self.context.takes.path(take)
        try:
            peaks = ensure_peaks(path)
        except Exception as exc:
            self.context.messages.error(self.tr("The take cannot be opened: %1").replace("%1", str(exc)))
            return False
        self.waveform.set_peaks(peaks)
        self.waveform.set_marks([(mark.t, mark.kind) for mark in self.context.takes.marks(take)])
        self.waveform.set_shading([])
        self.pitch_view.clear_contour()
        self.loaded_take = take.id
        try:
            self.controller.load(path, output_device)
        except Exception as exc:
            from studio.audio.errors import AudioUnavailableError, DeviceNotFoundError

            log.warning("player cannot load %s: %s", path, exc)
            if isinstance(exc, DeviceNotFoundError):
                reason = self.tr("no speakers or headphones found — connect them, then press Rescan")
            elif isinstance(exc, AudioUnavailableError):
                reason = self.tr("the audio library PortAudio is missing (package libportaudio2)")
            else:
                reason = str(exc)
            # said when the user asks to play, not on every selection
            self.playback_problem = self.tr("Playback is not available: %1").replace("%1", reason)
        else:
            self.playback_problem = ""
        return True

    def unload(self) -> None:
        """Nothing loaded (recording starts, or the loaded take went to the trash)."""
        self.controller.stop_playback()
        self.waveform.clear_take()
        self.pitch_view.hide()
        self.loaded_take = None

    def show_report(self, report: DeliveryReport | None) -> None:
        """Shade pauses and off-band pace on the waveform and draw the pitch contour (nothing without a report)."""
        self.waveform.set_shading(shading(report) if report is not None else [])
        if report is not None:
            self.pitch_view.set_contour(report.pitch_times, report.pitch_hz)
        self.pitch_view.setVisible(report is not None and bool(report.pitch_times))

    def toggle_play(self) -> None:
        if self.controller.recording_state != "idle":
            return
        if self.playback_problem:
            self.context.messages.warning(self.playback_problem)
            return
        self.controller.toggle_play(self.waveform.selection(), self.loop_check.isChecked())

    def update_buttons(self, idle: bool) -> None:
        has_take = self.loaded_take is not None
        self.play_button.setEnabled(idle and has_take)
        self.stop_button.setEnabled(has_take)

    def _on_seek(self, seconds: float) -> None:
        self.controller.seek(seconds)
        self.waveform.set_playhead(seconds)

    def _on_play_position(self, seconds: float) -> None:
        self.waveform.set_playhead(seconds)
        self.position_label.setText(format_seconds(seconds))

    def _on_playback_state(self, state: str) -> None:
        self.play_button.setText(self.tr("❚❚ Pause") if state == "playing" else self.tr("▶ Play"))
        self.waveform.set_follow_playhead(state == "playing")
