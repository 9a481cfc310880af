"""Where recorded audio comes from: one small interface, a real source, a Null and a Fake.

Every source calls ``callback(block, frame_time, overflow)`` from its own thread (PortAudio's callback thread or
the fake's thread):

* ``block``: float32 array of shape (frames, channels). The source may reuse it after the callback returns, so the
  callback must copy what it keeps.
* ``frame_time``: capture time of the block's first frame in seconds (PortAudio's ADC time, or the fake's
  stream time); informative only, the recorder counts frames.
* ``overflow``: True when the device reported an input overflow (samples were lost before this block).

A source that dies with an error calls ``on_error(exc)`` once, from its thread, and delivers nothing more.

The fake's *counter* signal embeds the frame index: frame ``n`` carries the int16 value ``wrap16(n)`` (``n`` modulo
65536, as a signed 16-bit integer) scaled by 1/32768 in every channel. Those values survive a float32 or PCM 16-bit
WAV round trip exactly (the recorder's writer scales by 32768), so :func:`check_counter` can prove a file has no gap
or duplicate: consecutive samples differ by exactly 1 modulo 65536 and the first is the expected frame index.
"""

from __future__ import annotations

import math
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from studio.audio import devices
from studio.audio.errors import AudioError

BlockCallback = Callable[[np.ndarray, float, bool], None]
ErrorCallback = Callable[[BaseException], None]


class Source(ABC):
    """A stream of input blocks.

    Attributes:
        samplerate: Frames per second delivered.
        channels: Channels per frame.
        device_name: Human-readable device name (stored with the take).
    """

    samplerate: int
    channels: int
    device_name: str

    @abstractmethod
    def start(self, callback: BlockCallback, on_error: ErrorCallback | None = None) -> None:
        """Start delivering blocks to ``callback``; raise :class:`AudioError` if the device cannot start."""

    @abstractmethod
    def stop(self) -> None:
        """Stop delivering and release the device and any thread; idempotent, never raises."""


class NullSource(Source):
    """No input device: starts, never delivers, stops. Lets the studio run without audio hardware."""

    def __init__(self, samplerate: int = 48000, channels: int = 1, device_name: str = "No input device") -> None:
        self.samplerate = samplerate
        self.channels = channels
        self.device_name = device_name

    def start(self, callback: BlockCallback, on_error: ErrorCallback | None = None) -> None:
        """Do nothing: there is nothing to deliver."""

    def stop(self) -> None:
        """Do nothing."""


class SoundDeviceSource(Source):
    """The real microphone: a ``sounddevice.InputStream`` on the device chosen by name.

    Args:
        device_name: Device name from :func:`studio.audio.devices.list_input_devices`, or None for the default.
        samplerate: Rate to open (probe it first with :func:`studio.audio.devices.choose_samplerate`).
        channels: Channels to open.
        blocksize: Frames per callback; 0 lets PortAudio choose.
        latency: PortAudio latency hint; ``"high"`` favours robustness over a few ms of meter delay.
    """

    def __init__(
        self,
        device_name: str | None = None,
        samplerate: int = 48000,
        channels: int = 1,
        blocksize: int = 0,
        latency: str | float = "high",
    ) -> None:
        self.samplerate = samplerate
        self.channels = channels
        self.blocksize = blocksize
        self.latency = latency
        self._requested_name = device_name
        self.device_name = device_name or "default"
        self._stream: Any = None
        self._stopping = False

    def start(self, callback: BlockCallback, on_error: ErrorCallback | None = None) -> None:
        """Open and start the input stream.

        Raises:
            AudioError: PortAudio is missing, the device is gone, or it refused the settings.
        """
        sd = devices.sounddevice_module()
        index = devices.device_index(self._requested_name, "input")
        if self._requested_name is None:
            self.device_name = devices.find_device(None, "input").name

        def _audio_callback(indata: np.ndarray, frames: int, time_info: Any, status: Any) -> None:
            callback(indata, float(time_info.inputBufferAdcTime), bool(status.input_overflow))

        def _finished() -> None:
            if not self._stopping and on_error is not None:
                on_error(AudioError(f"The input device “{self.device_name}” stopped delivering audio"))

        self._stopping = False
        try:
            stream = sd.InputStream(
                device=index,
                samplerate=self.samplerate,
                channels=self.channels,
                dtype="float32",
                blocksize=self.blocksize,
                latency=self.latency,
                callback=_audio_callback,
                finished_callback=_finished,
            )
        except Exception as exc:  # PortAudioError / ValueError carry the device's own reason
            raise AudioError(f"Cannot open the input device “{self.device_name}”: {exc}") from exc
        devices.stream_opened()
        self._stream = stream
        try:
            stream.start()
        except Exception as exc:
            self.stop()
            raise AudioError(f"Cannot start the input device “{self.device_name}”: {exc}") from exc

    def stop(self) -> None:
        """Stop and close the stream (joins PortAudio's callback thread)."""
        stream, self._stream = self._stream, None
        if stream is None:
            return
        self._stopping = True
        try:
            stream.stop()
        except Exception:
            pass  # already dead (device unplugged): closing below is all that is left to do
        try:
            stream.close()
        except Exception:
            pass
        devices.stream_closed()


