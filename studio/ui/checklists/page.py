"""The Checklists tab: interviews with their runs on the left, the selected run on the right.

Every tick is committed to the store before the checkbox shows it (see :class:`ChecklistModel`). Every other
change goes through an undo command on the window's shared ``undo_stack``, so Edit → Undo / Ctrl+Z reverts
checklist steps and interview steps in the order they were made.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.core.checklists import ExportLabels, RunExport, RunItem, step, suggest_templates
from studio.core.content import ChecklistTemplate, ContentError
from studio.ui.checklists import commands
from studio.ui.checklists.dialogs import ItemDialog, SaveTemplateDialog, TemplateChoice, TemplatePicker
from studio.ui.checklists.model import ChecklistModel
from studio.ui.context import StudioContext
from studio.ui.dialogs.ask import ask
from studio.ui.labels import stage_label
from studio.ui.timefmt import to_local

if TYPE_CHECKING:
    from studio.content import Library
    from studio.store.checklists import ChecklistRepository, RunSummary
    from studio.store.models import Interview

log = logging.getLogger(__name__)

RUN_ROLE = Qt.ItemDataRole.UserRole + 10
INTERVIEW_ROLE = Qt.ItemDataRole.UserRole + 11
STANDALONE = -1  # the tree node of runs without an interview


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


class ChecklistsPage(QWidget):
    """The tab page; see the module docstring."""

    def __init__(
        self,
        context: StudioContext,
        undo_stack: QUndoStack,
        library: Library | None = None,
        sidebar: QObject | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from studio.store.checklists import ChecklistRepository
        from studio.store.interviews import InterviewRepository

        assert context.store is not None
        self.context = context
        self.undo_stack = undo_stack
        self.repository: ChecklistRepository = ChecklistRepository(context.store)
        self.interview_repository = InterviewRepository(context.store)
        self.library = library if library is not None else self._load_library()
        self.run_id: int | None = None
        self._known_interviews: set[int] = set()
        self._orphans: dict[int, set[int]] = {}
        self._interviews: dict[int, Interview] = {}
        self._summaries: dict[int, RunSummary] = {}
        self._note_item: int | None = None
        self._building = False
        self.applying = False  # an undo command is running: notes are saved directly, not pushed
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(800)
        self._note_timer.timeout.connect(self.commit_note)
        self._build()
        self.refresh_runs()
        self._known_interviews = set(self._interviews)
        context.events.interviews_changed.connect(self._on_interviews_changed)
        if sidebar is not None and hasattr(sidebar, "selection_changed"):
            sidebar.selection_changed.connect(self._on_sidebar_selection)

    # ----- building ----------------------------------------------------------------------------------------
    def _button(self, text: str, accessible: str, slot: Any, tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        # left: interviews → runs
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Interviews and their checklists"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Checklist"), self.tr("Ready")])
        self.tree.header().setAccessibleName(self.tr("Checklist columns"))
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(False)  # two explicit lines per row, each elided; wrapping mis-sizes rows
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.currentItemChanged.connect(self._on_tree_current)
        self.start_button = self._button(
            self.tr("&Start a run…"), self.tr("Start a checklist run"), self.start_run_dialog
        )
        self.duplicate_button = self._button(
            self.tr("D&uplicate"), self.tr("Duplicate the checklist run"), self.duplicate_run
        )
        self.archive_button = self._button(self.tr("&Archive"), self.tr("Archive the checklist run"), self.archive_run)
        self.delete_run_button = self._button(
            self.tr("Delete run"), self.tr("Delete the checklist run"), self.delete_run, self.tr("Ctrl+Z undoes")
        )
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.setAccessibleName(self.tr("Show archived checklist runs"))
        self.show_archived.toggled.connect(lambda _on: self.refresh_runs())
        self.templates_button = QToolButton()
        self.templates_button.setText(self.tr("Templates"))
        self.templates_button.setAccessibleName(self.tr("Template actions"))
        self.templates_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        templates_menu = QMenu(self.templates_button)
        self.import_template_action = templates_menu.addAction(self.tr("&Import a template (TOML)…"))
        self.import_template_action.triggered.connect(self.import_template)
        self.export_template_action = templates_menu.addAction(self.tr("&Export a template (TOML)…"))
        self.export_template_action.triggered.connect(self.export_template)
        self.templates_button.setMenu(templates_menu)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        left_layout.addWidget(self.tree, 1)
        row1 = QHBoxLayout()
        row1.addWidget(self.start_button)
        row1.addWidget(self.duplicate_button)
        row2 = QHBoxLayout()
        row2.addWidget(self.archive_button)
        row2.addWidget(self.delete_run_button)
        row3 = QHBoxLayout()
        row3.addWidget(self.show_archived)
        row3.addStretch(1)
        row3.addWidget(self.templates_button)
        for row in (row1, row2, row3):
            left_layout.addLayout(row)

        # right: the selected run
        self.title = QLabel()
        self.title.setObjectName("checklistTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Readiness"))
        self.progress.setFormat(self.tr("%p % ready"))

        self.model = ChecklistModel(self)
        self.model.commit_tick = self._commit_tick
        self.model.request_move = self._request_move
        self.model.tick_committed.connect(self._on_tick_committed)
        self.view = ItemsView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Checklist items"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragDropOverwriteMode(False)
        self.view.setDropIndicatorShown(True)
        self.view.setWordWrap(True)
        self.view.setSpacing(2)
        self.view.setAlternatingRowColors(False)
        self.view.move_requested.connect(self.move_selected)
        self.view.delete_requested.connect(self.delete_item)
        self.view.edit_requested.connect(self.edit_item)
        self.view.doubleClicked.connect(lambda _index: self.edit_item())
        self.view.selectionModel().currentChanged.connect(self._on_item_current)
        # The same steps as actions: a right-click menu on the list, and listed in Help → Keyboard shortcuts.
        # The view handles the keys itself (see ItemsView), so these never fire twice.
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for text, keys, slot in (
            (self.tr("Tick / untick item"), "Space", self.toggle_current),
            (self.tr("Edit item…"), "F2", self.edit_item),
            (self.tr("Delete item"), "Del", self.delete_item),
            (self.tr("Move item up"), "Alt+Up", lambda: self.move_selected(-1)),
            (self.tr("Move item down"), "Alt+Down", lambda: self.move_selected(1)),
            (self.tr("Add item…"), "", self.add_item),
        ):
            action = QAction(text, self.view)
            if keys:
                action.setShortcut(QKeySequence(keys))
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, run=slot: run())
            self.view.addAction(action)

        self.add_button = self._button(self.tr("A&dd…"), self.tr("Add an item"), self.add_item)
        self.edit_button = self._button(self.tr("&Edit…"), self.tr("Edit the item"), self.edit_item, "F2")
        self.delete_button = self._button(
            self.tr("De&lete"), self.tr("Delete the item"), self.delete_item, self.tr("Del; Ctrl+Z undoes")
        )
        self.up_button = self._button("↑", self.tr("Move the item up"), lambda: self.move_selected(-1), "Alt+Up")
        self.down_button = self._button("↓", self.tr("Move the item down"), lambda: self.move_selected(1), "Alt+Down")
        for button in (self.up_button, self.down_button):
            button.setFixedWidth(max(32, button.sizeHint().height()))
        self.uncheck_button = self._button(
            self.tr("Uncheck &all"), self.tr("Uncheck all items"), self.uncheck_all, self.tr("Ctrl+Z undoes")
        )
        self.group_box = QCheckBox(self.tr("&Group by section"))
        self.group_box.setAccessibleName(self.tr("Group items by section"))
        self.group_box.setChecked(True)
        self.open_only_box = QCheckBox(self.tr("&Open items only"))
        self.open_only_box.setAccessibleName(self.tr("Show open items only"))
        self.group_box.toggled.connect(self._on_view_options)
        self.open_only_box.toggled.connect(self._on_view_options)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("E&xport"))
        self.export_button.setAccessibleName(self.tr("Export or print the checklist"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        export_menu = QMenu(self.export_button)
        self.export_markdown_action = export_menu.addAction(self.tr("As &Markdown…"))
        self.export_markdown_action.triggered.connect(self.export_markdown)
        self.export_pdf_action = export_menu.addAction(self.tr("As &PDF…"))
        self.export_pdf_action.triggered.connect(self.export_pdf)
        self.print_action = QAction(self.tr("&Print…"), self)
        self.print_action.triggered.connect(self.print_run)
        export_menu.addAction(self.print_action)
        export_menu.addSeparator()
        self.save_template_action = export_menu.addAction(self.tr("Save as &my template…"))
        self.save_template_action.triggered.connect(self.save_as_template)
        self.export_button.setMenu(export_menu)

        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("checklistHint")
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note for the selected item"))
        self.note.setPlaceholderText(self.tr("A note for this item…"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(64)
        self.note.textChanged.connect(self._on_note_typed)
        self.note.installEventFilter(self)

        tools = QHBoxLayout()
        for widget in (self.add_button, self.edit_button, self.delete_button, self.up_button, self.down_button):
            tools.addWidget(widget)
        tools.addStretch(1)
        tools.addWidget(self.uncheck_button)
        tools.addWidget(self.export_button)
        options = QHBoxLayout()
        options.addWidget(self.group_box)
        options.addWidget(self.open_only_box)
        options.addStretch(1)
        run_panel = QWidget()
        right_layout = QVBoxLayout(run_panel)
        right_layout.setContentsMargins(4, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.subtitle)
        right_layout.addWidget(self.progress)
        right_layout.addLayout(tools)
        right_layout.addLayout(options)
        right_layout.addWidget(self.view, 1)
        right_layout.addWidget(self.hint)
        note_label = QLabel(self.tr("&Note:"))
        note_label.setBuddy(self.note)
        right_layout.addWidget(note_label)
        right_layout.addWidget(self.note)

        self.empty = QLabel(
            self.tr(
                "Pick a checklist on the left, or start one with “Start a run…”.\n\n"
                "Each interview gets its own copy of a checklist, ticked off independently."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget()
        self.right.addWidget(self.empty)
        self.right.addWidget(run_panel)

        splitter = QSplitter()
        splitter.setObjectName("checklistsSplitter")
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 600])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
        self._update_enabled()

    def _load_library(self) -> Library | None:
        cached = self.context.extras.get("library")
        if cached is not None:
            return cached  # type: ignore[no-any-return]
        from studio.content import load_library

        try:
            library = load_library(user_dir=self.context.paths.user_content_dir)
        except ContentError as exc:
            log.exception("content could not be loaded")
            self.context.messages.error(self.tr("Checklist templates could not be loaded: %1").replace("%1", str(exc)))
            return None
        self.context.extras["library"] = library
        return library

    # ----- templates ---------------------------------------------------------------------------------------
    def template_choices(self) -> list[TemplateChoice]:
        """Built-in templates in the studio's language (others labelled), then the user's own."""
        lang = self.context.language
        out: list[TemplateChoice] = []
        if self.library is not None:
            for template in self.library.checklists(lang):
                label = template.title
                if template.fallback_from:
                    label += f" [{template.fallback_from.upper()}]"
                if template.origin == "user":  # the user's own file in the content folder (Library tab)
                    mine = self.tr("my template")
                    label += f" ({mine})"
                out.append(TemplateChoice(template, label))
        for row_id, template in self.repository.user_templates():
            mine = self.tr("my template")
            suffix = f" ({mine}, {template.lang.upper()})" if template.lang != lang else f" ({mine})"
            out.append(TemplateChoice(template, template.title + suffix, row_id))
        return out

    def builtin_ids(self) -> list[str]:
        return self.library.ids("checklists") if self.library is not None else []

    def _template(self, template_id: str) -> ChecklistTemplate | None:
        for choice in self.template_choices():
            if choice.template.id == template_id:
                return choice.template
        return None

    # ----- left tree ---------------------------------------------------------------------------------------
    def refresh_runs(self) -> None:
        """Rebuild the tree of interviews and runs, keeping the selection."""
        self._building = True
        try:
            self._interviews = {row.id: row for row in self.interview_repository.list() if row.id is not None}
            summaries = self.repository.summaries(include_archived=self.show_archived.isChecked())
            self._summaries = {s.id: s for s in summaries}
            self.tree.clear()
            nodes: dict[int, QTreeWidgetItem] = {}
            for interview_id, interview in self._interviews.items():
                node = QTreeWidgetItem([self._interview_label(interview), ""])
                node.setData(0, INTERVIEW_ROLE, interview_id)
                node.setToolTip(0, node.text(0))
                font = node.font(0)
                font.setBold(True)
                node.setFont(0, font)
                self.tree.addTopLevelItem(node)
                nodes[interview_id] = node
            standalone = QTreeWidgetItem([self.tr("Standalone checklists"), ""])
            standalone.setData(0, INTERVIEW_ROLE, STANDALONE)
            font = standalone.font(0)
            font.setBold(True)
            standalone.setFont(0, font)
            self.tree.addTopLevelItem(standalone)
            nodes[STANDALONE] = standalone
            current: QTreeWidgetItem | None = None
            for summary in summaries:
                parent = nodes.get(summary.run.interview_id or STANDALONE, standalone)
                child = QTreeWidgetItem(["", ""])
                child.setData(0, RUN_ROLE, summary.id)
                self._fill_run_item(child, summary)
                parent.addChild(child)
                if summary.id == self.run_id:
                    current = child
            self.tree.expandAll()
            if current is not None:
                self.tree.setCurrentItem(current)
        finally:
            self._building = False
        if self.run_id is not None and self.run_id not in self._summaries:
            self.show_run(None)
        self._update_enabled()

    def _interview_label(self, interview: Interview) -> str:
        local = to_local(interview.scheduled_at)
        when = local.strftime("%Y-%m-%d %H:%M") if local else self.tr("date not set")
        head = interview.company + (f" — {interview.role}" if interview.role else "")
        return f"{head}\n{when} · {stage_label(interview.stage)}"

    def _fill_run_item(self, node: QTreeWidgetItem, summary: RunSummary) -> None:
        run = summary.run
        local = to_local(run.created_at)
        started = local.strftime("%Y-%m-%d") if local else ""
        archived = self.tr("archived")
        started_text = self.tr("started %1").replace("%1", started)
        name = run.title + (f" ({archived})" if run.archived else "")
        node.setText(0, f"{name}\n{started_text}")
        node.setText(1, f"{summary.readiness.percent} %")
        node.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        node.setToolTip(
            0,
            self.tr("%1 of %2 done")
            .replace("%1", str(summary.readiness.checked))
            .replace("%2", str(summary.readiness.total)),
        )

    def _run_node(self, run_id: int) -> QTreeWidgetItem | None:
        for top in range(self.tree.topLevelItemCount()):
            parent = self.tree.topLevelItem(top)
            for index in range(parent.childCount()):
                child = parent.child(index)
                if child.data(0, RUN_ROLE) == run_id:
                    return child
        return None

    def _interview_node(self, interview_id: int) -> QTreeWidgetItem | None:
        for top in range(self.tree.topLevelItemCount()):
            node = self.tree.topLevelItem(top)
            if node.data(0, INTERVIEW_ROLE) == interview_id:
                return node
        return None

    def select_run(self, run_id: int | None) -> None:
        node = self._run_node(run_id) if run_id is not None else None
        if node is None:
            self.show_run(None)
        elif node is self.tree.currentItem():
            self.show_run(run_id)
        else:
            self.tree.setCurrentItem(node)

    def selected_interview(self) -> int | None:
        """The interview the current tree row belongs to (None: standalone or nothing)."""
        node = self.tree.currentItem()
        if node is None:
            return None
        if node.parent() is not None:
            node = node.parent()
        value = node.data(0, INTERVIEW_ROLE)
        return None if value in (None, STANDALONE) else int(value)

    def _on_tree_current(self, current: QTreeWidgetItem | None, _previous: object = None) -> None:
        if self._building:
            return
        run_id = current.data(0, RUN_ROLE) if current is not None else None
        self.show_run(int(run_id) if run_id is not None else None)

    def _on_sidebar_selection(self, interview_id: object) -> None:
        """The sidebar picked an interview: show its first run (or its node) here too."""
        if not isinstance(interview_id, int):
            return
        current = self.tree.currentItem()
        if current is not None and self.selected_interview() == interview_id:
            return
        node = self._interview_node(interview_id)
        if node is not None:
            self.tree.setCurrentItem(node.child(0) if node.childCount() else node)

    # ----- right: the run ----------------------------------------------------------------------------------
    def show_run(self, run_id: int | None, focus_item: int | None = None) -> None:
        self.commit_note()
        self.run_id = run_id
        run = self.repository.get_run(run_id) if run_id is not None else None
        if run is None:
            self.run_id = None
            self.model.set_items([])
            self.right.setCurrentIndex(0)
            self._update_enabled()
            return
        self.right.setCurrentIndex(1)
        self.title.setText(run.title)
        interview = self._interviews.get(run.interview_id) if run.interview_id is not None else None
        if interview is not None:
            self.subtitle.setText(self._interview_label(interview).replace("\n", " · "))
        else:
            self.subtitle.setText(self.tr("Standalone checklist"))
        self.archive_button.setText(self.tr("Un&archive") if run.archived else self.tr("&Archive"))
        self.model.set_items(self.repository.run_items(run_id))  # type: ignore[arg-type]
        self._update_progress()
        if focus_item is not None and self.model.row_of(focus_item) >= 0:
            self.view.setCurrentIndex(self.model.index(self.model.row_of(focus_item)))
        else:
            self._select_first_item()
        self._on_item_current(self.view.currentIndex())
        self._update_enabled()

    def _select_first_item(self) -> None:
        for row in range(self.model.rowCount()):
            if self.model.item_at(row) is not None:
                self.view.setCurrentIndex(self.model.index(row))
                return

    def _update_progress(self) -> None:
        items = self.model.items()
        done = sum(1 for i in items if i.checked)
        percent = (done * 100) // len(items) if items else 0
        self.progress.setValue(percent)
        self.progress.setToolTip(self.tr("%1 of %2 done").replace("%1", str(done)).replace("%2", str(len(items))))

    def current_item(self) -> RunItem | None:
        index = self.view.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None

    def _on_item_current(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        self.commit_note()
        item = self.model.item_at(index.row()) if index.isValid() else None
        self._note_item = None
        wanted = item.note if item is not None else ""
        if self.note.toPlainText().strip() != wanted:  # unchanged text keeps the cursor where it is
            self.note.blockSignals(True)
            self.note.setPlainText(wanted)
            self.note.blockSignals(False)
        self.note.setEnabled(item is not None)
        self._note_item = item.id if item is not None else None
        hint = item.hint if item is not None else ""
        self.hint.setText(self.tr("Hint: %1").replace("%1", hint) if hint else "")
        self.hint.setVisible(bool(hint))
        self._update_enabled()

    def _update_enabled(self) -> None:
        has_run = self.run_id is not None
        has_item = has_run and self.current_item() is not None
        for widget in (
            self.duplicate_button,
            self.archive_button,
            self.delete_run_button,
            self.add_button,
            self.uncheck_button,
            self.export_button,
        ):
            widget.setEnabled(has_run)
        for widget in (self.edit_button, self.delete_button, self.up_button, self.down_button):
            widget.setEnabled(has_item)

    def _on_view_options(self) -> None:
        focus = self.current_item()
        self.model.set_view(self.group_box.isChecked(), self.open_only_box.isChecked())
        if focus is not None and self.model.row_of(focus.id) >= 0:
            self.view.setCurrentIndex(self.model.index(self.model.row_of(focus.id)))
        else:
            self._select_first_item()
        self._on_item_current(self.view.currentIndex())

    # ----- ticks: durable first, shown second -------------------------------------------------------------
    def _commit_tick(self, item_id: int, checked: bool) -> bool:
        try:
            self.repository.set_checked(item_id, checked)
        except Exception as exc:
            log.exception("tick not saved")
            self.context.messages.error(self.tr("The tick could not be saved: %1").replace("%1", str(exc)))
            return False
        return True

    def _on_tick_committed(self, _item_id: int, _checked: bool) -> None:
        self._update_progress()
        if self.run_id is not None:
            node = self._run_node(self.run_id)
            summary = self._summaries.get(self.run_id)
            if node is not None and summary is not None:
                from studio.store.checklists import RunSummary

                fresh = RunSummary(summary.run, self.repository.readiness(self.run_id))
                self._summaries[self.run_id] = fresh
                self._fill_run_item(node, fresh)
        if self.open_only_box.isChecked():
            QTimer.singleShot(0, self._on_view_options)  # let the view finish its click before the row goes

    def toggle_current(self) -> bool:
        """Tick or untick the current item (as Space does); returns whether it was committed."""
        index = self.view.currentIndex()
        item = self.model.item_at(index.row()) if index.isValid() else None
        if item is None:
            return False
        state = Qt.CheckState.Unchecked if item.checked else Qt.CheckState.Checked
        return self.model.setData(index, state.value, Qt.ItemDataRole.CheckStateRole)

    # ----- undoable steps ----------------------------------------------------------------------------------
    def changed(self, run_id: int | None, item_id: int | None = None) -> None:
        """After a command: reload the tree and show ``run_id`` with ``item_id`` selected."""
        self.run_id = run_id
        self.refresh_runs()
        if run_id is not None and self._run_node(run_id) is None and self.show_archived.isChecked() is False:
            run = self.repository.get_run(run_id)
            if run is not None and run.archived:
                self.show_archived.setChecked(True)
        node = self._run_node(run_id) if run_id is not None else None
        if node is not None:
            self._building = True
            self.tree.setCurrentItem(node)
            self._building = False
        self.show_run(run_id if node is not None else None, item_id)

    def item_changed(self, run_id: int, item_id: int, select: bool = True) -> None:
        """After a note change: update that item in place (the note field keeps its cursor).

        ``select`` (undo / redo) also brings the item into view; a note saved because the user moved on to
        another item must not pull the selection back.
        """
        row = self.repository.get_item(item_id)
        if run_id != self.run_id or row is None:
            self.changed(run_id, item_id)
            return
        from studio.store.checklists import as_run_item

        item = as_run_item(row)
        self.model.replace_item(item)
        current = self.current_item()
        if current is not None and current.id == item_id:
            if self.note.toPlainText().strip() != item.note:
                self.note.blockSignals(True)
                self.note.setPlainText(item.note)
                self.note.blockSignals(False)
            self._note_item = item_id
        elif select and self.model.row_of(item_id) >= 0:
            self.view.setCurrentIndex(self.model.index(self.model.row_of(item_id)))  # fills the note field

    def failed(self, exc: Exception) -> None:
        self.context.messages.error(self.tr("The change could not be saved: %1").replace("%1", str(exc)))

    def push(self, command: commands._Command) -> None:
        self.commit_note()
        self.undo_stack.push(command)

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally; tests replace this to fill it in."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def start_run_dialog(self) -> int | None:
        """Pick a template and what it is for; start the run. Returns the new run id."""
        targets: list[tuple[int | None, str]] = [(None, self.tr("No interview (standalone)"))]
        targets += [(i, self._interview_label(row).replace("\n", " · ")) for i, row in self._interviews.items()]
        dialog = TemplatePicker(self.template_choices(), targets, self.selected_interview(), parent=self)
        if not self.run_dialog(dialog):
            return None
        choice = dialog.chosen()
        if choice is None:
            return None
        return self.start_run(choice.template, dialog.chosen_target())

    def start_run(self, template: ChecklistTemplate, interview_id: int | None) -> int | None:
        command = commands.StartRun(
            self, self.tr("Start checklist “%1”").replace("%1", template.title), template, interview_id
        )
        self.push(command)
        return command.run_id

    def duplicate_run(self) -> None:
        if self.run_id is None:
            return
        run = self.repository.get_run(self.run_id)
        if run is None:
            return
        self.push(
            commands.DuplicateRun(
                self, self.tr("Duplicate checklist “%1”").replace("%1", run.title), self.run_id, run.interview_id
            )
        )
        self.context.messages.info(self.tr("Checklist duplicated. Ctrl+Z removes the copy."))

    def archive_run(self) -> None:
        if self.run_id is None:
            return
        run = self.repository.get_run(self.run_id)
        if run is None:
            return
        text = self.tr("Unarchive “%1”") if run.archived else self.tr("Archive “%1”")
        self.push(commands.Archive(self, text.replace("%1", run.title), self.run_id, not run.archived))
        if not run.archived:
            self.context.messages.info(self.tr("Checklist archived. Ctrl+Z brings it back."))

    def delete_run(self) -> None:
        if self.run_id is None:
            return
        run = self.repository.get_run(self.run_id)
        if run is None:
            return
        self.push(commands.DeleteRun(self, self.tr("Delete checklist “%1”").replace("%1", run.title), self.run_id))
        self.context.messages.info(self.tr("Checklist deleted. Ctrl+Z brings it back."))

    def _sections(self) -> list[str]:
        seen: list[str] = []
        for item in self.model.items():
            if item.section not in seen:
                seen.append(item.section)
        return seen

    def add_item(self) -> None:
        if self.run_id is None:
            return
        current = self.current_item()
        dialog = ItemDialog(self._sections(), section=current.section if current else "", parent=self)
        if not self.run_dialog(dialog):
            return
        text, section, hint = dialog.values()
        order = [i.id for i in self.model.items()]
        index = order.index(current.id) + 1 if current is not None else None
        self.push(commands.AddItem(self, self.tr("Add item"), self.run_id, (text, section, hint), index))

    def edit_item(self) -> None:
        current = self.current_item()
        if self.run_id is None or current is None:
            return
        dialog = ItemDialog(self._sections(), current.text, current.section, current.hint, parent=self)
        if not self.run_dialog(dialog):
            return
        text, section, hint = dialog.values()
        values = {
            key: new
            for key, new, old in (
                ("text", text, current.text),
                ("section", section, current.section),
                ("hint", hint, current.hint),
            )
            if new != old
        }
        if values:
            self.push(commands.EditItem(self, self.tr("Edit item"), self.run_id, current.id, values))

    def delete_item(self) -> None:
        current = self.current_item()
        if self.run_id is None or current is None:
            return
        row = self.view.currentIndex().row()
        self.push(
            commands.DeleteItem(self, self.tr("Delete item “%1”").replace("%1", current.text), self.run_id, current.id)
        )
        # keep the keyboard where it was: select the item now at that row (or the last one)
        for candidate in (row, row - 1, row + 1, row - 2):
            if self.model.item_at(candidate) is not None:
                self.view.setCurrentIndex(self.model.index(candidate))
                break
        self.context.messages.info(self.tr("Item deleted. Ctrl+Z brings it back."))

    def move_selected(self, delta: int) -> None:
        """Alt+Up / Alt+Down: move among the visible items (into the next section when grouped)."""
        current = self.current_item()
        if self.run_id is None or current is None:
            return
        order = [i.id for i in self.model.items()]
        visible = self.model.visible_ids()
        new_order = step(order, visible, current.id, delta)
        if new_order is None:
            return
        neighbour_id = visible[visible.index(current.id) + delta]
        neighbour = next(i for i in self.model.items() if i.id == neighbour_id)
        sections = {}
        if self.model.grouped and neighbour.section != current.section:
            # crossing a section header: join the neighbour's section at its edge, do not jump past it
            sections = {current.id: neighbour.section}
            new_order = order
        self._push_reorder(new_order, sections, current.id)
        self.view.setFocus()

    def _request_move(self, ids: list[int], sections: dict[int, str]) -> bool:
        moving = next(iter(sections), None)
        if moving is None:
            changed = [a for a, b in zip(ids, [i.id for i in self.model.items()], strict=True) if a != b]
            moving = changed[0] if changed else None
        QTimer.singleShot(0, lambda: self._push_reorder(ids, sections, moving))  # after the view's drop ends
        return True

    def _push_reorder(self, ids: list[int], sections: dict[int, str], focus: int | None) -> None:
        if self.run_id is None:
            return
        self.push(commands.Reorder(self, self.tr("Move item"), self.run_id, list(ids), sections, focus))

    def uncheck_all(self) -> None:
        if self.run_id is None:
            return
        self.push(commands.UncheckAll(self, self.tr("Uncheck all"), self.run_id))
        self.context.messages.info(self.tr("All items unchecked. Ctrl+Z brings the ticks back."))

    # ----- notes -------------------------------------------------------------------------------------------
    def _on_note_typed(self) -> None:
        if self._note_item is not None:
            self._note_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note and event.type() == QEvent.Type.FocusOut:
            self.commit_note()
        return super().eventFilter(watched, event)

    def commit_note(self) -> None:
        """Save the note being typed (after a pause, on leaving the field, before anything else changes)."""
        self._note_timer.stop()
        item_id, run_id = self._note_item, self.run_id
        if item_id is None or run_id is None:
            return
        text = self.note.toPlainText().strip()
        current = next((i for i in self.model.items() if i.id == item_id), None)
        if current is None or current.note == text:
            return
        self._note_item = None  # the command reloads the model; do not re-enter
        if self.applying:  # never push onto the stack from inside another step's redo/undo
            self.repository.set_note(item_id, text)
            return
        self.undo_stack.push(commands.SetNote(self, self.tr("Edit note"), run_id, item_id, text))

    # ----- interviews --------------------------------------------------------------------------------------
    def _on_interviews_changed(self) -> None:
        before = {s.id: s.run.interview_id for s in self._summaries.values()}
        self.refresh_runs()
        # A deleted interview leaves its runs standalone (ON DELETE SET NULL); remember them, so that undoing
        # the deletion (same id back) gives the runs back to it.
        for run_id, interview_id in before.items():
            if interview_id is not None and interview_id not in self._interviews:
                self._orphans.setdefault(interview_id, set()).add(run_id)
        back = [i for i in self._orphans if i in self._interviews]
        for interview_id in back:
            if self.repository.relink(self._orphans.pop(interview_id), interview_id):
                self.refresh_runs()
        new = [i for i in self._interviews if i not in self._known_interviews]
        self._known_interviews |= set(self._interviews)
        for interview_id in new:
            self.suggest_for(interview_id)

    def suggest_for(self, interview_id: int) -> list[int]:
        """Offer the checklists that fit a new interview's stage; start them if the user agrees."""
        interview = self._interviews.get(interview_id)
        if interview is None:
            return []
        available = {c.template.id: c.template for c in self.template_choices() if c.user_row is None}
        already = [s.run.template_id for s in self._summaries.values() if s.run.interview_id == interview_id]
        ids = suggest_templates(interview.stage, available, already)
        if not ids:
            return []
        names = "\n".join(f"• {available[i].title}" for i in ids)
        text = (
            self.tr("“%1” is a %2. Start these checklists for it?\n\n%3")
            .replace("%1", interview.company)
            .replace("%2", stage_label(interview.stage).lower())
            .replace("%3", names)
        )
        choice = ask(
            self, self.tr("Checklists for the new interview"), text, [self.tr("Start them"), self.tr("Not now")]
        )
        if choice != 0:
            return []
        started: list[int] = []
        self.undo_stack.beginMacro(self.tr("Start checklists for “%1”").replace("%1", interview.company))
        try:
            for template_id in ids:
                run_id = self.start_run(available[template_id], interview_id)
                if run_id is not None:
                    started.append(run_id)
        finally:
            self.undo_stack.endMacro()
        if started:
            self.changed(started[0])
        return started

    # ----- export, print, templates ------------------------------------------------------------------------
    def choose_save_path(self, title: str, suggested: str, file_filter: str) -> Path | None:
        """Ask where to save; tests replace this."""
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / suggested), file_filter)
        return Path(path) if path else None

    def choose_open_path(self, title: str, file_filter: str) -> Path | None:
        """Ask which file to open; tests replace this."""
        path, _ = QFileDialog.getOpenFileName(self, title, str(Path.home()), file_filter)
        return Path(path) if path else None

    def run_export(self) -> RunExport | None:
        if self.run_id is None:
            return None
        run = self.repository.get_run(self.run_id)
        if run is None:
            return None
        labels = ExportLabels(
            readiness=self.tr("Readiness"), of=self.tr("of"), note=self.tr("Note"), hint=self.tr("Hint"),
            general=self.tr("General"),
        )  # fmt: skip
        interview = self._interviews.get(run.interview_id) if run.interview_id is not None else None
        subtitle = self._interview_label(interview).replace("\n", " · ") if interview is not None else ""
        return RunExport(
            run.title, self.repository.run_items(self.run_id), subtitle, self.group_box.isChecked(), labels
        )

    def _file_name(self, suffix: str) -> str:
        export = self.run_export()
        from studio.core.checklists import slug

        return f"{slug(export.title, 'checklist') if export else 'checklist'}{suffix}"

    def export_markdown(self, path: Path | None = None) -> Path | None:
        export = self.run_export()
        if export is None:
            return None
        path = path or self.choose_save_path(
            self.tr("Export checklist as Markdown"), self._file_name(".md"), self.tr("Markdown (*.md)")
        )
        if path is None:
            return None
        from studio.ui.checklists.export import write_markdown

        return self._write(lambda: write_markdown(export, path), path)

    def export_pdf(self, path: Path | None = None) -> Path | None:
        export = self.run_export()
        if export is None:
            return None
        path = path or self.choose_save_path(
            self.tr("Export checklist as PDF"), self._file_name(".pdf"), self.tr("PDF (*.pdf)")
        )
        if path is None:
            return None
        from studio.ui.checklists.export import write_pdf

        return self._write(lambda: write_pdf(export, path), path)

    def _write(self, action: Any, path: Path) -> Path | None:
        try:
            action()
        except OSError as exc:
            self.context.messages.error(
                self.tr("Could not write %1: %2").replace("%1", str(path)).replace("%2", exc.strerror or str(exc))
            )
            return None
        self.context.messages.info(self.tr("Saved %1.").replace("%1", str(path)))
        return path

    def exec_print_dialog(self, dialog: QDialog) -> bool:
        """Show the print dialog; tests replace this."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def print_run(self) -> bool:
        export = self.run_export()
        if export is None:
            return False
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from studio.ui.checklists.export import print_to

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(export.title)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print checklist"))
        if not self.exec_print_dialog(dialog):
            return False
        print_to(export, printer)
        self.context.messages.info(self.tr("Sent to the printer."))
        return True

    def save_as_template(self) -> str | None:
        """Save the run's items as a template of the user's own; returns its id."""
        if self.run_id is None:
            return None
        run = self.repository.get_run(self.run_id)
        if run is None:
            return None
        source = self._template(run.template_id)
        stage = source.stage if source is not None else "day_of_interview"
        dialog = SaveTemplateDialog(run.title, stage, checklist_stage_labels(), parent=self)
        if not self.run_dialog(dialog):
            return None
        title, stage, description = dialog.values()
        try:
            template = self.repository.template_from_run(
                self.run_id,
                title=title,
                stage=stage,
                lang=self.context.language,
                description=description,
                default_section=self.tr("Checklist"),
            )
            _row, used = self.repository.add_user_template(template, self.builtin_ids())
        except (ValueError, ContentError) as exc:
            self.context.messages.error(self.tr("The template could not be saved: %1").replace("%1", str(exc)))
            return None
        self.context.messages.info(self.tr("Saved as your template “%1”.").replace("%1", title))
        return used

    def import_template(self, path: Path | None = None) -> str | None:
        """Import a template TOML file; a malformed file is refused with the reason and nothing is stored."""
        path = path or self.choose_open_path(self.tr("Import a checklist template"), self.tr("TOML (*.toml)"))
        if path is None:
            return None
        try:
            if path.stat().st_size > 512 * 1024:
                raise ContentError(str(path), None, "<file>", "is larger than 512 KiB")
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            exc: Exception = ContentError(str(path), None, "<encoding>", "not UTF-8 text")
            self._import_failed(exc)
            return None
        except (OSError, ContentError) as exc:
            self._import_failed(exc)
            return None
        try:
            _row, used = self.repository.import_template(text, str(path), self.builtin_ids())
        except ContentError as exc:
            self._import_failed(exc)
            return None
        self.context.messages.info(self.tr("Template imported as “%1”.").replace("%1", used))
        return used

    def _import_failed(self, exc: Exception) -> None:
        self.context.messages.error(self.tr("The template was not imported: %1").replace("%1", str(exc)))

    def export_template(self, path: Path | None = None, template_id: str | None = None) -> Path | None:
        """Export a built-in or own template as TOML (it imports back unchanged)."""
        choices = self.template_choices()
        choice: TemplateChoice | None = None
        if template_id is not None:
            choice = next((c for c in choices if c.template.id == template_id), None)
        else:
            dialog = TemplatePicker(choices, None, title=self.tr("Export a checklist template"), parent=self)
            if self.run_dialog(dialog):
                choice = dialog.chosen()
        if choice is None:
            return None
        path = path or self.choose_save_path(
            self.tr("Export checklist template"),
            f"{choice.template.id}.{choice.template.lang}.toml",
            self.tr("TOML (*.toml)"),
        )
        if path is None:
            return None
        from studio.core.checklists import template_toml
        from studio.ui.checklists.export import _write_atomically

        text = (
            self.repository.user_template_toml(choice.user_row)
            if choice.user_row is not None
            else template_toml(choice.template)
        )
        return self._write(lambda: _write_atomically(path, text.encode("utf-8")), path)

    # ----- lifecycle ---------------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Save a note being typed before the window closes."""
        self.commit_note()


def checklist_stage_labels() -> dict[str, str]:
    """Translated names of the checklist stages (interview stages plus the general ones)."""
    from PySide6.QtCore import QCoreApplication

    def t(text: str) -> str:
        return QCoreApplication.translate("checklists", text)

    labels = {key: stage_label(key) for key in ("phone_screen", "hr_interview", "practical_tasks", "case")}
    labels.update(
        {
            "manager_meeting": stage_label("manager_meeting"),
            "group_interview": stage_label("group_interview"),
            "presentation": stage_label("presentation"),
            "headhunter_call": stage_label("headhunter_call"),
            "offer": t("Offer decision"),
            "vacancy_research": t("Vacancy and company research"),
            "experience_story": t("Story of your experience"),
            "self_presentation": t("Self-presentation"),
            "appearance": t("Appearance and composure"),
            "day_of_interview": t("Day of the interview"),
            "employer_needs": t("What the employer needs"),
        }
    )
    return labels
