"""The review's building blocks: a metric card (verdict, tip, Details), the filled-pause check, key buttons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.ui import style
from studio.ui.voice import analysis_view as av

if TYPE_CHECKING:
    from studio.analysis.report import FilledMark


def change_colour(better: bool | None) -> str:
    """The colour of a change that matters (green better, red worse); none for one that does not."""
    return "" if better is None else style.colour("ok" if better else "over")


class StatusLabel(QLabel):
    """The review's status line: out of the way (hidden) while it has nothing to say."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text.strip()))


class _KeyButtonMixin:
    """A button that keeps Space, Enter and Return for itself while it has the focus: the Voice tab's single-key
    shortcuts (Space plays) would otherwise take them, and a keyboard user could not press it."""

    _OWN_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in self._OWN_KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            event.accept()
            return True
        return super().event(event)  # type: ignore[misc]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.animateClick()  # type: ignore[attr-defined]
            event.accept()
            return
        super().keyPressEvent(event)  # type: ignore[misc]


class KeyButton(_KeyButtonMixin, QPushButton):
    """A push button a keyboard user can press with Space or Enter inside the Voice tab."""


class KeyToolButton(_KeyButtonMixin, QToolButton):
    """A tool button a keyboard user can press with Space or Enter inside the Voice tab."""


class ReviewCard(QFrame):
    """One metric: its name, the verdict line (coloured by ``state``), one tip, and a Details toggle with the number,
    unit and comfortable band."""

    def __init__(self, card: av.Card, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card
        self.metric_id = card.metric
        self.check_button: QPushButton | None = None
        self.setProperty("card", "true")
        self.setAccessibleName(card.title)
        self.title_label = QLabel(card.title)
        self.title_label.setProperty("role", "caption")
        self.verdict_label = QLabel(card.headline)
        self.verdict_label.setProperty("role", "verdict")
        self.verdict_label.setWordWrap(True)
        if card.state:
            self.verdict_label.setProperty("state", card.state)
        self.verdict_label.setAccessibleName(self.tr("Verdict"))
        self.tip_label = QLabel(card.tip)
        self.tip_label.setWordWrap(True)
        self.details_button = KeyToolButton()
        self.details_button.setText(self.tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setAccessibleName(self.tr("Details: %1").replace("%1", card.title))
        self.details_label = QLabel(card.details)
        self.details_label.setProperty("role", "caption")
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.RichText)
        self.details_label.hide()
        self.details_button.toggled.connect(self._on_details_toggled)
        self.action_row = QHBoxLayout()
        self.action_row.setContentsMargins(0, 0, 0, 0)
        self.action_row.addWidget(self.details_button)
        self.action_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(4)
        for widget in (self.title_label, self.verdict_label, self.tip_label):
            layout.addWidget(widget)
        layout.addLayout(self.action_row)
        layout.addWidget(self.details_label)
        self._layout = layout

    def add_action(self, button: QPushButton) -> None:
        """A button of this card's own (the filler card's "Check the marks"), on its own line above Details so a
        narrow panel never has to fit two buttons side by side."""
        self.check_button = button
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(button)
        row.addStretch(1)
        self._layout.insertLayout(self._layout.indexOf(self.tip_label) + 1, row)

    def _on_details_toggled(self, shown: bool) -> None:
        self.details_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.details_label.setVisible(shown)


class FillerCheck(QFrame):
    """Asks about one filled-pause mark: hear it, then "Yes, a filler" or "No, a word"; Previous / Next walk the
    marks. Keyboard: every button is in the tab order and has a mnemonic.

    Signals:
    answered(bool): the user said whether the mark is a filler (True) or a word (False).
    hear_requested(): play the mark again.
    step_requested(int): go to the previous (-1) or next (+1) mark.
    """

    answered = Signal(bool)
    hear_requested = Signal()
    step_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("card", "true")
        self.setAccessibleName(self.tr("Check a filled pause"))
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.answer_label = QLabel()
        self.answer_label.setProperty("role", "caption")
        self.answer_label.setWordWrap(True)
        self.hear_button = KeyButton(self.tr("▶ &Hear it"))
        self.yes_button = KeyButton(self.tr("&Yes, a filler"))
        self.no_button = KeyButton(self.tr("&No, a word"))
        self.previous_button = KeyToolButton()
        self.previous_button.setText("◀")
        self.previous_button.setToolTip(self.tr("Previous mark"))
        self.previous_button.setAccessibleName(self.tr("Previous mark"))
        self.next_button = KeyToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Next mark"))
        self.next_button.setAccessibleName(self.tr("Next mark"))
        self.close_button = KeyToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the filled-pause check"))
        # two short rows: the panel is narrow, and the answer buttons must keep their whole words
        answer_row = QHBoxLayout()
        answer_row.setContentsMargins(0, 0, 0, 0)
        answer_row.addWidget(self.yes_button)
        answer_row.addWidget(self.no_button)
        answer_row.addStretch(1)
        walk_row = QHBoxLayout()
        walk_row.setContentsMargins(0, 0, 0, 0)
        walk_row.addWidget(self.hear_button)
        walk_row.addStretch(1)
        for widget in (self.previous_button, self.next_button):
            walk_row.addWidget(widget)
        question_row = QHBoxLayout()
        question_row.setContentsMargins(0, 0, 0, 0)
        question_row.addWidget(self.question, 1)
        question_row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(4)
        layout.addLayout(question_row)
        layout.addLayout(answer_row)
        layout.addLayout(walk_row)
        layout.addWidget(self.answer_label)
        self.hear_button.clicked.connect(self.hear_requested)
        self.yes_button.clicked.connect(lambda: self.answered.emit(True))
        self.no_button.clicked.connect(lambda: self.answered.emit(False))
        self.previous_button.clicked.connect(lambda: self.step_requested.emit(-1))
        self.next_button.clicked.connect(lambda: self.step_requested.emit(1))
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def show_mark(self, mark: FilledMark, sure: bool, position: int, total: int, answer: bool | None) -> None:
        """Ask about ``mark`` (number ``position`` of ``total``); ``answer`` is the user's earlier answer, if any."""
        when = QLocale().toString(mark.start, "f", 1)
        if sure:
            text = self.tr("Mark %1 of %2, at %3 s: counted as a filler (uh, um). Is it one?")
        else:
            text = self.tr("Mark %1 of %2, at %3 s: maybe a filler, not counted. Is it one?")
        self.question.setText(text.replace("%1", str(position)).replace("%2", str(total)).replace("%3", when))
        self.show_answer(answer)
        self.previous_button.setEnabled(position > 1)
        self.next_button.setEnabled(position < total)
        self.show()

    def show_answer(self, answer: bool | None) -> None:
        if answer is None:
            self.answer_label.setText(self.tr("Listen, then answer: your answers tune the detector to your voice."))
        elif answer:
            self.answer_label.setText(self.tr("Your answer: a filler. The count is updated."))
        else:
            self.answer_label.setText(self.tr("Your answer: a word. The count is updated."))
