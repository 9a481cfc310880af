"""The one take pipeline: store what the recorder or importer made, analyse it, review, delete/restore, export.

Every take — a Voice rehearsal, an exercise answer, a mock-interview answer — goes through :class:`TakeService`.
Views that list takes connect to ``takes_changed``; views that show a review connect to ``analysed``. The UI never
opens an ORM session and never decodes stored JSON itself: it gets ``Take`` rows, typed ``Mark`` lists and
``DeliveryReport`` objects from here.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from studio.core.marks import OVERFLOW, Mark, marks_from_json, marks_to_json

if TYPE_CHECKING:
    from studio.analysis.report import DeliveryReport
    from studio.store.models import Take
    from studio.store.voice import VoiceRepository
    from studio.ui.context import StudioContext

log = logging.getLogger(__name__)

# Which takes a list shows.
ALL_TAKES = "all"
PROMPT_TAKES = "prompt"
EXERCISE_TAKES = "exercise"


class TakeService(QObject):
    """Signals:
    takes_changed(int): a take was added, changed, trashed or restored (its id; 0 for several at once).
    analysis_started(int): the analysis of a take began.
    analysis_progressed(int, float): its progress, 0..1.
    analysed(int): a take's report is stored and current.
    analysis_failed(int, str): the analysis failed ("" when it was cancelled).
    """

    takes_changed = Signal(int)
    analysis_started = Signal(int)
    analysis_progressed = Signal(int, float)
    analysed = Signal(int)
    analysis_failed = Signal(int, str)

    def __init__(self, context: StudioContext) -> None:
        super().__init__()
        from studio.store.voice import VoiceRepository

        assert context.store is not None
        self._context = context
        self.repo: VoiceRepository = VoiceRepository(context.store, context.paths.data_dir)
        self._running: dict[int, tuple[Any, threading.Event]] = {}

    # ----- storing ---------------------------------------------------------------------------------------------
    def store_result(
        self,
        result: Any,
        *,
        prompt_id: int | None = None,
        interview_id: int | None = None,
        attempt_id: int | None = None,
        name: str = "",
        marks: Iterable[Mark] = (),
        analyse: bool = True,
        source: str = "recorded",
    ) -> Take | None:
        """Store a finished recording (``studio.audio.recorder.RecordingResult``) as a take and analyse it.

        An empty recording is removed and None returned. Overflow times and a take that ended on its own (device
        lost, disk full) become marks on the timeline. ``source`` is "recorded" or "recovered" (after a crash).
        """
        from studio.store.voice import NewTake

        if not result.frames:
            for path in (result.path, getattr(result, "peaks_path", None)):
                if path is not None:
                    Path(path).unlink(missing_ok=True)
            return None
        all_marks = [*marks, *(Mark(t, OVERFLOW) for t in result.overflow_times)]
        ended_by = getattr(getattr(result, "ended_by", None), "value", "user")
        if ended_by != "user":
            all_marks.append(Mark(result.duration, ended_by))
        take = self.repo.add_take(
            NewTake(
                Path(result.path),
                result.frames,
                result.samplerate,
                result.channels,
                result.device_name,
                source,
                tuple(mark.to_dict() for mark in all_marks),
            ),
            prompt_id=prompt_id,
            interview_id=interview_id,
            name=name,
            attempt_id=attempt_id,
        )
        assert take.id is not None
        self.takes_changed.emit(take.id)
        if analyse:
            self.analyse(take.id)
        return take

    def import_file(
        self,
        src: Path,
        *,
        prompt_id: int | None = None,
        interview_id: int | None = None,
        on_done: Callable[[Take], None] | None = None,
    ) -> None:
        """Import an audio file as a take in the background (nothing half-imported), then analyse it."""
        from studio.audio.importer import import_audio
        from studio.store.voice import NewTake

        data_dir = self._context.paths.data_dir

        def work(_progress: Any, _handle: Any) -> Any:
            return import_audio(src, data_dir)

        def done(imported: Any) -> None:
            take = self.repo.add_take(
                NewTake(imported.path, imported.frames, imported.samplerate, imported.channels, "", "imported"),
                prompt_id=prompt_id,
                interview_id=interview_id,
                name=src.stem,
            )
            assert take.id is not None
            self.takes_changed.emit(take.id)
            self._context.messages.info(self.tr("Imported %1.").replace("%1", src.name))
            if on_done is not None:
                on_done(take)
            self.analyse(take.id)

        self._context.runner.run_task(
            work,
            on_done=done,
            on_error=lambda e: self._context.messages.error(self.tr("Import failed: %1").replace("%1", str(e))),
        )

    # ----- reading ---------------------------------------------------------------------------------------------
    def take(self, take_id: int) -> Take | None:
        return self.repo.take(take_id)

    def takes(
        self,
        scope: str = ALL_TAKES,
        *,
        prompt_id: int | None = None,
        interview_id: int | None = None,
        attempt_id: int | None = None,
    ) -> list[Take]:
        """Takes, newest first: all of them, a prompt's, or the exercise answers (optionally one attempt's)."""
        if scope == PROMPT_TAKES:
            if prompt_id is None:
                return []
            return self.repo.takes(prompt_id, interview_id)
        if scope == EXERCISE_TAKES:
            return self.repo.takes(None, interview_id, attempts_only=True, attempt_id=attempt_id)
        return self.repo.takes(None, interview_id, attempt_id=attempt_id)

    def path(self, take: Take) -> Path:
        """The take's audio file."""
        return self.repo.absolute(take)

    @staticmethod
    def marks(take: Take) -> list[Mark]:
        """The take's timeline marks."""
        return marks_from_json(take.marks)

    def update(self, take_id: int, **fields: Any) -> Take:
        """Change the take's name, rating, favourite, notes, interview or prompt."""
        row = self.repo.update_take(take_id, **fields)
        self.takes_changed.emit(take_id)
        return row

    def set_marks(self, take_id: int, marks: Iterable[Mark]) -> None:
        """Replace a take's marks (e.g. phase marks added after a recovered exercise take)."""
        self.repo.set_marks(take_id, marks_to_json(marks))
        self.takes_changed.emit(take_id)

    def review(self, take_id: int) -> DeliveryReport | None:
        """The take's stored report when it is readable and current (else None: analyse it again)."""
        return self.reviews([take_id]).get(take_id)

    def reviews(self, take_ids: list[int], *, current_only: bool = True) -> dict[int, DeliveryReport]:
        """Readable stored reports by take id (stale versions left out unless ``current_only`` is False)."""
        from studio.analysis.report import DeliveryReport, ReportFormatError

        found: dict[int, DeliveryReport] = {}
        for take_id, row in self.repo.reports(take_ids).items():
            try:
                report = DeliveryReport.from_json(row.report)
            except ReportFormatError:
                log.warning("the stored report of take %s is unreadable; it will be recomputed", take_id)
                continue
            if report.is_current or not current_only:
                found[take_id] = report
        return found

    def save_review(self, take_id: int, report: DeliveryReport) -> None:
        """Store a report changed without a new analysis (e.g. re-marked for the user's filler threshold)."""
        self._store_report(take_id, report)
        self.takes_changed.emit(take_id)

    def _store_report(self, take_id: int, report: DeliveryReport) -> None:
        self.repo.save_report(take_id, report.analysis_version, report.language, report.to_json())

    # ----- analysis --------------------------------------------------------------------------------------------
    def is_analysing(self, take_id: int) -> bool:
        return take_id in self._running

    def analyse(self, take_id: int, language: str | None = None) -> None:
        """Analyse a take in the background; ``analysed`` or ``analysis_failed`` follows on the GUI thread.

        Filled pauses are marked at the user's own threshold for the take's voice (input device) and language,
        learnt from the marks they confirmed or rejected (``studio.core.filler_feedback``).
        """
        from studio.core.filler_feedback import user_threshold
        from studio.store.filler_verdicts import FillerVerdictRepository
        from studio.store.settings import SettingsRepository

        take = self.repo.take(take_id)
        if take is None or take_id in self._running:
            return
        path = self.repo.absolute(take)
        lang = language or self._context.audio_language
        assert self._context.store is not None
        long_pause = float(SettingsRepository(self._context.store).get("long_pause_seconds"))
        filler_threshold = user_threshold(FillerVerdictRepository(self._context.store).pairs(take.device_name, lang))
        stop = threading.Event()  # set by cancel(); also works with the synchronous test runner

        def work(progress: Any, handle: Any) -> Any:
            from studio.analysis import analyze_file

            def cancelled() -> bool:
                return bool(handle.cancelled or stop.is_set())

            return analyze_file(
                path,
                lang,
                progress=progress,
                cancel=cancelled,
                long_pause_s=long_pause,
                filler_threshold=filler_threshold,
            )

        def done(report: Any) -> None:
            self._running.pop(take_id, None)
            self._store_report(take_id, report)
            self.analysed.emit(take_id)

        def failed(exc: BaseException) -> None:
            from studio.analysis import Cancelled

            self._running.pop(take_id, None)
            if isinstance(exc, Cancelled):
                self.analysis_failed.emit(take_id, "")
            else:
                self.analysis_failed.emit(take_id, str(exc))

        self._running[take_id] = (None, stop)
        self.analysis_started.emit(take_id)
        handle = self._context.runner.run_task(
            work,
            on_done=done,
            on_error=failed,
            on_progress=lambda value: self.analysis_progressed.emit(take_id, float(value)),
        )
        if take_id in self._running:  # still running (a synchronous runner has already finished)
            self._running[take_id] = (handle, stop)

    def cancel_analysis(self, take_id: int | None = None) -> None:
        """Stop the analysis of one take, or of every take."""
        for key in [take_id] if take_id is not None else list(self._running):
            entry = self._running.get(key)
            if entry is None:
                continue
            handle, stop = entry
            stop.set()
            if handle is not None:
                handle.cancel()

    # ----- trash -----------------------------------------------------------------------------------------------
    def trash(self, take_id: int) -> None:
        """Move a take to the trash (undo with :meth:`restore`)."""
        self.cancel_analysis(take_id)
        self.repo.trash_take(take_id)
        self.takes_changed.emit(take_id)

    def restore(self, take_id: int) -> None:
        """Bring a trashed take back."""
        self.repo.restore_take(take_id)
        self.takes_changed.emit(take_id)

    def empty_trash(self) -> int:
        """Delete trashed takes for good; returns how many."""
        count = self.repo.empty_trash()
        self.takes_changed.emit(0)
        return count

    # ----- export ----------------------------------------------------------------------------------------------
    def export(self, take_id: int, dest: Path, on_done: Callable[[Path], None] | None = None) -> None:
        """Write the take as WAV or FLAC (by ``dest``'s extension) in the background; the user is told the result."""
        from studio.audio.exporter import export_audio

        take = self.repo.take(take_id)
        if take is None:
            return
        src = self.repo.absolute(take)

        def done(path: Path) -> None:
            self._context.messages.info(self.tr("Exported to %1").replace("%1", str(path)))
            if on_done is not None:
                on_done(path)

        self._context.runner.run_task(
            lambda progress, _handle: export_audio(src, dest, progress),
            on_done=done,
            on_error=lambda e: self._context.messages.error(self.tr("Export failed: %1").replace("%1", str(e))),
        )

    def shutdown(self) -> None:
        """Cancel running analyses (the window is closing)."""
        self.cancel_analysis()
