"""Guardian's pure domain.

Nothing in this package imports Qt, SQLAlchemy, psutil or any OS layer, and nothing reads the real
clock except `clock.SystemClock`: time is always passed in. `tests/core/test_purity.py` holds it
to that.
"""
