"""The one take pipeline: store, list by scope, analyse, review, trash/restore and export through TakeService."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import soundfile as sf
from pytestqt.qtbot import QtBot

from studio.audio.recorder import EndReason, TakeResult, new_take_path
from studio.core.marks import Mark
from studio.ui.shell import Shell
from studio.ui.takes import ALL_TAKES, EXERCISE_TAKES, PROMPT_TAKES


def _result(data_dir: Path, seconds: float = 2.0, ended_by: EndReason = EndReason.USER) -> TakeResult:
    path = new_take_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    rate = 16000
    t = np.arange(int(seconds * rate)) / rate
    tone = (0.3 * np.sin(2 * np.pi * 180 * t) * (np.sin(2 * np.pi * 3 * t) > 0)).astype("float32")
    sf.write(str(path), tone, rate, subtype="PCM_16")
    return TakeResult(path, None, len(tone), rate, 1, "Fake microphone", (0.5,), ended_by)


def test_a_stored_take_is_listed_by_scope_and_announced(shell: Shell, qtbot: QtBot) -> None:
    """An exercise answer is in 'All takes' and 'Exercise answers', not in a prompt's list; listeners are told."""
    takes = shell.context.takes
    with qtbot.waitSignal(takes.takes_changed) as changed:
        take = takes.store_result(_result(shell.context.paths.data_dir), attempt_id=None, name="Case", analyse=False)
    assert take is not None and changed.args == [take.id]
    assert [t.id for t in takes.takes(ALL_TAKES)] == [take.id]
    assert takes.takes(EXERCISE_TAKES) == []
    assert takes.takes(PROMPT_TAKES, prompt_id=None) == []


def test_overflow_and_device_loss_become_typed_marks(shell: Shell) -> None:
    """Overflow times and how the take ended are marks on its timeline, read back as Mark objects."""
    takes = shell.context.takes
    result = _result(shell.context.paths.data_dir, ended_by=EndReason.DEVICE_LOST)
    take = takes.store_result(result, marks=[Mark(0.0, "phase", "understand")], analyse=False)
    assert take is not None
    kinds = [(m.kind, m.label) for m in takes.marks(take)]
    assert kinds == [("phase", "understand"), ("overflow", ""), (EndReason.DEVICE_LOST.value, "")]


def test_an_empty_recording_is_removed_not_stored(shell: Shell) -> None:
    """Zero frames: the file goes and no take row appears."""
    result = _result(shell.context.paths.data_dir)
    empty = TakeResult(result.path, None, 0, 16000, 1, "", (), EndReason.USER)
    assert shell.context.takes.store_result(empty) is None
    assert not result.path.exists()
    assert shell.context.takes.takes(ALL_TAKES) == []


def test_analysis_stores_a_typed_review(shell: Shell, qtbot: QtBot) -> None:
    """After analysis the review is a current DeliveryReport, and 'analysed' names the take."""
    takes = shell.context.takes
    with qtbot.waitSignal(takes.analysed, timeout=60000) as analysed:
        take = takes.store_result(_result(shell.context.paths.data_dir, seconds=3.0))
    assert take is not None and analysed.args == [take.id]
    report = takes.review(take.id)
    assert report is not None and report.is_current
    assert abs(report.duration_s - 3.0) < 0.05


def test_trash_and_restore_move_the_files_and_announce(shell: Shell, qtbot: QtBot) -> None:
    """Trash hides the take and moves its audio; restore brings both back."""
    takes = shell.context.takes
    take = takes.store_result(_result(shell.context.paths.data_dir), analyse=False)
    assert take is not None and take.id is not None
    audio = takes.path(take)
    with qtbot.waitSignal(takes.takes_changed):
        takes.trash(take.id)
    assert takes.takes(ALL_TAKES) == [] and not audio.exists()
    takes.restore(take.id)
    assert [t.id for t in takes.takes(ALL_TAKES)] == [take.id] and audio.exists()


def test_export_writes_flac_and_tells_the_user(shell: Shell, tmp_path: Path) -> None:
    """Export converts by extension, through the audio exporter, and reports where it went."""
    takes = shell.context.takes
    take = takes.store_result(_result(shell.context.paths.data_dir), analyse=False)
    assert take is not None and take.id is not None
    written: list[Path] = []
    takes.export(take.id, tmp_path / "My answer.flac", on_done=written.append)
    assert written == [tmp_path / "My answer.flac"]
    info = sf.info(str(written[0]))
    assert info.format == "FLAC" and info.frames == take.frames
    assert any("My answer.flac" in text for text in shell.recorder.texts("info"))  # type: ignore[attr-defined]
