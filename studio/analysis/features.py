"""Frame features at 100 frames/s, computed from a stream of audio with bounded memory.

Everything after this module works on small per-frame arrays (10-ms hop), never on the samples:

* ``intensity_db``: level of the ~100 Hz-7.5 kHz band (soft edges) in a 40-ms Hann window, dBFS (a full-scale sine reads
  -3 dBFS), floored at -100 dB. The band limit (applied in the block spectra, ``studio.analysis.dsp``) keeps
  mains hum and rumble out of the speech/silence decision.
* ``f0_hz``: Praat's autocorrelation pitch (``To Pitch (ac)``, 75-500 Hz, Praat's default costs, 4 candidates
  per frame, every 20 ms on a 4-kHz copy) through parselmouth, 0 where unvoiced.
* ``flux_db``: change of the spectral shape, from 24 log band energies (100-4000 Hz, 32-ms Hann window) of the frame
  and of the one 20 ms before: the band differences less their mean (a change of loudness alone moves every band
  alike and is taken out), mean absolute value in dB; low while a vowel is held with steady formants, even if it
  swells or fades. Computed on voiced frames only (0 elsewhere).
* ``vowel_db``: level of the 300-2500 Hz band (32-ms Hann window), where vowels carry their first two formants;
  fricatives and bursts, which fill the dips between syllables in the broad-band level, add little here, so the
  syllable detector (``studio.analysis.rate``) sees one clear peak per vowel.

The stream is first converted to 16 kHz (speech needs no more) and, for the pitch tracker only, to 4 kHz. It
is cut into 30-s chunks with 0.5 s of context on each side for the pitch tracker, so at most ~31 s of 16-kHz
audio (2 MB as float32) plus its 4-kHz copy is held at a time; frame matrices are built in batches of 500
frames. Praat's pitch path (its Viterbi search) therefore runs per chunk; with the context margins this changes
nothing measurable at chunk joins (tests/unit/analysis/test_dsp.py feeds odd block sizes and compares). Peak and
clipping are measured on the source samples, loudness (``studio.analysis.loudness``) from the block spectra (see
``FeatureExtractor._push_loudness``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import parselmouth

from studio.analysis.dsp import Block, BlockSpectra, biquad_response
from studio.analysis.loudness import LoudnessMeter, SignalStats, k_weighting_sections

ANALYSIS_RATE = 16_000
# Praat's pitch tracker only needs the band up to a few times the 500-Hz ceiling. A 4-kHz copy (harmonics up to
# 2 kHz) makes the whole analysis ~20 % faster than an 8-kHz one (pitch is half of the time) and, on espeak-ng
# speech with and without white noise, agreed with pitch at 16 kHz on 97-99.6 % of voicing decisions, within
# 0.12 semitone in median and with no frame more than 1 semitone apart (measured while building this module).
PITCH_RATE = 4_000
PITCH_DECIMATION = ANALYSIS_RATE // PITCH_RATE
HOP = 160  # 10 ms at 16 kHz
HOP_S = HOP / ANALYSIS_RATE
# Pitch every 20 ms, read out at the nearest step for each 10-ms frame: Praat's tracker is the costliest step
# and F0 moves little within 20 ms. On the dev set's 22 real clips the median F0 stayed within 0.41 semitone of
# Praat's own 10-ms track (0.47 with 10-ms steps here), at about 30 % less analysis time.
PITCH_STEP_S = 2 * HOP_S
# F0 candidates per frame for Praat's path finder (its default is 15). On the dev set's 22 clips (12,000 pitch
# frames) 4 candidates gave the very same track as 15 but for 3 frames, and the tracker ran ~30 % faster.
PITCH_CANDIDATES = 4
WINDOW = 640  # 40 ms, level window
LEVEL_HOPS = WINDOW // HOP  # the level window spans whole hops (see FeatureExtractor._levels)
NFFT = 512  # 32 ms, spectral-change window
FLOOR_DB = -100.0
PITCH_FLOOR_HZ = 75.0
PITCH_CEILING_HZ = 500.0
CHUNK_FRAMES = 3000  # 30 s
PITCH_MARGIN = 8000  # 0.5 s of context either side for the pitch tracker
FLUX_LAG = 2  # frames
FRAME_BATCH = 500
N_BANDS = 24
SPECTRUM_BINS = NFFT // 4 + 1  # bins up to 4 kHz
VOWEL_BAND_HZ = (300.0, 2500.0)


@dataclass
class Features:
    """Per-frame features of a whole stream plus the source-rate measurements.

    Attributes:
        hop_s: Frame hop in seconds; frame i is centred at (i + 0.5) * hop_s.
        intensity_db: Band level per frame (dBFS).
        f0_hz: F0 per frame, 0 where unvoiced.
        flux_db: Change of the spectral shape per frame (dB), 0 where unvoiced.
        vowel_db: Level of the 300-2500 Hz band per frame (dB).
        duration_s: Length of the stream in seconds.
        rate: Source sample rate (Hz).
        channels: Source channel count.
        loudness_blocks: K-weighted mean square per 100-ms sub-block at the source rate.
        peak: Largest absolute sample value (any channel).
        clipped_frames: Sample frames counted as clipped.
        frames: Source sample frames.
    """

    hop_s: float
    intensity_db: npt.NDArray[np.float32]
    f0_hz: npt.NDArray[np.float32]
    flux_db: npt.NDArray[np.float32]
    vowel_db: npt.NDArray[np.float32]
    duration_s: float
    rate: int
    channels: int
    loudness_blocks: npt.NDArray[np.float64]
    peak: float
    clipped_frames: int
    frames: int


def _band_matrix() -> npt.NDArray[np.float64]:
    """Triangular bands equally spaced on the mel scale between 100 and 4000 Hz, shape (NFFT//2+1, N_BANDS)."""
    freqs = np.arange(NFFT // 2 + 1) * ANALYSIS_RATE / NFFT

    def mel(f: npt.NDArray[np.float64] | float) -> npt.NDArray[np.float64]:
        return 2595.0 * np.log10(1.0 + np.asarray(f) / 700.0)

    edges_mel = np.linspace(mel(100.0), mel(4000.0), N_BANDS + 2)
    edges = 700.0 * (10.0 ** (edges_mel / 2595.0) - 1.0)
    matrix = np.zeros((freqs.shape[0], N_BANDS))
    for b in range(N_BANDS):
        lo, mid, hi = edges[b], edges[b + 1], edges[b + 2]
        rising = (freqs - lo) / (mid - lo)
        falling = (hi - freqs) / (hi - mid)
        matrix[:, b] = np.clip(np.minimum(rising, falling), 0.0, None)
    return matrix


def _band_gain(freqs: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Level band 100-7500 Hz with raised-cosine edges (50-110 Hz and 7000-7600 Hz).

    Soft edges keep the band filter's impulse response short (a brick wall would ring across the whole block
    and smear speech energy into the pauses at about -50 dB).
    """

    def rise(f: npt.NDArray[np.float64], lo: float, hi: float) -> npt.NDArray[np.float64]:
        x = np.clip((f - lo) / (hi - lo), 0.0, 1.0)
        return 0.5 - 0.5 * np.cos(np.pi * x)

    return rise(freqs, 50.0, 110.0) * (1.0 - rise(freqs, 7000.0, 7600.0))


class FeatureExtractor:
    """Push source blocks (frames x channels or mono) and call :meth:`finish` to get :class:`Features`."""

    def __init__(self, rate: int, channels: int = 1):
        """Prepare the stream.

        Args:
            rate: Source sample rate in Hz (any positive integer).
            channels: Source channel count (mixed down to mono by averaging).
        """
        if rate <= 0:
            raise ValueError(f"sample rate must be positive, got {rate}")
        self.rate = rate
        self.channels = channels
        self._spectra = BlockSpectra(rate, ANALYSIS_RATE)
        self._stats = SignalStats()
        self._loudness = LoudnessMeter(rate)
        self._k_weighting = biquad_response(k_weighting_sections(rate), self._spectra.block_in)
        n_out = self._spectra.block_out
        bins = n_out // 2 + 1
        keep = min(self._spectra.block_in // 2 + 1, bins)
        # Loudness of a source above 16 kHz without a K-weighted copy at the source rate (see _push_loudness):
        # possible when its 100-ms sub-blocks are whole samples at both rates.
        self._split_loudness = rate > ANALYSIS_RATE and rate % 10 == 0
        if self._split_loudness:
            self._loudness_low = LoudnessMeter(ANALYSIS_RATE)
            self._k_low = self._k_weighting[:keep] * (n_out / self._spectra.block_in)
            self._high_gain = float(np.mean(np.abs(self._k_weighting[keep:]) ** 2))
        freqs = np.arange(bins) * ANALYSIS_RATE / n_out
        self._keep = keep
        self._conversion = np.zeros(bins)
        self._conversion[:keep] = self._spectra.taper(keep) * (n_out / self._spectra.block_in)
        self._band = _band_gain(freqs)
        self._pitch_bins = n_out // PITCH_DECIMATION // 2 + 1
        pitch_taper = np.ones(self._pitch_bins)
        width = max(1, self._pitch_bins // 10)
        pitch_taper[-width:] = 0.5 * (1.0 + np.cos(np.pi * np.arange(1, width + 1) / (width + 1)))
        self._pitch_taper = pitch_taper / PITCH_DECIMATION
        self._emitted16 = 0
        # 16-kHz level-band buffer (levels and spectral change) and the 4-kHz pitch buffer; the global 16-kHz sample
        # index of element 0 is _buf_start (negative: leading zero context).
        lead = PITCH_MARGIN + WINDOW
        self._band_buf = np.zeros(lead, dtype=np.float32)
        self._pitch_buf = np.zeros(lead // PITCH_DECIMATION, dtype=np.float32)
        self._buf_start = -lead
        self._next_frame = 0
        self._level_window = (np.hanning(WINDOW + 2)[1:-1] ** 2).astype(np.float32)
        self._level_window /= self._level_window.sum()
        self._flux_window = np.hanning(NFFT + 2)[1:-1].astype(np.float32)
        self._flux_window64 = self._flux_window.astype(np.float64)
        self._bands = np.ascontiguousarray(_band_matrix()[:SPECTRUM_BINS])
        spectrum_freqs = np.arange(SPECTRUM_BINS) * ANALYSIS_RATE / NFFT
        self._vowel_bins = slice(
            int(np.argmax(spectrum_freqs >= VOWEL_BAND_HZ[0])),
            int(np.flatnonzero(spectrum_freqs <= VOWEL_BAND_HZ[1])[-1]) + 1,
        )
        # Scaled so a full-scale sine inside the band reads about -3 dB, like the level.
        self._vowel_scale = 2.0 / float(np.square(self._flux_window.sum()))
        self._vowel: list[npt.NDArray[np.float32]] = []
        self._prev_logbands = np.zeros((FLUX_LAG, N_BANDS), dtype=np.float32)
        self._intensity: list[npt.NDArray[np.float32]] = []
        self._f0: list[npt.NDArray[np.float32]] = []
        self._flux: list[npt.NDArray[np.float32]] = []

    @property
    def _n16(self) -> int:
        return self._buf_start + self._band_buf.shape[0]

    def push(self, block: npt.NDArray[np.floating]) -> None:
        """Add source samples, shape (n,) or (n, channels), values in [-1, 1]."""
        block = np.asarray(block)
        if block.ndim == 2:
            mono = block.mean(axis=1, dtype=np.float32) if block.shape[1] > 1 else block[:, 0]
        else:
            mono = block
        self._stats.push(block)
        for spectral_block in self._spectra.push(mono):
            self._consume(spectral_block, final=False)
        self._process(final=False)

    def _consume(self, block: Block, final: bool) -> None:
        start = self._spectra.margin_units * self._spectra.up
        if final:
            count = round(self._spectra.received * self._spectra.up / self._spectra.down) - self._emitted16
        else:
            count = self._spectra.core_units * self._spectra.up
        count = max(0, min(count, self._spectra.core_units * self._spectra.up))
        self._push_loudness(block, start, count)
        spectrum = np.zeros(self._conversion.shape[0], dtype=np.complex128)
        spectrum[: self._keep] = block.spectrum[: self._keep]
        spectrum *= self._conversion
        n_out = self._spectra.block_out
        band = np.fft.irfft(spectrum * self._band, n_out)
        self._emitted16 += count
        pitch_signal = np.fft.irfft(spectrum[: self._pitch_bins] * self._pitch_taper, n_out // PITCH_DECIMATION)
        p_start = start // PITCH_DECIMATION
        p_count = (self._emitted16 // PITCH_DECIMATION) - (self._emitted16 - count) // PITCH_DECIMATION
        self._pitch_buf = np.concatenate(
            (self._pitch_buf, pitch_signal[p_start : p_start + p_count].astype(np.float32))
        )
        self._band_buf = np.concatenate((self._band_buf, band[start : start + count].astype(np.float32)))

    def _push_loudness(self, block: Block, start16: int, count16: int) -> None:
        """Feed the loudness meter(s) with the K-weighted energy of a block's core.

        Up to 16 kHz the K-weighted block comes back at the source rate (one inverse FFT of the source length).
        Above, that inverse FFT would cost more than all the 16-kHz work together, so the energy is split at 8 kHz:
        the band below exactly, K-weighted at 16 kHz; the band above as the source energy less the energy below
        (the two bands are orthogonal), times the mean K-weighting gain there (the filter is a flat +4 dB shelf
        above 8 kHz: 3.9-4.0 dB). Per 100-ms sub-block the two parts add up to the source-rate figure within
        0.01 LU on noise that is two-thirds above 8 kHz, and exactly where nothing is above (tests/unit/analysis).
        """
        core = slice(block.core_start, block.core_start + block.core_valid)
        if not self._split_loudness:
            self._loudness.push_weighted(np.fft.irfft(block.spectrum * self._k_weighting, block.length)[core])
            return
        n_out = self._spectra.block_out
        low_spectrum = block.spectrum[: self._keep]
        part = slice(start16, start16 + count16)
        low = np.fft.irfft(low_spectrum * (n_out / block.length), n_out)[part]
        low_weighted = np.fft.irfft(low_spectrum * self._k_low, n_out)[part]
        self._loudness_low.push_squares(low_weighted * low_weighted - self._high_gain * (low * low))
        source = block.samples[core]
        self._loudness.push_squares(self._high_gain * (source * source))

    def _loudness_blocks(self) -> npt.NDArray[np.float64]:
        """K-weighted mean square per 100-ms sub-block of the whole stream."""
        blocks = self._loudness.sub_block_energies()
        if not self._split_loudness:
            return blocks
        low = self._loudness_low.sub_block_energies()
        n = min(blocks.shape[0], low.shape[0])
        return np.maximum(blocks[:n] + low[:n], 0.0)

    def finish(self) -> Features:
        """Process what is left and return the features of the whole stream."""
        for spectral_block in self._spectra.flush():
            self._consume(spectral_block, final=True)
        self._stats.finish()
        total_frames = self._n16 // HOP
        # Zero context after the end so the last windows exist (not counted as stream samples).
        pad = np.zeros(WINDOW, dtype=np.float32)
        self._band_buf = np.concatenate((self._band_buf, pad))
        self._pitch_buf = np.concatenate((self._pitch_buf, pad[: WINDOW // PITCH_DECIMATION]))
        self._process(final=True, total_frames=total_frames)

        def joined(parts: list[npt.NDArray[np.float32]]) -> npt.NDArray[np.float32]:
            return np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)

        return Features(
            hop_s=HOP_S,
            intensity_db=joined(self._intensity),
            f0_hz=joined(self._f0),
            flux_db=joined(self._flux),
            vowel_db=joined(self._vowel),
            duration_s=self._stats.frames / self.rate,
            rate=self.rate,
            channels=self.channels,
            loudness_blocks=self._loudness_blocks(),
            peak=self._stats.peak,
            clipped_frames=self._stats.clipped_frames,
            frames=self._stats.frames,
        )

    def _process(self, final: bool, total_frames: int = 0) -> None:
        while True:
            first = self._next_frame
            if final:
                last = min(first + CHUNK_FRAMES, total_frames)
                if last <= first:
                    break
            else:
                last = first + CHUNK_FRAMES
                if last * HOP + HOP // 2 + WINDOW // 2 + PITCH_MARGIN > self._n16:
                    break
            self._frames(first, last)
            self._next_frame = last
            # Keep context before the next chunk (pitch margin + half a window); drop the rest.
            keep_from = last * HOP + HOP // 2 - WINDOW // 2 - PITCH_MARGIN
            drop = keep_from - self._buf_start
            if drop > 0:
                self._band_buf = self._band_buf[drop:]
                self._pitch_buf = self._pitch_buf[drop // PITCH_DECIMATION :]
                self._buf_start = keep_from

    def _frames(self, first: int, last: int) -> None:
        centres = np.arange(first, last) * HOP + HOP // 2
        n = centres.shape[0]
        f0 = self._pitch(centres)
        voiced = f0 > 0
        # Spectral change only matters where it can decide a filled pause (voiced frames), so band energies are
        # taken only for voiced frames, their lag partners and the last FLUX_LAG frames (the next chunk's partners).
        wanted = voiced.copy()
        wanted[: max(0, n - FLUX_LAG)] |= voiced[FLUX_LAG:]
        wanted[max(0, n - FLUX_LAG) :] = True
        intensity = self._levels(first, n)
        vowel = np.empty(n, dtype=np.float32)
        logbands = np.zeros((n, N_BANDS), dtype=np.float32)
        # The level band (50-7600 Hz) contains the 100-4000 Hz bands of the spectral change untouched. Frame i's
        # window starts HOP samples after frame i-1's: a strided view, no copy.
        start = first * HOP + HOP // 2 - NFFT // 2 - self._buf_start
        spectrum_view = np.lib.stride_tricks.sliding_window_view(self._band_buf, NFFT)[start : start + n * HOP : HOP]
        # Batches keep the temporary frame matrices to a few MB whatever the chunk length.
        for b0 in range(0, n, FRAME_BATCH):
            b1 = min(n, b0 + FRAME_BATCH)
            # float64: numpy's FFT of float32 input is several times slower here.
            windows = spectrum_view[b0:b1] * self._flux_window64
            # Only the bins up to 4 kHz are used (the bands of the spectral change end there).
            spectra = np.fft.rfft(windows, axis=1)[:, :SPECTRUM_BINS]
            power = spectra.real * spectra.real + spectra.imag * spectra.imag
            in_band = power[:, self._vowel_bins].sum(axis=1) * self._vowel_scale
            vowel[b0:b1] = np.maximum(10.0 * np.log10(np.maximum(in_band, 1e-30)), FLOOR_DB)
            rows = np.flatnonzero(wanted[b0:b1])
            if rows.shape[0]:
                # einsum, not a matrix product: BLAS would start a thread per core for this, and on a busy machine
                # waiting for those threads cost more than the product itself (a third of the whole analysis).
                logbands[rows + b0] = 10.0 * np.log10(np.einsum("ij,jk->ik", power[rows], self._bands) + 1e-10)
        history = np.concatenate((self._prev_logbands, logbands))
        lagged = history[:n]
        flux = np.zeros(n, dtype=np.float32)
        # Change of the spectral shape only: a louder or softer frame moves every band by the same amount, which
        # the mean over the bands takes out, so a held vowel that swells or fades still reads as steady.
        change = logbands[voiced] - lagged[voiced]
        flux[voiced] = np.abs(change - change.mean(axis=1, keepdims=True)).mean(axis=1)
        self._prev_logbands = history[-FLUX_LAG:]
        self._intensity.append(intensity)
        self._flux.append(flux)
        self._vowel.append(vowel)
        self._f0.append(f0)

    def _levels(self, first: int, n: int) -> npt.NDArray[np.float32]:
        """Level (dBFS) of frames first..first+n-1: 40-ms Hann-squared windows every 10 ms.

        A window spans LEVEL_HOPS whole hops, so the squared signal is summed per hop against each quarter of the
        window once, and each frame adds up its LEVEL_HOPS partial sums: one pass over the samples instead of
        LEVEL_HOPS overlapping frame copies.
        """
        start = first * HOP + HOP // 2 - WINDOW // 2 - self._buf_start
        squares = np.square(self._band_buf[start : start + (n + LEVEL_HOPS - 1) * HOP]).reshape(-1, HOP)
        partial = np.einsum("ij,kj->ik", squares, self._level_window.reshape(LEVEL_HOPS, HOP))
        mean_square = partial[:n, 0].copy()
        for k in range(1, LEVEL_HOPS):
            mean_square += partial[k : k + n, k]
        levels: npt.NDArray[np.float32] = np.maximum(10.0 * np.log10(np.maximum(mean_square, 1e-30)), FLOOR_DB)
        return levels.astype(np.float32)

    def _pitch(self, centres: npt.NDArray[np.int64]) -> npt.NDArray[np.float32]:
        d = PITCH_DECIMATION
        lo = max(int(centres[0]) - WINDOW // 2 - PITCH_MARGIN, self._buf_start) // d
        hi = min(int(centres[-1]) + WINDOW // 2 + PITCH_MARGIN, self._n16) // d
        base = self._buf_start // d
        segment = self._pitch_buf[lo - base : hi - base].astype(np.float64)
        f0 = np.zeros(centres.shape[0], dtype=np.float32)
        if segment.shape[0] < 3 * PITCH_RATE / PITCH_FLOOR_HZ or not np.any(segment):
            return f0
        sound = parselmouth.Sound(segment, sampling_frequency=PITCH_RATE, start_time=lo / PITCH_RATE)
        pitch = sound.to_pitch_ac(
            time_step=PITCH_STEP_S,
            pitch_floor=PITCH_FLOOR_HZ,
            pitch_ceiling=PITCH_CEILING_HZ,
            max_number_of_candidates=PITCH_CANDIDATES,
        )
        values = pitch.selected_array["frequency"]
        if values.shape[0] == 0:
            return f0
        t1, dt = pitch.xs()[0], pitch.time_step
        index = np.rint((centres / ANALYSIS_RATE - t1) / dt).astype(np.int64)
        valid = (index >= 0) & (index < values.shape[0])
        f0[valid] = values[index[valid]]
        return f0
