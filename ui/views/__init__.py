"""Widgets: the page view, the entities panel, the find bar and the dialogs."""
