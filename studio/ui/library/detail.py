"""The right half of the Library tab: the item as readable HTML, its language notice, and the buttons it offers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from studio.core.content import ChecklistTemplate, Exercise, Letter, Model, QuestionSet
from studio.ui.library import render
from studio.ui.library.browser import Key, button
from studio.ui.library.user_items import EDITABLE_KINDS

FALLBACK_STYLE = (
    "QLabel { background: #fff4d6; color: #5a4300; border: 1px solid #e6c66a; border-radius: 4px; padding: 6px; }"
)


class ItemDetail(QWidget):
    """Shows one item (or one question of a set) and the actions that fit it.

    Signals:
        question_linked(str): a question link in a set's text was followed (the question's id).
    """

    question_linked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fallback_label = QLabel()
        self.fallback_label.setObjectName("fallbackLabel")
        self.fallback_label.setWordWrap(True)
        self.fallback_label.setStyleSheet(FALLBACK_STYLE)
        self.fallback_label.setAccessibleName(QCoreApplication.translate("LibraryPage", "Language notice"))
        self.fallback_label.hide()
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(QCoreApplication.translate("LibraryPage", "Item details"))
        self.detail.setOpenLinks(False)
        self.detail.setFrameShape(QFrame.Shape.StyledPanel)
        self.detail.anchorClicked.connect(self._on_link)
        self.detail.document().setDocumentMargin(12)
        self.rehearse_button = button(
            QCoreApplication.translate("LibraryPage", "&Rehearse this"),
            QCoreApplication.translate("LibraryPage", "Rehearse this question in the Voice tab"),
            QCoreApplication.translate(
                "LibraryPage", "Make this question the Voice tab's prompt and record your answer"
            ),
        )
        self.start_button = button(
            QCoreApplication.translate("LibraryPage", "&Start"),
            QCoreApplication.translate("LibraryPage", "Start this exercise in the Exercises tab"),
            QCoreApplication.translate("LibraryPage", "Open this exercise in the Exercises tab, ready to start"),
        )
        self.run_button = button(
            QCoreApplication.translate("LibraryPage", "Start a r&un"),
            QCoreApplication.translate("LibraryPage", "Start a run of this checklist in the Checklists tab"),
            QCoreApplication.translate(
                "LibraryPage", "Start ticking this checklist, for the interview selected on the left"
            ),
        )
        self.copy_button = button(
            QCoreApplication.translate("LibraryPage", "Co&py with my details…"),
            QCoreApplication.translate("LibraryPage", "Copy this letter with my details"),
            QCoreApplication.translate(
                "LibraryPage", "Fill in your name, the company and the role, and copy the letter"
            ),
        )
        self.edit_button = button(
            QCoreApplication.translate("LibraryPage", "E&dit…"),
            QCoreApplication.translate("LibraryPage", "Edit this item"),
        )
        self.export_button = button(
            QCoreApplication.translate("LibraryPage", "E&xport…"),
            QCoreApplication.translate("LibraryPage", "Export this item as a TOML file"),
            QCoreApplication.translate("LibraryPage", "Save this item as a TOML file you can share or import later"),
        )
        self.delete_button = button(
            QCoreApplication.translate("LibraryPage", "Delete"),
            QCoreApplication.translate("LibraryPage", "Delete this item of my own"),
            QCoreApplication.translate("LibraryPage", "Delete this item of your own; Ctrl+Z brings it back"),
        )
        actions = QHBoxLayout()
        self.actions_layout = actions
        actions.setContentsMargins(0, 0, 0, 0)
        for widget in (self.rehearse_button, self.start_button, self.run_button, self.copy_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        for widget in (self.edit_button, self.export_button, self.delete_button):
            actions.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.fallback_label)
        layout.addWidget(self.detail, 1)
        layout.addLayout(actions)

    def show_nothing(self) -> None:
        self.detail.setHtml(
            "<p>"
            + QCoreApplication.translate(
                "LibraryPage", "Choose a question, exercise, checklist, letter or guide on the left, or search for one."
            )
            + "</p>"
        )
        self.fallback_label.hide()
        self.update_actions(None, None)

    def show_item(self, model: Model, key: Key, lang: str, scroll_to_top: bool) -> None:
        """Show ``model`` (wanted in ``lang``; a fallback is labelled) with the actions it offers."""
        self.detail.setHtml(render.item_html(model, key[2]))
        if model.fallback_from:
            self.fallback_label.setText(render.fallback_notice(model.fallback_from, lang))
        self.fallback_label.setVisible(bool(model.fallback_from))
        self.update_actions(model, key)
        if scroll_to_top:
            self.detail.verticalScrollBar().setValue(0)

    def update_actions(self, model: Model | None, key: Key | None) -> None:
        question = isinstance(model, QuestionSet) and key is not None and key[2] is not None
        self.rehearse_button.setVisible(isinstance(model, QuestionSet))
        self.rehearse_button.setEnabled(question)
        self.rehearse_button.setToolTip(
            QCoreApplication.translate(
                "LibraryPage", "Make this question the Voice tab's prompt and record your answer"
            )
            if question
            else QCoreApplication.translate("LibraryPage", "Choose one of the questions first")
        )
        self.start_button.setVisible(isinstance(model, Exercise))
        self.run_button.setVisible(isinstance(model, ChecklistTemplate))
        self.copy_button.setVisible(isinstance(model, Letter))
        mine = model is not None and model.origin == "user"
        self.edit_button.setVisible(model is not None and model.kind in EDITABLE_KINDS)
        if mine:
            self.edit_button.setText(QCoreApplication.translate("LibraryPage", "E&dit…"))
            self.edit_button.setAccessibleName(QCoreApplication.translate("LibraryPage", "Edit this item"))
            self.edit_button.setToolTip(QCoreApplication.translate("LibraryPage", "Change this item of your own"))
        else:
            self.edit_button.setText(QCoreApplication.translate("LibraryPage", "Make m&y copy…"))
            self.edit_button.setAccessibleName(QCoreApplication.translate("LibraryPage", "Make my own copy to edit"))
            self.edit_button.setToolTip(
                QCoreApplication.translate("LibraryPage", "Copy this item into your own items to edit")
            )
        self.export_button.setVisible(model is not None)
        self.delete_button.setVisible(mine)
        # Hiding a button before the page is first shown leaves the row's cached minimum width stale.
        self.actions_layout.invalidate()

    def _on_link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("question:"):
            self.question_linked.emit(text.removeprefix("question:"))
