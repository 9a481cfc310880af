"""Phase-boundary alerts: a chime and a notification, each switched by a setting ("chimes", "notifications").

QtMultimedia (QSoundEffect) is not part of PySide6-Essentials, so the chime is ``resources/sounds/phase-chime.wav``
played through the studio's own :class:`~studio.audio.player.Player` (a callback stream: ``play`` returns at once;
the audio is fed from the player's thread). The player is built and the file loaded in the task runner when an
attempt starts (:meth:`Alerts.prepare`): importing the audio stack and probing the device takes ~0.5 s, which must
not stall the countdown. Until it is ready, or if no output device can play it, a chime is ``QApplication.beep()``.
The notification is a tray balloon where a system tray exists, else a notice in the status bar (the message bridge).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from studio.config import resources_dir
from studio.ui.context import StudioContext

log = logging.getLogger(__name__)

CHIME_FILE = "phase-chime.wav"


class Alerts(QObject):
    """Chime and notify at phase boundaries, as the settings allow.

    Attributes:
        sound: What plays the chime (replaced in tests; the default uses the Player, else beeps).
        notify: What shows a notification ``(title, text)`` (replaced in tests if needed).
    """

    def __init__(self, context: StudioContext, settings: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = settings
        self._player: Any = None
        self._player_failed = False
        self._preparing = False
        self._tray: QSystemTrayIcon | None = None
        self.sound: Callable[[], None] = context.audio.chime or self._play_chime
        self.notify: Callable[[str, str], None] = self._notify

    def announce(self, title: str, text: str) -> None:
        """Chime and/or notify, each only if its setting is on."""
        if self.settings.get("chimes"):
            try:
                self.sound()
            except Exception:  # a chime must never break the timer
                log.exception("chime failed")
        if self.settings.get("notifications"):
            self.notify(title, text)

    def prepare(self) -> None:
        """Open the chime in the background (imports, device probe: ~0.5 s) so the first chime never stalls the GUI.

        Called when an attempt starts; until the player is ready a chime is a system beep.
        """
        if self.sound != self._play_chime or self._player is not None or self._player_failed or self._preparing:
            return
        if not self.settings.get("chimes"):
            return
        device = self.settings.get("output_device") or None
        self._preparing = True

        def build(_progress: object, _handle: object) -> Any:
            from studio.audio.errors import AudioError
            from studio.audio.player import Player

            player = Player(device)
            try:
                player.load(resources_dir() / "sounds" / CHIME_FILE)
            except AudioError as exc:  # no output device or no PortAudio: expected, the beep stands in
                log.info("chime through the player unavailable (%s); using the system beep", exc)
                return None
            return player

        def ready(player: Any) -> None:
            self._preparing = False
            self._player = player
            self._player_failed = player is None

        def failed(exc: BaseException) -> None:
            self._preparing = False
            self._player_failed = True
            log.info("chime through the player unavailable (%s); using the system beep", exc)

        self.context.runner.run_task(build, on_done=ready, on_error=failed)

    def _play_chime(self) -> None:
        if self._player is None:  # not ready yet, or no output device: a beep still tells the time
            QApplication.beep()
            return
        try:
            self._player.play(0.0)
        except Exception as exc:  # no output device, no PortAudio: a beep still tells the time
            log.info("chime through the player unavailable (%s); using the system beep", exc)
            self._player_failed = True
            self._close_player()
            QApplication.beep()

    def _notify(self, title: str, text: str) -> None:
        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            if self._tray is None:
                app = QApplication.instance()
                icon = app.windowIcon() if isinstance(app, QApplication) else None
                self._tray = QSystemTrayIcon(self)
                if icon is not None:
                    self._tray.setIcon(icon)
                self._tray.show()
            self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 8000)
        else:
            self.context.messages.info(f"{title}: {text}")

    def _close_player(self) -> None:
        if self._player is not None:
            try:
                self._player.close()
            except Exception:
                log.exception("closing the chime player failed")
            self._player = None

    def shutdown(self) -> None:
        """Release the output device and the tray icon."""
        self._close_player()
        if self._tray is not None:
            self._tray.hide()
            self._tray = None
