import pytest

from guardian.core.units import (
    Window,
    format_duration,
    parse_duration,
    parse_time_of_day,
    parse_window,
)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("1h30m", 5400),
        ("45m", 2700),
        ("2h", 7200),
        ("90s", 90),
        ("0", 0),
        ("0m", 0),
        (" 1H 5M ", 3900),
        ("1h0m", 3600),
    ],
)
def test_durations(text: str, seconds: int) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "h", "1.5h", "90", "1m30h", "-5m", "1d", "abc", "5 minutes"])
def test_bad_durations(text: str) -> None:
    with pytest.raises(ValueError, match="not a duration"):
        parse_duration(text)


@pytest.mark.parametrize("seconds", [0, 59, 60, 3600, 5400, 86400, 3661])
def test_format_duration_round_trips(seconds: int) -> None:
    assert parse_duration(format_duration(seconds)) == seconds


@pytest.mark.parametrize(
    ("text", "minutes"), [("00:00", 0), ("7:05", 425), ("21:20", 1280), ("23:59", 1439)]
)
def test_times_of_day(text: str, minutes: int) -> None:
    assert parse_time_of_day(text) == minutes


@pytest.mark.parametrize("text", ["24:00", "12:60", "25:00", "noon", "1230", "12:5"])
def test_bad_times_of_day(text: str) -> None:
    with pytest.raises(ValueError):
        parse_time_of_day(text)


@pytest.mark.parametrize(
    ("text", "window", "crosses"),
    [
        ("06:00-21:30", Window(360, 1290), False),
        ("00:00-24:00", Window(0, 1440), False),
        ("22:00-01:00", Window(1320, 60), True),
        ("20:00-00:00", Window(1200, 0), True),
    ],
)
def test_windows(text: str, window: Window, crosses: bool) -> None:
    parsed = parse_window(text)
    assert parsed == window
    assert parsed.crosses_midnight is crosses
    assert str(parsed) == text.replace("00:00", "00:00")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("06:00-21:33", "5-minute steps"),
        ("06:00", "not a time window"),
        ("06:00-07:00-08:00", "not a time window"),
        ("08:00-08:00", "same time"),
        ("8am-9pm", "not a time of day"),
    ],
)
def test_bad_windows(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_window(text)
