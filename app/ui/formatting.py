"""Dates, times and durations as a person reads them in the chosen language (lundi 23 novembre 2026)."""

from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from app.domain.hours import format_duration


def long_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def day_header(day: date) -> str:
    """A column title for a day: lun. 23 nov."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")


def short_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def clock(moment: time) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), "HH:mm")


def clock_text(moment: time) -> str:
    """A time as written in a sentence: 14 h 00 in French, 14:00 in English."""
    pattern = QCoreApplication.translate("Formatting", "HH:mm", "a time in a sentence; Qt's date format")
    return QLocale().toString(QTime(moment.hour, moment.minute), pattern)


duration = format_duration  # 8 h, 1 h 30, -0 h 45: the way the team writes hours


def hours_per_week(minutes: int) -> str:
    return QCoreApplication.translate("Formatting", "{hours} a week").format(hours=duration(minutes))
