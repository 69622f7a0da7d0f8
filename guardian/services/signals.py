"""SIGTERM and Ctrl+C in a process that waits in Qt's event loop, without waking it to look.

Python runs a signal's handler only between two of its own instructions, and Qt's loop waits in
C++. The usual cure, a timer handing control back to Python every 250 ms, cost some 0.03% of a
core in each of Guardian's processes all day long (issue 9). Here the signal itself wakes the
loop: Python writes the signal's number to a socket (`signal.set_wakeup_fd`), a QSocketNotifier
sees it, and its slot, being Python, lets the handler run. Where that cannot be set up (not the
main thread, or the platform refuses), the timer is used as before.
"""

from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

log = logging.getLogger(__name__)

POLL_MS = 250  # the fallback: signals seen within a quarter second


class SignalWaker(QObject):
    """Runs `handler` for each of `numbers` as soon as the signal comes, the loop asleep or not.
    Keep it as long as the handlers should run (give it a parent)."""

    def __init__(
        self,
        numbers: Iterable[signal.Signals],
        handler: Callable[[int, Any], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        for number in numbers:
            signal.signal(number, handler)
        self._poll: QTimer | None = None
        self._notifier: QSocketNotifier | None = None
        self._reader, writer = socket.socketpair()
        self._writer = writer  # closed with the waker: Python writes to it from the handler
        for end in (self._reader, writer):
            end.setblocking(False)
        try:
            self._previous = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
        except (ValueError, OSError) as error:  # not the main thread, or not a socket here
            log.debug("signals are looked for every %d ms: %s", POLL_MS, error)
            self._poll = QTimer(self)
            self._poll.timeout.connect(lambda: None)  # a Python call: pending handlers run
            self._poll.start(POLL_MS)
            return
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        """Empty the socket; being in Python is what lets the signal's handler run."""
        try:
            while self._reader.recv(64):
                pass
        except (BlockingIOError, InterruptedError):
            pass

    @property
    def polls(self) -> bool:
        """Whether it fell back to the timer."""
        return self._poll is not None

    def close(self) -> None:
        """Stop waking: the wakeup descriptor goes back to what it was."""
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            signal.set_wakeup_fd(self._previous)
            self._notifier = None
        if self._poll is not None:
            self._poll.stop()
        self._reader.close()
        self._writer.close()