def wrap16(frame_index: np.ndarray) -> np.ndarray:
    """The int16 value the counter signal carries at each frame index."""
    return ((frame_index + 32768) % 65536 - 32768).astype(np.int16)


@dataclass(frozen=True)
class CounterCheck:
    """Result of :func:`check_counter`.

    Attributes:
        frames: Frames examined.
        first_frame: Frame index the first sample encodes (modulo 65536).
        discontinuities: Positions where the next sample is not the previous plus one.
    """

    frames: int
    first_frame: int
    discontinuities: list[int]

    @property
    def contiguous(self) -> bool:
        """True when no sample is missing or repeated."""
        return not self.discontinuities


def check_counter(samples: np.ndarray) -> CounterCheck:
    """Decode the fake's counter from int16 (or exact float) samples of one channel and find gaps/duplicates.

    Args:
        samples: 1-D int16 samples, or float samples equal to int16/32768.

    Returns:
        Where the counter breaks. With ``first_frame == 0`` and the frame count known, contiguous means exactly
        frames 0..N-1 with nothing lost or repeated (a loss of an exact multiple of 65536 frames would also change N).
    """
    if samples.dtype != np.int16:
        samples = np.rint(np.asarray(samples, dtype=np.float64) * 32768.0).astype(np.int16)
    values = samples.astype(np.int64) & 0xFFFF
    if values.size == 0:
        return CounterCheck(0, 0, [])
    steps = (np.diff(values) - 1) & 0xFFFF
    return CounterCheck(int(values.size), int(values[0]), [int(i) + 1 for i in np.flatnonzero(steps)[:100]])


