"""Accounting: samples to spans and totals, by the rules of DESIGN.md ("Time accounting")."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardian.core.accounting import Accounting, Sample, Span, account, finish
from guardian.core.catalog import Catalog, Classifier
from guardian.core.policy import AppRule
from guardian.core.policy_file import parse_policy_text

SHANGHAI = ZoneInfo("Asia/Shanghai")
START = datetime(2026, 11, 20, 10, 0, tzinfo=SHANGHAI)
CATALOG = Catalog(
    (
        AppRule("vlc.exe", exe="vlc.exe", category="video"),
        AppRule("minecraft.exe", exe="minecraft.exe", category="games"),
    )
)
POLICY = parse_policy_text(
    '[[apps]]\nexe = "homework.exe"\ncategory = "study"\nalways_allowed = true\n'
)


def classifier() -> Classifier:
    return Classifier(POLICY, CATALOG)


def stream(
    *steps: tuple[float, dict[str, object]],
    start: datetime = START,
    jumps: dict[int, float] | None = None,
) -> list[Sample]:
    """Samples one after another: (seconds since the previous sample, fields of the sample)."""
    samples, wall, mono = [], start, 1000.0
    for index, (gap, fields) in enumerate(steps):
        wall += timedelta(seconds=gap + (jumps or {}).get(index, 0.0))
        mono += gap
        samples.append(Sample(wall=wall, monotonic=mono, **fields))  # type: ignore[arg-type]
    return samples


def app(name: str, **more: object) -> dict[str, object]:
    return {"exe_path": f"C:/Apps/{name}", "exe_name": name, **more}


def run(
    samples: list[Sample], zone: ZoneInfo = SHANGHAI
) -> tuple[Accounting, list[Span], list[object]]:
    state, step = account(Accounting(zone), samples, classifier())
    _, last = finish(state)
    return state, [*step.closed, *last.closed], list(step.events)


def seconds(state: Accounting) -> tuple[int, dict[str, int], dict[str, int]]:
    usage = state.usage_on(state.totals.day)  # type: ignore[arg-type]
    return usage.total_seconds, dict(usage.categories), dict(usage.apps)


def test_one_program_makes_one_span_of_exact_length() -> None:
    state, spans, events = run(stream(*[(1.0, app("minecraft.exe"))] * 61))
    assert seconds(state) == (60, {"games": 60}, {"minecraft.exe": 60})
    assert [(s.exe_name, s.category, s.seconds) for s in spans] == [
        ("minecraft.exe", "games", 60.0)
    ]
    assert spans[0].start == START.astimezone(UTC) + timedelta(seconds=1)
    assert events == []


def test_switching_programs_starts_new_spans_and_titles_split_them() -> None:
    samples = stream(
        *[(1.0, app("minecraft.exe"))] * 10,
        *[(1.0, app("word.exe", title="作文.docx"))] * 5,
        *[(1.0, app("word.exe", title="数学.docx"))] * 5,
    )
    state, spans, _ = run(samples)
    assert [(s.exe_name, s.title, s.seconds) for s in spans] == [
        ("minecraft.exe", "", 10.0), ("word.exe", "作文.docx", 5.0), ("word.exe", "数学.docx", 4.0),
    ]  # fmt: skip
    assert seconds(state)[0] == 19  # the last sample has no interval after it yet


@pytest.mark.parametrize(
    ("fields", "counted"),
    [
        (app("word.exe", idle_seconds=10.0), True),
        (app("word.exe", idle_seconds=119.0), True),
        (app("word.exe", idle_seconds=120.0), False),  # nobody there
        (app("word.exe", idle_seconds=600.0, fullscreen=True), True),  # a film in full screen
        (app("vlc.exe", idle_seconds=600.0), True),  # a video program
        (app("word.exe", locked=True), False),
        (app("vlc.exe", locked=True, fullscreen=True), False),  # locked beats everything
        (app("word.exe", idle_seconds=None, locked=None), True),  # an adapter that cannot tell
        ({"idle_seconds": 5.0}, True),  # no window in front, someone at the PC
    ],
)
def test_what_counts_as_use(fields: dict[str, object], counted: bool) -> None:
    state, _, _ = run(stream(*[(1.0, fields)] * 11))
    assert state.totals.total == (10_000 if counted else 0)


def test_always_allowed_programs_are_recorded_but_not_counted() -> None:
    state, spans, _ = run(stream(*[(1.0, app("homework.exe"))] * 11))
    assert state.totals.total == 0
    assert [(s.exe_name, s.counted, s.rule_id, s.seconds) for s in spans] == [
        ("homework.exe", False, "homework.exe", 10.0)
    ]


def test_a_suspend_gap_is_not_charged_and_is_reported() -> None:
    samples = stream(
        (1.0, app("word.exe")),
        (1.0, app("word.exe")),
        (3600.0, app("word.exe")),
        (1.0, app("word.exe")),
    )
    state, spans, events = run(samples)
    assert state.totals.total == 2000
    assert [e.kind for e in events] == ["suspend"]  # type: ignore[attr-defined]
    assert [s.seconds for s in spans] == [1.0, 1.0]


@pytest.mark.parametrize("jump", [3600.0, -3600.0, 86400.0, -86400.0])
def test_wall_clock_jumps_change_nothing_but_are_reported(jump: float) -> None:
    steps = [(1.0, app("minecraft.exe"))] * 21
    plain, plain_spans, _ = run(stream(*steps))
    jumped, spans, events = run(stream(*steps, jumps={10: jump}))
    assert jumped.totals == plain.totals  # a day ahead does not make a fresh day
    assert spans == plain_spans
    assert [(e.kind, e.seconds) for e in events] == [("clock_jump", jump)]  # type: ignore[attr-defined]


def test_spans_are_cut_at_local_midnight_and_totals_start_again() -> None:
    late = datetime(2026, 11, 20, 23, 59, 50, tzinfo=SHANGHAI)
    state, spans, _ = run(stream(*[(1.0, app("word.exe"))] * 21, start=late))
    assert [s.seconds for s in spans] == [9.0, 11.0]
    assert spans[1].start.astimezone(SHANGHAI) == datetime(2026, 11, 21, tzinfo=SHANGHAI)
    assert state.totals.day == datetime(2026, 11, 21, tzinfo=SHANGHAI).date()
    assert state.totals.total == 11_000


def test_spans_are_cut_after_an_hour() -> None:
    _, spans, _ = run(stream(*[(1.0, app("word.exe"))] * 7201))
    assert [s.seconds for s in spans] == [3600.0, 3600.0]
    assert spans[0].end == spans[1].start


def test_totals_read_zero_after_midnight_without_use() -> None:
    state, _, _ = run(stream(*[(1.0, app("word.exe"))] * 11))
    assert state.usage_on(START.date()).total_seconds == 10
    assert state.usage_on(START.date() + timedelta(days=1)).total_seconds == 0


def test_rest_break_tracking() -> None:
    samples = stream(
        *[(1.0, app("word.exe"))] * 61, *[(1.0, app("word.exe", idle_seconds=300.0))] * 30
    )
    state, _, _ = run(samples)
    usage = state.usage_on(START.date())
    assert usage.continuous_seconds == 61 and usage.resting_seconds == 29
    rested, _, _ = run(
        stream(*[(1.0, app("word.exe"))] * 61, *[(1.0, app("word.exe", locked=True))] * 601)
    )
    assert rested.usage_on(START.date()).continuous_seconds == 0


def test_restart_continues_the_days_totals() -> None:
    steps = [(1.0, app("minecraft.exe"))] * 31
    first, _, _ = run(stream(*steps))
    restored = Accounting(SHANGHAI).restored(START.date(), first.usage_on(START.date()))
    later = stream(*steps, start=START + timedelta(minutes=10))
    state, _ = account(restored, later, classifier())
    assert state.usage_on(START.date()).categories == {"games": 60}


def test_inputs_are_not_changed() -> None:
    before = Accounting(SHANGHAI)
    samples = stream(*[(1.0, app("word.exe"))] * 5)
    state, _ = account(before, samples, classifier())
    assert before.last is None and before.totals.total == 0
    assert state.totals.total == 4000


# --- properties over random sample streams ----------------------------------------------------

apps = st.sampled_from(["minecraft.exe", "word.exe", "vlc.exe", "homework.exe", ""])
steps = st.tuples(
    st.sampled_from([1.0, 1.0, 1.0, 0.5, 1.7, 2.0, 30.0, 90.0]),  # gaps: usual, late, suspended
    apps,
    st.sampled_from(["", "a", "b"]),
    st.sampled_from([0.0, 50.0, 130.0, 900.0, None]),
    st.sampled_from([False, False, False, True, None]),
    st.booleans(),
)
jumps = st.dictionaries(
    st.integers(1, 199), st.sampled_from([3600.0, -3600.0, 600.0, -86400.0]), max_size=3
)


def build(
    raw: list[tuple[float, str, str, float | None, bool | None, bool]],
    jumps: dict[int, float] | None = None,
) -> list[Sample]:
    fields = [
        (
            gap,
            {
                **(app(name) if name else {}),
                "title": title,
                "idle_seconds": idle,
                "locked": locked,
                "fullscreen": full,
            },
        )
        for gap, name, title, idle, locked, full in raw
    ]
    return stream(*fields, start=datetime(2026, 11, 20, 23, 50, tzinfo=SHANGHAI), jumps=jumps)


PROPERTIES = settings(max_examples=200, deadline=None)


@PROPERTIES
@given(st.lists(steps, min_size=1, max_size=200))
def test_spans_add_up_exactly_to_counted_time(
    raw: list[tuple[float, str, str, float | None, bool | None, bool]],
) -> None:
    samples = build(raw)
    state, step = account(Accounting(SHANGHAI), samples, classifier())
    _, rest = finish(state)
    spans = [*step.closed, *rest.closed]
    counted_ms = sum(
        round(s.seconds * 1000)
        for s in spans
        if s.counted and s.start.astimezone(SHANGHAI).date() == state.totals.day
    )
    assert counted_ms == state.totals.total
    assert (
        sum(state.totals.categories.values())
        == state.totals.total
        == sum(state.totals.apps.values())
    )
    for span in spans:
        assert timedelta(0) < span.end - span.start <= timedelta(hours=1)
        assert (
            span.start.astimezone(SHANGHAI).date()
            == (span.end - timedelta(microseconds=1)).astimezone(SHANGHAI).date()
        )


@PROPERTIES
@given(st.lists(steps, min_size=1, max_size=200), jumps)
def test_clock_jumps_never_change_usage(
    raw: list[tuple[float, str, str, float | None, bool | None, bool]], moves: dict[int, float]
) -> None:
    plain, plain_step = account(Accounting(SHANGHAI), build(raw), classifier())
    jumped, jumped_step = account(Accounting(SHANGHAI), build(raw, moves), classifier())
    assert jumped.totals == plain.totals
    assert jumped_step.closed == plain_step.closed
    assert jumped.open() == plain.open()
    visible = [i for i in moves if 0 < i < len(raw)]  # a jump needs a sample before it to be seen
    assert len([e for e in jumped_step.events if e.kind == "clock_jump"]) == len(visible)


@PROPERTIES
@given(st.lists(steps, min_size=1, max_size=200))
def test_nothing_counts_while_locked_or_idle(
    raw: list[tuple[float, str, str, float | None, bool | None, bool]],
) -> None:
    samples = build(raw)
    _, step = account(Accounting(SHANGHAI), samples, classifier())
    _, rest = finish(_)
    for span in (*step.closed, *rest.closed):
        # find the samples the span was charged from: they were all in use
        for sample in samples:
            if (
                sample.exe_name == span.exe_name
                and sample.title == span.title
                and span.start <= sample.wall < span.end
            ):
                assert sample.locked is not True
                idle = sample.idle_seconds
                assert idle is None or idle < 120 or sample.fullscreen or span.category == "video"


@PROPERTIES
@given(st.lists(steps, min_size=2, max_size=200), st.integers(1, 199))
def test_a_restart_continues_the_totals(
    raw: list[tuple[float, str, str, float | None, bool | None, bool]], cut: int
) -> None:
    samples = build(raw)
    cut = min(cut, len(samples) - 1)
    first, _ = account(Accounting(SHANGHAI), samples[:cut], classifier())
    if first.totals.day is None:
        return
    restored = Accounting(SHANGHAI).restored(first.totals.day, first.usage_on(first.totals.day))
    second, _ = account(restored, samples[cut:], classifier())
    alone, _ = account(Accounting(SHANGHAI), samples[cut:], classifier())
    if second.totals.day == first.totals.day and alone.totals.day in (None, first.totals.day):
        assert second.totals.total == (first.totals.total // 1000) * 1000 + alone.totals.total
