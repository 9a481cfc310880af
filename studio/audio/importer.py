"""Import an existing audio file (WAV, FLAC, OGG, MP3) as a take: converted to WAV in the takes folder, with peaks.

Rates and channel counts are kept as they are (the analysis resamples and mixes down itself). The sample format
becomes PCM 16-bit, or PCM 24-bit when the source has more than 16 bits (24/32-bit integer or float).

Nothing is ever half-imported: the WAV is written under ``<uuid>.wav.importing`` and renamed to ``<uuid>.wav``
only after every frame was read, written and fsynced and the peaks were saved; any error removes both.
Empty, truncated and non-audio files, and headers outside the studio's audio bounds (a 1 Hz rate, hundreds of
channels, more frames than the file holds, more than six hours: :mod:`studio.core.audio_bounds`), raise
:class:`~studio.audio.errors.AudioFileError` naming the file before anything is decoded. Decoder chatter on the
native stderr (libmpg123) is captured and reported as one log line. Run it in the task runner (a 60-min file takes a
few seconds).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from studio.audio.errors import AudioFileError
from studio.audio.peaks import PeaksBuilder, peaks_path_for
from studio.audio.recorder import new_take_path
from studio.audio.wavfile import read_wav_layout
from studio.core.audio_bounds import AudioBoundsError, check_audio_claims
from studio.fsutil import atomic_writer
from studio.native_stderr import captured_native_stderr

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".wav", ".flac", ".ogg", ".oga", ".mp3")
_HIGH_RES_SUBTYPES = {"PCM_24", "PCM_32", "FLOAT", "DOUBLE"}
_BLOCK = 1 << 16


@dataclass(frozen=True)
class ImportedTake:
    """A file imported as a take.

    Attributes:
        path: The new WAV under ``takes/YYYY/MM``.
        peaks_path: Its peaks.
        frames: Frames.
        samplerate: Frames per second (as in the source).
        channels: Channels (as in the source).
        source_path: The file the user picked.
        subtype: Sample format written (``PCM_16`` or ``PCM_24``).
    """

    path: Path
    peaks_path: Path
    frames: int
    samplerate: int
    channels: int
    source_path: Path
    subtype: str

    @property
    def duration(self) -> float:
        """Seconds of audio."""
        return self.frames / self.samplerate


def _check_riff(src: Path) -> None:
    with open(src, "rb") as handle:
        magic = handle.read(12)
    if magic[:4] != b"RIFF" or magic[8:12] != b"WAVE":
        return
    try:
        layout = read_wav_layout(src)
    except AudioFileError as exc:
        raise AudioFileError(f"{src} is truncated or damaged: {exc}") from None
    try:
        check_audio_claims(
            str(src),
            layout.samplerate,
            layout.channels,
            layout.declared_data_size // max(layout.block_align, 1),
            data_bytes=layout.available_data_size,
            bytes_per_frame=layout.block_align,
        )
    except AudioBoundsError as exc:
        raise AudioFileError(str(exc)) from None
    if layout.block_align <= 0:
        raise AudioFileError(f"{src} is damaged: its header gives 0 bytes per frame")
    if layout.is_truncated:
        promised = layout.declared_data_size / (layout.block_align * layout.samplerate)
        holds = layout.available_data_size / (layout.block_align * layout.samplerate)
        raise AudioFileError(f"{src} is truncated: its header promises {promised:.2f} s but it holds {holds:.2f} s")


def import_audio(src: Path, data_dir: Path, *, now: dt.datetime | None = None) -> ImportedTake:
    """Copy/convert ``src`` into ``<data_dir>/takes/YYYY/MM/<uuid>.wav`` and build its peaks.

    Args:
        src: The file to import.
        data_dir: The studio data folder.
        now: Date for the folder (default: now, UTC).

    Returns:
        The imported take.

    Raises:
        AudioFileError: Missing, empty, truncated, not audio, no audio frames, or the copy could not be written;
            the message names the file.
    """
    src = Path(src)
    try:
        size = src.stat().st_size
    except OSError as exc:
        raise AudioFileError(f"{src} cannot be read: {exc.strerror or exc}") from exc
    if size == 0:
        raise AudioFileError(f"{src} is empty")
    _check_riff(src)
    with captured_native_stderr() as noise:
        result = _convert(src, data_dir, now)
    if noise:
        log.warning("%s: the decoder reported %d problem(s) while importing, first: %s", src, len(noise), noise[0])
    return result


def _convert(src: Path, data_dir: Path, now: dt.datetime | None) -> ImportedTake:
    import soundfile as sf

    try:
        reader = sf.SoundFile(str(src))
    except (sf.LibsndfileError, RuntimeError, TypeError) as exc:
        raise AudioFileError(f"{src} is not a recognised audio file (WAV, FLAC, OGG or MP3): {exc}") from exc
    target = new_take_path(data_dir, now)
    peaks_path = peaks_path_for(target)
    with reader:
        rate, channels = reader.samplerate, reader.channels
        declared = reader.frames
        try:
            check_audio_claims(str(src), rate, channels, max(declared, 0))
        except AudioBoundsError as exc:
            raise AudioFileError(str(exc)) from None
        if declared == 0:
            raise AudioFileError(f"{src} contains no audio")
        subtype = "PCM_24" if reader.subtype in _HIGH_RES_SUBTYPES else "PCM_16"
        builder = PeaksBuilder(rate)
        frames = 0
        try:
            with atomic_writer(target) as handle:
                with sf.SoundFile(handle, "w", rate, channels, subtype=subtype, format="WAV") as out:
                    while True:
                        try:
                            block = reader.read(_BLOCK, dtype="float32", always_2d=True)
                        except (sf.LibsndfileError, RuntimeError) as exc:
                            raise AudioFileError(
                                f"{src} is truncated or damaged after {frames / rate:.2f} s: {exc}"
                            ) from exc
                        if block.shape[0] == 0:
                            break
                        if not np.isfinite(block).all():
                            raise AudioFileError(f"{src} holds invalid samples near {frames / rate:.2f} s")
                        out.write(block)
                        builder.add(block)
                        frames += block.shape[0]
                if frames == 0:
                    raise AudioFileError(f"{src} contains no audio")
                if declared > 0 and frames < declared and src.suffix.lower() != ".mp3":
                    raise AudioFileError(f"{src} is truncated: {declared} frames announced, {frames} readable")
                builder.finish().save(peaks_path)  # before the WAV appears under its final name
        except BaseException as exc:
            with contextlib.suppress(OSError):
                peaks_path.unlink()
            if isinstance(exc, OSError):
                raise AudioFileError(f"Could not import {src} into {target}: {exc.strerror or exc}") from exc
            raise
    return ImportedTake(target, peaks_path, frames, rate, channels, src, subtype)
