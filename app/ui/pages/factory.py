"""Builds the page of each sidebar entry; an area's module is imported only when its page is built."""

from importlib import import_module

from PySide6.QtWidgets import QWidget

from app.ui.mainwindow import page_titles

# key -> "module:Class"; the class is built as Class(workspace, title).
PAGES = {
    "my_week": "app.ui.pages.my_week:MyWeekPage",
    "team": "app.ui.pages.team:TeamPage",
    "settings": "app.ui.pages.settings:SettingsPage",
    "decisions": "app.ui.pages.decisions:DecisionsPage",
    "meetings": "app.ui.pages.meetings:MeetingsPage",
    "reception": "app.ui.pages.reception:ReceptionPage",
    "hours": "app.ui.pages.hours:HoursPage",
    "workshops": "app.ui.pages.workshops:WorkshopsPage",
}


def make_page(workspace, key: str) -> QWidget:
    module, _, name = PAGES[key].partition(":")
    return getattr(import_module(module), name)(workspace, page_titles()[key])
