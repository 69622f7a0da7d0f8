"""Short tips for children, shown on the lock screen (the guidance library adds more)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tips_for(language: str) -> list[str]:
    """The children's tips of the guidance library in `language`, or the built-in few."""
    from guardian import config

    path = config.resources_dir() / "guidance" / language / "tips.md"
    try:
        body = path.read_text(encoding="utf-8").split("+++", 2)[2]
    except (OSError, IndexError):
        return child_tips()
    found = [
        line.strip()[2:].strip()
        for line in body.splitlines()
        if line.strip().startswith(("- ", "* "))
    ]
    return found or child_tips()


def child_tips() -> list[str]:
    return [
        QCoreApplication.translate(
            "Tips", "Look at something far away for a while: your eyes have worked hard."
        ),
        QCoreApplication.translate("Tips", "Stand up, stretch, and drink a glass of water."),
        QCoreApplication.translate(
            "Tips", "Go outside if you can: two hours of daylight a day keeps eyes healthy."
        ),
        QCoreApplication.translate(
            "Tips", "Tell someone in your family about the best thing you did today."
        ),
        QCoreApplication.translate(
            "Tips", "Read a book, draw, or build something with your hands."
        ),
        QCoreApplication.translate(
            "Tips", "A good sleep helps you remember what you learned today."
        ),
        QCoreApplication.translate(
            "Tips", "If something online upset you, talk to a parent or a teacher about it."
        ),
        QCoreApplication.translate(
            "Tips", "Plan tomorrow: what will you do first when the computer is free again?"
        ),
    ]
