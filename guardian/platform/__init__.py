"""One adapter per operating system behind one Protocol, chosen by a factory that imports lazily.

Foreground window, idle time, session lock state, closing a process, locking the session. The
adapters arrive with the tracking issue; nothing here picks an OS at import time.
"""
