"""The recording bar: microphone, mic check, level meter, Record / Pause / Stop, the time against the target, and
what happened live (dropouts, a lost device)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

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


def timing_colour(elapsed: float, target: float) -> str:
    """Speech-club timing cards: green until 2/3 of the target, yellow to the target, red beyond it."""
    if target <= 0 or elapsed < target * 2 / 3:
        return "#2e9d57"
    if elapsed <= target:
        return "#c49000"
    return "#d64541"


class RecordBar(QWidget):
    """Two rows: the microphone with its check and meter; the recording buttons, the time and the live line."""

    def __init__(
        self,
        context: StudioContext,
        controller: VoiceController,
        settings: SettingsRepository,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.controller = controller
        self.settings = settings
        self.audio_message = ""
        self.mic_check_seconds = MIC_CHECK_SECONDS
        self.last_mic_check: Any = None
        self.device_combo = QComboBox()
        self.device_combo.setAccessibleName(self.tr("Microphone"))
        self.device_combo.setMinimumContentsLength(10)
        self.rescan_button = QToolButton()
        self.rescan_button.setText(self.tr("Rescan"))
        self.rescan_button.setToolTip(self.tr("Look for microphones again (after plugging one in)"))
        self.mic_check_button = QPushButton(self.tr("Mic check"))
        self.mic_check_button.setToolTip(self.tr("Speak for five seconds: level, clipping and background noise"))
        self.meter = LevelMeter(clock=context.clock.monotonic)
        self.record_button = QPushButton(self.tr("● Record"))
        self.record_button.setToolTip(self.tr("Record a new take (R)"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setToolTip(self.tr("Pause or resume the take (P)"))
        self.stop_button = QPushButton(self.tr("■ Stop"))
        self.stop_button.setToolTip(self.tr("Stop and keep the take (Esc)"))
        self.elapsed_label = QLabel("0:00 / 1:30")
        self.elapsed_label.setAccessibleName(self.tr("Elapsed time against the target"))
        font = self.elapsed_label.font()
        font.setPointSize(font.pointSize() + 8)
        font.setBold(True)
        self.elapsed_label.setFont(font)
        self.live_label = QLabel("")
        self.live_label.setWordWrap(True)
        first = QHBoxLayout()
        first.addWidget(QLabel(self.tr("Microphone:")))
        first.addWidget(self.device_combo, 1)
        first.addWidget(self.rescan_button)
        first.addWidget(self.mic_check_button)
        first.addWidget(self.meter, 1)
        second = QHBoxLayout()
        for widget in (self.record_button, self.pause_button, self.stop_button):
            second.addWidget(widget)
        second.addSpacing(16)
        second.addWidget(self.elapsed_label)
        second.addSpacing(16)
        second.addWidget(self.live_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(first)
        layout.addLayout(second)
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
        self.device_combo.clear()
        for name in names:
            self.device_combo.addItem(name, name)
        if remembered and remembered not in names and names:
            self.device_combo.insertItem(0, self.tr("%1 (not connected)").replace("%1", remembered), remembered)
        index = self.device_combo.findData(remembered) if remembered else 0
        self.device_combo.setCurrentIndex(max(0, index))
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
        self.live_label.setText(self.tr("Recording…"))

    def _on_recording_state(self, state: str) -> None:
        if state == "paused":
            self.live_label.setText(self.tr("Paused — P resumes the same take."))
        elif state == "recording":
            self.live_label.setText(self.tr("Recording…"))
        else:  # the input closed: the meter must not keep showing the last level
            self.meter.reset()
        self.update_buttons()

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

    def show_time(self, seconds: float, target: float) -> None:
        """The big time display: seconds recorded (or the loaded take's length) against the target."""
        self.elapsed_label.setText(f"{format_seconds(seconds)} / {format_seconds(target)}")
        self.elapsed_label.setStyleSheet(f"color: {timing_colour(seconds, target)}")

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
