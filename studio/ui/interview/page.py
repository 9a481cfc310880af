"""The Interview tab: "Mock interview" (set-up → run → summary) and "My stories", over one drill controller.

A session left running by a crash or a closed window is picked up when the page opens: the interrupted answer is
recovered onto its question and the run view waits, paused, at that question (P goes on, Esc ends).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from studio.store.mock import MockRepository
from studio.ui.context import StudioContext
from studio.ui.interview.questions import questions_by_id
from studio.ui.interview.run_view import RunView
from studio.ui.interview.session import MockController
from studio.ui.interview.setup_view import SetupChoice, SetupView
from studio.ui.interview.summary_view import SummaryView

log = logging.getLogger(__name__)


class InterviewPage(QWidget):
    """The mock interview and the story bank."""

    def __init__(self, context: StudioContext, window: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert context.store is not None
        self.context = context
        self.repo = MockRepository(context.store)
        self.controller = MockController(context, self.repo, self)
        self.interview_id: int | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.sections = QTabWidget()
        self.sections.setAccessibleName(self.tr("Interview sections"))
        layout.addWidget(self.sections)

        self.mock = QStackedWidget()
        self.setup = SetupView(context, self.repo)
        self.run = RunView(context, self.controller, self.repo)
        self.summary = SummaryView(context, self.repo, self.controller.voice)
        for view in (self.setup, self.run, self.summary):
            self.mock.addWidget(view)
        self.sections.addTab(self.mock, self.tr("&Mock interview"))

        from studio.ui.interview.stories_view import StoriesView

        self.stories = StoriesView(context, self.repo)
        self.stories.practise_requested.connect(self.practise_story)
        self.sections.addTab(self.stories, self.tr("M&y stories"))

        self.setup.start_requested.connect(self.start)
        self.run.summary_requested.connect(self.show_summary)
        self.summary.new_session_requested.connect(self.show_setup)
        self.setup.history_requested.connect(self.show_past_sessions)

        sidebar = getattr(window, "interviews", None)
        if sidebar is not None:
            sidebar.selection_changed.connect(self._on_interview_selected)
            self._on_interview_selected(sidebar.selected_id())
        context.library.changed.connect(self._on_library_changed)
        self._on_library_changed()
        self.resume()

    # ----- navigation (studio.ui.navigation.Navigator) -------------------------------------------------------
    def practise_questions(self, question_ids: list[str], lang: str) -> bool:
        """Open the set-up with exactly these questions ticked, in ``lang``; False when none is known."""
        if self.controller.running:
            self.context.messages.warning(self.tr("Finish or end the mock interview in progress first."))
            self.sections.setCurrentWidget(self.mock)
            return False
        self.sections.setCurrentWidget(self.mock)
        self.show_setup()
        if not self.setup.pick(list(question_ids), lang):
            self.context.messages.warning(self.tr("Those questions are not in the library."))
            return False
        return True

    # ----- views -------------------------------------------------------------------------------------------
    def show_setup(self) -> None:
        self.setup.refresh(checked=None)
        self.setup.refresh_plans()
        self.mock.setCurrentWidget(self.setup)

    def start(self, choice: SetupChoice) -> None:
        """Run the drill the set-up asked for."""
        library = self.context.library.current
        refs = questions_by_id(library, choice.settings.lang)
        self.run.why_texts = {qid: ref.why for qid, ref in refs.items()}
        self.run.set_prompter([])
        self.controller.start(
            choice.question_ids, choice.texts, choice.settings, interview_id=self.interview_id, plan_id=choice.plan_id
        )
        self._show_run()

    def practise_story(self, story_id: int) -> None:
        """A drill of one: the story's first linked question (or its title) with a 2-min limit and its outline."""
        from studio.core.interview_drill import STORY_LIMIT_S, DrillSettings

        if self.controller.running:
            self.context.messages.warning(self.tr("Finish or end the mock interview in progress first."))
            return
        data = self.repo.story(story_id)
        if data is None:
            return
        lang = self.context.audio_language
        refs = questions_by_id(self.context.library.current, lang)
        question_id = next((q for q in data.draft.question_ids if q in refs), f"story:{story_id}")
        text = refs[question_id].text if question_id in refs else data.draft.title
        self.run.why_texts = {question_id: refs[question_id].why} if question_id in refs else {}
        self.run.set_prompter(data.draft.outline())
        settings = DrillSettings(count=1, think_s=5, limit_s=STORY_LIMIT_S, lang=lang)
        self.controller.start(
            [question_id], {question_id: text}, settings, interview_id=self.interview_id, story_id=story_id
        )
        self.sections.setCurrentWidget(self.mock)
        self._show_run()

    def _show_run(self) -> None:
        self.mock.setCurrentWidget(self.run)
        self.run.refresh()
        self.run.setFocus()

    def show_summary(self, session_id: int | None = None) -> None:
        """Show the summary of a session (default: the one just run)."""
        session_id = session_id if session_id is not None else self.controller.session_id
        if session_id is None:
            return
        library = self.context.library.current
        known = set(questions_by_id(library, "en")) | set(questions_by_id(library, "ru")) if library else None
        self.summary.show_session(session_id, known)
        self.mock.setCurrentWidget(self.summary)
        self.summary.setFocus()

    def show_past_sessions(self) -> None:
        """The summary of the newest finished session, with the others a choice away."""
        finished = [row.id for row in self.repo.sessions() if row.status == "finished" and row.id is not None]
        if finished:
            self.show_summary(finished[0])

    def resume(self) -> bool:
        """Resume a session left running, at its question (paused)."""
        try:
            resumed = self.controller.resume_open_session()
        except Exception:  # the rest of the tab must still open
            log.exception("the running mock interview could not be resumed")
            return False
        if resumed:
            drill = self.controller.drill
            assert drill is not None
            refs = questions_by_id(self.context.library.current, drill.settings.lang)
            self.run.why_texts = {qid: ref.why for qid, ref in refs.items()}
            story = self.repo.story(self.controller.story_id) if self.controller.story_id is not None else None
            self.run.set_prompter(story.draft.outline() if story is not None else [])
            self._show_run()
            self.context.messages.info(
                self.tr("Your mock interview was interrupted; it waits at question %1. Press P to go on.").replace(
                    "%1", str(drill.index + 1)
                )
            )
        return resumed

    # ----- events ------------------------------------------------------------------------------------------
    def _on_interview_selected(self, interview_id: object) -> None:
        self.interview_id = interview_id if isinstance(interview_id, int) else None
        stage = None
        if self.interview_id is not None and self.context.store is not None:
            from studio.store.interviews import InterviewRepository

            row = InterviewRepository(self.context.store).get(self.interview_id)
            stage = row.stage if row is not None else None
        self.setup.set_interview(self.interview_id, stage)
        self.stories.set_interview(self.interview_id, stage)

    def _on_library_changed(self) -> None:
        if self.mock.currentWidget() is self.setup:
            self.setup.refresh(checked=None)
        self.stories.refresh()

    def shutdown(self) -> None:
        """Keep an answer being recorded and leave the session resumable; save notes being typed."""
        self.run.review.flush()
        self.stories.flush()
        self.controller.shutdown()
