"""The whole analysis on files and arrays: format independence (T4), odd inputs, streaming, progress, cancel."""

from __future__ import annotations

import math
import re
import shutil
import subprocess
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from studio.analysis import ANALYSIS_VERSION, AnalysisError, Cancelled, analyze, analyze_file
from studio.core.delivery import METRIC_IDS
from tests.unit.analysis.material import EN_TEXT, Audio, trim

DB_METRICS = {"loudness_lufs", "loudness_range_lu", "peak_dbfs", "noise_floor_dbfs", "snr_db"}
DB_TOLERANCE = 20 * math.log10(1.02)  # 2 % in amplitude


def _sox(*args: str) -> None:
    if shutil.which("sox") is None:
        pytest.skip("sox is not installed (make test installs it)")
    subprocess.run(["sox", *args], check=True, capture_output=True, timeout=60)


def _agree(a: float | None, b: float | None, metric: str) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if metric in DB_METRICS:
        return abs(a - b) <= DB_TOLERANCE
    return abs(a - b) <= 0.02 * max(abs(a), abs(b)) + 1e-9


def test_same_take_in_two_formats_agrees_within_2_percent(speech_file: Path, tmp_path: Path) -> None:
    """T4: WAV 16 kHz mono and FLAC 44.1 kHz stereo of one take agree on every metric within 2 %."""
    wav, flac = tmp_path / "take16.wav", tmp_path / "take44.flac"
    _sox("-D", str(speech_file), "-r", "16000", "-c", "1", "-b", "16", str(wav))
    _sox("-D", str(speech_file), "-r", "44100", "-c", "2", "-b", "16", str(flac))
    a, b = analyze_file(wav, "en"), analyze_file(flac, "en")
    assert (a.rate, a.channels, b.rate, b.channels) == (16000, 1, 44100, 2)
    assert set(a.metrics) == set(METRIC_IDS)
    disagree = {k: (a.metrics[k], b.metrics[k]) for k in METRIC_IDS if not _agree(a.metrics[k], b.metrics[k], k)}
    assert not disagree
    assert len(a.pauses) == len(b.pauses)


def test_report_fields_and_version(speech_file: Path) -> None:
    """A report carries the version, language, every metric id, segments, nuclei and a pitch contour."""
    report = analyze_file(speech_file, "en")
    assert report.analysis_version == ANALYSIS_VERSION and report.is_current
    assert report.language == "en"
    assert list(report.metrics) == list(METRIC_IDS)
    assert report.segments and report.nuclei and report.pitch_times
    assert len(report.pitch_times) == len(report.pitch_hz)
    assert report.metrics["syllables"] == len(report.nuclei)


@pytest.mark.parametrize(("fmt", "subtype"), [("OGG", "VORBIS"), ("MP3", "MPEG_LAYER_III"), ("FLAC", "PCM_24")])
def test_compressed_formats_are_read(espeak: Callable[..., Audio], tmp_path: Path, fmt: str, subtype: str) -> None:
    """OGG, MP3 and FLAC files are read through libsndfile and give the same pace as the WAV (within 5 %)."""
    samples, rate = espeak(EN_TEXT, "en-us", 160)
    reference = analyze(samples, rate, "en").metrics["syllable_rate"]
    path = tmp_path / f"take.{fmt.lower()}"
    target_rate = 44100 if fmt == "MP3" else rate
    data = np.interp(np.arange(0, samples.shape[0], rate / target_rate), np.arange(samples.shape[0]), samples)
    sf.write(path, data.astype(np.float32), target_rate, format=fmt, subtype=subtype)
    value = analyze_file(path, "en").metrics["syllable_rate"]
    assert reference is not None and value is not None
    assert value == pytest.approx(reference, rel=0.05)


