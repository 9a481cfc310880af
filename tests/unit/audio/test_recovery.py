"""Tests of studio/audio/recovery.py: interrupted captures found, repaired, readable everywhere; and R1 kills."""

from __future__ import annotations

import os
import random
import selectors
import shutil
import signal
import struct
import subprocess
import sys
import time
import wave
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from studio.audio.errors import RecoveryError
from studio.audio.peaks import Peaks
from studio.audio.recorder import Recorder, state_path_for, write_json_atomic
from studio.audio.recovery import discard, find_interrupted, recover
from studio.audio.sources import FakeSource, check_counter, wrap16
from studio.audio.wavfile import WavWriter

REPO = Path(__file__).resolve().parents[3]


def _fake_crashed_take(data_dir: Path, frames: int, header_frames: int, extra_bytes: int = 0) -> Path:
    """A take as a killed recorder leaves it: state file present, header possibly behind the data."""
    wav = data_dir / "takes" / "2026" / "01" / "abc.wav"
    wav.parent.mkdir(parents=True)
    writer = WavWriter(wav, 16000, 1)
    writer.write(wrap16(np.arange(frames)))
    writer.close()
    with open(wav, "r+b") as handle:
        handle.seek(4)
        handle.write(struct.pack("<I", 36 + 2 * header_frames))
        handle.seek(40)
        handle.write(struct.pack("<I", 2 * header_frames))
        handle.seek(0, os.SEEK_END)
        handle.write(b"\x01" * extra_bytes)
    write_json_atomic(
        state_path_for(wav),
        {
            "wav": wav.name,
            "samplerate": 16000,
            "channels": 1,
            "device_name": "Mic",
            "pid": 999_999_999,
            "started_at": "2026-01-01T10:00:00+00:00",
            "overflow_times": [0.5],
        },
    )
    return wav


def _readable_everywhere(path: Path, frames: int) -> None:
    assert sf.info(str(path)).frames == frames
    with wave.open(str(path)) as w:
        assert w.getnframes() == frames
    if shutil.which("sox"):
        out = subprocess.run(["sox", "--i", "-s", str(path)], capture_output=True, text=True, check=True)
        assert int(out.stdout.strip()) == frames


@pytest.mark.parametrize("header_frames", [0, 1000, 4000])
def test_recover_repairs_header_from_file_length(data_dir: Path, header_frames: int) -> None:
    """A header that undercounts (or says 0, like older writers) is fixed; a partial frame is cut."""
    wav = _fake_crashed_take(data_dir, 5000, header_frames, extra_bytes=1)
    [found] = find_interrupted(data_dir)
    assert found.wav_path == wav and found.device_name == "Mic" and found.overflow_times == (0.5,)
    assert found.approx_seconds == pytest.approx(5000 / 16000, abs=0.01)
    recovered = recover(found)
    assert recovered.frames == 5000 and recovered.samplerate == 16000
    _readable_everywhere(wav, 5000)
    assert check_counter(sf.read(str(wav), dtype="int16")[0]).contiguous
    assert Peaks.load(recovered.peaks_path).frames == 5000
    assert not found.state_path.exists()
    assert find_interrupted(data_dir) == []


def test_discard_removes_every_file(data_dir: Path) -> None:
    """Discard deletes the WAV, its peaks and the capture mark."""
    wav = _fake_crashed_take(data_dir, 100, 0)
    [found] = find_interrupted(data_dir)
    discard(found)
    assert list(wav.parent.iterdir()) == []


def test_missing_wav_cannot_be_recovered_but_can_be_discarded(data_dir: Path) -> None:
    """A capture mark without its WAV gives a clear error naming the file, then Discard clears it."""
    wav = _fake_crashed_take(data_dir, 100, 0)
    wav.unlink()
    [found] = find_interrupted(data_dir)
    with pytest.raises(RecoveryError, match=r"abc\.wav"):
        recover(found)
    discard(found)
    assert find_interrupted(data_dir) == []


def test_headerless_file_gets_a_header_from_the_state_file(data_dir: Path) -> None:
    """A WAV whose header never reached the disk is rebuilt from the capture record."""
    wav = _fake_crashed_take(data_dir, 100, 0)
    wav.write_bytes(b"")
    recovered = recover(find_interrupted(data_dir)[0])
    assert recovered.frames == 0
    _readable_everywhere(wav, 0)


def test_capture_of_a_running_recorder_is_not_offered(data_dir: Path) -> None:
    """A capture still being written by a live process is not mistaken for an interrupted one."""
    recorder = Recorder.for_data_dir(FakeSource(speed=1.0, duration=5.0), data_dir)
    recorder.start()
    try:
        assert find_interrupted(data_dir) == []
    finally:
        recorder.stop()


def _read_started_lines(procs: list[subprocess.Popen[str]], timeout: float) -> dict[int, tuple[float, str]]:
    """Wait for every target's ``started`` line, time-stamping each one as it arrives."""
    deadline = time.monotonic() + timeout
    lines: dict[int, tuple[float, str]] = {}
    with selectors.DefaultSelector() as sel:
        for i, proc in enumerate(procs):
            assert proc.stdout is not None
            sel.register(proc.stdout, selectors.EVENT_READ, i)
        while len(lines) < len(procs):
            ready = sel.select(max(0.0, deadline - time.monotonic()))
            if not ready:
                raise AssertionError("kill targets did not start in time")
            for key, _ in ready:
                lines[key.data] = (time.monotonic(), key.fileobj.readline())  # type: ignore[union-attr]
                sel.unregister(key.fileobj)
    return lines


