"""The running studio: window, context, store opening after first paint, crash dialog, screenshots."""

from __future__ import annotations

import logging
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from studio.config import Paths
from studio.ui.context import StudioContext
from studio.ui.dialogs.ask import ask
from studio.ui.main_window import MainWindow
from studio.ui.messages import MessageBridge

log = logging.getLogger(__name__)

RESTART_EXIT_CODE = 1000  # the event loop ends with this when the data was replaced: build a fresh window
BUSY_TIMEOUT_S = 5.0  # how long opening the data waits for another program's lock before asking the user


class Shell(QObject):
    """Owns the window and the context; opens the store once the window is on screen."""

    def __init__(self, app: QApplication, paths: Paths, language: str, runner: Any = None) -> None:
        super().__init__()
        self.app = app
        self.translators: list[Any] = []
        self.context = StudioContext(paths=paths, messages=MessageBridge(), runner=runner, language=language)
        # "system" keeps the platform's own style and palette, which already follow the OS scheme; an explicit
        # light/dark choice is applied once the settings are read (after the first paint).
        self._theme_mode = "system"
        self._theme_applied = False
        self.window = MainWindow(self.context)
        self.window.settings_action.triggered.connect(self.show_settings)
        self.window.backup_action.triggered.connect(self._on_backup)
        self.window.restore_action.triggered.connect(self._on_restore)
        self.window.export_data_action.triggered.connect(self._on_export)
        self.window.delete_all_action.triggered.connect(self._on_delete_all)
        self.restart_requested = False
        self.owns_event_loop = False
        self._crash_dialog_open = False
        self.store_error: str | None = None
        self.busy_timeout = BUSY_TIMEOUT_S

    def start(self) -> None:
        """Show the window; after its first paint, load the store's libraries in the background, then open it."""
        self.owns_event_loop = True
        self.window.first_painted.connect(self._warm_up)
        self.window.show()

    def ensure_runner(self) -> None:
        """The background task runner, made after the first paint (its thread pool is not needed before)."""
        if self.context.runner is None:
            from studio.ui.tasks import TaskRunner

            self.context.runner = TaskRunner()

    def _warm_up(self) -> None:
        self.ensure_runner()

        def load_modules(_progress: object, _handle: object) -> None:
            # Importing SQLAlchemy/SQLModel takes ~0.5 s; doing it off the GUI thread keeps the window responsive.
            import studio.store.db
            import studio.store.interviews
            import studio.store.settings  # noqa: F401

        self.context.runner.run_task(
            load_modules, on_done=lambda _r: self.open_store(), on_error=lambda _e: self.open_store()
        )

    # ----- store -------------------------------------------------------------------------------------------
    def open_store(self) -> bool:
        """Open the database, tell the user about damage or migrations, then fill the tabs."""
        if self.context.store is not None:
            return True
        self.ensure_runner()
        from studio.store.db import Store
        from studio.store.errors import StoreBusyError, StoreUnavailableError

        paths = self.context.paths
        while True:
            try:
                store, report = Store.open(
                    paths.db_path, paths.backups_dir, paths.quarantine_dir, busy_timeout=self.busy_timeout
                )
                break
            except StoreBusyError as exc:
                log.warning("the store is busy: %s", exc)
                if not self._ask_retry_busy(exc):
                    self._store_failed(
                        exc,
                        self.tr(
                            "Another copy of Interview Studio or another program is using your data (%1). "
                            "Nothing was changed. Close the other program, then start Interview Studio again."
                        ),
                    )
                    return False
            except StoreUnavailableError as exc:
                log.error("the store cannot be used: %s", exc)
                self._store_failed(exc, self._unavailable_text(exc))
                return False
            except Exception as exc:
                log.exception("could not open the store")
                self._store_failed(
                    exc,
                    self.tr("Your data could not be opened: %1. Nothing was deleted; see the log file in %2.").replace(
                        "%2", str(paths.log_dir)
                    ),
                )
                return False
        self.context.store = store
        if report.damaged_moved_to is not None:
            self._offer_backup(store, report)
        try:
            from studio.store.settings import SettingsRepository

            mode = SettingsRepository(store).get("theme")
            self.set_theme(mode)
        except Exception:
            log.exception("could not read the theme setting")
        from studio.ui.tab_registry import tab_factories

        self.context.library.load()  # in the background; every tab is told when it is ready
        self.window.store_opened(tab_factories())
        self.context.events.opened.emit()
        self.schedule_auto_backup()
        return True

    def _ask_retry_busy(self, exc: Exception) -> bool:
        """Ask whether to try again while another program holds the data; False means give up."""
        choice = ask(
            self.window,
            self.tr("Your data is in use"),
            self.tr(
                "Another copy of Interview Studio or another program is using your data:\n%1\n\n"
                "Close it, then try again."
            ).replace("%1", str(getattr(exc, "path", ""))),
            [self.tr("Try again"), self.tr("Close")],
        )
        return choice == 0

    def _unavailable_text(self, exc: Exception) -> str:
        """What went wrong and what to do, for a healthy database that cannot be used now."""
        from studio.store.errors import StoreAccessError, StoreTooNewError

        if isinstance(exc, StoreTooNewError):
            return self.tr(
                "Your data was made by a newer version of Interview Studio (%1). Nothing was changed. "
                "Use the newer version, or restore an older backup."
            )
        if isinstance(exc, StoreAccessError):
            return self.tr(
                "Your data cannot be opened: %1. Nothing was moved or deleted. Give yourself permission to read "
                "and write this file and its folder (or move the data to a writable disk), then start again."
            )
        return self.tr("Your data cannot be used right now: %1. Nothing was moved or deleted.")

    def _store_failed(self, exc: Exception, template: str) -> None:
        """Tell the user (dialog and status bar) why the data did not open; the tabs stay closed."""
        from studio.store.errors import StoreBusyError, StoreTooNewError

        self.store_error = str(exc)
        if isinstance(exc, StoreTooNewError):
            detail = f"{exc.path}, schema revision {exc.revision}"
        elif isinstance(exc, StoreBusyError):
            detail = str(exc.path)
        else:
            detail = str(exc)
        text = template.replace("%1", detail)
        self.context.messages.error(text)
        self.window.statusBar().showMessage(text)

    # ----- backups -----------------------------------------------------------------------------------------
    AUTO_BACKUP_HOURS = 24.0

    def schedule_auto_backup(self) -> None:
        """Write the daily automatic backup in the background when one is due (keeps the newest N)."""
        from studio.store.archive import run_auto_backup
        from studio.store.settings import SettingsRepository

        assert self.context.store is not None
        keep = int(SettingsRepository(self.context.store).get("auto_backup_keep"))
        paths = self.context.paths

        def work(_progress: Any, _handle: Any) -> Any:
            return run_auto_backup(paths, self.AUTO_BACKUP_HOURS, keep)

        def failed(exc: BaseException) -> None:
            self.context.messages.warning(self.tr("The automatic backup failed: %1").replace("%1", str(exc)))

        self.context.runner.run_task(work, on_error=failed)

    def backup_to(self, dest: Path) -> None:
        """One-click backup (database snapshot + audio + own content) into a zip, in the background."""
        from studio.store.archive import create_backup

        paths = self.context.paths
        self.context.messages.info(self.tr("Backing up…"))

        def work(progress: Any, _handle: Any) -> Any:
            return create_backup(paths, dest, lambda done, total: progress(done / max(1, total)))

        self.context.runner.run_task(
            work,
            on_done=lambda p: self.context.messages.info(self.tr("Backup written to %1").replace("%1", str(p))),
            on_error=lambda e: self.context.messages.error(self.tr("The backup failed: %1").replace("%1", str(e))),
        )

    def restore_from(self, archive: Path) -> bool:
        """Check the archive, then replace the data with it (the current data is backed up first)."""
        from studio.store.archive import ArchiveError, restore_backup, validate_archive

        try:
            validate_archive(archive)
        except ArchiveError as exc:
            self.context.messages.error(
                self.tr("%1 cannot be restored: %2").replace("%1", archive.name).replace("%2", str(exc))
            )
            return False
        choice = ask(
            self.window,
            self.tr("Restore from a backup"),
            self.tr(
                "Replace all your current data with the backup %1? Your current data is backed up first, "
                "so this can be undone by restoring that backup."
            ).replace("%1", archive.name),
            [self.tr("Restore"), self.tr("Cancel")],
        )
        if choice != 0:
            return False
        self.shutdown_pages()
        assert self.context.store is not None
        self.context.store.close()
        try:
            result = restore_backup(archive, self.context.paths)
        except (ArchiveError, OSError) as exc:
            self.context.store.reopen()
            self.context.messages.error(self.tr("The restore failed; nothing was changed: %1").replace("%1", str(exc)))
            return False
        log.info("restored %s (safety copy %s)", archive, getattr(result, "safety_backup", None))
        self.request_restart()
        return True

    def export_to(self, dest: Path, fmt: str) -> None:
        from studio.store.export import export_data

        store = self.context.store

        def work(_progress: Any, _handle: Any) -> Any:
            return export_data(store, dest, fmt)  # type: ignore[arg-type]

        self.context.runner.run_task(
            work,
            on_done=lambda files: self.context.messages.info(
                self.tr("Exported %1 files to %2").replace("%1", str(len(files))).replace("%2", str(dest))
            ),
            on_error=lambda e: self.context.messages.error(self.tr("The export failed: %1").replace("%1", str(e))),
        )

    def delete_all(self) -> bool:
        """Delete every recording, attempt, checklist and setting, after two confirmations."""
        from studio.store.wipe import delete_all_data

        first = ask(
            self.window,
            self.tr("Delete all my data"),
            self.tr(
                "Delete all your recordings, attempts, checklists, interviews and settings from this "
                "computer? Backups are deleted too. This cannot be undone."
            ),
            [self.tr("Delete everything"), self.tr("Cancel")],
        )
        if first != 0:
            return False
        second = ask(
            self.window,
            self.tr("Delete all my data"),
            self.tr("Are you sure? Everything in %1 will be gone.").replace("%1", str(self.context.paths.data_dir)),
            [self.tr("Yes, delete it all"), self.tr("Cancel")],
        )
        if second != 0:
            return False
        self.shutdown_pages()
        assert self.context.store is not None
        self.context.store.close()
        delete_all_data(self.context.paths, confirmed=True)
        self.request_restart()
        return True

    def shutdown_pages(self) -> None:
        for host in self.window.hosts.values():
            shutdown = getattr(host.page, "shutdown", None)
            if callable(shutdown):
                shutdown()
        self.context.runner.wait_all()

    def request_restart(self) -> None:
        """Reopen the studio on its (new) data: the entry point builds a fresh window."""
        self.restart_requested = True
        self.window.hide()
        if self.owns_event_loop:  # tests drive the shell without app.exec(): the flag is enough there
            QApplication.instance().exit(RESTART_EXIT_CODE)  # type: ignore[union-attr]

    def _on_backup(self) -> None:
        from studio.store.archive import archive_name

        suggested = str(Path.home() / archive_name())
        from PySide6.QtWidgets import QFileDialog

        path, _f = QFileDialog.getSaveFileName(self.window, self.tr("Back up to"), suggested, self.tr("Zip (*.zip)"))
        if path:
            self.backup_to(Path(path))

    def _on_restore(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _f = QFileDialog.getOpenFileName(
            self.window, self.tr("Restore from"), str(self.context.paths.backups_dir), self.tr("Zip (*.zip)")
        )
        if path:
            self.restore_from(Path(path))

    def _on_export(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, chosen = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export all data"),
            str(Path.home() / "interview-studio-export"),
            self.tr("CSV files (*.csv);;JSON (*.json)"),
        )
        if path:
            self.export_to(Path(path), "json" if "json" in chosen.lower() or path.endswith(".json") else "csv")

    def _on_delete_all(self) -> None:
        self.delete_all()

    def show_settings(self) -> None:
        from studio.ui.dialogs.settings_dialog import SettingsDialog

        SettingsDialog(self, self.window).exec()

    def set_theme(self, mode: str) -> None:
        """Apply system / light / dark now, and keep following the OS while the mode is "system"."""
        if mode == self._theme_mode and self._theme_applied:
            return
        from studio.ui.theme import apply_theme, follow_system

        self._theme_applied = True  # the studio's style sheet goes on once the settings are read, "system" too
        self._theme_mode = mode
        apply_theme(self.app, mode)
        if not getattr(self, "_following", False):
            follow_system(self.app, lambda: self._theme_mode)
            self._following = True

    def _offer_backup(self, store: Any, report: Any) -> None:
        text = (
            self.tr("The studio's database was damaged (%1). It was not deleted: it was moved to\n%2\n\n")
            .replace("%1", str(report.damage))
            .replace("%2", str(report.damaged_moved_to))
        )
        if report.backups:
            newest = report.backups[0]
            text += self.tr("The newest backup is %1. Restore it?").replace("%1", newest.name)
            choice = ask(
                self.window,
                self.tr("Damaged database"),
                text,
                [self.tr("Restore the backup"), self.tr("Start with an empty database")],
            )
            if choice == 0:
                store.restore_snapshot(newest)
                self.context.messages.info(self.tr("Backup %1 restored.").replace("%1", newest.name))
                return
        else:
            text += self.tr("No backup was found, so the studio starts with an empty database.")
            ask(self.window, self.tr("Damaged database"), text, [self.tr("OK")])
        self.context.messages.warning(self.tr("Started with an empty database; the damaged file was kept."))

    # ----- crashes -----------------------------------------------------------------------------------------
    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        """Log an unhandled exception and show one dialog instead of dying silently."""
        log.critical("unhandled exception", exc_info=(exc_type, exc, tb))
        if self._crash_dialog_open or QApplication.instance() is None or QApplication.closingDown():
            return
        if not self.window.isVisible():  # quitting, or not shown yet: the log has it, a dialog would hang
            return
        self._crash_dialog_open = True
        try:
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(self.window)
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(self.tr("Unexpected error"))
            box.setText(
                self.tr("Something went wrong: %1\n\nYour data is saved. Details are in the log file:\n%2")
                .replace("%1", f"{exc_type.__name__}: {exc}")
                .replace("%2", str(self.context.paths.log_file))
            )
            box.exec()
        finally:
            self._crash_dialog_open = False

    # ----- screenshots -------------------------------------------------------------------------------------
    def screenshot(self, folder: Path) -> int:
        """Render every documented view (``studio.ui.screenshots``) to ``folder/<view>.png`` (``<view>.<lang>.png``
        in a translated language) on demo data, offscreen; exit code 1 when a view could not be rendered."""
        from studio.ui import dialogs
        from studio.ui.screenshots import SIZE, DemoTour, install_demo_audio, over_window

        folder.mkdir(parents=True, exist_ok=True)
        install_demo_audio(self.context)  # before the pages are built: they read the devices then
        old_ask = dialogs.ask.handler
        dialogs.ask.handler = lambda _parent, _title, _text, choices: len(choices) - 1  # nothing modal may block
        self.window.resize(*SIZE)
        self.window.show()
        try:
            if not self.open_store():
                return 1
            tour = DemoTour(self, SIZE)
            suffix = "" if self.context.language == "en" else f".{self.context.language}"
            written = 0
            views = [view for view in tour.views() if view.docs]
            for view in views:
                root = tour.show(view)
                if root is None:
                    continue
                self.window.statusBar().clearMessage()  # "Interview added." from the demo set-up is no news
                picture = over_window(self.window, root) if view.dialog else self.window.grab()
                if picture.size().toTuple() != SIZE:  # the window's minimum size is larger: a finding, not a failure
                    log.warning(
                        "screenshot %s: the window is %s×%s, not %s×%s", view.name, *picture.size().toTuple(), *SIZE
                    )
                path = folder / f"{view.name}{suffix}.png"
                if picture.save(str(path)):
                    print(path)
                    written += 1
                else:
                    tour.problems.append((f"view {view.name}", f"could not write {path}"))
                tour.leave()
            tour.close()
            for where, detail in tour.problems:
                log.error("screenshot: %s: %s", where, detail)
            return 0 if written == len(views) and not tour.problems else 1
        finally:
            dialogs.ask.handler = old_ask
            QTimer.singleShot(0, self.window.close)
            self.window.close()