def test_silence_only() -> None:
    """Digital silence: no speech, no pauses, no pace or pitch, and no loudness (everything gated)."""
    report = analyze(np.zeros(48000 * 3, dtype=np.float32), 48000, "en")
    m = report.metrics
    assert report.segments == [] and report.pauses == [] and report.filled_pauses == []
    assert m["syllables"] == 0 and m["wpm"] is None and m["f0_median_hz"] is None and m["loudness_lufs"] is None


def test_empty_and_tiny_inputs() -> None:
    """Zero samples and a few samples give a report instead of an error."""
    for n in (0, 1, 100):
        report = analyze(np.zeros(n, dtype=np.float32), 16000, "ru")
        assert report.metrics["syllables"] == 0


def test_single_word(espeak: Callable[..., Audio]) -> None:
    """One word: one speech segment, no pauses, a couple of syllables, a pitch, no rush index."""
    samples, rate = espeak("Hello", "en-us", 160)
    report = analyze(samples, rate, "en")
    assert len(report.segments) == 1 and report.pauses == []
    assert 1 <= (report.metrics["syllables"] or 0) <= 3
    assert report.metrics["f0_median_hz"] is not None
    assert report.metrics["rush_index"] is None


def test_clipping_is_measured(espeak: Callable[..., Audio]) -> None:
    """Speech driven into full scale reports a clipped share; the clean take reports none."""
    samples, rate = espeak(EN_TEXT, "en-us", 160)
    clean = analyze(samples, rate, "en").metrics["clipping_share"]
    clipped = analyze(np.clip(samples * 6, -1, 1), rate, "en").metrics["clipping_share"]
    assert clean == 0.0
    assert clipped is not None and clipped > 0.01


def test_hum_and_noise_keep_pace_and_pauses(espeak: Callable[..., Audio]) -> None:
    """50-Hz hum plus white noise 20 dB under the speech: pace within 5 %, pauses kept, SNR and floor reported."""
    samples, rate = espeak(EN_TEXT, "en-us", 160)
    clean = analyze(samples, rate, "en")
    rms = float(np.sqrt(np.mean(samples[np.abs(samples) > 0.01] ** 2)))
    t = np.arange(samples.shape[0]) / rate
    noise_level = rms / 10.0
    rng = np.random.default_rng(11)
    noisy = samples + noise_level * rng.normal(size=samples.shape[0]) + 2 * noise_level * np.sin(2 * np.pi * 50 * t)
    report = analyze(noisy.astype(np.float32), rate, "en")
    assert report.metrics["syllable_rate"] == pytest.approx(clean.metrics["syllable_rate"], rel=0.05)
    assert len(report.pauses) == len(clean.pauses)
    assert report.metrics["noise_floor_dbfs"] is not None and report.metrics["noise_floor_dbfs"] > -60
    assert report.metrics["snr_db"] is not None and 10 < report.metrics["snr_db"] < 35


def test_noise_floor_of_speech_without_pauses(espeak: Callable[..., Audio]) -> None:
    """Continuous speech with only a short tail still gives the room-noise floor within 2 dB, and its SNR."""
    samples, rate = espeak("the quick brown fox jumps over the lazy dog and runs into the forest", "en-us", 180)
    speech = samples[np.flatnonzero(np.abs(samples) > 1e-4)[0] :]
    sigma = 10 ** (-50 / 20)
    noisy = speech + sigma * np.random.default_rng(2).normal(size=speech.shape[0]).astype(np.float32)
    report = analyze(noisy, rate, "en")
    # White noise power falling in the ~100-7500 Hz level band.
    expected = 10 * math.log10(sigma**2 * 7400 / (rate / 2))
    assert report.pauses == []
    assert report.metrics["noise_floor_dbfs"] == pytest.approx(expected, abs=2.0)
    assert report.metrics["snr_db"] is not None and report.metrics["snr_db"] > 20


