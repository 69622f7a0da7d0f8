"""The agent's side of the channel to `guardian service`: say who it is for, then report what
is on the screen once a second; the service answers with what to show. A lost connection is
tried again every few seconds.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QDeadlineTimer, QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalSocket

from guardian import ipc

log = logging.getLogger(__name__)

RETRY_MS = 5000


class AgentLink(QObject):
    welcomed = Signal(str)  # the service's session id
    refused = Signal(str)  # why, as an `ipc` refusal code
    received = Signal(dict)  # anything else the service says

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
        self.child: str | None = None  # the child the service tracks for this session
        self._calls = 0
        self._replies: dict[int, dict[str, Any]] = {}

    def connect_to_service(self) -> None:
        if self._socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
            self._socket.connectToServer(self._path)

    def report(self, sample: dict[str, Any] | None = None) -> None:
        self.send({"type": ipc.REPORT, "sample": sample})

    def send(self, message: dict[str, Any]) -> bool:
        if self.session is None:
            return False
        self._socket.write(ipc.encode(message))
        self._socket.flush()
        return True

    def call(self, method: str, timeout_ms: int = 5000, **params: Any) -> dict[str, Any] | None:
        """Ask the service and wait for its answer (a PIN check, a grant): None when it does
        not answer in time, or no service is connected."""
        self._calls += 1
        number = self._calls
        if not self.send({"type": "call", "id": number, "method": method, **params}):
            return None
        deadline = QDeadlineTimer(timeout_ms)
        while number not in self._replies and not deadline.hasExpired():
            if not self._socket.waitForReadyRead(max(1, deadline.remainingTime())):
                break
            self._read()
        return self._replies.pop(number, None)

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
                self.child = str(message.get("child"))
                log.info("the service watches this session (%s)", self.session)
                self.welcomed.emit(self.session)
            elif message["type"] == ipc.REFUSED:
                log.warning("the service refused this agent: %s", message.get("reason"))
                self.refused.emit(str(message.get("code")))
            elif message["type"] == "reply" and isinstance(message.get("id"), int):
                self._replies[message["id"]] = message
            else:
                self.received.emit(message)

    def _retry_later(self) -> None:
        self.session = None
        if not self._retry.isActive():
            self._retry.start(RETRY_MS)
