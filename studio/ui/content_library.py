"""The one content library of a running studio: loaded once, in the background, shared by every tab.

Tabs read ``library.current`` (None until the first load ends) and connect to ``changed``, which is emitted after
every (re)load and after the user adds, edits or deletes an item of their own.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from studio.content import Library
    from studio.ui.context import StudioContext

log = logging.getLogger(__name__)


class ContentLibrary(QObject):
    """Signals:
    changed(): the library was (re)loaded or one of its items changed; read ``current`` again.
    failed(str): the built-in content could not be loaded (the message names the file).
    """

    changed = Signal()
    failed = Signal(str)

    def __init__(self, context: StudioContext) -> None:
        super().__init__()
        self._context = context
        self._current: Library | None = None
        self._loading = False
        self._waiting: list[Callable[[Library], None]] = []

    @property
    def current(self) -> Library | None:
        """The loaded library, or None while the first load runs (or after it failed)."""
        return self._current

    def set(self, library: Library) -> None:
        """Install a library (tests, and the end of a load) and tell every tab."""
        self._current = library
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback(library)
        self.changed.emit()

    def notify_changed(self) -> None:
        """One of the library's items was changed in place (a user item added, edited or deleted)."""
        self.changed.emit()

    def when_ready(self, callback: Callable[[Library], None]) -> None:
        """Call ``callback(library)`` now if loaded, else once the load ends (starting it if needed)."""
        if self._current is not None:
            callback(self._current)
            return
        self._waiting.append(callback)
        self.load()

    def load(self, *, reload: bool = False) -> None:
        """Load built-in and user content in the task runner; ``changed`` follows on the GUI thread."""
        if self._loading or (self._current is not None and not reload):
            return
        self._loading = True
        paths = self._context.paths

        def work(_progress: Any, _handle: Any) -> Library:
            from studio.content import CACHE_FILE_NAME, load_library

            return load_library(user_dir=paths.user_content_dir, cache_file=paths.cache_dir / CACHE_FILE_NAME)

        def done(library: Library) -> None:
            self._loading = False
            self.set(library)
            for error in library.user_errors:
                self._context.messages.warning(
                    self.tr("One of your own content files was skipped: %1").replace("%1", str(error))
                )
            for error in library.builtin_errors:
                self._context.messages.error(
                    self.tr("A content file of the studio is damaged and was skipped: %1").replace("%1", str(error))
                )

        def failed(exc: BaseException) -> None:
            self._loading = False
            log.error("the content library could not be loaded: %s", exc)
            self.failed.emit(str(exc))
            self._context.messages.error(self.tr("The content library could not be loaded: %1").replace("%1", str(exc)))

        self._context.runner.run_task(work, on_done=done, on_error=failed)

    def reload(self) -> None:
        """Read the content again (after the user's own items changed on disk)."""
        self.load(reload=True)
