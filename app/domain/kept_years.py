"""The days Cercle takes in: from 2000, the first year its date fields and activity reports offer, to 9998, so
that the week, the weeks and the year after any of them still have dates (Python's end on 31/12/9999).

A day saved before these bounds were kept (31/12/9999 by a date field that offered it, 01/01/1900 by an
import) is still read: what is shown or computed around it goes through :func:`kept_day` and
:func:`days_after`, which stay on the calendar, and the integrity check names it for the team to correct."""

from calendar import monthrange
from datetime import date, datetime, timedelta, tzinfo

from app.domain.errors import QT_TRANSLATE_NOOP, RuleViolation

FIRST_CALENDAR_DAY, LAST_CALENDAR_DAY = date(2000, 1, 1), date(9998, 12, 31)
OUTSIDE_CALENDAR = QT_TRANSLATE_NOOP("Errors", "{day} is outside the years Cercle keeps: {first} to {last}.")
SHOWN_INSTEAD = QT_TRANSLATE_NOOP(
    "Errors", "{day} is outside the years Cercle keeps: {first} to {last}. The field shows {shown} instead: save "
    "to move it there, or choose another day.")


def check_calendar_days(*days: date) -> None:
    """Refuse a day a person gives (a command's date, an absence, an entry) outside the years Cercle keeps:
    once in, it is computed with, and a week or a period around it would run off the calendar."""
    for day in days:
        if not is_kept(day):
            raise RuleViolation(OUTSIDE_CALENDAR, day=day, first=FIRST_CALENDAR_DAY.year,
                                last=LAST_CALENDAR_DAY.year)


def is_kept(day: date) -> bool:
    """Whether ``day`` is in the years Cercle keeps."""
    return FIRST_CALENDAR_DAY <= day <= LAST_CALENDAR_DAY


def kept_day(day: date) -> date:
    """``day``, or the nearest day Cercle keeps when it is outside them (a day saved by an older version)."""
    return min(max(day, FIRST_CALENDAR_DAY), LAST_CALENDAR_DAY)


def days_after(day: date, days: int) -> date:
    """``days`` after ``day`` (before it when negative), kept in the years Cercle keeps: a step from a day at
    the calendar's edge (or saved outside it) stops at the edge instead of running off Python's calendar."""
    start = kept_day(day)
    room = ((LAST_CALENDAR_DAY if days > 0 else FIRST_CALENDAR_DAY) - start).days
    return start + timedelta(days=min(days, room) if days > 0 else max(days, room))


def months_after(first_of_month: date, months: int) -> date:
    """The first of the month ``months`` after ``first_of_month``'s (before it when negative), kept in the
    years Cercle keeps."""
    index = min(max(first_of_month.year * 12 + first_of_month.month - 1 + months, FIRST_CALENDAR_DAY.year * 12),
                LAST_CALENDAR_DAY.year * 12 + 11)
    return date(index // 12, index % 12 + 1, 1)


def shown_instead(day: date) -> RuleViolation | None:
    """For a field showing a saved ``day``: None when Cercle keeps it, else the message that the field shows
    the nearest kept day instead (the record can then be saved there, or on another day)."""
    if is_kept(day):
        return None
    return RuleViolation(SHOWN_INSTEAD, day=day, shown=kept_day(day), first=FIRST_CALENDAR_DAY.year,
                         last=LAST_CALENDAR_DAY.year)


def local_moment(moment: datetime, zone: tzinfo) -> datetime:
    """``moment`` (aware) in the time zone ``zone``, where every page, export and job reads it: a moment saved by
    an older version near Python's edges (23:00 UTC on 31/12/9999 is in the year 10000 in Paris) is shown at
    the nearest moment Python has in ``zone`` instead of failing; the integrity check names it."""
    try:
        return moment.astimezone(zone)
    except (OverflowError, ValueError):
        edge = datetime.max if moment.year > 5000 else datetime.min
        return edge.replace(second=0, microsecond=0, tzinfo=zone)


def weeks_after(monday: date, weeks: int) -> date:
    """The Monday ``weeks`` after ``monday`` (before it when negative), kept between the weeks of the first and
    the last day Cercle keeps."""
    first = FIRST_CALENDAR_DAY - timedelta(days=FIRST_CALENDAR_DAY.weekday())
    last = LAST_CALENDAR_DAY - timedelta(days=LAST_CALENDAR_DAY.weekday())
    start = min(max(monday, first), last)
    return start + timedelta(weeks=min(max(weeks, (first - start).days // 7), (last - start).days // 7))


def month_days(year: int, month: int) -> tuple[date, date]:
    """The first and the last day of a month, even December 9999 (whose next month Python has not)."""
    return date(year, month, 1), date(year, month, monthrange(year, month)[1])
