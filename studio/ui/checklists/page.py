"""The Checklists tab: interviews with their runs on the left (:mod:`run_tree`), the selected run on the right
(:mod:`run_view`); item steps in :mod:`item_steps`, files in :mod:`file_actions`. This module composes them and
owns the run-level steps, the ticks and what happens when interviews change.

Every change to a run, ticks included, is an undo command (:mod:`commands`) on the window's shared undo stack, so
Edit → Undo / Ctrl+Z reverts checklist and interview steps in the order they were made. A tick is committed to
the store before the checkbox shows it.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QSplitter, QVBoxLayout, QWidget

from studio.core.checklists import suggest_templates
from studio.core.content import ChecklistTemplate, Kind
from studio.ui.checklists import commands
from studio.ui.checklists.dialogs import TemplateChoice, TemplatePicker
from studio.ui.checklists.file_actions import FileActions
from studio.ui.checklists.item_steps import ItemSteps
from studio.ui.checklists.run_tree import RunTree, interview_label
from studio.ui.checklists.run_view import RunView
from studio.ui.context import StudioContext
from studio.ui.dialogs.ask import ask
from studio.ui.stage_labels import stage_label
from studio.ui.style import GRID
from studio.ui.undo import push_or_do

if TYPE_CHECKING:
    from studio.core.checklists import RunItem
    from studio.store.checklists import ChecklistRepository, RunSummary
    from studio.store.models import Interview
    from studio.ui.interviews import InterviewsPanel


class ChecklistsPage(QWidget):
    """The tab page; see the module docstring."""

    def __init__(
        self,
        context: StudioContext,
        undo_stack: QUndoStack | None,
        sidebar: InterviewsPanel | None = None,
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
        self.library = context.library.current
        self.run_id: int | None = None
        self.applying = False  # an undo command is running: notes are saved directly, not pushed
        self._known_interviews: set[int] = set()
        self._orphans: dict[int, set[int]] = {}
        self._interviews: dict[int, Interview] = {}
        self._summaries: dict[int, RunSummary] = {}

        self.runs = RunTree()
        self.run_view = RunView()
        self.files = FileActions(self, self)
        self.items = ItemSteps(self)
        self._connect()
        splitter = QSplitter()
        splitter.setObjectName("checklistsSplitter")
        splitter.addWidget(self.runs)
        splitter.addWidget(self.run_view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([GRID * 44, GRID * 76])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(GRID, GRID, GRID, GRID)
        layout.addWidget(splitter)

        self.refresh_runs()
        self._known_interviews = set(self._interviews)
        context.library.changed.connect(self._on_library_changed)
        context.events.interviews_changed.connect(self._on_interviews_changed)
        if sidebar is not None:
            sidebar.selection_changed.connect(self._on_sidebar_selection)

    def _connect(self) -> None:
        runs, view = self.runs, self.run_view
        runs.run_chosen.connect(self.show_run)
        runs.start_button.clicked.connect(self.start_run_dialog)
        runs.duplicate_button.clicked.connect(self.duplicate_run)
        runs.archive_button.clicked.connect(self.archive_run)
        runs.delete_run_button.clicked.connect(self.delete_run)
        runs.show_archived.toggled.connect(lambda _on: self.refresh_runs())
        runs.import_template_action.triggered.connect(lambda: self.files.import_template())
        runs.export_template_action.triggered.connect(lambda: self.files.export_template())
        view.model.commit_tick = self._commit_tick
        view.model.request_move = self.items.request_move
        view.model.tick_committed.connect(self._on_tick_shown)
        view.add_requested.connect(self.items.add_item)
        view.edit_requested.connect(self.items.edit_item)
        view.delete_requested.connect(self.items.delete_item)
        view.move_requested.connect(self.items.move_selected)
        view.uncheck_requested.connect(self.items.uncheck_all)
        view.note_edited.connect(self._on_note_edited)
        grouped = view.group_box.isChecked
        view.export_markdown_action.triggered.connect(lambda: self.files.export_markdown(grouped()))
        view.export_pdf_action.triggered.connect(lambda: self.files.export_pdf(grouped()))
        view.print_action.triggered.connect(lambda: self.files.print_run(grouped()))
        view.save_template_action.triggered.connect(lambda: self.files.save_as_template())

    # ----- templates ---------------------------------------------------------------------------------------
    def _on_library_changed(self) -> None:
        self.library = self.context.library.current

    def template_choices(self) -> list[TemplateChoice]:
        """Built-in templates in the studio's language (others labelled), then the user's own."""
        lang = self.context.language
        mine = self.tr("my template")
        out: list[TemplateChoice] = []
        for template in self.library.checklists(lang) if self.library is not None else []:
            label = template.title + (f" [{template.fallback_from.upper()}]" if template.fallback_from else "")
            if template.origin == "user":  # the user's own file in the content folder (Library tab)
                label += f" ({mine})"
            out.append(TemplateChoice(template, label))
        for row_id, template in self.repository.user_templates():
            suffix = f" ({mine}, {template.lang.upper()})" if template.lang != lang else f" ({mine})"
            out.append(TemplateChoice(template, template.title + suffix, row_id))
        return out

    def builtin_ids(self) -> list[str]:
        return self.library.ids("checklists") if self.library is not None else []

    def _find_template(self, template_id: str, lang: str) -> ChecklistTemplate | None:
        found = self.library.find(Kind.CHECKLISTS, template_id, lang) if self.library is not None else None
        if isinstance(found, ChecklistTemplate):
            return dataclasses.replace(found, fallback_from=None)
        mine = [t for _row, t in self.repository.user_templates() if t.id == template_id]
        return next((t for t in mine if t.lang == lang), mine[0] if mine else None)

    # ----- what other tabs ask for (through the navigator) -------------------------------------------------
    def start_template(self, template_id: str, lang: str, interview_id: int | None) -> int | None:
        """Start a run of a template (in ``lang``, else its other language) and show it; returns the run id."""
        template = self._find_template(template_id, lang)
        if template is None:
            self.context.messages.warning(self.tr("The checklist “%1” was not found.").replace("%1", template_id))
            return None
        if interview_id is not None and interview_id not in self._interviews:
            self.refresh_runs()
            if interview_id not in self._interviews:
                interview_id = None
        return self.start_run(template, interview_id)

    def open_run(self, run_id: int) -> bool:
        """Show a run (archived ones too); False when it no longer exists."""
        run = self.repository.get_run(run_id)
        if run is None:
            self.context.messages.warning(self.tr("That checklist no longer exists."))
            return False
        self.changed(run_id)
        return self.run_id == run_id

    # ----- left: interviews and runs -----------------------------------------------------------------------
    def refresh_runs(self) -> None:
        """Rebuild the tree of interviews and runs, keeping the selection."""
        self._interviews = {row.id: row for row in self.interview_repository.list() if row.id is not None}
        summaries = self.repository.summaries(include_archived=self.runs.show_archived.isChecked())
        self._summaries = {s.id: s for s in summaries}
        self.runs.fill(self._interviews, summaries, self.run_id)
        if self.run_id is not None and self.run_id not in self._summaries:
            self.show_run(None)
        self._update_enabled()

    def run_subtitle(self, interview_id: int | None) -> str:
        interview = self._interviews.get(interview_id) if interview_id is not None else None
        return interview_label(interview).replace("\n", " · ") if interview is not None else ""

    def select_run(self, run_id: int | None) -> None:
        node = self.runs.run_node(run_id) if run_id is not None else None
        if node is None or node is self.runs.tree.currentItem():
            self.show_run(run_id if node is not None else None)
        else:
            self.runs.tree.setCurrentItem(node)

    def _on_sidebar_selection(self, interview_id: object) -> None:
        """The sidebar picked an interview: show its first run (or its node) here too."""
        if isinstance(interview_id, int):
            self.runs.show_interview(interview_id)

    # ----- right: the run ----------------------------------------------------------------------------------
    def show_run(self, run_id: int | None, focus_item: int | None = None) -> None:
        self.run_view.commit_note()
        run = self.repository.get_run(run_id) if run_id is not None else None
        self.run_id = run.id if run is not None else None
        if run is None or self.run_id is None:
            self.run_view.show_nothing()
        else:
            subtitle = self.run_subtitle(run.interview_id) or self.tr("Standalone checklist")
            self.run_view.show_run(run.title, subtitle, self.repository.run_items(self.run_id), focus_item)
        self._update_enabled()

    def current_item(self) -> RunItem | None:
        return self.run_view.current_item()

    def _update_enabled(self) -> None:
        run = self._summaries.get(self.run_id) if self.run_id is not None else None
        self.runs.set_run_actions_enabled(self.run_id is not None, run is not None and run.run.archived)

    # ----- ticks: undoable, durable first, shown second ----------------------------------------------------
    def _commit_tick(self, item_id: int, checked: bool) -> bool:
        item = next((i for i in self.run_view.model.items() if i.id == item_id), None)
        if self.run_id is None or item is None:
            return False
        text = (self.tr("Tick “%1”") if checked else self.tr("Untick “%1”")).replace("%1", item.text)
        command = commands.SetTick(self, text, self.run_id, item_id, checked, self._tick_failed)
        self.push(command)
        return command.succeeded

    def _tick_failed(self, exc: Exception) -> None:
        self.context.messages.error(self.tr("The tick could not be saved: %1").replace("%1", str(exc)))

    def tick_shown(self, run_id: int, item_id: int, checked: bool) -> None:
        """An undo or redo changed a tick: show it (switching to its run if another one is shown)."""
        if run_id != self.run_id:
            self.changed(run_id, item_id)
        else:
            self.run_view.model.apply_tick(item_id, checked)

    def _open_only(self) -> bool:
        return self.run_view.open_only_box.isChecked()

    def _on_tick_shown(self, _item_id: int, _checked: bool) -> None:
        self.run_view.update_progress()
        summary = self._summaries.get(self.run_id) if self.run_id is not None else None
        if summary is not None and self.run_id is not None:
            from studio.store.checklists import RunSummary

            fresh = RunSummary(summary.run, self.repository.readiness(self.run_id))
            self._summaries[self.run_id] = fresh
            self.runs.show_summary(fresh)
        if self._open_only():
            QTimer.singleShot(0, self.run_view.apply_view_options)  # let the view finish its click first

    # ----- undoable steps ----------------------------------------------------------------------------------
    def changed(self, run_id: int | None, item_id: int | None = None) -> None:
        """After a command: reload the tree and show ``run_id`` with ``item_id`` selected."""
        self.run_id = run_id
        self.refresh_runs()
        if run_id is not None and self.runs.run_node(run_id) is None and not self.runs.show_archived.isChecked():
            run = self.repository.get_run(run_id)
            if run is not None and run.archived:
                self.runs.show_archived.setChecked(True)
        shown = self.runs.select_quietly(run_id)
        self.show_run(run_id if shown else None, item_id)

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

        self.run_view.show_changed_item(as_run_item(row), select)

    def failed(self, exc: Exception) -> None:
        self.context.messages.error(self.tr("The change could not be saved: %1").replace("%1", str(exc)))

    def push(self, command: commands._Command) -> None:
        self.run_view.commit_note()
        push_or_do(self.undo_stack, command)

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally; tests replace this to fill it in."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _on_note_edited(self, item_id: int, text: str) -> None:
        if self.run_id is None:
            return
        if self.applying:  # never push onto the stack from inside another step's redo/undo
            self.repository.set_note(item_id, text)
            return
        push_or_do(self.undo_stack, commands.SetNote(self, self.tr("Edit note"), self.run_id, item_id, text))

    def start_run_dialog(self) -> int | None:
        """Pick a template and what it is for; start the run. Returns the new run id."""
        targets: list[tuple[int | None, str]] = [(None, self.tr("No interview (standalone)"))]
        targets += [(i, interview_label(row).replace("\n", " · ")) for i, row in self._interviews.items()]
        dialog = TemplatePicker(self.template_choices(), targets, self.runs.selected_interview(), parent=self)
        choice = dialog.chosen() if self.run_dialog(dialog) else None
        return None if choice is None else self.start_run(choice.template, dialog.chosen_target())

    def start_run(self, template: ChecklistTemplate, interview_id: int | None) -> int | None:
        text = self.tr("Start checklist “%1”").replace("%1", template.title)
        command = commands.StartRun(self, text, template, interview_id)
        self.push(command)
        return command.run_id if command.succeeded else None

    def duplicate_run(self) -> None:
        run = self.repository.get_run(self.run_id) if self.run_id is not None else None
        if run is not None:
            text = self.tr("Duplicate checklist “%1”").replace("%1", run.title)
            self.push(commands.DuplicateRun(self, text, run.id, run.interview_id))  # type: ignore[arg-type]
            self.context.messages.info(self.tr("Checklist duplicated. Ctrl+Z removes the copy."))

    def archive_run(self) -> None:
        run = self.repository.get_run(self.run_id) if self.run_id is not None else None
        if run is not None:
            text = (self.tr("Unarchive “%1”") if run.archived else self.tr("Archive “%1”")).replace("%1", run.title)
            self.push(commands.Archive(self, text, run.id, not run.archived))  # type: ignore[arg-type]
            if not run.archived:
                self.context.messages.info(self.tr("Checklist archived. Ctrl+Z brings it back."))

    def delete_run(self) -> None:
        run = self.repository.get_run(self.run_id) if self.run_id is not None else None
        if run is not None:
            text = self.tr("Delete checklist “%1”").replace("%1", run.title)
            self.push(commands.DeleteRun(self, text, run.id))  # type: ignore[arg-type]
            self.context.messages.info(self.tr("Checklist deleted. Ctrl+Z brings it back."))

    # ----- interviews --------------------------------------------------------------------------------------
    def _on_interviews_changed(self) -> None:
        before = {s.id: s.run.interview_id for s in self._summaries.values()}
        self.refresh_runs()
        # A deleted interview leaves its runs standalone (ON DELETE SET NULL); remember them, so that undoing
        # the deletion (same id back) gives the runs back to it.
        for run_id, interview_id in before.items():
            if interview_id is not None and interview_id not in self._interviews:
                self._orphans.setdefault(interview_id, set()).add(run_id)
        for interview_id in [i for i in self._orphans if i in self._interviews]:
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
        text = (
            self.tr("“%1” is a %2. Start these checklists for it?\n\n%3")
            .replace("%1", interview.company)
            .replace("%2", stage_label(interview.stage).lower())
            .replace("%3", "\n".join(f"• {available[i].title}" for i in ids))
        )
        title = self.tr("Checklists for the new interview")
        if ask(self, title, text, [self.tr("Start them"), self.tr("Not now")]) != 0:
            return []
        started: list[int] = []
        macro = self.tr("Start checklists for “%1”").replace("%1", interview.company)
        if self.undo_stack is not None:
            self.undo_stack.beginMacro(macro)
        try:
            for template_id in ids:
                run_id = self.start_run(available[template_id], interview_id)
                if run_id is not None:
                    started.append(run_id)
        finally:
            if self.undo_stack is not None:
                self.undo_stack.endMacro()
        if started:
            self.changed(started[0])
        return started

    # ----- lifecycle ---------------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Save a note being typed before the window closes."""
        self.run_view.commit_note()
