"""The waveform of the loaded take (or of the take being recorded), its pitch contour, a legend for every band it
shows, and the playback transport. Clicking a filled-pause mark plays that passage and asks the review to check it.
"""

from __future__ import annotations

import html
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from studio.ui import icons
from studio.ui.style import GRID
from studio.ui.voice.analysis_view import filler_marks, legend, shading
from studio.ui.voice.charts import PitchView
from studio.ui.voice.record_bar import format_seconds
from studio.ui.voice.waveform import WaveformView, band_colour

# Sound played around a filled-pause mark when it is checked, so the user hears it in its context.
PASSAGE_CONTEXT_S = 0.4

if TYPE_CHECKING:
    from studio.analysis.report import DeliveryReport
    from studio.store.models import Take
    from studio.ui.context import StudioContext
    from studio.ui.voice.controller import VoiceController

log = logging.getLogger(__name__)


class PlayerPanel(QWidget):
    """Waveform, pitch contour, band legend, Play / Stop / Loop, position and zoom; plays through the Voice controller.

    Signals:
    filler_clicked(object): a filled-pause mark (``FilledMark``) was clicked on the waveform; its passage plays.
    """

    filler_clicked = Signal(object)

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
        self.fillers: list[Any] = []
        # one wrapping line of coloured squares and words: it folds onto a second line in a narrow window or a
        # longer language instead of squeezing the words into each other
        self.legend_label = QLabel()
        self.legend_label.setWordWrap(True)
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        self.legend_label.setProperty("role", "caption")
        self.legend_label.setAccessibleName(self.tr("Legend of the waveform's bands"))
        self.legend_label.hide()
        self.legend_items: list[tuple[str, str]] = []
        self.play_button = QPushButton(icons.icon("play"), self.tr("Play"))
        self.play_button.setToolTip(self.tr("Play or pause the selected take (Space)"))
        self.stop_button = QPushButton(icons.icon("stop"), "")
        self.stop_button.setToolTip(self.tr("Stop playback"))
        self.stop_button.setAccessibleName(self.tr("Stop playback"))
        self.loop_check = QCheckBox(self.tr("&Loop selection"))
        self.loop_check.setToolTip(self.tr("Shift+drag on the waveform to select a passage"))
        self.position_label = QLabel("0:00")
        self.position_label.setAccessibleName(self.tr("Playback position"))
        transport = QHBoxLayout()
        transport.setSpacing(GRID)
        for widget in (self.play_button, self.stop_button):
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
        # the legend shares its line with Loop, so the transport row stays short enough for a narrow window
        legend_row = QHBoxLayout()
        legend_row.setSpacing(GRID)
        legend_row.addWidget(self.legend_label, 1)
        legend_row.addStretch(0)
        legend_row.addWidget(self.loop_check, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(transport)
        layout.addLayout(legend_row)
        self.play_button.clicked.connect(self.toggle_play)
        self.stop_button.clicked.connect(controller.stop_playback)
        self.waveform.seek_requested.connect(self._on_seek)
        self.waveform.mark_clicked.connect(self._on_seek)
        self.waveform.filler_clicked.connect(self._on_filler_clicked)
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
        """Shade pauses and off-band pace, mark filled pauses, explain them in the legend and draw the pitch contour
        (nothing without a report)."""
        self.waveform.set_shading(shading(report) if report is not None else [])
        self.fillers = filler_marks(report) if report is not None else []
        self.waveform.set_fillers([(mark.start, mark.end, sure) for mark, sure in self.fillers])
        self._show_legend(legend(report) if report is not None else [])
        if report is not None:
            self.pitch_view.set_contour(report.pitch_times, report.pitch_hz)
        self.pitch_view.setVisible(report is not None and bool(report.pitch_times))

    def _show_legend(self, items: list[tuple[str, str]]) -> None:
        """One coloured square and one short text per kind of band shown; hidden when nothing is shaded."""
        self.legend_items = items
        parts = []
        for kind, text in items:
            colour = band_colour(kind)
            alpha = max(colour.alpha(), 110) / 255
            square = f"rgba({colour.red()},{colour.green()},{colour.blue()},{alpha:.2f})"
            words = html.escape(text).replace(" ", "&nbsp;")
            parts.append(f"<span style='color:{square}; font-size:15px'>■</span>&nbsp;{words}")
        self.legend_label.setText(" &nbsp; ".join(parts))
        self.legend_label.setVisible(bool(items))

    def legend_kinds(self) -> list[str]:
        """The kinds the legend explains now, in order."""
        return [kind for kind, _text in self.legend_items]

    def play_passage(self, start: float, end: float) -> None:
        """Play a short passage once (a filled-pause mark with a little sound either side)."""
        if self.controller.recording_state != "idle" or self.loaded_take is None:
            return
        if self.playback_problem:
            self.context.messages.warning(self.playback_problem)
            return
        self.controller.play(max(0.0, start - PASSAGE_CONTEXT_S), end + PASSAGE_CONTEXT_S)

    def _on_filler_clicked(self, index: int) -> None:
        if 0 <= index < len(self.fillers):
            mark = self.fillers[index][0]
            self.play_passage(mark.start, mark.end)
            self.filler_clicked.emit(mark)

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
        playing = state == "playing"
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        self.play_button.setIcon(icons.icon("pause" if playing else "play"))
        self.waveform.set_follow_playhead(state == "playing")
