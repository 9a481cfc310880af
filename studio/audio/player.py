"""Take playback through a sounddevice output stream, with position, seek, ranges (loops) and an end flag.

A feeder thread reads the file in chunks (WAV, FLAC, OGG, MP3: anything soundfile reads), mixes it down to mono
when the device has fewer channels than the file, resamples it (streaming linear interpolation) when the device
does not accept the file's rate, and queues the chunks several seconds ahead; the output callback only copies
queued samples into the device buffer (no file I/O, no allocation, no blocking).

Robust under load (analysis running, other programs busy): the stream starts only once the queue holds
:data:`PREFILL_SECONDS` of audio, and playback uses a large device buffer (:data:`PLAYBACK_LATENCY_S`) since
nothing is recorded at the same time, so a stall of a few hundred milliseconds never reaches the speaker.
:attr:`Player.underruns` counts buffers the device asked for when no audio was ready (before the end).

The GUI polls :attr:`Player.position_seconds`, :attr:`Player.state` and :meth:`Player.drain_events`
(``"ended"`` when the take or range finished, ``"looped"`` at each loop restart, ``"error"`` with a message).

Example::

    player = Player(device_name=settings.output_device)
    player.load(take_path)
    player.play(start=12.0, end=15.5, loop=True)
    ...  # timer: cursor = player.position_seconds; for event in player.drain_events(): ...
    player.close()
"""

from __future__ import annotations

import collections
import contextlib
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from studio.audio import devices
from studio.audio.errors import AudioError, AudioFileError
from studio.native_stderr import captured_native_stderr

log = logging.getLogger(__name__)

_END = object()
_CHUNK = 8192
QUEUE_SECONDS = 4.0  # how far the feeder reads ahead
PREFILL_SECONDS = 0.75  # queued before the stream starts
PLAYBACK_LATENCY_S = 0.25  # device buffer for playback only (PortAudio suggested latency)
PLAYBACK_BLOCKSIZE = 2048
_PREFILL_WAIT_S = 2.0  # upper bound on waiting for the prefill (a slow disk must not freeze the GUI)


class StopPlayback(Exception):  # noqa: N818 - mirrors sounddevice.CallbackStop for injected test streams
    """Raised by the output callback to end the stream after this buffer (custom stream factories)."""


class OutputStream(Protocol):
    """The part of ``sounddevice.OutputStream`` the player uses."""

    def start(self) -> None: ...
    def stop(self) -> None: ...
    def close(self) -> None: ...


StreamFactory = Callable[..., OutputStream]


class PlayerState(StrEnum):
    """What the player is doing."""

    STOPPED = "stopped"
    PLAYING = "playing"
    PAUSED = "paused"


@dataclass(frozen=True)
class PlayerEvent:
    """Something the GUI should react to.

    Attributes:
        kind: ``ended``, ``looped`` or ``error``.
        position: Seconds in the file when it happened.
        message: English text for ``error``.
    """

    kind: str
    position: float
    message: str = ""


class LinearResampler:
    """Streaming linear-interpolation resampler (continuous across chunks).

    Args:
        in_rate: Input frames per second.
        out_rate: Output frames per second.
    """

    def __init__(self, in_rate: int, out_rate: int) -> None:
        self.step = in_rate / out_rate
        self._t = 0.0
        self._prev: np.ndarray | None = None

    def process(self, chunk: np.ndarray) -> np.ndarray:
        """Resample a (frames, channels) chunk; output length follows the rate ratio over the whole stream."""
        if self.step == 1.0:
            return chunk
        buf = chunk if self._prev is None else np.concatenate((self._prev, chunk))
        last = buf.shape[0] - 1
        if last < 1:
            self._prev = buf[-1:].copy() if buf.shape[0] else self._prev
            return np.zeros((0, chunk.shape[1]), dtype=np.float32)
        count = int(np.ceil((last - self._t) / self.step))
        times = self._t + np.arange(count) * self.step
        times = times[times < last]
        idx = times.astype(np.int64)
        frac = (times - idx).astype(np.float32)[:, None]
        out = buf[idx] * (1.0 - frac) + buf[idx + 1] * frac
        self._t = (times[-1] + self.step - last) if times.size else self._t - last
        self._prev = buf[-1:].copy()
        result: np.ndarray = out.astype(np.float32)
        return result


def resample(samples: np.ndarray, in_rate: int, out_rate: int) -> np.ndarray:
    """Resample a whole (frames, channels) array with :class:`LinearResampler`."""
    return LinearResampler(in_rate, out_rate).process(np.asarray(samples, dtype=np.float32))


