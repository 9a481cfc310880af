"""Voice tab rooms: exercise answers are findable and openable, the prompter follows the rehearsed question, and the
review, meter, rename/export and scroll behave when the user moves between takes."""

from __future__ import annotations

import subprocess
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import soundfile as sf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio.audio.importer import import_audio
from studio.core.marks import PHASE, Mark
from studio.store.exercises import ExerciseRepository
from studio.ui.shell import Shell
from studio.ui.takes import ALL_TAKES, EXERCISE_TAKES, PROMPT_TAKES
from studio.ui.voice.page import VoicePage
from studio.ui.widgets import ask_text
from studio.ui.widgets.level_meter import FLOOR_DB

EXERCISE_ID = "support_requests_case"


def _espeak(tmp_path: Path, name: str, wpm: int, text: str = "") -> Path:
    """English speech at a known rate."""
    out = tmp_path / name
    text = text or (
        "I have worked with key clients for five years. Last year I raised renewals from seventy eight to ninety "
        "percent, and I want to grow with your team."
    )
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", str(wpm), "-w", str(out), text], check=True)
    return out


def _store_exercise_answer(shell: Shell, tmp_path: Path) -> tuple[int, int]:
    """Store a take the way the Exercises tab does (through the take service, with the attempt and phase marks)."""
    context = shell.context
    library = context.library.current
    assert library is not None and context.store is not None
    exercise = library.find("exercises", EXERCISE_ID, "en")
    assert exercise is not None and len(exercise.phases) >= 2
    attempt = ExerciseRepository(context.store).create(EXERCISE_ID, "en", exercise.title, {})
    assert attempt.id is not None
    imported = import_audio(_espeak(tmp_path, "answer.wav", 160), context.paths.data_dir)
    duration = imported.frames / imported.samplerate
    result = SimpleNamespace(
        path=imported.path,
        peaks_path=None,
        frames=imported.frames,
        samplerate=imported.samplerate,
        channels=imported.channels,
        device_name="Fake microphone",
        overflow_times=(),
        duration=duration,
        ended_by=SimpleNamespace(value="user"),
    )
    phases = [Mark(0.0, PHASE, exercise.phases[0].id), Mark(duration / 2, PHASE, exercise.phases[1].id)]
    take = context.takes.store_result(result, attempt_id=attempt.id, marks=phases, analyse=False)
    assert take is not None and take.id is not None
    return take.id, attempt.id


def _listed(page: VoicePage) -> list[int]:
    tree = page.take_list.tree
    return [int(tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)) for i in range(tree.topLevelItemCount())]


def test_exercise_answer_listed_and_opened(voice: tuple[Shell, VoicePage], tmp_path: Path) -> None:
    """A take stored with an attempt is under “Exercise answers” and “All takes”, named after its exercise, and
    open_take selects it, loads it on the waveform and shows its analysed review with pace per phase."""
    shell, page = voice
    panel = page.take_list
    panel.set_scope(ALL_TAKES)
    take_id, _attempt = _store_exercise_answer(shell, tmp_path)
    assert take_id in _listed(page)  # the list heard of the new take without being asked
    panel.set_scope(PROMPT_TAKES)
    assert take_id not in _listed(page)
    panel.set_scope(EXERCISE_TAKES)
    assert _listed(page) == [take_id]
    exercise = shell.context.library.current.find("exercises", EXERCISE_ID, "en")  # type: ignore[union-attr]
    assert panel.tree.topLevelItem(0).text(0) == exercise.title
    panel.set_scope(PROMPT_TAKES)

    assert page.open_take(take_id)
    assert panel.scope() == EXERCISE_TAKES and page.selected_take_ids() == [take_id]
    take = shell.context.takes.take(take_id)
    assert take is not None
    assert page.waveform.duration == pytest.approx(take.duration, abs=0.05)
    assert shell.context.takes.review(take_id) is not None
    titles = [page.review.cards.itemAt(i).widget().accessibleName() for i in range(page.review.cards.count())]
    assert "Pace" in titles
    phase_text = page.review.phase_label.text()
    assert exercise.phases[0].title in phase_text and exercise.phases[1].title in phase_text


def test_open_take_of_another_prompt_and_a_trashed_one(voice: tuple[Shell, VoicePage], tmp_path: Path) -> None:
    """open_take switches to the take's prompt; a trashed take is refused with a message."""
    shell, page = voice
    page.import_path(_espeak(tmp_path, "intro.wav", 170))
    first = page.selected_take_ids()[0]
    page.rehearse_question("difficult_client", "en", "Tell me about a difficult client.")
    assert page.take_list.tree.topLevelItemCount() == 0
    assert page.open_take(first)
    assert page.selected_take_ids() == [first]
    assert page.prompt_bar.current().kind == "self_intro"  # type: ignore[union-attr]
    shell.context.takes.trash(first)
    assert not page.open_take(first)
    assert any("deleted" in text for text in shell.recorder.texts("warning"))  # type: ignore[attr-defined]


