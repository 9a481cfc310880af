"""The Library tab: browse and search every question, exercise, checklist, letter and guide, in RU or EN.

Left: a search field (live results), filters by kind, stage and language, and a tree grouped by kind (question sets
open into their questions). Right: the item as readable HTML with the action it leads to — “Rehearse this” (Voice
tab), “Start” (Exercises tab), “Start a run” (Checklists tab), “Copy with my details” (a letter to the clipboard).

Content follows the UI language; an item missing in that language is shown in the other one with a label. The user's
own questions, exercises and checklists (``Paths.user_content_dir``) are marked, can be edited as TOML (validated
before anything is written), imported, exported and deleted (undoable on the window's undo stack).

The library is loaded once per studio (``context.extras["library"]``, shared with the Checklists tab), through the
task runner when no other tab has loaded it yet.
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QUndoCommand,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.content import Library, dump_toml, load_library
from studio.core.content import (
    ChecklistTemplate,
    ContentError,
    Exercise,
    Kind,
    Letter,
    Model,
    QuestionSet,
)
from studio.ui.context import StudioContext
from studio.ui.dialogs.ask import ask
from studio.ui.library import render
from studio.ui.library.dialogs import ItemEditor, LetterDialog, letter_text
from studio.ui.library.user_items import EDITABLE_KINDS, UserItems, skeleton, skeleton_base_id

log = logging.getLogger(__name__)

KEY_ROLE = Qt.ItemDataRole.UserRole
KIND_ORDER: tuple[Kind, ...] = (Kind.QUESTIONS, Kind.EXERCISES, Kind.CHECKLISTS, Kind.LETTERS, Kind.GUIDES)
Key = tuple[Kind, str, str | None]  # kind, item id, nested question id
FALLBACK_STYLE = (
    "QLabel { background: #fff4d6; color: #5a4300; border: 1px solid #e6c66a; border-radius: 4px; padding: 6px; }"
)


class _DeleteItem(QUndoCommand):
    """Delete one of the user's items; undo writes it back."""

    def __init__(self, page: LibraryPage, model: Model) -> None:
        super().__init__(QCoreApplication.translate("LibraryPage", "Delete “%1”").replace("%1", model.title))
        self.page, self.model = page, model

    def redo(self) -> None:
        assert self.page.user_items is not None
        self.page.user_items.delete(self.model)
        self.page.library_changed(None)

    def undo(self) -> None:
        assert self.page.user_items is not None
        self.page.user_items.save(self.model)
        self.page.library_changed((self.model.kind, self.model.id, None))


