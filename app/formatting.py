"""Dates, times, durations and names as a person reads them in the chosen language (lundi 23 novembre 2026):
shared by the window, the exports and the messages of app.i18n."""

from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from app.domain.hours import format_duration


def long_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def day_header(day: date) -> str:
    """A column title for a day: lun. 23 nov."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")


def weekday_name(weekday: int) -> str:
    """Monday, Tuesday… in the current language (Monday = 0), capitalised: a column's cell, a list's entry."""
    return QLocale().dayName(weekday + 1).capitalize()


def weekday_in_text(weekday: int) -> str:
    """A weekday as a sentence writes it (Monday = 0): « lundi » in French, "Monday" in English."""
    return QLocale().dayName(weekday + 1)


def day_month(day: date) -> str:
    """A day without its year, where the year is said beside it: 30/11."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dd/MM")


def short_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def clock(moment: time) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), "HH:mm")


def duration(minutes: int) -> str:
    """Hours as the reader writes them: « 26 h 30 » in French, "26 h 30 min" in English; "8 h" in both."""
    if QLocale().language() == QLocale.Language.French:
        return format_duration(minutes)
    sign = "-" if minutes < 0 else ""
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours} h {rest:02d} min" if rest else f"{sign}{hours} h"


def grid_duration(minutes: int) -> str:
    """Hours in a grid of many narrow columns: « 10 h 15 » in French, "10:15" in English, where "10 h 15 min"
    would not fit eight weeks side by side."""
    if QLocale().language() == QLocale.Language.French:
        return format_duration(minutes)
    sign = "-" if minutes < 0 else ""
    return f"{sign}{abs(minutes) // 60}:{abs(minutes) % 60:02d}"


def percent(value: object) -> str:
    """« 75 % » in French, "75%" in English."""
    return QCoreApplication.translate("Formatting", "{percent}%").format(percent=value)


def percent_suffix() -> str:
    """What follows a number in a percent field: " %" in French, "%" in English."""
    return percent("")


def clock_text(moment: time) -> str:
    """A time as written in a sentence: 14 h 00 in French, 14:00 in English."""
    pattern = QCoreApplication.translate("Formatting", "HH:mm", "a time in a sentence; Qt's date format")
    return QLocale().toString(QTime(moment.hour, moment.minute), pattern)


def hours_per_week(minutes: int) -> str:
    return QCoreApplication.translate("Formatting", "{hours} a week").format(hours=duration(minutes))


def category_label(category) -> str:
    """A time category's label: the seeded ones translated, the ones a centre typed shown as typed."""
    return QCoreApplication.translate("Categories", category.label)


def member_line(member) -> str:
    """A member as the lists to choose from show them: « Amina Benali — Médecin », the name alone for a member
    without a profession (the first start and the import leave it optional)."""
    return f"{member.name} — {member.profession}" if member.profession else member.name
