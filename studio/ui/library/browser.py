"""The left half of the Library tab: search, filters, the tree of items grouped by kind, and the own-item buttons.

The browser knows nothing of what an item leads to; it lists what the library holds for the search and filters,
and tells the page which item the user picked.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtCore import Signal as QtSignal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.content import Library
from studio.core.content import Kind, Model, QuestionSet
from studio.ui.icons import icon
from studio.ui.library import render
from studio.ui.stage_labels import stage_label
from studio.ui.style import GRID
from studio.ui.widgets.buttons import button

KEY_ROLE = Qt.ItemDataRole.UserRole
KIND_ORDER: tuple[Kind, ...] = (Kind.QUESTIONS, Kind.EXERCISES, Kind.CHECKLISTS, Kind.LETTERS, Kind.GUIDES)
Key = tuple[Kind, str, str | None]  # kind, item id, nested question id
ROW_PADDING_PX = GRID  # the style sheet pads an item by half a grid step above and below


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
        return QSize(hint.width(), max(hint.height(), bounds.height() + ROW_PADDING_PX))


class LibraryBrowser(QWidget):
    """Search field, kind / stage / language filters, “only my items”, the tree and the item count.

    Signals:
        filters_changed(): the search text or a filter changed; the page fills the tree again.
        language_changed(str): the content language was chosen ("en" or "ru").
        key_chosen(object): the current tree row is an item or question (its ``Key``).
        new_requested(object): “New” was chosen for a kind (``Kind``).
        search_other_language(): the user asked to search the other language too.
    """

    filters_changed = QtSignal()
    language_changed = QtSignal(str)
    key_chosen = QtSignal(object)
    new_requested = QtSignal(object)
    search_other_language = QtSignal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(QCoreApplication.translate("LibraryPage", "Search the library (Ctrl+F)"))
        self.search.setAccessibleName(QCoreApplication.translate("LibraryPage", "Search the library"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filters_changed)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(QCoreApplication.translate("LibraryPage", "Show kind"))
        self.kind_combo.addItem(QCoreApplication.translate("LibraryPage", "All kinds"), None)
        for kind in KIND_ORDER:
            self.kind_combo.addItem(render.kind_label(kind), kind.value)
        self.kind_combo.currentIndexChanged.connect(self.filters_changed)
        self.stage_combo = QComboBox()
        self.stage_combo.setAccessibleName(QCoreApplication.translate("LibraryPage", "Show stage"))
        self.stage_combo.addItem(QCoreApplication.translate("LibraryPage", "All stages"), None)
        for stage in render.stages_in_order():
            self.stage_combo.addItem(stage_label(stage), stage)
        self.stage_combo.currentIndexChanged.connect(self.filters_changed)
        self.lang_combo = QComboBox()
        self.lang_combo.setAccessibleName(QCoreApplication.translate("LibraryPage", "Content language"))
        self.lang_combo.setToolTip(QCoreApplication.translate("LibraryPage", "The language the content is shown in"))
        # Language names in their own script, so each reader finds theirs.
        self.lang_combo.addItem("English", "en")
        self.lang_combo.addItem("Русский", "ru")
        self.lang_combo.setCurrentIndex(self.lang_combo.findData(lang))
        self.lang_combo.currentIndexChanged.connect(lambda: self.language_changed.emit(self.lang))
        self.mine_check = QCheckBox(QCoreApplication.translate("LibraryPage", "&Only my items"))
        self.mine_check.setAccessibleName(QCoreApplication.translate("LibraryPage", "Only my items"))
        self.mine_check.toggled.connect(self.filters_changed)

        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(QCoreApplication.translate("LibraryPage", "Library items"))
        # Long questions wrap onto more lines instead of being cut off.
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.header().setStretchLastSection(True)
        self.tree.setItemDelegate(_WrappingDelegate(self.tree))
        self.tree.viewport().installEventFilter(self)
        self.tree.currentItemChanged.connect(self._on_tree_current)
        self.count_label = QLabel()
        self.count_label.setObjectName("libraryCount")
        self.count_label.setWordWrap(True)
        self.count_label.setTextFormat(Qt.TextFormat.RichText)
        self.count_label.linkActivated.connect(lambda _link: self.search_other_language.emit())
        self._build_own_buttons()
        self._lay_out()

    def _build_own_buttons(self) -> None:
        self.new_button = QToolButton()
        self.new_button.setText(QCoreApplication.translate("LibraryPage", "&New"))
        self.new_button.setAccessibleName(QCoreApplication.translate("LibraryPage", "New item of my own"))
        self.new_button.setToolTip(
            QCoreApplication.translate("LibraryPage", "Add your own question set, exercise or checklist")
        )
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.new_button.setIcon(icon("add"))
        menu = QMenu(self.new_button)
        for kind, text in (
            (Kind.QUESTIONS, QCoreApplication.translate("LibraryPage", "Question set…")),
            (Kind.EXERCISES, QCoreApplication.translate("LibraryPage", "Exercise…")),
            (Kind.CHECKLISTS, QCoreApplication.translate("LibraryPage", "Checklist…")),
        ):
            action = menu.addAction(text)
            action.triggered.connect(lambda _checked=False, k=kind: self.new_requested.emit(k))
        self.new_button.setMenu(menu)
        self.import_button = button(
            QCoreApplication.translate("LibraryPage", "I&mport…"),
            QCoreApplication.translate("LibraryPage", "Import an item from a TOML file"),
            QCoreApplication.translate("LibraryPage", "Import a question set, exercise or checklist from a TOML file"),
        )
        self.import_button.setIcon(icon("import"))

    def _lay_out(self) -> None:
        filters = QGridLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for row, (text, widget) in enumerate(
            (
                (QCoreApplication.translate("LibraryPage", "&Kind:"), self.kind_combo),
                (QCoreApplication.translate("LibraryPage", "S&tage:"), self.stage_combo),
                (QCoreApplication.translate("LibraryPage", "Lan&guage:"), self.lang_combo),
            )
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label, row, 0)
            filters.addWidget(widget, row, 1)
        filters.addWidget(self.mine_check, 3, 1)
        filters.setColumnStretch(1, 1)
        filters.setHorizontalSpacing(GRID)
        filters.setVerticalSpacing(GRID)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, GRID, 0)
        layout.setSpacing(GRID)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.count_label)
        own = QHBoxLayout()
        own.addWidget(self.new_button)
        own.addWidget(self.import_button)
        own.addStretch(1)
        layout.addLayout(own)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self.tree.doItemsLayout()  # the wrapped rows' heights depend on the width
        return super().eventFilter(watched, event)

    # ----- filters -----------------------------------------------------------------------------------------
    @property
    def lang(self) -> str:
        return str(self.lang_combo.currentData())

    def kinds(self) -> list[Kind]:
        value = self.kind_combo.currentData()
        return [Kind(value)] if value else list(KIND_ORDER)

    def clear_filters(self) -> None:
        """Clear the search, kind, stage and “mine” filters without filling the tree once per change."""
        widgets = (self.search, self.mine_check, self.kind_combo, self.stage_combo)
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        self.mine_check.setChecked(False)
        self.kind_combo.setCurrentIndex(0)
        self.stage_combo.setCurrentIndex(0)
        for widget in widgets:
            widget.blockSignals(False)

    def set_language(self, lang: str) -> None:
        self.lang_combo.setCurrentIndex(self.lang_combo.findData(lang))

    # ----- the tree ----------------------------------------------------------------------------------------
    def fill(self, library: Library) -> int:
        """List what matches the search and filters; returns how many items are shown."""
        lang, text = self.lang, self.search.text().strip()
        stage, mine_only = self.stage_combo.currentData(), self.mine_check.isChecked()
        matches: dict[tuple[Kind, str], set[str | None]] | None = None
        if text:
            matches = {}
            for hit in library.search(text, lang, self.kinds()):
                matches.setdefault((hit.kind, hit.item_id), set()).add(hit.sub_id)
        self.tree.blockSignals(True)
        self.tree.clear()
        shown = 0
        for kind in self.kinds():
            group: QTreeWidgetItem | None = None
            for model in self._models(library, kind, lang):
                subs = matches.get((kind, model.id)) if matches is not None else None
                if (stage and render.stage_of(model) != stage) or (mine_only and model.origin != "user"):
                    continue
                if matches is not None and subs is None:
                    continue
                if group is None:
                    group = self._group(kind)
                node = self._node(model, (kind, model.id, None), lang)
                group.addChild(node)
                shown += 1
                if isinstance(model, QuestionSet):
                    only = None if subs is None or None in subs else subs
                    for question in model.questions:
                        if only is None or question.id in only:
                            child = QTreeWidgetItem([question.text])
                            child.setToolTip(0, question.text)
                            child.setData(0, KEY_ROLE, (kind.value, model.id, question.id))
                            node.addChild(child)
                    node.setExpanded(matches is not None or bool(stage) or mine_only)
        self.tree.blockSignals(False)
        return shown

    @staticmethod
    def _models(library: Library, kind: Kind, lang: str) -> list[Model]:
        models = library.items(kind, lang)
        if kind in (Kind.QUESTIONS, Kind.CHECKLISTS):
            order = render.stages_in_order()
            rank = {stage: index for index, stage in enumerate(order)}
            models.sort(key=lambda m: rank.get(str(getattr(m, "stage", "")), len(order)))
        return models

    def _group(self, kind: Kind) -> QTreeWidgetItem:
        group = QTreeWidgetItem([render.kind_label(kind)])
        group.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        self.tree.addTopLevelItem(group)
        group.setExpanded(True)
        return group

    def _node(self, model: Model, key: Key, lang: str) -> QTreeWidgetItem:
        label = model.title
        if model.origin == "user":
            label += " " + QCoreApplication.translate("LibraryPage", "(mine)")
        if model.fallback_from:
            label += f" [{model.fallback_from.upper()}]"
        node = QTreeWidgetItem([label])
        tip = model.title
        if model.fallback_from:
            tip += "\n" + render.fallback_notice(model.fallback_from, lang)
        node.setToolTip(0, tip)
        node.setData(0, KEY_ROLE, (key[0].value, key[1], key[2]))
        if model.origin == "user":
            font = node.font(0)
            font.setItalic(True)
            node.setFont(0, font)
        return node

    def show_count(self, shown: int, elsewhere: int = 0) -> None:
        """Say how many items are listed; when the search finds nothing here but does in the other language, say so."""
        text = self.search.text().strip()
        if shown:
            counted = (
                QCoreApplication.translate("LibraryPage", "Found: %1")
                if text
                else QCoreApplication.translate("LibraryPage", "Items: %1")
            )
            self.count_label.setText(counted.replace("%1", str(shown)))
        elif text and elsewhere:
            nothing = QCoreApplication.translate("LibraryPage", "Nothing found for “%1” in %2.")
            other = render.language_name("ru" if self.lang == "en" else "en")
            offer = QCoreApplication.translate("LibraryPage", "%1 found in %2: <a href='other'>show them</a>.")
            self.count_label.setText(
                nothing.replace("%1", _escape(text)).replace("%2", render.language_name(self.lang))
                + " "
                + offer.replace("%1", str(elsewhere)).replace("%2", other)
            )
        elif text:
            self.count_label.setText(
                QCoreApplication.translate("LibraryPage", "Nothing found for “%1”.").replace("%1", _escape(text))
            )
        else:
            self.count_label.setText(QCoreApplication.translate("LibraryPage", "No items match these filters."))

    @staticmethod
    def key_of(node: QTreeWidgetItem | None) -> Key | None:
        data = node.data(0, KEY_ROLE) if node is not None else None
        if not data:
            return None
        kind, item_id, sub_id = data
        return Kind(kind), str(item_id), sub_id

    def node_of(self, key: Key) -> QTreeWidgetItem | None:
        wanted = (key[0].value, key[1], key[2])
        return next((node for node in self._nodes() if tuple(node.data(0, KEY_ROLE) or ()) == wanted), None)

    def _nodes(self) -> list[QTreeWidgetItem]:
        """Every row of the tree, depth first, in the order shown."""
        out: list[QTreeWidgetItem] = []

        def walk(node: QTreeWidgetItem | None) -> None:
            if node is not None:
                out.append(node)
                for index in range(node.childCount()):
                    walk(node.child(index))

        for index in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(index))
        return out

    def visible_keys(self) -> list[Key]:
        """Every item and question in the tree, in order (what the user can see with groups open)."""
        return [key for key in map(self.key_of, self._nodes()) if key is not None]

    def _on_tree_current(self, current: QTreeWidgetItem | None, _previous: object = None) -> None:
        key = self.key_of(current)
        if key is not None:
            self.key_chosen.emit(key)


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
