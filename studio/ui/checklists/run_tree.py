"""The left half of the Checklists tab: interviews with their runs, and the run-level buttons under them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.ui.icons import icon
from studio.ui.stage_labels import stage_label
from studio.ui.style import GRID
from studio.ui.timefmt import when_text
from studio.ui.widgets.buttons import button

if TYPE_CHECKING:
    from collections.abc import Iterable

    from studio.store.checklists import RunSummary
    from studio.store.models import Interview

RUN_ROLE = Qt.ItemDataRole.UserRole + 10
INTERVIEW_ROLE = Qt.ItemDataRole.UserRole + 11
STANDALONE = -1  # the tree node of runs without an interview


def interview_label(interview: Interview) -> str:
    """Two lines: company — role, then date · stage."""
    when = when_text(interview.scheduled_at) or QCoreApplication.translate("ChecklistsPage", "date not set")
    head = interview.company + (f" — {interview.role}" if interview.role else "")
    return f"{head}\n{when} · {stage_label(interview.stage)}"


class ElidedRows(QStyledItemDelegate):
    """Rows of two lines, each shortened at its end when the column is narrow; the row's tooltip has it whole.

    The shortening is deliberate, so a row asks for no more width than its column gives (the view elides with
    ``ElideRight``); its height is still the two lines'.
    """

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        if option.rect.width() > 0 and index.data(Qt.ItemDataRole.ToolTipRole):  # type: ignore[attr-defined]
            size.setWidth(min(size.width(), option.rect.width()))  # type: ignore[attr-defined]
        return size


class RunTree(QWidget):
    """Interviews → runs, with Start / Duplicate / Archive / Delete, “Show archived” and the template menu.

    Signals:
        run_chosen(object): the user picked a run (its id) or an interview / nothing (None).
    """

    run_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self.tree = QTreeWidget()
        tree = self.tree
        tree.setAccessibleName(QCoreApplication.translate("ChecklistsPage", "Interviews and their checklists"))
        tree.setColumnCount(2)
        tree.setHeaderLabels(
            [
                QCoreApplication.translate("ChecklistsPage", "Checklist"),
                QCoreApplication.translate("ChecklistsPage", "Ready"),
            ]
        )
        tree.header().setAccessibleName(QCoreApplication.translate("ChecklistsPage", "Checklist columns"))
        tree.header().setStretchLastSection(False)
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        tree.setRootIsDecorated(True)
        tree.setUniformRowHeights(False)
        tree.setWordWrap(False)  # two explicit lines per row, each elided; wrapping mis-sizes rows
        tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        tree.setItemDelegateForColumn(0, ElidedRows(tree))
        tree.currentItemChanged.connect(self._on_current)
        self.start_button = button(
            QCoreApplication.translate("ChecklistsPage", "&Start a run…"),
            QCoreApplication.translate("ChecklistsPage", "Start a checklist run"),
        )
        self.start_button.setIcon(icon("start", "accent_text"))
        self.start_button.setProperty("role", "primary")
        self.duplicate_button = button(
            QCoreApplication.translate("ChecklistsPage", "D&uplicate"),
            QCoreApplication.translate("ChecklistsPage", "Duplicate the checklist run"),
        )
        self.archive_button = button(
            QCoreApplication.translate("ChecklistsPage", "&Archive"),
            QCoreApplication.translate("ChecklistsPage", "Archive the checklist run"),
        )
        self.delete_run_button = button(
            QCoreApplication.translate("ChecklistsPage", "Delete run"),
            QCoreApplication.translate("ChecklistsPage", "Delete the checklist run"),
            QCoreApplication.translate("ChecklistsPage", "Ctrl+Z undoes"),
        )
        self.delete_run_button.setIcon(icon("delete", "over"))
        self.delete_run_button.setProperty("role", "danger")
        self.show_archived = QCheckBox(QCoreApplication.translate("ChecklistsPage", "Show archived"))
        self.show_archived.setAccessibleName(
            QCoreApplication.translate("ChecklistsPage", "Show archived checklist runs")
        )
        self.templates_button = QToolButton()
        self.templates_button.setText(QCoreApplication.translate("ChecklistsPage", "Templates"))
        self.templates_button.setAccessibleName(QCoreApplication.translate("ChecklistsPage", "Template actions"))
        self.templates_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.templates_button)
        self.import_template_action = menu.addAction(
            QCoreApplication.translate("ChecklistsPage", "&Import a template (TOML)…")
        )
        self.export_template_action = menu.addAction(
            QCoreApplication.translate("ChecklistsPage", "&Export a template (TOML)…")
        )
        self.templates_button.setMenu(menu)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, GRID, 0)
        layout.setSpacing(GRID)
        layout.addWidget(tree, 1)
        rows = [QHBoxLayout() for _ in range(4)]
        rows[0].addWidget(self.start_button)
        rows[1].addWidget(self.duplicate_button)
        rows[1].addWidget(self.archive_button)
        rows[2].addWidget(self.delete_run_button)
        rows[2].addWidget(self.templates_button)
        rows[3].addWidget(self.show_archived)
        rows[3].addStretch(1)
        for row in rows:
            row.setSpacing(GRID)
            layout.addLayout(row)

    # ----- filling -----------------------------------------------------------------------------------------
    def fill(self, interviews: dict[int, Interview], summaries: Iterable[RunSummary], current: int | None) -> None:
        """Rebuild the tree (one node per interview, then the standalone runs), selecting run ``current``."""
        self._filling = True
        try:
            self.tree.clear()
            nodes: dict[int, QTreeWidgetItem] = {}
            for interview_id, interview in interviews.items():
                nodes[interview_id] = self._top(interview_label(interview), interview_id)
            standalone = self._top(QCoreApplication.translate("ChecklistsPage", "Standalone checklists"), STANDALONE)
            nodes[STANDALONE] = standalone
            selected: QTreeWidgetItem | None = None
            for summary in summaries:
                child = QTreeWidgetItem(["", ""])
                child.setData(0, RUN_ROLE, summary.id)
                self.show_summary(summary, child)
                nodes.get(summary.run.interview_id or STANDALONE, standalone).addChild(child)
                if summary.id == current:
                    selected = child
            self.tree.expandAll()
            if selected is not None:
                self.tree.setCurrentItem(selected)
        finally:
            self._filling = False

    def _top(self, text: str, interview_id: int) -> QTreeWidgetItem:
        node = QTreeWidgetItem([text, ""])
        node.setData(0, INTERVIEW_ROLE, interview_id)
        node.setToolTip(0, text)
        font = node.font(0)
        font.setBold(True)
        node.setFont(0, font)
        self.tree.addTopLevelItem(node)
        return node

    def show_summary(self, summary: RunSummary, node: QTreeWidgetItem | None = None) -> None:
        """Show a run's title, start date and readiness in its row."""
        node = node or self.run_node(summary.id)
        if node is None:
            return
        run = summary.run
        started = when_text(run.created_at, with_time=False)
        archived = QCoreApplication.translate("ChecklistsPage", "archived")
        started_text = QCoreApplication.translate("ChecklistsPage", "started %1").replace("%1", started)
        name = run.title + (f" ({archived})" if run.archived else "")
        node.setText(0, f"{name}\n{started_text}")
        node.setText(1, f"{summary.readiness.percent} %")
        node.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        done = (
            QCoreApplication.translate("ChecklistsPage", "%1 of %2 done")
            .replace("%1", str(summary.readiness.checked))
            .replace("%2", str(summary.readiness.total))
        )
        node.setToolTip(0, f"{name}\n{started_text}\n{done}")

    # ----- finding and selecting ---------------------------------------------------------------------------
    def _tops(self) -> list[QTreeWidgetItem]:
        tops = (self.tree.topLevelItem(index) for index in range(self.tree.topLevelItemCount()))
        return [node for node in tops if node is not None]

    def run_node(self, run_id: int) -> QTreeWidgetItem | None:
        for parent in self._tops():
            for index in range(parent.childCount()):
                child = parent.child(index)
                if child is not None and child.data(0, RUN_ROLE) == run_id:
                    return child
        return None

    def interview_node(self, interview_id: int) -> QTreeWidgetItem | None:
        return next((node for node in self._tops() if node.data(0, INTERVIEW_ROLE) == interview_id), None)

    def select_quietly(self, run_id: int | None) -> bool:
        """Select a run's row without announcing it; False when the run is not in the tree."""
        node = self.run_node(run_id) if run_id is not None else None
        if node is not None:
            self._filling = True
            self.tree.setCurrentItem(node)
            self._filling = False
        return node is not None

    def selected_interview(self) -> int | None:
        """The interview the current row belongs to (None: standalone or nothing)."""
        node = self.tree.currentItem()
        if node is None:
            return None
        value = (node.parent() or node).data(0, INTERVIEW_ROLE)
        return None if value in (None, STANDALONE) else int(value)

    def show_interview(self, interview_id: int) -> None:
        """Select an interview's first run (or the interview itself) unless a row of it is already selected."""
        if self.tree.currentItem() is not None and self.selected_interview() == interview_id:
            return
        node = self.interview_node(interview_id)
        if node is not None:
            self.tree.setCurrentItem(node.child(0) or node)

    def set_run_actions_enabled(self, has_run: bool, archived: bool = False) -> None:
        for widget in (self.duplicate_button, self.archive_button, self.delete_run_button):
            widget.setEnabled(has_run)
        self.archive_button.setText(
            QCoreApplication.translate("ChecklistsPage", "Un&archive")
            if archived
            else QCoreApplication.translate("ChecklistsPage", "&Archive")
        )

    def _on_current(self, current: QTreeWidgetItem | None, _previous: object = None) -> None:
        if self._filling:
            return
        run_id = current.data(0, RUN_ROLE) if current is not None else None
        self.run_chosen.emit(int(run_id) if run_id is not None else None)
