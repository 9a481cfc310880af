"""The Library tab: browse and search every question, exercise, checklist, letter and guide, in RU or EN.

Left (:mod:`browser`): a live search, filters by kind, stage and language, and a tree grouped by kind (question sets
open into their questions). Right (:mod:`detail`): the item as readable HTML with the action it leads to
(:mod:`actions`) — “Rehearse this” (Voice tab), “Start” (Exercises tab), “Start a run” (Checklists tab), each in
the language the item is shown in, through the studio's navigator; “Copy with my details” (a letter).

Content follows the UI language; an item missing in that language is shown in the other one with a label. The user's
own questions, exercises and checklists (``Paths.user_content_dir``) are marked and can be edited as TOML, imported,
exported and deleted (:mod:`own_items`). The studio has one content library (``context.library``); this page reads
it and announces the user's changes to it, so every tab sees them.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QDialog, QSplitter, QVBoxLayout, QWidget

from studio.content import Library, fold, other_lang
from studio.core.content import Kind, Model, QuestionSet
from studio.ui.context import StudioContext
from studio.ui.library.actions import LibraryActions
from studio.ui.library.browser import Key, LibraryBrowser
from studio.ui.library.detail import ItemDetail
from studio.ui.library.own_items import OwnItems
from studio.ui.library.user_items import UserItems

if TYPE_CHECKING:
    from studio.ui.interviews import InterviewsPanel


class LibraryPage(QWidget):
    """The Library tab page; see the module docstring.

    Signals:
        library_loaded(): the content is loaded and the tree filled.
        item_shown(str, str, object): kind, item id and nested question id (or None) now in the detail view.
    """

    library_loaded = Signal()
    item_shown = Signal(str, str, object)

    def __init__(
        self,
        context: StudioContext,
        undo_stack: QUndoStack | None = None,
        sidebar: InterviewsPanel | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPage")
        self.context = context
        self.undo_stack = undo_stack
        self.sidebar = sidebar
        self.library: Library | None = None
        self.user_items: UserItems | None = None
        self.current: Key | None = None
        lang = context.language if context.language in ("en", "ru") else "en"
        self.browser = LibraryBrowser(lang)
        self.details = ItemDetail()
        self.item_actions = LibraryActions(self, self)
        self.own = OwnItems(self, self)
        self._connect()
        self.splitter = QSplitter()
        self.splitter.setObjectName("librarySplitter")
        self.splitter.addWidget(self.browser)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([380, 620])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)
        browser, details = self.browser, self.details
        chain = [browser.search, browser.kind_combo, browser.stage_combo, browser.lang_combo, browser.mine_check]
        chain += [browser.tree, browser.new_button, browser.import_button, details.detail, details.rehearse_button]
        chain += [details.start_button, details.run_button, details.copy_button, details.edit_button]
        chain += [details.export_button, details.delete_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        self.details.show_nothing()
        self.load()

    def _connect(self) -> None:
        browser, details = self.browser, self.details
        browser.filters_changed.connect(self.refresh)
        browser.language_changed.connect(lambda _lang: self.refresh())
        browser.key_chosen.connect(self._show)
        browser.new_requested.connect(self.own.new_item)
        browser.import_button.clicked.connect(lambda: self.own.import_file())
        browser.search_other_language.connect(self.search_other_language)
        browser.search.returnPressed.connect(self.open_first_result)
        browser.tree.itemActivated.connect(lambda _item, _col: self.open_current())
        browser.tree.installEventFilter(self)
        details.question_linked.connect(self._on_question_linked)
        details.rehearse_button.clicked.connect(self.item_actions.rehearse)
        details.start_button.clicked.connect(self.item_actions.start_exercise)
        details.run_button.clicked.connect(self.item_actions.start_checklist_run)
        details.copy_button.clicked.connect(lambda: self.item_actions.copy_letter())
        details.edit_button.clicked.connect(self.own.edit_current)
        details.export_button.clicked.connect(lambda: self.own.export_current())
        details.delete_button.clicked.connect(self.own.delete_current)

    @property
    def lang(self) -> str:
        """The language content is shown in (the Language filter)."""
        return self.browser.lang

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.browser.tree and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            # Del on the tree deletes an item of the user's own; claiming the key keeps the window-wide
            # Del (delete interview) from firing while the focus is here.
            key = event.key() if isinstance(event, QKeyEvent) else None
            model = self.current_model()
            if key == Qt.Key.Key_Delete and model is not None and model.origin == "user":
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    self.own.delete_current()
                return True
        return super().eventFilter(watched, event)

    # ----- loading -----------------------------------------------------------------------------------------
    def load(self) -> None:
        """Show the studio's one library, now or once its background load ends; follow its changes."""
        holder = self.context.library
        holder.failed.connect(self._on_load_failed)
        holder.changed.connect(self._on_library_changed)
        if holder.current is None:
            self.browser.count_label.setText(self.tr("Loading the library…"))
            holder.load()
        else:
            self._on_library_changed()

    def _on_library_changed(self) -> None:
        library = self.context.library.current
        if library is None:
            return
        first = self.library is None
        if library is not self.library:
            self.library = library
            self.user_items = UserItems(library, self.context.paths.user_content_dir)
        self.refresh()
        if first:
            self.library_loaded.emit()

    def _on_load_failed(self, _message: str) -> None:
        # The library service has told the user why; the page says where the list would be.
        self.browser.count_label.setText(self.tr("The library could not be loaded."))

    def library_changed(self, select: Key | None) -> None:
        """After the user's items changed: tell every tab (this one refreshes too) and show ``select``."""
        self.context.library.notify_changed()
        if select is not None:
            self.select_item(*select)

    # ----- the list ----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Fill the tree from the search text and the filters, keeping the current item when it still shows."""
        if self.library is None:
            return
        keep = self.current
        shown = self.browser.fill(self.library)
        text = self.browser.search.text().strip()
        elsewhere = 0
        if not shown and text:
            other = other_lang(self.lang)
            elsewhere = len({(hit.kind, hit.item_id) for hit in self.library.search(text, other, self.browser.kinds())})
        self.browser.show_count(shown, elsewhere)
        node = self.browser.node_of(keep) if keep is not None else None
        if node is not None:
            self.browser.tree.setCurrentItem(node)
        self._show(keep)

    def search_other_language(self) -> None:
        """The search found nothing in this language but did in the other: switch the content language."""
        self.browser.set_language(other_lang(self.lang))

    def visible_keys(self) -> list[Key]:
        """Every item and question in the tree, in order (what the user can see with groups open)."""
        return self.browser.visible_keys()

    def focus_search(self) -> None:
        self.browser.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.browser.search.selectAll()

    def open_first_result(self) -> None:
        """Enter in the search field: open the first item found and move to the tree."""
        keys = self.visible_keys()
        if not keys:
            return
        terms = fold(self.browser.search.text()).split()
        first = keys[0]
        if terms:  # the first question whose own text has every word typed, else the first question found
            questions = [k for k in keys if k[2] is not None]
            shown = [k for k in questions if all(t in fold(self._node_text(k)) for t in terms)]
            first = (shown or questions or keys)[0]
        self.select_item(*first)
        self.browser.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _node_text(self, key: Key) -> str:
        node = self.browser.node_of(key)
        return node.text(0) if node is not None else ""

    def open_current(self) -> None:
        """Enter on the tree: open a group or question set, or move to the item's text to read it."""
        node = self.browser.tree.currentItem()
        if node is None:
            return
        key = self.browser.key_of(node)
        if key is None or (node.childCount() and not node.isExpanded()):
            node.setExpanded(not node.isExpanded())
            if key is None:
                return
        self._show(key)
        if not node.childCount():
            self.details.detail.setFocus(Qt.FocusReason.OtherFocusReason)

    # ----- selection and detail ----------------------------------------------------------------------------
    def select_item(self, kind: Kind | str, item_id: str, sub_id: str | None = None) -> bool:
        """Show an item (or a question of a set) and select it in the tree, clearing filters that hide it."""
        key: Key = (Kind(kind), item_id, sub_id)
        if self.library is None or self.library.find(key[0], item_id, self.lang) is None:
            return False
        if self.browser.node_of(key) is None:
            self.browser.clear_filters()
            self.current = key
            self.refresh()
        node = self.browser.node_of(key)
        if node is not None:
            self.browser.tree.setCurrentItem(node)
            self.browser.tree.scrollToItem(node)
        self._show(key)
        return True

    def current_model(self) -> Model | None:
        """The item in the detail view, in the language it is shown in (fallback flagged)."""
        if self.current is None or self.library is None:
            return None
        return self.library.find(self.current[0], self.current[1], self.lang)

    def selected_interview(self) -> int | None:
        """The interview selected in the sidebar (letters and checklist runs are for it)."""
        return self.sidebar.selected_id() if self.sidebar is not None else None

    def _on_question_linked(self, question_id: str) -> None:
        if self.current is not None:
            self.select_item(self.current[0], self.current[1], question_id)

    def _show(self, key: Key | None) -> None:
        model = self.library.find(key[0], key[1], self.lang) if key is not None and self.library else None
        if model is None or key is None:
            self.current = None
            self.details.show_nothing()
            return
        if isinstance(model, QuestionSet) and key[2] is not None and all(q.id != key[2] for q in model.questions):
            key = (key[0], key[1], None)
        changed = key != self.current
        self.current = key
        self.details.show_item(model, key, self.lang, scroll_to_top=changed)
        if changed:
            self.item_shown.emit(key[0].value, key[1], key[2])

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally; tests replace this to fill it in."""
        return dialog.exec() == QDialog.DialogCode.Accepted
