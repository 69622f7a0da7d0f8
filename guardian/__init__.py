"""Guardian: screen-time limits, a fair lock screen and family-education guidance for family PCs."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("guardian")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
