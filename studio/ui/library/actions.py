"""What a Library item leads to: rehearse a question, start an exercise or a checklist run (through the studio's
navigator, in the language the item is shown in), or copy a letter filled with the user's details.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from studio.core.content import ChecklistTemplate, Exercise, Letter, Model, QuestionSet
from studio.ui.library.dialogs import LetterDialog, letter_text

if TYPE_CHECKING:
    from studio.ui.context import StudioContext
    from studio.ui.library.browser import Key
    from studio.ui.navigation import Navigator


class PageHooks(Protocol):
    """What the actions need from the page."""

    context: StudioContext
    current: Key | None

    def current_model(self) -> Model | None: ...

    def selected_interview(self) -> int | None: ...

    def run_dialog(self, dialog: QDialog) -> bool: ...


class LibraryActions:
    """The buttons that take a Library item somewhere else."""

    def __init__(self, page: PageHooks, parent_widget: QWidget) -> None:
        self.page = page
        self.widget = parent_widget
        self._name = ""  # the user's name from the last letter copied

    def _navigator(self) -> Navigator:
        navigator = self.page.context.navigator
        assert navigator is not None, "the main window sets the navigator before it builds the tabs"
        return navigator

    def rehearse(self) -> bool:
        """Make the current question the Voice tab's prompt."""
        model, key = self.page.current_model(), self.page.current
        if not isinstance(model, QuestionSet) or key is None or key[2] is None:
            return False
        question = next((q for q in model.questions if q.id == key[2]), None)
        if question is None:
            return False
        return self._navigator().rehearse_question(question.id, model.lang, question.text)

    def start_exercise(self) -> bool:
        """Show the current exercise's start view in the Exercises tab, in the language it is shown in here."""
        model = self.page.current_model()
        if not isinstance(model, Exercise):
            return False
        return self._navigator().start_exercise(model.id, model.lang)

    def start_checklist_run(self) -> int | None:
        """Start a run of the current checklist (for the interview selected in the sidebar); returns its id."""
        model = self.page.current_model()
        if not isinstance(model, ChecklistTemplate):
            return None
        return self._navigator().start_checklist(model.id, model.lang, self.page.selected_interview())

    # ----- letters -----------------------------------------------------------------------------------------
    def letter_defaults(self, letter: Letter) -> dict[str, str]:
        """Name from the last copy; company, role and date from the interview selected in the sidebar."""
        values = {"name": self._name}
        interview_id = self.page.selected_interview()
        store = self.page.context.store
        if interview_id is None or store is None:
            return values
        from studio.store.interviews import InterviewRepository

        row = InterviewRepository(store).get(interview_id)
        if row is None:
            return values
        values["company"] = row.company
        values["role"] = row.role
        if row.scheduled_at is not None:
            from studio.ui.timefmt import to_local

            local = to_local(row.scheduled_at)
            if local is not None:
                date = QDate(local.year, local.month, local.day)
                values["date"] = QLocale(letter.lang).toString(date, "d MMMM yyyy")
        return values

    def copy_letter(self, values: dict[str, str] | None = None) -> str | None:
        """Fill the current letter (asking for the details unless given) and copy subject and body."""
        letter = self.page.current_model()
        if not isinstance(letter, Letter):
            return None
        if values is None:
            dialog = LetterDialog(letter, self.letter_defaults(letter), parent=self.widget)
            if not self.page.run_dialog(dialog):
                return None
            values = dialog.values()
        self._name = values.get("name", self._name)
        subject, body = letter.fill(values)
        text = letter_text(subject, body, letter.lang)
        QGuiApplication.clipboard().setText(text)
        self.page.context.messages.info(
            QCoreApplication.translate("LibraryPage", "The letter is on the clipboard: paste it into your email.")
        )
        return text
