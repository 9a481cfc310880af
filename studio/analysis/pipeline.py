"""Entry points: analyse samples or a file into a :class:`~studio.analysis.report.DeliveryReport`.

Memory: a file is read in blocks of ``BLOCK_FRAMES`` frames (float32, ~1.4 s at 48 kHz) and each block goes
through the streaming feature extractor (block spectra, 30-s pitch chunks, loudness at the source rate).
Nothing holds the whole file: the working set is ~15-25 MB whatever the length, plus what grows with it, the
per-frame features and their post-processing (~0.3 MB per minute of audio; 60 min of 48-kHz audio peaked at
~32 MB traced, against 1.4 GB for the take as float64). ``analyze`` on an in-memory array streams the same way
over views of the array and adds no copy of its own.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from pathlib import Path

import numpy as np
import numpy.typing as npt
import soundfile as sf

from studio.analysis.errors import AnalysisError, Cancelled
from studio.analysis.features import FeatureExtractor, Features
from studio.analysis.fillers import DEFAULT_THRESHOLD, candidates, filled_pauses
from studio.analysis.loudness import integrated_loudness, loudness_range
from studio.analysis.pitch import contour, pitch_stats
from studio.analysis.rate import MIN_SPACING_S, pace_windows, rush_index, syllable_nuclei
from studio.analysis.report import (
    ANALYSIS_VERSION,
    CANDIDATE_FLOOR,
    DeliveryReport,
    FilledMark,
    Interval,
    Pause,
    Window,
    filler_metrics,
)
from studio.analysis.segmentation import LONG_PAUSE_S, segment
from studio.core.audio_bounds import (
    MAX_CHANNELS,
    MAX_SAMPLERATE,
    MIN_SAMPLERATE,
    AudioBoundsError,
    AudioClaims,
    check_audio_claims,
)
from studio.core.delivery import LANGUAGES, METRIC_IDS, SYLLABLES_PER_WORD

BLOCK_FRAMES = 65_536

ProgressFn = Callable[[float], None]
CancelFn = Callable[[], bool]


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise AnalysisError(f"unsupported language {language!r}; expected one of {', '.join(LANGUAGES)}")


def analyze(
    samples: npt.ArrayLike,
    rate: int,
    language: str,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    long_pause_s: float = LONG_PAUSE_S,
    filler_threshold: float | None = None,
) -> DeliveryReport:
    """Analyse audio samples.

    Args:
        samples: Shape (n,) or (n, channels), float in [-1, 1] (integers are scaled from their full range).
        rate: Sample rate in Hz.
        language: "ru" or "en" (words per minute and bands).
        progress: Called with the fraction done (0..1) now and then.
        cancel: Polled between blocks; returning True raises :class:`Cancelled`.
        long_pause_s: Pauses at least this long are flagged long.
        filler_threshold: Confidence (0..1) a filled pause needs to be marked; None = the detector's default
            (a user's own threshold comes from ``studio.core.filler_feedback``).

    Raises:
        AnalysisError: Bad rate, shape or language.
        Cancelled: ``cancel`` returned True.
    """
    _check_language(language)
    array = np.asarray(samples)
    if array.ndim not in (1, 2) or (array.ndim == 2 and array.shape[1] == 0):
        raise AnalysisError(f"samples must have shape (n,) or (n, channels), got {array.shape}")
    if not isinstance(rate, int | np.integer) or not MIN_SAMPLERATE <= rate <= MAX_SAMPLERATE:
        raise AnalysisError(
            f"sample rate must be an integer from {MIN_SAMPLERATE} to {MAX_SAMPLERATE} Hz, got {rate!r}"
        )
    if array.ndim == 2 and array.shape[1] > MAX_CHANNELS:
        raise AnalysisError(f"{array.shape[1]} channels is more than the {MAX_CHANNELS} the analysis reads")
    scale = 1.0
    if np.issubdtype(array.dtype, np.integer):
        scale = 1.0 / float(-np.iinfo(array.dtype).min)
    channels = 1 if array.ndim == 1 else array.shape[1]
    extractor = FeatureExtractor(int(rate), channels)
    total = array.shape[0]
    for start in range(0, total, BLOCK_FRAMES):
        if cancel is not None and cancel():
            raise Cancelled("analysis cancelled")
        block = array[start : start + BLOCK_FRAMES]
        block = block.astype(np.float32) * np.float32(scale) if scale != 1.0 else block.astype(np.float32, copy=False)
        extractor.push(block)
        if progress is not None:
            progress(0.95 * min(1.0, (start + block.shape[0]) / total))
    return _finish(extractor, language, long_pause_s, progress, filler_threshold)


def analyze_file(
    path: str | os.PathLike[str],
    language: str,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    long_pause_s: float = LONG_PAUSE_S,
    filler_threshold: float | None = None,
) -> DeliveryReport:
    """Analyse an audio file (WAV, FLAC, OGG, MP3 and whatever else libsndfile reads), streaming it in blocks.

    Args:
        path: The file.
        language: "ru" or "en".
        progress: Called with the fraction done (0..1) now and then.
        cancel: Polled between blocks; returning True raises :class:`Cancelled`.
        long_pause_s: Pauses at least this long are flagged long.
        filler_threshold: Confidence (0..1) a filled pause needs to be marked; None = the detector's default.

    Raises:
        AnalysisError: The file is missing, unreadable or not audio (the message names the file).
        Cancelled: ``cancel`` returned True.
    """
    _check_language(language)
    file_path = Path(path)
    if file_path.is_dir():
        raise AnalysisError(f"cannot analyse {str(file_path)!r}: it is a folder, not an audio file")
    if not file_path.is_file():
        raise AnalysisError(f"cannot analyse {str(file_path)!r}: no such file")
    warnings: list[str] = []
    try:
        with sf.SoundFile(file_path) as audio:
            claims = _claims(file_path, audio)
            if claims.warning:
                warnings.append(claims.warning)
            extractor = FeatureExtractor(int(audio.samplerate), audio.channels)
            total = claims.frames
            done = 0
            while total <= 0 or done < total:
                if cancel is not None and cancel():
                    raise Cancelled(f"analysis of {str(file_path)!r} cancelled")
                want = BLOCK_FRAMES if total <= 0 else min(BLOCK_FRAMES, total - done)
                block = audio.read(want, dtype="float32", always_2d=True)
                if block.shape[0] == 0:
                    break
                extractor.push(block if block.shape[1] > 1 else block[:, 0])
                done += block.shape[0]
                if progress is not None and total:
                    progress(0.95 * min(1.0, done / total))
            if total > 0 and done < total and not claims.truncated:
                warnings.append(
                    f"{file_path.name} is shorter than its header claims: {done / audio.samplerate:.2f} s of "
                    f"{total / audio.samplerate:.2f} s are there; only that part was analysed"
                )
    except AudioBoundsError as exc:
        raise AnalysisError(str(exc)) from None
    except AnalysisError:
        raise
    except (sf.LibsndfileError, RuntimeError, TypeError, ValueError, EOFError) as exc:
        raise AnalysisError(f"cannot read audio file {str(file_path)!r}: {exc}") from None
    except OSError as exc:
        raise AnalysisError(f"cannot open {str(file_path)!r}: {exc.strerror or exc}") from None
    return _finish(extractor, language, long_pause_s, progress, filler_threshold, warnings)


_WAV_BYTES = {"PCM_U8": 1, "PCM_S8": 1, "PCM_16": 2, "PCM_24": 3, "PCM_32": 4, "FLOAT": 4, "DOUBLE": 8}


def _wav_data_chunk(path: Path) -> tuple[int, int] | None:
    """(offset, claimed size) of a RIFF/WAVE file's data chunk, from the header alone; None if not found."""
    with open(path, "rb") as handle:
        head = handle.read(12)
        if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
            return None
        position = 12
        for _ in range(64):  # a WAV has a handful of chunks before its data
            handle.seek(position)
            chunk = handle.read(8)
            if len(chunk) < 8:
                return None
            size = int.from_bytes(chunk[4:8], "little")
            if chunk[:4] == b"data":
                return position + 8, size
            position += 8 + size + (size & 1)
    return None


def _claims(path: Path, audio: sf.SoundFile) -> AudioClaims:
    """Check what the header claims (rate, channels, length) before any sample is decoded."""
    frames = int(audio.frames) if audio.frames and audio.frames > 0 else 0
    data_bytes = bytes_per_frame = None
    width = _WAV_BYTES.get(audio.subtype)
    if audio.format == "WAV" and width is not None and audio.channels > 0:
        chunk = _wav_data_chunk(path)
        if chunk is not None:
            offset, claimed = chunk
            bytes_per_frame = width * audio.channels
            data_bytes = max(0, path.stat().st_size - offset)
            if claimed not in (0, 0xFFFFFFFF):  # 0 / -1: written by a recorder that never closed the file
                frames = claimed // bytes_per_frame
    return check_audio_claims(
        path.name,
        int(audio.samplerate),
        int(audio.channels),
        frames,
        data_bytes=data_bytes,
        bytes_per_frame=bytes_per_frame,
    )


def _finish(
    extractor: FeatureExtractor,
    language: str,
    long_pause_s: float,
    progress: ProgressFn | None,
    filler_threshold: float | None,
    warnings: list[str] | None = None,
) -> DeliveryReport:
    features = extractor.finish()
    report = report_from_features(features, language, long_pause_s, filler_threshold)
    if warnings:
        report.warnings.extend(warnings)
    if progress is not None:
        progress(1.0)
    return report


def _num(value: float | None) -> float | None:
    if value is None:
        return None
    return float(value) if math.isfinite(value) else None


def report_from_features(
    features: Features, language: str, long_pause_s: float = LONG_PAUSE_S, filler_threshold: float | None = None
) -> DeliveryReport:
    """Turn frame features into a report (segmentation, rate, pitch, loudness, filled pauses)."""
    hop = features.hop_s
    threshold = DEFAULT_THRESHOLD if filler_threshold is None else min(1.0, max(0.0, float(filler_threshold)))
    seg = segment(
        features.intensity_db, hop, long_pause_s=long_pause_s, f0_hz=features.f0_hz, vowel_db=features.vowel_db
    )
    nuclei = syllable_nuclei(features.vowel_db, features.f0_hz, seg.speech_mask, hop, MIN_SPACING_S[language])
    scored = candidates(features.f0_hz, features.flux_db, seg.speech_mask, seg.speech, nuclei, hop)
    marks = filled_pauses(scored, threshold)
    # A filled pause is not a syllable of a word: leave its nuclei out of the pace.
    for mark in marks:
        nuclei = nuclei[(nuclei < mark.start) | (nuclei > mark.end)]
    span = seg.span
    duration = features.duration_s
    metrics: dict[str, float | None] = {key: None for key in METRIC_IDS}
    metrics["duration_s"] = duration
    metrics["syllables"] = float(nuclei.shape[0])
    windows = []
    if span is not None:
        span_len = span[1] - span[0]
        speech_time = max(span_len - seg.pause_time, 1e-9)
        pause_lengths = [end - start for start, end, _ in seg.pauses]
        long_count = sum(1 for *_, is_long in seg.pauses if is_long)
        metrics.update(
            speech_s=speech_time,
            pause_count=float(len(seg.pauses)),
            long_pause_count=float(long_count),
            long_pauses_per_min=long_count / (span_len / 60.0) if span_len > 0 else None,
            pause_share=seg.pause_time / span_len if span_len > 0 else None,
            mean_pause_s=float(np.mean(pause_lengths)) if pause_lengths else 0.0,
            longest_pause_s=max(pause_lengths) if pause_lengths else 0.0,
        )
        if span_len > 0 and nuclei.shape[0]:
            syllable_rate = nuclei.shape[0] / span_len
            metrics.update(
                syllable_rate=syllable_rate,
                articulation_rate=nuclei.shape[0] / speech_time,
                wpm=syllable_rate * 60.0 / SYLLABLES_PER_WORD[language],
            )
            windows = pace_windows(nuclei, span, language)
            metrics["rush_index"] = rush_index(nuclei, span, windows)
    else:
        metrics.update(speech_s=0.0, pause_count=0.0, long_pause_count=0.0, pause_share=None)
    # Pitch counts only inside speech: a tone or hum in the pauses is not the speaker's voice.
    f0_speech = np.where(seg.speech_mask, features.f0_hz, 0.0).astype(np.float32)
    stats = pitch_stats(f0_speech, seg.speech_mask if seg.speech_mask.any() else None)
    metrics.update(
        f0_median_hz=stats.median_hz, f0_range_st=stats.range_st, f0_sd_st=stats.sd_st, voiced_share=stats.voiced_share
    )
    metrics["loudness_lufs"] = integrated_loudness(features.loudness_blocks)
    metrics["loudness_range_lu"] = loudness_range(features.loudness_blocks)
    metrics["peak_dbfs"] = 20.0 * math.log10(features.peak) if features.peak > 0 else None
    metrics["clipping_share"] = features.clipped_frames / features.frames if features.frames else None
    metrics["noise_floor_dbfs"] = seg.levels.noise_floor_db
    # Speech-to-noise ratio: typical (median) level of the speech frames over the noise floor.
    if span is not None:
        speech_median = float(np.median(features.intensity_db[seg.speech_mask]))
        metrics["snr_db"] = speech_median - seg.levels.noise_floor_db
    kept = [FilledMark(c.start, c.end, c.confidence) for c in scored if c.confidence >= CANDIDATE_FLOOR]
    metrics.update(filler_metrics(kept, threshold, span))
    times, hz = contour(f0_speech, hop)
    return DeliveryReport(
        analysis_version=ANALYSIS_VERSION,
        language=language,
        duration_s=duration,
        rate=features.rate,
        channels=features.channels,
        metrics={k: _num(v) for k, v in metrics.items()},
        monotone=stats.monotone,
        segments=[Interval(a, b) for a, b in seg.speech],
        pauses=[Pause(a, b, c) for a, b, c in seg.pauses],
        filled_pauses=[FilledMark(m.start, m.end, m.confidence) for m in marks],
        filler_candidates=kept,
        filler_threshold=threshold,
        pace_windows=[Window(w.start, w.end, w.syllable_rate, w.wpm) for w in windows],
        nuclei=[round(float(t), 3) for t in nuclei],
        pitch_times=times,
        pitch_hz=hz,
    )
