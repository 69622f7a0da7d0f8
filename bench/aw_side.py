"""ActivityWatch's half of `bench/versus_aw.py`; runs in its own environment with aw-core.

    .venv-aw/bin/python bench/aw_side.py [--days 365] [--ingest-days 7] [--month 12]
                                         [--ingest-repeats 3]

Fed the way aw-server feeds its store (aw_server/api.py, `ServerAPI.heartbeat`): each sample
becomes a heartbeat event; the server keeps the bucket's last event in memory; a heartbeat with
the same data within the pulse time is merged into it with `aw_transform.heartbeat_merge` and
written with `replace_last`, any other is inserted. Storage is aw-core's `SqliteStorage`, with
its own lazy commits. The first week is fed this way into a new store, and timed (a store with
history is slower: `replace_last` finds the last event by scanning the table), `--ingest-repeats`
times, each into a new store, keeping the best time; into the last store, the rest of the
year is stored as the events the heartbeats would have merged into, untimed. The report is of
the last month of the year (the best case for aw-core, whose query scans every event that ends
after the day starts): for each day, the day's events merged by app (`merge_events_by_keys`), as
an ActivityWatch query does. The same report of the first week shows what was ingested.
Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import datetime, timedelta
from importlib.metadata import version
from pathlib import Path

from aw_core.models import Event
from aw_datastore import Datastore
from aw_datastore.storages import SqliteStorage
from aw_transform import heartbeat_merge, merge_events_by_keys

sys.path.insert(0, str(Path(__file__).parent))
from stream import FIRST_DAY, PROGRAMS, ZONE, day_runs, month_range, samples_of, sittings

BUCKET = "aw-watcher-window_bench"
# aw-watcher-window polls every second and sends its heartbeats with a pulse time of the poll
# time plus one second.
PULSETIME = 2.0
ONE_SECOND = timedelta(seconds=1)


class Server:
    """The part of aw-server's API that takes heartbeats."""

    def __init__(self, datastore: Datastore) -> None:
        self.db = datastore
        self.last_event: dict[str, Event] = {}

    def heartbeat(self, bucket_id: str, heartbeat: Event, pulsetime: float) -> Event:
        last_event = self.last_event.get(bucket_id)
        if last_event is None:
            found = self.db[bucket_id].get(limit=1)
            last_event = found[0] if found else None
        if last_event is not None and last_event.data == heartbeat.data:
            merged = heartbeat_merge(last_event, heartbeat, pulsetime)
            if merged is not None:
                self.last_event[bucket_id] = merged
                self.db[bucket_id].replace_last(merged)
                return merged
        inserted = self.db[bucket_id].insert(heartbeat)
        self.last_event[bucket_id] = inserted
        return inserted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--ingest-days", type=int, default=7)
    parser.add_argument("--month", type=int, default=12, help="the report's month of 2025")
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--ingest-repeats", type=int, default=3)
    args = parser.parse_args()
    ingest_days = range(args.ingest_days)
    month_days = month_range(args.month)

    # The ingest is timed `--ingest-repeats` times, each into a new store, and the best time
    # kept (as for the report: other load on the machine only adds); the last store goes on.
    timings = []
    for _ in range(args.ingest_repeats):
        home = Path(tempfile.mkdtemp(prefix="aw-bench-"))
        datastore = Datastore(SqliteStorage, testing=True, filepath=str(home / "aw.sqlite"))
        datastore.create_bucket(BUCKET, "currentwindow", "aw-watcher-window", "bench")
        samples, timed = ingest(Server(datastore), ingest_days)
        timings.append(timed)
    bucket = datastore[BUCKET]
    for index in range(args.days):
        if index not in ingest_days:
            bucket.insert(
                [
                    Event(
                        timestamp=run.start,
                        duration=timedelta(seconds=run.seconds),
                        data={"app": PROGRAMS[run.program][1], "title": PROGRAMS[run.program][2]},
                    )
                    for run in day_runs(index)
                ]
            )
    datastore.storage_strategy.commit()

    def report(days: range) -> dict[str, dict[str, int]]:
        result: dict[str, dict[str, int]] = {}
        for index in days:
            day = FIRST_DAY + timedelta(days=index)
            start = datetime(day.year, day.month, day.day, tzinfo=ZONE)
            events = bucket.get(starttime=start, endtime=start + timedelta(days=1))
            merged = merge_events_by_keys(events, ["app"])
            result[day.isoformat()] = {
                event.data["app"]: round(event.duration.total_seconds()) for event in merged
            }
        return result

    ingested = report(ingest_days)
    totals = report(month_days)  # warm the page cache, as a dashboard that is open would
    times = []
    for _ in range(args.repeats):
        started = time.perf_counter()
        report(month_days)
        times.append(time.perf_counter() - started)
    print(
        json.dumps(
            {
                "version": version("aw-core"),
                "samples": samples,
                "ingest_seconds": min(timings),
                "ingest_timings": timings,
                "report_seconds": min(times),
                "ingested": ingested,
                "month": totals,
            }
        )
    )


def ingest(server: Server, days: range) -> tuple[int, float]:
    """Feed the days' samples as heartbeats; returns (samples, seconds taken)."""
    samples = 0
    timed = 0.0
    for index in days:
        for sitting in sittings(day_runs(index)):
            stream = samples_of(sitting)
            started = time.perf_counter()
            for at, program in stream:
                _, app, title = PROGRAMS[program]
                heartbeat = Event(
                    timestamp=at, duration=ONE_SECOND, data={"app": app, "title": title}
                )
                server.heartbeat(BUCKET, heartbeat, PULSETIME)
            timed += time.perf_counter() - started
            samples += len(stream)
    return samples, timed


if __name__ == "__main__":
    main()
