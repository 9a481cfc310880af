"""Demo data and views for screenshots of the Interview tab (the lead calls these from ``screenshots``).

``prepare_demo(shell)`` adds a finished three-question mock interview (speech-like takes, analysed, self-checked)
and two STAR stories, and leaves the tab on that session's summary. ``screenshot_views(shell)`` returns
(name, show) pairs that put the tab into each state worth a picture: the set-up, an answer being recorded (a
static picture of the run view: no microphone is opened), the summary, and My stories.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)


def _page(shell: Any) -> Any:
    from studio.ui.interview.page import InterviewPage

    host = getattr(shell.window, "hosts", {}).get("interview")
    page = host.page if host is not None else None
    return page if isinstance(page, InterviewPage) else None


def _demo_take(shell: Any, seconds: float, seed: int, name: str) -> int | None:
    """A speech-like take imported into the store (no analysis yet)."""
    import soundfile as sf

    from studio.audio.importer import import_audio
    from studio.store.voice import NewTake
    from studio.ui.screenshots import demo_speech

    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "answer.wav"
        sf.write(str(wav), demo_speech(seconds, seed=seed), 16000)
        imported = import_audio(wav, shell.context.paths.data_dir)
    take = shell.context.takes.repo.add_take(
        NewTake(imported.path, imported.frames, imported.samplerate, imported.channels, "Demo", "recorded"),
        None,
        name=name,
    )
    return take.id


def prepare_demo(shell: Any) -> int | None:
    """A finished mock interview with three analysed answers, and two stories; returns the session id."""
    from studio.core.clock import FakeClock
    from studio.core.interview_drill import Drill, DrillSettings, StoryDraft
    from studio.ui.interview.questions import all_questions

    page = _page(shell)
    if page is None or page.repo.sessions():
        return None
    lang = shell.context.audio_language
    questions = [q for q in all_questions(shell.context.library.current, lang) if q.stage == "hr_interview"][:3]
    if len(questions) < 3:
        log.warning("the interview demo needs three HR-interview questions in the library")
        return None
    settings = DrillSettings(count=3, think_s=20, limit_s=120, lang=lang)
    drill = Drill([q.id for q in questions], settings, FakeClock())
    drill.start()
    session_id = page.repo.start_session(drill.snapshot(), lang, interview_id=page.interview_id)
    ticks = (
        {"situation": True, "task": True, "action": True, "result": True, "result_number": False, "said_i": True},
        {"situation": True, "task": False, "action": True, "result": True, "result_number": True, "said_i": False},
        {"situation": True, "task": True, "action": True, "result": False, "result_number": False, "said_i": True},
    )
    made: list[int] = []
    for index, (question, seconds) in enumerate(zip(questions, (84.0, 119.5, 66.0), strict=True)):
        take_id = _demo_take(shell, seconds, 21 + index, question.text)
        if take_id is None:
            continue
        answer = page.repo.add_answer(session_id, question.id, question.text, index, 120, take_id, seconds)
        page.repo.update_answer(answer.id, self_check=ticks[index], rating=(4, 3, 2)[index])
        made.append(take_id)
        if index < 2:
            drill.answer_now()
            drill.end_answer()
            drill.next()
    drill.end()
    page.repo.save_state(session_id, {**drill.snapshot(), "texts": {q.id: q.text for q in questions}}, finished=True)
    for take_id in made:  # one at a time: a new analysis cancels the running one
        shell.context.takes.analyse(take_id, language=lang)
        shell.context.runner.wait_all(120000)
        for _ in range(5):
            QCoreApplication.processEvents()
    page.repo.add_story(
        StoryDraft(
            title=QCoreApplication.translate("InterviewDemo", "CRM roll-out"),
            situation=QCoreApplication.translate("InterviewDemo", "The company was rolling out a new CRM system."),
            task=QCoreApplication.translate("InterviewDemo", "Train the sales team of 40 people to use it."),
            action=QCoreApplication.translate(
                "InterviewDemo", "Wrote short guides, ran six workshops and helped colleagues one-to-one."
            ),
            result=QCoreApplication.translate("InterviewDemo", "The system went live on schedule."),
            metric=QCoreApplication.translate("InterviewDemo", "Active CRM use rose from 20 % to 85 % in a month"),
            metric_how=QCoreApplication.translate(
                "InterviewDemo", "Weekly active users in the CRM report divided by the team's head count"
            ),
            competencies=("teamwork", "initiative", "learning"),
            question_ids=(questions[0].id,),
        )
    )
    page.repo.add_story(
        StoryDraft(
            title=QCoreApplication.translate("InterviewDemo", "The unhappy key client"),
            situation=QCoreApplication.translate("InterviewDemo", "A key client complained about slow support."),
            task=QCoreApplication.translate("InterviewDemo", "Keep the client and cut response times."),
            action=QCoreApplication.translate(
                "InterviewDemo", "Mapped the support process, set up ticket routing and trained the team."
            ),
            result=QCoreApplication.translate("InterviewDemo", "The client renewed for two years."),
            metric=QCoreApplication.translate("InterviewDemo", "Waiting time down 40 %"),
            metric_how=QCoreApplication.translate("InterviewDemo", "(new − old) / old × 100 % of the median wait"),
            competencies=("client_focus", "results"),
            question_ids=(questions[1].id,),
        )
    )
    page.repo.set_employer_questions(
        page.interview_id,
        [
            QCoreApplication.translate("InterviewDemo", "What would success look like in the first three months?"),
            QCoreApplication.translate("InterviewDemo", "Who would I work with most closely?"),
        ],
    )
    page.stories.refresh()
    page.controller.session_id = session_id
    page.show_summary()
    return session_id


def screenshot_views(shell: Any) -> list[tuple[str, Callable[[], None]]]:
    """(file name stem, show) for each state of the tab worth a screenshot; empty when the tab is missing."""
    page = _page(shell)
    if page is None:
        return []

    def show_tab(section: Any) -> None:
        shell.window.show_tab("interview")
        page.sections.setCurrentWidget(section)

    def setup() -> None:
        show_tab(page.mock)
        page.controller.drill = None
        page.show_setup()

    def answering() -> None:
        """The run view as it looks 1:35 into a 2-minute answer (a static state: no recorder is started)."""
        from studio.core.clock import FakeClock
        from studio.core.interview_drill import Drill, DrillSettings
        from studio.ui.interview.questions import questions_by_id

        show_tab(page.mock)
        lang = shell.context.audio_language
        refs = questions_by_id(shell.context.library.current, lang)
        ids = [q for q in refs if refs[q].stage == "hr_interview"][:5] or list(refs)[:5]
        if not ids:
            return
        clock = FakeClock()
        drill = Drill(ids, DrillSettings(count=len(ids), think_s=20, limit_s=120, lang=lang), clock)
        drill.start()
        drill.skip()
        drill.answer_now()
        clock.advance(95.0)
        page.controller.drill = drill
        page.controller.texts = {qid: refs[qid].text for qid in ids}
        page.run.why_texts = {}
        page.run.set_prompter([])
        page.mock.setCurrentWidget(page.run)
        page.run.refresh()

    def summary() -> None:
        show_tab(page.mock)
        sessions = page.repo.sessions(1)
        if sessions and sessions[0].id is not None:
            page.controller.drill = None
            page.controller.session_id = sessions[0].id
            page.show_summary()

    def stories() -> None:
        show_tab(page.stories)
        page.stories.list.setCurrentRow(0)

    return [
        ("interview-setup", setup),
        ("interview-answer", answering),
        ("interview-summary", summary),
        ("interview-stories", stories),
    ]