class FakeSource(Source):
    """A synthetic input on its own thread, for tests, benchmarks and the kill harness.

    Args:
        samplerate: Frames per second.
        channels: Channels (every channel carries the same signal).
        blocksize: Frames per callback.
        signal: ``"counter"`` (embedded frame index, see module doc), ``"sine"``, ``"silence"``, ``"noise"``, or a
            float array of shape (frames,) or (frames, channels) played in a loop.
        amplitude: Peak of ``"sine"`` / ``"noise"``.
        frequency: Hz of ``"sine"``.
        noise_floor: Gaussian noise RMS added to ``"sine"`` (0 for a clean tone).
        speed: 1.0 = real-time pace; 50.0 = fifty times faster; ``math.inf`` = as fast as the callback returns.
        duration: Stop delivering (quietly, like an exhausted file) after this many seconds of audio.
        overflow_at: Stream times (s) at which a block reports an input overflow.
        stop_at: Stream time (s) after which the source stops calling, with no error: a lost device.
        error_at: Stream time (s) at which the source reports ``error`` through ``on_error`` and stops.
        error: The exception for ``error_at`` (default: an :class:`AudioError` like PortAudio's).
        start_error: Raise this from :meth:`start` (a device that refuses to open).
        device_name: Name reported with the take.
        seed: Seed for ``"noise"``.
    """

    def __init__(
        self,
        samplerate: int = 48000,
        channels: int = 1,
        blocksize: int = 480,
        signal: str | np.ndarray = "counter",
        amplitude: float = 0.5,
        frequency: float = 440.0,
        noise_floor: float = 0.0,
        speed: float = 1.0,
        duration: float | None = None,
        overflow_at: Sequence[float] = (),
        stop_at: float | None = None,
        error_at: float | None = None,
        error: BaseException | None = None,
        start_error: BaseException | None = None,
        device_name: str = "Fake microphone",
        seed: int = 1,
    ) -> None:
        if speed <= 0:
            raise ValueError("speed must be positive")
        self.samplerate = samplerate
        self.channels = channels
        self.blocksize = blocksize
        self.device_name = device_name
        self.signal = signal
        self.amplitude = amplitude
        self.frequency = frequency
        self.noise_floor = noise_floor
        self.speed = speed
        self.duration = duration
        self.overflow_frames = sorted(int(round(t * samplerate)) for t in overflow_at)
        self.stop_at = stop_at
        self.error_at = error_at
        self.error = error
        self.start_error = start_error
        self.frames_delivered = 0
        self._rng = np.random.default_rng(seed)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.finished = threading.Event()

    def start(self, callback: BlockCallback, on_error: ErrorCallback | None = None) -> None:
        """Start the delivering thread.

        Raises:
            BaseException: ``start_error`` when one was given.
        """
        if self.start_error is not None:
            raise self.start_error
        if self._thread is not None:
            raise RuntimeError("FakeSource already started")
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, args=(callback, on_error), name="fake-source", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop the thread and join it."""
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join()

    def _block(self, start: int, frames: int) -> np.ndarray:
        idx = np.arange(start, start + frames, dtype=np.int64)
        if isinstance(self.signal, np.ndarray):
            data = self.signal if self.signal.ndim == 2 else self.signal[:, None]
            mono_or_multi = data[idx % data.shape[0]]
            if mono_or_multi.shape[1] == self.channels:
                return np.ascontiguousarray(mono_or_multi, dtype=np.float32)
            return np.repeat(mono_or_multi[:, :1], self.channels, axis=1).astype(np.float32)
        if self.signal == "counter":
            mono = wrap16(idx).astype(np.float32) / np.float32(32768.0)
        elif self.signal == "sine":
            mono = self.amplitude * np.sin(2 * np.pi * self.frequency * idx / self.samplerate)
            if self.noise_floor:
                mono = mono + self._rng.normal(0.0, self.noise_floor, frames)
        elif self.signal == "silence":
            mono = np.zeros(frames)
        elif self.signal == "noise":
            mono = self._rng.uniform(-self.amplitude, self.amplitude, frames)
        else:
            raise ValueError(f"unknown fake signal {self.signal!r}")
        return np.repeat(np.asarray(mono, dtype=np.float32)[:, None], self.channels, axis=1)

    def _limit_frames(self) -> int | None:
        limits = [t for t in (self.duration, self.stop_at, self.error_at) if t is not None]
        return int(round(min(limits) * self.samplerate)) if limits else None

    def _run(self, callback: BlockCallback, on_error: ErrorCallback | None) -> None:
        limit = self._limit_frames()
        pending_overflows = list(self.overflow_frames)
        t0 = time.monotonic()
        period = self.blocksize / self.samplerate / self.speed if math.isfinite(self.speed) else 0.0
        n_block = 0
        try:
            while not self._stop.is_set():
                start = self.frames_delivered
                frames = self.blocksize if limit is None else min(self.blocksize, limit - start)
                if frames <= 0:
                    break
                if period:
                    delay = t0 + (n_block + 1) * period - time.monotonic()
                    if delay > 0 and self._stop.wait(delay):
                        break
                overflow = False
                while pending_overflows and pending_overflows[0] < start + frames:
                    pending_overflows.pop(0)
                    overflow = True
                callback(self._block(start, frames), start / self.samplerate, overflow)
                self.frames_delivered = start + frames
                n_block += 1
            if (
                self.error_at is not None
                and on_error is not None
                and limit is not None
                and self.frames_delivered >= limit
                and not self._stop.is_set()
            ):
                on_error(self.error or AudioError(f"{self.device_name}: Unanticipated host error [PaErrorCode -9999]"))
        finally:
            self.finished.set()
