"""The interviews sidebar and the add/edit dialog."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.core.interviews import STAGES, InterviewDraft, InterviewError
from studio.ui.context import StudioContext
from studio.ui.labels import stage_label

if TYPE_CHECKING:
    from studio.store.models import Interview


def to_local(value: datetime | None) -> datetime | None:
    """Stored UTC time → naive local time for display."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone().replace(tzinfo=None)


def to_utc(value: datetime | None) -> datetime | None:
    """Naive local time typed by the user → aware UTC for the store."""
    if value is None:
        return None
    return value.astimezone(UTC)


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
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setAccessibleName(self.tr("Date and time"))
        self.stage = QComboBox()
        self.stage.setAccessibleName(self.tr("Stage"))
        for stage in STAGES:
            self.stage.addItem(stage_label(stage), stage)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b")
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Company:"), self.company)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow("", self.has_date)
        form.addRow(self.tr("&When:"), self.when)
        form.addRow(self.tr("&Stage:"), self.stage)
        form.addRow(self.tr("&Notes:"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
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


class _DeleteInterview(QUndoCommand):
    def __init__(self, panel: InterviewsPanel, interview_id: int, label: str) -> None:
        super().__init__(panel.tr("Delete interview “%1”").replace("%1", label))
        self._panel, self._id, self._row = panel, interview_id, None

    def redo(self) -> None:
        self._row = self._panel.repository.delete(self._id)
        self._panel.changed()

    def undo(self) -> None:
        if self._row is not None:
            self._panel.repository.restore(self._row)
            self._panel.changed()


class InterviewsPanel(QWidget):
    """Upcoming interviews with add / edit / delete (undoable).

    Signals:
        selection_changed(object): the selected interview id, or None.
    """

    selection_changed = Signal(object)

    def __init__(self, context: StudioContext, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.undo_stack = undo_stack
        self.repository = None  # set when the store opens
        title = QLabel(self.tr("Interviews"))
        title.setObjectName("sidebarTitle")
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Interviews"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.empty = QLabel(self.tr("Opening your data…"))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setToolTip(self.tr("Add an interview (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected interview (Del); Ctrl+Z undoes"))
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setEnabled(False)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.list.hide()
        from PySide6.QtGui import QShortcut

        QShortcut(QKeySequence.StandardKey.Delete, self.list, self.delete_selected)

    def attach(self, repository: object) -> None:
        """Called once the store is open."""
        self.repository = repository
        self.add_button.setEnabled(True)
        self.refresh()

    def changed(self) -> None:
        self.refresh()
        self.context.events.interviews_changed.emit()

    def refresh(self) -> None:
        if self.repository is None:
            return
        selected = self.selected_id()
        self.list.clear()
        rows = self.repository.list()
        for row in rows:
            local = to_local(row.scheduled_at)
            when = local.strftime("%Y-%m-%d %H:%M") if local else self.tr("date not set")
            head = row.company + (f" — {row.role}" if row.role else "")
            item = QListWidgetItem(f"{head}\n{when} · {stage_label(row.stage)}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)
            if row.id == selected:
                self.list.setCurrentItem(item)
        self.list.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.empty.setText(self.tr("No interviews yet.\nAdd the next one you are preparing for."))
        self._on_current_changed()

    def run_dialog(self, dialog: InterviewDialog) -> bool:
        """Show the dialog modally; tests replace this to fill it in."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _on_current_changed(self, *_args: object) -> None:
        has = self.selected_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.selection_changed.emit(self.selected_id())

    def add(self) -> int | None:
        if self.repository is None:
            return None
        dialog = InterviewDialog(self)
        if not self.run_dialog(dialog):
            return None
        row = self.repository.add(dialog.draft())
        self.changed()
        self._select(row.id)
        self.context.messages.info(self.tr("Interview added."))
        return row.id

    def edit_selected(self) -> None:
        interview_id = self.selected_id()
        if self.repository is None or interview_id is None:
            return
        dialog = InterviewDialog(self, self.repository.get(interview_id))
        if self.run_dialog(dialog):
            self.repository.update(interview_id, dialog.draft())
            self.changed()

    def delete_selected(self) -> None:
        interview_id = self.selected_id()
        item = self.list.currentItem()
        if self.repository is None or interview_id is None or item is None:
            return
        label = item.text().split("\n")[0]
        self.undo_stack.push(_DeleteInterview(self, interview_id, label))
        self.context.messages.info(self.tr("Interview deleted. Ctrl+Z brings it back."))

    def _select(self, interview_id: int | None) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == interview_id:
                self.list.setCurrentRow(i)
