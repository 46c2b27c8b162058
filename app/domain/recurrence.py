"""How a series of meetings or workshop sessions repeats: every n weeks, monthly on a date, or monthly on the
nth weekday (first Thursday, last Friday), with the days left out (public holidays, closures, days chosen).

The dates come from ``dateutil.rrule``, with the iCalendar (RFC 5545) meaning: ``count`` counts the
occurrences of the rule, those left out included, as an RRULE's COUNT counts those an EXDATE removes.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from app.domain.errors import QT_TRANSLATE_NOOP, RuleViolation
from app.domain.kept_years import LAST_CALENDAR_DAY

MAX_OCCURRENCES = 104  # two years of a weekly meeting
MAX_INTERVAL = 12
LAST = -1  # the position of the last weekday of a month
POSITIONS = (1, 2, 3, 4, LAST)
LAST_MONTH_DAY = 28  # the 29th to the 31st are not in every month: the last weekday says it better

BAD_COUNT = QT_TRANSLATE_NOOP("Errors", "A series has between 1 and 104 occurrences.")
BAD_INTERVAL = QT_TRANSLATE_NOOP("Errors", "A series repeats every 1 to 12 weeks or months.")
NO_END = QT_TRANSLATE_NOOP("Errors", "Say when the series ends: a number of occurrences or a last day.")
UNTIL_BEFORE_FIRST = QT_TRANSLATE_NOOP("Errors", "The series ends before its first day.")
BAD_MONTH_DAY = QT_TRANSLATE_NOOP(
    "Errors", "Not every month has a day {day}: choose a day up to the 28th, or that weekday, the last of the month."
)
BAD_POSITION = QT_TRANSLATE_NOOP("Errors", "The first day is not that weekday of its month.")
BEYOND_CALENDAR = QT_TRANSLATE_NOOP("Errors", "The series would run past {last}, the last year Cercle keeps.")
NOTHING_LEFT = QT_TRANSLATE_NOOP(
    "Errors", "Every day of this series is left out (public holidays, closures, days chosen): nothing to plan."
)


class Frequency(StrEnum):
    WEEKLY = "weekly"
    MONTHLY_DAY = "monthly_day"  # the same date every month (the 15th)
    MONTHLY_WEEKDAY = "monthly_weekday"  # the same weekday at the same place (the first Thursday)


class SkipReason(StrEnum):
    HOLIDAY = "holiday"
    CLOSURE = "closure"
    CHOSEN = "chosen"


@dataclass(frozen=True)
class Recurrence:
    """A repeat rule, anchored on the series' first day: its weekday, its date or its place in the month.

    ``position`` (monthly on a weekday only) is 1 to 4 or ``LAST``; None means the first day's own.
    Exactly one of ``count`` and ``until`` ends the series.
    """

    frequency: Frequency = Frequency.WEEKLY
    interval: int = 1
    count: int | None = None
    until: date | None = None
    position: int | None = None

    def dates(self, first: date) -> list[date]:
        """Every occurrence from ``first`` (itself included), in order; none after the years Cercle keeps."""
        self._check(first)
        every = self._expand(first)
        if every[-1] > LAST_CALENDAR_DAY:
            raise RuleViolation(BEYOND_CALENDAR, last=LAST_CALENDAR_DAY.year)
        return every

    def position_on(self, first: date) -> int:
        """The place in its month of the weekday repeated (monthly on a weekday)."""
        if self.position is not None:
            return self.position
        nth = positions_of(first)[0]
        return nth if nth in POSITIONS else LAST

    def _expand(self, first: date) -> list[date]:
        from dateutil import rrule  # loaded on first use: the window opens without it

        weekday = rrule.weekdays[first.weekday()]
        by: dict[str, object] = {
            Frequency.WEEKLY: {},
            Frequency.MONTHLY_DAY: {"bymonthday": first.day},
            Frequency.MONTHLY_WEEKDAY: {"byweekday": weekday(self.position_on(first))},
        }[self.frequency]
        frequency = rrule.WEEKLY if self.frequency == Frequency.WEEKLY else rrule.MONTHLY
        until = datetime.combine(self.until, time()) if self.until else None
        moments = rrule.rrule(frequency, dtstart=datetime.combine(first, time()), interval=self.interval,
                              count=self.count, until=until, **by)
        try:
            return [moment.date() for moment in moments]
        except ValueError:  # the year 10000, which Python's dates do not hold
            raise RuleViolation(BEYOND_CALENDAR, last=LAST_CALENDAR_DAY.year) from None

    def _check(self, first: date) -> None:
        if not 1 <= self.interval <= MAX_INTERVAL:
            raise RuleViolation(BAD_INTERVAL)
        if (self.count is None) == (self.until is None):
            raise RuleViolation(NO_END)
        if self.count is not None and not 1 <= self.count <= MAX_OCCURRENCES:
            raise RuleViolation(BAD_COUNT)
        if self.until is not None and self.until < first:
            raise RuleViolation(UNTIL_BEFORE_FIRST)
        if self.frequency == Frequency.MONTHLY_DAY and first.day > LAST_MONTH_DAY:
            raise RuleViolation(BAD_MONTH_DAY, day=first.day)
        if self.frequency == Frequency.MONTHLY_WEEKDAY and self.position_on(first) not in positions_of(first):
            raise RuleViolation(BAD_POSITION)
        if self.until is not None and len(self._expand(first)) > MAX_OCCURRENCES:
            raise RuleViolation(BAD_COUNT)


def positions_of(day: date) -> tuple[int, ...]:
    """The places of ``day``'s weekday in its month: (3,) for a third Tuesday, (4, LAST) for a fourth one
    that is also the last, (5, LAST) for a fifth."""
    import calendar

    nth = (day.day - 1) // 7 + 1
    last = day.day + 7 > calendar.monthrange(day.year, day.month)[1]
    return (nth, LAST) if last else (nth,)


@dataclass(frozen=True)
class SeriesDays:
    """The days a series meets on, and the occurrences of its rule it leaves out with why."""

    days: tuple[date, ...]
    skipped: tuple[date, ...] = ()
    reasons: tuple[SkipReason, ...] = ()

    def skipped_for(self, reason: SkipReason) -> tuple[date, ...]:
        return tuple(day for day, why in zip(self.skipped, self.reasons) if why == reason)

    def to_plan(self) -> tuple[date, ...]:
        """The days, refused when none is left."""
        if not self.days:
            raise RuleViolation(NOTHING_LEFT)
        return self.days


def plan(first: date, rule: Recurrence, off: Mapping[date, SkipReason], chosen: Iterable[date] = ()) -> SeriesDays:
    """The occurrences of ``rule`` from ``first``, but the days ``off`` (holidays, closures) and ``chosen``."""
    left_out = {**{day: SkipReason.CHOSEN for day in chosen}, **off}
    every = rule.dates(first)
    skipped = [day for day in every if day in left_out]
    return SeriesDays(
        tuple(day for day in every if day not in left_out), tuple(skipped), tuple(left_out[d] for d in skipped)
    )
