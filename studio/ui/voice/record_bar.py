"""The recording card: Record / Pause / Stop with the big clock (time against the target), what happened live
(dropouts, a lost device), and the microphone with its check, rescan and level meter."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from studio.ui import icons, style
from studio.ui.style import GRID
from studio.ui.widgets.device_names import fill_device_combo
from studio.ui.widgets.level_meter import LevelMeter

if TYPE_CHECKING:
    from studio.store.settings import SettingsRepository
    from studio.ui.context import StudioContext
    from studio.ui.voice.controller import VoiceController

log = logging.getLogger(__name__)

MIC_CHECK_SECONDS = 5.0


def format_seconds(seconds: float) -> str:
    seconds = max(0.0, seconds)
    return f"{int(seconds // 60)}:{int(seconds % 60):02d}"


def timing_state(elapsed: float, target: float) -> str:
    """Speech-club timing cards as a style state: nothing until 2/3 of the target, ``warn`` to it, ``over`` beyond."""
    if target <= 0 or elapsed < target * 2 / 3:
        return ""
    return "warn" if elapsed <= target else "over"


def timing_colour(elapsed: float, target: float) -> str:
    """The speech-club card colour (green, yellow, red) of a time against its target, for code that paints."""
    return {"": "#2e9d57", "warn": "#c49000", "over": "#d64541"}[timing_state(elapsed, target)]


def set_state(widget: QWidget, state: str) -> None:
    """Set a widget's ``state`` style property and let the style sheet apply it at once."""
    if widget.property("state") != state:
        widget.setProperty("state", state)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


