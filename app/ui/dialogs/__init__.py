"""Dialogs. Each has a classmethod that runs it and returns its result, so tests can drive it."""
