"""The takes list of the Voice tab: which takes it shows (all, this prompt's, the exercise answers), their rating and
notes, and what can be done with them (rename, delete with undo, compare, export, import).

Everything goes through the take service; the list follows its ``takes_changed`` and ``analysed`` signals, so a take
stored elsewhere (an exercise answer) appears without a restart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QItemSelectionModel, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.ui import icons
from studio.ui.style import GRID
from studio.ui.takes import ALL_TAKES, EXERCISE_TAKES, PROMPT_TAKES
from studio.ui.undo import UndoCommand, push_or_do
from studio.ui.voice.exercise_takes import ExerciseTakes, attempt_id_of
from studio.ui.voice.record_bar import format_seconds
from studio.ui.widgets.ask_text import ask_text

if TYPE_CHECKING:
    from studio.store.models import Prompt, Take
    from studio.ui.context import StudioContext

TAKE_ID_ROLE = Qt.ItemDataRole.UserRole


def file_stem(name: str) -> str:
    """A take's name as a file name: no path separators or characters file systems reject."""
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", name).strip(" .")
    return stem or "take"


def short_when(when: datetime) -> str:
    """When a take was recorded, short enough for the list: "30 Nov 16:46" in the user's language."""
    local = when.astimezone()
    return QLocale().toString(QDateTime(local.date(), local.time().replace(microsecond=0)), "d MMM HH:mm")


class _TrashTakes(UndoCommand):
    """Move takes to the trash; undo brings them back, selected."""

    def __init__(self, panel: TakesPanel, take_ids: list[int], text: str) -> None:
        super().__init__(text, on_error=panel.report_error)
        self._panel, self._ids = panel, take_ids

    def do(self) -> None:
        for take_id in self._ids:
            self._panel.trashing.emit(take_id)
            self._panel.context.takes.trash(take_id)

    def revert(self) -> None:
        for take_id in self._ids:
            self._panel.context.takes.restore(take_id)
        self._panel.refresh(select=self._ids[0])


