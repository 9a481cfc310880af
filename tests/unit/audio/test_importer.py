"""Tests of studio/audio/importer.py: any common file becomes a take; bad files fail clearly, leaving nothing."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.audio.errors import AudioFileError
from studio.audio.importer import import_audio
from studio.audio.peaks import Peaks


def _tone(rate: int, seconds: float, channels: int = 1) -> np.ndarray:
    t = np.arange(int(rate * seconds)) / rate
    mono = 0.3 * np.sin(2 * np.pi * 220 * t)
    return np.repeat(mono[:, None], channels, axis=1)


def _takes(data_dir: Path) -> list[Path]:
    folder = data_dir / "takes"
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


@pytest.mark.parametrize(
    ("name", "rate", "channels", "fmt", "subtype", "written"),
    [
        ("odd.wav", 11025, 1, "WAV", "PCM_16", "PCM_16"),
        ("stereo24.wav", 96000, 2, "WAV", "PCM_24", "PCM_24"),
        ("speech.flac", 44100, 2, "FLAC", "PCM_16", "PCM_16"),
        ("speech.ogg", 22050, 1, "OGG", "VORBIS", "PCM_16"),
        ("speech.mp3", 44100, 1, "MP3", "MPEG_LAYER_III", "PCM_16"),
    ],
)
def test_formats_rates_and_channels_import(
    tmp_path: Path, data_dir: Path, name: str, rate: int, channels: int, fmt: str, subtype: str, written: str
) -> None:
    """WAV/FLAC/OGG/MP3 with odd rates, stereo and 24-bit become WAV takes with peaks, rate and channels kept."""
    src = tmp_path / name
    sf.write(str(src), _tone(rate, 1.5, channels), rate, format=fmt, subtype=subtype)
    take = import_audio(src, data_dir)
    info = sf.info(str(take.path))
    assert (info.samplerate, info.channels, info.subtype) == (rate, channels, written)
    assert take.path.parent.parent.parent == data_dir / "takes"
    assert abs(take.duration - 1.5) < 0.1
    assert Peaks.load(take.peaks_path).frames == take.frames == info.frames
    assert sorted(_takes(data_dir)) == sorted([take.path, take.peaks_path])


def test_empty_file_is_refused_by_name(tmp_path: Path, data_dir: Path) -> None:
    """An empty file gives an error naming it."""
    src = tmp_path / "empty.wav"
    src.write_bytes(b"")
    with pytest.raises(AudioFileError, match=r"empty\.wav is empty"):
        import_audio(src, data_dir)
    assert _takes(data_dir) == []


def test_random_bytes_are_not_audio(tmp_path: Path, data_dir: Path) -> None:
    """Random bytes named .wav are refused as not audio, with the file name."""
    src = tmp_path / "noise.wav"
    src.write_bytes(os.urandom(5000))
    with pytest.raises(AudioFileError, match=r"noise\.wav"):
        import_audio(src, data_dir)
    assert _takes(data_dir) == []


def test_truncated_wav_is_refused_and_nothing_is_left(tmp_path: Path, data_dir: Path) -> None:
    """A WAV cut short (header promises more) is refused with its name; no partial take remains."""
    src = tmp_path / "cut.wav"
    sf.write(str(src), _tone(16000, 2.0), 16000)
    data = src.read_bytes()
    src.write_bytes(data[: len(data) // 2])
    with pytest.raises(AudioFileError, match=r"cut\.wav is truncated"):
        import_audio(src, data_dir)
    assert not [p for p in _takes(data_dir) if p.is_file()]


def test_truncated_flac_is_refused(tmp_path: Path, data_dir: Path) -> None:
    """A FLAC cut in the middle fails with a clear error and nothing half-imported."""
    src = tmp_path / "cut.flac"
    sf.write(str(src), np.random.default_rng(0).uniform(-0.5, 0.5, 16000 * 5), 16000, format="FLAC")
    data = src.read_bytes()
    src.write_bytes(data[: len(data) // 3])
    with pytest.raises(AudioFileError, match=r"cut\.flac"):
        import_audio(src, data_dir)
    assert _takes(data_dir) == []


def test_header_only_wav_has_no_audio(tmp_path: Path, data_dir: Path) -> None:
    """A valid WAV with zero frames is refused as containing no audio."""
    src = tmp_path / "zero.wav"
    sf.write(str(src), np.zeros((0, 1)), 16000)
    with pytest.raises(AudioFileError, match="no audio"):
        import_audio(src, data_dir)


def test_missing_file_is_named(tmp_path: Path, data_dir: Path) -> None:
    """A path that does not exist gives an error naming it."""
    with pytest.raises(AudioFileError, match=r"nowhere\.mp3"):
        import_audio(tmp_path / "nowhere.mp3", data_dir)


@settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    head=st.sampled_from([b"", b"RIFF\x10\x00\x00\x00WAVE", b"RIFF\xff\xff\xff\xffWAVEfmt ", b"fLaC", b"OggS", b"ID3"]),
    body=st.binary(max_size=600),
    suffix=st.sampled_from([".wav", ".flac", ".ogg", ".mp3"]),
)
def test_hostile_bytes_fail_cleanly(tmp_path: Path, data_dir: Path, head: bytes, body: bytes, suffix: str) -> None:
    """R9: any byte soup either imports or raises AudioFileError naming the file, never half-imports."""
    src = tmp_path / f"fuzz{suffix}"
    src.write_bytes(head + body)
    before = set(_takes(data_dir))
    try:
        take = import_audio(src, data_dir)
    except AudioFileError as exc:
        assert "fuzz" in str(exc)
        assert set(_takes(data_dir)) == before
    else:
        assert sf.info(str(take.path)).frames == take.frames > 0
    assert not [p for p in _takes(data_dir) if p.name.endswith((".importing", ".tmp"))]


# ----- header claims are bounded before decoding (the limits shared with analysis and recovery) -------------------
def _crafted_wav(path: Path, rate: int, channels: int, data_bytes: int, declared: int | None = None) -> Path:
    """A PCM-16 WAV whose header says ``rate`` and ``channels``, holding ``data_bytes`` of samples."""
    import struct

    block = 2 * channels
    declared = data_bytes if declared is None else declared
    header = b"RIFF" + struct.pack("<I", 36 + declared) + b"WAVE"
    header += b"fmt " + struct.pack("<IHHIIHH", 16, 1, channels, rate, rate * block, block, 16)
    header += b"data" + struct.pack("<I", declared)
    path.write_bytes(header + b"\x10\x00" * (data_bytes // 2))
    return path


@pytest.mark.parametrize(
    ("rate", "channels", "words"),
    [(1, 1, "sample rate 1 Hz"), (8, 1, "sample rate 8 Hz"), (500_000, 1, "sample rate"), (16000, 64, "64 channels")],
    ids=["1Hz", "8Hz", "500kHz", "64ch"],
)
def test_header_outside_bounds_refused_before_decoding(
    tmp_path: Path, data_dir: Path, rate: int, channels: int, words: str
) -> None:
    """A crafted header (1 Hz, 8 Hz, 500 kHz, 64 channels) is refused in one line naming the file; nothing is left."""
    src = _crafted_wav(tmp_path / "crafted.wav", rate, channels, data_bytes=2 * channels * 4000)
    with pytest.raises(AudioFileError) as caught:
        import_audio(src, data_dir)
    message = str(caught.value)
    assert "crafted.wav" in message and words in message and "\n" not in message
    assert _takes(data_dir) == []


def test_mp3_decoder_noise_stays_off_stderr(
    tmp_path: Path, data_dir: Path, capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    """A damaged MP3: libmpg123's lines do not reach stderr; one log line reports the problems instead."""
    clean = tmp_path / "clean.mp3"
    signal = (0.3 * np.sin(np.arange(48000) * 0.05)).astype(np.float32)
    sf.write(str(clean), signal, 16000, format="MP3")
    data = bytearray(clean.read_bytes())
    for index in range(2000, len(data) - 2000, 211):
        data[index] = (data[index] * 7 + 13) & 0xFF
    damaged = tmp_path / "damaged.mp3"
    damaged.write_bytes(bytes(data))
    capfd.readouterr()
    with caplog.at_level("WARNING", logger="studio.audio.importer"):
        try:
            import_audio(damaged, data_dir)
        except AudioFileError:
            pass  # refusing the file is fine too; the point is a clean terminal
    captured = capfd.readouterr()
    assert "libmpg123" not in captured.err and "mpg123" not in captured.out
    noise = [r for r in caplog.records if "decoder reported" in r.getMessage()]
    assert len(noise) <= 1
