"""Widgets: tray, countdown, lock screen, dashboard, limits editor, wizard, guidance browser.

Widgets receive their collaborators through their constructors; there is no global registry.
"""
