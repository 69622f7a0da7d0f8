"""The service's watch over the children's agents: which sessions have gone quiet.

Every agent reports once a second. A child's session whose agent has not reported for
`SILENCE_LIMIT` seconds is due to be locked, and locked again every `SILENCE_LIMIT` seconds for
as long as the silence lasts: the child can unlock the OS's own lock screen with their own
password, but cannot use the PC for more than half a minute at a time without Guardian. An agent
that reports again ends the silence. Times are the service's monotonic clock, so a child
changing the wall clock changes nothing here.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

SILENCE_LIMIT = 30.0


@dataclass(frozen=True)
class Session:
    """One desktop session of one child, as the service knows it."""

    key: str  # the logind session id, or `uid:<uid>` where there is no logind
    account: str
    child: str
    last_report: float  # monotonic seconds
    locked_at: float | None = None  # when the service last locked it for silence
    silent_since: float | None = None  # the last report before the current silence


@dataclass(frozen=True)
class Watch:
    sessions: dict[str, Session] = field(default_factory=dict)
    limit: float = SILENCE_LIMIT

    def reported(self, key: str, account: str, child: str, now: float) -> tuple[Watch, bool]:
        """An agent reported; the flag says whether this ends a silence the service acted on."""
        before = self.sessions.get(key)
        ended = before is not None and before.locked_at is not None
        sessions = dict(self.sessions)
        sessions[key] = Session(key, account, child, now)
        return replace(self, sessions=sessions), ended

    def ended(self, key: str) -> Watch:
        """The session itself ended (logout): nothing is watched for it any more."""
        sessions = {k: s for k, s in self.sessions.items() if k != key}
        return replace(self, sessions=sessions)

    def due(self, now: float) -> tuple[Watch, list[Session]]:
        """The sessions to lock now: silent for `limit`, and not locked in the last `limit`."""
        sessions = dict(self.sessions)
        found = []
        for key, session in self.sessions.items():
            quiet = now - session.last_report
            since_lock = None if session.locked_at is None else now - session.locked_at
            if quiet >= self.limit and (since_lock is None or since_lock >= self.limit):
                found.append(session)
                sessions[key] = replace(
                    session,
                    locked_at=now,
                    silent_since=(
                        session.last_report
                        if session.silent_since is None
                        else session.silent_since
                    ),
                )
        return replace(self, sessions=sessions), found
