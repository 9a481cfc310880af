"""The first-run welcome: "When is your interview, and for what role?", then a plan, each step one click away.

Shown in place of the tabs on an empty studio (no interviews yet) until the user makes a plan or skips; it never
blocks — the tabs stay reachable from the View menu and every step opens its tab. "Skip" is remembered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from studio.core.first_run import CHECKLIST, EXERCISE, MOCK, SELF_INTRO, PlanStep, first_run_plan
from studio.core.interviews import STAGES
from studio.ui.icons import icon
from studio.ui.stage_labels import stage_label
from studio.ui.style import GRID

if TYPE_CHECKING:
    from studio.ui.context import StudioContext

WELCOME_SETTING = "welcome_done"


class WelcomeView(QWidget):
    """Signals:
    finished(): the user skipped, or is done with the plan; show the tabs.
    step_opened(str): a plan step was opened (its kind).
    """

    finished = Signal()
    step_opened = Signal(str)

    def __init__(self, context: StudioContext, window: Any) -> None:
        super().__init__()
        self.context = context
        self.window_ref = window
        self.interview_id: int | None = None
        self.steps: list[PlanStep] = []
        self.setObjectName("welcomeView")

        title = QLabel(self.tr("Welcome to Interview Studio"))
        title.setProperty("role", "title")
        intro = QLabel(
            self.tr(
                "When is your interview, and for what role? Tell me, and I will line up what to rehearse first. "
                "Everything stays on this computer."
            )
        )
        intro.setWordWrap(True)
        self.company = QLineEdit()
        self.company.setPlaceholderText(self.tr("e.g. Northwind Telecom"))
        self.company.setAccessibleName(self.tr("Company"))
        self.role = QLineEdit()
        self.role.setPlaceholderText(self.tr("e.g. Client relations manager"))
        self.role.setAccessibleName(self.tr("Role"))
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        tomorrow = QDateTime.currentDateTime().addDays(1)
        tomorrow.setTime(QTime(10, 0))
        self.when.setDateTime(tomorrow)
        self.when.setAccessibleName(self.tr("Date and time"))
        self.stage = QComboBox()
        self.stage.setAccessibleName(self.tr("Stage"))
        for stage in STAGES:
            self.stage.addItem(stage_label(stage), stage)
        self.stage.setCurrentIndex(STAGES.index("hr_interview"))
        form = QFormLayout()
        form.setHorizontalSpacing(GRID * 2)
        form.setVerticalSpacing(GRID)
        form.addRow(self.tr("Company:"), self.company)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("When:"), self.when)
        form.addRow(self.tr("Stage:"), self.stage)

        self.plan_button = QPushButton(icon("welcome", "accent_text"), self.tr("Make my plan"))
        self.plan_button.setProperty("role", "primary")
        self.plan_button.setDefault(True)
        self.plan_button.clicked.connect(self.make_plan)
        self.skip_button = QPushButton(self.tr("Skip — I will look around myself"))
        self.skip_button.clicked.connect(self.skip)
        buttons = QHBoxLayout()
        buttons.addWidget(self.plan_button)
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        self.error = QLabel()
        self.error.setProperty("state", "over")
        self.error.hide()

        ask_card = QFrame()
        ask_card.setProperty("card", "true")
        ask = QVBoxLayout(ask_card)
        ask.setContentsMargins(GRID * 3, GRID * 3, GRID * 3, GRID * 3)
        ask.setSpacing(GRID * 2)
        ask.addWidget(title)
        ask.addWidget(intro)
        ask.addLayout(form)
        ask.addWidget(self.error)
        ask.addLayout(buttons)

        self.plan_card = QFrame()
        self.plan_card.setProperty("card", "true")
        self.plan_layout = QVBoxLayout(self.plan_card)
        self.plan_layout.setContentsMargins(GRID * 3, GRID * 3, GRID * 3, GRID * 3)
        self.plan_layout.setSpacing(GRID)
        self.plan_card.hide()

        column = QWidget()
        column.setMaximumWidth(GRID * 90)
        inner = QVBoxLayout(column)
        inner.setSpacing(GRID * 2)
        inner.addWidget(ask_card)
        inner.addWidget(self.plan_card)
        inner.addStretch(1)
        holder = QWidget()
        centre = QHBoxLayout(holder)
        centre.setContentsMargins(GRID * 3, GRID * 3, GRID * 3, GRID * 3)
        centre.addStretch(1)
        centre.addWidget(column, 4)
        centre.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # ----- actions ---------------------------------------------------------------------------------------------
    def skip(self) -> None:
        """Remember the choice and show the studio."""
        self._remember()
        self.finished.emit()

    def make_plan(self) -> list[PlanStep]:
        """Store the interview, then list the steps that fit its stage."""
        from studio.core.interviews import InterviewDraft, InterviewError
        from studio.ui.timefmt import to_utc

        company = self.company.text().strip() or self.role.text().strip()
        stage = str(self.stage.currentData())
        draft = InterviewDraft(
            company=company,
            role=self.role.text().strip(),
            scheduled_at=to_utc(self.when.dateTime().toPython()),  # type: ignore[arg-type]
            stage=stage,
        )
        try:
            draft = draft.validated()
        except InterviewError:
            self.error.setText(self.tr("Type the company or the role, so the plan has a name."))
            self.error.show()
            self.company.setFocus()
            return []
        self.error.hide()
        self.interview_id = self.window_ref.interviews.add_interview(draft)
        self._remember()
        self.steps = self._plan(stage)
        self._show_plan(stage)
        return self.steps

    def open_step(self, index: int) -> bool:
        """Open step ``index`` of the plan in its tab."""
        step = self.steps[index]
        lang = self.context.language
        navigator = self.context.navigator
        assert navigator is not None
        opened: bool
        if step.kind == CHECKLIST:
            opened = navigator.start_checklist(step.refs[0], lang, self.interview_id) is not None
        elif step.kind == SELF_INTRO:
            self.window_ref.show_tab("voice")
            opened = True
        elif step.kind == MOCK:
            opened = navigator.practise_questions(list(step.refs), lang)
        else:
            opened = navigator.start_exercise(step.refs[0], lang)
        if opened:
            self.step_opened.emit(step.kind)
        return opened

    # ----- helpers ---------------------------------------------------------------------------------------------
    def _remember(self) -> None:
        from studio.store.settings import SettingsRepository

        if self.context.store is not None:
            SettingsRepository(self.context.store).set(WELCOME_SETTING, True)

    def _plan(self, stage: str) -> list[PlanStep]:
        library = self.context.library.current
        if library is None:
            return first_run_plan(stage, [], [], [])
        lang = self.context.language
        checklist_ids = [template.id for template in library.checklists(lang)]
        question_ids = [
            question.id
            for question_set in library.items("questions", lang)
            if getattr(question_set, "stage", "") == stage
            for question in question_set.questions
        ]
        exercises = [(item.id, item.exercise_kind) for item in library.items("exercises", lang)]
        return first_run_plan(stage, checklist_ids, question_ids, exercises)

    def _title(self, step: PlanStep) -> str:
        library = self.context.library.current
        lang = self.context.language
        if step.kind == SELF_INTRO:
            return self.tr("Record your self-introduction (about 90 seconds) and read the review")
        if step.kind == MOCK:
            return self.tr("Mock interview: %1 questions of this stage, answered aloud against the clock").replace(
                "%1", str(len(step.refs))
            )
        kind = "checklists" if step.kind == CHECKLIST else "exercises"
        model = library.find(kind, step.refs[0], lang) if library is not None else None
        name = model.title if model is not None else step.refs[0]
        if step.kind == CHECKLIST:
            return self.tr("Checklist: %1").replace("%1", name)
        return self.tr("Practise: %1").replace("%1", name)

    def _show_plan(self, stage: str) -> None:
        while self.plan_layout.count():
            item = self.plan_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        heading = QLabel(self.tr("Your plan for this stage: %1").replace("%1", stage_label(stage)))
        heading.setProperty("role", "subtitle")
        self.plan_layout.addWidget(heading)
        hint = QLabel(self.tr("Do them in this order, one a sitting. Each button opens the right place."))
        hint.setProperty("role", "caption")
        hint.setWordWrap(True)
        self.plan_layout.addWidget(hint)
        icons = {CHECKLIST: "checklists", SELF_INTRO: "voice", MOCK: "interview", EXERCISE: "exercises"}
        self.step_buttons: list[QPushButton] = []
        for index, step in enumerate(self.steps):
            row = QHBoxLayout()
            label = QLabel(f"{index + 1}. {self._title(step)}")
            label.setWordWrap(True)
            button = QPushButton(icon(icons[step.kind]), self.tr("Open"))
            button.setAccessibleName(self._title(step))
            button.clicked.connect(lambda _checked=False, i=index: self.open_step(i))
            self.step_buttons.append(button)
            row.addWidget(label, 1)
            row.addWidget(button)
            self.plan_layout.addLayout(row)
        done = QPushButton(self.tr("Go to the studio"))
        done.clicked.connect(self.finished)
        self.plan_layout.addWidget(done)
        self.plan_card.show()
