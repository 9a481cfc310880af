"""Header limits shared by analysis, import and recovery."""

from __future__ import annotations

import pytest

from studio.core.audio_bounds import AudioBoundsError, check_audio_claims


@pytest.mark.parametrize("rate", [1, 8, 3999, 384_001, 10**9])
def test_rates_outside_the_range_are_refused_naming_the_file(rate: int) -> None:
    """A crafted 1 Hz header must fail at once, not make a resampler allocate gigabytes."""
    with pytest.raises(AudioBoundsError, match=r"take\.wav: sample rate"):
        check_audio_claims("take.wav", rate, 1, 1000)


@pytest.mark.parametrize("channels", [0, -2, 33, 1 << 20])
def test_channel_counts_outside_the_range_are_refused(channels: int) -> None:
    """More than 32 channels (or none) is not a voice recording."""
    with pytest.raises(AudioBoundsError, match="channels"):
        check_audio_claims("a.wav", 16000, channels, 1000)


def test_a_short_file_is_read_with_a_warning() -> None:
    """A file holding less than its header claims is read for what is there, with a warning."""
    claims = check_audio_claims("a.wav", 16000, 1, 160_000, data_bytes=32_000, bytes_per_frame=2)
    assert claims.truncated and claims.frames == 16_000
    assert "a.wav is shorter than its header claims" in claims.warning


def test_an_honest_header_passes_untouched() -> None:
    """A normal header passes with its own frame count and no warning."""
    claims = check_audio_claims("a.wav", 48000, 2, 48_000, data_bytes=192_000, bytes_per_frame=4)
    assert (claims.frames, claims.truncated, claims.warning) == (48_000, False, "")


def test_absurd_durations_are_refused() -> None:
    """A header claiming days of audio is refused before any decoding."""
    with pytest.raises(AudioBoundsError, match="hours"):
        check_audio_claims("a.flac", 48000, 1, 48000 * 3600 * 24)
