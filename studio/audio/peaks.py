"""Peaks pyramid: min/max/RMS per 256 and per 65,536 frames, so a 60-minute take draws instantly.

The recorder's writer thread feeds every block to a :class:`PeaksBuilder`; the GUI draws
:meth:`Peaks.envelope` for the visible range and pixel width, which returns at most ``width`` (min, max) pairs,
i.e. at most ``2 × width`` points once interleaved with :meth:`Envelope.line`.

Peaks describe the *mono mixdown* (mean of channels) in float full scale [-1, 1].

File format ``<take>.peaks`` (written atomically at the end of a take, import or recovery: temporary name, fsync,
rename): a NumPy ``.npz`` archive (uncompressed) with

* ``version`` (int, currently 1), ``samplerate`` (int), ``frames`` (int), ``bins`` (int array: ``[256, 65536]``),
* ``min0``, ``max0``, ``rms0``: float32 per 256 frames; ``min1``, ``max1``, ``rms1``: float32 per 65,536 frames.

The last bin of each level may cover fewer frames. Peaks are not appended to disk during recording: a take
interrupted by a crash gets its peaks rebuilt from the repaired WAV by recovery (about 0.1-0.2 s per 10 minutes of
48 kHz mono, see the ``peaks build`` benchmark), which is both simpler and more trustworthy than a half-written file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

BIN_FRAMES = (256, 65536)
_RATIO = BIN_FRAMES[1] // BIN_FRAMES[0]
PEAKS_VERSION = 1


def peaks_path_for(wav_path: Path) -> Path:
    """Where the peaks of a take live: ``<uuid>.wav`` → ``<uuid>.peaks``."""
    return Path(wav_path).with_suffix(".peaks")


@dataclass(frozen=True)
class PeakLevel:
    """One level of the pyramid.

    Attributes:
        bin_frames: Frames summarised per bin.
        mins: Minimum per bin.
        maxs: Maximum per bin.
        rms: RMS per bin.
    """

    bin_frames: int
    mins: np.ndarray
    maxs: np.ndarray
    rms: np.ndarray

    def __len__(self) -> int:
        return int(self.mins.shape[0])


@dataclass(frozen=True)
class Envelope:
    """What the waveform widget draws for one view.

    Attributes:
        times: Seconds at the centre of each pixel column (len ≤ width).
        mins: Minimum per column.
        maxs: Maximum per column.
        rms: RMS per column (for a lighter inner band).
    """

    times: np.ndarray
    mins: np.ndarray
    maxs: np.ndarray
    rms: np.ndarray

    def line(self) -> tuple[np.ndarray, np.ndarray]:
        """Interleave min and max into one polyline of ``2 × len(times)`` points (x, y)."""
        x = np.repeat(self.times, 2)
        y = np.empty(x.shape[0], dtype=np.float32)
        y[0::2] = self.mins
        y[1::2] = self.maxs
        return x, y


def _empty_envelope() -> Envelope:
    empty = np.zeros(0, dtype=np.float32)
    return Envelope(np.zeros(0), empty, empty, empty)


class Peaks:
    """A loaded or live peaks pyramid.

    Args:
        samplerate: Frames per second of the take.
        frames: Frames the peaks cover.
        levels: Levels, finest first (bins of 256 then 65,536 frames).
    """

    def __init__(self, samplerate: int, frames: int, levels: list[PeakLevel]) -> None:
        self.samplerate = int(samplerate)
        self.frames = int(frames)
        self.levels = levels

    @property
    def duration(self) -> float:
        """Seconds covered."""
        return self.frames / self.samplerate if self.samplerate else 0.0

    def envelope(self, start: float, end: float, width: int) -> Envelope:
        """Min/max per pixel column for a time range, from the coarsest level that still has ≥ 1 bin per column.

        Args:
            start: Start of the visible range in seconds.
            end: End of the visible range in seconds.
            width: Pixel columns available.

        Returns:
            At most ``width`` columns. Below 256 frames per column it returns the 256-frame bins of the range
            (fewer than ``width`` columns); read the raw samples with :func:`raw_envelope` for that zoom.
        """
        if width <= 0 or end <= start or self.frames == 0:
            return _empty_envelope()
        f0 = max(0.0, start * self.samplerate)
        f1 = min(float(self.frames), end * self.samplerate)
        if f1 <= f0:
            return _empty_envelope()
        frames_per_column = (f1 - f0) / width
        level = self.levels[0]
        for candidate in self.levels:
            if candidate.bin_frames <= frames_per_column and len(candidate):
                level = candidate
        b0 = int(f0 // level.bin_frames)
        b1 = min(len(level), int(np.ceil(f1 / level.bin_frames)))
        if b1 <= b0:
            return _empty_envelope()
        count = b1 - b0
        if count <= width:
            starts = np.arange(b0, b1)
            mins, maxs, rms = level.mins[b0:b1], level.maxs[b0:b1], level.rms[b0:b1]
            ends = starts + 1
        else:
            edges = np.unique(np.linspace(b0, b1, width + 1).astype(np.int64))
            starts, ends = edges[:-1], edges[1:]
            mins = np.minimum.reduceat(level.mins, starts)
            maxs = np.maximum.reduceat(level.maxs, starts)
            sq = np.add.reduceat(level.rms.astype(np.float64) ** 2, starts) / (ends - starts)
            rms = np.sqrt(sq).astype(np.float32)
        centres = (starts + ends) * 0.5 * level.bin_frames
        times = np.minimum(centres, self.frames) / self.samplerate
        return Envelope(times, np.asarray(mins), np.asarray(maxs), np.asarray(rms))

    def save(self, path: Path) -> None:
        """Write the documented ``.npz`` atomically (temporary name, fsync, rename)."""
        path = Path(path)
        tmp = path.with_name(path.name + ".tmp")
        arrays: dict[str, np.ndarray] = {
            "version": np.array(PEAKS_VERSION),
            "samplerate": np.array(self.samplerate),
            "frames": np.array(self.frames),
            "bins": np.array([lv.bin_frames for lv in self.levels]),
        }
        for i, lv in enumerate(self.levels):
            arrays[f"min{i}"], arrays[f"max{i}"], arrays[f"rms{i}"] = lv.mins, lv.maxs, lv.rms
        try:
            with open(tmp, "wb") as handle:
                np.savez(handle, **arrays)  # type: ignore[arg-type]
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        finally:
            if tmp.exists():
                tmp.unlink()

    @classmethod
    def load(cls, path: Path) -> Peaks:
        """Read a file written by :meth:`save`.

        Raises:
            ValueError: Not a peaks file of a known version.
        """
        with np.load(Path(path), allow_pickle=False) as data:
            if int(data["version"]) != PEAKS_VERSION:
                raise ValueError(f"{path}: unsupported peaks version {int(data['version'])}")
            bins = [int(b) for b in data["bins"]]
            levels = [
                PeakLevel(b, data[f"min{i}"].copy(), data[f"max{i}"].copy(), data[f"rms{i}"].copy())
                for i, b in enumerate(bins)
            ]
            return cls(int(data["samplerate"]), int(data["frames"]), levels)


class _Growable:
    """A float32 array that grows by a quarter of its size (little slack on a 60-min take): amortised O(1) appends."""

    def __init__(self) -> None:
        self._data = np.zeros(1024, dtype=np.float32)
        self.size = 0

    def extend(self, values: np.ndarray) -> None:
        needed = self.size + values.shape[0]
        if needed > self._data.shape[0]:
            grown = np.zeros(max(needed, self._data.shape[0] * 5 // 4), dtype=np.float32)
            grown[: self.size] = self._data[: self.size]
            self._data = grown
        self._data[self.size : needed] = values
        self.size = needed

    def view(self, start: int = 0, stop: int | None = None) -> np.ndarray:
        return self._data[start : self.size if stop is None else stop]


def _summarise(mono: np.ndarray, bin_frames: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    bins = mono.reshape(-1, bin_frames)
    rms = np.sqrt(np.einsum("ij,ij->i", bins, bins, dtype=np.float64) / bin_frames).astype(np.float32)
    return bins.min(axis=1), bins.max(axis=1), rms


def _merge(
    mins: np.ndarray, maxs: np.ndarray, rms: np.ndarray, group: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    starts = np.arange(0, mins.shape[0], group)
    counts = np.diff(np.append(starts, mins.shape[0]))
    sq = np.add.reduceat(rms.astype(np.float64) ** 2, starts) / counts
    return (
        np.minimum.reduceat(mins, starts),
        np.maximum.reduceat(maxs, starts),
        np.sqrt(sq).astype(np.float32),
    )


class PeaksBuilder:
    """Builds the pyramid block by block (writer thread); :meth:`snapshot` may be called from another thread.

    Args:
        samplerate: Frames per second.
    """

    def __init__(self, samplerate: int) -> None:
        self.samplerate = int(samplerate)
        self.frames = 0
        self._rest = np.zeros(0, dtype=np.float32)
        self._l0 = (_Growable(), _Growable(), _Growable())
        self._l1 = (_Growable(), _Growable(), _Growable())

    def add(self, block: np.ndarray) -> None:
        """Add frames: float in [-1, 1] or int16, shape (frames,) or (frames, channels)."""
        data = block.astype(np.float32) / np.float32(32768.0) if block.dtype == np.int16 else block
        mono = data if data.ndim == 1 else (data[:, 0] if data.shape[1] == 1 else data.mean(axis=1))
        mono = np.asarray(mono, dtype=np.float32)
        self.frames += mono.shape[0]
        if self._rest.size:
            mono = np.concatenate((self._rest, mono))
        whole = mono.shape[0] - mono.shape[0] % BIN_FRAMES[0]
        if whole:
            for store, values in zip(self._l0, _summarise(mono[:whole], BIN_FRAMES[0]), strict=True):
                store.extend(values)
            self._promote()
        self._rest = mono[whole:].copy()

    def _promote(self) -> None:
        done = self._l1[0].size * _RATIO
        full = (self._l0[0].size - done) // _RATIO * _RATIO
        if full:
            mins, maxs, rms = (s.view(done, done + full) for s in self._l0)
            merged = _merge(mins, maxs, rms, _RATIO)
            for store, values in zip(self._l1, merged, strict=True):
                store.extend(values)

    def snapshot(self) -> Peaks:
        """The peaks of every whole 256-frame bin so far (views, no copy of the fine level)."""
        l0 = [s.view() for s in self._l0]
        n0 = l0[0].shape[0]
        done = self._l1[0].size * _RATIO
        l1 = [s.view() for s in self._l1]
        if n0 > done:
            tail = _merge(l0[0][done:n0], l0[1][done:n0], l0[2][done:n0], _RATIO)
            l1 = [np.concatenate((a, t)) for a, t in zip(l1, tail, strict=True)]
        levels = [PeakLevel(BIN_FRAMES[0], *l0), PeakLevel(BIN_FRAMES[1], *l1)]
        return Peaks(self.samplerate, n0 * BIN_FRAMES[0], levels)

    def finish(self) -> Peaks:
        """Close the last partial bins and return the complete pyramid."""
        if self._rest.size:
            rest = self._rest
            rms = np.float32(np.sqrt(np.mean(rest.astype(np.float64) ** 2)))
            self._l0[0].extend(np.array([rest.min()], dtype=np.float32))
            self._l0[1].extend(np.array([rest.max()], dtype=np.float32))
            self._l0[2].extend(np.array([rms], dtype=np.float32))
            self._rest = np.zeros(0, dtype=np.float32)
        snap = self.snapshot()
        # Views, not copies: the builder is done, and copying a 60-minute pyramid at the end of a take would double
        # its memory at exactly the moment the take is finalised.
        return Peaks(self.samplerate, self.frames, snap.levels)


def build_peaks_from_file(path: Path, block_frames: int = 1 << 18) -> Peaks:
    """Build the pyramid of any file soundfile reads (recovered, imported, or a take whose peaks were lost).

    Args:
        path: Audio file.
        block_frames: Frames read at a time (bounded memory for long files).

    Returns:
        The pyramid.
    """
    import soundfile as sf

    with sf.SoundFile(str(path)) as handle:
        builder = PeaksBuilder(handle.samplerate)
        for block in handle.blocks(blocksize=block_frames, dtype="float32", always_2d=True):
            builder.add(block)
    return builder.finish()


def ensure_peaks(wav_path: Path) -> Peaks:
    """Load a take's peaks, building and saving them first if they are missing or unreadable."""
    target = peaks_path_for(wav_path)
    try:
        return Peaks.load(target)
    except (OSError, ValueError, KeyError):
        peaks = build_peaks_from_file(wav_path)
        peaks.save(target)
        return peaks


