"""The Interview tab on real widgets: a keyboard-only mock interview, resume after a crash, the story bank."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio.audio.recorder import state_path_for, write_json_atomic
from studio.config import resolve_paths
from studio.core.clock import FakeClock
from studio.core.content import ChecklistTemplate
from studio.core.interview_drill import ANSWER, FINISHED, REVIEW, THINK, StoryDraft
from studio.store.checklists import ChecklistRepository
from studio.ui.dialogs import files
from studio.ui.interview.page import InterviewPage
from studio.ui.shell import Shell
from studio.ui.tasks import SyncTaskRunner
from tests.gui.support import Recorder, close_shell
from tests.gui.voice_fakes import install_fakes

PENDING = Path(__file__).resolve().parents[2] / "resources" / "translations" / "pending" / "interview.py"


@pytest.fixture
def fake_clock() -> FakeClock:
    """The drill's clock: moves only when the test says."""
    return FakeClock(monotonic=1000.0, wall=time.time())


def _open(qapp: QApplication, qtbot: QtBot, clock: FakeClock, language: str = "en") -> Shell:
    shell = Shell(qapp, resolve_paths().ensure(), language, runner=SyncTaskRunner())
    shell.context.clock = clock
    install_fakes(shell.context)  # type: ignore[arg-type]
    shell.recorder = Recorder()  # type: ignore[attr-defined]
    shell.context.messages.posted.connect(shell.recorder)  # type: ignore[attr-defined]
    qtbot.addWidget(shell.window)
    shell.window.show()
    assert shell.open_store()
    return shell


def _page(shell: Shell, qtbot: QtBot) -> InterviewPage:
    """The tab's page (built by the window once the tab is registered, else built here the same way)."""
    hosts: dict[str, Any] = getattr(shell.window, "hosts", {})
    if "interview" in hosts and isinstance(hosts["interview"].page, InterviewPage):
        shell.window.show_tab("interview")
        return hosts["interview"].page  # type: ignore[no-any-return]
    page = InterviewPage(shell.context, shell.window)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    shell.own_page = page  # type: ignore[attr-defined]
    return page


def _close(shell: Shell) -> None:
    page = getattr(shell, "own_page", None)
    if page is not None:
        page.shutdown()
        page.close()
    close_shell(shell)


@pytest.fixture
def interview(
    qapp: QApplication, qtbot: QtBot, answers: list[int], fake_clock: FakeClock
) -> Iterator[tuple[Shell, InterviewPage]]:
    shell = _open(qapp, qtbot, fake_clock)
    page = _page(shell, qtbot)
    yield shell, page
    _close(shell)