class _WrappingDelegate(QStyledItemDelegate):
    """Row heights for wrapped text: QTreeView asks for a size before it knows the column's width."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self.tree.viewport().width() - self.tree.indentation() * depth - 8
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if width <= 40 or not text:
            return hint
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font) if isinstance(font, QFont) else option.fontMetrics
        bounds = metrics.boundingRect(QRect(0, 0, width, 100000), Qt.TextFlag.TextWordWrap, text)
        return QSize(hint.width(), max(hint.height(), bounds.height() + 6))


class LibraryPage(QWidget):
    """The Library tab page; see the module docstring.

    Signals:
        library_loaded(): the content is loaded and the tree filled.
        item_shown(str, str, object): kind, item id and nested question id (or None) now in the detail view.
    """

    library_loaded = Signal()
    item_shown = Signal(str, str, object)

    def __init__(self, context: StudioContext, window: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPage")
        self.context = context
        self.main_window = window
        self.library: Library | None = None
        self.user_items: UserItems | None = None
        self.lang = context.language if context.language in ("en", "ru") else "en"
        self.current: Key | None = None
        self._name = ""
        self._build()
        self.load()

    # ----- building ----------------------------------------------------------------------------------------
    def _button(self, text: str, accessible: str, slot: Any, tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the library (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search the library"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.search.returnPressed.connect(self.open_first_result)

        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Show kind"))
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind in KIND_ORDER:
            self.kind_combo.addItem(render.kind_label(kind), kind.value)
        self.kind_combo.currentIndexChanged.connect(self.refresh)

        self.stage_combo = QComboBox()
        self.stage_combo.setAccessibleName(self.tr("Show stage"))
        self.stage_combo.addItem(self.tr("All stages"), None)
        for stage in render.stages_in_order():
            self.stage_combo.addItem(render.stage_label(stage), stage)
        self.stage_combo.currentIndexChanged.connect(self.refresh)

        self.lang_combo = QComboBox()
        self.lang_combo.setAccessibleName(self.tr("Content language"))
        self.lang_combo.setToolTip(self.tr("The language the content is shown in"))
        # Language names in their own script, so each reader finds theirs.
        self.lang_combo.addItem("English", "en")
        self.lang_combo.addItem("Русский", "ru")
        self.lang_combo.setCurrentIndex(self.lang_combo.findData(self.lang))
        self.lang_combo.currentIndexChanged.connect(self._on_lang_chosen)

        self.mine_check = QCheckBox(self.tr("&Only my items"))
        self.mine_check.setAccessibleName(self.tr("Only my items"))
        self.mine_check.toggled.connect(self.refresh)

        filters = QGridLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        kind_label = QLabel(self.tr("&Kind:"))
        kind_label.setBuddy(self.kind_combo)
        stage_label = QLabel(self.tr("S&tage:"))
        stage_label.setBuddy(self.stage_combo)
        lang_label = QLabel(self.tr("Lan&guage:"))
        lang_label.setBuddy(self.lang_combo)
        filters.addWidget(kind_label, 0, 0)
        filters.addWidget(self.kind_combo, 0, 1)
        filters.addWidget(stage_label, 1, 0)
        filters.addWidget(self.stage_combo, 1, 1)
        filters.addWidget(lang_label, 2, 0)
        filters.addWidget(self.lang_combo, 2, 1)
        filters.addWidget(self.mine_check, 3, 1)
        filters.setColumnStretch(1, 1)

        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Library items"))
        # Long questions wrap onto more lines instead of being cut off.
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.header().setStretchLastSection(True)
        self.tree.setItemDelegate(_WrappingDelegate(self.tree))
        self.tree.viewport().installEventFilter(self)
        self.tree.currentItemChanged.connect(self._on_tree_current)
        self.tree.itemActivated.connect(lambda _item, _col: self.open_current())

        self.count_label = QLabel()
        self.count_label.setObjectName("libraryCount")
        self.count_label.setWordWrap(True)

        self.new_button = QToolButton()
        self.new_button.setText(self.tr("&New"))
        self.new_button.setAccessibleName(self.tr("New item of my own"))
        self.new_button.setToolTip(self.tr("Add your own question set, exercise or checklist"))
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self.new_button)
        for kind, text in (
            (Kind.QUESTIONS, self.tr("Question set…")),
            (Kind.EXERCISES, self.tr("Exercise…")),
            (Kind.CHECKLISTS, self.tr("Checklist…")),
        ):
            action = menu.addAction(text)
            action.triggered.connect(lambda _checked=False, k=kind: self.new_item(k))
        self.new_button.setMenu(menu)
        self.import_button = self._button(
            self.tr("I&mport…"),
            self.tr("Import an item from a TOML file"),
            lambda: self.import_file(),
            self.tr("Import a question set, exercise or checklist from a TOML file"),
        )

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        left_layout.addWidget(self.search)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.count_label)
        own = QHBoxLayout()
        own.addWidget(self.new_button)
        own.addWidget(self.import_button)
        own.addStretch(1)
        left_layout.addLayout(own)

        self.fallback_label = QLabel()
        self.fallback_label.setObjectName("fallbackLabel")
        self.fallback_label.setWordWrap(True)
        self.fallback_label.setStyleSheet(FALLBACK_STYLE)
        self.fallback_label.setAccessibleName(self.tr("Language notice"))
        self.fallback_label.hide()

        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Item details"))
        self.detail.setOpenLinks(False)
        self.detail.setFrameShape(QFrame.Shape.StyledPanel)
        self.detail.anchorClicked.connect(self._on_link)
        self.detail.document().setDocumentMargin(12)

        self.rehearse_button = self._button(
            self.tr("&Rehearse this"),
            self.tr("Rehearse this question in the Voice tab"),
            self.rehearse,
            self.tr("Make this question the Voice tab's prompt and record your answer"),
        )
        self.start_button = self._button(
            self.tr("&Start"),
            self.tr("Start this exercise in the Exercises tab"),
            self.start_exercise,
            self.tr("Open this exercise in the Exercises tab, ready to start"),
        )
        self.run_button = self._button(
            self.tr("Start a r&un"),
            self.tr("Start a run of this checklist in the Checklists tab"),
            self.start_checklist_run,
            self.tr("Start ticking this checklist, for the interview selected on the left"),
        )
        self.copy_button = self._button(
            self.tr("Co&py with my details…"),
            self.tr("Copy this letter with my details"),
            lambda: self.copy_letter(),
            self.tr("Fill in your name, the company and the role, and copy the letter"),
        )
        self.edit_button = self._button(self.tr("Ed&it…"), self.tr("Edit this item"), self.edit_current)
        self.export_button = self._button(
            self.tr("E&xport…"),
            self.tr("Export this item as a TOML file"),
            lambda: self.export_current(),
            self.tr("Save this item as a TOML file you can share or import later"),
        )
        self.delete_button = self._button(
            self.tr("Delete"),
            self.tr("Delete this item of my own"),
            self.delete_current,
            self.tr("Delete this item of your own; Ctrl+Z brings it back"),
        )
        actions = QHBoxLayout()
        self.actions_layout = actions
        actions.setContentsMargins(0, 0, 0, 0)
        for button in (self.rehearse_button, self.start_button, self.run_button, self.copy_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.edit_button, self.export_button, self.delete_button):
            actions.addWidget(button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 0, 0, 0)
        right_layout.addWidget(self.fallback_label)
        right_layout.addWidget(self.detail, 1)
        right_layout.addLayout(actions)

        self.splitter = QSplitter()
        self.splitter.setObjectName("librarySplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([380, 620])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)

        chain = [
            self.search,
            self.kind_combo,
            self.stage_combo,
            self.lang_combo,
            self.mine_check,
            self.tree,
            self.new_button,
            self.import_button,
            self.detail,
            self.rehearse_button,
            self.start_button,
            self.run_button,
            self.copy_button,
            self.edit_button,
            self.export_button,
            self.delete_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        self.tree.installEventFilter(self)
        self._update_actions()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self.tree.doItemsLayout()  # the wrapped rows' heights depend on the width
        elif watched is self.tree and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            # Del on the tree deletes an item of the user's own; claiming the key keeps the window-wide
            # Del (delete interview) from firing while the focus is here.
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key == Qt.Key.Key_Delete and self._current_is_mine():
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    self.delete_current()
                return True
        return super().eventFilter(watched, event)

    def _current_is_mine(self) -> bool:
        model = self.current_model()
        return model is not None and model.origin == "user"

    # ----- loading -----------------------------------------------------------------------------------------
    def load(self) -> None:
        """Use the studio's library if a tab already loaded it, else load it in the task runner."""
        cached = self.context.extras.get("library")
        if isinstance(cached, Library):
            self._on_loaded(cached)
            return
        self.count_label.setText(self.tr("Loading the library…"))
        user_dir = self.context.paths.user_content_dir

        def work(_progress: object, _handle: object) -> Library:
            return load_library(user_dir=user_dir)

        self.context.runner.run_task(work, on_done=self._on_loaded, on_error=self._on_load_failed)

    def _on_loaded(self, library: Library) -> None:
        # Another tab may have finished loading first: keep one library for the whole studio.
        shared = self.context.extras.setdefault("library", library)
        self.library = shared
        self.user_items = UserItems(shared, self.context.paths.user_content_dir)
        if shared.user_errors:
            first = shared.user_errors[0]
            self.context.messages.warning(
                self.tr("%1 of your own items could not be read and are not shown. First: %2")
                .replace("%1", str(len(shared.user_errors)))
                .replace("%2", str(first))
            )
        self.refresh()
        self.library_loaded.emit()

    def _on_load_failed(self, exc: BaseException) -> None:
        log.error("the library could not be loaded: %s", exc)
        self.count_label.setText(self.tr("The library could not be loaded."))
        self.context.messages.error(self.tr("The library could not be loaded: %1").replace("%1", str(exc)))

    # ----- tree --------------------------------------------------------------------------------------------
    def _kinds(self) -> list[Kind]:
        value = self.kind_combo.currentData()
        return [Kind(value)] if value else list(KIND_ORDER)

    def _models(self, kind: Kind) -> list[Model]:
        assert self.library is not None
        models = self.library.items(kind, self.lang)
        if kind in (Kind.QUESTIONS, Kind.CHECKLISTS):
            order = render.stages_in_order()
            models.sort(key=lambda m: order.index(m.stage) if getattr(m, "stage", None) in order else len(order))
        return models

    def refresh(self) -> None:
        """Rebuild the tree from the search text and the filters, keeping the current item when it still shows."""
        if self.library is None:
            return
        text = self.search.text().strip()
        stage = self.stage_combo.currentData()
        mine_only = self.mine_check.isChecked()
        kinds = self._kinds()
        matches: dict[tuple[Kind, str], set[str | None]] | None = None
        if text:
            matches = {}
            for hit in self.library.search(text, self.lang, kinds):
                matches.setdefault((hit.kind, hit.item_id), set()).add(hit.sub_id)
        keep = self.current
        self.tree.blockSignals(True)
        self.tree.clear()
        shown = 0
        for kind in kinds:
            group: QTreeWidgetItem | None = None
            for model in self._models(kind):
                if stage and render.stage_of(model) != stage:
                    continue
                if mine_only and model.origin != "user":
                    continue
                subs = matches.get((kind, model.id)) if matches is not None else None
                if matches is not None and subs is None:
                    continue
                if group is None:
                    group = QTreeWidgetItem([render.kind_label(kind)])
                    group.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    font = group.font(0)
                    font.setBold(True)
                    group.setFont(0, font)
                    self.tree.addTopLevelItem(group)
                node = self._node(model, (kind, model.id, None))
                group.addChild(node)
                shown += 1
                if isinstance(model, QuestionSet):
                    only = None if subs is None or None in subs else subs
                    for question in model.questions:
                        if only is not None and question.id not in only:
                            continue
                        child = QTreeWidgetItem([question.text])
                        child.setToolTip(0, question.text)
                        child.setData(0, KEY_ROLE, (kind.value, model.id, question.id))
                        node.addChild(child)
                    node.setExpanded(matches is not None or bool(stage) or mine_only)
            if group is not None:
                group.setExpanded(True)
        self.tree.blockSignals(False)
        if shown:
            counted = self.tr("Found: %1") if text else self.tr("Items: %1")
            self.count_label.setText(counted.replace("%1", str(shown)))
        elif text:
            self.count_label.setText(self.tr("Nothing found for “%1”.").replace("%1", text))
        else:
            self.count_label.setText(self.tr("No items match these filters."))
        if keep is not None and self._tree_node(keep) is not None:
            self.tree.setCurrentItem(self._tree_node(keep))
        self._show(keep)

    def _node(self, model: Model, key: Key) -> QTreeWidgetItem:
        label = model.title
        if model.origin == "user":
            label += " " + self.tr("(mine)")
        if model.fallback_from:
            label += f" [{model.fallback_from.upper()}]"
        node = QTreeWidgetItem([label])
        tip = model.title
        if model.fallback_from:
            tip += "\n" + render.fallback_notice(model.fallback_from, self.lang)
        node.setToolTip(0, tip)
        node.setData(0, KEY_ROLE, (key[0].value, key[1], key[2]))
        if model.origin == "user":
            font = node.font(0)
            font.setItalic(True)
            node.setFont(0, font)
        return node

    def _key_of(self, node: QTreeWidgetItem | None) -> Key | None:
        data = node.data(0, KEY_ROLE) if node is not None else None
        if not data:
            return None
        kind, item_id, sub_id = data
        return Kind(kind), str(item_id), sub_id

    def _tree_node(self, key: Key) -> QTreeWidgetItem | None:
        wanted = (key[0].value, key[1], key[2])
        for index in range(self.tree.topLevelItemCount()):
            found = self._find_in(self.tree.topLevelItem(index), wanted)
            if found is not None:
                return found
        return None

    def _find_in(self, node: QTreeWidgetItem, wanted: tuple[str, str, str | None]) -> QTreeWidgetItem | None:
        data = node.data(0, KEY_ROLE)
        if data and tuple(data) == wanted:
            return node
        for index in range(node.childCount()):
            found = self._find_in(node.child(index), wanted)
            if found is not None:
                return found
        return None

    def visible_keys(self) -> list[Key]:
        """Every item and question in the tree, in order (what the user can see with groups open)."""
        keys: list[Key] = []

        def walk(node: QTreeWidgetItem) -> None:
            key = self._key_of(node)
            if key is not None:
                keys.append(key)
            for index in range(node.childCount()):
                walk(node.child(index))

        for index in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(index))
        return keys

    def _on_tree_current(self, current: QTreeWidgetItem | None, _previous: object = None) -> None:
        key = self._key_of(current)
        if key is not None:
            self._show(key)

    # ----- selection and detail ----------------------------------------------------------------------------
    def select_item(self, kind: Kind | str, item_id: str, sub_id: str | None = None) -> bool:
        """Show an item (or a question of a set) and select it in the tree, clearing filters that hide it."""
        key: Key = (Kind(kind), item_id, sub_id)
        if self.library is None or self.library.find(key[0], item_id, self.lang) is None:
            return False
        if self._tree_node(key) is None:
            for widget in (self.search, self.mine_check, self.kind_combo, self.stage_combo):
                widget.blockSignals(True)
            self.search.clear()
            self.mine_check.setChecked(False)
            self.kind_combo.setCurrentIndex(0)
            self.stage_combo.setCurrentIndex(0)
            for widget in (self.search, self.mine_check, self.kind_combo, self.stage_combo):
                widget.blockSignals(False)
            self.current = key
            self.refresh()
        node = self._tree_node(key)
        if node is not None:
            self.tree.setCurrentItem(node)
            self.tree.scrollToItem(node)
        self._show(key)
        return True

    def current_model(self) -> Model | None:
        """The item in the detail view, in the language it is shown in (fallback flagged)."""
        if self.current is None or self.library is None:
            return None
        return self.library.find(self.current[0], self.current[1], self.lang)

    def _show(self, key: Key | None) -> None:
        model = None
        if key is not None and self.library is not None:
            model = self.library.find(key[0], key[1], self.lang)
        if model is None:
            self.current = None
            self.detail.setHtml(
                "<p>"
                + self.tr("Choose a question, exercise, checklist, letter or guide on the left, or search for one.")
                + "</p>"
            )
            self.fallback_label.hide()
            self._update_actions()
            return
        assert key is not None
        if isinstance(model, QuestionSet) and key[2] is not None and all(q.id != key[2] for q in model.questions):
            key = (key[0], key[1], None)
        changed = key != self.current
        self.current = key
        self.detail.setHtml(render.item_html(model, key[2]))
        if model.fallback_from:
            self.fallback_label.setText(render.fallback_notice(model.fallback_from, self.lang))
        self.fallback_label.setVisible(bool(model.fallback_from))
        self._update_actions()
        if changed:
            self.detail.verticalScrollBar().setValue(0)
            self.item_shown.emit(key[0].value, key[1], key[2])

    def _update_actions(self) -> None:
        model = self.current_model()
        key = self.current
        question = isinstance(model, QuestionSet) and key is not None and key[2] is not None
        self.rehearse_button.setVisible(isinstance(model, QuestionSet))
        self.rehearse_button.setEnabled(question)
        self.rehearse_button.setToolTip(
            self.tr("Make this question the Voice tab's prompt and record your answer")
            if question
            else self.tr("Choose one of the questions first")
        )
        self.start_button.setVisible(isinstance(model, Exercise))
        self.run_button.setVisible(isinstance(model, ChecklistTemplate))
        self.copy_button.setVisible(isinstance(model, Letter))
        mine = model is not None and model.origin == "user"
        editable = model is not None and model.kind in EDITABLE_KINDS
        self.edit_button.setVisible(editable)
        self.edit_button.setText(self.tr("Ed&it…") if mine else self.tr("Make m&y copy…"))
        self.edit_button.setAccessibleName(self.tr("Edit this item") if mine else self.tr("Make my own copy to edit"))
        self.edit_button.setToolTip(
            self.tr("Change this item of your own") if mine else self.tr("Copy this item into your own items to edit")
        )
        self.export_button.setVisible(model is not None)
        self.delete_button.setVisible(mine)
        # Hiding a button before the page is first shown leaves the row's cached minimum width stale.
        self.actions_layout.invalidate()

    def _on_link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("question:") and self.current is not None:
            self.select_item(self.current[0], self.current[1], text.removeprefix("question:"))

    def _on_lang_chosen(self) -> None:
        self.lang = str(self.lang_combo.currentData())
        self.refresh()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def open_first_result(self) -> None:
        """Enter in the search field: open the first item found and move to the tree."""
        keys = self.visible_keys()
        if not keys:
            return
        first = next((k for k in keys if k[2] is not None), keys[0]) if self.search.text().strip() else keys[0]
        self.select_item(*first)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_current(self) -> None:
        """Enter on the tree: open a group or question set, or move to the item's text to read it."""
        node = self.tree.currentItem()
        if node is None:
            return
        key = self._key_of(node)
        if key is None or (node.childCount() and not node.isExpanded()):
            node.setExpanded(not node.isExpanded())
            if key is None:
                return
        self._show(key)
        if not node.childCount():
            self.detail.setFocus(Qt.FocusReason.OtherFocusReason)

    # ----- actions: other tabs -----------------------------------------------------------------------------
    def _other_page(self, key: str, method: str) -> Any:
        window = self.main_window
        if window is None:
            return None
        window.show_tab(key)
        page = window.page(key)
        handler = getattr(page, method, None)
        return handler if callable(handler) else None

    def rehearse(self) -> bool:
        """Make the current question the Voice tab's prompt."""
        model = self.current_model()
        if not isinstance(model, QuestionSet) or self.current is None or self.current[2] is None:
            return False
        question = next(q for q in model.questions if q.id == self.current[2])
        handler = self._other_page("voice", "select_prompt_for_question")
        if handler is None:
            self.context.messages.warning(self.tr("The Voice tab is not available."))
            return False
        handler(ref=question.id, title=question.text)
        return True

    def start_exercise(self) -> bool:
        """Open the current exercise in the Exercises tab."""
        model = self.current_model()
        if not isinstance(model, Exercise):
            return False
        handler = self._other_page("exercises", "select_exercise")
        if handler is None:
            self.context.messages.warning(self.tr("The Exercises tab cannot open exercises yet."))
            return False
        page = handler.__self__
        handler(model.id)
        if getattr(getattr(page, "exercise", None), "id", model.id) != model.id:
            # The Exercises tab keeps its own copy of the library, read at start-up: hand it an exercise the
            # user added since, then select it again.
            library, reload = getattr(page, "library", None), getattr(page, "reload_exercises", None)
            if isinstance(library, Library) and callable(reload):
                library.add(dataclasses.replace(model, fallback_from=None))
                reload()
                handler(model.id)
        return True

    def start_checklist_run(self) -> int | None:
        """Start a run of the current checklist (for the interview selected in the sidebar); returns its id."""
        model = self.current_model()
        if not isinstance(model, ChecklistTemplate):
            return None
        handler = self._other_page("checklists", "start_run")
        if handler is None:
            self.context.messages.warning(self.tr("The Checklists tab is not available."))
            return None
        run_id = handler(dataclasses.replace(model, fallback_from=None), self._selected_interview())
        return int(run_id) if run_id is not None else None

    def _selected_interview(self) -> int | None:
        sidebar = getattr(self.main_window, "interviews", None)
        selected = getattr(sidebar, "selected_id", None)
        return selected() if callable(selected) else None

    # ----- letters -----------------------------------------------------------------------------------------
    def letter_defaults(self, letter: Letter) -> dict[str, str]:
        """Name from the last copy; company, role and date from the interview selected in the sidebar."""
        values = {"name": self._name}
        interview_id = self._selected_interview()
        if interview_id is None or self.context.store is None:
            return values
        from studio.store.interviews import InterviewRepository

        row = InterviewRepository(self.context.store).get(interview_id)
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
        letter = self.current_model()
        if not isinstance(letter, Letter):
            return None
        if values is None:
            dialog = LetterDialog(letter, self.letter_defaults(letter), parent=self)
            if not self.run_dialog(dialog):
                return None
            values = dialog.values()
        self._name = values.get("name", self._name)
        subject, body = letter.fill(values)
        text = letter_text(subject, body, letter.lang)
        QGuiApplication.clipboard().setText(text)
        self.context.messages.info(self.tr("The letter is on the clipboard: paste it into your email."))
        return text

    # ----- the user's own items ----------------------------------------------------------------------------
    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally; tests replace this to fill it in."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def choose_open_path(self, title: str) -> Path | None:
        """Ask for a file to open; tests replace this."""
        name, _filter = QFileDialog.getOpenFileName(self, title, str(Path.home()), self.tr("TOML files (*.toml)"))
        return Path(name) if name else None

    def choose_save_path(self, title: str, suggested: str) -> Path | None:
        """Ask where to save; tests replace this."""
        name, _filter = QFileDialog.getSaveFileName(
            self, title, str(Path.home() / suggested), self.tr("TOML files (*.toml)")
        )
        return Path(name) if name else None

    def save_text(self, kind: Kind | None, text: str, replacing: Model | None = None, source: str = "") -> Model:
        """Validate ``text`` as one of the user's items and store it; raises ContentError (nothing stored).

        Args:
            kind: what the text must be, or None to tell from its keys (imports).
            text: the TOML text.
            replacing: the user's item being edited (its file goes if the id or language changed).
            source: the name errors give for the text.
        """
        assert self.user_items is not None
        source = source or self.tr("your item")
        model = self.user_items.parse(text, source, kind)
        problem = self.user_items.conflict(model, replacing, source)
        if problem is not None:
            raise problem
        self.user_items.save(model, replacing)
        self.library_changed((model.kind, model.id, None))
        return model

    def library_changed(self, select: Key | None) -> None:
        """After the user's items changed: rebuild the tree and show ``select``."""
        self.refresh()
        if select is not None:
            self.select_item(*select)

    def new_item(self, kind: Kind, text: str | None = None) -> Model | None:
        """Open the editor on a starter item of ``kind``; returns what was saved."""
        if self.library is None:
            return None
        starter = text or skeleton(kind, self.context.language, self.library.unused_id(kind, skeleton_base_id(kind)))
        return self._edit(
            self.tr("New item: %1").replace("%1", render.kind_label(kind)), starter, kind, None, self.tr("new item")
        )

    def edit_current(self) -> Model | None:
        """Edit the user's item, or copy a built-in one into the user's items and edit the copy."""
        model = self.current_model()
        if model is None or self.library is None or model.kind not in EDITABLE_KINDS:
            return None
        if model.origin == "user":
            assert self.user_items is not None
            exact = self.library.exact(model.kind, model.id, model.lang) or model
            title = self.tr("Edit “%1”").replace("%1", model.title)
            return self._edit(title, dump_toml(exact), model.kind, exact, self.user_items.path_of(exact).name)
        copy = dataclasses.replace(
            model, id=self.library.unused_id(model.kind, f"my_{model.id}"), fallback_from=None, origin="user"
        )
        title = self.tr("My copy of “%1”").replace("%1", model.title)
        return self._edit(title, dump_toml(copy), model.kind, None, self.tr("your copy"))

    def _edit(self, title: str, text: str, kind: Kind, replacing: Model | None, source: str) -> Model | None:
        dialog = ItemEditor(title, text, lambda t: self.save_text(kind, t, replacing, source), parent=self)
        if not self.run_dialog(dialog):
            return None
        saved = dialog.saved
        if isinstance(saved, ChecklistTemplate | Exercise | QuestionSet):
            self.context.messages.info(self.tr("Saved “%1”.").replace("%1", saved.title))
            return saved
        return None

    def import_file(self, path: Path | None = None) -> Model | None:
        """Import a question set, exercise or checklist from TOML; a bad file is refused and nothing changes."""
        if self.library is None or self.user_items is None:
            return None
        path = path or self.choose_open_path(self.tr("Import an item"))
        if path is None:
            return None
        try:
            model = self.user_items.read_import(path)
        except ContentError as exc:
            self.context.messages.error(
                self.tr("“%1” was not imported: %2").replace("%1", path.name).replace("%2", str(exc))
            )
            return None
        replacing: Model | None = None
        renamed = False
        versions = [self.library.exact(model.kind, model.id, lang) for lang in self.library.langs(model.kind, model.id)]
        if any(v is not None and v.origin != "user" for v in versions):
            model, renamed = dataclasses.replace(model, id=self.library.unused_id(model.kind, model.id)), True
        elif self.library.exact(model.kind, model.id, model.lang) is not None:
            existing = self.library.exact(model.kind, model.id, model.lang)
            assert existing is not None
            choice = ask(
                self,
                self.tr("Import"),
                self.tr("You already have “%1” with the id “%2”. Replace it with the imported one?")
                .replace("%1", existing.title)
                .replace("%2", model.id),
                [self.tr("Replace"), self.tr("Keep both"), self.tr("Cancel")],
            )
            if choice == 0:
                replacing = existing
            elif choice == 1:
                model, renamed = dataclasses.replace(model, id=self.library.unused_id(model.kind, model.id)), True
            else:
                return None
        try:
            self.user_items.save(model, replacing)
        except (ContentError, OSError) as exc:
            self.context.messages.error(
                self.tr("“%1” was not imported: %2").replace("%1", path.name).replace("%2", str(exc))
            )
            return None
        self.library_changed((model.kind, model.id, None))
        if renamed:
            self.context.messages.info(
                self.tr("Imported “%1” under the id “%2”, because that id was taken.")
                .replace("%1", model.title)
                .replace("%2", model.id)
            )
        else:
            self.context.messages.info(self.tr("Imported “%1”.").replace("%1", model.title))
        return model

    def export_current(self, path: Path | None = None) -> Path | None:
        """Write the current item as TOML (it imports back unchanged)."""
        model = self.current_model()
        if model is None:
            return None
        path = path or self.choose_save_path(self.tr("Export as TOML"), f"{model.id}.{model.lang}.toml")
        if path is None:
            return None
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            tmp.write_text(dump_toml(model), encoding="utf-8")
            os.replace(tmp, path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            self.context.messages.error(
                self.tr("“%1” could not be written: %2").replace("%1", str(path)).replace("%2", str(exc.strerror))
            )
            return None
        self.context.messages.info(self.tr("Exported to %1.").replace("%1", str(path)))
        return path

    def delete_current(self) -> bool:
        """Delete the current item of the user's own (undoable with Ctrl+Z)."""
        model = self.current_model()
        if model is None or model.origin != "user" or self.library is None:
            return False
        exact = self.library.exact(model.kind, model.id, model.lang) or model
        command = _DeleteItem(self, exact)
        stack = getattr(self.main_window, "undo_stack", None)
        if stack is not None:
            stack.push(command)
        else:
            command.redo()
        self.context.messages.info(self.tr("“%1” deleted. Ctrl+Z brings it back.").replace("%1", model.title))
        return True
