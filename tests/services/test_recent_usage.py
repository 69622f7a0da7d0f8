"""The recent-usage file on its own: its format, its checks, and the generation that keeps a
second from being counted twice (the recorder's use of it is in test_recorder.py)."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from guardian.services.recent_usage import (
    Front,
    Later,
    Pending,
    Recent,
    RecentFile,
    dump,
    parse,
    recent_path,
    replay,
    stored_generation,
    write_usage,
)
from guardian.storage import repositories as repo
from guardian.storage.database import Store, open_store

START = datetime(2026, 11, 20, 11, 0, tzinfo=UTC)


def span(
    seconds: int, exe: str = "minecraft.exe", title: str | None = "我的世界"
) -> repo.SpanRecord:
    return repo.SpanRecord(
        exe_path=f"C:/Games/{exe}", exe_name=exe, start=START,
        end=START + timedelta(seconds=seconds), category="games", title=title,
    )  # fmt: skip


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path / "guardian.sqlite3")
    with store.session() as s:
        repo.add_child(s, "Xiaoming", now=START)
    yield store
    store.close()


def total(store: Store) -> int:
    with store.session(read_only=True) as s:
        child = repo.get_child(s, "Xiaoming")
        return repo.usage_total(s, child, START, START + timedelta(days=1))


def test_what_is_written_reads_back_the_same() -> None:
    recent = Recent(
        child_id=3,
        generation="0a1b2c3d4e5f6071",
        spans=(Pending(span(40), row=7), Pending(span(5, "qq.exe", None))),
        open_span=Pending(span(12, "word.exe", "作业.docx")),
        events=(Later("clock_jump", START, {"seconds": 86400.0}),),
    )
    assert parse(dump(recent), Path("x")) == recent


def test_a_file_in_the_format_before_is_still_read() -> None:
    """A crash just before an upgrade leaves a format-1 file; the new Guardian replays it."""
    start = int(START.timestamp() * 1000)
    body = (
        '{"format":1,"child":3,"generation":"0a1b","spans":[{"row":7,"path":"C:/Games/'
        f'minecraft.exe","name":"minecraft.exe","start":{start},"end":{start + 40_000},'
        '"category":"games","counted":true,"title":null}],"open":null,"events":[]}'
    ).encode()
    data = f"GUARDIAN-RECENT 1 {len(body)} {hashlib.sha256(body).hexdigest()}\n".encode() + body
    found = parse(data, Path("x"))
    assert found == Recent(3, "0a1b", spans=(Pending(span(40, title=None), row=7),))


def test_minutes_of_switching_windows_fit_in_a_page() -> None:
    """A rewrite costs a page per page of the file: 80 spans of three programs (a child
    switching every few seconds for five minutes) stay within 4 KB."""
    programs = [("minecraft.exe", "我的世界"), ("qq.exe", "QQ"), ("chrome.exe", "作业 - Chrome")]
    spans = tuple(Pending(span(4, *programs[i % 3]), row=None if i else 123456) for i in range(80))
    data = dump(Recent(1, "0a1b2c3d4e5f6071", spans=spans, open_span=spans[-1],
                       front=Front("qq.exe", "chat", START)))  # fmt: skip
    assert len(data) <= 4096
    assert parse(data, Path("x")) == Recent(
        1,
        "0a1b2c3d4e5f6071",
        spans=spans,
        open_span=spans[-1],
        front=Front("qq.exe", "chat", START),
    )


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"GUARDIAN-RECENT 1 5 abc\n{}",  # wrong checksum
        b"GUARDIAN-RECENT 3 2 44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a\n{}",
        b"GUARDIAN-RECENT 2 2 44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a\n{}",
        b"SQLite format 3\x00",
        b"\xff\xfe",
    ],
)
def test_anything_but_a_whole_file_of_this_version_is_ignored(
    data: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    assert parse(data, Path("/data/guardian.db-recent-1")) is None
    if data:
        assert "/data/guardian.db-recent-1" in caplog.text


def test_a_shorter_rewrite_leaves_no_tail(tmp_path: Path) -> None:
    file = RecentFile(tmp_path / "f")
    assert file.open()
    try:
        file.write(Recent(1, "", spans=tuple(Pending(span(i)) for i in range(1, 30))))
        file.write(Recent(1, "g"))
        assert file.read() == Recent(1, "g")
        assert (tmp_path / "f").stat().st_size == len(dump(Recent(1, "g")))
    finally:
        file.close()


def test_a_deleted_or_replaced_file_is_not_written_into(tmp_path: Path) -> None:
    path = tmp_path / "f"
    file = RecentFile(path)
    assert file.open()
    try:
        path.unlink()
        with pytest.raises(FileNotFoundError):
            file.write(Recent(1, ""))
        path.write_bytes(b"another file")
        with pytest.raises(FileNotFoundError):
            file.write(Recent(1, ""))
        assert path.read_bytes() == b"another file"
    finally:
        file.close()


def test_one_writer_at_a_time(tmp_path: Path) -> None:
    first, second = RecentFile(tmp_path / "f"), RecentFile(tmp_path / "f")
    assert first.open()
    assert not second.open()
    first.close()
    assert second.open()
    second.close()


def test_a_file_is_replayed_once_and_only_on_the_generation_it_follows(store: Store) -> None:
    with store.session() as s:
        child = repo.get_child(s, "Xiaoming")
        assert stored_generation(repo, s, child) == ""  # before the first commit
        row, first = write_usage(repo, s, child, [], [], Pending(span(60)))
    left = Recent(child.id, first, open_span=Pending(span(70), row=row))
    with store.session() as s:
        assert replay(repo, s, child, left)
        assert stored_generation(repo, s, child) not in ("", first)
    assert total(store) == 70  # the row moved on: not 60 + 70
    with store.session() as s:
        assert not replay(repo, s, child, left)  # the store moved on: already in
        assert not replay(repo, s, child, Recent(child.id + 1, stored_generation(repo, s, child)))
        assert not replay(repo, s, child, Recent(child.id, None, spans=(Pending(span(5)),)))
    assert total(store) == 70


def test_a_replay_that_fails_is_rolled_back_with_the_generation(store: Store) -> None:
    with store.session() as s:
        child = repo.get_child(s, "Xiaoming")
        generation = stored_generation(repo, s, child)
    broken = Recent(child.id, generation, spans=(Pending(span(30)), Pending(span(-5))))
    with pytest.raises(ValueError), store.session() as s:
        replay(repo, s, child, broken)
    with store.session(read_only=True) as s:
        assert stored_generation(repo, s, child) == generation
    assert total(store) == 0


def test_the_file_is_named_for_the_store_and_the_child(tmp_path: Path) -> None:
    assert recent_path(tmp_path / "guardian.db", 4) == tmp_path / "guardian.db-recent-4"
