"""The Voice tab: prompts with a prompter, the recording bar, the waveform, the takes list, review and compare.

Keys: R record, P pause/resume, Esc stop recording, Space play/pause, and the waveform's own keys.
"""

from __future__ import annotations

import json
import logging
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.ui.context import StudioContext
from studio.ui.voice.controller import VoiceController
from studio.ui.voice.review import ReviewPanel
from studio.ui.voice.waveform import WaveformView
from studio.ui.widgets.level_meter import LevelMeter

log = logging.getLogger(__name__)

TARGETS = (60, 90, 120)
TAKE_ID_ROLE = Qt.ItemDataRole.UserRole


def format_seconds(seconds: float) -> str:
    seconds = max(0.0, seconds)
    return f"{int(seconds // 60)}:{int(seconds % 60):02d}"


def timing_colour(elapsed: float, target: float) -> str:
    """Speech-club timing cards: green until 2/3 of the target... yellow to the target, red beyond it."""
    if target <= 0 or elapsed < target * 2 / 3:
        return "#2e9d57"
    if elapsed <= target:
        return "#c49000"
    return "#d64541"


class _TrashTake(QUndoCommand):
    def __init__(self, page: VoicePage, take_id: int, name: str) -> None:
        super().__init__(QCoreApplication.translate("VoicePage", "Delete take “%1”").replace("%1", name))
        self._page, self._id = page, take_id

    def redo(self) -> None:
        self._page.repo.trash_take(self._id)
        self._page.refresh_takes()

    def undo(self) -> None:
        self._page.repo.restore_take(self._id)
        self._page.refresh_takes(select=self._id)


