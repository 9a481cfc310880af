"""My stories: the STAR story bank — stories with their metric and competencies, links to questions, coverage
of a stage's questions, the guide's worked examples to copy, "practise this story" and the interview-day one-pager.

Edits are saved shortly after typing stops (and when the page closes); a new story is stored at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio.core.content import QUESTION_STAGES
from studio.core.interview_drill import (
    COMPETENCIES,
    QUESTION_STAGE_OF_INTERVIEW,
    DrillError,
    OnePagerLabels,
    StoryDraft,
    coverage,
    one_pager_markdown,
)
from studio.store.mock import MockRepository
from studio.ui.context import StudioContext
from studio.ui.debounce import Debouncer
from studio.ui.icons import icon
from studio.ui.interview.labels import competency_label, question_stage_label
from studio.ui.interview.questions import QuestionRef, all_questions, star_examples
from studio.ui.style import GRID
from studio.ui.timefmt import when_text
from studio.ui.widgets.wheel_guard import guard_wheel

TEXT_FIELDS: tuple[str, ...] = ("situation", "task", "action", "result")


class StoriesView(QWidget):
    """Signals:
    practise_requested(int): run the drill of one for this story.
    """

    practise_requested = Signal(int)

    def __init__(self, context: StudioContext, repo: MockRepository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.repo = repo
        self.story_id: int | None = None
        self.interview_id: int | None = None
        self.questions: list[QuestionRef] = []
        self._saver = Debouncer(self.save, 600, self)
        self._asks_saver = Debouncer(self.save_asks, 600, self)
        self._loading = False
        self._examples: list = []
        self._unlisted_links: tuple[str, ...] = ()

        layout = QHBoxLayout(self)
        splitter = QSplitter()
        layout.addWidget(splitter)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("My stories"))
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.currentItemChanged.connect(lambda *_a: self._on_current())
        left_layout.addWidget(self.list, 1)
        self.new_button = QPushButton(icon("add", "accent_text"), self.tr("&New story"))
        self.new_button.setProperty("role", "primary")
        self.new_button.clicked.connect(lambda: self.new_story())
        self.delete_button = QPushButton(icon("delete", "over"), self.tr("&Delete story"))
        self.delete_button.setProperty("role", "danger")
        self.delete_button.clicked.connect(self.delete_story)
        self.practise_button = QPushButton(icon("rehearse"), self.tr("&Practise this story"))
        self.practise_button.clicked.connect(self._practise)
        for button in (self.new_button, self.delete_button, self.practise_button):
            left_layout.addWidget(button)
        splitter.addWidget(left)

        self.tabs = QTabWidget()
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 3)
        editor = QScrollArea()  # a long form: it scrolls rather than squeezing its boxes or widening the window
        editor.setWidgetResizable(True)
        editor.setWidget(self._build_editor())
        self.tabs.addTab(editor, self.tr("Story"))
        self.tabs.addTab(self._build_coverage(), self.tr("Coverage"))
        self.tabs.addTab(self._build_examples(), self.tr("Examples from the guide"))
        self.tabs.addTab(self._build_day(), self.tr("Interview day"))
        self.refresh()

    # ----- building ----------------------------------------------------------------------------------------
    def _build_editor(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        form.setContentsMargins(GRID, GRID, GRID * 2, GRID)
        form.setHorizontalSpacing(GRID * 2)
        form.setVerticalSpacing(GRID)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Title"))
        form.addRow(self.tr("&Title:"), self.title)
        self.texts: dict[str, QPlainTextEdit] = {}
        labels = {
            "situation": self.tr("&Situation:"),
            "task": self.tr("T&ask:"),
            "action": self.tr("A&ction:"),
            "result": self.tr("&Result:"),
        }
        for name in TEXT_FIELDS:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(GRID * 9)
            guard_wheel(edit)
            edit.setAccessibleName(labels[name].replace("&", "").rstrip(":"))
            edit.textChanged.connect(self._edited)
            form.addRow(labels[name], edit)
            self.texts[name] = edit
        self.metric_edit = QLineEdit()
        self.metric_edit.setPlaceholderText(self.tr("e.g. CRM use rose from 20 % to 85 %"))
        form.addRow(self.tr("&Metric:"), self.metric_edit)
        self.metric_how = QLineEdit()
        self.metric_how.setPlaceholderText(self.tr("How it was calculated (be ready to explain)"))
        form.addRow(self.tr("&How calculated:"), self.metric_how)
        for edit in (self.title, self.metric_edit, self.metric_how):
            edit.textEdited.connect(self._edited)
        grid = QGridLayout()
        self.competencies: dict[str, QCheckBox] = {}
        for n, competency in enumerate(COMPETENCIES):
            check = QCheckBox(competency_label(competency))
            check.toggled.connect(self._edited)
            grid.addWidget(check, n // 2, n % 2)
            self.competencies[competency] = check
        form.addRow(self.tr("Shows:"), grid)
        self.links = QListWidget()
        self.links.setAccessibleName(self.tr("Questions this story answers"))
        self.links.setWordWrap(True)  # long questions wrap instead of running past the list's edge
        self.links.setResizeMode(QListView.ResizeMode.Adjust)
        self.links.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.links.setMinimumHeight(GRID * 20)
        guard_wheel(self.links)
        self.links.itemChanged.connect(self._edited)
        form.addRow(self.tr("Answers &questions:"), self.links)
        return box

    def _build_coverage(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Stage:")))
        self.coverage_stage = QComboBox()
        self.coverage_stage.setAccessibleName(self.tr("Coverage stage"))
        for stage in QUESTION_STAGES:
            self.coverage_stage.addItem(question_stage_label(stage), stage)
        self.coverage_stage.currentIndexChanged.connect(lambda _i: self.refresh_coverage())
        row.addWidget(self.coverage_stage, 1)
        layout.addLayout(row)
        self.coverage_text = QLabel()
        self.coverage_text.setWordWrap(True)
        self.coverage_text.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.coverage_text.setAccessibleName(self.tr("Coverage"))
        layout.addWidget(self.coverage_text, 1)
        return box

    def _build_examples(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        self.examples = QListWidget()
        self.examples.setAccessibleName(self.tr("Worked STAR examples"))
        self.examples.currentRowChanged.connect(lambda _r: self._show_example())
        layout.addWidget(self.examples, 1)
        self.example_text = QLabel()
        self.example_text.setWordWrap(True)
        layout.addWidget(self.example_text, 1)
        self.copy_example_button = QPushButton(self.tr("&Copy into a new story"))
        self.copy_example_button.clicked.connect(lambda: self.copy_example())
        layout.addWidget(self.copy_example_button)
        return box

    def _build_day(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        self.day_label = QLabel()
        self.day_label.setWordWrap(True)
        layout.addWidget(self.day_label)
        layout.addWidget(QLabel(self.tr("Questions I will ask the employer (one a line):")))
        self.asks = QPlainTextEdit()
        self.asks.setTabChangesFocus(True)
        self.asks.setAccessibleName(self.tr("Questions for the employer"))
        self.asks.textChanged.connect(lambda: None if self._loading else self._asks_saver.poke())
        layout.addWidget(self.asks, 1)
        self.export_button = QPushButton(self.tr("&Export the one-pager…"))
        self.export_button.clicked.connect(lambda: self.export_one_pager())
        layout.addWidget(self.export_button)
        return box

    # ----- filling -----------------------------------------------------------------------------------------
    def set_interview(self, interview_id: int | None, stage: str | None) -> None:
        """The selected interview changed: its stage drives coverage, its questions for the employer are shown."""
        self.flush()
        self.interview_id = interview_id
        question_stage = QUESTION_STAGE_OF_INTERVIEW.get(stage or "")
        if question_stage is not None:
            self.coverage_stage.setCurrentIndex(max(0, self.coverage_stage.findData(question_stage)))
        self._loading = True
        self.asks.setPlainText("\n".join(self.repo.employer_questions(interview_id)))
        self._loading = False
        self.day_label.setText(
            self.tr("The one-pager is for the interview selected on the left.")
            if interview_id is not None
            else self.tr("No interview is selected: the one-pager is a general one.")
        )

    def refresh(self, select: int | None = None) -> None:
        """Reload stories, questions, examples and coverage."""
        lang = self.context.audio_language
        self.questions = all_questions(self.context.library.current, lang)
        keep = select if select is not None else self.story_id
        self.list.blockSignals(True)
        self.list.clear()
        for data in self.repo.stories():
            item = QListWidgetItem(data.draft.title)
            item.setData(Qt.ItemDataRole.UserRole, data.id)
            self.list.addItem(item)
            if data.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._on_current()
        self.examples.clear()
        self._examples = star_examples(self.context.library.current, lang)
        for n, example in enumerate(self._examples, 1):
            self.examples.addItem(example.title or f"{n}. {example.situation}")
        self.copy_example_button.setEnabled(bool(self._examples))
        self.refresh_coverage()

    def _on_current(self) -> None:
        self._saver.flush()
        item = self.list.currentItem()
        self.story_id = int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
        data = self.repo.story(self.story_id) if self.story_id is not None else None
        draft = data.draft if data is not None else StoryDraft(title="")
        self._loading = True
        self.title.setText(draft.title)
        for name, edit in self.texts.items():
            edit.setPlainText(getattr(draft, name))
        self.metric_edit.setText(draft.metric)
        self.metric_how.setText(draft.metric_how)
        for competency, check in self.competencies.items():
            check.setChecked(competency in draft.competencies)
        self.links.clear()
        linked = set(draft.question_ids)
        listed = {question.id for question in self.questions}
        # Links to questions not listed (gone from the content, or the library still loading) are kept as they are.
        self._unlisted_links = tuple(q for q in draft.question_ids if q not in listed)
        for question in self.questions:
            link = QListWidgetItem(f"{question_stage_label(question.stage)}: {question.text}")
            link.setData(Qt.ItemDataRole.UserRole, question.id)
            link.setFlags(link.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            link.setCheckState(Qt.CheckState.Checked if question.id in linked else Qt.CheckState.Unchecked)
            self.links.addItem(link)
        self._loading = False
        has = self.story_id is not None
        for widget in (self.delete_button, self.practise_button, self.tabs.widget(0)):
            widget.setEnabled(has)

    def draft(self) -> StoryDraft:
        """The story as the editor shows it."""
        linked = [
            str(self.links.item(n).data(Qt.ItemDataRole.UserRole))
            for n in range(self.links.count())
            if self.links.item(n).checkState() == Qt.CheckState.Checked
        ]
        linked += [q for q in self._unlisted_links if q not in linked]
        return StoryDraft(
            title=self.title.text(),
            situation=self.texts["situation"].toPlainText(),
            task=self.texts["task"].toPlainText(),
            action=self.texts["action"].toPlainText(),
            result=self.texts["result"].toPlainText(),
            metric=self.metric_edit.text(),
            metric_how=self.metric_how.text(),
            competencies=tuple(c for c, check in self.competencies.items() if check.isChecked()),
            question_ids=tuple(linked),
        )

    def refresh_coverage(self) -> None:
        stage = str(self.coverage_stage.currentData())
        stage_questions = [q for q in self.questions if q.stage == stage]
        result = coverage([q.id for q in stage_questions], [s.draft for s in self.repo.stories()])
        texts = {q.id: q.text for q in stage_questions}
        lines = [
            self.tr("%1 of %2 questions of this stage have a story.")
            .replace("%1", str(len(result.covered_questions)))
            .replace("%2", str(len(stage_questions)))
        ]
        if result.uncovered_questions:
            lines.append(self.tr("No story yet for:"))
            lines += [f"• {texts[q]}" for q in result.uncovered_questions]
        if result.uncovered_competencies:
            lines.append(
                self.tr("No story shows: %1.").replace(
                    "%1", ", ".join(competency_label(c) for c in result.uncovered_competencies)
                )
            )
        else:
            lines.append(self.tr("Every competency has a story."))
        self.coverage_text.setText("\n".join(lines))

    def _show_example(self) -> None:
        row = self.examples.currentRow()
        if not 0 <= row < len(self._examples):
            self.example_text.setText("")
            return
        example = self._examples[row]
        self.example_text.setText(
            "\n".join(
                (
                    self.tr("Situation: %1").replace("%1", example.situation),
                    self.tr("Task: %1").replace("%1", example.task),
                    self.tr("Action: %1").replace("%1", example.action),
                    self.tr("Result: %1").replace("%1", example.result),
                )
            )
        )

    # ----- editing -----------------------------------------------------------------------------------------
    def _edited(self, *_args: object) -> None:
        if not self._loading and self.story_id is not None:
            self._saver.poke()

    def save(self) -> None:
        """Store the story being edited (an empty title keeps the stored one)."""
        if self.story_id is None:
            return
        draft = self.draft()
        if not draft.title.strip():
            return
        self.repo.update_story(self.story_id, draft)
        item = self.list.currentItem()
        if item is not None and item.text() != draft.title.strip():
            item.setText(draft.title.strip())
        self.refresh_coverage()

    def new_story(self, draft: StoryDraft | None = None) -> int:
        """Store a new story (empty, or a copy of an example) and open it for editing."""
        self.flush()
        story = draft or StoryDraft(title=self.tr("New story"))
        try:
            story_id = self.repo.add_story(story)
        except DrillError as exc:
            self.context.messages.warning(str(exc))
            return -1
        self.refresh(select=story_id)
        self.tabs.setCurrentIndex(0)
        self.title.setFocus()
        self.title.selectAll()
        return story_id

    def copy_example(self) -> int:
        """Copy the chosen worked example into a new story of the user's own."""
        row = self.examples.currentRow()
        if not 0 <= row < len(self._examples):
            row = 0
        if not self._examples:
            return -1
        example = self._examples[row]
        return self.new_story(
            StoryDraft(
                title=example.title or self.tr("Example %1").replace("%1", str(row + 1)),
                situation=example.situation,
                task=example.task,
                action=example.action,
                result=example.result,
            )
        )

    def delete_story(self) -> None:
        from studio.ui.dialogs.ask import ask

        if self.story_id is None:
            return
        choice = ask(
            self,
            self.tr("Delete story"),
            self.tr("Delete the story \u201c%1\u201d?").replace("%1", self.title.text()),
            [self.tr("Delete"), self.tr("Keep")],
        )
        if choice != 0:
            return
        self._saver.cancel()
        self.repo.delete_story(self.story_id)
        self.story_id = None
        self.refresh()

    def _practise(self) -> None:
        if self.story_id is not None:
            self.flush()
            self.practise_requested.emit(self.story_id)

    def save_asks(self) -> None:
        self.repo.set_employer_questions(self.interview_id, self.asks.toPlainText().splitlines())

    def flush(self) -> None:
        """Save what is being typed."""
        self._saver.flush()
        self._asks_saver.flush()

    # ----- the one-pager -----------------------------------------------------------------------------------
    def one_pager(self) -> str:
        """The interview-day one-pager as Markdown."""
        from studio.store.checklists import ChecklistRepository
        from studio.store.interviews import InterviewRepository

        self.flush()
        assert self.context.store is not None
        subtitle = ""
        if self.interview_id is not None:
            row = InterviewRepository(self.context.store).get(self.interview_id)
            if row is not None:
                when = when_text(row.scheduled_at)
                subtitle = " — ".join(part for part in (row.company, row.role, when) if part)
        stories = [(s.draft, ", ".join(competency_label(c) for c in s.draft.competencies)) for s in self.repo.stories()]
        checklists = ChecklistRepository(self.context.store)
        open_items = []
        for summary in checklists.runs_for(self.interview_id):
            items = [row.text for row in checklists.items(summary.id) if not row.checked]
            open_items.append((summary.run.title, items))
        labels = OnePagerLabels(
            title=self.tr("Interview day"),
            stories=self.tr("My stories"),
            situation=self.tr("Situation"),
            task=self.tr("Task"),
            action=self.tr("Action"),
            result=self.tr("Result"),
            metric=self.tr("Metric"),
            metric_how=self.tr("How it was calculated"),
            competencies=self.tr("Shows"),
            ask=self.tr("Questions I will ask"),
            open_items=self.tr("Still to do"),
            nothing=self.tr("Nothing yet."),
        )
        return one_pager_markdown(
            labels, subtitle, stories, self.repo.employer_questions(self.interview_id), open_items
        )

    def export_one_pager(self, path: Path | None = None) -> Path | None:
        """Write the one-pager as Markdown or PDF (by the chosen file's extension)."""
        from studio.ui.dialogs import files
        from studio.ui.interview.export import write_export

        if path is None:
            path = files.save_file(
                self,
                self.tr("Export the interview-day one-pager"),
                str(Path.home() / "interview-day.pdf"),
                self.tr("PDF (*.pdf);;Markdown (*.md)"),
            )
        if path is None:
            return None
        try:
            write_export(self.one_pager(), self.tr("Interview day"), path)
        except OSError as exc:
            self.context.messages.error(
                self.tr("Could not write %1: %2").replace("%1", str(path)).replace("%2", str(exc))
            )
            return None
        self.context.messages.info(self.tr("One-pager exported to %1").replace("%1", str(path)))
        return path
