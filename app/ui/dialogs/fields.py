"""Dates and times in the dialogs' fields: Qt's values to Python's and back, and a date picked from a calendar."""

from datetime import date, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDateEdit


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def qtime(moment: time) -> QTime:
    return QTime(moment.hour, moment.minute)


def pytime(value: QTime) -> time:
    """To the minute, as the fields show it."""
    return time(value.hour(), value.minute())


def date_edit(day: date) -> QDateEdit:
    """A date field that opens a calendar."""
    edit = QDateEdit(qdate(day))
    edit.setCalendarPopup(True)
    return edit
