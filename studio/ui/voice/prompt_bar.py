"""What the take answers: the prompt row (prompt, target length) and the prompter beside the waveform.

A prompt is the self-introduction, a library question, or one of the user's own. The prompter shows the question
being rehearsed above the user's script; the script is saved while typing (one debounced save).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studio.ui.debounce import Debouncer
from studio.ui.style import GRID
from studio.ui.widgets.ask_text import ask_text

if TYPE_CHECKING:
    from studio.store.models import Prompt
    from studio.store.settings import SettingsRepository
    from studio.ui.context import StudioContext

TARGETS = (60, 90, 120)
SELF_INTRO = "self_intro"
QUESTION = "question"


class Prompter(QGroupBox):
    """The question being rehearsed (when it is one) above the user's script or outline."""

    def __init__(self, font_pt: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Prompter"), parent)
        self.question_label = QLabel()
        self.question_label.setWordWrap(True)
        self.question_label.setAccessibleName(self.tr("Question being rehearsed"))
        self.question_label.hide()
        self.script_edit = QPlainTextEdit()
        self.script_edit.setAccessibleName(self.tr("Script or outline"))
        self.font_spin = QSpinBox()
        self.font_spin.setRange(9, 40)
        self.font_spin.setValue(font_pt)
        self.font_spin.setAccessibleName(self.tr("Prompter font size"))
        self.font_spin.setSuffix(self.tr(" pt"))
        self.font_spin.setToolTip(self.tr("Prompter font size"))
        fonts = QHBoxLayout()
        fonts.addStretch(1)
        fonts.addWidget(self.font_spin)
        layout = QVBoxLayout(self)
        layout.addLayout(fonts)
        layout.addWidget(self.question_label)
        layout.addWidget(self.script_edit, 1)
        self.font_spin.valueChanged.connect(self._apply_font)
        self._apply_font()
        self.show_prompt(None)

    def _apply_font(self, *_args: object) -> None:
        for widget in (self.script_edit, self.question_label):
            font = widget.font()
            font.setPointSize(self.font_spin.value())
            widget.setFont(font)

    def show_prompt(self, prompt: Prompt | None) -> None:
        """The prompt's question (for a library question or the user's own) and its script."""
        kind = prompt.kind if prompt is not None else SELF_INTRO
        if kind == SELF_INTRO:
            self.question_label.hide()
            self.script_edit.setPlaceholderText(
                self.tr(
                    "Your script or bullet outline. For a self-introduction: who you are, relevant experience, "
                    "two or three achievements with numbers, why this role, your goals."
                )
            )
        else:
            assert prompt is not None
            self.question_label.setText(f"<b>{prompt.title}</b>")
            self.question_label.show()
            self.script_edit.setPlaceholderText(
                self.tr(
                    "Your outline for this answer: the situation, what you did, the result with a number, "
                    "and what you learned."
                )
            )
        self.script_edit.blockSignals(True)
        self.script_edit.setPlainText(prompt.script if prompt is not None else "")
        self.script_edit.blockSignals(False)


class PromptBar(QWidget):
    """The prompt row; owns the prompter it fills.

    Signals:
    prompt_changed(object): the chosen prompt id (None when there is none).
    target_changed(int): the target length in seconds changed.
    """

    prompt_changed = Signal(object)
    target_changed = Signal(int)

    def __init__(self, context: StudioContext, settings: SettingsRepository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = settings
        self.repo = context.takes.repo
        self._prompts: dict[int, Prompt] = {}
        self._script_of: int | None = None  # the prompt whose script the prompter holds
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Prompt"))
        self.combo.setMinimumContentsLength(10)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.new_button = QPushButton(self.tr("New prompt…"))
        self.target_combo = QComboBox()
        self.target_combo.setAccessibleName(self.tr("Target length"))
        for seconds in TARGETS:
            self.target_combo.addItem(self.tr("%1 s").replace("%1", str(seconds)), seconds)
        self.target_combo.addItem(self.tr("Custom"), 0)
        self.target_spin = QSpinBox()
        self.target_spin.setRange(10, 1800)
        self.target_spin.setSuffix(self.tr(" s"))
        self.target_spin.setAccessibleName(self.tr("Custom target length in seconds"))
        self.prompter_toggle = QCheckBox(self.tr("Show &script"))
        self.prompter_toggle.setChecked(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(GRID)
        row.addWidget(QLabel(self.tr("Prompt:")))
        row.addWidget(self.combo, 1)
        row.addWidget(self.new_button)
        row.addSpacing(GRID * 2)
        row.addWidget(QLabel(self.tr("Target:")))
        row.addWidget(self.target_combo)
        row.addWidget(self.target_spin)
        row.addWidget(self.prompter_toggle)
        self.prompter = Prompter(int(settings.get("prompter_font_pt")))
        self._script_save = Debouncer(self.save_script, 800, self)
        self.combo.currentIndexChanged.connect(self._on_prompt_chosen)
        self.new_button.clicked.connect(self.new_prompt)
        self.target_combo.currentIndexChanged.connect(self._on_target_chosen)
        self.target_spin.valueChanged.connect(self._save_target)
        self.prompter_toggle.toggled.connect(self.prompter.setVisible)
        self.prompter.font_spin.valueChanged.connect(lambda pt: self.settings.set("prompter_font_pt", int(pt)))
        self.prompter.script_edit.textChanged.connect(self._script_save.poke)

    # ----- prompts -----------------------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        """Fill the list with the prompts of the interface language (and ``select``, whatever its language)."""
        lang = self.context.language
        target = int(self.settings.get("target_seconds"))
        intro = self.repo.self_intro_prompt(lang, self.tr("Self-introduction"), target)
        self._script_save.flush()
        self._prompts = {
            p.id: p for p in self.repo.prompts() if p.id is not None and (p.lang == lang or p.id == select)
        }
        self.combo.blockSignals(True)
        self.combo.clear()
        for prompt_id, prompt in self._prompts.items():
            title = self.tr("Self-introduction") if prompt.kind == SELF_INTRO else prompt.title
            if prompt.lang != lang:
                title = f"{title} [{prompt.lang.upper()}]"
            self.combo.addItem(title, prompt_id)
            self.combo.setItemData(self.combo.count() - 1, prompt.title, Qt.ItemDataRole.ToolTipRole)
        self.combo.blockSignals(False)
        chosen = select if select is not None else intro.id
        self.combo.setCurrentIndex(max(0, self.combo.findData(chosen)))
        self._on_prompt_chosen()

    def prompt_id(self) -> int | None:
        data = self.combo.currentData()
        return int(data) if data is not None else None

    def current(self) -> Prompt | None:
        prompt_id = self.prompt_id()
        return self._prompts.get(prompt_id) if prompt_id is not None else None

    def language_of(self, prompt_id: int | None) -> str:
        """The language answers to a prompt are spoken in (for the delivery analysis)."""
        prompt = self._prompts.get(prompt_id) if prompt_id is not None else None
        lang = prompt.lang if prompt is not None else self.context.language
        return lang if lang in ("ru", "en") else self.context.audio_language

    def select_question(self, question_id: str, lang: str, text: str) -> int:
        """Make a library question the prompt (made on first use, so its takes gather in one place)."""
        prompt = self.repo.prompt_for_question(question_id, lang, text, int(self.settings.get("target_seconds")))
        assert prompt.id is not None
        self.reload(select=prompt.id)
        return prompt.id

    def new_prompt(self) -> None:
        title = ask_text(self, self.tr("New prompt"), self.tr("What will you answer?"))
        if title and title.strip():
            prompt = self.repo.add_prompt(title, self.context.language, int(self.settings.get("target_seconds")))
            self.reload(select=prompt.id)

    def _on_prompt_chosen(self, *_args: object) -> None:
        self._script_save.flush()
        prompt = self.current()
        self.prompter.show_prompt(prompt)
        self._script_of = self.prompt_id()
        if prompt is not None:
            self._set_target_widgets(prompt.target_seconds)
        self.prompt_changed.emit(self.prompt_id())

    # ----- target and script -------------------------------------------------------------------------------
    def _set_target_widgets(self, seconds: int) -> None:
        for widget in (self.target_combo, self.target_spin):
            widget.blockSignals(True)
        index = self.target_combo.findData(seconds)
        self.target_combo.setCurrentIndex(index if index >= 0 else self.target_combo.count() - 1)
        self.target_spin.setValue(seconds)
        self.target_spin.setVisible(index < 0)
        for widget in (self.target_combo, self.target_spin):
            widget.blockSignals(False)

    def target_seconds(self) -> int:
        value = int(self.target_combo.currentData() or 0)
        return value or self.target_spin.value()

    def _on_target_chosen(self, *_args: object) -> None:
        self.target_spin.setVisible(int(self.target_combo.currentData() or 0) == 0)
        self._save_target()

    def _save_target(self, *_args: object) -> None:
        prompt = self.current()
        if prompt is not None and prompt.id is not None:
            prompt.target_seconds = self.target_seconds()
            self.repo.update_prompt(prompt.id, target_seconds=prompt.target_seconds)
        self.target_changed.emit(self.target_seconds())

    def save_script(self) -> None:
        prompt = self._prompts.get(self._script_of) if self._script_of is not None else None
        if prompt is not None and prompt.id is not None:
            prompt.script = self.prompter.script_edit.toPlainText()
            self.repo.update_prompt(prompt.id, script=prompt.script)

    def flush(self) -> None:
        """Save unsaved typing now (closing, switching prompt)."""
        self._script_save.flush()

    def set_enabled_for_recording(self, idle: bool) -> None:
        self.combo.setEnabled(idle)
