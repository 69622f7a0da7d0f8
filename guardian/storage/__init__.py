"""Guardian's store: a SQLite file in the data home, typed models, Alembic migrations.

Open it with `open_store(path)`, work in `with store.session() as s:` and pass the session to
the functions in `repositories`. Core code never imports this package.
"""

from guardian.storage.database import (
    BUSY_TIMEOUT_MS,
    Store,
    current_revision,
    head_revision,
    make_engine,
    open_store,
)
from guardian.storage.errors import (
    ChildExists,
    ChildNotFound,
    RequestAlreadyAnswered,
    StoreCorrupt,
    StoreError,
    StoreFromNewerVersion,
    StoreLocked,
    StoreUnavailable,
)
from guardian.storage.models import (
    App,
    Base,
    Child,
    Event,
    PolicyVersion,
    RolledInterval,
    RolledUsage,
    Setting,
    TimeGrant,
    TimeRequest,
    UsageSpan,
)
from guardian.storage.repositories import SpanRecord
from guardian.storage.types import UtcDateTime

__all__ = [
    "BUSY_TIMEOUT_MS",
    "App",
    "Base",
    "Child",
    "ChildExists",
    "ChildNotFound",
    "Event",
    "PolicyVersion",
    "RequestAlreadyAnswered",
    "RolledInterval",
    "RolledUsage",
    "Setting",
    "SpanRecord",
    "Store",
    "StoreCorrupt",
    "StoreError",
    "StoreFromNewerVersion",
    "StoreLocked",
    "StoreUnavailable",
    "TimeGrant",
    "TimeRequest",
    "UsageSpan",
    "UtcDateTime",
    "current_revision",
    "head_revision",
    "make_engine",
    "open_store",
]
