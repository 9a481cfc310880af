"""The right half of the Checklists tab: the selected run's items, its readiness, item tools and the item's note.

The view never writes to the store. Ticks go through the model's ``commit_tick`` (the page makes them undoable
steps that are durable before the box shows them); every other change is asked of the page through a signal.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.core.checklists import RunItem
from studio.ui.checklists.model import ChecklistModel
from studio.ui.debounce import Debouncer
from studio.ui.icons import icon
from studio.ui.style import GRID
from studio.ui.widgets.buttons import button

NOTE_SAVE_DELAY_MS = 800


class ItemsView(QListView):
    """The run's items. Keys: Space ticks, Alt+Up/Down moves, Delete deletes, F2/Enter edits.

    The keys are claimed in ``ShortcutOverride`` so window-wide shortcuts (the sidebar's Delete) do not fire
    while the list has focus.

    Signals:
        move_requested(int): -1 up, +1 down.
        delete_requested(), edit_requested()
    """

    move_requested = Signal(int)
    delete_requested = Signal()
    edit_requested = Signal()

    def _mine(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        alt = mods & Qt.KeyboardModifier.AltModifier
        if alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            return True
        return not alt and key in (Qt.Key.Key_Delete, Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self._mine(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._mine(event):
            key = event.key()
            if key == Qt.Key.Key_Up:
                self.move_requested.emit(-1)
            elif key == Qt.Key.Key_Down:
                self.move_requested.emit(1)
            elif key == Qt.Key.Key_Delete:
                self.delete_requested.emit()
            else:
                self.edit_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class RunView(QStackedWidget):
    """A hint when no run is chosen, else the run: title, readiness, tools, items, hint and note.

    Signals:
        add_requested(), edit_requested(), delete_requested(), uncheck_requested()
        move_requested(int): move the current item up (-1) or down (+1) among the visible items.
        note_edited(int, str): the note of an item was changed by the user (item id, the new text).
    """

    add_requested = Signal()
    edit_requested = Signal()
    delete_requested = Signal()
    uncheck_requested = Signal()
    move_requested = Signal(int)
    note_edited = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._note_item: int | None = None
        self.showing_run = False
        self.title = QLabel()
        self.title.setObjectName("checklistTitle")
        self.title.setWordWrap(True)
        self.title.setProperty("role", "title")
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.subtitle.setProperty("role", "caption")
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(QCoreApplication.translate("ChecklistsPage", "Readiness"))
        self.progress.setFormat(QCoreApplication.translate("ChecklistsPage", "%p % ready"))
        self.model = ChecklistModel(self)
        self.view = self._items_view()
        self._build_tools()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("checklistHint")
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(QCoreApplication.translate("ChecklistsPage", "Note for the selected item"))
        self.note.setPlaceholderText(QCoreApplication.translate("ChecklistsPage", "A note for this item…"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(GRID * 8)
        self.note_saver = Debouncer(self.commit_note, NOTE_SAVE_DELAY_MS, self)
        self.note.textChanged.connect(self._on_note_typed)
        self.note.installEventFilter(self)
        note_label = QLabel(QCoreApplication.translate("ChecklistsPage", "&Note:"))
        note_label.setBuddy(self.note)

        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(GRID, 0, 0, 0)
        layout.setSpacing(GRID)
        for widget in (self.title, self.subtitle, self.progress):
            layout.addWidget(widget)
        layout.addLayout(self._tools)
        layout.addLayout(self._options)
        layout.addWidget(self.view, 1)
        for part in (self.hint, note_label, self.note):
            layout.addWidget(part)
        self.empty = QLabel(
            QCoreApplication.translate(
                "ChecklistsPage",
                "Pick a checklist on the left, or start one with “Start a run…”.\n\n"
                "Each interview gets its own copy of a checklist, ticked off independently.",
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(self.empty)
        self.addWidget(panel)
        self._update_enabled()

    # ----- building ----------------------------------------------------------------------------------------
    def _items_view(self) -> ItemsView:
        view = ItemsView()
        view.setModel(self.model)
        view.setAccessibleName(QCoreApplication.translate("ChecklistsPage", "Checklist items"))
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDragDropOverwriteMode(False)
        view.setDropIndicatorShown(True)
        view.setWordWrap(True)
        view.setSpacing(2)
        view.setAlternatingRowColors(False)
        view.move_requested.connect(self.move_requested)
        view.delete_requested.connect(self.delete_requested)
        view.edit_requested.connect(self.edit_requested)
        view.doubleClicked.connect(lambda _index: self.edit_requested.emit())
        view.selectionModel().currentChanged.connect(self._on_item_current)
        # The same steps as actions: a right-click menu on the list, and listed in Help → Keyboard shortcuts.
        # The view handles the keys itself (see ItemsView), so these never fire twice.
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for text, keys, slot in (
            (QCoreApplication.translate("ChecklistsPage", "Tick / untick item"), "Space", self.toggle_current),
            (QCoreApplication.translate("ChecklistsPage", "Edit item…"), "F2", self.edit_requested.emit),
            (QCoreApplication.translate("ChecklistsPage", "Delete item"), "Del", self.delete_requested.emit),
            (
                QCoreApplication.translate("ChecklistsPage", "Move item up"),
                "Alt+Up",
                lambda: self.move_requested.emit(-1),
            ),
            (
                QCoreApplication.translate("ChecklistsPage", "Move item down"),
                "Alt+Down",
                lambda: self.move_requested.emit(1),
            ),
            (QCoreApplication.translate("ChecklistsPage", "Add item…"), "", self.add_requested.emit),
        ):
            action = QAction(text, view)
            if keys:
                action.setShortcut(QKeySequence(keys))
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, run=slot: run())
            view.addAction(action)
        return view

    def _build_tools(self) -> None:
        self.add_button = button(
            QCoreApplication.translate("ChecklistsPage", "A&dd…"),
            QCoreApplication.translate("ChecklistsPage", "Add an item"),
        )
        self.edit_button = button(
            QCoreApplication.translate("ChecklistsPage", "&Edit…"),
            QCoreApplication.translate("ChecklistsPage", "Edit the item"),
            "F2",
        )
        self.delete_button = button(
            QCoreApplication.translate("ChecklistsPage", "De&lete"),
            QCoreApplication.translate("ChecklistsPage", "Delete the item"),
            QCoreApplication.translate("ChecklistsPage", "Del; Ctrl+Z undoes"),
        )
        native = QKeySequence.SequenceFormat.NativeText  # key names in the interface language ("Alt+Вниз")
        self.up_button = button(
            "↑",
            QCoreApplication.translate("ChecklistsPage", "Move the item up"),
            QKeySequence("Alt+Up").toString(native),
        )
        self.down_button = button(
            "↓",
            QCoreApplication.translate("ChecklistsPage", "Move the item down"),
            QKeySequence("Alt+Down").toString(native),
        )
        self.uncheck_button = button(
            QCoreApplication.translate("ChecklistsPage", "Uncheck &all"),
            QCoreApplication.translate("ChecklistsPage", "Uncheck all items"),
            QCoreApplication.translate("ChecklistsPage", "Ctrl+Z undoes"),
        )
        for widget, meaning in ((self.add_button, "add"), (self.edit_button, "edit"), (self.delete_button, "delete")):
            widget.setIcon(icon(meaning))
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self.edit_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        self.up_button.clicked.connect(lambda: self.move_requested.emit(-1))
        self.down_button.clicked.connect(lambda: self.move_requested.emit(1))
        self.uncheck_button.clicked.connect(self.uncheck_requested)
        self.group_box = QCheckBox(QCoreApplication.translate("ChecklistsPage", "&Group by section"))
        self.group_box.setAccessibleName(QCoreApplication.translate("ChecklistsPage", "Group items by section"))
        self.group_box.setChecked(True)
        self.open_only_box = QCheckBox(QCoreApplication.translate("ChecklistsPage", "&Open items only"))
        self.open_only_box.setAccessibleName(QCoreApplication.translate("ChecklistsPage", "Show open items only"))
        self.group_box.toggled.connect(self.apply_view_options)
        self.open_only_box.toggled.connect(self.apply_view_options)
        self.export_button = QToolButton()
        self.export_button.setText(QCoreApplication.translate("ChecklistsPage", "E&xport"))
        self.export_button.setIcon(icon("export"))
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.export_button.setAccessibleName(
            QCoreApplication.translate("ChecklistsPage", "Export or print the checklist")
        )
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.export_markdown_action = menu.addAction(
            icon("markdown"), QCoreApplication.translate("ChecklistsPage", "As &Markdown…")
        )
        self.export_pdf_action = menu.addAction(icon("pdf"), QCoreApplication.translate("ChecklistsPage", "As &PDF…"))
        self.print_action = QAction(icon("print"), QCoreApplication.translate("ChecklistsPage", "&Print…"), self)
        menu.addAction(self.print_action)
        menu.addSeparator()
        self.save_template_action = menu.addAction(
            QCoreApplication.translate("ChecklistsPage", "Save as &my template…")
        )
        self.export_button.setMenu(menu)
        self._tools = QHBoxLayout()
        self._tools.setSpacing(GRID)
        for widget in (self.add_button, self.edit_button, self.delete_button, self.up_button, self.down_button):
            self._tools.addWidget(widget)
        self._tools.addStretch(1)
        self._tools.addWidget(self.export_button)
        self._options = QHBoxLayout()  # view options, and the whole-run step, on a second row: narrow in Russian too
        self._options.setSpacing(GRID)
        self._options.addWidget(self.group_box)
        self._options.addWidget(self.open_only_box)
        self._options.addStretch(1)
        self._options.addWidget(self.uncheck_button)

    # ----- the run -----------------------------------------------------------------------------------------
    def show_run(self, title: str, subtitle: str, items: Sequence[RunItem], focus_item: int | None = None) -> None:
        """Show a run's items, selecting ``focus_item`` (or the first item)."""
        self.commit_note()
        self.showing_run = True
        self.setCurrentIndex(1)
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.model.set_items(items)
        self.update_progress()
        if focus_item is None or not self.select_item(focus_item):
            self.select_first_item()
        self._on_item_current(self.view.currentIndex())

    def show_nothing(self) -> None:
        self.commit_note()
        self.showing_run = False
        self.model.set_items([])
        self.setCurrentIndex(0)
        self._on_item_current(QModelIndex())

    def select_item(self, item_id: int) -> bool:
        row = self.model.row_of(item_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))
        return row >= 0

    def select_first_item(self) -> None:
        for row in range(self.model.rowCount()):
            if self.model.item_at(row) is not None:
                self.view.setCurrentIndex(self.model.index(row))
                return

    def select_near(self, row: int) -> None:
        """Keep the keyboard where it was: select the item now at ``row`` (or a neighbour)."""
        for candidate in (row, row - 1, row + 1, row - 2):
            if self.model.item_at(candidate) is not None:
                self.view.setCurrentIndex(self.model.index(candidate))
                return

    def current_item(self) -> RunItem | None:
        index = self.view.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None

    def sections(self) -> list[str]:
        """The run's sections in the order they first appear."""
        return list(dict.fromkeys(item.section for item in self.model.items()))

    def update_progress(self) -> None:
        items = self.model.items()
        done = sum(1 for i in items if i.checked)
        self.progress.setValue((done * 100) // len(items) if items else 0)
        self.progress.setToolTip(
            QCoreApplication.translate("ChecklistsPage", "%1 of %2 done")
            .replace("%1", str(done))
            .replace("%2", str(len(items)))
        )

    def apply_view_options(self) -> None:
        """Grouping or “open items only” changed (or a tick hid a row): rebuild the rows, keeping the current item."""
        focus = self.current_item()
        self.model.set_view(self.group_box.isChecked(), self.open_only_box.isChecked())
        if focus is None or not self.select_item(focus.id):
            self.select_first_item()
        self._on_item_current(self.view.currentIndex())

    def toggle_current(self) -> bool:
        """Tick or untick the current item (as Space does); returns whether it was committed."""
        index = self.view.currentIndex()
        item = self.model.item_at(index.row()) if index.isValid() else None
        if item is None:
            return False
        state = Qt.CheckState.Unchecked if item.checked else Qt.CheckState.Checked
        return self.model.setData(index, state.value, Qt.ItemDataRole.CheckStateRole)

    def show_changed_item(self, item: RunItem, select: bool) -> None:
        """An item changed in place (its note): the note field keeps its cursor; ``select`` brings it into view."""
        self.model.replace_item(item)
        current = self.current_item()
        if current is not None and current.id == item.id:
            self._set_note_text(item.note)
            self._note_item = item.id
        elif select:
            self.select_item(item.id)  # fills the note field

    # ----- the current item and its note -------------------------------------------------------------------
    def _on_item_current(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        self.commit_note()
        item = self.model.item_at(index.row()) if index.isValid() else None
        self._note_item = None
        self._set_note_text(item.note if item is not None else "")
        self.note.setEnabled(item is not None)
        self._note_item = item.id if item is not None else None
        hint = item.hint if item is not None else ""
        self.hint.setText(QCoreApplication.translate("ChecklistsPage", "Hint: %1").replace("%1", hint) if hint else "")
        self.hint.setVisible(bool(hint))
        self._update_enabled()

    def _set_note_text(self, text: str) -> None:
        if self.note.toPlainText().strip() != text:  # unchanged text keeps the cursor where it is
            self.note.blockSignals(True)
            self.note.setPlainText(text)
            self.note.blockSignals(False)

    def _on_note_typed(self) -> None:
        if self._note_item is not None:
            self.note_saver.poke()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note and event.type() == QEvent.Type.FocusOut:
            self.commit_note()
        return super().eventFilter(watched, event)

    def commit_note(self) -> None:
        """Hand on the note being typed (after a pause, on leaving the field, before anything else changes)."""
        self.note_saver.cancel()
        item_id = self._note_item
        if item_id is None:
            return
        text = self.note.toPlainText().strip()
        current = next((i for i in self.model.items() if i.id == item_id), None)
        if current is None or current.note == text:
            return
        self._note_item = None  # saving reloads the item; do not re-enter
        self.note_edited.emit(item_id, text)

    def _update_enabled(self) -> None:
        has_item = self.showing_run and self.current_item() is not None
        for widget in (self.add_button, self.uncheck_button, self.export_button):
            widget.setEnabled(self.showing_run)
        for widget in (self.edit_button, self.delete_button, self.up_button, self.down_button):
            widget.setEnabled(has_item)
