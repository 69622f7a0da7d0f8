import pytest

from guardian.core.suggestions import Signals, suggest


@pytest.mark.parametrize(
    ("signals", "reasons"),
    [
        (Signals(), []),
        (Signals(late_night_days=2), []),
        (Signals(late_night_days=3), ["late_nights"]),
        (Signals(games_over_limit_days=4), ["games_over_limit"]),
        (Signals(week_total=1200, previous_week_total=1000), ["rising_total"]),
        (Signals(week_total=1100, previous_week_total=1000), []),
        (Signals(week_total=1200, previous_week_total=0), []),  # no week before: nothing to compare
        (Signals(new_social_apps=("Discord.exe",)), ["new_social_app"]),
        (Signals(requests=3, pin_failures=1), ["requests", "pin_failures"]),
    ],
)
def test_patterns_and_their_reading(signals: Signals, reasons: list[str]) -> None:
    found = suggest(signals)
    assert [s.reason for s in found] == reasons
    assert all(s.articles for s in found)


def test_the_detail_carries_the_figure() -> None:
    (rising,) = suggest(Signals(week_total=1500, previous_week_total=1000))
    assert rising.detail == "50"