class RecordBar(QFrame):
    """A card: Record / Pause / Stop and the big clock first, what happened live under them, then the microphone
    with its check, rescan and level meter."""

    def __init__(
        self,
        context: StudioContext,
        controller: VoiceController,
        settings: SettingsRepository,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setProperty("card", "true")
        self.context = context
        self.controller = controller
        self.settings = settings
        self.audio_message = ""
        self.mic_check_seconds = MIC_CHECK_SECONDS
        self.last_mic_check: Any = None
        self.device_combo = QComboBox()
        self.device_combo.setAccessibleName(self.tr("Microphone"))
        self.device_combo.setMinimumContentsLength(12)
        self.device_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.rescan_button = QToolButton()
        self.rescan_button.setIcon(icons.icon("rescan"))
        self.rescan_button.setAccessibleName(self.tr("Rescan"))
        self.rescan_button.setToolTip(self.tr("Look for microphones again (after plugging one in)"))
        self.mic_check_button = QPushButton(icons.icon("mic_check"), self.tr("Mic check"))
        self.mic_check_button.setToolTip(self.tr("Speak for five seconds: level, clipping and background noise"))
        self.meter = LevelMeter(clock=context.clock.monotonic)
        self.meter.setMinimumWidth(GRID * 12)
        on_record = "surface" if QColor(style.colour("window")).lightness() > 128 else "text"
        self.record_button = QPushButton(icons.icon("record", on_record), self.tr("Record"))
        self.record_button.setProperty("role", "record")
        self.record_button.setToolTip(self.tr("Record a new take (R, or Ctrl+R while typing)"))
        self.record_button.setMinimumHeight(GRID * 5)
        self.pause_button = QPushButton(icons.icon("pause"), self.tr("Pause"))
        self.pause_button.setToolTip(self.tr("Pause or resume the take (P)"))
        self.stop_button = QPushButton(icons.icon("stop"), self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop and keep the take (Esc)"))
        for button in (self.pause_button, self.stop_button):
            button.setMinimumHeight(GRID * 5)
        self.state_label = QLabel("")
        self.state_label.setProperty("role", "caption")
        self.state_label.setAccessibleName(self.tr("Recording state"))
        self.elapsed_label = QLabel("0:00 / 1:30")
        self.elapsed_label.setProperty("role", "timer")
        self.elapsed_label.setAccessibleName(self.tr("Elapsed time against the target"))
        self.elapsed_label.setToolTip(
            self.tr("Time recorded (or the selected take's length) against the target; amber near it, red past it")
        )
        self.live_label = QLabel("")
        self.live_label.setWordWrap(True)
        self.live_label.setProperty("role", "caption")
        transport = QHBoxLayout()
        transport.setSpacing(GRID)
        for widget in (self.record_button, self.pause_button, self.stop_button):
            transport.addWidget(widget)
        transport.addSpacing(GRID)
        transport.addWidget(self.live_label, 1, Qt.AlignmentFlag.AlignVCenter)  # beside the buttons: no empty line
        transport.addWidget(self.state_label, 0, Qt.AlignmentFlag.AlignVCenter)
        transport.addSpacing(GRID)
        transport.addWidget(self.elapsed_label, 0, Qt.AlignmentFlag.AlignVCenter)
        mic = QHBoxLayout()
        mic.setSpacing(GRID)
        mic_label = QLabel(self.tr("Microphone:"))
        mic_label.setBuddy(self.device_combo)
        mic.addWidget(mic_label)
        mic.addWidget(self.device_combo, 2)
        mic.addWidget(self.rescan_button)
        mic.addWidget(self.mic_check_button)
        mic.addWidget(self.meter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(GRID * 2, GRID, GRID * 2, GRID)
        layout.setSpacing(GRID)
        layout.addLayout(transport)
        layout.addLayout(mic)
        self.rescan_button.clicked.connect(lambda: self.refresh_devices(rescan=True))
        self.mic_check_button.clicked.connect(self.mic_check)
        self.device_combo.currentIndexChanged.connect(self._on_device_chosen)
        controller.level_changed.connect(self.meter.set_level)
        controller.state_changed.connect(self._on_recording_state)
        controller.mic_check_finished.connect(self._on_mic_check_finished)

    def device(self) -> str:
        return str(self.device_combo.currentData() or "")

    # ----- devices -----------------------------------------------------------------------------------------
    def refresh_devices(self, rescan: bool = False) -> None:
        """Fill the microphone list (by name; the remembered one is selected)."""
        names: list[str] = []
        message = ""
        lister = self.context.audio.input_devices
        try:
            if lister is not None:
                names = list(lister())
            else:
                from studio.audio import devices

                if rescan:
                    devices.rescan()
                status = devices.audio_status()
                if status.ok:
                    names = [d.name for d in devices.list_input_devices()]
                elif not status.portaudio_loaded:
                    message = self.tr("The audio library PortAudio is missing — install the libportaudio2 package.")
                elif not status.has_input:
                    message = self.tr("No microphone found — connect one, then press Rescan.")
                else:
                    message = status.message
        except Exception as exc:  # PortAudio trouble must not break the tab
            log.exception("listing input devices failed")
            message = str(exc)
        if not names and not message:
            message = self.tr("No microphone found — connect one, then press Rescan.")
        remembered = str(self.settings.get("input_device"))
        self.device_combo.blockSignals(True)
        fill_device_combo(self.device_combo, names, remembered, offer_system_default=False)
        self.device_combo.blockSignals(False)
        self.audio_message = message
        if message:
            self.device_combo.addItem(self.tr("No microphone"), "")
            self.live_label.setText(message)
            self.context.messages.warning(self.tr("Recording is not available: %1").replace("%1", message))
        self.update_buttons()

    def _on_device_chosen(self, *_args: object) -> None:
        if self.device():
            self.settings.set("input_device", self.device())

    # ----- mic check ---------------------------------------------------------------------------------------
    def mic_check(self) -> None:
        """Listen to the chosen microphone for a few seconds; the meter moves, then the verdict is shown."""
        try:
            self.controller.start_mic_check(self.device(), self.mic_check_seconds)
        except Exception as exc:
            self.context.messages.error(self.tr("The microphone cannot be opened: %1").replace("%1", str(exc)))
            return
        self.meter.reset()
        self.live_label.setText(self.tr("Mic check: speak normally for five seconds…"))
        self.update_buttons()

    def _on_mic_check_finished(self, result: Any) -> None:
        self.meter.reset()
        self.live_label.setText(
            self.tr("Mic check: %1 (level %2 dBFS, noise %3 dBFS)")
            .replace("%1", self.mic_verdict_text(result.verdict))
            .replace("%2", f"{result.level_dbfs:.0f}")
            .replace("%3", f"{result.noise_floor_dbfs:.0f}")
        )
        self.last_mic_check = result
        self.update_buttons()

    def mic_verdict_text(self, verdict: str) -> str:
        texts = {
            "no_signal": self.tr("no sound — check that the microphone is connected, selected and not muted"),
            "clipping": self.tr("too loud, the sound clips — lower the input gain or move back"),
            "too_quiet": self.tr("too quiet — move closer or raise the input gain"),
            "too_loud": self.tr("very loud, close to clipping — lower the gain a little"),
            "noisy": self.tr("background noise is high — find a quieter place"),
            "ok": self.tr("the microphone sounds good"),
        }
        return texts.get(verdict, verdict)

    # ----- recording state ---------------------------------------------------------------------------------
    def recording_started(self) -> None:
        self.meter.reset()
        self._show_state(self.controller.recording_state)
        self.live_label.setText(self.tr("Recording…"))

    def _on_recording_state(self, state: str) -> None:
        self._show_state(state)
        if state == "paused":
            self.live_label.setText(self.tr("Paused — P resumes the same take."))
        elif state == "recording":
            self.live_label.setText(self.tr("Recording…"))
        else:  # the input closed: the meter must not keep showing the last level
            self.meter.reset()
        self.update_buttons()

    def _show_state(self, state: str) -> None:
        """The small word beside the clock: "● Recording" in the recording colour, "Paused", or nothing."""
        texts = {"recording": self.tr("● Recording"), "paused": self.tr("Paused")}
        self.state_label.setText(texts.get(state, ""))
        set_state(self.state_label, "recording" if state == "recording" else "")

    def update_buttons(self) -> None:
        state = self.controller.recording_state
        idle = state == "idle" and self.controller.mic_check is None
        available = not self.audio_message
        self.record_button.setEnabled(idle and available)
        self.pause_button.setEnabled(state != "idle")
        self.pause_button.setText(self.tr("Resume") if state == "paused" else self.tr("Pause"))
        self.stop_button.setEnabled(state != "idle")
        self.mic_check_button.setEnabled(idle and available)
        self.device_combo.setEnabled(idle)

    def show_time(self, seconds: float, target: float, live: bool = False) -> None:
        """The big time display: seconds recorded (``live``) or the loaded take's length, against the target."""
        self.elapsed_label.setText(f"{format_seconds(seconds)} / {format_seconds(target)}")
        # calm: the clock keeps the text colour and only turns amber near the target and red past it
        set_state(self.elapsed_label, timing_state(seconds, target) if live else "")

    def show_live_event(self, kind: str, take_time: float, message: str) -> None:
        """Say what happened during the take (and, for trouble, through the message bridge too)."""
        at = format_seconds(take_time)
        messages = self.context.messages
        if kind in ("overflow", "dropped"):
            text = self.tr("Dropout at %1: the computer could not keep up; marked on the waveform.").replace("%1", at)
            messages.warning(text)
        elif kind == "device_lost":
            text = self.tr("The microphone stopped sending sound at %1. The take was saved up to that moment.").replace(
                "%1", at
            )
            messages.error(text)
        elif kind == "write_error":
            text = self.tr(
                "The take could not be written (is the disk full?). Recording stopped; everything up to %1 was kept."
            ).replace("%1", at)
            messages.error(text)
        elif kind == "source_error":
            text = self.tr("The microphone reported an error at %1; the take was saved up to then.").replace("%1", at)
            messages.error(text)
        else:
            text = message
        self.live_label.setText(text)
