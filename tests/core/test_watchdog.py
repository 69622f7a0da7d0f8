"""The service's watch: a session whose agent is silent for 30 s is locked, and again every 30 s
while the silence lasts; a report ends it; the wall clock plays no part."""

from __future__ import annotations

from guardian.core.watchdog import SILENCE_LIMIT, Watch


def test_silence_of_thirty_seconds_locks_and_keeps_locking() -> None:
    watch, _ = Watch().reported("c2", "xiaoming", "Xiaoming", now=100.0)
    watch, due = watch.due(100.0 + SILENCE_LIMIT - 0.5)
    assert due == []
    watch, due = watch.due(100.0 + SILENCE_LIMIT)
    assert [s.key for s in due] == ["c2"] and due[0].account == "xiaoming"
    watch, due = watch.due(100.0 + SILENCE_LIMIT + 10)
    assert due == []  # locked ten seconds ago: not again yet
    watch, due = watch.due(100.0 + 2 * SILENCE_LIMIT)
    assert [s.key for s in due] == ["c2"]
    assert watch.sessions["c2"].silent_since == 100.0


def test_a_report_ends_the_silence_and_says_so() -> None:
    watch, _ = Watch().reported("c2", "xiaoming", "Xiaoming", now=0.0)
    watch, due = watch.due(SILENCE_LIMIT)
    assert due
    watch, back = watch.reported("c2", "xiaoming", "Xiaoming", now=SILENCE_LIMIT + 3)
    assert back
    watch, due = watch.due(SILENCE_LIMIT + 20)
    assert due == []
    watch, back = watch.reported("c2", "xiaoming", "Xiaoming", now=SILENCE_LIMIT + 21)
    assert not back  # nothing was done about this short gap


def test_reports_every_second_never_lock_and_ended_sessions_are_forgotten() -> None:
    watch = Watch()
    for second in range(600):
        watch, _ = watch.reported("c2", "xiaoming", "Xiaoming", now=float(second))
        watch, due = watch.due(float(second) + 0.9)
        assert due == []
    watch = watch.ended("c2")
    assert watch.due(10_000.0)[1] == []
