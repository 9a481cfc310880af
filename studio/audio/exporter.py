"""Write a take out as WAV or FLAC, block by block, never leaving a half-written file under the chosen name."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from studio.audio.errors import AudioFileError

FORMATS = {".wav": "WAV", ".flac": "FLAC"}
_BLOCK = 1 << 16


def export_audio(src: Path, dest: Path, progress: Callable[[float], None] | None = None) -> Path:
    """Convert ``src`` to the format named by ``dest``'s extension (``.wav`` or ``.flac``; anything else → ``.wav``).

    The output is written beside ``dest`` as ``<name>.part``, fsynced, then renamed over ``dest``.

    Returns:
        The path written (``dest``, or ``dest`` with ``.wav`` appended for an unknown extension).

    Raises:
        AudioFileError: The take cannot be read or the copy cannot be written (names the file).
    """
    import soundfile as sf

    if dest.suffix.lower() not in FORMATS:
        dest = dest.with_name(dest.name + ".wav")
    fmt = FORMATS[dest.suffix.lower()]
    tmp = dest.with_name(dest.name + ".part")
    try:
        with sf.SoundFile(str(src)) as reader:
            subtype = "PCM_24" if reader.subtype == "PCM_24" else "PCM_16"
            total = max(1, reader.frames)
            done = 0
            with sf.SoundFile(str(tmp), "w", reader.samplerate, reader.channels, subtype, format=fmt) as out:
                for block in reader.blocks(blocksize=_BLOCK, dtype="float32"):
                    out.write(block)
                    done += len(block)
                    if progress is not None:
                        progress(min(1.0, done / total))
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, dest)
    except (OSError, RuntimeError, sf.LibsndfileError) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise AudioFileError(f"Could not export {src.name} to {dest}: {exc}") from exc
    return dest