def test_telephone_audio_at_8_khz(espeak: Callable[..., Audio], tmp_path: Path) -> None:
    """8-kHz telephone-band audio (300-3400 Hz) keeps pace within 5 % and pitch within 0.5 semitone."""
    samples, rate = espeak(EN_TEXT, "en-us", 160)
    source, phone = tmp_path / "wide.wav", tmp_path / "phone.wav"
    sf.write(source, samples, rate)
    _sox(str(source), "-r", "8000", str(phone), "sinc", "300-3400")
    wide = analyze(samples, rate, "en").metrics
    narrow = analyze_file(phone, "en").metrics
    assert narrow["syllable_rate"] == pytest.approx(wide["syllable_rate"], rel=0.05)
    assert wide["f0_median_hz"] and narrow["f0_median_hz"]
    assert abs(12 * math.log2(narrow["f0_median_hz"] / wide["f0_median_hz"])) <= 0.5


def test_integer_samples_are_scaled() -> None:
    """int16 input is scaled from its full range: a full-scale int16 sine reads like the float one."""
    rate = 16000
    tone = np.sin(2 * np.pi * 997 * np.arange(2 * rate) / rate)
    as_int = analyze((tone * 32767).astype(np.int16), rate, "en").metrics["loudness_lufs"]
    as_float = analyze(tone.astype(np.float32), rate, "en").metrics["loudness_lufs"]
    assert as_int == pytest.approx(as_float, abs=0.01)


def test_progress_rises_to_one_and_cancel_stops(speech_file: Path) -> None:
    """Progress is reported in order up to 1.0; a cancel check returning True raises Cancelled."""
    seen: list[float] = []
    analyze_file(speech_file, "en", progress=seen.append)
    assert seen and seen == sorted(seen) and seen[-1] == 1.0 and all(0.0 <= v <= 1.0 for v in seen)
    calls = iter(range(100))
    with pytest.raises(Cancelled):
        analyze_file(speech_file, "en", cancel=lambda: next(calls) >= 1)
    samples = np.zeros(200_000, dtype=np.float32)
    with pytest.raises(Cancelled):
        analyze(samples, 16000, "en", cancel=lambda: True)


@pytest.mark.parametrize("content", [b"", b"hello, not audio\n" * 50, b"RIFF\x10\x00\x00\x00WAVEfmt "])
def test_unreadable_files_raise_an_error_naming_the_file(tmp_path: Path, content: bytes) -> None:
    """Empty, text and truncated files raise AnalysisError whose message names the file."""
    path = tmp_path / "broken.wav"
    path.write_bytes(content)
    with pytest.raises(AnalysisError, match=r"broken\.wav"):
        analyze_file(path, "en")


def test_missing_file_and_directory_raise(tmp_path: Path) -> None:
    """A missing path or a directory raises AnalysisError naming it."""
    with pytest.raises(AnalysisError, match=r"nothere\.wav"):
        analyze_file(tmp_path / "nothere.wav", "en")
    with pytest.raises(AnalysisError, match=re.escape(tmp_path.name)):
        analyze_file(tmp_path, "en")


def test_bad_arguments_raise() -> None:
    """Unknown language, a zero rate and 3-D arrays are rejected with a clear error."""
    with pytest.raises(AnalysisError, match="language"):
        analyze(np.zeros(10), 16000, "de")
    with pytest.raises(AnalysisError, match="rate"):
        analyze(np.zeros(10), 0, "en")
    with pytest.raises(AnalysisError, match="shape"):
        analyze(np.zeros((2, 2, 2)), 16000, "en")


def _wav_header(rate: int, channels: int, data_bytes: int, bits: int = 16) -> bytes:
    """A canonical PCM WAV header claiming ``data_bytes`` of sample data."""
    block = channels * bits // 8
    fmt = (1).to_bytes(2, "little") + channels.to_bytes(2, "little") + rate.to_bytes(4, "little")
    fmt += (rate * block).to_bytes(4, "little") + block.to_bytes(2, "little") + bits.to_bytes(2, "little")
    riff = b"WAVE" + b"fmt " + len(fmt).to_bytes(4, "little") + fmt + b"data" + data_bytes.to_bytes(4, "little")
    return b"RIFF" + (len(riff) + data_bytes).to_bytes(4, "little") + riff


