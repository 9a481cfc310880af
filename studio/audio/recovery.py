"""Launch-time recovery of takes whose capture was interrupted (crash, kill, power loss).

A capture state file ``<uuid>.wav.capture`` (JSON, written by the recorder before the stream starts and removed
on a clean finish) that is still there at launch marks an interrupted take. At start-up the UI calls
:func:`find_interrupted`, shows a Recover / Discard dialog for each item and calls :func:`recover` or
:func:`discard`. Recovery repairs the WAV header from the file length (cutting a trailing partial frame), rebuilds
the peaks and removes the state file; the result reads in soundfile, sox and Python's ``wave``.

State file fields: ``format`` ("interview-studio-capture"), ``version`` (1), ``wav`` (file name beside it),
``samplerate``, ``channels``, ``sample_format`` ("PCM_16"), ``device_name``, ``started_at`` (ISO 8601 UTC),
``pid``, ``overflow_times`` (take-relative seconds).
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from studio.audio.errors import AudioFileError, RecoveryError
from studio.audio.peaks import build_peaks_from_file, peaks_path_for
from studio.audio.recorder import STATE_SUFFIX
from studio.audio.wavfile import HEADER_SIZE, read_wav_layout, repair_wav_header, write_fresh_header

ACTIVE_WRITE_WINDOW = 5.0


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
        payload = json.loads(Path(state_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return payload if isinstance(payload, dict) else {}


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _is_active(state: dict[str, object], wav: Path) -> bool:
    """A capture still running in a live process: its pid is alive and it wrote the WAV a moment ago."""
    pid = state.get("pid")
    if not isinstance(pid, int) or not _pid_alive(pid):
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
        state = read_state(state_path)
        name = state.get("wav")
        wav = state_path.with_name(name if isinstance(name, str) and "/" not in name else state_path.stem)
        if _is_active(state, wav):
            continue
        marks = state.get("overflow_times")
        found.append(
            InterruptedTake(
                state_path=state_path,
                wav_path=wav,
                samplerate=_int(state.get("samplerate")),
                channels=_int(state.get("channels")),
                device_name=str(state.get("device_name") or ""),
                started_at=str(state.get("started_at") or ""),
                overflow_times=tuple(float(t) for t in marks) if isinstance(marks, list) else (),
                size_bytes=wav.stat().st_size if wav.exists() else 0,
            )
        )
    return found


def _int(value: object) -> int:
    return value if isinstance(value, int) else 0


def recover(take: InterruptedTake) -> RecoveredTake:
    """Repair the WAV, rebuild its peaks and clear the capture mark.

    Raises:
        RecoveryError: The WAV is missing or holds no usable header and the state file does not say its format;
            the message names the file. The state file is left so the user can still discard it.
    """
    wav = take.wav_path
    if not wav.exists():
        raise RecoveryError(f"The interrupted take {wav} was never written to disk; discard it")
    try:
        read_wav_layout(wav)
    except AudioFileError:
        if not take.samplerate or not take.channels:
            raise RecoveryError(f"{wav} has no readable header and its capture record is damaged") from None
        write_fresh_header(wav, take.samplerate, take.channels)
    try:
        frames = repair_wav_header(wav)
        layout = read_wav_layout(wav)
        peaks = build_peaks_from_file(wav)
        peaks.save(peaks_path_for(wav))
    except (AudioFileError, OSError, RuntimeError) as exc:
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
    """Delete the interrupted take's WAV, peaks and capture mark (the user chose Discard)."""
    for path in (take.wav_path, peaks_path_for(take.wav_path), take.state_path):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
