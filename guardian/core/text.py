"""Messages for people, written in English here and shown in the family's language elsewhere.

The core cannot use Qt, yet its messages (a policy's problems, a store that cannot be opened)
reach parents in Chinese or English. So the core builds a `Text`: the English source, the Qt
context it is translated in, and the named fields that fill it. The boundary (the command line,
the windows) renders it through Qt's translations; `str()` gives the English.

Write every message as a literal call, `translate("Policy", "unknown key '{key}'").fill(key=k)`,
so pyside6-lupdate finds it: the tool looks for calls named `translate` with two literal
arguments, and does not see messages passed through variables or keyword arguments.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

# (context, source) -> the translation, or "" when there is none
Translate = Callable[[str, str], str]


@dataclass(frozen=True)
class Text:
    context: str
    source: str
    fields: tuple[tuple[str, object], ...] = ()

    def fill(self, **fields: object) -> Text:
        return Text(self.context, self.source, (*self.fields, *fields.items()))

    def render(self, translate: Translate | None = None) -> str:
        """The message, translated when `translate` is given; fields that are `Text` too."""
        template = (translate(self.context, self.source) if translate else "") or self.source
        if not self.fields:
            return template
        values = {k: v.render(translate) if isinstance(v, Text) else v for k, v in self.fields}
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            # A translation that lost or renamed a field: the English still says it all.
            return self.source.format(**values)

    def __str__(self) -> str:
        return self.render()


def translate(context: str, source: str) -> Text:
    """Mark a message for translation; fill its fields with `.fill(name=value)`."""
    return Text(context, source)


def verbatim(message: str) -> Text:
    """Text that is not translated, such as a message from the operating system."""
    return Text("", message)


def joined(parts: Sequence[Text], separator: str = "; ") -> Text:
    """Several messages shown as one, each translated on its own."""
    template = separator.join(f"{{part{i}}}" for i in range(len(parts)))
    return Text("", template, tuple((f"part{i}", part) for i, part in enumerate(parts)))


def render(message: Text | str, translate: Translate | None = None) -> str:
    return message.render(translate) if isinstance(message, Text) else message


class InvalidValue(ValueError):
    """A value that cannot be read (a duration, a time of day), with the message to show."""

    def __init__(self, text: Text) -> None:
        self.text = text
        super().__init__(str(text))
