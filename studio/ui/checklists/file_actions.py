"""What the Checklists tab reads and writes as files: the run as Markdown, PDF or on paper, and templates as TOML.

Every file name is asked through the one file-dialog seam (``studio.ui.dialogs.files``); every file is written
through ``studio.fsutil`` (whole or not at all).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QWidget

from studio.core.checklists import ExportLabels, RunExport, slug
from studio.core.content import ContentError
from studio.ui.checklists.dialogs import SaveTemplateDialog, TemplateChoice, TemplatePicker
from studio.ui.dialogs import files
from studio.ui.stage_labels import stage_choices

if TYPE_CHECKING:
    from studio.store.checklists import ChecklistRepository
    from studio.ui.context import StudioContext
    from studio.ui.messages import MessageBridge

MAX_TEMPLATE_FILE = 512 * 1024


class PageHooks(Protocol):
    """What the file actions need from the page."""

    context: StudioContext
    repository: ChecklistRepository
    run_id: int | None

    def run_dialog(self, dialog: QDialog) -> bool: ...

    def run_subtitle(self, interview_id: int | None) -> str: ...

    def template_choices(self) -> list[TemplateChoice]: ...

    def builtin_ids(self) -> list[str]: ...


class FileActions(QObject):
    """Export, print and template files of the Checklists tab (its page supplies the run and the dialogs)."""

    def __init__(self, page: PageHooks, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.page = page
        self.widget = parent_widget

    @property
    def messages(self) -> MessageBridge:
        return self.page.context.messages

    # ----- the run -----------------------------------------------------------------------------------------
    def run_export(self, grouped: bool = True) -> RunExport | None:
        """The selected run as plain values for the writers (None when no run is shown)."""
        run_id = self.page.run_id
        run = self.page.repository.get_run(run_id) if run_id is not None else None
        if run is None or run_id is None:
            return None
        labels = ExportLabels(
            readiness=QCoreApplication.translate("ChecklistsPage", "Readiness"),
            of=QCoreApplication.translate("ChecklistsPage", "of"),
            note=QCoreApplication.translate("ChecklistsPage", "Note"),
            hint=QCoreApplication.translate("ChecklistsPage", "Hint"),
            general=QCoreApplication.translate("ChecklistsPage", "General"),
        )
        subtitle = self.page.run_subtitle(run.interview_id)
        return RunExport(run.title, self.page.repository.run_items(run_id), subtitle, grouped, labels)

    def _ask_save(self, title: str, name: str, name_filter: str) -> Path | None:
        return files.save_file(self.widget, title, str(Path.home() / name), name_filter)

    def export_markdown(self, grouped: bool = True, path: Path | None = None) -> Path | None:
        export = self.run_export(grouped)
        if export is None:
            return None
        path = path or self._ask_save(
            QCoreApplication.translate("ChecklistsPage", "Export checklist as Markdown"),
            f"{slug(export.title, 'checklist')}.md",
            QCoreApplication.translate("ChecklistsPage", "Markdown (*.md)"),
        )
        if path is None:
            return None
        from studio.ui.checklists.export import write_markdown

        return self._write(lambda: write_markdown(export, path), path)

    def export_pdf(self, grouped: bool = True, path: Path | None = None) -> Path | None:
        export = self.run_export(grouped)
        if export is None:
            return None
        path = path or self._ask_save(
            QCoreApplication.translate("ChecklistsPage", "Export checklist as PDF"),
            f"{slug(export.title, 'checklist')}.pdf",
            QCoreApplication.translate("ChecklistsPage", "PDF (*.pdf)"),
        )
        if path is None:
            return None
        from studio.ui.checklists.export import write_pdf

        return self._write(lambda: write_pdf(export, path), path)

    def _write(self, action: Callable[[], None], path: Path) -> Path | None:
        try:
            action()
        except OSError as exc:
            self.messages.error(
                QCoreApplication.translate("ChecklistsPage", "Could not write %1: %2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc))
            )
            return None
        self.messages.info(QCoreApplication.translate("ChecklistsPage", "Saved %1.").replace("%1", str(path)))
        return path

    def exec_print_dialog(self, dialog: QDialog) -> bool:
        """Show the print dialog; tests replace this."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def print_run(self, grouped: bool = True) -> bool:
        export = self.run_export(grouped)
        if export is None:
            return False
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from studio.ui.checklists.export import print_to

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(export.title)
        dialog = QPrintDialog(printer, self.widget)
        dialog.setWindowTitle(QCoreApplication.translate("ChecklistsPage", "Print checklist"))
        if not self.exec_print_dialog(dialog):
            return False
        print_to(export, printer)
        self.messages.info(QCoreApplication.translate("ChecklistsPage", "Sent to the printer."))
        return True

    # ----- templates ---------------------------------------------------------------------------------------
    def save_as_template(self) -> str | None:
        """Save the run's items as a template of the user's own; returns its id."""
        run_id = self.page.run_id
        run = self.page.repository.get_run(run_id) if run_id is not None else None
        if run is None or run_id is None:
            return None
        source = next((c.template for c in self.page.template_choices() if c.template.id == run.template_id), None)
        stage = source.stage if source is not None else "day_of_interview"
        from studio.core.content import CHECKLIST_STAGES

        dialog = SaveTemplateDialog(run.title, stage, stage_choices(CHECKLIST_STAGES), parent=self.widget)
        if not self.page.run_dialog(dialog):
            return None
        title, stage, description = dialog.values()
        try:
            template = self.page.repository.template_from_run(
                run_id,
                title=title,
                stage=stage,
                lang=self.page.context.language,
                description=description,
                default_section=QCoreApplication.translate("ChecklistsPage", "Checklist"),
            )
            _row, used = self.page.repository.add_user_template(template, self.page.builtin_ids())
        except (ValueError, ContentError) as exc:
            self.messages.error(
                QCoreApplication.translate("ChecklistsPage", "The template could not be saved: %1").replace(
                    "%1", str(exc)
                )
            )
            return None
        self.messages.info(
            QCoreApplication.translate("ChecklistsPage", "Saved as your template “%1”.").replace("%1", title)
        )
        return used

    def import_template(self, path: Path | None = None) -> str | None:
        """Import a template TOML file; a malformed file is refused with the reason and nothing is stored."""
        path = path or files.open_file(
            self.widget,
            QCoreApplication.translate("ChecklistsPage", "Import a checklist template"),
            str(Path.home()),
            QCoreApplication.translate("ChecklistsPage", "TOML (*.toml)"),
        )
        if path is None:
            return None
        try:
            if path.stat().st_size > MAX_TEMPLATE_FILE:
                raise ContentError(str(path), None, "<file>", "is larger than 512 KiB")
            text = path.read_text(encoding="utf-8")
            _row, used = self.page.repository.import_template(text, str(path), self.page.builtin_ids())
        except UnicodeDecodeError:
            self._import_failed(ContentError(str(path), None, "<encoding>", "not UTF-8 text"))
            return None
        except (OSError, ContentError) as exc:
            self._import_failed(exc)
            return None
        self.messages.info(
            QCoreApplication.translate("ChecklistsPage", "Template imported as “%1”.").replace("%1", used)
        )
        return used

    def _import_failed(self, exc: Exception) -> None:
        self.messages.error(
            QCoreApplication.translate("ChecklistsPage", "The template was not imported: %1").replace("%1", str(exc))
        )

    def export_template(self, path: Path | None = None, template_id: str | None = None) -> Path | None:
        """Export a built-in or own template as TOML (it imports back unchanged)."""
        choices = self.page.template_choices()
        choice: TemplateChoice | None = None
        if template_id is not None:
            choice = next((c for c in choices if c.template.id == template_id), None)
        else:
            title = QCoreApplication.translate("ChecklistsPage", "Export a checklist template")
            dialog = TemplatePicker(choices, None, title=title, parent=self.widget)
            if self.page.run_dialog(dialog):
                choice = dialog.chosen()
        if choice is None:
            return None
        path = path or self._ask_save(
            QCoreApplication.translate("ChecklistsPage", "Export checklist template"),
            f"{choice.template.id}.{choice.template.lang}.toml",
            QCoreApplication.translate("ChecklistsPage", "TOML (*.toml)"),
        )
        if path is None:
            return None
        from studio.core.checklists import template_toml
        from studio.fsutil import atomic_write

        if choice.user_row is not None:
            text = self.page.repository.user_template_toml(choice.user_row)
        else:
            text = template_toml(choice.template)
        return self._write(lambda: atomic_write(path, text), path)
