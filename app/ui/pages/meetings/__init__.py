"""Meetings: the list of meetings and, for the chosen one, its agenda (with notes autosaved and the decisions
taken in the meeting), attendance and roles, action items and minutes (approve, export).

``page`` composes the panels, one module each: ``agenda`` (with ``notes`` and ``decision``), ``attendance``,
``actions`` (``MyActionsList`` is reused by the My week page) and ``minutes``; ``common`` is what they share.
"""

from app.ui.pages.meetings.actions import MyActionsList
from app.ui.pages.meetings.notes import kept_position
from app.ui.pages.meetings.page import MeetingsPage

__all__ = ["MeetingsPage", "MyActionsList", "kept_position"]