@pytest.mark.slow
def test_sigkill_at_random_moments_always_recovers(tmp_path: Path) -> None:
    """R1: 50 recorder processes SIGKILLed at random moments are all recovered, ≤ 0.5 s lost, readable by all."""
    rng = random.Random(20261122)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    kills = 50
    batch = 10
    outcomes: list[tuple[Path, float]] = []
    data_dir = tmp_path / "kill-data"
    for first in range(0, kills, batch):
        procs = [
            subprocess.Popen(
                [sys.executable, "-m", "tests.support.killtarget", str(data_dir)],
                stdout=subprocess.PIPE,
                text=True,
                env=env,
                cwd=REPO,
            )
            for _ in range(min(batch, kills - first))
        ]
        try:
            schedule = []
            for i, (started, line) in _read_started_lines(procs, 30.0).items():
                assert line.startswith("started "), line
                path = Path(line.split(" ", 1)[1].strip())
                schedule.append((started + rng.uniform(0.02, 1.5), started, procs[i], path))
            for kill_at, started, proc, path in sorted(schedule, key=lambda s: s[0]):
                delay = kill_at - time.monotonic()
                if delay > 0:
                    time.sleep(delay)  # allowed: the harness kills at a chosen random moment
                killed = time.monotonic()
                proc.send_signal(signal.SIGKILL)
                outcomes.append((path, killed - started))
        finally:
            for proc in procs:
                proc.kill()
                proc.wait()
                assert proc.stdout is not None
                proc.stdout.close()
    found = {item.wav_path: item for item in find_interrupted(data_dir)}
    assert len(found) == kills
    worst_loss = 0.0
    for path, alive_for in outcomes:
        recovered = recover(found[path])
        _readable_everywhere(path, recovered.frames)
        samples = sf.read(str(path), dtype="int16")[0]
        check = check_counter(samples)
        assert check.contiguous and (check.first_frame == 0 or check.frames == 0)
        loss = alive_for - recovered.duration
        worst_loss = max(worst_loss, loss)
        assert loss <= 0.5, f"{path.name}: {loss:.3f} s lost"
        assert recovered.duration <= alive_for + 0.25
    assert find_interrupted(data_dir) == []


# ----- state files are validated; one bad file never hides the others ---------------------------------------------
def _state(take: Path, **fields: object) -> Path:
    state = state_path_for(take)
    payload: dict[str, object] = {"wav": take.name, "samplerate": 16000, "channels": 1, "pid": 999_999_999}
    payload.update(fields)
    write_json_atomic(state, payload)
    return state


@pytest.mark.parametrize(
    "fields",
    [{"samplerate": 2**40}, {"channels": -2}, {"samplerate": 1}, {"channels": 2**31}, {"samplerate": "fast"}],
    ids=["rate-2^40", "channels-neg", "rate-1Hz", "channels-huge", "rate-text"],
)
def test_hostile_format_in_state_gives_recovery_error(data_dir: Path, fields: dict[str, object]) -> None:
    """A headerless take whose state claims an impossible format: RecoveryError naming the file, not struct.error."""
    wav = data_dir / "takes" / "2026" / "01" / "bad.wav"
    wav.parent.mkdir(parents=True)
    wav.write_bytes(b"\x00\x01" * 100)  # audio bytes but no header
    _state(wav, **fields)
    [take] = find_interrupted(data_dir)
    with pytest.raises(RecoveryError, match=r"bad\.wav"):
        recover(take)


@pytest.mark.parametrize("name", ["", ".", "..", "/etc/passwd", 42, None], ids=str)
def test_bad_wav_field_never_hides_other_takes(data_dir: Path, name: object) -> None:
    """A state file with a bad "wav" field is still offered (for its own file) and every other take is found too."""
    good = _fake_crashed_take(data_dir, 16000, 8000)
    odd = good.with_name("odd.wav")
    odd.write_bytes(good.read_bytes())
    _state(odd, wav=name)
    found = {t.wav_path.name: t for t in find_interrupted(data_dir)}
    assert set(found) == {"abc.wav", "odd.wav"}
    recovered = recover(found["odd.wav"])
    assert recovered.path == odd and recovered.frames == 16000


def test_garbage_state_files_are_each_offered(data_dir: Path) -> None:
    """Unparsable or absurd state files are offered with an unknown format; none raises out of find_interrupted."""
    folder = data_dir / "takes" / "2026" / "01"
    folder.mkdir(parents=True)
    bodies = [
        b"{not json",
        b"[1, 2]",
        b'{"overflow_times": ["x", 1e999, -1]}',
        b'{"pid": 340282366920938463463374607431768211456}',
    ]
    for index, body in enumerate(bodies):
        (folder / f"t{index}.wav").write_bytes(b"RIFF")
        (folder / f"t{index}.wav.capture").write_bytes(body)
    found = find_interrupted(data_dir)
    assert sorted(t.wav_path.name for t in found) == [f"t{i}.wav" for i in range(len(bodies))]
    assert all(t.overflow_times == () for t in found)


def test_discard_never_touches_a_take_the_state_names(data_dir: Path) -> None:
    """A state file naming another, healthy take: discard deletes only the interrupted take's own files."""
    healthy = _fake_crashed_take(data_dir, 16000, 16000)
    state_path_for(healthy).unlink()  # a finished, healthy take
    interrupted = healthy.with_name("interrupted.wav")
    interrupted.write_bytes(healthy.read_bytes())
    _state(interrupted, wav=healthy.name)
    [take] = find_interrupted(data_dir)
    discard(take)
    assert healthy.exists()
    assert not interrupted.exists() and not state_path_for(interrupted).exists()
