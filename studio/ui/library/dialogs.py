"""The Library's dialogs: a TOML editor that validates before it lets go, and “Copy with my details”."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from studio.core.content import ContentError, Letter, placeholders

ERROR_STYLE = "QLabel { color: #c62828; }"


class ItemEditor(QDialog):
    """Edit an item as TOML. Save runs ``save(text)``; a ContentError keeps the dialog open and shows it.

    ``save`` returns normally when the item was stored, or raises ContentError (nothing stored).
    """

    def __init__(self, title: str, text: str, save: Callable[[str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        self.saved: object = None
        intro = QLabel(
            self.tr(
                "Edit the text below. Lines starting with # are comments. When you save, every field is checked; "
                "if something is wrong, the studio says which field and nothing is saved."
            )
        )
        intro.setWordWrap(True)
        self.edit = QPlainTextEdit()
        self.edit.setAccessibleName(self.tr("Item text (TOML)"))
        self.edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.edit.setPlainText(text)
        self.error = QLabel()
        self.error.setObjectName("editorError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("What is wrong"))
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(760, 620)

    def text(self) -> str:
        return self.edit.toPlainText()

    def try_save(self) -> bool:
        """Validate and store; on an error show it, move the cursor to its line, and stay open."""
        try:
            self.saved = self._save(self.text())
        except ContentError as exc:
            self.show_error(exc)
            return False
        self.error.hide()
        self.accept()
        return True

    def show_error(self, exc: ContentError) -> None:
        where = self.tr("Line %1, field “%2”").replace("%1", str(exc.line)) if exc.line else self.tr("Field “%2”")
        self.error.setText(
            self.tr("Not saved. %1: %3").replace("%1", where.replace("%2", exc.field)).replace("%3", exc.message)
        )
        self.error.show()
        if exc.line:
            block = self.edit.document().findBlockByLineNumber(exc.line - 1)
            if block.isValid():
                cursor = QTextCursor(block)
                self.edit.setTextCursor(cursor)
        self.edit.setFocus()


class LetterDialog(QDialog):
    """Ask for the details a letter needs; the preview shows the filled letter as it will be copied."""

    FIELDS = ("name", "company", "role", "interviewer", "date")

    def __init__(self, letter: Letter, values: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.letter = letter
        self.setWindowTitle(self.tr("Copy “%1” with my details").replace("%1", letter.title))
        used = set(placeholders(letter.subject + letter.body))
        labels = {
            "name": self.tr("Your &name:"),
            "company": self.tr("&Company:"),
            "role": self.tr("&Role:"),
            "interviewer": self.tr("&Interviewer:"),
            "date": self.tr("&Date:"),
        }
        accessible = {
            "name": self.tr("Your name"),
            "company": self.tr("Company"),
            "role": self.tr("Role"),
            "interviewer": self.tr("Interviewer"),
            "date": self.tr("Date"),
        }
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        for key in self.FIELDS:
            if key not in used:
                continue
            edit = QLineEdit(values.get(key, ""))
            edit.setAccessibleName(accessible[key])
            edit.textChanged.connect(self._update_preview)
            self.fields[key] = edit
            form.addRow(labels[key], edit)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Letter preview"))
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.copy_button = self.buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.copy_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Preview:")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.missing)
        layout.addWidget(self.buttons)
        self.resize(620, 560)
        self._update_preview()

    def values(self) -> dict[str, str]:
        return {key: edit.text().strip() for key, edit in self.fields.items()}

    def _update_preview(self) -> None:
        subject, body = self.letter.fill(self.values())
        self.preview.setPlainText(letter_text(subject, body, self.letter.lang))
        empty = [key for key, value in self.values().items() if not value]
        self.missing.setText(
            self.tr("Still to fill in after pasting: %1").replace("%1", ", ".join("{" + k + "}" for k in empty))
            if empty
            else ""
        )
        self.missing.setVisible(bool(empty))


# The subject line is part of the letter, so it is labelled in the letter's language, not the interface's.
_SUBJECT = {"en": "Subject: ", "ru": "Тема: "}


def letter_text(subject: str, body: str, lang: str) -> str:
    """What goes on the clipboard: the subject line, a blank line, the body."""
    return f"{_SUBJECT.get(lang, _SUBJECT['en'])}{subject}\n\n{body.strip()}\n"
