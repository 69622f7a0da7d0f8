"""The base of every error Guardian's core raises on purpose."""

from __future__ import annotations


class Error(Exception):
    """Something the user or the environment did that Guardian reports with a clear message."""
