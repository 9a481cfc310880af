"""The Voice tab: composes the prompt row and prompter, the recording bar, the waveform with its transport, the takes
list and the delivery review, and wires them to the controller and the take service.

Keys (wherever the focus is while the tab is shown, see studio.ui.transport_keys): R record, P pause/resume, Esc
stop recording, Space play/pause; Ctrl+R and Ctrl+Space from text fields too; and the waveform's own keys.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from studio.ui.context import StudioContext
from studio.ui.style import GRID
from studio.ui.takes import ALL_TAKES, EXERCISE_TAKES, PROMPT_TAKES
from studio.ui.transport_keys import PAUSE, PLAY, RECORD, STOP, TransportKeys
from studio.ui.voice.controller import VoiceController
from studio.ui.voice.exercise_takes import ExerciseTakes, attempt_id_of
from studio.ui.voice.player_panel import PlayerPanel
from studio.ui.voice.prompt_bar import PromptBar
from studio.ui.voice.record_bar import RecordBar, format_seconds
from studio.ui.voice.review_panel import ReviewPanel
from studio.ui.voice.takes_panel import TakesPanel

if TYPE_CHECKING:
    from studio.store.models import Take

log = logging.getLogger(__name__)


class VoicePage(QWidget):
    """Signals:
    take_saved(int): a take was stored here (recorded or imported).
    analysed(int): a take's delivery report was stored (any take: the service's signal).
    take_selected(object): the selected take id, or None.
    """

    take_saved = Signal(int)
    take_selected = Signal(object)
    analysed = Signal(int)

    def __init__(self, context: StudioContext, window: Any = None) -> None:
        super().__init__()
        from studio.store.settings import SettingsRepository

        assert context.store is not None
        self.context = context
        self.takes_service = context.takes
        self.repo = context.takes.repo  # prompts live beside the takes; the screenshot demo adds takes through it
        self.settings = SettingsRepository(context.store)
        self.controller = VoiceController(context, self)
        self.interview_id: int | None = None
        self._live_marks: list[tuple[float, str]] = []
        exercises = ExerciseTakes(context)
        self.prompt_bar = PromptBar(context, self.settings)
        self.record_bar = RecordBar(context, self.controller, self.settings)
        self.take_list = TakesPanel(context, exercises, window.undo_stack if window is not None else None)
        self.review = ReviewPanel(context, exercises)
        self.prompt_combo = self.prompt_bar.combo
        self.script_edit = self.prompt_bar.prompter.script_edit
        self.takes = self.take_list.tree
        self._build()
        self._connect()
        self.prompt_bar.reload()
        self.record_bar.refresh_devices()
        if window is not None:
            window.interviews.selection_changed.connect(self._on_interview_selected)
            self._add_menu(window)
        QTimer.singleShot(0, self.offer_recovery)

    # ----- building ----------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.player = PlayerPanel(self.context, self.controller)
        self.waveform = self.player.waveform
        self.pitch_view = self.player.pitch_view
        self.trend_view = self.review.trend_view
        # the recorder first, across the tab; under it the prompter beside the waveform, the takes under both
        # (wide enough for their names at 1280 px), and the review as a panel on the right
        top = QSplitter(Qt.Orientation.Horizontal)
        top.setObjectName("voicePrompterSplitter")
        top.addWidget(self.prompt_bar.prompter)
        top.addWidget(self.player)
        top.setStretchFactor(0, 1)  # the prompter widens with the window too, a third of what the waveform gains
        top.setStretchFactor(1, 3)
        top.setCollapsible(1, False)
        top.setSizes([240, 560])
        # dragging the prompter shut is the same as unticking "Show script" (and ticking it brings it back)
        top.splitterMoved.connect(lambda *_a: self.prompt_bar.prompter_toggle.setChecked(top.sizes()[0] > 0))
        self.prompt_bar.prompter_toggle.toggled.connect(self._on_prompter_toggled)
        left = QSplitter(Qt.Orientation.Vertical)
        left.setObjectName("voiceTakesSplitter")
        left.addWidget(top)
        left.addWidget(self.take_list)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        left.setCollapsible(0, False)
        left.setCollapsible(1, False)
        left.setSizes([300, 300])
        body = QSplitter(Qt.Orientation.Horizontal)
        body.setObjectName("voiceReviewSplitter")
        body.addWidget(left)
        body.addWidget(self.review)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 1)
        body.setCollapsible(0, False)
        body.setCollapsible(1, False)
        body.setSizes([750, 310])
        self.review.setMinimumWidth(GRID * 30)
        self.splitters = (top, left, body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(GRID, GRID, GRID, 0)
        layout.setSpacing(GRID)
        layout.addWidget(self.prompt_bar)
        layout.addWidget(self.record_bar)
        layout.addWidget(body, 1)

        # keyboard: the transport keys work wherever the focus is while this tab is shown (studio.ui.transport_keys);
        # these actions carry the keys for the Voice menu and Help → Keyboard shortcuts and are bound to no widget,
        # so their single keys never become shortcuts of their own
        self.record_action = self._action(self.tr("Record"), "R", self.record)
        self.pause_action = self._action(self.tr("Pause / resume recording"), "P", self.pause)
        self.stop_action = self._action(self.tr("Stop recording"), "Esc", self.stop)
        self.play_action = self._action(self.tr("Play / pause"), "Space", self.player.toggle_play)
        self.transport_keys = TransportKeys(
            self,
            {
                RECORD: self.record_action.trigger,
                PAUSE: self.pause_action.trigger,
                STOP: self.stop_action.trigger,
                PLAY: self.play_action.trigger,
            },
        )
        self._update_buttons()

    def _on_prompter_toggled(self, shown: bool) -> None:
        top = self.splitters[0]
        if shown and top.sizes()[0] == 0:  # dragged shut before: open it at its usual width again
            width = sum(top.sizes())
            top.setSizes([min(240, width // 3), width - min(240, width // 3)])

    def _action(self, text: str, keys: str, slot: Any) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        return action

    def _add_menu(self, window: Any) -> None:
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self.tr("Voi&ce"), window)
        window.menuBar().insertMenu(window.help_menu.menuAction(), menu)
        # The menu gets its own entries: an action placed in the menu bar would make its single-key shortcut
        # window-wide, and R or Space would then record or play from the Interview or Exercises tab.
        for action in (self.record_action, self.pause_action, self.stop_action, self.play_action):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            entry = QAction(f"{action.text()}\t{keys}", menu)
            entry.triggered.connect(action.trigger)
            menu.addAction(entry)
        menu.addSeparator()
        empty = QAction(self.tr("Empty the takes trash…"), self)
        empty.triggered.connect(self.take_list.empty_trash)
        menu.addAction(empty)
        self.menu = menu

    def _connect(self) -> None:
        c, rb = self.controller, self.record_bar
        rb.record_button.clicked.connect(self.record)
        rb.pause_button.clicked.connect(self.pause)
        rb.stop_button.clicked.connect(self.stop)
        self.prompt_bar.prompt_changed.connect(self._on_prompt_changed)
        self.prompt_bar.target_changed.connect(lambda _s: self._show_time())
        self.take_list.selection_changed.connect(self._on_selection)
        self.take_list.trashing.connect(self._on_trashing)
        self.take_list.compare_requested.connect(self.compare_selected)
        self.take_list.imported.connect(self.take_saved)
        self.review.analyse_requested.connect(self._on_analyse_clicked)
        self.review.cancel_requested.connect(self.cancel_analysis)
        self.review.report_shown.connect(self.player.show_report)
        self.player.filler_clicked.connect(self.review.ask_filler)
        self.review.passage_requested.connect(self.player.play_passage)
        self.takes_service.analysed.connect(self.analysed)
        c.state_changed.connect(lambda _state: self._update_buttons())
        c.elapsed_changed.connect(self._on_elapsed)
        c.live_event.connect(self._on_live_event)
        c.take_finished.connect(self._on_take_finished)
        c.mic_check_finished.connect(lambda _result: self._update_buttons())

    # ----- what other tabs ask for (studio.ui.navigation) --------------------------------------------------
    def open_take(self, take_id: int) -> bool:
        """Show a take: list it (switching the list's scope if needed), select it, load it, show its review.

        A take without a current report is analysed. Returns False (after saying why) when the take is gone.
        """
        take = self.takes_service.take(take_id)
        if take is None or take.deleted_at is not None:
            self.context.messages.warning(self.tr("That take is no longer there (it was deleted)."))
            return False
        panel = self.take_list
        if not panel.is_listed(take_id):
            if take.prompt_id is not None and take.prompt_id != self.prompt_bar.prompt_id():
                self.prompt_bar.reload(select=take.prompt_id)
            panel.set_scope(EXERCISE_TAKES if attempt_id_of(take) is not None else PROMPT_TAKES)
            if not panel.is_listed(take_id):
                panel.only_interview.setChecked(False)
                panel.set_scope(ALL_TAKES)
        panel.refresh(select=take_id)
        if panel.selected_ids() != [take_id]:
            self.context.messages.warning(self.tr("That take cannot be shown here."))
            return False
        item = panel.tree.currentItem()
        if item is not None:
            panel.tree.scrollToItem(item)
        if self.takes_service.review(take_id) is None and not self.takes_service.is_analysing(take_id):
            self.analyse_take(take_id)
        return True

    def rehearse_question(self, question_id: str, lang: str, text: str) -> bool:
        """Make a library question the prompt: the prompter shows the question, its takes are listed."""
        if self.controller.recording_state != "idle":
            self.context.messages.warning(self.tr("Stop the recording first, then choose another prompt."))
            return False
        self.prompt_bar.select_question(question_id, lang, text)
        self.take_list.set_scope(PROMPT_TAKES)
        return True

    # ----- prompts -----------------------------------------------------------------------------------------
    def _on_prompt_changed(self, prompt_id: object) -> None:
        self.take_list.set_prompt(prompt_id if isinstance(prompt_id, int) else None)
        if self.player.loaded_take is None:
            self._show_time()

    def save_script(self) -> None:
        self.prompt_bar.save_script()

    # ----- recording ---------------------------------------------------------------------------------------
    def record(self) -> None:
        if self.controller.recording_state != "idle" or self.controller.mic_check is not None:
            return
        try:
            self.controller.start_recording(self.record_bar.device())
        except Exception as exc:
            log.warning("could not start recording: %s", exc)
            self.context.messages.error(self.tr("Recording could not start: %1").replace("%1", str(exc)))
            return
        self._live_marks = []
        self.player.unload()
        self.record_bar.recording_started()

    def pause(self) -> None:
        self.controller.pause_recording()

    def stop(self) -> None:
        if self.controller.recording_state != "idle":
            self.controller.stop_recording()

    def _on_elapsed(self, seconds: float) -> None:
        self.record_bar.show_time(seconds, self.prompt_bar.target_seconds(), live=True)
        peaks = self.controller.live_peaks()
        if peaks is not None:
            self.waveform.follow_live(peaks)

    def _on_live_event(self, kind: str, take_time: float, message: str) -> None:
        self.record_bar.show_live_event(kind, take_time, message)
        self._live_marks.append((take_time, kind))
        self.waveform.set_marks(self._live_marks)

    def _on_take_finished(self, result: Any) -> None:
        """Store the take through the take service, select it, and analyse it in the prompt's language."""
        take = self.takes_service.store_result(
            result, prompt_id=self.prompt_bar.prompt_id(), interview_id=self.interview_id, analyse=False
        )
        if take is None or take.id is None:
            self.record_bar.live_label.setText(self.tr("Nothing was recorded."))
            return
        if result.ended_by.value == "user":
            self.record_bar.live_label.setText(self.tr("Take saved (%1).").replace("%1", format_seconds(take.duration)))
        if self.take_list.scope() == EXERCISE_TAKES:
            self.take_list.set_scope(PROMPT_TAKES)
        self.take_list.refresh(select=take.id)
        self.take_saved.emit(take.id)
        self.analyse_take(take.id)

    # ----- takes -------------------------------------------------------------------------------------------
    def refresh_takes(self, select: int | None = None) -> None:
        self.take_list.refresh(select)

    def selected_take_ids(self) -> list[int]:
        return self.take_list.selected_ids()

    def import_path(self, src: Path) -> None:
        """Import an audio file as a take of the current prompt; it is selected and analysed once stored."""
        self.take_list.import_path(src)

    def export_take(self, take_id: int, dest: Path) -> None:
        self.takes_service.export(take_id, dest)

    def _on_selection(self, ids: list[int]) -> None:
        self._update_buttons()
        take = self.takes_service.take(ids[0]) if len(ids) == 1 else None
        self.take_selected.emit(take.id if take is not None else None)
        if take is None:
            self.review.show_selection(self.take_list.selected_takes(), [self.take_list.name_of(i) for i in ids])
            return
        if self.player.loaded_take != take.id and self.controller.recording_state == "idle":
            self.load_take(take)
        self.review.show_take(take)

    def load_take(self, take: Take) -> None:
        """Put a take on the waveform and in the player; the big time display shows its length."""
        if self.player.load(take, str(self.settings.get("output_device"))):
            self._show_time(take.duration)
        self._update_buttons()

    def _on_trashing(self, take_id: int) -> None:
        if take_id == self.player.loaded_take:
            self.player.unload()
            self._update_buttons()

    def _show_time(self, seconds: float = 0.0) -> None:
        if self.controller.recording_state == "idle":
            loaded = self.takes_service.take(self.player.loaded_take) if self.player.loaded_take is not None else None
            length = loaded.duration if loaded is not None else seconds
            self.record_bar.show_time(length, self.prompt_bar.target_seconds())

    def compare_selected(self) -> Any:
        takes = self.take_list.selected_takes()
        if len(takes) != 2:
            self.context.messages.info(self.tr("Select exactly two takes to compare."))
            return None
        from studio.ui.voice.compare import CompareDialog

        older, newer = sorted(takes, key=lambda t: (t.created_at, t.id or 0))
        dialog = CompareDialog(
            self,
            self.takes_service,
            self.controller,
            str(self.settings.get("output_device")),
            ((older, self.take_list.name_of(older.id or 0)), (newer, self.take_list.name_of(newer.id or 0))),
        )
        dialog.show()
        self.compare_dialog = dialog
        return dialog

    # ----- delivery review ---------------------------------------------------------------------------------
    def _on_analyse_clicked(self) -> None:
        ids = self.take_list.selected_ids()
        if len(ids) == 1:
            self.analyse_take(ids[0])

    def analyse_take(self, take_id: int) -> None:
        """Analyse a take in the background, in the language of its prompt (progress and Cancel in the review)."""
        take = self.takes_service.take(take_id)
        if take is not None:
            self.takes_service.analyse(take_id, self.prompt_bar.language_of(take.prompt_id))

    def cancel_analysis(self) -> None:
        if self.review.take_id is not None:
            self.takes_service.cancel_analysis(self.review.take_id)

    def toggle_play(self) -> None:
        self.player.toggle_play()

    # ----- interviews, recovery, state ---------------------------------------------------------------------
    def _on_interview_selected(self, interview_id: object) -> None:
        self.interview_id = int(interview_id) if isinstance(interview_id, int) else None
        self.take_list.set_interview(self.interview_id)

    def offer_recovery(self) -> None:
        """Offer interrupted takes (crash, power loss) for recovery; a recovered take is selected."""
        from studio.ui.voice.recovery import offer_recovery

        recovered = offer_recovery(self, self.context, self.prompt_bar.prompt_id())
        if recovered:
            self.take_list.refresh(select=recovered[-1])

    def _update_buttons(self) -> None:
        idle = self.controller.recording_state == "idle"
        self.record_bar.update_buttons()
        self.prompt_bar.set_enabled_for_recording(idle)
        self.take_list.update_buttons(idle)
        self.player.update_buttons(idle)

    def shutdown(self) -> None:
        """Keep a take in progress, save typing, stop running analyses and release the audio devices."""
        self.transport_keys.remove()  # an application-wide filter must not outlive the window
        self.takes_service.cancel_analysis()
        self.prompt_bar.flush()
        self.controller.shutdown()
