"""What every tab needs: paths, the store (once open), repositories, the message bridge and the task runner."""

from __future__ import annotations

from dataclasses import dataclass, field
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


@dataclass
class StudioContext:
    paths: Paths
    messages: MessageBridge
    runner: Any  # TaskRunner or SyncTaskRunner
    language: str = "en"
    events: StoreEvents = field(default_factory=StoreEvents)
    store: Store | None = None
    extras: dict[str, Any] = field(default_factory=dict)
