"""What the dashboard reads and writes, in one place, over the store (no widgets here)."""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from guardian import config
from guardian.core.clock import Clock
from guardian.core.engine import Decision
from guardian.core.guidance import Article as GuidanceArticle
from guardian.core.guidance import Library
from guardian.core.policy import Policy
from guardian.core.policy_file import read_policy
from guardian.services import reports
from guardian.services.recent_usage import read_front, recent_path
from guardian.storage import repositories as repo
from guardian.storage.database import Store
from guardian.storage.models import Child, Event, TimeRequest

# The recorder writes what is in front to its recent-usage file every 9 s (`recorder.FLUSH_EVERY`)
# and to the store with each commit (every 9 s when it has no such file); older than half a
# minute in the one, or a minute and a half in the other, means it is not running.
FRESH_FRONT_SECONDS = 30
FRESH_FOREGROUND_SECONDS = 90


class DashboardData:
    def __init__(self, store: Store, clock: Clock, zone: tzinfo | None = None) -> None:
        self.store = store
        self.clock = clock
        self.zone = zone or config.system_zone()

    def today(self) -> date:
        return self.clock.now().astimezone(self.zone).date()

    def children(self) -> list[Child]:
        with self.store.session(read_only=True) as s:
            return repo.list_children(s)

    def policy(self, child: Child) -> Policy:
        with self.store.session(read_only=True) as s:
            current = repo.current_policy(s, child)
        return (
            Policy()
            if current is None
            else read_policy(current.document, source=f"{child.name}'s policy")
        )

    def decision(self, child: Child) -> Decision:
        policy = self.policy(child)
        with self.store.session(read_only=True) as s:
            return reports.decision_now(s, child, policy, self.clock.now(), self.zone)

    def day(self, child: Child, day: date) -> reports.DayUsage:
        with self.store.session(read_only=True) as s:
            return reports.day_usage(s, child, day, self.zone)

    def timeline(self, child: Child, day: date) -> list[repo.SpanRow]:
        with self.store.session(read_only=True) as s:
            return reports.timeline(s, child, day, self.zone)

    def period(
        self, child: Child, first: date, days: int
    ) -> tuple[list[reports.DayUsage], list[list[int]], list[reports.AppRow]]:
        with self.store.session(read_only=True) as s:
            return (
                reports.period(s, child, first, days, self.zone),
                reports.heatmap(s, child, first, days, self.zone),
                reports.top_apps(s, child, first, days, self.zone),
            )

    def pending_requests(self) -> list[tuple[TimeRequest, str]]:
        with self.store.session(read_only=True) as s:
            names = {c.id: c.name for c in repo.list_children(s)}
            return [(r, names.get(r.child_id, "?")) for r in repo.pending_requests(s)]

    def answer(self, request: TimeRequest, *, approved: bool, seconds: int | None = None) -> None:
        with self.store.session() as s:
            fresh = s.get(TimeRequest, request.id)
            assert fresh is not None
            repo.answer_request(
                s, fresh, approved=approved, seconds=seconds, by="parent", now=self.clock.now()
            )

    def events(
        self, child: Child | None = None, kinds: list[str] | None = None, limit: int = 500
    ) -> list[tuple[Event, str]]:
        with self.store.session(read_only=True) as s:
            names = {c.id: c.name for c in repo.list_children(s)}
            found = repo.events(s, child=child, kinds=kinds, limit=limit)
            return [(e, names.get(e.child_id, "") if e.child_id else "") for e in found]

    def library(self, language: str) -> Library:
        """The guidance library in `language` (bad articles are in its `problems`)."""
        from guardian.guidance_packs import library

        return library(language)

    def suggested_reading(
        self, child: Child, language: str, last_day: date | None = None
    ) -> list[tuple[str, list[GuidanceArticle]]]:
        """For each pattern seen in the child's week: why, and the articles that help."""
        from guardian.services.suggestions import reason_text, suggestions

        library = self.library(language)
        with self.store.session(read_only=True) as s:
            found = suggestions(s, child, last_day or self.today(), self.zone)
        result = []
        for suggestion in found:
            articles = [a for a in (library.by_id(i) for i in suggestion.articles) if a is not None]
            if articles:
                result.append((reason_text(suggestion), articles))
        return result

    def favourites(self) -> set[str]:
        with self.store.session(read_only=True) as s:
            kept = repo.get_setting(s, "favourite_articles", [])
        return {str(k) for k in kept} if isinstance(kept, list) else set()

    def save_favourites(self, ids: set[str]) -> None:
        with self.store.session() as s:
            repo.set_setting(s, "favourite_articles", sorted(ids))

    def foreground(self, child: Child) -> tuple[str, str] | None:
        """(program, category) in front on the child's PC, if the agent said so lately: in its
        recent-usage file (between the store's commits, minutes apart), else in the store."""
        front = read_front(recent_path(self.store.path, child.id))
        if front is not None and self._fresh(front.at, FRESH_FRONT_SECONDS):
            return (front.app, front.category) if front.app else None
        with self.store.session(read_only=True) as s:
            seen = repo.get_setting(s, f"foreground:{child.id}")
        if not isinstance(seen, dict) or not seen.get("app"):
            return None
        try:
            at = datetime.fromisoformat(str(seen["at"]))
        except (KeyError, ValueError):
            return None
        if not self._fresh(at, FRESH_FOREGROUND_SECONDS):
            return None
        return str(seen["app"]), str(seen.get("category", "other"))

    def _fresh(self, at: datetime, seconds: float) -> bool:
        return abs((self.clock.now() - at).total_seconds()) <= seconds

    def now_local(self) -> datetime:
        return self.clock.now().astimezone(self.zone)
