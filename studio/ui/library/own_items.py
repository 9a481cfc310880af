"""The user's own Library items from the page's side: new, edit (or copy a built-in one), import, export, delete.

Files are read and written by :class:`~studio.ui.library.user_items.UserItems`; this module asks the user (editor,
file dialogs, questions), reports what happened, and makes deleting undoable on the window's undo stack. After every
change the studio's one library announces it, so the Exercises and Checklists tabs list the item at once.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QWidget

from studio.content import Library, dump_toml
from studio.core.content import ChecklistTemplate, ContentError, Exercise, Kind, Model, QuestionSet
from studio.ui.dialogs import files
from studio.ui.dialogs.ask import ask
from studio.ui.library import render
from studio.ui.library.dialogs import ItemEditor
from studio.ui.library.user_items import EDITABLE_KINDS, UserItems, skeleton, skeleton_base_id
from studio.ui.undo import UndoCommand, push_or_do

if TYPE_CHECKING:
    from studio.ui.context import StudioContext
    from studio.ui.library.browser import Key
    from studio.ui.messages import MessageBridge


class PageHooks(Protocol):
    """What the own-item actions need from the page."""

    context: StudioContext
    library: Library | None
    user_items: UserItems | None
    undo_stack: QUndoStack | None

    def current_model(self) -> Model | None: ...

    def library_changed(self, select: Key | None) -> None: ...

    def run_dialog(self, dialog: QDialog) -> bool: ...


class DeleteItem(UndoCommand):
    """Delete one of the user's items; undo writes it back."""

    def __init__(self, page: PageHooks, model: Model) -> None:
        text = QCoreApplication.translate("LibraryPage", "Delete “%1”").replace("%1", model.title)
        super().__init__(text, lambda exc: _failed(page, model, exc))
        self.page, self.model = page, model

    def do(self) -> None:
        assert self.page.user_items is not None
        self.page.user_items.delete(self.model)
        self.page.library_changed(None)

    def revert(self) -> None:
        assert self.page.user_items is not None
        self.page.user_items.save(self.model)
        self.page.library_changed((self.model.kind, self.model.id, None))


def _failed(page: PageHooks, model: Model, exc: Exception) -> None:
    page.context.messages.error(
        QCoreApplication.translate("LibraryPage", "“%1” could not be written: %2")
        .replace("%1", model.title)
        .replace("%2", str(exc))
    )


