"""One running studio per data folder: a second launch on the same folder brings the first window forward.

Two copies on one database would fight over it (one of them finding it "busy"). The first copy listens on a local
socket named after the data folder; a later copy connects, asks it to show its window, and exits. A socket left by
a crashed copy is detected (nobody answers) and replaced.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

_CONNECT_TIMEOUT_MS = 1000
_RAISE = b"raise\n"


def server_name(data_dir: Path) -> str:
    """The local socket name for a data folder (per user: two users never see each other's studio)."""
    uid = os.getuid() if hasattr(os, "getuid") else 0
    digest = hashlib.sha256(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()[:20]
    return f"interview-studio-{uid}-{digest}"


class SingleInstance(QObject):
    """The claim on one data folder.

    Signals:
        activated(): another launch asked this copy to show its window.
    """

    activated = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self._server: QLocalServer | None = None

    def forward_to_running(self) -> bool:
        """Ask a copy already running on this data folder to come forward; True if one answered."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(_CONNECT_TIMEOUT_MS):
            return False
        socket.write(_RAISE)
        socket.waitForBytesWritten(_CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        return True

    def claim(self) -> bool:
        """Become the running copy for this data folder; False if another copy answered (bring it forward instead).

        When the socket cannot be created at all (an unusual system), the studio still starts: the database's own
        locking keeps the data safe, this only adds the convenience.
        """
        if self.forward_to_running():
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            if server.serverError() == QAbstractSocket.SocketError.AddressInUseError and self.forward_to_running():
                return False  # another copy won the race a moment ago
            QLocalServer.removeServer(self.name)  # left behind by a copy that crashed
            server.listen(self.name)
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def release(self) -> None:
        """Stop answering (at exit)."""
        server, self._server = self._server, None
        if server is not None:
            server.close()
            server.deleteLater()

    def _on_connection(self) -> None:
        server = self._server
        if server is None:
            return
        asked = False
        while (socket := server.nextPendingConnection()) is not None:
            # The other copy writes right after connecting; a short wait is enough and keeps the socket's life here.
            if socket.bytesAvailable() or socket.waitForReadyRead(_CONNECT_TIMEOUT_MS):
                asked = asked or _RAISE in bytes(socket.readAll().data())
            socket.abort()
            socket.deleteLater()
        if asked:
            self.activated.emit()
