"""What every tab needs: paths, the store (once open), repositories, the message bridge and the task runner."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from studio.config import Paths
from studio.ui.messages import MessageBridge

if TYPE_CHECKING:  # heavy modules stay out of the first paint
    from studio.store.db import Store


class StoreEvents(QObject):
    """Signals:
    opened(): the store is open and the tabs may read from it.
    interviews_changed(): an interview was added, edited or deleted.
    """

    opened = Signal()
    interviews_changed = Signal()


class StudioContext:
    """Shared by the window and every tab (a plain class: no ``dataclasses`` import before the first paint)."""

    def __init__(
        self,
        paths: Paths,
        messages: MessageBridge,
        runner: Any,  # TaskRunner or SyncTaskRunner
        language: str = "en",
        events: StoreEvents | None = None,
        store: Store | None = None,
        extras: dict[str, Any] | None = None,
    ) -> None:
        self.paths = paths
        self.messages = messages
        self.runner = runner
        self.language = language
        self.events = events if events is not None else StoreEvents()
        self.store = store
        self.extras: dict[str, Any] = extras if extras is not None else {}
