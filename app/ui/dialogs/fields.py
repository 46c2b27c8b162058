"""Dates and times in the dialogs' fields: Qt's values to Python's and back, and a date picked from a calendar."""

from datetime import date, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDateEdit

from app.domain.kept_years import FIRST_CALENDAR_DAY, LAST_CALENDAR_DAY


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def qtime(moment: time) -> QTime:
    return QTime(moment.hour, moment.minute)


def pytime(value: QTime) -> time:
    """To the minute, as the fields show it."""
    return time(value.hour(), value.minute())


def date_edit(day: date | None = None, name: str = "") -> QDateEdit:
    """A date field that opens a calendar, on the years Cercle keeps (the services refuse the others), named
    ``name`` for a screen reader."""
    edit = QDateEdit()
    edit.setDateRange(qdate(FIRST_CALENDAR_DAY), qdate(LAST_CALENDAR_DAY))
    if day is not None:
        edit.setDate(qdate(day))
    edit.setCalendarPopup(True)
    if name:
        edit.setAccessibleName(name)
    return edit
