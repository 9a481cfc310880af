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
from studio.analysis.fillers import filled_pauses
from studio.analysis.loudness import integrated_loudness, loudness_range
from studio.analysis.pitch import contour, pitch_stats
from studio.analysis.rate import pace_windows, rush_index, syllable_nuclei
from studio.analysis.report import ANALYSIS_VERSION, DeliveryReport, Interval, Pause, Window
from studio.analysis.segmentation import LONG_PAUSE_S, segment
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
) -> DeliveryReport:
    """Analyse audio samples.

    Args:
        samples: Shape (n,) or (n, channels), float in [-1, 1] (integers are scaled from their full range).
        rate: Sample rate in Hz.
        language: "ru" or "en" (words per minute and bands).
        progress: Called with the fraction done (0..1) now and then.
        cancel: Polled between blocks; returning True raises :class:`Cancelled`.
        long_pause_s: Pauses at least this long are flagged long.

    Raises:
        AnalysisError: Bad rate, shape or language.
        Cancelled: ``cancel`` returned True.
    """
    _check_language(language)
    array = np.asarray(samples)
    if array.ndim not in (1, 2) or (array.ndim == 2 and array.shape[1] == 0):
        raise AnalysisError(f"samples must have shape (n,) or (n, channels), got {array.shape}")
    if not isinstance(rate, int | np.integer) or rate <= 0:
        raise AnalysisError(f"sample rate must be a positive integer, got {rate!r}")
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
    return _finish(extractor, language, long_pause_s, progress)


def analyze_file(
    path: str | os.PathLike[str],
    language: str,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    long_pause_s: float = LONG_PAUSE_S,
) -> DeliveryReport:
    """Analyse an audio file (WAV, FLAC, OGG, MP3 and whatever else libsndfile reads), streaming it in blocks.

    Args:
        path: The file.
        language: "ru" or "en".
        progress: Called with the fraction done (0..1) now and then.
        cancel: Polled between blocks; returning True raises :class:`Cancelled`.
        long_pause_s: Pauses at least this long are flagged long.

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
    try:
        with sf.SoundFile(file_path) as audio:
            if audio.samplerate <= 0 or audio.channels <= 0:
                raise AnalysisError(f"cannot analyse {str(file_path)!r}: invalid audio header")
            extractor = FeatureExtractor(int(audio.samplerate), audio.channels)
            total = audio.frames if audio.frames and audio.frames > 0 else 0
            done = 0
            while True:
                if cancel is not None and cancel():
                    raise Cancelled(f"analysis of {str(file_path)!r} cancelled")
                block = audio.read(BLOCK_FRAMES, dtype="float32", always_2d=True)
                if block.shape[0] == 0:
                    break
                extractor.push(block if block.shape[1] > 1 else block[:, 0])
                done += block.shape[0]
                if progress is not None and total:
                    progress(0.95 * min(1.0, done / total))
    except AnalysisError:
        raise
    except (sf.LibsndfileError, RuntimeError, TypeError, ValueError, EOFError) as exc:
        raise AnalysisError(f"cannot read audio file {str(file_path)!r}: {exc}") from None
    except OSError as exc:
        raise AnalysisError(f"cannot open {str(file_path)!r}: {exc.strerror or exc}") from None
    return _finish(extractor, language, long_pause_s, progress)


def _finish(
    extractor: FeatureExtractor, language: str, long_pause_s: float, progress: ProgressFn | None
) -> DeliveryReport:
    features = extractor.finish()
    report = report_from_features(features, language, long_pause_s)
    if progress is not None:
        progress(1.0)
    return report


def _num(value: float | None) -> float | None:
    if value is None:
        return None
    return float(value) if math.isfinite(value) else None


def report_from_features(features: Features, language: str, long_pause_s: float = LONG_PAUSE_S) -> DeliveryReport:
    """Turn frame features into a report (segmentation, rate, pitch, loudness, filled pauses)."""
    hop = features.hop_s
    seg = segment(features.intensity_db, hop, long_pause_s=long_pause_s)
    nuclei = syllable_nuclei(features.intensity_db, features.f0_hz, seg.speech_mask, seg.levels.threshold_db, hop)
    marks = filled_pauses(features.f0_hz, features.flux_db, seg.speech_mask, hop)
    # A filled pause is not a syllable of a word: leave its nuclei out of the pace.
    for start, end in marks:
        nuclei = nuclei[(nuclei < start) | (nuclei > end)]
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
    metrics["filled_pause_count"] = float(len(marks))
    # Per minute of the speaking span, like the long pauses (lead-in and tail silence do not dilute them).
    if span is not None and span[1] > span[0]:
        metrics["filled_pauses_per_min"] = len(marks) / ((span[1] - span[0]) / 60.0)
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
        filled_pauses=[Interval(a, b) for a, b in marks],
        pace_windows=[Window(w.start, w.end, w.syllable_rate, w.wpm) for w in windows],
        nuclei=[round(float(t), 3) for t in nuclei],
        pitch_times=times,
        pitch_hz=hz,
    )
