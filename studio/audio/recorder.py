"""The recorder: a source callback that only copies and enqueues, and a writer thread that never loses a take.

Threads:

* the **source thread** (PortAudio's callback thread, or the fake's) runs :meth:`Recorder._on_block`: it copies
  the block, ``put_nowait``s it on the writer queue and appends (peak, RMS, clipped) to a lock-free meter deque.
  No I/O, no logging, no blocking lock;
* the **writer thread** drains the queue into a :class:`~studio.audio.wavfile.WavWriter` (header valid after
  every block), feeds the peaks pyramid, fsyncs at least every ``fsync_interval`` (0.25 s), rewrites the capture
  state file when overflow marks arrive, and is the **watchdog**: no block for ``watchdog_timeout`` (1.0 s) means
  the device was lost, and the take is finalised with everything received so far. It ends on a sentinel.

The GUI thread polls: :meth:`Recorder.poll_meter`, :meth:`Recorder.drain_events`, :attr:`Recorder.elapsed_seconds`,
:attr:`Recorder.state`, :meth:`Recorder.live_peaks`, and collects the result with :meth:`Recorder.stop` (also after
the take ended on its own: ``state == FINISHED``).

Files of one take ``<data_dir>/takes/YYYY/MM/<uuid>.wav``:

* ``<uuid>.wav``: PCM 16-bit WAV, readable at every moment;
* ``<uuid>.wav.capture``: JSON state file while the capture runs (see :func:`studio.audio.recovery.read_state`);
  removed on a clean finish, so one that survives a launch marks an interrupted capture;
* ``<uuid>.peaks``: the peaks pyramid, written when the take is finalised.

Events (:class:`RecorderEvent.kind`): ``"overflow"`` (input overflow reported by the device; the mark is kept in
:attr:`TakeResult.overflow_times`), ``"dropped"`` (the writer queue was full and a block was lost: should never
happen), ``"device_lost"``, ``"source_error"``, ``"write_error"`` and, last, ``"finished"``. Times are seconds from
the start of the take's audio (frames written / rate), so a mark lines up with the waveform.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import json
import os
import queue
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

import numpy as np

from studio.audio.errors import AudioError, RecorderError
from studio.audio.peaks import Peaks, PeaksBuilder, peaks_path_for
from studio.audio.sources import Source
from studio.audio.wavfile import WavWriter

CLIP_LEVEL = 0.999
STATE_SUFFIX = ".capture"
STATE_FORMAT = "interview-studio-capture"
_SENTINEL = object()


class RecorderState(StrEnum):
    """Life cycle of one :class:`Recorder` (one take)."""

    IDLE = "idle"
    RECORDING = "recording"
    PAUSED = "paused"
    FINISHED = "finished"


class EndReason(StrEnum):
    """Why a take ended (stored with it)."""

    USER = "user"
    DEVICE_LOST = "device_lost"
    SOURCE_ERROR = "source_error"
    WRITE_ERROR = "write_error"


@dataclass(frozen=True)
class MeterReading:
    """Level since the previous poll.

    Attributes:
        peak: Largest absolute sample, linear full scale (0..1).
        rms: Largest block RMS, linear full scale.
        clipped: A sample reached full scale.
    """

    peak: float
    rms: float
    clipped: bool

    @property
    def peak_dbfs(self) -> float:
        """Peak in dBFS (-120 for silence)."""
        return to_dbfs(self.peak)

    @property
    def rms_dbfs(self) -> float:
        """RMS in dBFS (-120 for silence)."""
        return to_dbfs(self.rms)


def to_dbfs(value: float) -> float:
    """Linear full-scale amplitude to dBFS, floored at -120."""
    return float(20.0 * np.log10(value)) if value > 1e-6 else -120.0


@dataclass(frozen=True)
class RecorderEvent:
    """Something the GUI should show while recording.

    Attributes:
        kind: ``overflow``, ``dropped``, ``device_lost``, ``source_error``, ``write_error`` or ``finished``.
        take_time: Seconds from the start of the take's audio.
        message: English text for the log / a fallback; the UI translates by ``kind``.
    """

    kind: str
    take_time: float
    message: str = ""


@dataclass(frozen=True)
class TakeResult:
    """A finished take, ready to be stored.

    Attributes:
        path: The WAV file.
        peaks_path: The peaks file, or None if it could not be written.
        frames: Frames in the file.
        samplerate: Frames per second.
        channels: Channels.
        device_name: Input device name.
        overflow_times: Take-relative seconds of input overflows.
        ended_by: Why the take ended.
        error: English message when it did not end by the user's hand, else None.
        dropped_frames: Frames lost because the writer queue was full (0 unless the machine is badly overloaded).
    """

    path: Path
    peaks_path: Path | None
    frames: int
    samplerate: int
    channels: int
    device_name: str
    overflow_times: tuple[float, ...]
    ended_by: EndReason
    error: str | None = None
    dropped_frames: int = 0

    @property
    def duration(self) -> float:
        """Seconds of audio in the file."""
        return self.frames / self.samplerate if self.samplerate else 0.0


def new_take_path(data_dir: Path, now: dt.datetime | None = None, take_id: str | None = None) -> Path:
    """``<data_dir>/takes/YYYY/MM/<uuid>.wav`` (folders not created).

    Args:
        data_dir: The studio data folder.
        now: Date used for the folders (default: now, UTC).
        take_id: The uuid (default: a new uuid4 hex).
    """
    now = now or dt.datetime.now(dt.UTC)
    return Path(data_dir) / "takes" / f"{now:%Y}" / f"{now:%m}" / f"{take_id or uuid.uuid4().hex}.wav"


def state_path_for(wav_path: Path) -> Path:
    """The capture state file beside a take: ``<uuid>.wav.capture``."""
    return Path(wav_path).with_name(Path(wav_path).name + STATE_SUFFIX)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_json_atomic(path: Path, payload: dict[str, object]) -> None:
    """Write JSON to a temporary name, fsync, rename over ``path``."""
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        json.dump(payload, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


@dataclass
class _Counters:
    frames_captured: int = 0
    dropped_frames: int = 0
    overflow_times: list[float] = field(default_factory=list)


class Recorder:
    """Records one take from a :class:`~studio.audio.sources.Source` to a crash-safe WAV.

    Args:
        source: Where audio comes from (opened by :meth:`start`, closed by :meth:`stop`).
        path: The WAV to create (use :func:`new_take_path`); its folder is created.
        clock: Monotonic clock in seconds (injected for tests).
        watchdog_timeout: Seconds without a block before the device counts as lost.
        fsync_interval: Maximum seconds between fsyncs of the WAV.
        queue_blocks: Capacity of the writer queue in blocks (at 10 ms blocks, 6000 = 60 s of slack).
        writer_factory: Builds the file writer (a seam: tests inject one that fails with ENOSPC).
    """

    def __init__(
        self,
        source: Source,
        path: Path,
        *,
        clock: Callable[[], float] = time.monotonic,
        watchdog_timeout: float = 1.0,
        fsync_interval: float = 0.25,
        queue_blocks: int = 6000,
        writer_factory: Callable[[Path, int, int], WavWriter] = WavWriter,
    ) -> None:
        self.source = source
        self.path = Path(path)
        self.state_path = state_path_for(self.path)
        self.peaks_path = peaks_path_for(self.path)
        self.samplerate = int(source.samplerate)
        self.channels = int(source.channels)
        self._clock = clock
        self._watchdog_timeout = watchdog_timeout
        self._fsync_interval = fsync_interval
        self._writer_factory = writer_factory
        self._queue: queue.Queue[object] = queue.Queue(maxsize=queue_blocks)
        self._meter: collections.deque[tuple[float, float, bool]] = collections.deque(maxlen=512)
        self._events: collections.deque[RecorderEvent] = collections.deque()
        self._counters = _Counters()
        self._state = RecorderState.IDLE
        self._paused = False
        self._accepting = False
        self._last_block_at = 0.0
        self._source_error: BaseException | None = None
        self._stop_requested = threading.Event()
        self._source_lock = threading.Lock()
        self._source_running = False
        self._peaks = PeaksBuilder(self.samplerate)
        self._peaks_lock = threading.Lock()
        self._writer: WavWriter | None = None
        self._thread: threading.Thread | None = None
        self._result: TakeResult | None = None
        self._started_at = ""

    @classmethod
    def for_data_dir(cls, source: Source, data_dir: Path, **kwargs: object) -> Recorder:
        """A recorder writing a new take under ``<data_dir>/takes/YYYY/MM/``."""
        return cls(source, new_take_path(data_dir), **kwargs)  # type: ignore[arg-type]

    # ---- GUI-thread API -------------------------------------------------------------------------------------

    @property
    def state(self) -> RecorderState:
        """IDLE → RECORDING ⇄ PAUSED → FINISHED (after :meth:`stop`, or on its own after an error)."""
        return self._state

    @property
    def elapsed_seconds(self) -> float:
        """Seconds of audio in the take so far (pauses excluded)."""
        return self._counters.frames_captured / self.samplerate

    @property
    def frames_captured(self) -> int:
        """Frames accepted into the take so far."""
        return self._counters.frames_captured

    @property
    def overflow_times(self) -> tuple[float, ...]:
        """Take-relative seconds of input overflows so far."""
        return tuple(self._counters.overflow_times)

    @property
    def device_name(self) -> str:
        """The source's device name."""
        return self.source.device_name

    def start(self) -> None:
        """Create the take's files and start capturing.

        Raises:
            RecorderError: Already started, the file cannot be created, or the device refused to start (the
                message names the file or device); nothing is left on disk then.
        """
        if self._state is not RecorderState.IDLE:
            raise RecorderError("This recorder was already started; create a new one for the next take")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._started_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
            self._write_state()
            self._writer = self._writer_factory(self.path, self.samplerate, self.channels)
            _fsync_dir(self.path.parent)
        except OSError as exc:
            self._remove_files()
            raise RecorderError(f"Cannot create the take file {self.path}: {exc.strerror or exc}") from exc
        self._last_block_at = self._clock()
        self._accepting = True
        self._state = RecorderState.RECORDING
        try:
            with self._source_lock:
                self._source_running = True
                self.source.start(self._on_block, self._on_source_error)
        except BaseException as exc:
            with self._source_lock:
                self._source_running = False
            self._accepting = False
            self._remove_files()
            self._state = RecorderState.FINISHED
            raise RecorderError(f"Cannot start recording from “{self.source.device_name}”: {exc}") from exc
        # The watchdog starts only now: opening a real device can take longer than its timeout.
        self._last_block_at = self._clock()
        self._thread = threading.Thread(target=self._writer_loop, name="recorder-writer", daemon=True)
        self._thread.start()

    def pause(self) -> None:
        """Stop adding audio to the take (the meter keeps moving); no-op unless recording."""
        if self._state is RecorderState.RECORDING:
            self._paused = True
            self._state = RecorderState.PAUSED

    def resume(self) -> None:
        """Continue the same take after :meth:`pause`; no-op unless paused."""
        if self._state is RecorderState.PAUSED:
            self._paused = False
            self._state = RecorderState.RECORDING

    def poll_meter(self) -> MeterReading | None:
        """Level since the previous poll (max peak, max block RMS, any clipping), or None if no new block."""
        peak = rms = 0.0
        clipped = False
        got = False
        while True:
            try:
                p, r, c = self._meter.popleft()
            except IndexError:
                break
            got = True
            peak, rms, clipped = max(peak, p), max(rms, r), clipped or c
        return MeterReading(peak, rms, clipped) if got else None

    def drain_events(self) -> list[RecorderEvent]:
        """Events since the previous call, oldest first."""
        events = []
        while True:
            try:
                events.append(self._events.popleft())
            except IndexError:
                return events

    def live_peaks(self) -> Peaks:
        """The peaks pyramid of the audio written so far (for the live waveform)."""
        with self._peaks_lock:
            return self._peaks.snapshot()

    def wait_finished(self, timeout: float | None = None) -> bool:
        """Block until the writer thread has finalised the take (tests, the kill harness); True if it has."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
            return not thread.is_alive()
        return self._state is RecorderState.FINISHED

    def stop(self) -> TakeResult:
        """End the take (or collect a take that ended on its own) and return it; idempotent.

        Joins every thread the recorder and its source started.

        Raises:
            RecorderError: The recorder was never started.
        """
        if self._result is not None:
            return self._result
        if self._thread is None:
            raise RecorderError("The recorder was not started")
        self._stop_requested.set()
        self._stop_source()
        self._queue.put(_SENTINEL)
        self._thread.join()
        assert self._result is not None
        return self._result

    # ---- source thread ----------------------------------------------------------------------------------------

    def _on_block(self, block: np.ndarray, frame_time: float, overflow: bool) -> None:
        """Source callback: copy, enqueue, meter. Never blocks, never does I/O."""
        self._last_block_at = self._clock()
        counters = self._counters
        if overflow:
            mark = counters.frames_captured / self.samplerate
            counters.overflow_times.append(mark)
            self._events.append(RecorderEvent("overflow", mark, "Input overflow: audio was lost here"))
        flat = block.reshape(-1)
        if flat.size:
            peak = float(max(flat.max(), -flat.min()))
            rms = float(np.sqrt(np.dot(flat, flat) / flat.size))
            self._meter.append((peak, rms, peak >= CLIP_LEVEL))
        if self._paused or not self._accepting:
            return
        try:
            self._queue.put_nowait(block.copy())
        except queue.Full:
            counters.dropped_frames += block.shape[0]
            self._events.append(
                RecorderEvent("dropped", counters.frames_captured / self.samplerate, "Writer too slow: audio lost")
            )
            return
        counters.frames_captured += block.shape[0]

    def _on_source_error(self, exc: BaseException) -> None:
        self._source_error = exc

    # ---- writer thread ----------------------------------------------------------------------------------------

    def _writer_loop(self) -> None:
        writer = self._writer
        assert writer is not None
        ended_by = EndReason.USER
        error: str | None = None
        last_sync = self._clock()
        marks_saved = 0
        try:
            while True:
                try:
                    item = self._queue.get(timeout=0.05)
                except queue.Empty:
                    item = None
                if item is _SENTINEL:
                    break
                if item is not None:
                    assert isinstance(item, np.ndarray)
                    try:
                        writer.write(item)
                    except OSError as exc:
                        ended_by, error = EndReason.WRITE_ERROR, self._write_error_message(exc, writer)
                        break
                    with self._peaks_lock:
                        self._peaks.add(item)
                now = self._clock()
                if now - last_sync >= self._fsync_interval:
                    try:
                        writer.sync()
                    except OSError as exc:
                        ended_by, error = EndReason.WRITE_ERROR, self._write_error_message(exc, writer)
                        break
                    last_sync = now
                if len(self._counters.overflow_times) != marks_saved:
                    marks_saved = len(self._counters.overflow_times)
                    with contextlib.suppress(OSError):
                        self._write_state()
                if self._stop_requested.is_set():
                    continue  # the sentinel follows: drain what is queued first
                if self._source_error is not None:
                    ended_by = EndReason.SOURCE_ERROR
                    error = f"Recording stopped: the input device reported an error ({self._source_error})"
                    break
                if now - self._last_block_at > self._watchdog_timeout:
                    ended_by = EndReason.DEVICE_LOST
                    error = (
                        f"Recording stopped: the input device “{self.source.device_name}” stopped delivering audio "
                        f"for {self._watchdog_timeout:.1f} s (unplugged?). The take so far is kept."
                    )
                    break
        finally:
            self._finalise(writer, ended_by, error)

    def _write_error_message(self, exc: OSError, writer: WavWriter) -> str:
        reason = exc.strerror or str(exc)
        return (
            f"Recording stopped: could not write {self.path} ({reason}). "
            f"The first {writer.frames / self.samplerate:.1f} s were kept."
        )

    def _finalise(self, writer: WavWriter, ended_by: EndReason, error: str | None) -> None:
        """Runs on the writer thread whatever happened: stop the source, flush what is queued, close files."""
        self._accepting = False
        take_time = writer.frames / self.samplerate
        if error is not None:
            kind = ended_by.value
            self._events.append(RecorderEvent(kind, take_time, error))
        self._stop_source()
        if ended_by is not EndReason.WRITE_ERROR:
            self._drain_into(writer)
        else:
            self._drain_into(None)
        peaks_path: Path | None = self.peaks_path
        try:
            writer.close()
        except OSError as exc:
            if error is None:
                ended_by, error = EndReason.WRITE_ERROR, self._write_error_message(exc, writer)
        try:
            with self._peaks_lock:
                peaks = self._peaks.finish()
            peaks.save(self.peaks_path)
        except OSError:
            peaks_path = None
        with contextlib.suppress(OSError):
            self.state_path.unlink()
        self._result = TakeResult(
            path=self.path,
            peaks_path=peaks_path,
            frames=writer.frames,
            samplerate=self.samplerate,
            channels=self.channels,
            device_name=self.source.device_name,
            overflow_times=tuple(self._counters.overflow_times),
            ended_by=ended_by,
            error=error,
            dropped_frames=self._counters.dropped_frames,
        )
        self._events.append(RecorderEvent("finished", writer.frames / self.samplerate, error or ""))
        self._state = RecorderState.FINISHED

    def _drain_into(self, writer: WavWriter | None) -> None:
        """Write (or drop, after a write error) what the source enqueued before it stopped."""
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return
            if writer is None or not isinstance(item, np.ndarray):
                continue
            try:
                writer.write(item)
            except OSError:
                writer = None
                continue
            with self._peaks_lock:
                self._peaks.add(item)

    def _stop_source(self) -> None:
        with self._source_lock:
            if not self._source_running:
                return
            self._source_running = False
            self.source.stop()

    # ---- files ------------------------------------------------------------------------------------------------

    def _write_state(self) -> None:
        write_json_atomic(
            self.state_path,
            {
                "format": STATE_FORMAT,
                "version": 1,
                "wav": self.path.name,
                "samplerate": self.samplerate,
                "channels": self.channels,
                "sample_format": "PCM_16",
                "device_name": self.source.device_name,
                "started_at": self._started_at,
                "pid": os.getpid(),
                "overflow_times": list(self._counters.overflow_times),
            },
        )

    def _remove_files(self) -> None:
        if self._writer is not None:
            with contextlib.suppress(OSError):
                self._writer.close()
        for leftover in (self.path, self.state_path, self.state_path.with_name(self.state_path.name + ".tmp")):
            with contextlib.suppress(OSError):
                leftover.unlink()


__all__ = [
    "AudioError",
    "EndReason",
    "MeterReading",
    "Recorder",
    "RecorderEvent",
    "RecorderState",
    "TakeResult",
    "new_take_path",
    "state_path_for",
]