def _sounddevice_stream(**kwargs: Any) -> OutputStream:
    sd = devices.sounddevice_module()
    stream: OutputStream = sd.OutputStream(**kwargs)
    return stream


class Player:
    """Plays one file at a time on the output device chosen by name.

    Args:
        device_name: Output device name (None: the default output).
        stream_factory: Builds the output stream from ``sounddevice.OutputStream`` keyword arguments (a seam for
            tests; the default opens the real device). A custom factory's callback ends with :class:`StopPlayback`.
        blocksize: Frames per output callback.
        latency: PortAudio latency hint (seconds, or "low"/"high").
        output_samplerate: Force this device rate (default: the file's rate if the device accepts it).
        output_channels: Force this many device channels (default: the file's, or mono mixdown).
    """

    def __init__(
        self,
        device_name: str | None = None,
        *,
        stream_factory: StreamFactory | None = None,
        blocksize: int = PLAYBACK_BLOCKSIZE,
        latency: str | float = PLAYBACK_LATENCY_S,
        output_samplerate: int | None = None,
        output_channels: int | None = None,
    ) -> None:
        self.device_name = device_name
        self._forced_rate = output_samplerate
        self._forced_channels = output_channels
        self._factory = stream_factory or _sounddevice_stream
        self._real_device = stream_factory is None
        self._blocksize = blocksize
        self._latency = latency
        self.path: Path | None = None
        self.samplerate = 0
        self.channels = 0
        self.frames = 0
        self.out_rate = 0
        self.out_channels = 0
        self._position = 0.0  # in file frames
        self._state = PlayerState.STOPPED
        self._events: collections.deque[PlayerEvent] = collections.deque()
        self._stream: OutputStream | None = None
        self._feeder: threading.Thread | None = None
        self._queue: queue.Queue[object] = queue.Queue(maxsize=16)
        self._halt = threading.Event()
        self._range: tuple[int, int, bool] = (0, 0, False)
        self._ended = False
        self._stop_exc: type[BaseException] = StopPlayback
        self._prefilled = threading.Event()
        self.underruns = 0

    # ---- GUI-thread API -------------------------------------------------------------------------------------

    def load(self, path: Path) -> None:
        """Open a file for playback (stops what was playing).

        Raises:
            AudioFileError: The file cannot be read as audio (the message names it).
        """
        import soundfile as sf

        self.stop()
        try:
            info = sf.info(str(path))
        except (sf.LibsndfileError, RuntimeError, OSError) as exc:
            raise AudioFileError(f"{path} cannot be played: {exc}") from exc
        self.path = Path(path)
        self.samplerate, self.channels, self.frames = info.samplerate, info.channels, info.frames
        self._position = 0.0
        self.out_rate, self.out_channels = self._output_format()

    def _output_format(self) -> tuple[int, int]:
        if not self._real_device:
            return self._forced_rate or self.samplerate, self._forced_channels or self.channels
        sd = devices.sounddevice_module()
        self._stop_exc = sd.CallbackStop
        dev = devices.find_device(self.device_name, "output")
        index = devices.device_index(self.device_name, "output")
        channels = self._forced_channels or (self.channels if self.channels <= min(2, dev.max_output_channels) else 1)
        for rate in (self._forced_rate or self.samplerate, int(dev.default_samplerate), 48000, 44100):
            try:
                sd.check_output_settings(device=index, channels=channels, samplerate=rate, dtype="float32")
            except Exception:  # this rate is not accepted; try the next one
                continue
            return rate, channels
        raise AudioError(f"The output device “{dev.name}” accepts none of the rates tried for {self.path}")

    @property
    def duration(self) -> float:
        """Seconds in the loaded file."""
        return self.frames / self.samplerate if self.samplerate else 0.0

    @property
    def position_seconds(self) -> float:
        """Where playback is (seconds in the file)."""
        return self._position / self.samplerate if self.samplerate else 0.0

    @property
    def state(self) -> PlayerState:
        """Stopped, playing or paused (an ended take reads as stopped)."""
        if self._state is PlayerState.PLAYING and self._ended:
            self._close_stream()
            self._state = PlayerState.STOPPED
        return self._state

    @property
    def ended(self) -> bool:
        """True once the take (or the non-looping range) played to its end."""
        return self._ended

    def drain_events(self) -> list[PlayerEvent]:
        """Events since the previous call, oldest first."""
        events = []
        while self._events:
            events.append(self._events.popleft())
        return events

    def play(self, start: float | None = None, end: float | None = None, loop: bool = False) -> None:
        """Play from ``start`` (default: the current position) to ``end`` (default: the end), looping if asked.

        Raises:
            AudioError: Nothing loaded, or the device cannot open.
        """
        if self.path is None:
            raise AudioError("Nothing to play: no take loaded")
        first = self._position if start is None else start * self.samplerate
        last = self.frames if end is None else min(self.frames, int(round(end * self.samplerate)))
        range_start = 0 if start is None else int(min(max(0.0, first), max(0, last - 1)))
        if start is None and (self._ended or first >= last):
            first = range_start
        first = int(min(max(0.0, first), max(0, last - 1)))
        self._start(first, range_start, last, loop)

    def pause(self) -> None:
        """Stop the sound and keep the position; :meth:`play` continues from there."""
        if self._state is PlayerState.PLAYING:
            self._close_stream()
            self._state = PlayerState.PAUSED

    def seek(self, seconds: float) -> None:
        """Move the position (keeps playing if it was playing)."""
        target = min(max(0.0, seconds * self.samplerate), float(self.frames))
        if self._state is PlayerState.PLAYING and not self._ended:
            first, last, loop = self._range
            self._start(int(target), first, last, loop)
        else:
            self._close_stream()
            self._position = target
            if self._state is not PlayerState.PAUSED:
                self._state = PlayerState.STOPPED

    def stop(self) -> None:
        """Stop playback and rewind to the start; joins the feeder thread."""
        self._close_stream()
        self._position = 0.0
        self._state = PlayerState.STOPPED

    def close(self) -> None:
        """Stop and release the device."""
        self.stop()

    # ---- machinery --------------------------------------------------------------------------------------------

    def _start(self, position: int, range_start: int, range_end: int, loop: bool) -> None:
        self._close_stream()
        self._range = (range_start, range_end, loop)
        self._position = float(position)
        self._ended = False
        self._halt = threading.Event()
        self._prefilled = threading.Event()
        chunk_seconds = _CHUNK / max(self.samplerate, 1)
        self._queue = queue.Queue(maxsize=max(4, int(np.ceil(QUEUE_SECONDS / chunk_seconds))))
        self._prefill_items = max(1, int(np.ceil(PREFILL_SECONDS / chunk_seconds)))
        self._current: np.ndarray | None = None
        self._current_pos = 0.0
        self._offset = 0
        self._end_seen = False
        self._feeder = threading.Thread(
            target=self._feed,
            args=(position, range_start, range_end, loop, self._halt, self._queue),
            name="player-feeder",
            daemon=True,
        )
        self._feeder.start()
        self._prefilled.wait(_PREFILL_WAIT_S)
        try:
            stream = self._factory(
                device=devices.device_index(self.device_name, "output") if self._real_device else None,
                samplerate=self.out_rate,
                channels=self.out_channels,
                dtype="float32",
                blocksize=self._blocksize,
                latency=self._latency,
                callback=self._callback,
                finished_callback=self._on_finished,
            )
        except Exception as exc:
            self._stop_feeder()
            raise AudioError(f"Cannot open the output device “{self.device_name or 'default'}”: {exc}") from exc
        self._stream = stream
        if self._real_device:
            devices.stream_opened()
        self._state = PlayerState.PLAYING
        try:
            stream.start()
        except Exception as exc:
            self._close_stream()
            self._state = PlayerState.STOPPED
            raise AudioError(f"Cannot start the output device “{self.device_name or 'default'}”: {exc}") from exc

    def _convert(self, block: np.ndarray, resampler: LinearResampler) -> np.ndarray:
        if block.shape[1] != self.out_channels:
            block = np.repeat(block.mean(axis=1, keepdims=True), self.out_channels, axis=1)
        return resampler.process(np.ascontiguousarray(block, dtype=np.float32))

    def _feed(
        self,
        position: int,
        range_start: int,
        range_end: int,
        loop: bool,
        halt: threading.Event,
        out: queue.Queue[object],
    ) -> None:
        import soundfile as sf

        assert self.path is not None
        ratio = self.samplerate / self.out_rate

        prefilled = self._prefilled
        queued = 0

        def put(item: object) -> bool:
            nonlocal queued
            while not halt.is_set():
                try:
                    out.put(item, timeout=0.05)
                except queue.Full:
                    prefilled.set()
                    continue
                queued += 1
                if item is _END or queued >= self._prefill_items:
                    prefilled.set()
                return True
            return False

        pos = position
        noise: list[str] = []

        def read(handle: Any, count: int) -> np.ndarray:
            if not quiet:
                return np.asarray(handle.read(count, dtype="float32", always_2d=True))
            with captured_native_stderr() as lines:  # libmpg123 writes straight to descriptor 2
                block = np.asarray(handle.read(count, dtype="float32", always_2d=True))
            noise.extend(lines[:10])
            return block

        quiet = self.path.suffix.lower() == ".mp3"
        try:
            with sf.SoundFile(str(self.path)) as handle:
                handle.seek(position)
                resampler = LinearResampler(self.samplerate, self.out_rate)
                while not halt.is_set():
                    count = min(_CHUNK, range_end - pos)
                    if count <= 0:
                        if loop and range_end > range_start:
                            pos = range_start
                            handle.seek(pos)
                            resampler = LinearResampler(self.samplerate, self.out_rate)
                            if not put(("looped", pos)):
                                return
                            continue
                        put(_END)
                        return
                    block = read(handle, count)
                    if block.shape[0] == 0:
                        put(_END)
                        return
                    converted = self._convert(block, resampler)
                    if converted.shape[0] and not put((converted, float(pos), ratio)):
                        return
                    pos += block.shape[0]
        except Exception as exc:  # unreadable mid-way: tell the GUI and end
            self._events.append(PlayerEvent("error", pos / self.samplerate, f"Playback of {self.path} failed: {exc}"))
            put(_END)
        finally:
            prefilled.set()
            if noise:
                log.warning("%s: the decoder reported problems during playback, first: %s", self.path, noise[0])

    def _callback(self, outdata: np.ndarray, frames: int, time_info: Any, status: Any) -> None:
        """Output callback: copy queued samples, never block, never read the file, never allocate arrays."""
        if status is not None and getattr(status, "output_underflow", False):
            self.underruns += 1
        written = 0
        while written < frames:
            if self._current is None:
                if self._end_seen:
                    break
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    self.underruns += 1  # nothing ready before the end: silence for the rest of this buffer
                    break
                if item is _END:
                    self._end_seen = True
                    break
                assert isinstance(item, tuple)
                if isinstance(item[0], str):  # ("looped", position)
                    self._position = float(item[1])
                    self._events.append(PlayerEvent("looped", item[1] / self.samplerate))
                    continue
                self._current, self._current_pos, self._ratio = item
                self._offset = 0
            current = self._current
            assert current is not None
            n = min(frames - written, current.shape[0] - self._offset)
            outdata[written : written + n] = current[self._offset : self._offset + n]
            written += n
            self._offset += n
            self._position = self._current_pos + self._offset * self._ratio
            if self._offset >= current.shape[0]:
                self._current = None
        if written < frames:
            outdata[written:] = 0
        if self._end_seen and self._current is None:
            raise self._stop_exc

    def _on_finished(self) -> None:
        if self._end_seen and not self._halt.is_set():
            self._ended = True
            self._position = float(self._range[1])
            self._events.append(PlayerEvent("ended", self._position / self.samplerate))

    def _stop_feeder(self) -> None:
        self._halt.set()
        feeder, self._feeder = self._feeder, None
        if feeder is not None:
            feeder.join()

    def _close_stream(self) -> None:
        self._halt.set()
        stream, self._stream = self._stream, None
        if stream is not None:
            with contextlib.suppress(Exception):
                stream.stop()
            with contextlib.suppress(Exception):
                stream.close()
            if self._real_device:
                devices.stream_closed()
        self._stop_feeder()