@pytest.mark.parametrize(
    ("rate", "channels", "needle"),
    [
        (1, 1, "sample rate 1 Hz"),
        (3999, 1, "sample rate 3999 Hz"),
        (400_000, 1, "400000 Hz"),
        (16000, 33, "33 channels"),
    ],
)
def test_headers_outside_the_bounds_are_refused_naming_the_file(
    tmp_path: Path, rate: int, channels: int, needle: str
) -> None:
    """A header claiming a rate outside 4-384 kHz or more than 32 channels is refused before decoding."""
    path = tmp_path / "crafted.wav"
    path.write_bytes(_wav_header(rate, channels, 2 * channels * 1000) + bytes(2 * channels * 1000))
    with pytest.raises(AnalysisError, match=rf"crafted\.wav.*{needle}"):
        analyze_file(path, "en")


def test_file_shorter_than_its_header_is_analysed_with_a_warning(espeak: Callable[..., Audio], tmp_path: Path) -> None:
    """A WAV cut short (header claims 10 s, 2 s are there) is analysed, and the report says so."""
    samples, rate = espeak("We reviewed the numbers and made a decision.", "en-us", 160)
    pcm = (np.clip(samples[: 2 * rate], -1, 1) * 32767).astype("<i2").tobytes()
    path = tmp_path / "cut.wav"
    path.write_bytes(_wav_header(rate, 1, 10 * rate * 2) + pcm)
    report = analyze_file(path, "en")
    assert report.duration_s == pytest.approx(2.0, abs=0.01)
    assert len(report.warnings) == 1 and "cut.wav is shorter than its header claims" in report.warnings[0]
    assert report.metrics["syllables"]


def test_in_memory_rate_and_channels_are_bounded() -> None:
    """Arrays get the same bounds as files: 4-384 kHz and at most 32 channels."""
    with pytest.raises(AnalysisError, match="rate"):
        analyze(np.zeros(100), 1, "en")
    with pytest.raises(AnalysisError, match="33 channels"):
        analyze(np.zeros((100, 33)), 16000, "en")


def test_filler_threshold_parameter_marks_more_or_fewer(speech_file: Path) -> None:
    """The threshold decides which candidates become marks; every mark carries its confidence."""
    loose = analyze_file(speech_file, "en", filler_threshold=0.2)
    strict = analyze_file(speech_file, "en", filler_threshold=1.0)
    assert all(0.2 <= m.confidence <= 1.0 for m in loose.filled_pauses)
    assert len(strict.filled_pauses) <= len(loose.filled_pauses)
    assert {(c.start, c.end) for c in loose.filler_candidates} == {(c.start, c.end) for c in strict.filler_candidates}
    assert loose.filler_threshold == 0.2 and strict.filler_threshold == 1.0


@pytest.mark.slow
def test_ten_minute_file_streams_with_bounded_memory(espeak: Callable[..., Audio], tmp_path: Path) -> None:
    """A 10-min file is analysed in blocks: traced peak memory stays far below the file's size as float32."""
    samples, rate = espeak(EN_TEXT, "en-us", 160)
    unit = np.concatenate((trim(samples), np.zeros(int(0.6 * rate), dtype=np.float32)))
    path = tmp_path / "long.wav"
    total = 10 * 60 * rate
    with sf.SoundFile(path, "w", rate, 1, "PCM_16") as out:
        written = 0
        while written < total:
            chunk = unit[: total - written]
            out.write(chunk)
            written += chunk.shape[0]
    whole_as_float32 = total * 4
    tracemalloc.start()
    try:
        report = analyze_file(path, "en")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 0.5 * whole_as_float32, f"peak {peak / 1e6:.1f} MB"
    assert report.duration_s == pytest.approx(600.0, abs=0.01)
    short = analyze(unit, rate, "en").metrics["articulation_rate"]
    assert report.metrics["articulation_rate"] == pytest.approx(short, rel=0.05)
