"""The family's data as a whole: how long window titles are kept, export, delete.

Titles are private: they are kept `title_retention_days` (30 by default), or not at all when the
parent says 0, and forgotten after that. Export writes everything Guardian knows into a folder a
parent can open (JSON and CSV). Delete removes everything, PIN included, after the PIN and a typed
confirmation (the dashboard asks); Guardian then starts afresh with the wizard.
"""

from __future__ import annotations

import contextlib
import csv
import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from guardian.storage.files import StoreFile

if TYPE_CHECKING:
    from guardian.storage.database import Store

TITLE_RETENTION_SETTING = "title_retention_days"
# Window titles say which sites a child visited: keep them a month unless the parent says less.
DEFAULT_TITLE_RETENTION_DAYS = 30
RETENTION_CHOICES = (0, 7, 30, 90)


def title_retention_days(store: StoreFile) -> int:
    with store.session(read_only=True) as s:
        value = store.records.get_setting(s, TITLE_RETENTION_SETTING, DEFAULT_TITLE_RETENTION_DAYS)
    return int(value) if isinstance(value, int) and value >= 0 else DEFAULT_TITLE_RETENTION_DAYS


def set_title_retention(store: StoreFile, days: int, now: datetime) -> int:
    """Keep titles `days` days (0: not at all) and forget older ones now; returns how many."""
    if days < 0:
        raise ValueError("title retention: give 0 or more days")
    with store.session() as s:
        store.records.set_setting(s, TITLE_RETENTION_SETTING, days)
    return forget_old_titles(store, now)


def forget_old_titles(store: StoreFile, now: datetime) -> int:
    days = title_retention_days(store)
    with store.session() as s:
        return store.records.clear_titles(
            s, before=now - timedelta(days=days) if days else now + timedelta(days=1)
        )


def export_all(store: Store, folder: Path) -> list[Path]:
    """Everything Guardian knows, as files in `folder`; returns them."""
    from sqlalchemy import select

    from guardian.storage.models import (
        App,
        Child,
        Event,
        PolicyVersion,
        TimeGrant,
        TimeRequest,
        UsageSpan,
    )

    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with store.session(read_only=True) as s:
        children = {c.id: c.name for c in s.scalars(select(Child))}

        def dump(name: str, rows: list[dict[str, Any]]) -> None:
            path = folder / name
            path.write_text(
                json.dumps(rows, ensure_ascii=False, indent=2, default=str), encoding="utf-8"
            )
            written.append(path)

        dump(
            "children.json",
            [
                {"name": c.name, "os_user": c.os_user, "age": c.age, "created_at": c.created_at}
                for c in s.scalars(select(Child))
            ],
        )
        dump(
            "policies.json",
            [
                {
                    "child": children.get(p.child_id),
                    "version": p.version,
                    "author": p.author,
                    "created_at": p.created_at,
                    "comment": p.comment,
                    "policy": p.document,
                }
                for p in s.scalars(select(PolicyVersion))
            ],
        )
        dump(
            "events.json",
            [
                {
                    "child": children.get(e.child_id) if e.child_id else None,
                    "at": e.at,
                    "kind": e.kind,
                    "data": e.data,
                }
                for e in s.scalars(select(Event).order_by(Event.at))
            ],
        )
        dump(
            "requests.json",
            [
                {
                    "child": children.get(r.child_id),
                    "created_at": r.created_at,
                    "seconds": r.seconds,
                    "message": r.message,
                    "status": r.status,
                }
                for r in s.scalars(select(TimeRequest))
            ],
        )
        dump(
            "grants.json",
            [
                {
                    "child": children.get(g.child_id),
                    "granted_at": g.granted_at,
                    "seconds": g.seconds,
                    "until": g.until,
                    "category": g.category,
                    "author": g.author,
                }
                for g in s.scalars(select(TimeGrant))
            ],
        )
        spans = folder / "usage.csv"
        with spans.open("w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.writer(handle)
            writer.writerow(["child", "start", "end", "program", "category", "counted", "title"])
            query = (
                select(UsageSpan, App.exe_name)
                .join(App, App.id == UsageSpan.app_id)
                .order_by(UsageSpan.start)
            )
            for span, exe in s.execute(query):
                writer.writerow(
                    [
                        children.get(span.child_id),
                        span.start.isoformat(),
                        span.end.isoformat(),
                        exe,
                        span.category,
                        span.counted,
                        span.title or "",
                    ]
                )
        written.append(spans)
    return written


def delete_all(store: Store) -> None:
    """Forget everything: usage (and its rollups), events, requests, grants, policies, children,
    settings, PIN."""
    from sqlalchemy import delete

    from guardian.keyring_access import PIN_ENTRY, RECOVERY_ENTRY, SERVICE
    from guardian.storage.models import (
        App,
        Child,
        Event,
        PolicyVersion,
        RolledInterval,
        RolledUsage,
        Setting,
        TimeGrant,
        TimeRequest,
        UsageSpan,
    )

    tables = (
        RolledUsage, RolledInterval, UsageSpan, Event, TimeGrant, TimeRequest, PolicyVersion, App,
        Setting, Child,
    )  # fmt: skip
    with store.session() as s:
        for table in tables:  # the rows that point at others first
            s.execute(delete(table))
    import keyring

    for entry in (PIN_ENTRY, RECOVERY_ENTRY):
        # no such entry, or no keyring at all: there is no PIN to forget
        with contextlib.suppress(keyring.errors.KeyringError):
            keyring.delete_password(SERVICE, entry)