class OwnItems:
    """New / edit / import / export / delete of the user's items, for the Library page."""

    def __init__(self, page: PageHooks, parent_widget: QWidget) -> None:
        self.page = page
        self.widget = parent_widget

    @property
    def _messages(self) -> MessageBridge:
        return self.page.context.messages

    def save_text(self, kind: Kind | None, text: str, replacing: Model | None = None, source: str = "") -> Model:
        """Validate ``text`` as one of the user's items and store it; raises ContentError (nothing stored).

        Args:
            kind: what the text must be, or None to tell from its keys (imports).
            text: the TOML text.
            replacing: the user's item being edited (its file goes if the id or language changed).
            source: the name errors give for the text.
        """
        items = self.page.user_items
        assert items is not None
        source = source or QCoreApplication.translate("LibraryPage", "your item")
        model = items.parse(text, source, kind)
        problem = items.conflict(model, replacing, source)
        if problem is not None:
            raise problem
        items.save(model, replacing)
        self.page.library_changed((model.kind, model.id, None))
        return model

    def new_item(self, kind: Kind, text: str | None = None) -> Model | None:
        """Open the editor on a starter item of ``kind``; returns what was saved."""
        library = self.page.library
        if library is None:
            return None
        lang = self.page.context.language
        starter = text or skeleton(kind, lang, library.unused_id(kind, skeleton_base_id(kind)))
        title = QCoreApplication.translate("LibraryPage", "New item: %1").replace("%1", render.kind_label(kind))
        return self._edit(title, starter, kind, None, QCoreApplication.translate("LibraryPage", "new item"))

    def edit_current(self) -> Model | None:
        """Edit the user's item, or copy a built-in one into the user's items and edit the copy."""
        model, library = self.page.current_model(), self.page.library
        if model is None or library is None or model.kind not in EDITABLE_KINDS:
            return None
        if model.origin == "user":
            assert self.page.user_items is not None
            exact = library.exact(model.kind, model.id, model.lang) or model
            title = QCoreApplication.translate("LibraryPage", "Edit “%1”").replace("%1", model.title)
            return self._edit(title, dump_toml(exact), model.kind, exact, self.page.user_items.path_of(exact).name)
        copy = dataclasses.replace(
            model, id=library.unused_id(model.kind, f"my_{model.id}"), fallback_from=None, origin="user"
        )
        title = QCoreApplication.translate("LibraryPage", "My copy of “%1”").replace("%1", model.title)
        return self._edit(
            title, dump_toml(copy), model.kind, None, QCoreApplication.translate("LibraryPage", "your copy")
        )

    def _edit(self, title: str, text: str, kind: Kind, replacing: Model | None, source: str) -> Model | None:
        dialog = ItemEditor(title, text, lambda t: self.save_text(kind, t, replacing, source), parent=self.widget)
        if not self.page.run_dialog(dialog):
            return None
        saved = dialog.saved
        if isinstance(saved, ChecklistTemplate | Exercise | QuestionSet):
            self._messages.info(QCoreApplication.translate("LibraryPage", "Saved “%1”.").replace("%1", saved.title))
            return saved
        return None

    def import_file(self, path: Path | None = None) -> Model | None:
        """Import a question set, exercise or checklist from TOML; a bad file is refused and nothing changes."""
        library, items = self.page.library, self.page.user_items
        if library is None or items is None:
            return None
        path = path or files.open_file(
            self.widget,
            QCoreApplication.translate("LibraryPage", "Import an item"),
            str(Path.home()),
            QCoreApplication.translate("LibraryPage", "TOML files (*.toml)"),
        )
        if path is None:
            return None
        try:
            model = items.read_import(path)
        except ContentError as exc:
            self._import_failed(path, exc)
            return None
        replacing: Model | None = None
        renamed = False
        versions = [library.exact(model.kind, model.id, lang) for lang in library.langs(model.kind, model.id)]
        existing = library.exact(model.kind, model.id, model.lang)
        if any(v is not None and v.origin != "user" for v in versions):
            model, renamed = dataclasses.replace(model, id=library.unused_id(model.kind, model.id)), True
        elif existing is not None:
            choice = ask(
                self.widget,
                QCoreApplication.translate("LibraryPage", "Import"),
                QCoreApplication.translate(
                    "LibraryPage", "You already have “%1” with the id “%2”. Replace it with the imported one?"
                )
                .replace("%1", existing.title)
                .replace("%2", model.id),
                [
                    QCoreApplication.translate("LibraryPage", "Replace"),
                    QCoreApplication.translate("LibraryPage", "Keep both"),
                    QCoreApplication.translate("LibraryPage", "Cancel"),
                ],
            )
            if choice == 0:
                replacing = existing
            elif choice == 1:
                model, renamed = dataclasses.replace(model, id=library.unused_id(model.kind, model.id)), True
            else:
                return None
        try:
            items.save(model, replacing)
        except (ContentError, OSError) as exc:
            self._import_failed(path, exc)
            return None
        self.page.library_changed((model.kind, model.id, None))
        if renamed:
            self._messages.info(
                QCoreApplication.translate("LibraryPage", "Imported “%1” under the id “%2”, because that id was taken.")
                .replace("%1", model.title)
                .replace("%2", model.id)
            )
        else:
            self._messages.info(QCoreApplication.translate("LibraryPage", "Imported “%1”.").replace("%1", model.title))
        return model

    def _import_failed(self, path: Path, exc: Exception) -> None:
        self._messages.error(
            QCoreApplication.translate("LibraryPage", "“%1” was not imported: %2")
            .replace("%1", path.name)
            .replace("%2", str(exc))
        )

    def export_current(self, path: Path | None = None) -> Path | None:
        """Write the current item as TOML (it imports back unchanged)."""
        model = self.page.current_model()
        if model is None:
            return None
        path = path or files.save_file(
            self.widget,
            QCoreApplication.translate("LibraryPage", "Export as TOML"),
            str(Path.home() / f"{model.id}.{model.lang}.toml"),
            QCoreApplication.translate("LibraryPage", "TOML files (*.toml)"),
        )
        if path is None:
            return None
        from studio.fsutil import atomic_write

        try:
            atomic_write(path, dump_toml(model))
        except OSError as exc:
            self._messages.error(
                QCoreApplication.translate("LibraryPage", "“%1” could not be written: %2")
                .replace("%1", str(path))
                .replace("%2", str(exc.strerror))
            )
            return None
        self._messages.info(QCoreApplication.translate("LibraryPage", "Exported to %1.").replace("%1", str(path)))
        return path

    def delete_current(self) -> bool:
        """Delete the current item of the user's own (undoable with Ctrl+Z)."""
        model, library = self.page.current_model(), self.page.library
        if model is None or model.origin != "user" or library is None:
            return False
        exact = library.exact(model.kind, model.id, model.lang) or model
        push_or_do(self.page.undo_stack, DeleteItem(self.page, exact))
        self._messages.info(
            QCoreApplication.translate("LibraryPage", "“%1” deleted. Ctrl+Z brings it back.").replace("%1", model.title)
        )
        return True
