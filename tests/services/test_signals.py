"""SIGTERM ends a Qt event loop that has nothing to wake it but the signal itself."""

from __future__ import annotations

import signal
import subprocess
import sys
from typing import Any

import pytest
from PySide6.QtCore import QObject, QTimer

from guardian.services.signals import SignalWaker

# A process whose loop has no timer and no socket of its own: only the waker can end it.
WAITING = """
import gc, signal, sys
from PySide6.QtCore import QCoreApplication, QTimer
from guardian.services.signals import SignalWaker

app = QCoreApplication([])
waker = SignalWaker((signal.SIGTERM,), lambda *_: QCoreApplication.exit(7), parent=app)
assert not waker.polls
del waker  # kept by its parent, as the agent and the service leave it
gc.collect()
assert not app.findChildren(QTimer)
QTimer.singleShot(0, lambda: print("waiting", flush=True))
sys.exit(app.exec())
"""


def test_sigterm_ends_a_loop_that_sleeps() -> None:
    with subprocess.Popen(
        [sys.executable, "-c", WAITING], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as process:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "waiting"
        process.send_signal(signal.SIGTERM)
        try:
            _, said = process.communicate(timeout=20)  # no timer: only the signal can end it
        except subprocess.TimeoutExpired:
            process.kill()
            raise
        assert process.returncode == 7, said


def test_where_the_wakeup_cannot_be_set_it_looks_every_quarter_second(
    monkeypatch: pytest.MonkeyPatch, qapp: Any
) -> None:
    def refuse(*_: Any, **__: Any) -> int:
        raise ValueError("set_wakeup_fd only works in main thread of the main interpreter")

    monkeypatch.setattr(signal, "set_wakeup_fd", refuse)
    previous = signal.getsignal(signal.SIGUSR1)
    owner = QObject()
    waker = SignalWaker((signal.SIGUSR1,), lambda *_: None, parent=owner)
    try:
        assert waker.polls
        assert [t.interval() for t in waker.findChildren(QTimer) if t.isActive()] == [250]
    finally:
        waker.close()
        signal.signal(signal.SIGUSR1, previous)
