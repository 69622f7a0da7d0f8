"""The base of every error Guardian's core raises on purpose."""

from __future__ import annotations

from typing import ClassVar

from guardian.core.text import Text, verbatim


class Error(Exception):
    """Something the user or the environment did that Guardian reports with a clear message.

    `invalid_input` marks what the user can fix by giving other input (exit code 2 on the
    command line), as opposed to what the environment did (exit code 1). `text` is the message
    ready for translation; `str()` of the error is its English.
    """

    invalid_input: ClassVar[bool] = False

    def __init__(self, message: Text | str = "") -> None:
        self.text = message if isinstance(message, Text) else verbatim(message)
        super().__init__(str(self.text))
