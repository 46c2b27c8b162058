"""The days Cercle takes in: from 2000, the first year its date fields and activity reports offer, to 9998, so
that the week, the weeks and the year after any of them still have dates (Python's end on 31/12/9999)."""

from datetime import date

from app.domain.errors import QT_TRANSLATE_NOOP, RuleViolation

FIRST_CALENDAR_DAY, LAST_CALENDAR_DAY = date(2000, 1, 1), date(9998, 12, 31)
OUTSIDE_CALENDAR = QT_TRANSLATE_NOOP("Errors", "{day} is outside the years Cercle keeps: {first} to {last}.")


def check_calendar_days(*days: date) -> None:
    """Refuse a day a person gives (a command's date, an absence, an entry) outside the years Cercle keeps:
    once in, it is computed with, and a week or a period around it would run off the calendar."""
    for day in days:
        if not FIRST_CALENDAR_DAY <= day <= LAST_CALENDAR_DAY:
            raise RuleViolation(OUTSIDE_CALENDAR, day=day, first=FIRST_CALENDAR_DAY.year,
                                last=LAST_CALENDAR_DAY.year)