class FakeOutputStream:
    """An output device for tests and demos: pulls the player's callback on its own thread at ``speed`` × real time
    and keeps what was played (``played`` blocks, ``audio()``). Build one per stream through a ``stream_factory``:
    ``Player(stream_factory=lambda **kw: FakeOutputStream(speed=20.0, **kw))``.
    """

    def __init__(
        self,
        *,
        samplerate: int,
        channels: int,
        blocksize: int,
        callback: Callable[..., None],
        finished_callback: Callable[[], None],
        speed: float = 1.0,
        **_: Any,
    ) -> None:
        self.samplerate, self.channels, self.blocksize = samplerate, channels, blocksize
        self.callback, self.finished_callback = callback, finished_callback
        self.period = blocksize / samplerate / speed
        self.played: list[np.ndarray] = []
        self._halt = threading.Event()
        self._thread = threading.Thread(target=self._run, name="fake-output", daemon=True)

    def _run(self) -> None:
        try:
            while not self._halt.wait(self.period):
                out = np.full((self.blocksize, self.channels), np.nan, dtype=np.float32)
                try:
                    self.callback(out, self.blocksize, None, None)
                except StopPlayback:
                    self.played.append(out)
                    break
                self.played.append(out)
        finally:
            self.finished_callback()

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._halt.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join()

    def close(self) -> None:
        self.stop()

    def audio(self) -> np.ndarray:
        """Everything played so far, frames × channels."""
        return np.concatenate(self.played) if self.played else np.zeros((0, self.channels), dtype=np.float32)
