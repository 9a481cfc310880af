"""An attempt exported as Markdown: the file dialog seam, translated labels, an atomic write."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from studio.core.exercise import MarkdownLabels
from studio.ui.timefmt import to_local

log = logging.getLogger(__name__)


class AttemptExport(QObject):
    """Writes attempts as Markdown (``repo``: the exercise repository; notices go to ``context.messages``)."""

    def __init__(self, context: Any, repo: Any, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.context = context
        self.repo = repo
        self._widget = parent_widget

    def labels(self) -> MarkdownLabels:
        """The Markdown export's words, translated."""
        return MarkdownLabels(
            exercise=self.tr("Exercise"),
            started=self.tr("Started"),
            finished=self.tr("Finished"),
            not_finished=self.tr("not finished"),
            total=self.tr("Time used"),
            of_planned=self.tr("of {planned} planned"),
            carry_over=self.tr("Carry-over"),
            on=self.tr("on"),
            off=self.tr("off"),
            times=self.tr("Time per phase"),
            phase=self.tr("Phase"),
            planned=self.tr("Planned"),
            used=self.tr("Used"),
            overtime=self.tr("Overtime"),
            notes=self.tr("Notes"),
            no_notes=self.tr("(no notes)"),
            self_assessment=self.tr("Self-assessment"),
            criterion=self.tr("Criterion"),
            score=self.tr("Score"),
            note=self.tr("Note"),
            average=self.tr("Average"),
            questions=self.tr("Assessors' questions"),
            summary=self.tr("Summary"),
        )

    def write(self, attempt_id: int, path: Path) -> Path:
        """Write an attempt (notes, scores, times) as Markdown to ``path``, atomically."""
        from studio.fsutil import atomic_write

        atomic_write(path, self.repo.export_markdown(attempt_id, self.labels()))
        return path

    def ask_and_write(self, attempt_id: int) -> Path | None:
        """Ask where to (``studio.ui.dialogs.files``), write, and tell the user; the path written, if any."""
        from studio.ui.dialogs import files

        row = self.repo.get(attempt_id)
        stamp = to_local(row.started_at)
        name = f"{row.exercise_id}-{stamp.strftime('%Y%m%d-%H%M') if stamp else attempt_id}.md"
        chosen = files.save_file(
            self._widget, self.tr("Export attempt"), str(Path.home() / name), self.tr("Markdown (*.md)")
        )
        if chosen is None:
            return None
        try:
            written = self.write(attempt_id, chosen)
        except Exception as exc:
            log.exception("export failed")
            self.context.messages.error(self.tr("The attempt could not be exported: %1").replace("%1", str(exc)))
            return None
        self.context.messages.info(self.tr("Exported to %1.").replace("%1", str(written)))
        return written
