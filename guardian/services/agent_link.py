"""The agent's side of the channel to `guardian service`: say who it is for, then report once a
second, after each sample, so that the service knows the child's session is still watched.

Where no service runs (development, a family that did not install it) the link keeps trying
every few seconds and the agent works on its own.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalSocket

from guardian import ipc

log = logging.getLogger(__name__)

RETRY_MS = 5000


class AgentLink(QObject):
    welcomed = Signal(str)  # the service's session id
    refused = Signal(str)  # why

    def __init__(
        self, child: str | None, path: str | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._child = child
        self._path = path or ipc.socket_path()
        self._socket = QLocalSocket(self)
        self._socket.connected.connect(self._hello)
        self._socket.readyRead.connect(self._read)
        self._socket.disconnected.connect(self._retry_later)
        self._socket.errorOccurred.connect(lambda _error: self._retry_later())
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.connect_to_service)
        self.session: str | None = None

    def connect_to_service(self) -> None:
        if self._socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
            self._socket.connectToServer(self._path)

    def report(self, *_: object) -> None:
        if self.session is not None:
            self._socket.write(ipc.encode({"type": ipc.REPORT}))
            self._socket.flush()

    def _hello(self) -> None:
        self._socket.write(ipc.encode({"type": ipc.HELLO, "child": self._child}))
        self._socket.flush()

    def _read(self) -> None:
        while self._socket.canReadLine():
            message = ipc.decode(bytes(self._socket.readLine().data()))
            if message is None:
                continue
            if message["type"] == ipc.WELCOME:
                self.session = str(message.get("session"))
                log.info("the service watches this session (%s)", self.session)
                self.welcomed.emit(self.session)
            elif message["type"] == ipc.REFUSED:
                log.warning("the service refused this agent: %s", message.get("reason"))
                self.refused.emit(str(message.get("reason")))

    def _retry_later(self) -> None:
        self.session = None
        if not self._retry.isActive():
            self._retry.start(RETRY_MS)
