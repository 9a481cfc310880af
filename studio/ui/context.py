"""What every tab needs, as typed fields: paths, store, services, audio factories, clock and navigation.

A plain class (no ``dataclasses`` import before the first paint). Services that need the store (``takes``) or the
window (``navigator``) are filled in once those exist; a page reads them when it is built, which is after both.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Signal

from studio.config import Paths
from studio.core.clock import SYSTEM_CLOCK, Clock
from studio.ui.messages import MessageBridge

if TYPE_CHECKING:  # heavy modules stay out of the first paint
    from studio.store.db import Store
    from studio.ui.content_library import ContentLibrary
    from studio.ui.navigation import Navigator
    from studio.ui.takes import TakeService


class TaskRunnerLike(Protocol):
    """The one task runner (``studio.ui.tasks.TaskRunner``, or ``SyncTaskRunner`` in tests)."""

    def run_task(
        self,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[float], None] | None = None,
    ) -> Any: ...

    def wait_all(self, msecs: int = ...) -> bool: ...


class StoreEvents(QObject):
    """Signals:
    opened(): the store is open and the tabs may read from it.
    interviews_changed(): an interview was added, edited or deleted.
    """

    opened = Signal()
    interviews_changed = Signal()


class AudioFactories:
    """How the studio reaches audio hardware; tests replace these with fakes.

    Attributes:
        source_factory: device name → a recorder source (``studio.audio.sources``).
        player_factory: device name → a ``studio.audio.player.Player``.
        input_devices: → the names of the input devices to offer (None: ask PortAudio).
        chime: plays the exercise chime (None: the bundled WAV through a Player).
    """

    def __init__(
        self,
        source_factory: Callable[[str], Any] | None = None,
        player_factory: Callable[[str], Any] | None = None,
        input_devices: Callable[[], list[str]] | None = None,
        chime: Callable[[], None] | None = None,
    ) -> None:
        self.source_factory = source_factory
        self.player_factory = player_factory
        self.input_devices = input_devices
        self.chime = chime


class StudioContext:
    """Shared by the window and every tab.

    Attributes:
        paths: Where everything lives.
        messages: The one message bridge for user-facing notices and errors.
        runner: The one background task runner (made after the first paint when not given).
        language: Interface language ("en" or "ru").
        events: Store-wide signals.
        store: The open database (None until it is open).
        clock: Where time comes from (a fake in tests).
        audio: Recorder source, player and device-list factories.
        library: The content library, loaded once in the background (made when the store opens).
        takes: The one take pipeline (made when the store opens).
        navigator: Moves the user between tabs (the main window).
    """

    def __init__(
        self,
        paths: Paths,
        messages: MessageBridge,
        runner: Any,
        language: str = "en",
        events: StoreEvents | None = None,
        store: Store | None = None,
        clock: Clock | None = None,
        audio: AudioFactories | None = None,
    ) -> None:
        self.paths = paths
        self.messages = messages
        self.runner: TaskRunnerLike = runner
        self.language = language
        self.events = events if events is not None else StoreEvents()
        self.store = store
        self.clock: Clock = clock if clock is not None else SYSTEM_CLOCK
        self.audio = audio if audio is not None else AudioFactories()
        self._library: ContentLibrary | None = None
        self._takes: TakeService | None = None
        self.navigator: Navigator | None = None
        # The first-run welcome is offered in a real session only (not in tests or screenshot runs).
        self.offer_welcome = False

    @property
    def library(self) -> ContentLibrary:
        """The shared content library service (made on first use; loading starts when asked to)."""
        if self._library is None:
            from studio.ui.content_library import ContentLibrary

            self._library = ContentLibrary(self)
        return self._library

    @property
    def takes(self) -> TakeService:
        """The one take pipeline over the open store."""
        if self._takes is None:
            if self.store is None:
                raise RuntimeError("the take service needs the store to be open")
            from studio.ui.takes import TakeService

            self._takes = TakeService(self)
        return self._takes

    @property
    def audio_language(self) -> str:
        """The language the delivery analysis uses for the interface language."""
        return self.language if self.language in ("ru", "en") else "en"
