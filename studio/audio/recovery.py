"""Launch-time recovery of takes whose capture was interrupted (crash, kill, power loss).

A capture state file ``<uuid>.wav.capture`` (JSON, written by the recorder before the stream starts and removed
on a clean finish) that is still there at launch marks an interrupted take. At start-up the UI calls
:func:`find_interrupted`, shows a Recover / Discard dialog for each item and calls :func:`recover` or
:func:`discard`. Recovery repairs the WAV header from the file length (cutting a trailing partial frame), rebuilds
the peaks and removes the state file; the result reads in soundfile, sox and Python's ``wave``.

State file fields: ``format`` ("interview-studio-capture"), ``version`` (1), ``wav`` (file name beside it),
``samplerate``, ``channels``, ``sample_format`` ("PCM_16"), ``device_name``, ``started_at`` (ISO 8601 UTC),
``pid``, ``overflow_times`` (take-relative seconds).

A state file is never trusted: the take it belongs to is always the file named like it without ``.capture`` (the
only file the recorder created with it), so a damaged or hostile ``wav`` field can neither hide the take nor point
recovery or discard at another file; rates and channel counts outside the studio's audio bounds count as unknown;
and one unreadable state file never stops the others from being offered.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
import time
from dataclasses import dataclass
from pathlib import Path

from studio.audio.errors import AudioFileError, RecoveryError
from studio.audio.peaks import build_peaks_from_file, peaks_path_for
from studio.audio.recorder import STATE_SUFFIX
from studio.audio.wavfile import HEADER_SIZE, read_wav_layout, repair_wav_header, write_fresh_header
from studio.core.audio_bounds import AudioBoundsError, check_audio_claims

log = logging.getLogger(__name__)

ACTIVE_WRITE_WINDOW = 5.0
MAX_STATE_BYTES = 1 << 20  # a real state file is a few hundred bytes
MAX_OVERFLOW_MARKS = 100_000


@dataclass(frozen=True)
class InterruptedTake:
    """A take whose capture did not finish cleanly.

    Attributes:
        state_path: The ``.capture`` file.
        wav_path: The take's WAV (may be missing if the crash came before it was created).
        samplerate: Rate from the state file (0 if unknown).
        channels: Channels from the state file (0 if unknown).
        device_name: Input device name.
        started_at: ISO 8601 start time ("" if unknown).
        overflow_times: Overflow marks saved while recording.
        size_bytes: Current size of the WAV (0 if missing).
    """

    state_path: Path
    wav_path: Path
    samplerate: int
    channels: int
    device_name: str
    started_at: str
    overflow_times: tuple[float, ...]
    size_bytes: int

    @property
    def approx_seconds(self) -> float:
        """Rough length for the dialog, from the file size."""
        if not self.samplerate or not self.channels:
            return 0.0
        return max(0, self.size_bytes - HEADER_SIZE) / (2 * self.channels * self.samplerate)


@dataclass(frozen=True)
class RecoveredTake:
    """A repaired take, ready to be stored like a normal one.

    Attributes:
        path: The WAV.
        peaks_path: Its rebuilt peaks.
        frames: Frames in the repaired file.
        samplerate: Frames per second.
        channels: Channels.
        device_name: Input device name.
        started_at: ISO 8601 start time.
        overflow_times: Overflow marks saved while recording.
    """

    path: Path
    peaks_path: Path
    frames: int
    samplerate: int
    channels: int
    device_name: str
    started_at: str
    overflow_times: tuple[float, ...]

    @property
    def duration(self) -> float:
        """Seconds of audio."""
        return self.frames / self.samplerate if self.samplerate else 0.0


def read_state(state_path: Path) -> dict[str, object]:
    """Read a capture state file; an unreadable one yields ``{}`` (the WAV header then tells the format)."""
    try:
        state_path = Path(state_path)
        if state_path.stat().st_size > MAX_STATE_BYTES:
            return {}
        payload = json.loads(state_path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    return payload if isinstance(payload, dict) else {}


def wav_for_state(state_path: Path) -> Path:
    """The take a state file belongs to: its own name without ``.capture`` (whatever the file's content says)."""
    return state_path.with_name(state_path.name[: -len(STATE_SUFFIX)])


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except (OverflowError, ValueError, OSError):
        return False
    return True


def _is_active(state: dict[str, object], wav: Path) -> bool:
    """A capture still running in a live process: its pid is alive and it wrote the WAV a moment ago."""
    pid = state.get("pid")
    if not isinstance(pid, int) or isinstance(pid, bool) or not _pid_alive(pid):
        return False
    try:
        return time.time() - wav.stat().st_mtime < ACTIVE_WRITE_WINDOW
    except OSError:
        return False


def find_interrupted(data_dir: Path) -> list[InterruptedTake]:
    """Find interrupted captures under ``<data_dir>/takes`` (oldest first), skipping ones still being recorded.

    Args:
        data_dir: The studio data folder.
    """
    takes = Path(data_dir) / "takes"
    if not takes.is_dir():
        return []
    found = []
    for state_path in sorted(takes.rglob(f"*{STATE_SUFFIX}")):
        if not state_path.is_file() or state_path.is_symlink() or state_path.name == STATE_SUFFIX:
            continue
        try:
            take = _interrupted(state_path)
        except Exception:  # one odd state file must not hide the others: offer it with what is known
            log.exception("capture state %s could not be read; offered with its format unknown", state_path)
            take = _unknown(state_path)
        if take is not None:
            found.append(take)
    return found


def _interrupted(state_path: Path) -> InterruptedTake | None:
    """The interrupted take a state file marks, or None while its recorder is still running."""
    state = read_state(state_path)
    wav = wav_for_state(state_path)
    name = state.get("wav")
    if name is not None and name != wav.name:
        log.warning("capture state %s names %r; using %s, the file it belongs to", state_path, name, wav.name)
    if _is_active(state, wav):
        return None
    samplerate, channels = _format(state, state_path)
    return InterruptedTake(
        state_path=state_path,
        wav_path=wav,
        samplerate=samplerate,
        channels=channels,
        device_name=_text(state.get("device_name")),
        started_at=_text(state.get("started_at")),
        overflow_times=_marks(state.get("overflow_times")),
        size_bytes=_size(wav),
    )


def _unknown(state_path: Path) -> InterruptedTake:
    wav = wav_for_state(state_path)
    return InterruptedTake(state_path, wav, 0, 0, "", "", (), _size(wav))


def _format(state: dict[str, object], state_path: Path) -> tuple[int, int]:
    """Rate and channels from the state file, or (0, 0) when either is missing or outside the audio bounds."""
    samplerate, channels = _int(state.get("samplerate")), _int(state.get("channels"))
    try:
        check_audio_claims(str(state_path), samplerate, channels, 0)
    except AudioBoundsError as exc:
        if samplerate or channels:
            log.warning("capture state ignored: %s", exc)
        return 0, 0
    return samplerate, channels


def _text(value: object) -> str:
    return value[:200] if isinstance(value, str) else ""


def _marks(value: object) -> tuple[float, ...]:
    if not isinstance(value, list):
        return ()
    marks = []
    for item in value[:MAX_OVERFLOW_MARKS]:
        if isinstance(item, int | float) and not isinstance(item, bool) and math.isfinite(item) and item >= 0:
            marks.append(float(item))
    return tuple(marks)


def _size(wav: Path) -> int:
    try:
        return wav.stat().st_size if wav.is_file() else 0
    except OSError:
        return 0


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def recover(take: InterruptedTake) -> RecoveredTake:
    """Repair the WAV, rebuild its peaks and clear the capture mark.

    Raises:
        RecoveryError: The WAV is missing or holds no usable header and the state file does not say its format;
            the message names the file. The state file is left so the user can still discard it.
    """
    wav = wav_for_state(take.state_path)
    if not wav.is_file():
        raise RecoveryError(f"The interrupted take {wav} was never written to disk; discard it")
    try:
        layout = read_wav_layout(wav)
        check_audio_claims(str(wav), layout.samplerate, layout.channels, 0)
    except (AudioFileError, AudioBoundsError):
        if not take.samplerate or not take.channels:
            raise RecoveryError(f"{wav} has no readable header and its capture record is damaged") from None
        try:
            write_fresh_header(wav, take.samplerate, take.channels)
        except (OSError, ValueError) as exc:
            raise RecoveryError(f"Could not write a header for {wav}: {exc}") from exc
    try:
        frames = repair_wav_header(wav)
        layout = read_wav_layout(wav)
        check_audio_claims(
            str(wav),
            layout.samplerate,
            layout.channels,
            frames,
            data_bytes=frames * layout.block_align,
            bytes_per_frame=layout.block_align,
        )
        peaks = build_peaks_from_file(wav)
        peaks.save(peaks_path_for(wav))
    except (AudioFileError, AudioBoundsError, OSError, RuntimeError, ValueError) as exc:
        raise RecoveryError(f"Could not repair {wav}: {exc}") from exc
    with contextlib.suppress(OSError):
        take.state_path.unlink()
    return RecoveredTake(
        path=wav,
        peaks_path=peaks_path_for(wav),
        frames=frames,
        samplerate=layout.samplerate,
        channels=layout.channels,
        device_name=take.device_name,
        started_at=take.started_at,
        overflow_times=take.overflow_times,
    )


def discard(take: InterruptedTake) -> None:
    """Delete the interrupted take's WAV, peaks and capture mark (the user chose Discard).

    Only the files the capture created are touched: the WAV named like the state file, its peaks, the state file.
    """
    if not take.state_path.name.endswith(STATE_SUFFIX):
        raise RecoveryError(f"{take.state_path} is not a capture state file; nothing was deleted")
    wav = wav_for_state(take.state_path)
    for path in (wav, peaks_path_for(wav), take.state_path):
        with contextlib.suppress(FileNotFoundError, IsADirectoryError):
            path.unlink()
