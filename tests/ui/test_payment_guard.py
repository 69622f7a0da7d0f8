"""The spending guard: a payments window closes unless a parent's PIN lets it stay."""

from __future__ import annotations

from guardian.ui.payment_guard import PaymentGuard


def check(pin: str) -> tuple[bool, int]:
    return pin == "482915", 0


def test_a_parents_pin_lets_the_window_stay(qtbot) -> None:  # type: ignore[no-untyped-def]
    guard = PaymentGuard(check, grace_ms=60_000)
    qtbot.addWidget(guard)
    guard.start()
    assert "payment or top-up page" in guard.message.text() and "60 seconds" in guard.message.text()
    qtbot.keyClicks(guard.pin, "000000")
    guard.allow_button.click()
    assert guard.feedback.text() == "That PIN is not right." and guard.isVisible()
    with qtbot.waitSignal(guard.allowed, timeout=1000):
        qtbot.keyClicks(guard.pin, "482915")
        guard.allow_button.click()
    assert not guard.isVisible()


def test_without_the_pin_it_closes_when_time_is_up(qtbot) -> None:  # type: ignore[no-untyped-def]
    guard = PaymentGuard(check, grace_ms=50)
    qtbot.addWidget(guard)
    expired: list[bool] = []
    guard.expired.connect(lambda: expired.append(True))
    guard.start()
    qtbot.waitUntil(lambda: bool(expired), timeout=3000)
    assert not guard.isVisible()
