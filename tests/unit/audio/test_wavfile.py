"""Tests of studio/audio/wavfile.py: a header valid at every moment, honest errors, repair from length."""

from __future__ import annotations

import errno
import wave
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from studio.audio.errors import AudioFileError
from studio.audio.wavfile import WavWriter, float_to_int16, read_wav_layout, repair_wav_header


def test_header_is_valid_after_every_block_without_close(tmp_path: Path) -> None:
    """Readers see every written frame while the writer is still open (what a crash leaves behind)."""
    path = tmp_path / "a.wav"
    writer = WavWriter(path, 48000, 2)
    for n in range(1, 4):
        writer.write(np.full((1000, 2), 0.25, dtype=np.float32))
        assert sf.info(str(path)).frames == 1000 * n
        with wave.open(str(path)) as w:
            assert (w.getnframes(), w.getnchannels(), w.getframerate()) == (1000 * n, 2, 48000)
    writer.close()
    writer.close()


def test_float_conversion_is_exact_for_int16_grid_and_clips() -> None:
    """k/32768 converts back to k exactly; out-of-range values clip instead of wrapping."""
    k = np.arange(-32768, 32768)
    assert np.array_equal(float_to_int16(k.astype(np.float32) / 32768), k.astype(np.int16))
    assert list(float_to_int16(np.array([1.5, -1.5, 1.0]))) == [32767, -32768, 32767]


def test_write_error_keeps_whole_frames_and_reports_errno(tmp_path: Path) -> None:
    """A failing write raises OSError with its errno and leaves a valid file of whole frames."""

    class Failing(WavWriter):
        budget = 44 + 1001  # header + 500.5 stereo-16 frames... cut mid-frame

        def _write_bytes(self, data: memoryview) -> int:
            if self.budget <= 0:
                raise OSError(errno.ENOSPC, "No space left on device")
            n = min(len(data), self.budget)
            self.budget -= n
            return super()._write_bytes(data[:n])

    path = tmp_path / "b.wav"
    writer = Failing(path, 8000, 1)
    with pytest.raises(OSError) as info:
        writer.write(np.zeros(2000, dtype=np.int16))
    assert info.value.errno == errno.ENOSPC
    writer.close()
    assert writer.frames == 500
    assert sf.info(str(path)).frames == 500
    assert path.stat().st_size == 44 + 1000


def test_repair_and_layout_errors(tmp_path: Path) -> None:
    """Repair fixes sizes from the length; non-WAV files are refused with their name."""
    path = tmp_path / "c.wav"
    sf.write(str(path), np.zeros((300, 1)), 16000, subtype="PCM_16")
    with open(path, "ab") as handle:
        handle.write(b"\0" * 201)
    assert read_wav_layout(path).declared_data_size == 600
    assert repair_wav_header(path) == 400
    assert sf.info(str(path)).frames == 400
    junk = tmp_path / "junk.wav"
    junk.write_bytes(b"hello world, not a wave file")
    with pytest.raises(AudioFileError, match=r"junk\.wav"):
        repair_wav_header(junk)
