"""The interviews sidebar: upcoming interviews with add / edit / delete (undoable)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from studio.ui.context import StudioContext
from studio.ui.stage_labels import stage_label

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from studio.core.interviews import InterviewDraft
    from studio.store.interviews import InterviewRepository
    from studio.store.models import Interview
    from studio.ui.undo import UndoCommand

# Qt.ItemDataRole.UserRole as a plain int: the Qt namespace is not touched before the first paint (~35 ms).
USER_ROLE = 0x0100


def _delete_command(panel: InterviewsPanel, interview_id: int, label: str) -> UndoCommand:
    """An undoable deletion (the undo module is imported on first use, after the first paint)."""
    from studio.ui.undo import UndoCommand

    class DeleteInterview(UndoCommand):
        def __init__(self) -> None:
            super().__init__(
                QCoreApplication.translate("InterviewsPanel", "Delete interview “%1”").replace("%1", label),
                panel.failed,
            )
            self._row: Interview | None = None

        def do(self) -> None:
            assert panel.repository is not None
            self._row = panel.repository.delete(interview_id)
            panel.changed()

        def revert(self) -> None:
            if self._row is not None:
                assert panel.repository is not None
                panel.repository.restore(self._row)
                panel.changed()

    return DeleteInterview()


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
        self.repository: InterviewRepository | None = None  # set when the store opens
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
        self.empty.setStyleSheet("qproperty-alignment: AlignCenter;")  # no Qt enums before first paint
        self.empty.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setToolTip(self.tr("Add an interview (Ctrl+N)"))
        # Edit and Delete are icons with a tooltip: the sidebar stays narrow in every language.
        self.edit_button = QPushButton()
        self.edit_button.setAccessibleName(self.tr("Edit the interview"))
        self.edit_button.setToolTip(self.tr("Edit the selected interview (double-click)"))
        self.delete_button = QPushButton()
        self.delete_button.setAccessibleName(self.tr("Delete the interview"))
        self.delete_button.setToolTip(self.tr("Delete the selected interview (Del); Ctrl+Z undoes"))
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setEnabled(False)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.add_button, 1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.list.hide()

    def attach(self, repository: InterviewRepository) -> None:
        """Called once the store is open (after the first paint, so key bindings are made here)."""
        from PySide6.QtGui import QKeySequence, QShortcut

        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list, self.delete_selected)
        from studio.ui.icons import icon  # the icon font loads after the first paint

        self.add_button.setIcon(icon("add"))
        for widget, meaning, text in (
            (self.edit_button, "edit", self.tr("&Edit…")),
            (self.delete_button, "delete", self.tr("&Delete")),
        ):
            widget.setIcon(icon(meaning))
            if widget.icon().isNull():  # no icon font: words instead
                widget.setText(text)
        self.repository = repository
        self.add_button.setEnabled(True)
        self.refresh()

    def changed(self) -> None:
        self.refresh()
        self.context.events.interviews_changed.emit()

    def failed(self, exc: Exception) -> None:
        """A change could not be stored (or undone): say why; nothing pretends it happened."""
        self.context.messages.error(self.tr("The interview could not be changed: %1").replace("%1", str(exc)))

    def refresh(self) -> None:
        if self.repository is None:
            return
        from studio.ui.timefmt import when_text  # datetime is not needed before the first paint

        selected = self.selected_id()
        self.list.clear()
        rows = self.repository.list()
        for row in rows:
            when = when_text(row.scheduled_at) or self.tr("date not set")
            head = row.company + (f" — {row.role}" if row.role else "")
            item = QListWidgetItem(f"{head}\n{when} · {stage_label(row.stage)}")
            item.setData(USER_ROLE, row.id)
            self.list.addItem(item)
            if row.id == selected:
                self.list.setCurrentItem(item)
        self.list.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.empty.setText(self.tr("No interviews yet.\nAdd the next one you are preparing for."))
        self._on_current_changed()

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show the dialog modally; tests replace this to fill it in."""
        from PySide6.QtWidgets import QDialog

        return bool(dialog.exec() == QDialog.DialogCode.Accepted)

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(USER_ROLE))

    def _on_current_changed(self, *_args: object) -> None:
        has = self.selected_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.selection_changed.emit(self.selected_id())

    def add(self) -> int | None:
        if self.repository is None:
            return None
        from studio.ui.dialogs.interview_dialog import InterviewDialog

        dialog = InterviewDialog(self)
        if not self.run_dialog(dialog):
            return None
        return self.add_interview(dialog.draft())

    def add_interview(self, draft: InterviewDraft) -> int | None:
        """Store a new interview (an ``InterviewDraft``), tell every tab, select it; returns its id."""
        if self.repository is None:
            return None
        row = self.repository.add(draft)
        self.changed()
        self._select(row.id)
        self.context.messages.info(self.tr("Interview added."))
        return row.id

    def edit_selected(self) -> None:
        interview_id = self.selected_id()
        if self.repository is None or interview_id is None:
            return
        from studio.ui.dialogs.interview_dialog import InterviewDialog

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
        from studio.ui.undo import push_or_do

        command = _delete_command(self, interview_id, label)
        push_or_do(self.undo_stack, command)
        if command.done_once:
            self.context.messages.info(self.tr("Interview deleted. Ctrl+Z brings it back."))

    def _select(self, interview_id: int | None) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(USER_ROLE) == interview_id:
                self.list.setCurrentRow(i)