def raw_envelope(path: Path, start: float, end: float, width: int) -> Envelope:
    """Min/max per column straight from the samples, for zooms finer than 256 frames per column.

    Args:
        path: Audio file.
        start: Range start in seconds.
        end: Range end in seconds.
        width: Pixel columns.
    """
    import soundfile as sf

    with sf.SoundFile(str(path)) as handle:
        rate = handle.samplerate
        f0 = max(0, int(start * rate))
        f1 = min(handle.frames, int(np.ceil(end * rate)))
        if f1 <= f0 or width <= 0:
            return _empty_envelope()
        handle.seek(f0)
        data = handle.read(f1 - f0, dtype="float32", always_2d=True)
    mono = data.mean(axis=1) if data.shape[1] > 1 else data[:, 0]
    n = mono.shape[0]
    if n <= width:
        times = (f0 + np.arange(n)) / rate
        return Envelope(times, mono, mono, np.abs(mono))
    edges = np.unique(np.linspace(0, n, width + 1).astype(np.int64))
    starts, ends = edges[:-1], edges[1:]
    sq = np.add.reduceat(mono.astype(np.float64) ** 2, starts) / (ends - starts)
    times = (f0 + (starts + ends) * 0.5) / rate
    return Envelope(
        times,
        np.minimum.reduceat(mono, starts),
        np.maximum.reduceat(mono, starts),
        np.sqrt(sq).astype(np.float32),
    )
