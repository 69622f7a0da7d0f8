"""The recent-usage file: usage the recorder has not yet committed to the store.

A commit of SQLite in WAL mode costs some 30 KB of disk writes (a 4 KB frame for each page it
changes and the pages of the WAL index those frames touch): every 10 s that came to about 6 MB
an hour on a PC that is never switched off, and once a minute still to 1.8 MB of the 2 MB issue
9 allows. So the recorder commits to the store every five minutes, and every 9 s rewrites this
small file in place with what the store does not have yet: the spans closed since the last
commit, the span in progress, the clock events, and what is in front (which the dashboard reads
here between commits). The kernel writes a page rewritten in place at most once per writeback,
and a killed process loses nothing the kernel already has: a crash still loses at most 10 s.
Each program is written once and each span as a short row, so five minutes of a child
switching windows every few seconds stay within one page.

Neither counts a second twice. The store keeps a generation per child (a random token),
replaced by each commit of the recorder; the file carries the generation it follows. At the
next start the file is replayed into the store only when its generation is the store's, in the
same transaction that replaces the generation. A file written before the last commit is
therefore ignored (all it held went into that commit), and a replay that is interrupted is
rolled back and done again.

The file sits beside the store (`<store>-recent-<child id>`, mode 0600; it holds window titles
when the store does). It starts with a header line naming its format, length and SHA-256, so a
torn write (a power cut in the middle of a rewrite) is detected and ignored: that loses at most
the usage since the last commit, as a power cut could before. The format before this one
(a span per object) is still read, for a file left by a crash just before an upgrade. Only one
recorder writes a child's file: a second one for the same child (two desktop sessions of one
account) finds the lock taken and commits to the store every 9 s instead.
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile

from guardian.storage.files import StoreFile
from guardian.storage.instants import from_epoch_ms, to_epoch_ms
from guardian.storage.records import Records, Row, Session, SpanRecord

log = logging.getLogger(__name__)

FORMAT = 2
READABLE = (1, 2)  # format 1 (a span per object) is still read: a file left at an upgrade
_MAGIC = "GUARDIAN-RECENT"


@dataclass(frozen=True)
class Later:
    """An event to write with the usage: a clock event, or one the store refused earlier."""

    kind: str
    at: datetime
    data: dict[str, Any]


@dataclass(frozen=True)
class Pending:
    """A span the store does not have yet, or has only up to an earlier end: `row` is then the
    row it was checkpointed in, which is moved on rather than added again."""

    span: SpanRecord
    row: int | None = None


@dataclass(frozen=True)
class Recent:
    """What the store does not have yet, and the generation of the store it follows."""

    child_id: int
    generation: str | None  # the store's ("" before its first commit); None is never replayed
    spans: tuple[Pending, ...] = ()  # closed since the last commit
    open_span: Pending | None = None  # in progress
    events: tuple[Later, ...] = field(default=())
    # what is in front, for the dashboard, which reads the file between the store's commits
    front: Front | None = None


@dataclass(frozen=True)
class Front:
    """The program in front when the file was written, and its category."""

    app: str
    category: str
    at: datetime


def recent_path(store_path: Path, child_id: int) -> Path:
    return store_path.with_name(f"{store_path.name}-recent-{child_id}")


def generation_key(child_id: int) -> str:
    return f"recent:{child_id}"


def stored_generation(records: Records, s: Session, child: Row) -> str | None:
    """The child's generation in the store: "" before the first commit, None if its row is
    damaged (no file then matches, and the next commit starts a new generation)."""
    raw = records.setting_text(s, generation_key(child.id))
    if raw is None:
        return ""
    try:
        found = json.loads(raw)
    except ValueError:
        return None
    return found if isinstance(found, str) and found else None


def put_setting(records: Records, s: Session, key: str, value: Any, where: Path | str) -> None:
    """Replace a setting without loading it as JSON: a row damaged outside Guardian (named in
    the log, with the store's file) is overwritten rather than holding back the usage written
    in the same transaction. Only for the recorder's own, unsealed settings."""
    raw = records.setting_text(s, key)
    if raw is not None:
        try:
            json.loads(raw)
        except ValueError:
            log.warning("the setting %s in %s was not valid JSON: replaced", key, where)
    records.replace_setting(s, key, value)


def _new_generation(records: Records, s: Session, child: Row, where: Path | str) -> str:
    """A random generation: a damaged or missing record can never make an old file match."""
    generation = secrets.token_hex(8)
    put_setting(records, s, generation_key(child.id), generation, where)
    return generation


def write_usage(
    records: Records,
    s: Session,
    child: Row,
    spans: Sequence[Pending],
    events: Sequence[Later],
    open_span: Pending | None,
    where: Path | str = "the store",
) -> tuple[int | None, str]:
    """Write usage into the store and move the child's generation on; returns the row of the
    span in progress (if any) and the new generation. The caller commits or rolls back."""
    for pending in spans:
        if pending.row is not None:
            records.checkpoint_span(s, child, pending.span, pending.row)
    records.add_spans(s, child, [pending.span for pending in spans if pending.row is None])
    for event in events:
        records.add_event(s, event.kind, at=event.at, child=child, data=event.data)
    row = (
        None
        if open_span is None
        else records.checkpoint_span(s, child, open_span.span, open_span.row)
    )
    return row, _new_generation(records, s, child, where)


def replay(
    records: Records,
    s: Session,
    child: Row,
    recent: Recent | None,
    where: Path | str = "the store",
) -> bool:
    """Put a recent-usage file's contents into the store if the store does not have them yet
    (the generations match); True if it did. The caller commits."""
    if recent is None or recent.child_id != child.id:
        return False
    if recent.generation is None or recent.generation != stored_generation(records, s, child):
        return False  # written before the store's last commit, which holds all of it
    write_usage(records, s, child, recent.spans, recent.events, recent.open_span, where)
    return True


def take_in_left_usage(store: StoreFile, child: Row) -> bool:
    """What a recorder does first when it starts, for a tool that reads the store after a crash
    (the benches, the kill tests): put what the child's recent-usage file holds into the store.
    False if there was nothing to put in, or the file is in use by a running recorder."""
    left = RecentFile(recent_path(store.path, child.id))
    if not left.open():
        return False
    try:
        found = left.read()
        with store.session() as s:
            return replay(store.records, s, child, found, store.path)
    finally:
        left.close()


class RecentFile:
    """One child's recent-usage file, kept open and rewritten in place."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = QLockFile(str(path) + ".lock")
        self._lock.setStaleLockTime(0)  # a lock is stale only when its process is gone
        self._fd: int | None = None
        self._size = 0

    def open(self) -> bool:
        """Take the file for this recorder; False (and logged) if it cannot be had."""
        if not self._lock.tryLock(0):
            log.warning(
                "%s is in use by another recorder (%s): the usage is written to the store every "
                "9 seconds instead",
                self.path,
                self._lock.error().name,
            )
            return False
        try:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as error:
            self._lock.unlock()
            log.warning(
                "cannot open %s (%s): the usage is written to the store every 9 seconds instead",
                self.path,
                error.strerror or error,
            )
            return False
        self._size = os.fstat(self._fd).st_size
        return True

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
            self._lock.unlock()

    def read(self) -> Recent | None:
        """The file's contents; None if it is empty, torn or not a recent-usage file (logged)."""
        if self._fd is None:
            raise RuntimeError("the recent-usage file is not open")
        size = os.fstat(self._fd).st_size
        data = os.pread(self._fd, size, 0) if size else b""
        return parse(data, self.path)

    def write(self, recent: Recent) -> None:
        """Rewrite the file in place (no fsync, see the module's docstring). Raises OSError,
        also when the file was deleted or replaced since it was opened."""
        if self._fd is None:
            raise RuntimeError("the recent-usage file is not open")
        data = dump(recent)
        kept, there = os.fstat(self._fd), self.path.stat()  # FileNotFoundError if gone
        if kept.st_nlink == 0 or (kept.st_dev, kept.st_ino) != (there.st_dev, there.st_ino):
            # deleted, or moved and another put in its place: what is written would be lost
            raise FileNotFoundError(errno.ENOENT, "it was deleted or replaced", str(self.path))
        os.pwrite(self._fd, data, 0)
        if len(data) < self._size:
            os.ftruncate(self._fd, len(data))
        self._size = len(data)


def dump(recent: Recent) -> bytes:
    """The file's bytes (format 2): each program once, then the spans as short rows
    `[program, start in epoch ms, length in ms, row]`, so that a few minutes of a child switching
    windows every few seconds still fit in one 4 KB page, which is what a rewrite costs."""
    programs: dict[tuple[str, str, str | None, str, bool], int] = {}

    def row_of(pending: Pending) -> list[Any]:
        span = pending.span
        key = (span.exe_path, span.exe_name, span.title, span.category, span.counted)
        start = to_epoch_ms(span.start)
        return [programs.setdefault(key, len(programs)), start, to_epoch_ms(span.end) - start,
                pending.row]  # fmt: skip

    spans = [row_of(pending) for pending in recent.spans]
    open_span = None if recent.open_span is None else row_of(recent.open_span)
    body = json.dumps(
        {
            "format": FORMAT,
            "child": recent.child_id,
            "generation": recent.generation,
            "programs": [list(program) for program in programs],
            "spans": spans,
            "open": open_span,
            "events": [
                {"kind": e.kind, "at": to_epoch_ms(e.at), "data": e.data} for e in recent.events
            ],
            "front": None
            if (f := recent.front) is None
            else [f.app, f.category, to_epoch_ms(f.at)],
        },
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode()
    digest = hashlib.sha256(body).hexdigest()
    return f"{_MAGIC} {FORMAT} {len(body)} {digest}\n".encode() + body


def parse(data: bytes, where: Path, *, level: int = logging.WARNING) -> Recent | None:
    """A file's bytes as a Recent; None, logged with the file's name, unless it is whole."""
    if not data:
        return None
    header, _, rest = data.partition(b"\n")
    try:
        magic, version, length, digest = header.decode("ascii").split(" ")
        body = rest[: int(length)]
        if magic != _MAGIC or int(version) not in READABLE or len(body) != int(length):
            raise ValueError(
                "not a recent-usage file of a version this Guardian reads, or cut short"
            )
        if hashlib.sha256(body).hexdigest() != digest:
            raise ValueError("its checksum does not match (a write was interrupted)")
        found = json.loads(body)
        pending_in: Callable[[Any], Pending]
        if int(version) == 1:  # left by the Guardian before this one
            pending_in = _pending_in_format_1
        else:
            pending_in = partial(_pending_in, [_program(p) for p in found["programs"]])
        return Recent(
            child_id=int(found["child"]),
            generation=None if found["generation"] is None else str(found["generation"]),
            spans=tuple(pending_in(pending) for pending in found["spans"]),
            open_span=None if found["open"] is None else pending_in(found["open"]),
            events=tuple(
                Later(str(e["kind"]), from_epoch_ms(int(e["at"])), dict(e["data"]))
                for e in found["events"]
            ),
            front=_front(found.get("front")),
        )
    except (ValueError, KeyError, IndexError, TypeError, UnicodeDecodeError) as error:
        log.log(level, "ignored %s: %s", where, error)
        return None


def _front(found: list[Any] | None) -> Front | None:
    if found is None:
        return None
    app, category, at_ms = found
    return Front(str(app), str(category), from_epoch_ms(int(at_ms)))


def read_front(path: Path) -> Front | None:
    """What is in front according to a recent-usage file, read without taking it (the
    dashboard, while the recorder keeps it); None if there is no file or it cannot be read."""
    try:
        data = path.read_bytes()
    except OSError:
        return None  # none yet, or the service's, which the parent's account may not read
    # read while the recorder may be rewriting it: a torn read is no news, and the next will do
    found = parse(data, path, level=logging.DEBUG)
    return None if found is None else found.front


def _program(found: list[Any]) -> tuple[str, str, str | None, str, bool]:
    exe_path, exe_name, title, category, counted = found
    title = None if title is None else str(title)
    return str(exe_path), str(exe_name), title, str(category), bool(counted)


def _pending_in(
    programs: list[tuple[str, str, str | None, str, bool]], found: list[Any]
) -> Pending:
    program, start_ms, length_ms, row = found
    exe_path, exe_name, title, category, counted = programs[int(program)]
    start = from_epoch_ms(int(start_ms))
    span = SpanRecord(
        exe_path=exe_path,
        exe_name=exe_name,
        start=start,
        end=from_epoch_ms(int(start_ms) + int(length_ms)),
        category=category,
        counted=counted,
        title=title,
    )
    return Pending(span, None if row is None else int(row))


def _pending_in_format_1(found: dict[str, Any]) -> Pending:
    title, row = found["title"], found["row"]
    span = SpanRecord(
        exe_path=str(found["path"]),
        exe_name=str(found["name"]),
        start=from_epoch_ms(int(found["start"])),
        end=from_epoch_ms(int(found["end"])),
        category=str(found["category"]),
        counted=bool(found["counted"]),
        title=None if title is None else str(title),
    )
    return Pending(span, None if row is None else int(row))
