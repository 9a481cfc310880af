"""Add or edit an interview (imported on demand, after the first paint)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from studio.core.interviews import STAGES, InterviewDraft, InterviewError
from studio.ui.dialogs.form import error_label, lay_out_form
from studio.ui.stage_labels import stage_choices
from studio.ui.timefmt import to_local, to_utc

if TYPE_CHECKING:
    from studio.store.models import Interview


class InterviewDialog(QDialog):
    """Add or edit an interview. ``draft()`` returns what was typed."""

    def __init__(self, parent: QWidget | None = None, interview: Interview | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit interview") if interview else self.tr("New interview"))
        self.company = QLineEdit()
        self.company.setAccessibleName(self.tr("Company"))
        self.role = QLineEdit()
        self.role.setAccessibleName(self.tr("Role"))
        self.has_date = QCheckBox(self.tr("Date and time known"))
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("d MMM yyyy, HH:mm")  # the interface language's month names, as everywhere
        self.when.setAccessibleName(self.tr("Date and time"))
        self.stage = QComboBox()
        self.stage.setAccessibleName(self.tr("Stage"))
        for stage, label in stage_choices(STAGES):
            self.stage.addItem(label, stage)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.error = error_label()

        form = QFormLayout()
        form.addRow(self.tr("&Company:"), self.company)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow("", self.has_date)
        form.addRow(self.tr("&When:"), self.when)
        form.addRow(self.tr("&Stage:"), self.stage)
        form.addRow(self.tr("&Notes:"), self.notes)
        lay_out_form(self, form, self.error, self._on_accept)
        self.has_date.toggled.connect(self.when.setEnabled)

        if interview is not None:
            self.company.setText(interview.company)
            self.role.setText(interview.role)
            self.stage.setCurrentIndex(max(0, self.stage.findData(interview.stage)))
            self.notes.setPlainText(interview.notes)
            local = to_local(interview.scheduled_at)
            self.has_date.setChecked(local is not None)
            self.when.setDateTime(QDateTime(local) if local else QDateTime.currentDateTime().addDays(1))
        else:
            self.has_date.setChecked(True)
            tomorrow = QDateTime.currentDateTime().addDays(1)
            tomorrow.setTime(tomorrow.time().fromString("10:00", "HH:mm"))
            self.when.setDateTime(tomorrow)
        self.when.setEnabled(self.has_date.isChecked())
        self.resize(420, 360)

    def draft(self) -> InterviewDraft:
        when = self.when.dateTime().toPython() if self.has_date.isChecked() else None
        return InterviewDraft(
            company=self.company.text(),
            role=self.role.text(),
            scheduled_at=to_utc(when) if isinstance(when, datetime) else None,
            stage=str(self.stage.currentData()),
            notes=self.notes.toPlainText(),
        )

    def _on_accept(self) -> None:
        try:
            self.draft().validated()
        except InterviewError as exc:
            self.error.setText(self._message(exc))
            (self.company if exc.field == "company" else self.role).setFocus()
            return
        self.accept()

    def _message(self, exc: InterviewError) -> str:
        if exc.field == "company":
            return self.tr("Please enter the company name (up to 200 characters).")
        if exc.field == "role":
            return self.tr("The role can be at most 200 characters long.")
        return str(exc)
