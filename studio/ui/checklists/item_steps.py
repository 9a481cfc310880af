"""The undoable steps on the items of the run shown in the Checklists tab: add, edit, delete, move, uncheck all.

Each step asks what it needs (a dialog through the page's ``run_dialog``), then pushes one command from
:mod:`studio.ui.checklists.commands` through the page, so Ctrl+Z takes it back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from studio.core.checklists import step
from studio.ui.checklists import commands
from studio.ui.checklists.dialogs import ItemDialog

if TYPE_CHECKING:
    from studio.ui.checklists.page import ChecklistsPage


class ItemSteps:
    """Item-level steps of the page's current run."""

    def __init__(self, page: ChecklistsPage) -> None:
        self.page = page

    def add_item(self) -> None:
        if self.page.run_id is None:
            return
        current = self.page.current_item()
        dialog = ItemDialog(self.page.run_view.sections(), section=current.section if current else "", parent=self.page)
        if not self.page.run_dialog(dialog):
            return
        order = [i.id for i in self.page.run_view.model.items()]
        index = order.index(current.id) + 1 if current is not None else None
        self.page.push(
            commands.AddItem(
                self.page,
                QCoreApplication.translate("ChecklistsPage", "Add item"),
                self.page.run_id,
                dialog.values(),
                index,
            )
        )

    def edit_item(self) -> None:
        current = self.page.current_item()
        if self.page.run_id is None or current is None:
            return
        dialog = ItemDialog(
            self.page.run_view.sections(), current.text, current.section, current.hint, parent=self.page
        )
        if not self.page.run_dialog(dialog):
            return
        old = {"text": current.text, "section": current.section, "hint": current.hint}
        new = dict(zip(("text", "section", "hint"), dialog.values(), strict=True))
        values = {key: value for key, value in new.items() if value != old[key]}
        if values:
            self.page.push(
                commands.EditItem(
                    self.page,
                    QCoreApplication.translate("ChecklistsPage", "Edit item"),
                    self.page.run_id,
                    current.id,
                    values,
                )
            )

    def delete_item(self) -> None:
        current = self.page.current_item()
        if self.page.run_id is None or current is None:
            return
        row = self.page.run_view.view.currentIndex().row()
        text = QCoreApplication.translate("ChecklistsPage", "Delete item “%1”").replace("%1", current.text)
        self.page.push(commands.DeleteItem(self.page, text, self.page.run_id, current.id))
        self.page.run_view.select_near(row)
        self.page.context.messages.info(
            QCoreApplication.translate("ChecklistsPage", "Item deleted. Ctrl+Z brings it back.")
        )

    def move_selected(self, delta: int) -> None:
        """Alt+Up / Alt+Down: move among the visible items (into the next section when grouped)."""
        current, model = self.page.current_item(), self.page.run_view.model
        if self.page.run_id is None or current is None:
            return
        order, visible = [i.id for i in model.items()], model.visible_ids()
        new_order = step(order, visible, current.id, delta)
        if new_order is None:
            return
        neighbour_id = visible[visible.index(current.id) + delta]
        neighbour = next(i for i in model.items() if i.id == neighbour_id)
        sections = {}
        if model.grouped and neighbour.section != current.section:
            # crossing a section header: join the neighbour's section at its edge, do not jump past it
            sections, new_order = {current.id: neighbour.section}, order
        self.push_reorder(new_order, sections, current.id)
        self.page.run_view.view.setFocus()

    def request_move(self, ids: list[int], sections: dict[int, str]) -> bool:
        moving = next(iter(sections), None)
        if moving is None:
            changed = [a for a, b in zip(ids, [i.id for i in self.page.run_view.model.items()], strict=True) if a != b]
            moving = changed[0] if changed else None
        QTimer.singleShot(0, lambda: self.push_reorder(ids, sections, moving))  # after the view's drop ends
        return True

    def push_reorder(self, ids: list[int], sections: dict[int, str], focus: int | None) -> None:
        if self.page.run_id is not None:
            self.page.push(
                commands.Reorder(
                    self.page,
                    QCoreApplication.translate("ChecklistsPage", "Move item"),
                    self.page.run_id,
                    list(ids),
                    sections,
                    focus,
                )
            )

    def uncheck_all(self) -> None:
        if self.page.run_id is None:
            return
        self.page.push(
            commands.UncheckAll(
                self.page, QCoreApplication.translate("ChecklistsPage", "Uncheck all"), self.page.run_id
            )
        )
        self.page.context.messages.info(
            QCoreApplication.translate("ChecklistsPage", "All items unchecked. Ctrl+Z brings the ticks back.")
        )