def test_rehearse_question_fills_the_prompter(voice: tuple[Shell, VoicePage]) -> None:
    """The rehearsed question is the prompt and is shown in the prompter instead of the self-introduction hint."""
    _shell, page = voice
    prompter = page.prompt_bar.prompter
    assert "self-introduction" in prompter.script_edit.placeholderText()
    assert page.rehearse_question("difficult_client", "en", "Tell me about a very difficult client.")
    assert page.prompt_combo.currentText() == "Tell me about a very difficult client."
    assert prompter.question_label.isVisibleTo(page)
    assert "very difficult client" in prompter.question_label.text()
    assert "self-introduction" not in prompter.script_edit.placeholderText()
    assert page.rehearse_question("difficult_client", "ru", "Расскажите о трудном клиенте.")
    assert page.prompt_combo.currentText().endswith("[RU]")
    assert page.prompt_bar.language_of(page.prompt_bar.prompt_id()) == "ru"


def _two_takes(page: VoicePage, tmp_path: Path) -> tuple[int, int]:
    """A slow (longer) and a fast (shorter) analysed take of the current prompt: (older, newer)."""
    page.import_path(_espeak(tmp_path, "slow.wav", 120))
    older = page.selected_take_ids()[0]
    page.import_path(_espeak(tmp_path, "fast.wav", 220))
    newer = page.selected_take_ids()[0]
    return older, newer


def _select(page: VoicePage, take_id: int) -> None:
    page.take_list.refresh(select=take_id)
    assert page.selected_take_ids() == [take_id]


def test_trend_header_time_and_two_selected_follow_the_selection(
    voice: tuple[Shell, VoicePage], tmp_path: Path
) -> None:
    """The trend compares the shown take with the one before it (none for the first take), the big time shows the
    loaded take's length, and two selected takes are summarised side by side."""
    shell, page = voice
    older, newer = _two_takes(page, tmp_path)
    assert "Compared with the previous take" in page.review.trend_label.text()
    _select(page, older)
    assert page.review.trend_label.text() == ""
    assert not page.trend_view.isVisibleTo(page)
    for take_id in (older, newer, older):
        _select(page, take_id)
        take = shell.context.takes.take(take_id)
        assert take is not None
        minutes, seconds = divmod(int(take.duration), 60)
        assert page.record_bar.elapsed_label.text().startswith(f"{minutes}:{seconds:02d} /")
    for take_id in (older, newer):
        page.take_list.tree.topLevelItem(_listed(page).index(take_id)).setSelected(True)
    assert sorted(page.selected_take_ids()) == sorted([older, newer])
    assert page.review.status.text().startswith("A: slow, B: fast.")
    assert "Pace" in page.review.pair_label.text()


def test_meter_moves_in_mic_check_and_rests_after_a_take(voice: tuple[Shell, VoicePage], qtbot: QtBot) -> None:
    """The level meter follows the microphone during Mic check, and falls back to silence when a take stops."""
    _shell, page = voice
    bar = page.record_bar
    bar.mic_check_seconds = 3.0  # long enough for the meter to be polled during the check on a busy machine
    bar.mic_check_button.click()
    assert not bar.record_button.isEnabled()
    qtbot.waitUntil(lambda: bar.meter.peak_db > -30.0, timeout=5000)
    qtbot.waitUntil(lambda: "level" in bar.live_label.text(), timeout=20000)
    assert bar.meter.peak_db == FLOOR_DB and bar.record_button.isEnabled()
    page.record()
    qtbot.waitUntil(lambda: bar.meter.peak_db > -30.0, timeout=5000)
    with qtbot.waitSignal(page.take_saved, timeout=5000):
        page.stop()
    assert bar.meter.peak_db == FLOOR_DB and bar.meter.rms_db == FLOOR_DB


def test_rename_and_export_start_from_the_shown_name(
    voice: tuple[Shell, VoicePage], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rename offers the name the list shows; export suggests a file named after the take."""
    from studio.ui.dialogs import files

    _shell, page = voice
    page.import_path(_espeak(tmp_path, "x.wav", 180, "Hello there."))
    take_id = page.selected_take_ids()[0]
    page.context.takes.update(take_id, name="")
    offered: list[str] = []

    def rename(_parent: Any, _title: str, _label: str, text: str) -> str:
        offered.append(text)
        return "Best answer"

    monkeypatch.setattr(ask_text, "handler", rename)
    page.take_list.rename_button.click()
    assert offered == ["Take 1"]
    assert page.take_list.tree.topLevelItem(0).text(0) == "Best answer"
    suggested: list[str] = []

    def save(_parent: Any, _mode: str, _title: str, path: str, _filter: str) -> Path:
        suggested.append(path)
        return tmp_path / "out.flac"

    monkeypatch.setattr(files, "handler", save)
    page.take_list.export_button.click()
    assert Path(suggested[0]).name == "Best answer.wav"
    assert sf.info(str(tmp_path / "out.flac")).format == "FLAC"


def test_review_scrolls_to_the_top_for_another_take(voice: tuple[Shell, VoicePage], tmp_path: Path) -> None:
    """Scrolled down in one take's review, selecting another take shows its review from the top."""
    _shell, page = voice
    older, _newer = _two_takes(page, tmp_path)
    page.review.scroll_area.setFixedHeight(80)
    QApplication.processEvents()
    bar = page.review.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    _select(page, older)
    QApplication.processEvents()
    assert bar.value() == 0