class TakesPanel(QGroupBox):
    """Signals:
    selection_changed(object): the selected take ids (a list, in list order).
    trashing(int): this take is about to go to the trash (stop playing it).
    compare_requested(): the user asked to compare the two selected takes.
    imported(int): an imported file was stored as this take (and selected).
    """

    selection_changed = Signal(object)
    trashing = Signal(int)
    compare_requested = Signal()
    imported = Signal(int)

    def __init__(
        self, context: StudioContext, exercises: ExerciseTakes, undo_stack: object, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Takes"), parent)
        self.context = context
        self.exercises = exercises
        self.undo_stack = undo_stack
        self.prompt_id: int | None = None
        self.interview_id: int | None = None
        self._names: dict[int, str] = {}
        self._rows: dict[int, Take] = {}
        self.scope_combo = QComboBox()
        self.scope_combo.setAccessibleName(self.tr("Which takes to list"))
        self.scope_combo.addItem(self.tr("All takes"), ALL_TAKES)
        self.scope_combo.addItem(self.tr("This prompt"), PROMPT_TAKES)
        self.scope_combo.addItem(self.tr("Exercise answers"), EXERCISE_TAKES)
        self.scope_combo.setCurrentIndex(1)
        self.only_interview = QCheckBox(self.tr("Only the selected interview"))
        self.only_interview.setEnabled(False)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Takes"))
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setHeaderLabels(
            [self.tr("Take"), self.tr("Date"), self.tr("Length"), self.tr("Pace"), self.tr("Pauses"), self.tr("Rating")]
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.rename_button = QPushButton(icons.icon("rename"), self.tr("Rename…"))
        self.delete_button = QPushButton(icons.icon("delete"), self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Move the take to the trash (Ctrl+Z undoes)"))
        self.export_button = QPushButton(icons.icon("export"), self.tr("Export…"))
        self.import_button = QPushButton(icons.icon("import"), self.tr("Import…"))
        self.compare_button = QPushButton(icons.icon("compare"), self.tr("Compare"))
        self.compare_button.setToolTip(self.tr("Select two takes to compare them side by side"))
        # Rename, Delete and Export are icons (the list's own tools, as in a voice-memo app); Compare and Import
        # keep their words
        for button, tip in (
            (self.rename_button, self.tr("Rename the take")),
            (self.delete_button, self.tr("Move the take to the trash (Ctrl+Z undoes)")),
            (self.export_button, self.tr("Export the take as a WAV or FLAC file")),
        ):
            button.setAccessibleName(button.text().replace("…", ""))
            button.setToolTip(tip)
            button.setText("")
        buttons = QHBoxLayout()
        buttons.setSpacing(GRID)
        for widget in (self.rename_button, self.delete_button, self.export_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.import_button)
        self.rating_combo = QComboBox()
        self.rating_combo.setAccessibleName(self.tr("Rating"))
        for stars in range(6):
            self.rating_combo.addItem("★" * stars if stars else self.tr("no rating"), stars)
        self.favourite_check = QCheckBox(self.tr("Favourite"))
        self.notes_edit = QLineEdit()
        self.notes_edit.setAccessibleName(self.tr("Take notes"))
        self.notes_edit.setPlaceholderText(self.tr("Notes"))
        self.notes_edit.setToolTip(self.tr("Notes on this take"))
        self.notes_edit.setMinimumWidth(GRID * 12)
        details = QHBoxLayout()
        details.setSpacing(GRID)
        details.addWidget(QLabel(self.tr("Rating:")))
        details.addWidget(self.rating_combo)
        details.addWidget(self.favourite_check)
        details.addWidget(self.notes_edit, 1)
        scope = QHBoxLayout()
        scope.setSpacing(GRID)
        scope.addWidget(self.scope_combo)
        scope.addWidget(self.only_interview)
        scope.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(GRID)
        layout.addLayout(scope)
        layout.addWidget(self.tree, 1)
        layout.addLayout(details)
        layout.addLayout(buttons)
        self.scope_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.only_interview.toggled.connect(lambda _on: self.refresh())
        self.tree.itemSelectionChanged.connect(self._on_selection)
        self.rename_button.clicked.connect(self.rename_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button.clicked.connect(self.export_selected)
        self.import_button.clicked.connect(self.import_file)
        self.compare_button.clicked.connect(self.compare_requested)
        self.rating_combo.activated.connect(self._on_details_edited)
        self.favourite_check.clicked.connect(self._on_details_edited)
        self.notes_edit.editingFinished.connect(self._on_details_edited)
        context.takes.takes_changed.connect(lambda _id: self.refresh())
        context.takes.analysed.connect(lambda _id: self.refresh())
        context.library.changed.connect(self.refresh)  # exercise titles arrive with the library

    # ----- what is listed ----------------------------------------------------------------------------------
    def scope(self) -> str:
        return str(self.scope_combo.currentData())

    def set_scope(self, scope: str) -> None:
        self.scope_combo.setCurrentIndex(max(0, self.scope_combo.findData(scope)))

    def set_prompt(self, prompt_id: int | None) -> None:
        self.prompt_id = prompt_id
        self.refresh()

    def set_interview(self, interview_id: int | None) -> None:
        self.interview_id = interview_id
        self.only_interview.setEnabled(interview_id is not None)
        if interview_id is None and self.only_interview.isChecked():
            self.only_interview.setChecked(False)  # refreshes
        else:
            self.refresh()

    def refresh(self, select: int | None = None) -> None:
        """Rebuild the list, keeping the selection (or selecting ``select``)."""
        keep = [select] if select is not None else self.selected_ids()
        scrolled = self.tree.verticalScrollBar().value()
        interview = self.interview_id if self.only_interview.isChecked() else None
        rows = self.context.takes.takes(self.scope(), prompt_id=self.prompt_id, interview_id=interview)
        reviews = self.context.takes.reviews([r.id for r in rows if r.id is not None], current_only=False)
        prompts: dict[int | None, Prompt] = {}
        if self.scope() != PROMPT_TAKES:
            prompts = {p.id: p for p in self.context.takes.repo.prompts()}
        self._rows = {row.id: row for row in rows if row.id is not None}
        self._names = self._name_rows(rows, prompts)
        self.tree.blockSignals(True)
        self.tree.clear()
        for row in rows:
            assert row.id is not None
            report = reviews.get(row.id)
            metrics = report.metrics if report is not None else {}
            wpm, share = metrics.get("wpm"), metrics.get("pause_share")
            item = QTreeWidgetItem(
                [
                    ("♥ " if row.favourite else "") + self._names[row.id],
                    short_when(row.created_at),
                    format_seconds(row.duration),
                    self.tr("%1 wpm").replace("%1", f"{float(wpm):.0f}") if wpm is not None else "—",
                    f"{float(share) * 100:.0f} %" if share is not None else "—",
                    "★" * row.rating,
                ]
            )
            item.setData(0, TAKE_ID_ROLE, row.id)
            item.setToolTip(0, self._names[row.id])
            item.setToolTip(1, QLocale().toString(row.created_at.astimezone(), QLocale.FormatType.LongFormat))
            self.tree.addTopLevelItem(item)
            if row.id in keep:
                # NoUpdate: a held Ctrl or Shift (keyboard modifiers) must not toggle the selection just made
                self.tree.setCurrentItem(item, 0, QItemSelectionModel.SelectionFlag.NoUpdate)
                item.setSelected(True)
        self.tree.blockSignals(False)
        self.tree.verticalScrollBar().setValue(scrolled)  # a rebuilt list stays where the user was
        self._on_selection()

    def _name_rows(self, rows: Sequence[Take], prompts: dict[int | None, Prompt]) -> dict[int, str]:
        """What each take is called: its own name, its exercise's title, or "Take N" counted per prompt."""
        counts: dict[int | None, int] = {}
        numbers: dict[int, int] = {}
        for row in reversed(rows):  # oldest first
            if row.id is not None and attempt_id_of(row) is None:
                counts[row.prompt_id] = counts.get(row.prompt_id, 0) + 1
                numbers[row.id] = counts[row.prompt_id]
        names: dict[int, str] = {}
        for row in rows:
            assert row.id is not None
            name = row.name or self.exercises.title(row)
            if not name:
                name = self.tr("Take %1").replace("%1", str(numbers.get(row.id, 1)))
                prompt = prompts.get(row.prompt_id)
                if prompt is not None:  # listed with other prompts' takes: say which prompt
                    title = self.tr("Self-introduction") if prompt.kind == "self_intro" else prompt.title
                    name = self.tr("%1 · %2").replace("%1", name).replace("%2", title)
            names[row.id] = name
        return names

    def name_of(self, take_id: int) -> str:
        """The name the list shows for a take."""
        return self._names.get(take_id, f"#{take_id}")

    def selected_ids(self) -> list[int]:
        return [int(item.data(0, TAKE_ID_ROLE)) for item in self.tree.selectedItems()]

    def selected_takes(self) -> list[Take]:
        return [self._rows[i] for i in self.selected_ids() if i in self._rows]

    def is_listed(self, take_id: int) -> bool:
        return take_id in self._rows

    def _on_selection(self) -> None:
        ids = self.selected_ids()
        self.update_buttons()
        take = self._rows.get(ids[0]) if len(ids) == 1 else None
        if take is not None:
            for widget in (self.rating_combo, self.favourite_check, self.notes_edit):
                widget.blockSignals(True)
            self.rating_combo.setCurrentIndex(take.rating)
            self.favourite_check.setChecked(take.favourite)
            self.notes_edit.setText(take.notes)
            for widget in (self.rating_combo, self.favourite_check, self.notes_edit):
                widget.blockSignals(False)
        self.selection_changed.emit(ids)

    def update_buttons(self, idle: bool = True) -> None:
        count = len(self.selected_ids())
        for widget in (self.rename_button, self.export_button, self.rating_combo, self.favourite_check):
            widget.setEnabled(count == 1)
        self.notes_edit.setEnabled(count == 1)
        self.delete_button.setEnabled(count >= 1 and idle)
        self.compare_button.setEnabled(count == 2)

    # ----- actions -----------------------------------------------------------------------------------------
    def report_error(self, exc: Exception) -> None:
        self.context.messages.error(str(exc))

    def _on_details_edited(self, *_args: object) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.context.takes.update(
                ids[0],
                rating=int(self.rating_combo.currentData()),
                favourite=self.favourite_check.isChecked(),
                notes=self.notes_edit.text(),
            )

    def rename_selected(self) -> None:
        """Rename the selected take, starting from the name the list shows."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        current = self.name_of(ids[0])
        name = ask_text(self, self.tr("Rename take"), self.tr("Name:"), current)
        if name is not None and name.strip() and name.strip() != current:
            self.context.takes.update(ids[0], name=name.strip())

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        names = "”, “".join(self.name_of(i) for i in ids)
        text = QCoreApplication.translate("TakesPanel", "Delete take “%1”").replace("%1", names)
        push_or_do(self.undo_stack, _TrashTakes(self, ids, text))
        self.context.messages.info(self.tr("Take moved to the trash. Ctrl+Z brings it back."))

    def empty_trash(self) -> None:
        """Delete the trashed takes for good, after asking (this cannot be undone)."""
        from studio.ui.dialogs.ask import ask

        choice = ask(
            self,
            self.tr("Empty the trash"),
            self.tr("Delete the takes in the trash for good? This cannot be undone."),
            [self.tr("Delete for good"), self.tr("Cancel")],
        )
        if choice == 0:
            count = self.context.takes.empty_trash()
            clear = getattr(self.undo_stack, "clear", None)
            if callable(clear):  # the trash commands cannot be undone any more
                clear()
            self.context.messages.info(self.tr("%1 takes deleted for good.").replace("%1", str(count)))

    def export_selected(self) -> None:
        """Ask where to write the selected take, suggesting its name, then export it in the background."""
        from studio.ui.dialogs import files

        ids = self.selected_ids()
        if len(ids) != 1:
            return
        suggested = Path.home() / f"{file_stem(self.name_of(ids[0]))}.wav"
        dest = files.save_file(
            self, self.tr("Export take"), str(suggested), self.tr("WAV audio (*.wav);;FLAC audio (*.flac)")
        )
        if dest is not None:
            self.context.takes.export(ids[0], dest)

    def import_file(self) -> None:
        from studio.ui.dialogs import files

        audio = self.tr("Audio (*.wav *.flac *.ogg *.mp3);;All files (*)")
        src = files.open_file(self, self.tr("Import an audio file"), str(Path.home()), audio)
        if src is not None:
            self.import_path(src)

    def import_path(self, src: Path) -> None:
        """Import a file as a take of the current prompt (in the background); it is selected once stored."""
        if self.scope() == EXERCISE_TAKES:
            self.set_scope(PROMPT_TAKES)
        self.context.takes.import_file(
            src,
            prompt_id=self.prompt_id,
            interview_id=self.interview_id,
            on_done=self._on_imported,
        )

    def _on_imported(self, take: Take) -> None:
        assert take.id is not None
        self.refresh(select=take.id)
        self.imported.emit(take.id)
