"""A 5-second microphone check: level, clipping, noise floor and a plain verdict.

The UI starts a :class:`MicCheck`, polls :attr:`MicCheck.progress` / :meth:`MicCheck.poll_meter` from its timer
and, once :attr:`MicCheck.done` is true, calls :meth:`MicCheck.result` (which releases the device). The verdict is
a stable code plus English text; the UI translates by code:

=============  ==========================================================================
code           meaning
=============  ==========================================================================
``no_signal``  peak below -60 dBFS: nothing arrives (unplugged, muted, wrong device)
``clipping``   more than 0.05 % of samples at full scale
``too_quiet``  speech level below -40 dBFS
``too_loud``   speech level above -6 dBFS (close to clipping)
``noisy``      noise floor above -50 dBFS and less than 15 dB under the speech level
``ok``         none of the above
=============  ==========================================================================

Speech level is the 95th percentile and noise floor the 10th percentile of 50 ms RMS windows, in dBFS.
"""

from __future__ import annotations

import collections
import threading
import time
from dataclasses import dataclass

import numpy as np

from studio.audio.recorder import CLIP_LEVEL, MeterReading, to_dbfs
from studio.audio.sources import Source

VERDICT_TEXT = {
    "no_signal": "No sound from the microphone — check that it is connected, selected and not muted",
    "clipping": "Too loud: the sound clips — lower the input gain or move away from the microphone",
    "too_quiet": "Too quiet — move closer to the microphone or raise the input gain",
    "too_loud": "Very loud, close to clipping — lower the input gain a little",
    "noisy": "Background noise is high — find a quieter place or move closer to the microphone",
    "ok": "Microphone sounds good",
}
_WINDOW_SECONDS = 0.05


@dataclass(frozen=True)
class MicCheckResult:
    """Outcome of a mic check.

    Attributes:
        level_dbfs: Speech level (95th percentile of 50 ms RMS).
        peak_dbfs: Highest sample.
        noise_floor_dbfs: 10th percentile of 50 ms RMS.
        clipped_fraction: Share of samples at full scale.
        verdict: Stable code (see module doc).
        message: English text for the code.
        seconds: Audio analysed.
    """

    level_dbfs: float
    peak_dbfs: float
    noise_floor_dbfs: float
    clipped_fraction: float
    verdict: str
    message: str
    seconds: float

    @property
    def clipping(self) -> bool:
        """True when the verdict is clipping."""
        return self.verdict == "clipping"


def analyze_levels(samples: np.ndarray, samplerate: int) -> MicCheckResult:
    """Judge a short recording.

    Args:
        samples: float samples, (frames,) or (frames, channels).
        samplerate: Frames per second.
    """
    data = np.asarray(samples, dtype=np.float32)
    mono = data if data.ndim == 1 else data[:, 0] if data.shape[1] == 1 else data.mean(axis=1)
    if mono.size == 0:
        return MicCheckResult(-120.0, -120.0, -120.0, 0.0, "no_signal", VERDICT_TEXT["no_signal"], 0.0)
    peak = float(np.abs(data).max())
    clipped = float(np.count_nonzero(np.abs(data) >= CLIP_LEVEL)) / data.size
    window = max(1, int(samplerate * _WINDOW_SECONDS))
    usable = mono[: mono.size - mono.size % window] if mono.size >= window else mono
    frames = usable.reshape(-1, min(window, usable.size)).astype(np.float64)
    rms = np.sqrt(np.mean(frames**2, axis=1))
    level = to_dbfs(float(np.percentile(rms, 95)))
    floor = to_dbfs(float(np.percentile(rms, 10)))
    peak_db = to_dbfs(peak)
    if peak_db < -60.0:
        verdict = "no_signal"
    elif clipped > 0.0005:
        verdict = "clipping"
    elif level < -40.0:
        verdict = "too_quiet"
    elif level > -6.0:
        verdict = "too_loud"
    elif floor > -50.0 and level - floor < 15.0:
        verdict = "noisy"
    else:
        verdict = "ok"
    return MicCheckResult(level, peak_db, floor, clipped, verdict, VERDICT_TEXT[verdict], mono.size / samplerate)


class MicCheck:
    """Collects ``seconds`` of audio from a source without writing anything, then judges it.

    Args:
        source: The input to check (started by :meth:`start`, stopped by :meth:`result` / :meth:`cancel`).
        seconds: Length of the check.
    """

    def __init__(self, source: Source, seconds: float = 5.0) -> None:
        self.source = source
        self.seconds = seconds
        self._needed = int(seconds * source.samplerate)
        self._blocks: list[np.ndarray] = []
        self._frames = 0
        self._meter: collections.deque[tuple[float, float, bool]] = collections.deque(maxlen=512)
        self._done = threading.Event()
        self._error: BaseException | None = None
        self._running = False

    def start(self) -> None:
        """Start the source (raises :class:`~studio.audio.errors.AudioError` if it cannot open)."""
        self._running = True
        self.source.start(self._on_block, self._on_error)

    def _on_block(self, block: np.ndarray, frame_time: float, overflow: bool) -> None:
        if self._done.is_set():
            return
        take = min(block.shape[0], self._needed - self._frames)
        piece = block[:take].copy()
        self._blocks.append(piece)
        self._frames += take
        if piece.size:
            peak = float(np.abs(piece).max())
            self._meter.append((peak, float(np.sqrt(np.mean(piece * piece))), peak >= CLIP_LEVEL))
        if self._frames >= self._needed:
            self._done.set()

    def _on_error(self, exc: BaseException) -> None:
        self._error = exc
        self._done.set()

    @property
    def progress(self) -> float:
        """0..1 of the check done."""
        return min(1.0, self._frames / self._needed) if self._needed else 1.0

    @property
    def done(self) -> bool:
        """True once enough audio arrived (or the source failed)."""
        return self._done.is_set()

    def poll_meter(self) -> MeterReading | None:
        """Level since the previous poll, like :meth:`studio.audio.recorder.Recorder.poll_meter`."""
        readings = []
        while self._meter:
            readings.append(self._meter.popleft())
        if not readings:
            return None
        return MeterReading(max(r[0] for r in readings), max(r[1] for r in readings), any(r[2] for r in readings))

    def wait(self, timeout: float | None = None) -> bool:
        """Block until done (for tests and the blocking helper); True when done."""
        return self._done.wait(timeout)

    def result(self) -> MicCheckResult:
        """Stop the source and judge what arrived (a short or silent check yields ``no_signal``)."""
        self.cancel()
        blocks = self._blocks
        samples = np.concatenate(blocks) if blocks else np.zeros((0, self.source.channels), dtype=np.float32)
        return analyze_levels(samples, self.source.samplerate)

    def cancel(self) -> None:
        """Stop the source; idempotent."""
        if self._running:
            self._running = False
            self.source.stop()


def run_mic_check(source: Source, seconds: float = 5.0, timeout: float | None = None) -> MicCheckResult:
    """Blocking mic check (for a worker thread or the CLI): waits up to ``timeout`` (default seconds + 2 s)."""
    check = MicCheck(source, seconds)
    check.start()
    deadline = time.monotonic() + (timeout if timeout is not None else seconds + 2.0)
    check.wait(max(0.0, deadline - time.monotonic()))
    return check.result()
