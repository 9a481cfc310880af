"""Setting up a mock interview: which questions (by stage, interview, stars, unanswered, by hand), how many,
in what order, think time, answer limit, language; saving and loading named practice plans."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studio.core.content import QUESTION_STAGES
from studio.core.interview_drill import (
    DEFAULT_COUNT,
    DEFAULT_LIMIT_S,
    DEFAULT_THINK_S,
    LIMIT_RANGE,
    MAX_COUNT,
    QUESTION_STAGE_OF_INTERVIEW,
    THINK_RANGE,
    DrillError,
    DrillSettings,
    pick_questions,
)
from studio.store.mock import MockRepository
from studio.ui.context import StudioContext
from studio.ui.icons import icon
from studio.ui.interview.labels import question_stage_label
from studio.ui.interview.questions import QuestionRef, all_questions
from studio.ui.style import GRID

BY_STAGE = "stage"
BY_INTERVIEW = "interview"
STARRED = "starred"
UNANSWERED = "unanswered"
BY_HAND = "hand"


@dataclass(frozen=True)
class SetupChoice:
    """What the user set up: the questions in asking order, their texts, the settings and the plan used."""

    question_ids: list[str]
    texts: dict[str, str]
    settings: DrillSettings
    plan_id: int | None


class SetupView(QWidget):
    """Signals:
    start_requested(object): a SetupChoice — start the drill.
    """

    start_requested = Signal(object)
    history_requested = Signal()

    def __init__(self, context: StudioContext, repo: MockRepository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.repo = repo
        self.interview_stage: str | None = None
        self.questions: list[QuestionRef] = []
        self._plan_id: int | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, GRID, 0, 0)
        layout.setSpacing(GRID * 2)
        form = QFormLayout()
        form.setHorizontalSpacing(GRID * 2)
        form.setVerticalSpacing(GRID)
        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("Questions"))
        self.source.addItem(self.tr("By interview stage"), BY_STAGE)
        self.source.addItem(self.tr("For the selected interview"), BY_INTERVIEW)
        self.source.addItem(self.tr("My starred questions"), STARRED)
        self.source.addItem(self.tr("Questions I have not answered yet"), UNANSWERED)
        self.source.addItem(self.tr("Pick by hand"), BY_HAND)
        form.addRow(self.tr("&Questions:"), self.source)
        self.stage = QComboBox()
        self.stage.setAccessibleName(self.tr("Stage"))
        for stage in QUESTION_STAGES:
            self.stage.addItem(question_stage_label(stage), stage)
        form.addRow(self.tr("S&tage:"), self.stage)
        self.count = QSpinBox()
        self.count.setRange(1, MAX_COUNT)
        self.count.setValue(DEFAULT_COUNT)
        form.addRow(self.tr("&How many:"), self.count)
        self.order = QComboBox()
        self.order.addItem(self.tr("As listed"), "listed")
        self.order.addItem(self.tr("Shuffled"), "shuffled")
        form.addRow(self.tr("&Order:"), self.order)
        self.think = QSpinBox()
        self.think.setRange(*THINK_RANGE)
        self.think.setValue(DEFAULT_THINK_S)
        self.think.setSuffix(self.tr(" s"))
        form.addRow(self.tr("Th&ink time:"), self.think)
        self.limit = QSpinBox()
        self.limit.setRange(*LIMIT_RANGE)
        self.limit.setSingleStep(15)
        self.limit.setValue(DEFAULT_LIMIT_S)
        self.limit.setSuffix(self.tr(" s"))
        form.addRow(self.tr("Answer &limit:"), self.limit)
        self.lang = QComboBox()
        self.lang.addItem("English", "en")
        self.lang.addItem("Русский", "ru")
        self.lang.setCurrentIndex(1 if context.language == "ru" else 0)
        form.addRow(self.tr("Lan&guage:"), self.lang)
        # Settings in a card on the left, the questions they pick on the right.
        settings_card = QFrame()
        settings_card.setProperty("card", "true")
        settings_card.setMaximumWidth(GRID * 64)
        settings_layout = QVBoxLayout(settings_card)
        settings_layout.setContentsMargins(GRID * 2, GRID * 2, GRID * 2, GRID * 2)
        settings_layout.setSpacing(GRID * 2)
        settings_layout.addLayout(form)
        settings_layout.addStretch(1)
        questions = QVBoxLayout()
        questions.setSpacing(GRID)
        columns = QHBoxLayout()
        columns.setSpacing(GRID * 2)
        columns.addWidget(settings_card, 2)
        columns.addLayout(questions, 3)
        layout.addLayout(columns, 1)

        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "caption")
        questions.addWidget(self.hint)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Questions to practise"))
        self.list.setWordWrap(True)
        questions.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.star_button = QPushButton(icon("star"), self.tr("Star / unstar (Ctrl+S)"))
        self.star_button.clicked.connect(self.toggle_star)
        row.addWidget(self.star_button)
        row.addStretch(1)
        self.history_button = QPushButton(self.tr("Past sessions…"))
        self.history_button.clicked.connect(self.history_requested.emit)
        row.addWidget(self.history_button)
        questions.addLayout(row)

        plans = QHBoxLayout()
        plans.setSpacing(GRID)
        self.plan_name = QLineEdit()
        self.plan_name.setPlaceholderText(self.tr("Plan name"))
        self.plan_name.setAccessibleName(self.tr("Plan name"))
        self.save_plan_button = QPushButton(self.tr("Save as plan"))
        self.save_plan_button.clicked.connect(self.save_plan)
        self.plans = QComboBox()
        self.plans.setAccessibleName(self.tr("Saved plans"))
        self.load_plan_button = QPushButton(self.tr("Load plan"))
        self.load_plan_button.clicked.connect(self.load_selected_plan)
        plans_title = QLabel(self.tr("Saved plans"))
        plans_title.setProperty("role", "subtitle")
        settings_layout.addWidget(plans_title)
        name_row = QHBoxLayout()
        name_row.setSpacing(GRID)
        name_row.addWidget(self.plan_name, 1)
        name_row.addWidget(self.save_plan_button)
        plans.addWidget(self.plans, 1)
        plans.addWidget(self.load_plan_button)
        settings_layout.addLayout(name_row)
        settings_layout.addLayout(plans)
        self.start_button = QPushButton(icon("start", "accent_text"), self.tr("&Start the mock interview"))
        self.start_button.setToolTip(self.tr("Key: %1").replace("%1", "Ctrl+Enter"))
        self.start_button.setProperty("role", "primary")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.request_start)
        start_row = QHBoxLayout()
        start_row.addStretch(1)
        start_row.addWidget(self.start_button)
        layout.addLayout(start_row)

        self.source.currentIndexChanged.connect(lambda _i: self.refresh())
        self.stage.currentIndexChanged.connect(lambda _i: self.refresh())
        self.lang.currentIndexChanged.connect(lambda _i: self.refresh(checked=self.checked_ids()))
        self.refresh_plans()

    # ----- reading -----------------------------------------------------------------------------------------
    @property
    def language(self) -> str:
        return str(self.lang.currentData())

    def settings(self) -> DrillSettings:
        return DrillSettings(
            count=self.count.value(),
            order=str(self.order.currentData()),
            think_s=self.think.value(),
            limit_s=self.limit.value(),
            lang=self.language,
        )

    def checked_ids(self) -> list[str]:
        out = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def _candidates(self, source: str) -> list[QuestionRef]:
        if source == BY_STAGE:
            stage = str(self.stage.currentData())
            return [q for q in self.questions if q.stage == stage]
        if source == BY_INTERVIEW:
            stage = QUESTION_STAGE_OF_INTERVIEW.get(self.interview_stage or "", "")
            return [q for q in self.questions if q.stage == stage]
        if source == STARRED:
            starred = self.repo.starred()
            return [q for q in self.questions if q.id in starred]
        if source == UNANSWERED:
            answered = self.repo.answered_question_ids()
            return [q for q in self.questions if q.id not in answered]
        return list(self.questions)

    # ----- filling -----------------------------------------------------------------------------------------
    def set_interview(self, interview_id: int | None, stage: str | None) -> None:
        """The selected interview changed: its stage is preselected."""
        self.interview_stage = stage if interview_id is not None else None
        question_stage = QUESTION_STAGE_OF_INTERVIEW.get(stage or "")
        if question_stage is not None:
            self.stage.setCurrentIndex(max(0, self.stage.findData(question_stage)))
        self.refresh()

    def refresh(self, checked: list[str] | None = None) -> None:
        """List the questions of the chosen source; all are ticked, except when picking by hand."""
        library = self.context.library.current
        self.questions = all_questions(library, self.language)
        source = str(self.source.currentData())
        self.stage.setEnabled(source == BY_STAGE)
        candidates = self._candidates(source)
        starred = self.repo.starred()
        self.list.clear()
        for question in candidates:
            mark = "★ " if question.id in starred else ""
            item = QListWidgetItem(f"{mark}{question.text}")
            item.setData(Qt.ItemDataRole.UserRole, question.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = question.id in checked if checked is not None else source != BY_HAND
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            item.setToolTip(question_stage_label(question.stage))
            self.list.addItem(item)
        if library is None:
            self.hint.setText(self.tr("The question library is still loading…"))
        elif source == BY_INTERVIEW and self.interview_stage is None:
            self.hint.setText(self.tr("Select an interview in the list on the left."))
        elif not candidates:
            self.hint.setText(self.tr("No questions here yet."))
        else:
            self.hint.setText(
                self.tr("%1 questions; the first %2 ticked ones are asked.")
                .replace("%1", str(len(candidates)))
                .replace("%2", str(self.count.value()))
            )
        if self.list.count():
            self.list.setCurrentRow(0)

    def pick(self, question_ids: list[str], lang: str) -> bool:
        """Set up exactly these questions by hand (from the Library), in this language."""
        self.lang.blockSignals(True)
        self.lang.setCurrentIndex(max(0, self.lang.findData(lang)))
        self.lang.blockSignals(False)
        self.source.blockSignals(True)
        self.source.setCurrentIndex(self.source.findData(BY_HAND))
        self.source.blockSignals(False)
        self.refresh(checked=list(question_ids))
        known = set(self.checked_ids())
        if not known:
            return False
        self.count.setValue(max(1, min(MAX_COUNT, len(known))))
        return True

    def toggle_star(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        question_id = str(item.data(Qt.ItemDataRole.UserRole))
        self.repo.set_starred(question_id, question_id not in self.repo.starred())
        self.refresh(checked=self.checked_ids())

    # ----- plans -------------------------------------------------------------------------------------------
    def refresh_plans(self) -> None:
        self.plans.clear()
        for plan in self.repo.plans():
            self.plans.addItem(plan.name, plan.id)
        self.load_plan_button.setEnabled(self.plans.count() > 0)
        self.history_button.setEnabled(bool(self.repo.sessions(1)))

    def save_plan(self) -> None:
        name = self.plan_name.text().strip()
        ids = self.checked_ids()
        if not name or not ids:
            self.context.messages.warning(self.tr("Give the plan a name and tick at least one question."))
            return
        plan = self.repo.save_plan(name, ids, self.settings())
        self._plan_id = plan.id
        self.refresh_plans()
        self.plans.setCurrentIndex(self.plans.findData(plan.id))
        self.context.messages.info(self.tr("Practice plan \u201c%1\u201d saved.").replace("%1", plan.name))

    def load_selected_plan(self) -> None:
        plan_id = self.plans.currentData()
        plan = next((p for p in self.repo.plans() if p.id == plan_id), None)
        if plan is None:
            return
        settings = plan.settings
        self.count.setValue(settings.count)
        self.order.setCurrentIndex(max(0, self.order.findData(settings.order)))
        self.think.setValue(settings.think_s)
        self.limit.setValue(settings.limit_s)
        self.pick(list(plan.question_ids), settings.lang)
        self.count.setValue(settings.count)
        self.plan_name.setText(plan.name)
        self._plan_id = plan.id

    # ----- starting ----------------------------------------------------------------------------------------
    def request_start(self) -> None:
        settings = self.settings()
        try:
            settings.validated()
        except DrillError as exc:
            self.context.messages.warning(str(exc))
            return
        ids = pick_questions(self.checked_ids(), settings)
        if not ids:
            self.context.messages.warning(self.tr("Tick at least one question to practise."))
            return
        texts = {q.id: q.text for q in self.questions}
        self.start_requested.emit(SetupChoice(ids, texts, settings, self._plan_id))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.request_start()
        elif ctrl and event.key() == Qt.Key.Key_S:
            self.toggle_star()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