class VoicePage(QWidget):
    """Signals:
    take_saved(int): a take was stored (recorded, imported or recovered).
    analysed(int): a take's delivery report was stored.
    take_selected(object): the selected take id, or None.
    """

    take_saved = Signal(int)
    take_selected = Signal(object)
    analysed = Signal(int)

    def __init__(self, context: StudioContext, window: Any = None) -> None:
        super().__init__()
        from studio.store.settings import SettingsRepository
        from studio.store.voice import VoiceRepository

        assert context.store is not None
        self.context = context
        self.window_ref = window
        self.repo = VoiceRepository(context.store, context.paths.data_dir)
        self.settings = SettingsRepository(context.store)
        self.controller = VoiceController(context, self)
        self.interview_id: int | None = None
        self.undo_stack = window.undo_stack if window is not None else None
        self._loaded_take: int | None = None
        self._analysis: Any = None
        self._analysing: int | None = None
        self._build()
        self._connect()
        self.reload_prompts()
        self.refresh_devices()
        if window is not None:
            window.interviews.selection_changed.connect(self._on_interview_selected)
            self._add_menu(window)
        QTimer.singleShot(0, self.offer_recovery)

    # ----- building ----------------------------------------------------------------------------------------------
    def _build(self) -> None:
        # prompt row
        self.prompt_combo = QComboBox()
        self.prompt_combo.setAccessibleName(self.tr("Prompt"))
        self.prompt_combo.setMinimumContentsLength(14)
        self.new_prompt_button = QPushButton(self.tr("New prompt…"))
        self.target_combo = QComboBox()
        self.target_combo.setAccessibleName(self.tr("Target length"))
        for seconds in TARGETS:
            self.target_combo.addItem(self.tr("%1 s").replace("%1", str(seconds)), seconds)
        self.target_combo.addItem(self.tr("Custom"), 0)
        self.target_spin = QSpinBox()
        self.target_spin.setRange(10, 1800)
        self.target_spin.setSuffix(self.tr(" s"))
        self.target_spin.setAccessibleName(self.tr("Custom target length in seconds"))
        self.prompter_toggle = QCheckBox(self.tr("Show &script"))
        self.prompter_toggle.setChecked(True)
        prompt_row = QHBoxLayout()
        prompt_row.addWidget(QLabel(self.tr("Prompt:")))
        prompt_row.addWidget(self.prompt_combo, 1)
        prompt_row.addWidget(self.new_prompt_button)
        prompt_row.addSpacing(12)
        prompt_row.addWidget(QLabel(self.tr("Target:")))
        prompt_row.addWidget(self.target_combo)
        prompt_row.addWidget(self.target_spin)
        prompt_row.addWidget(self.prompter_toggle)

        # prompter
        self.script_edit = QPlainTextEdit()
        self.script_edit.setAccessibleName(self.tr("Script or outline"))
        self.script_edit.setPlaceholderText(
            self.tr(
                "Your script or bullet outline. For a self-introduction: who you are, relevant experience, "
                "two or three achievements with numbers, why this role, your goals."
            )
        )
        self.font_spin = QSpinBox()
        self.font_spin.setRange(9, 40)
        self.font_spin.setValue(int(self.settings.get("prompter_font_pt")))
        self.font_spin.setAccessibleName(self.tr("Prompter font size"))
        self.font_spin.setSuffix(self.tr(" pt"))
        prompter_box = QGroupBox(self.tr("Prompter"))
        pl = QVBoxLayout(prompter_box)
        fl = QHBoxLayout()
        fl.addWidget(QLabel(self.tr("Font size:")))
        fl.addWidget(self.font_spin)
        fl.addStretch(1)
        pl.addLayout(fl)
        pl.addWidget(self.script_edit, 1)
        self.prompter = prompter_box
        self._apply_font()

        # recording bar
        self.device_combo = QComboBox()
        self.device_combo.setAccessibleName(self.tr("Microphone"))
        self.device_combo.setMinimumContentsLength(10)
        self.rescan_button = QToolButton()
        self.rescan_button.setText(self.tr("Rescan"))
        self.rescan_button.setToolTip(self.tr("Look for microphones again (after plugging one in)"))
        self.mic_check_button = QPushButton(self.tr("Mic check"))
        self.mic_check_button.setToolTip(self.tr("Speak for five seconds: level, clipping and background noise"))
        self.meter = LevelMeter()
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
        rec_row = QHBoxLayout()
        rec_row.addWidget(QLabel(self.tr("Microphone:")))
        rec_row.addWidget(self.device_combo, 1)
        rec_row.addWidget(self.rescan_button)
        rec_row.addWidget(self.mic_check_button)
        rec_row.addWidget(self.meter, 1)
        rec_row2 = QHBoxLayout()
        rec_row2.addWidget(self.record_button)
        rec_row2.addWidget(self.pause_button)
        rec_row2.addWidget(self.stop_button)
        rec_row2.addSpacing(16)
        rec_row2.addWidget(self.elapsed_label)
        rec_row2.addSpacing(16)
        rec_row2.addWidget(self.live_label, 1)

        # waveform + transport
        self.waveform = WaveformView()
        self.play_button = QPushButton(self.tr("▶ Play"))
        self.play_button.setToolTip(self.tr("Play or pause the selected take (Space)"))
        self.stop_play_button = QPushButton(self.tr("Stop"))
        self.loop_check = QCheckBox(self.tr("&Loop selection"))
        self.loop_check.setToolTip(self.tr("Shift+drag on the waveform to select a passage"))
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(self.tr("Zoom in (+)"))
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setToolTip(self.tr("Zoom out (-)"))
        self.fit_button = QToolButton()
        self.fit_button.setText(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Show the whole take (0)"))
        self.position_label = QLabel("0:00")
        transport = QHBoxLayout()
        for widget in (self.play_button, self.stop_play_button, self.loop_check):
            transport.addWidget(widget)
        transport.addStretch(1)
        transport.addWidget(self.position_label)
        for widget in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            transport.addWidget(widget)

        # takes
        self.takes = QTreeWidget()
        self.takes.setAccessibleName(self.tr("Takes"))
        self.takes.setRootIsDecorated(False)
        self.takes.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.takes.setHeaderLabels(
            [self.tr("Take"), self.tr("Date"), self.tr("Length"), self.tr("Pace"), self.tr("Pauses"), self.tr("Rating")]
        )
        from PySide6.QtWidgets import QHeaderView

        header = self.takes.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.only_interview = QCheckBox(self.tr("Only the selected interview"))
        self.only_interview.setEnabled(False)
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Move the take to the trash (Ctrl+Z undoes)"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.compare_button = QPushButton(self.tr("Compare"))
        self.compare_button.setToolTip(self.tr("Select two takes to compare them side by side"))
        take_buttons = QGridLayout()  # two rows, so long labels (Russian) never widen the window
        for index, widget in enumerate(
            (self.rename_button, self.delete_button, self.compare_button, self.export_button, self.import_button)
        ):
            take_buttons.addWidget(widget, index // 3, index % 3)
        # take details
        self.rating_combo = QComboBox()
        self.rating_combo.setAccessibleName(self.tr("Rating"))
        for stars in range(6):
            self.rating_combo.addItem("★" * stars if stars else self.tr("no rating"), stars)
        self.favourite_check = QCheckBox(self.tr("Favourite"))
        self.notes_edit = QLineEdit()
        self.notes_edit.setAccessibleName(self.tr("Take notes"))
        self.notes_edit.setPlaceholderText(self.tr("Notes on this take"))
        details = QHBoxLayout()
        details.addWidget(QLabel(self.tr("Rating:")))
        details.addWidget(self.rating_combo)
        details.addWidget(self.favourite_check)
        self.notes_edit.setMinimumWidth(80)
        details.addWidget(self.notes_edit, 1)

        takes_box = QGroupBox(self.tr("Takes"))
        tl = QVBoxLayout(takes_box)
        tl.addWidget(self.only_interview)
        tl.addWidget(self.takes, 1)
        tl.addLayout(details)
        tl.addLayout(take_buttons)

        self.review = ReviewPanel()
        from studio.ui.voice.analysis_view import PitchView, TrendView

        self.pitch_view = PitchView()
        self.pitch_view.setXLink(self.waveform)
        self.pitch_view.hide()
        self.trend_view = TrendView()
        self.trend_view.hide()
        self.review.add_section(self.trend_view)

        centre = QWidget()
        cl = QVBoxLayout(centre)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addLayout(rec_row)
        cl.addLayout(rec_row2)
        cl.addWidget(self.waveform, 1)
        cl.addWidget(self.pitch_view)
        cl.addLayout(transport)
        lower = QSplitter()
        lower.addWidget(takes_box)
        lower.addWidget(self.review)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        lower.setSizes([520, 340])
        self.review.setMinimumWidth(260)
        cl.addWidget(lower, 3)

        splitter = QSplitter()
        splitter.addWidget(self.prompter)
        splitter.addWidget(centre)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 800])
        layout = QVBoxLayout(self)
        layout.addLayout(prompt_row)
        layout.addWidget(splitter, 1)
        self._script_timer = QTimer(self)
        self._script_timer.setSingleShot(True)
        self._script_timer.setInterval(800)
        self._update_buttons()

        # keyboard: single keys work unless a text field has the focus (text fields override shortcuts)
        self.record_action = self._shortcut(self.tr("Record"), "R", self.record)
        self.pause_action = self._shortcut(self.tr("Pause / resume recording"), "P", self.pause)
        self.stop_action = self._shortcut(self.tr("Stop recording"), "Esc", self.stop)
        self.play_action = self._shortcut(self.tr("Play / pause"), "Space", self.toggle_play)

    def _shortcut(self, text: str, keys: str, slot: Any) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _add_menu(self, window: Any) -> None:
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self.tr("Voi&ce"), window)
        window.menuBar().insertMenu(window.help_menu.menuAction(), menu)
        for action in (self.record_action, self.pause_action, self.stop_action, self.play_action):
            menu.addAction(action)
        menu.addSeparator()
        empty = QAction(self.tr("Empty the takes trash…"), self)
        empty.triggered.connect(self.empty_trash)
        menu.addAction(empty)
        self.menu = menu

    def _connect(self) -> None:
        c = self.controller
        self.record_button.clicked.connect(self.record)
        self.pause_button.clicked.connect(self.pause)
        self.stop_button.clicked.connect(self.stop)
        self.play_button.clicked.connect(self.toggle_play)
        self.stop_play_button.clicked.connect(c.stop_playback)
        self.rescan_button.clicked.connect(lambda: self.refresh_devices(rescan=True))
        self.mic_check_button.clicked.connect(self.mic_check)
        self.device_combo.currentIndexChanged.connect(self._on_device_chosen)
        self.prompt_combo.currentIndexChanged.connect(self._on_prompt_chosen)
        self.new_prompt_button.clicked.connect(self.new_prompt)
        self.target_combo.currentIndexChanged.connect(self._on_target_chosen)
        self.target_spin.valueChanged.connect(self._on_target_spin)
        self.prompter_toggle.toggled.connect(self.prompter.setVisible)
        self.font_spin.valueChanged.connect(self._on_font_changed)
        self.script_edit.textChanged.connect(self._script_timer.start)
        self._script_timer.timeout.connect(self.save_script)
        self.takes.itemSelectionChanged.connect(self._on_take_selection)
        self.only_interview.toggled.connect(lambda _on: self.refresh_takes())
        self.rename_button.clicked.connect(self.rename_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button.clicked.connect(self.export_selected)
        self.import_button.clicked.connect(self.import_file)
        self.compare_button.clicked.connect(self.compare_selected)
        self.rating_combo.activated.connect(self._on_details_edited)
        self.favourite_check.clicked.connect(self._on_details_edited)
        self.notes_edit.editingFinished.connect(self._on_details_edited)
        self.zoom_in_button.clicked.connect(lambda: self.waveform.zoom(0.5, self.waveform.playhead()))
        self.zoom_out_button.clicked.connect(lambda: self.waveform.zoom(2.0))
        self.fit_button.clicked.connect(self.waveform.fit)
        self.waveform.seek_requested.connect(self._on_seek)
        self.waveform.mark_clicked.connect(self._on_seek)
        self.review.analyse_requested.connect(self._on_analyse_clicked)
        self.review.cancel_requested.connect(self.cancel_analysis)
        c.state_changed.connect(self._on_recording_state)
        c.level_changed.connect(self.meter.set_level)
        c.elapsed_changed.connect(self._on_elapsed)
        c.live_event.connect(self._on_live_event)
        c.take_finished.connect(self._on_take_finished)
        c.play_position_changed.connect(self._on_play_position)
        c.playback_state_changed.connect(self._on_playback_state)

    # ----- prompts -----------------------------------------------------------------------------------------------
    def reload_prompts(self, select: int | None = None) -> None:
        lang = self.context.language
        intro = self.repo.self_intro_prompt(
            lang, self.tr("Self-introduction"), int(self.settings.get("target_seconds"))
        )
        prompts = self.repo.prompts(lang)
        self.prompt_combo.blockSignals(True)
        self.prompt_combo.clear()
        for prompt in prompts:
            title = self.tr("Self-introduction") if prompt.kind == "self_intro" else prompt.title
            self.prompt_combo.addItem(title, prompt.id)
        self.prompt_combo.blockSignals(False)
        chosen = select if select is not None else intro.id
        self.prompt_combo.setCurrentIndex(max(0, self.prompt_combo.findData(chosen)))
        self._on_prompt_chosen()

    def current_prompt(self) -> Any:
        from studio.store.models import Prompt

        prompt_id = self.prompt_combo.currentData()
        if prompt_id is None or self.context.store is None:
            return None
        with self.context.store.session() as session:
            return session.get(Prompt, int(prompt_id))

    def select_prompt_for_question(self, ref: str, title: str) -> int:
        """Make a library question the prompt (the Library's “Rehearse this”); returns the prompt id."""
        prompt = self.repo.prompt_for_question(
            ref, self.context.language, title, int(self.settings.get("target_seconds"))
        )
        assert prompt.id is not None
        self.reload_prompts(select=prompt.id)
        return prompt.id

    def new_prompt(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("New prompt"), self.tr("What will you answer?"))
        if ok and title.strip():
            prompt = self.repo.add_prompt(title, self.context.language, int(self.settings.get("target_seconds")))
            self.reload_prompts(select=prompt.id)

    def _on_prompt_chosen(self, *_args: object) -> None:
        prompt = self.current_prompt()
        if prompt is None:
            return
        self.script_edit.blockSignals(True)
        self.script_edit.setPlainText(prompt.script)
        self.script_edit.blockSignals(False)
        self._set_target_widgets(prompt.target_seconds)
        self.refresh_takes()
        self._update_elapsed(0.0)

    def _set_target_widgets(self, seconds: int) -> None:
        for widget in (self.target_combo, self.target_spin):
            widget.blockSignals(True)
        index = self.target_combo.findData(seconds)
        self.target_combo.setCurrentIndex(index if index >= 0 else self.target_combo.count() - 1)
        self.target_spin.setValue(seconds)
        self.target_spin.setVisible(index < 0)
        for widget in (self.target_combo, self.target_spin):
            widget.blockSignals(False)

    def target_seconds(self) -> int:
        value = int(self.target_combo.currentData() or 0)
        return value or self.target_spin.value()

    def _on_target_chosen(self, *_args: object) -> None:
        custom = int(self.target_combo.currentData() or 0) == 0
        self.target_spin.setVisible(custom)
        self._save_target()

    def _on_target_spin(self, *_args: object) -> None:
        self._save_target()

    def _save_target(self) -> None:
        prompt_id = self.prompt_combo.currentData()
        if prompt_id is not None:
            self.repo.update_prompt(int(prompt_id), target_seconds=self.target_seconds())
        self._update_elapsed(self.controller.recorder.elapsed_seconds if self.controller.recorder else 0.0)

    def save_script(self) -> None:
        prompt_id = self.prompt_combo.currentData()
        if prompt_id is not None:
            self.repo.update_prompt(int(prompt_id), script=self.script_edit.toPlainText())

    def _on_font_changed(self, value: int) -> None:
        self._apply_font()
        self.settings.set("prompter_font_pt", int(value))

    def _apply_font(self) -> None:
        font = self.script_edit.font()
        font.setPointSize(self.font_spin.value())
        self.script_edit.setFont(font)

    # ----- devices -----------------------------------------------------------------------------------------------
    def refresh_devices(self, rescan: bool = False) -> None:
        """Fill the microphone list (by name; the remembered one is selected)."""
        names: list[str] = []
        message = ""
        lister = self.context.extras.get("input_devices")
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
        self._update_buttons()

    def _on_device_chosen(self, *_args: object) -> None:
        name = self.device_combo.currentData()
        if name:
            self.settings.set("input_device", str(name))

    def mic_check(self) -> None:
        """A five-second check of the chosen microphone, run in the background."""
        from studio.audio.miccheck import run_mic_check

        try:
            source = self.controller.source_factory(str(self.device_combo.currentData() or ""))
        except Exception as exc:
            self.context.messages.error(self.tr("The microphone cannot be opened: %1").replace("%1", str(exc)))
            return
        self.mic_check_button.setEnabled(False)
        self.live_label.setText(self.tr("Mic check: speak normally for five seconds…"))

        def work(_progress: Any, _handle: Any) -> Any:
            return run_mic_check(source, seconds=5.0, timeout=15.0)

        def done(result: Any) -> None:
            self.mic_check_button.setEnabled(True)
            text = self.mic_verdict_text(result.verdict)
            self.live_label.setText(
                self.tr("Mic check: %1 (level %2 dBFS, noise %3 dBFS)")
                .replace("%1", text)
                .replace("%2", f"{result.level_dbfs:.0f}")
                .replace("%3", f"{result.noise_floor_dbfs:.0f}")
            )
            self.last_mic_check = result

        def failed(exc: BaseException) -> None:
            self.mic_check_button.setEnabled(True)
            self.context.messages.error(self.tr("The mic check failed: %1").replace("%1", str(exc)))

        self.context.runner.run_task(work, on_done=done, on_error=failed)

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

    # ----- recording ---------------------------------------------------------------------------------------------
    def record(self) -> None:
        if self.controller.recording_state != "idle":
            return
        device = str(self.device_combo.currentData() or "")
        try:
            self.controller.start_recording(device)
        except Exception as exc:
            log.warning("could not start recording: %s", exc)
            self.context.messages.error(self.tr("Recording could not start: %1").replace("%1", str(exc)))
            return
        self._live_marks: list[tuple[float, str]] = []
        self.waveform.clear_take()
        self.meter.reset()
        self.live_label.setText(self.tr("Recording…"))

    def pause(self) -> None:
        self.controller.pause_recording()

    def stop(self) -> None:
        if self.controller.recording_state != "idle":
            self.controller.stop_recording()

    def _on_recording_state(self, state: str) -> None:
        self._update_buttons()
        if state == "paused":
            self.live_label.setText(self.tr("Paused — P resumes the same take."))
        elif state == "recording":
            self.live_label.setText(self.tr("Recording…"))

    def _on_elapsed(self, seconds: float) -> None:
        self._update_elapsed(seconds)
        peaks = self.controller.live_peaks()
        if peaks is not None:
            self.waveform.follow_live(peaks)

    def _update_elapsed(self, seconds: float) -> None:
        target = self.target_seconds()
        self.elapsed_label.setText(f"{format_seconds(seconds)} / {format_seconds(target)}")
        self.elapsed_label.setStyleSheet(f"color: {timing_colour(seconds, target)}")

    def _on_live_event(self, kind: str, take_time: float, message: str) -> None:
        at = format_seconds(take_time)
        if kind in ("overflow", "dropped"):
            text = self.tr("Dropout at %1: the computer could not keep up; marked on the waveform.").replace("%1", at)
            self.context.messages.warning(text)
        elif kind == "device_lost":
            text = self.tr("The microphone stopped sending sound at %1. The take was saved up to that moment.").replace(
                "%1", at
            )
            self.context.messages.error(text)
        elif kind == "write_error":
            text = self.tr(
                "The take could not be written (is the disk full?). Recording stopped; everything up to %1 was kept."
            ).replace("%1", at)
            self.context.messages.error(text)
        elif kind == "source_error":
            text = self.tr("The microphone reported an error at %1; the take was saved up to then.").replace("%1", at)
            self.context.messages.error(text)
        else:
            text = message
        self.live_label.setText(text)
        self._live_marks = [*getattr(self, "_live_marks", []), (take_time, kind)]
        self.waveform.set_marks(self._live_marks)

    def _on_take_finished(self, result: Any) -> None:
        from studio.store.voice import NewTake

        marks = [{"t": t, "kind": "overflow"} for t in result.overflow_times]
        if result.ended_by.value != "user":
            marks.append({"t": result.duration, "kind": result.ended_by.value})
        prompt_id = self.prompt_combo.currentData()
        if result.frames == 0:
            for path in (result.path, result.peaks_path):
                if path is not None:
                    Path(path).unlink(missing_ok=True)
            self.live_label.setText(self.tr("Nothing was recorded."))
            return
        take = self.repo.add_take(
            NewTake(
                result.path,
                result.frames,
                result.samplerate,
                result.channels,
                result.device_name,
                "recorded",
                tuple(marks),
            ),
            prompt_id=int(prompt_id) if prompt_id is not None else None,
            interview_id=self.interview_id,
        )
        assert take.id is not None
        if result.ended_by.value == "user":
            self.live_label.setText(self.tr("Take saved (%1).").replace("%1", format_seconds(take.duration)))
        self.refresh_takes(select=take.id)
        self.take_saved.emit(take.id)
        self.analyse_take(take.id)

    # ----- takes -------------------------------------------------------------------------------------------------
    def refresh_takes(self, select: int | None = None) -> None:
        from studio.store.voice import local_time

        prompt_id = self.prompt_combo.currentData()
        interview = self.interview_id if self.only_interview.isChecked() else None
        rows = self.repo.takes(int(prompt_id) if prompt_id is not None else None, interview) if prompt_id else []
        reports = self.repo.reports([r.id for r in rows if r.id is not None])
        keep = select if select is not None else self.selected_take_ids()[:1] and self.selected_take_ids()[0]
        self.takes.blockSignals(True)
        self.takes.clear()
        count = len(rows)
        for index, row in enumerate(rows):
            name = row.name or self.tr("Take %1").replace("%1", str(count - index))
            headline = self.headline(reports.get(row.id or -1))
            item = QTreeWidgetItem(
                [
                    ("♥ " if row.favourite else "") + name,
                    local_time(row.created_at),
                    format_seconds(row.duration),
                    headline[0],
                    headline[1],
                    "★" * row.rating,
                ]
            )
            item.setData(0, TAKE_ID_ROLE, row.id)
            self.takes.addTopLevelItem(item)
            if row.id == keep:
                item.setSelected(True)
                self.takes.setCurrentItem(item)
        self.takes.blockSignals(False)
        self._on_take_selection()

    def headline(self, report_row: Any) -> tuple[str, str]:
        """(pace, pauses) for the takes list from a stored report, or dashes."""
        if report_row is None:
            return ("—", "—")
        try:
            data = json.loads(report_row.report)
            metrics = data.get("metrics", data)
            wpm = metrics.get("wpm") or metrics.get("words_per_minute")
            share = metrics.get("pause_share")
            pace = self.tr("%1 wpm").replace("%1", f"{float(wpm):.0f}") if wpm is not None else "—"
            pauses = f"{float(share) * 100:.0f} %" if share is not None else "—"
            return (pace, pauses)
        except (ValueError, TypeError, AttributeError):
            return ("—", "—")

    def selected_take_ids(self) -> list[int]:
        return [int(item.data(0, TAKE_ID_ROLE)) for item in self.takes.selectedItems()]

    def _on_take_selection(self) -> None:
        ids = self.selected_take_ids()
        self._update_buttons()
        take_id = ids[0] if len(ids) == 1 else None
        self.take_selected.emit(take_id)
        if take_id is None:
            self.review.clear()
            self.review.set_analysable(False)
            return
        take = self.repo.take(take_id)
        if take is None:
            return
        for widget in (self.rating_combo, self.favourite_check, self.notes_edit):
            widget.blockSignals(True)
        self.rating_combo.setCurrentIndex(take.rating)
        self.favourite_check.setChecked(take.favourite)
        self.notes_edit.setText(take.notes)
        for widget in (self.rating_combo, self.favourite_check, self.notes_edit):
            widget.blockSignals(False)
        if self._loaded_take != take_id and self.controller.recording_state == "idle":
            self.load_take(take)
        self.show_review(take)

    def load_take(self, take: Any) -> None:
        from studio.audio.peaks import ensure_peaks

        path = self.repo.absolute(take)
        try:
            peaks = ensure_peaks(path)
        except Exception as exc:
            self.context.messages.error(self.tr("The take cannot be opened: %1").replace("%1", str(exc)))
            return
        self.waveform.set_peaks(peaks)
        marks = [(float(m.get("t", 0.0)), str(m.get("kind", ""))) for m in json.loads(take.marks or "[]")]
        self.waveform.set_marks(marks)
        self.waveform.set_shading([])
        self.pitch_view.clear_contour()
        self._loaded_take = take.id
        try:
            self.controller.load(path, str(self.settings.get("output_device")))
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
            self._playback_problem = self.tr("Playback is not available: %1").replace("%1", reason)
        else:
            self._playback_problem = ""

    def _on_details_edited(self, *_args: object) -> None:
        ids = self.selected_take_ids()
        if len(ids) != 1:
            return
        self.repo.update_take(
            ids[0],
            rating=int(self.rating_combo.currentData()),
            favourite=self.favourite_check.isChecked(),
            notes=self.notes_edit.text(),
        )
        self.refresh_takes(select=ids[0])

    def rename_selected(self) -> None:
        ids = self.selected_take_ids()
        if len(ids) != 1:
            return
        take = self.repo.take(ids[0])
        name, ok = QInputDialog.getText(self, self.tr("Rename take"), self.tr("Name:"), text=take.name if take else "")
        if ok:
            self.repo.update_take(ids[0], name=name.strip())
            self.refresh_takes(select=ids[0])

    def delete_selected(self) -> None:
        for take_id in self.selected_take_ids():
            if take_id == self._loaded_take:
                self.controller.stop_playback()
                self.waveform.clear_take()
                self._loaded_take = None
            take = self.repo.take(take_id)
            command = _TrashTake(self, take_id, take.name if take and take.name else f"#{take_id}")
            if self.undo_stack is not None:
                self.undo_stack.push(command)
            else:
                command.redo()
        self.context.messages.info(self.tr("Take moved to the trash. Ctrl+Z brings it back."))

    def empty_trash(self) -> None:
        from studio.ui.dialogs.ask import ask

        choice = ask(
            self,
            self.tr("Empty the trash"),
            self.tr("Delete the takes in the trash for good? This cannot be undone."),
            [self.tr("Delete for good"), self.tr("Cancel")],
        )
        if choice == 0:
            count = self.repo.empty_trash()
            if self.undo_stack is not None:
                self.undo_stack.clear()
            self.context.messages.info(self.tr("%1 takes deleted for good.").replace("%1", str(count)))

    def export_selected(self) -> None:
        ids = self.selected_take_ids()
        if len(ids) != 1:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export take"),
            str(Path.home() / "take.wav"),
            self.tr("WAV audio (*.wav);;FLAC audio (*.flac)"),
        )
        if path:
            self.export_take(ids[0], Path(path))

    def export_take(self, take_id: int, dest: Path) -> None:
        """Write the take as WAV or FLAC (by the file's extension) in the background."""
        take = self.repo.take(take_id)
        if take is None:
            return
        src = self.repo.absolute(take)
        fmt = "FLAC" if dest.suffix.lower() == ".flac" else "WAV"
        if dest.suffix.lower() not in (".wav", ".flac"):
            dest = dest.with_suffix(".wav")

        def work(progress: Any, _handle: Any) -> Path:
            import soundfile as sf

            tmp = dest.with_name(dest.name + ".part")
            with sf.SoundFile(str(src)) as reader:
                subtype = "PCM_24" if reader.subtype == "PCM_24" else "PCM_16"
                with sf.SoundFile(str(tmp), "w", reader.samplerate, reader.channels, subtype, format=fmt) as out:
                    total = max(1, reader.frames)
                    done = 0
                    for block in reader.blocks(blocksize=1 << 16, dtype="float32"):
                        out.write(block)
                        done += len(block)
                        progress(done / total)
            tmp.replace(dest)
            return dest

        self.context.runner.run_task(
            work,
            on_done=lambda p: self.context.messages.info(self.tr("Exported to %1").replace("%1", str(p))),
            on_error=lambda e: self.context.messages.error(self.tr("Export failed: %1").replace("%1", str(e))),
        )

    def import_file(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self,
            self.tr("Import an audio file"),
            str(Path.home()),
            self.tr("Audio (*.wav *.flac *.ogg *.mp3);;All files (*)"),
        )
        if path:
            self.import_path(Path(path))

    def import_path(self, src: Path) -> None:
        """Import a file as a take of the current prompt (in the background; nothing half-imported)."""
        from studio.audio.importer import import_audio
        from studio.store.voice import NewTake

        prompt_id = self.prompt_combo.currentData()

        def work(_progress: Any, _handle: Any) -> Any:
            return import_audio(src, self.context.paths.data_dir)

        def done(imported: Any) -> None:
            take = self.repo.add_take(
                NewTake(imported.path, imported.frames, imported.samplerate, imported.channels, "", "imported"),
                prompt_id=int(prompt_id) if prompt_id is not None else None,
                interview_id=self.interview_id,
                name=src.stem,
            )
            assert take.id is not None
            self.refresh_takes(select=take.id)
            self.take_saved.emit(take.id)
            self.context.messages.info(self.tr("Imported %1.").replace("%1", src.name))
            self.analyse_take(take.id)

        self.context.runner.run_task(
            work,
            on_done=done,
            on_error=lambda e: self.context.messages.error(self.tr("Import failed: %1").replace("%1", str(e))),
        )

    def compare_selected(self) -> Any:
        ids = self.selected_take_ids()
        if len(ids) != 2:
            self.context.messages.info(self.tr("Select exactly two takes to compare."))
            return None
        from studio.ui.voice.compare import CompareDialog

        older, newer = sorted(ids)
        dialog = CompareDialog(self, self.repo.take(older), self.repo.take(newer))
        dialog.show()
        self.compare_dialog = dialog
        return dialog

    # ----- delivery review ---------------------------------------------------------------------------------------
    def _on_analyse_clicked(self) -> None:
        ids = self.selected_take_ids()
        if len(ids) == 1:
            self.analyse_take(ids[0])

    def analyse_take(self, take_id: int) -> None:
        """Run the delivery analysis of a take in the background (progress and Cancel in the review panel)."""
        take = self.repo.take(take_id)
        if take is None:
            return
        self.cancel_analysis()
        path = self.repo.absolute(take)
        language = self.context.language if self.context.language in ("ru", "en") else "en"
        long_pause = float(self.settings.get("long_pause_seconds"))
        self.review.set_busy(True)
        self._analysing = take_id
        stop = threading.Event()  # set by Cancel; works with the synchronous test runner too
        self._stop_analysis = stop

        def work(progress: Any, handle: Any) -> Any:
            from studio.analysis import analyze_file

            def cancelled() -> bool:
                return bool(handle.cancelled or stop.is_set())

            return analyze_file(path, language, progress=progress, cancel=cancelled, long_pause_s=long_pause)

        def done(report: Any) -> None:
            self._analysis = None
            self._analysing = None
            self.review.set_busy(False)
            self.repo.save_report(take_id, report.analysis_version, report.language, report.to_json())
            selected = self.selected_take_ids()
            self.refresh_takes(select=selected[0] if len(selected) == 1 else None)
            self.analysed.emit(take_id)

        def failed(exc: BaseException) -> None:
            from studio.analysis import Cancelled

            self._analysis = None
            self._analysing = None
            self.review.set_busy(False)
            if isinstance(exc, Cancelled):
                self.review.clear(self.tr("Analysis cancelled."))
                self.review.set_analysable(True)
            else:
                self.review.clear(self.tr("The analysis failed: %1").replace("%1", str(exc)))
                self.context.messages.error(self.tr("The analysis failed: %1").replace("%1", str(exc)))

        self._analysis = self.context.runner.run_task(
            work, on_done=done, on_error=failed, on_progress=self.review.set_progress
        )

    def cancel_analysis(self) -> None:
        stop = getattr(self, "_stop_analysis", None)
        if stop is not None:
            stop.set()
        if self._analysis is not None:
            self._analysis.cancel()

    def show_review(self, take: Any) -> None:
        """Cards, marks, pitch and trend for a take; analyse it first when it has no current report."""
        from studio.analysis.report import ANALYSIS_VERSION
        from studio.core import delivery
        from studio.ui.voice import analysis_view as av

        if getattr(self, "_analysing", None) == take.id:
            return
        data = av.report_dict(self.repo.report(take.id))
        if data is None:
            self.review.clear(self.tr("Not analysed yet."))
            self.review.set_analysable(True)
            self.pitch_view.hide()
            self.trend_view.hide()
            self.review.trend_label.setText("")
            return
        if data.get("analysis_version") != ANALYSIS_VERSION:
            self.analyse_take(take.id)  # the analysis improved since: recompute
            return
        self.review.set_analysable(True)
        self.review.show_cards(av.cards(data))
        language = data.get("language", "en")
        spans: list[tuple[float, float, str]] = []
        for start, end, long in data.get("pauses", []):
            spans.append((start, end, "long_pause" if long else "pause"))
        for start, end in data.get("filled_pauses", []):
            spans.append((start, end, "filled_pause"))
        for start, end, _sps, wpm in data.get("pace_windows", []):
            if wpm is None:
                continue
            code = delivery.verdict_code("wpm", float(wpm), language)
            if code in ("too_fast", "too_slow"):
                spans.append((start, end, "fast" if code == "too_fast" else "slow"))
        self.waveform.set_shading(spans)
        pitch = data.get("pitch", {})
        self.pitch_view.set_contour(list(pitch.get("t", [])), list(pitch.get("hz", [])))
        self.pitch_view.setVisible(bool(pitch.get("t")))
        self.show_phases(take, data)
        self.show_trend(language)

    def show_phases(self, take: Any, data: dict[str, Any]) -> None:
        """For a take recorded during an exercise: pace and pauses per phase, from the phase marks."""
        from studio.core import delivery
        from studio.ui.voice.analysis_view import format_value

        marks = [
            (float(m["t"]), str(m.get("label", ""))) for m in json.loads(take.marks or "[]") if m.get("kind") == "phase"
        ]
        if not marks:
            self.review.phase_label.setText("")
            return
        rows = delivery.per_phase(
            marks,
            float(data.get("duration_s") or take.duration),
            [float(t) for t in data.get("nuclei", [])],
            [(float(p[0]), float(p[1])) for p in data.get("pauses", [])],
            str(data.get("language", "en")),
        )
        titles = self._phase_titles(take)
        lines = "".join(
            f"<tr><td>{titles.get(row.label, row.label)}</td><td>&nbsp;{format_value('wpm', row.wpm)}</td>"
            f"<td>&nbsp;{format_value('pause_share', row.pause_share)}</td></tr>"
            for row in rows
        )
        header = self.tr("By exercise phase (pace, time in pauses):")
        self.review.phase_label.setText(f"<b>{header}</b><table>{lines}</table>")

    def _phase_titles(self, take: Any) -> dict[str, str]:
        """Phase id → title of the exercise the take was recorded in (ids when it cannot be found)."""
        from studio.store.models import ExerciseSession

        library = self.context.extras.get("library")
        if take.session_id is None or library is None or self.context.store is None:
            return {}
        with self.context.store.session() as session:
            attempt = session.get(ExerciseSession, take.session_id)
        if attempt is None:
            return {}
        exercise = library.find("exercises", attempt.exercise_id, self.context.language)
        return {phase.id: phase.title for phase in getattr(exercise, "phases", ())}

    def show_trend(self, language: str) -> None:
        """Pace across the prompt's analysed takes, and which metrics really changed (≥ 10 %)."""
        from studio.core import delivery
        from studio.ui.voice import analysis_view as av

        prompt_id = self.prompt_combo.currentData()
        takes = list(reversed(self.repo.takes(int(prompt_id)))) if prompt_id is not None else []
        reports = self.repo.reports([t.id for t in takes if t.id is not None])
        series: dict[str, list[float | None]] = {m: [] for m in av.TREND_METRICS}
        for take in takes:
            data = av.report_dict(reports.get(take.id or -1))
            if data is None:
                continue
            for metric_id in av.TREND_METRICS:
                series[metric_id].append(data.get("metrics", {}).get(metric_id))
        paces = [float(v) for v in series["wpm"] if v is not None]
        self.trend_view.setVisible(len(paces) >= 2)
        self.trend_view.set_series(paces, delivery.bands(language).get("wpm"))
        lines = av.trend_lines(series)
        if len(paces) >= 2:
            header = self.tr("Compared with the previous take:")
            body = "<br>".join(lines) if lines else self.tr("no change of 10 % or more.")
            self.review.trend_label.setText(f"<b>{header}</b><br>{body}")
        else:
            self.review.trend_label.setText("")

    def compare_metrics(self, a: dict[str, Any], b: dict[str, Any]) -> list[tuple[str, str, str, str, bool | None]]:
        from studio.ui.voice.analysis_view import compare_rows

        return compare_rows(a, b)

    # ----- playback ----------------------------------------------------------------------------------------------
    def toggle_play(self) -> None:
        if self.controller.recording_state != "idle":
            return
        if getattr(self, "_playback_problem", ""):
            self.context.messages.warning(self._playback_problem)
            return
        self.controller.toggle_play(self.waveform.selection(), self.loop_check.isChecked())

    def _on_seek(self, seconds: float) -> None:
        self.controller.seek(seconds)
        self.waveform.set_playhead(seconds)

    def _on_play_position(self, seconds: float) -> None:
        self.waveform.set_playhead(seconds)
        self.position_label.setText(format_seconds(seconds))

    def _on_playback_state(self, state: str) -> None:
        self.play_button.setText(self.tr("❚❚ Pause") if state == "playing" else self.tr("▶ Play"))
        self.waveform.set_follow_playhead(state == "playing")

    # ----- interviews, recovery, state ---------------------------------------------------------------------------
    def _on_interview_selected(self, interview_id: object) -> None:
        self.interview_id = int(interview_id) if isinstance(interview_id, int) else None
        self.only_interview.setEnabled(self.interview_id is not None)
        if self.interview_id is None and self.only_interview.isChecked():
            self.only_interview.setChecked(False)
        else:
            self.refresh_takes()

    def offer_recovery(self) -> None:
        """Offer interrupted takes (crash, power loss) for recovery: Recover / Discard."""
        from studio.audio.recovery import discard, find_interrupted, recover
        from studio.store.voice import NewTake
        from studio.ui.dialogs.ask import ask

        if self.context.store is None or not self.context.store.is_open:  # the window closed meanwhile
            return
        try:
            found = find_interrupted(self.context.paths.data_dir)
        except Exception:
            log.exception("looking for interrupted takes failed")
            return
        for item in found:
            minutes = item.size_bytes / max(1, item.samplerate * item.channels * 2) / 60
            choice = ask(
                self,
                self.tr("Interrupted recording"),
                self.tr("A recording from %1 (about %2 min) was interrupted. Recover it as a take?")
                .replace("%1", item.started_at or "?")
                .replace("%2", f"{minutes:.1f}"),
                [self.tr("Recover"), self.tr("Discard"), self.tr("Later")],
            )
            try:
                if choice == 0:
                    recovered = recover(item)
                    prompt_id = self.prompt_combo.currentData()
                    marks = tuple({"t": t, "kind": "overflow"} for t in recovered.overflow_times)
                    take = self.repo.add_take(
                        NewTake(
                            recovered.path,
                            recovered.frames,
                            recovered.samplerate,
                            recovered.channels,
                            recovered.device_name,
                            "recovered",
                            marks,
                        ),
                        prompt_id=int(prompt_id) if prompt_id is not None else None,
                        name=self.tr("Recovered take"),
                    )
                    self.refresh_takes(select=take.id)
                    self.context.messages.info(self.tr("The interrupted take was recovered."))
                elif choice == 1:
                    # Discarded audio goes to the trash folder (emptied from the Voice menu), not straight away.
                    trash = self.context.paths.trash_dir / "discarded"
                    trash.mkdir(parents=True, exist_ok=True)
                    if item.wav_path.exists():
                        item.wav_path.replace(trash / item.wav_path.name)
                    discard(item)
            except Exception as exc:
                log.exception("recovery failed")
                self.context.messages.error(self.tr("The take could not be recovered: %1").replace("%1", str(exc)))

    def _update_buttons(self) -> None:
        state = self.controller.recording_state
        idle = state == "idle"
        can_record = idle and not getattr(self, "audio_message", "")
        self.record_button.setEnabled(can_record)
        self.pause_button.setEnabled(not idle)
        self.pause_button.setText(self.tr("Resume") if state == "paused" else self.tr("Pause"))
        self.stop_button.setEnabled(not idle)
        self.mic_check_button.setEnabled(idle and not getattr(self, "audio_message", ""))
        self.device_combo.setEnabled(idle)
        self.prompt_combo.setEnabled(idle)
        count = len(self.selected_take_ids())
        for button in (self.rename_button, self.export_button):
            button.setEnabled(count == 1)
        self.delete_button.setEnabled(count >= 1 and idle)
        self.compare_button.setEnabled(count == 2)
        has_take = self._loaded_take is not None
        self.play_button.setEnabled(idle and has_take)
        self.stop_play_button.setEnabled(has_take)

    def shutdown(self) -> None:
        """Keep a take in progress, stop a running analysis and release the audio devices."""
        self.cancel_analysis()
        if self._script_timer.isActive():  # unsaved typing in the prompter
            self._script_timer.stop()
            self.save_script()
        self.controller.shutdown()
