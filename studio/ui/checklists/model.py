"""The items of one checklist run as a Qt list model: section headers, ticks that are committed first, drag moves.

The model never writes to the store itself: the page gives it two callables. ``commit_tick(item_id, checked)``
returns True only once the tick is durably committed, and only then does the model change what the checkbox
shows. ``request_move(ids, sections)`` stores a new order (through an undo command) and reloads the model.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from studio.core.checklists import RunItem, move_after, move_before, sections_in_order
from studio.ui import style

Index = QModelIndex | QPersistentModelIndex
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
IS_HEADER_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Row:
    """One visible row: a section header (``item`` None) or an item."""

    section: str
    item: RunItem | None = None


class ChecklistModel(QAbstractListModel):
    """Rows of the selected run.

    Signals:
        tick_committed(int, bool): an item's tick was committed and is now shown.
    """

    tick_committed = Signal(int, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[RunItem] = []
        self._rows: list[Row] = []
        self.grouped = True
        self.open_only = False
        self.commit_tick: Callable[[int, bool], bool] = lambda _id, _checked: False
        self.request_move: Callable[[list[int], dict[int, str]], bool] = lambda _ids, _sections: False

    # ----- content -----------------------------------------------------------------------------------------
    def set_items(self, items: Sequence[RunItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._rows = self._build_rows()
        self.endResetModel()

    def set_view(self, grouped: bool, open_only: bool) -> None:
        self.grouped, self.open_only = grouped, open_only
        self.set_items(self._items)

    def items(self) -> list[RunItem]:
        return list(self._items)

    def item_at(self, row: int) -> RunItem | None:
        return self._rows[row].item if 0 <= row < len(self._rows) else None

    def row_of(self, item_id: int) -> int:
        for row, entry in enumerate(self._rows):
            if entry.item is not None and entry.item.id == item_id:
                return row
        return -1

    def visible_ids(self) -> list[int]:
        return [r.item.id for r in self._rows if r.item is not None]

    def _build_rows(self) -> list[Row]:
        shown = [i for i in self._items if not (self.open_only and i.checked)]
        if not self.grouped or not any(i.section for i in self._items):
            return [Row(i.section, i) for i in shown]
        rows: list[Row] = []
        for section, items in sections_in_order(shown):
            rows.append(Row(section))
            rows.extend(Row(section, i) for i in items)
        return rows

    # ----- Qt model ----------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        item = entry.item
        if item is None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return entry.section or QCoreApplication.translate("ChecklistModel", "General")
            if role == Qt.ItemDataRole.FontRole:  # a section reads as a heading, as in a notes app
                font = QFont()
                font.setBold(True)
                font.setPixelSize(style.SUBTITLE_PX)
                return font
            if role == IS_HEADER_ROLE:
                return True
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return item.text + (f"\n✎ {item.note}" if item.note else "")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = QCoreApplication.translate("ChecklistModel", "done" if item.checked else "open")
            return f"{item.text} ({state})"
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if item.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and item.checked:  # done steps step back; open ones stand out
            return QColor(style.colour("muted"))
        if role == Qt.ItemDataRole.FontRole and item.checked:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.hint or None
        if role == ITEM_ID_ROLE:
            return item.id
        if role == IS_HEADER_ROLE:
            return False
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        if self._rows[index.row()].item is None:
            return Qt.ItemFlag.ItemIsEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A tick from the view: committed to disk first, shown only when the commit succeeded."""
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        item = self._rows[index.row()].item
        if item is None:
            return False
        state = value.value if hasattr(value, "value") else value
        checked = int(state) == Qt.CheckState.Checked.value
        if checked == item.checked:
            return True
        if not self.commit_tick(item.id, checked):
            return False
        self.apply_tick(item.id, checked)
        return True

    def replace_item(self, item: RunItem) -> None:
        """Show a changed item (its note, say) without resetting the view."""
        self._items = [item if i.id == item.id else i for i in self._items]
        row = self.row_of(item.id)
        if row >= 0:
            self._rows[row] = Row(self._rows[row].section, item)
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def apply_tick(self, item_id: int, checked: bool) -> None:
        """Show a tick that is already committed."""
        self._items = [replace(i, checked=checked) if i.id == item_id else i for i in self._items]
        row = self.row_of(item_id)
        if row >= 0:
            entry = self._rows[row]
            assert entry.item is not None
            self._rows[row] = Row(entry.section, replace(entry.item, checked=checked))
            index = self.index(row)
            self.dataChanged.emit(
                index,
                index,
                [
                    Qt.ItemDataRole.CheckStateRole,
                    Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ForegroundRole,
                    Qt.ItemDataRole.FontRole,
                ],
            )
        self.tick_committed.emit(item_id, checked)

    # ----- drag and drop moves -----------------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def moveRows(
        self, source_parent: Index, source_row: int, count: int, destination_parent: Index, destination: int
    ) -> bool:
        """QListView's internal drag move: store the new order (and section, when grouped) of the dragged item."""
        if count != 1 or source_parent.isValid() or destination_parent.isValid():
            return False
        planned = self.plan_drop(source_row, destination)
        if planned is None:
            return False
        ids, sections = planned
        return self.request_move(ids, sections)

    def plan_drop(self, source_row: int, destination: int) -> tuple[list[int], dict[int, str]] | None:
        """The full order and section change when the item at ``source_row`` is dropped before ``destination``."""
        moving = self.item_at(source_row)
        if moving is None or destination in (source_row, source_row + 1):
            return None
        order = [i.id for i in self._items]
        target = self.item_at(destination)
        if target is not None:
            new_order, section = move_before(order, moving.id, target.id), target.section
        else:
            previous = next((self.item_at(r) for r in range(destination - 1, -1, -1) if self.item_at(r)), None)
            if previous is None:  # dropped above every item
                first = next((self.item_at(r) for r in range(len(self._rows)) if self.item_at(r)), None)
                if first is None:
                    return None
                new_order, section = move_before(order, moving.id, first.id), first.section
            elif previous.id == moving.id:
                return None
            else:
                new_order, section = move_after(order, moving.id, previous.id), previous.section
        sections = {moving.id: section} if self.grouped and section != moving.section else {}
        if new_order == order and not sections:
            return None
        return new_order, sections
