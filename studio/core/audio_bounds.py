"""What an audio file may claim before anything of it is decoded.

One place for the limits shared by analysis, import and recovery: a crafted header (a 1 Hz sample rate, a
million channels, more frames than the file can hold) must fail in well under a second with one line naming the
file, instead of making a resampler allocate gigabytes.
"""

from __future__ import annotations

MIN_SAMPLERATE = 4_000
MAX_SAMPLERATE = 384_000
MAX_CHANNELS = 32
MAX_SECONDS = 6 * 3600.0  # a rehearsal take is minutes long; six hours is far beyond any real one


class AudioBoundsError(ValueError):
    """The file's header claims something the studio will not read; the message names the file and the value."""


class AudioClaims:
    """What a header says, checked by :func:`check_audio_claims`.

    Attributes:
        frames: Frames the studio should expect to read (the header's count, or fewer when the file is shorter).
        truncated: The file holds fewer frames than its header claims.
        warning: A one-line, user-readable warning when ``truncated`` (else "").
    """

    __slots__ = ("frames", "truncated", "warning")

    def __init__(self, frames: int, truncated: bool, warning: str) -> None:
        self.frames = frames
        self.truncated = truncated
        self.warning = warning


def check_audio_claims(
    name: str,
    samplerate: int,
    channels: int,
    frames: int,
    *,
    data_bytes: int | None = None,
    bytes_per_frame: int | None = None,
) -> AudioClaims:
    """Check a header's sample rate, channels and length against the limits and the bytes really present.

    Args:
        name: The file, for messages.
        samplerate: Frames per second the header claims.
        channels: Channels the header claims.
        frames: Frames the header claims (0 or less when unknown, e.g. some compressed streams).
        data_bytes: Bytes of sample data present in the file, when known (uncompressed formats).
        bytes_per_frame: Bytes one frame takes, when known (uncompressed formats).

    Returns:
        The frames to expect and whether the file is shorter than its header says.

    Raises:
        AudioBoundsError: The rate, channel count or duration is outside what the studio reads.
    """
    if not MIN_SAMPLERATE <= samplerate <= MAX_SAMPLERATE:
        raise AudioBoundsError(
            f"{name}: sample rate {samplerate} Hz is outside {MIN_SAMPLERATE // 1000}-{MAX_SAMPLERATE // 1000} kHz"
        )
    if not 1 <= channels <= MAX_CHANNELS:
        raise AudioBoundsError(f"{name}: {channels} channels is outside 1-{MAX_CHANNELS}")
    expected = max(int(frames), 0)
    truncated = False
    warning = ""
    if data_bytes is not None and bytes_per_frame and bytes_per_frame > 0:
        present = max(int(data_bytes), 0) // bytes_per_frame
        if expected == 0 or present < expected:
            truncated = expected > 0
            if truncated:
                warning = (
                    f"{name} is shorter than its header claims: {present / samplerate:.2f} s of "
                    f"{expected / samplerate:.2f} s are there; only that part was analysed"
                )
            expected = present
    if expected / samplerate > MAX_SECONDS:
        raise AudioBoundsError(
            f"{name}: {expected / samplerate / 3600:.1f} hours of audio is more than the {MAX_SECONDS / 3600:.0f} "
            "hours the studio reads"
        )
    return AudioClaims(expected, truncated, warning)
