"""What can go wrong with Guardian's data file, in words a parent can act on.

The first four are things the environment did (another program, a newer Guardian, a damaged
file, a full or read-only disk); each message names the file, says what to do, and says that
Guardian changed and deleted nothing. The others name a child or a request the caller asked for.

Each error also carries a short `code` (such as "disk_full" or "locked") for the record: the
recorder puts it in the "store_fault" event that tells the parent what failed and for how long.
"""

from __future__ import annotations

from pathlib import Path

from guardian.core.errors import Error
from guardian.core.text import Text, translate


class StoreError(Error):
    """Guardian's data file cannot be used as asked."""

    code: str = "store_error"  # what failed, for the record; the message is for people


class StoreLocked(StoreError):
    """Another program holds the database and did not let go in time."""

    code = "locked"

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            translate(
                "Store",
                "Guardian could not use its data file {path} because another program is using it "
                "right now. Close other Guardian windows, wait a moment and try again. "
                "Guardian did not change or delete anything in it.",
            ).fill(path=path)
        )


class StoreFromNewerVersion(StoreError):
    """The database was set up by a newer Guardian (its schema revision is unknown here)."""

    code = "newer_version"

    def __init__(self, path: Path, revision: str) -> None:
        self.path = path
        self.revision = revision
        super().__init__(
            translate(
                "Store",
                "The data file {path} was written by a newer version of Guardian "
                "(schema {revision}). Keep using that newer version (install it again if it was "
                "removed), or ask whoever set up Guardian for you. "
                "Guardian did not change or delete anything in it.",
            ).fill(path=path, revision=revision)
        )


class StoreCorrupt(StoreError):
    """The file is not a SQLite database, is damaged, or is not Guardian's."""

    code = "corrupt"

    def __init__(self, path: Path, detail: Text | str) -> None:
        self.path = path
        self.detail = detail
        super().__init__(
            translate(
                "Store",
                "The data file {path} is damaged or is not a Guardian data file ({detail}). "
                "Guardian did not change or delete anything in it. Restore it from a backup, or "
                "move it to another folder (keep it: it holds the history) and start Guardian "
                "again to begin with a new, empty file.",
            ).fill(path=path, detail=detail)
        )


class StoreUnavailable(StoreError):
    """The data home is missing or cannot be written, the disk is full, or it is read-only.

    `code` says which: "disk_full", "read_only", "missing" (the file or its folder is gone),
    "replaced" (another file is at its path now), "io_error", or "unavailable" (anything else).
    """

    def __init__(self, path: Path, reason: Text | str, code: str = "unavailable") -> None:
        self.path = path
        self.reason = reason
        self.code = code
        super().__init__(
            translate(
                "Store",
                "Guardian cannot use its data file {path}: {reason}. Check that the folder exists "
                "and can be written to and that the disk has free space, then start Guardian "
                "again. Guardian did not change or delete anything in it.",
            ).fill(path=path, reason=reason)
        )


class ChildExists(StoreError):
    """A child with this name is already known."""

    invalid_input = True

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(
            translate(
                "Store",
                "A child named '{name}' already exists. Choose another name; nothing was added.",
            ).fill(name=name)
        )


class ChildNotFound(StoreError):
    """No child has this name."""

    invalid_input = True

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(
            translate(
                "Store",
                "There is no child named '{name}'. Check the spelling, or add the child first "
                "(guardian child add {name}).",
            ).fill(name=name)
        )


class RequestAlreadyAnswered(StoreError):
    """A request for more time was answered already (say, on the lock screen and the dashboard)."""

    def __init__(self, request_id: int, status: str) -> None:
        self.request_id = request_id
        self.status = status
        super().__init__(
            translate("Store", "This request for more time was already approved; nothing changed.")
            if status == "approved"
            else translate(
                "Store", "This request for more time was already answered; nothing changed."
            )
        )
