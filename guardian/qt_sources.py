"""Qt for Python reads the source of every module imported after it, and Python would keep it.

PySide6 replaces `__import__` to support `from __feature__ import ...`. To learn whether a newly
imported module uses PySide, it reads the module's source with `inspect.getsource`, which leaves
the whole file in `linecache`'s cache for as long as the process runs: some 800 files and 30 MB
of `guardian service`'s memory, a third of issue 9's budget. `forget_imported_sources` lets
PySide read and decide as before, then takes out of the cache what that check put in. The cache
only saves reading a file again when a traceback shows its lines.

It wraps a function of PySide's support code (`shibokensupport.feature.feature_imported`, in
PySide 6.4 and later). Where that is missing, nothing changes but the memory.
"""

from __future__ import annotations

import linecache
import logging
import sys
from typing import Any

log = logging.getLogger(__name__)

_FEATURE = "shibokensupport.feature"
_WRAPPED = "_guardian_forgets_sources"


def forget_imported_sources() -> bool:
    """From now on, modules imported leave no source in `linecache`. Imports PySide6 (its
    import hook is installed with it). False when this PySide has no such check to wrap."""
    import PySide6.QtCore  # installs the import hook

    feature = sys.modules.get(_FEATURE)
    original = getattr(feature, "feature_imported", None)
    if feature is None or not callable(original):
        log.debug("PySide6 %s: no import check to wrap", PySide6.__version__)
        return False
    if getattr(original, _WRAPPED, False):
        return True

    def feature_imported(module: Any) -> Any:
        known = set(linecache.cache)
        try:
            return original(module)
        finally:
            for filename in linecache.cache.keys() - known:
                linecache.cache.pop(filename, None)

    setattr(feature_imported, _WRAPPED, True)
    setattr(feature, "feature_imported", feature_imported)  # noqa: B010  (not in its stubs)
    return True