class PendingRussian(QTranslator):
    """The tab's Russian from resources/translations/pending, for as long as it is not merged into the .qm."""

    def __init__(self) -> None:
        super().__init__()
        spec = importlib.util.spec_from_file_location("pending_interview", PENDING)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        self.table: dict[tuple[str, str], str] = module.RU

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        return self.table.get((context, source))  # None (a null string) lets Qt and the .qm answer the rest

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pending_russian(qapp: QApplication) -> Iterator[None]:
    """Russian texts for the tab's own strings, even before the lead merges them into studio_ru.ts."""
    translator = PendingRussian()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def saved_files(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """Answer save dialogs with the next path from this list."""
    queue: list[Path] = []

    def handler(_parent: object, _mode: str, _title: str, _suggested: str, _filter: str) -> Path | None:
        return queue.pop(0) if queue else None

    monkeypatch.setattr(files, "handler", handler)
    return queue


def _key(
    qtbot: QtBot, widget: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(widget, key, modifier)


def _phase(page: InterviewPage) -> str:
    assert page.controller.drill is not None
    return page.controller.drill.phase


def _wait_audio(qtbot: QtBot, page: InterviewPage, seconds: float = 0.3) -> None:
    """Let the fake microphone deliver some real audio into the answer being recorded."""
    qtbot.waitUntil(lambda: page.controller.recording, timeout=5000)
    qtbot.waitUntil(lambda: page.controller.voice.recorder.elapsed_seconds >= seconds, timeout=10000)


def _start_three(qtbot: QtBot, page: InterviewPage) -> None:
    """Set up three phone-screen questions by keyboard and start."""
    setup = page.setup
    setup.count.setFocus()
    setup.count.selectAll()
    qtbot.keyClicks(setup.count, "3")
    assert setup.count.value() == 3
    _key(qtbot, setup, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.mock.currentWidget() is page.run
    assert _phase(page) == THINK


def test_whole_session_by_keyboard(
    interview: tuple[Shell, InterviewPage], qtbot: QtBot, fake_clock: FakeClock, saved_files: list[Path], tmp_path: Path
) -> None:
    """Think → record → auto-stop at the limit → self-check → next, an early stop and a retry, a skip, the
    summary and its export: all by keyboard, time from the fake clock."""
    shell, page = interview
    run = page.run
    _start_three(qtbot, page)
    assert not run.why.isVisible()  # "why they ask" stays hidden until the answer is given
    # question 1: the think time runs out, recording starts by itself, the clock turns amber then stops at the limit
    fake_clock.advance(20.0)
    qtbot.waitUntil(lambda: _phase(page) == ANSWER, timeout=3000)
    _wait_audio(qtbot, page)
    fake_clock.advance(95.0)
    qtbot.waitUntil(lambda: run.clock_level == "amber", timeout=3000)
    fake_clock.advance(25.0)
    qtbot.waitUntil(lambda: _phase(page) == REVIEW, timeout=3000)
    assert not page.controller.recording
    [first] = page.controller.answers()
    assert first.take_id is not None and first.duration_s > 0.2 and first.limit_s == 120
    assert run.why.isVisible()
    assert shell.context.takes.review(first.take_id) is not None  # analysed in the (synchronous) worker
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_6):
        _key(qtbot, run, key)
    _key(qtbot, run, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    _key(qtbot, run, Qt.Key.Key_Return)
    stored = page.repo.answer(first.id)
    assert stored is not None and stored.rating == 4
    assert stored.self_check["situation"] and stored.self_check["said_i"] and not stored.self_check["result"]
    # question 2: R answers at once, Space stops early, T tries again, Enter stops; both tries side by side
    assert _phase(page) == THINK and page.controller.drill.index == 1  # type: ignore[union-attr]
    _key(qtbot, run, Qt.Key.Key_R)
    _wait_audio(qtbot, page)
    fake_clock.advance(30.0)
    _key(qtbot, run, Qt.Key.Key_Space)
    assert _phase(page) == REVIEW
    _key(qtbot, run, Qt.Key.Key_T)
    assert _phase(page) == ANSWER
    _wait_audio(qtbot, page)
    fake_clock.advance(40.0)
    _key(qtbot, run, Qt.Key.Key_Return)
    assert _phase(page) == REVIEW
    assert not run.review.figures.isColumnHidden(1) and run.review.previous is not None
    _key(qtbot, run, Qt.Key.Key_N)
    # question 3: N skips it, which ends the session on the summary
    assert page.controller.drill.index == 2  # type: ignore[union-attr]
    _key(qtbot, run, Qt.Key.Key_N)
    assert _phase(page) == FINISHED
    qtbot.waitUntil(lambda: page.mock.currentWidget() is page.summary, timeout=3000)
    summary = page.summary
    assert summary.table.rowCount() == 3  # one answer to question 1, two to question 2
    assert summary.weakest.text().startswith("Weakest point: ")
    md, pdf = tmp_path / "summary.md", tmp_path / "summary.pdf"
    saved_files.extend([md, pdf])
    _key(qtbot, summary, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    _key(qtbot, summary, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    text = md.read_text(encoding="utf-8")
    assert "| Question | Time | Pace (wpm) | Pauses | Filled pauses | My rating |" in text
    assert text.count(" / 2:00 |") == 3 and "★★★★" in text and "## Weakest point" in text
    assert pdf.read_bytes().startswith(b"%PDF")
    session = page.repo.session(page.controller.session_id)  # type: ignore[arg-type]
    assert session is not None and session.status == "finished"


def test_esc_while_recording_asks_first(
    interview: tuple[Shell, InterviewPage], qtbot: QtBot, answers: list[int]
) -> None:
    """Esc during an answer asks; "Go on answering" keeps recording, "End the session" keeps the answer."""
    _shell, page = interview
    _start_three(qtbot, page)
    _key(qtbot, page.run, Qt.Key.Key_R)
    _wait_audio(qtbot, page)
    answers.extend([1, 0])
    _key(qtbot, page.run, Qt.Key.Key_Escape)
    assert page.controller.recording and _phase(page) == ANSWER
    _key(qtbot, page.run, Qt.Key.Key_Escape)
    assert _phase(page) == FINISHED and len(page.controller.answers()) == 1
    assert len(answers.asked) == 2


def test_pause_stops_the_clock_and_the_recording(
    interview: tuple[Shell, InterviewPage], qtbot: QtBot, fake_clock: FakeClock
) -> None:
    """P pauses the whole session: the answer clock stands still and the recorder pauses."""
    _shell, page = interview
    _start_three(qtbot, page)
    _key(qtbot, page.run, Qt.Key.Key_R)
    _wait_audio(qtbot, page)
    fake_clock.advance(10.0)
    _key(qtbot, page.run, Qt.Key.Key_P)
    assert page.controller.voice.recording_state == "paused"
    fake_clock.advance(500.0)
    page.controller.poll()
    assert _phase(page) == ANSWER and page.controller.drill.answer_elapsed() == pytest.approx(10.0)  # type: ignore[union-attr]
    _key(qtbot, page.run, Qt.Key.Key_P)
    assert page.controller.voice.recording_state == "recording"


def test_mic_failure_stops_with_a_message(
    qapp: QApplication, qtbot: QtBot, answers: list[int], fake_clock: FakeClock
) -> None:
    """A microphone that cannot open pauses the drill and says so; it is never silent."""
    from studio.audio.errors import AudioUnavailableError

    shell = _open(qapp, qtbot, fake_clock)

    def broken(_name: str) -> Any:
        raise AudioUnavailableError("no input device found")

    shell.context.audio.source_factory = broken
    page = _page(shell, qtbot)
    try:
        _start_three(qtbot, page)
        _key(qtbot, page.run, Qt.Key.Key_R)
        assert page.controller.drill is not None and page.controller.drill.paused
        assert page.run.banner.isVisibleTo(page.run) and "no input device found" in page.run.banner.text()
        assert any("no input device found" in t for t in shell.recorder.texts("error"))  # type: ignore[attr-defined]
    finally:
        _close(shell)


def test_resume_after_a_crash_mid_answer(
    qapp: QApplication, qtbot: QtBot, answers: list[int], fake_clock: FakeClock
) -> None:
    """A crash while answering question 2: on relaunch the session waits at question 2, paused, with the
    interrupted recording recovered and attached to it and question 1's answer kept."""
    first = _open(qapp, qtbot, fake_clock)
    page = _page(first, qtbot)
    _start_three(qtbot, page)
    _key(qtbot, page.run, Qt.Key.Key_R)
    _wait_audio(qtbot, page)
    _key(qtbot, page.run, Qt.Key.Key_Space)
    _key(qtbot, page.run, Qt.Key.Key_Return)
    _key(qtbot, page.run, Qt.Key.Key_R)
    _wait_audio(qtbot, page)
    # The crash: the recorder's threads end, but the capture mark stays as a killed process leaves it, and no
    # take row is written.
    voice = page.controller.voice
    recorder, voice.recorder = voice.recorder, None
    result = recorder.stop()
    write_json_atomic(
        state_path_for(result.path),
        {"wav": result.path.name, "samplerate": result.samplerate, "channels": 1, "pid": 999_999_999},
    )
    session_id = page.controller.session_id
    _close(first)

    second = _open(qapp, qtbot, fake_clock)
    try:
        page2 = _page(second, qtbot)
        drill = page2.controller.drill
        assert page2.controller.session_id == session_id
        assert drill is not None and drill.index == 1 and drill.paused and drill.phase == THINK
        assert page2.mock.currentWidget() is page2.run
        kept = page2.controller.answers()
        assert [a.position for a in kept] == [0, 1]
        assert kept[1].take_id is not None and kept[1].duration_s >= 0.25
        assert not state_path_for(result.path).exists()
        _key(qtbot, page2.run, Qt.Key.Key_P)
        assert not drill.paused
    finally:
        _close(second)


def _interview_with_run(shell: Shell) -> int:
    """Add a phone-screen interview with a checklist run whose first item is ticked, and select it."""
    from datetime import UTC, datetime, timedelta

    from studio.core.interviews import InterviewDraft
    from studio.store.interviews import InterviewRepository

    store = shell.context.store
    assert store is not None
    draft = InterviewDraft("Альфа-Связь", "Менеджер", datetime.now(UTC) + timedelta(days=1), "phone_screen")
    interview = InterviewRepository(store).add(draft)
    assert interview.id is not None
    library = shell.context.library.current
    template = library.find("checklists", "phone_screen", "ru") if library is not None else None
    assert isinstance(template, ChecklistTemplate)
    repo = ChecklistRepository(store)
    run = repo.start_run(template, interview.id)
    assert run.id is not None
    repo.set_checked(repo.items(run.id)[0].id, True)  # type: ignore[arg-type]
    shell.window.interviews.refresh()
    shell.window.interviews.list.setCurrentRow(0)
    return interview.id


def _run_id(shell: Shell) -> int:
    assert shell.context.store is not None
    [summary] = ChecklistRepository(shell.context.store).summaries()
    return summary.id


def test_story_created_linked_covered_practised_and_exported(
    qapp: QApplication,
    qtbot: QtBot,
    answers: list[int],
    fake_clock: FakeClock,
    saved_files: list[Path],
    tmp_path: Path,
    pending_russian: None,
) -> None:
    """In Russian: a story copied from the guide, linked to a question, counted in coverage, practised as a
    drill of one with its outline, and printed in the one-pager PDF (checked with pdftotext)."""
    shell = _open(qapp, qtbot, fake_clock, language="ru")
    try:
        page = _page(shell, qtbot)
        stories = page.stories
        assert stories.examples.count() >= 3  # the guide's worked STAR examples
        stories.examples.setCurrentRow(1)
        story_id = stories.copy_example()
        assert story_id > 0
        stories.title.setText("Внедрение CRM")
        stories.title.textEdited.emit("Внедрение CRM")
        stories.metric_edit.setText("с 20 % до 85 %")
        stories.metric_edit.textEdited.emit("с 20 % до 85 %")
        stories.competencies["teamwork"].setChecked(True)
        stage = str(stories.coverage_stage.currentData())
        linked = next(q for q in stories.questions if q.stage == stage)
        for n in range(stories.links.count()):
            if stories.links.item(n).data(Qt.ItemDataRole.UserRole) == linked.id:
                stories.links.item(n).setCheckState(Qt.CheckState.Checked)
        stories.flush()
        data = page.repo.story(story_id)
        assert data is not None and data.draft.title == "Внедрение CRM" and linked.id in data.draft.question_ids
        covered = stories.coverage_text.text()
        assert covered.startswith("Для 1 из ") and linked.text not in covered
        assert "Командная работа" not in covered.splitlines()[-1] and "Обучаемость" in covered.splitlines()[-1]
        # an interview with a half-ticked checklist run, selected in the sidebar: its open items go on the page
        interview_id = _interview_with_run(shell)
        assert page.stories.interview_id == interview_id
        ticked, still_open = [row.text for row in ChecklistRepository(shell.context.store).items(_run_id(shell))][:2]
        stories.asks.setPlainText("Как измеряют успех на этой позиции?")
        # practise this story: a drill of one, 2-minute limit, the outline under the question
        stories.practise_button.click()
        drill = page.controller.drill
        assert drill is not None and drill.total == 1 and drill.settings.limit_s == 120
        assert page.run.prompter.isVisibleTo(page.run) and "с 20 % до 85 %" in page.run.prompter.text()
        _key(qtbot, page.run, Qt.Key.Key_R)
        _wait_audio(qtbot, page)
        _key(qtbot, page.run, Qt.Key.Key_Space)
        _key(qtbot, page.run, Qt.Key.Key_Return)
        assert drill.phase == FINISHED
        [answer] = page.controller.answers()
        assert answer.question_id == linked.id
        # the one-pager
        pdf = tmp_path / "день.pdf"
        saved_files.append(pdf)
        stories.export_button.click()
        assert pdf.read_bytes().startswith(b"%PDF")
        if shutil.which("pdftotext") is None:
            pytest.skip("pdftotext (poppler-utils) is not installed")
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        flat = " ".join(text.split())
        for expected in ("День собеседования", "Мои истории", "Внедрение CRM", "Как измеряют успех", "Альфа-Связь"):
            assert expected in flat, expected
        assert " ".join(still_open.split()) in flat and " ".join(ticked.split()) not in flat
    finally:
        _close(shell)


def test_practise_questions_from_the_library_and_vanished_question(
    interview: tuple[Shell, InterviewPage], qtbot: QtBot, fake_clock: FakeClock
) -> None:
    """The Navigator call ticks exactly the given questions; an answer whose question left the library stays
    readable in the summary."""
    _shell, page = interview
    ids = [q.id for q in page.setup.questions[:2]]
    assert page.practise_questions([*ids, "no_such_question"], "en")
    assert page.setup.checked_ids() == ids
    assert not page.practise_questions(["no_such_question"], "en")
    page.setup.pick(ids[:1], "en")
    page.setup.think.setValue(0)
    page.setup.request_start()
    _wait_audio(qtbot, page)
    _key(qtbot, page.run, Qt.Key.Key_Space)
    _key(qtbot, page.run, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.mock.currentWidget() is page.summary, timeout=3000)
    page.summary.show_session(page.controller.session_id, known_questions=set())  # type: ignore[arg-type]
    assert "(question no longer in the library)" in page.summary.table.item(0, 0).text()


def test_plans_and_stars(interview: tuple[Shell, InterviewPage], qtbot: QtBot) -> None:
    """A starred question shows under "My starred questions"; a saved plan loads back its questions."""
    _shell, page = interview
    setup = page.setup
    setup.list.setCurrentRow(1)
    starred_id = setup.list.item(1).data(Qt.ItemDataRole.UserRole)
    _key(qtbot, setup, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    setup.source.setCurrentIndex(setup.source.findData("starred"))
    assert setup.checked_ids() == [starred_id]
    setup.think.setValue(45)
    setup.plan_name.setText("Stars")
    setup.save_plan()
    setup.source.setCurrentIndex(setup.source.findData("stage"))
    setup.think.setValue(20)
    setup.load_plan_button.click()
    assert setup.checked_ids() == [starred_id] and setup.think.value() == 45


def test_editing_a_story_keeps_links_to_questions_not_in_the_library(interview: tuple[Shell, InterviewPage]) -> None:
    """A link to a question that left the content (or is not loaded yet) survives an edit of the story."""
    _shell, page = interview
    story_id = page.repo.add_story(StoryDraft(title="Old", question_ids=("gone_question",)))
    page.stories.refresh(select=story_id)
    page.stories.title.setText("Renamed")
    page.stories.title.textEdited.emit("Renamed")
    page.stories.flush()
    data = page.repo.story(story_id)
    assert data is not None and data.draft.title == "Renamed" and data.draft.question_ids == ("gone_question",)


def test_device_lost_mid_answer_keeps_the_answer_and_says_so(
    qapp: QApplication, qtbot: QtBot, answers: list[int], fake_clock: FakeClock
) -> None:
    """A microphone that stops delivering mid-answer ends the answer with a message; the audio so far is kept."""
    shell = _open(qapp, qtbot, fake_clock)
    install_fakes(shell.context, stop_at=0.5)  # type: ignore[arg-type]
    page = _page(shell, qtbot)
    try:
        _start_three(qtbot, page)
        _key(qtbot, page.run, Qt.Key.Key_R)
        qtbot.waitUntil(lambda: _phase(page) == REVIEW, timeout=10000)
        [answer] = page.controller.answers()
        assert answer.take_id is not None and answer.duration_s == pytest.approx(0.5, abs=0.05)
        assert page.run.banner.isVisibleTo(page.run) and "Recording stopped on its own" in page.run.banner.text()
        assert page.controller.drill is not None and page.controller.drill.paused is False
    finally:
        _close(shell)


def test_skip_while_answering_keeps_the_answer_on_its_question(
    interview: tuple[Shell, InterviewPage], qtbot: QtBot
) -> None:
    """N during an answer stores what was said under that question, then moves on."""
    _shell, page = interview
    _start_three(qtbot, page)
    _key(qtbot, page.run, Qt.Key.Key_R)
    _wait_audio(qtbot, page)
    _key(qtbot, page.run, Qt.Key.Key_N)
    [answer] = page.controller.answers()
    drill = page.controller.drill
    assert drill is not None and drill.index == 1 and _phase(page) == THINK
    assert answer.position == 0 and answer.question_id == drill.question_ids[0]


def test_past_sessions_can_be_reopened(interview: tuple[Shell, InterviewPage], qtbot: QtBot) -> None:
    """Two finished sessions: the summary lists both and shows the one chosen; the set-up opens the newest."""
    _shell, page = interview
    ids = []
    for _ in range(2):
        page.show_setup()
        page.setup.think.setValue(0)
        page.setup.count.setValue(1)
        page.setup.request_start()
        _wait_audio(qtbot, page)
        _key(qtbot, page.run, Qt.Key.Key_Space)
        _key(qtbot, page.run, Qt.Key.Key_Return)
        ids.append(page.controller.session_id)
    page.show_setup()
    assert page.setup.history_button.isEnabled()
    page.setup.history_button.click()
    assert page.mock.currentWidget() is page.summary and page.summary.session_id == ids[1]
    assert page.summary.past.count() == 2
    page.summary.past.setCurrentIndex(page.summary.past.findData(ids[0]))
    page.summary.past.activated.emit(page.summary.past.currentIndex())
    assert page.summary.session_id == ids[0] and page.summary.table.rowCount() == 1
