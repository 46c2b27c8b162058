"""Rules of the 25 h / 10 h split: durations, weekly targets, the running balance, ISO weeks.

A full-time member works 35 h a week, 25 h in their profession and 10 h on self-management; a
part-timer keeps the proportion unless the team decided otherwise. A week's targets shrink with the
working days lost to absences, public holidays and the contract's dates. All durations are whole
minutes; days are calendar days, so daylight-saving changes never touch a target.
"""

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction
from functools import lru_cache

from app.domain.errors import QT_TRANSLATE_NOOP, RuleViolation
from app.domain.members import (
    HOURS_RANGE,
    MAX_WEEKLY_MINUTES,
    NO_WORKING_DAY,
    SELF_MANAGEMENT_RANGE,
    default_self_management_minutes,
)
from app.domain.names import bare

__all__ = [
    "ABSENCE_KINDS",
    "ABSENCE_KIND_LABELS",
    "WHIT_MONDAY",
    "Absence",
    "Contract",
    "ContractHistory",
    "CountedDays",
    "Departure",
    "TeamTime",
    "WeekBalance",
    "WeekTarget",
    "WorkedHolidays",
    "check_contract_from",
    "check_day_back",
    "check_day_total",
    "check_last_day",
    "check_worked_holidays",
    "day_shares",
    "default_self_management_minutes",
    "done_profession_minutes",
    "format_duration",
    "holidays_off",
    "in_team",
    "iso_week_monday",
    "monday_of",
    "parse_absence_kind",
    "parse_duration",
    "parse_week_label",
    "public_holidays",
    "running_balance",
    "spread",
    "validate_contract",
    "week_label",
    "week_target",
    "whit_monday",
]

MINUTES_PER_DAY = 24 * 60
ABSENCE_KINDS = ("holiday", "sick", "training", "other")
# The kinds as the Hours page names them (marked in the context of the dialog that records an absence).
ABSENCE_KIND_LABELS = {
    "holiday": QT_TRANSLATE_NOOP("AbsenceDialog", "Holiday"),
    "sick": QT_TRANSLATE_NOOP("AbsenceDialog", "Sick leave"),
    "training": QT_TRANSLATE_NOOP("AbsenceDialog", "Training"),
    "other": QT_TRANSLATE_NOOP("AbsenceDialog", "Other"),
}
# What a person may type for each kind (the command line): its code, its English and French names, as names.bare
# reads them, whatever the language the program speaks.
ABSENCE_KIND_WORDS = {
    "holiday": ("holiday", "holidays", "leave", "conge", "conges", "vacances"),
    "sick": ("sick", "sickleave", "maladie", "arretmaladie", "arretdetravail"),
    "training": ("training", "formation"),
    "other": ("other", "autre"),
}
# The `holidays` subdivision of each region; Moselle stands for Alsace-Moselle (same local law).
HOLIDAY_SUBDIVISIONS: dict[str, str | None] = {"metropole": None, "alsace-moselle": "57"}
MORNING, AFTERNOON = "morning", "afternoon"

BAD_DURATION = QT_TRANSLATE_NOOP("Errors", "Type a duration such as 1h30, 1,5 or 90 min.")
NEGATIVE_DURATION = QT_TRANSLATE_NOOP("Errors", "A duration cannot be negative.")
DURATION_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "A duration cannot be more than 24 hours.")
DAY_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "A day has 24 hours: {total} in one day is too much.")
MORE_THAN_PLANNED = QT_TRANSLATE_NOOP(
    "Errors", "Only {planned} of profession hours were planned that day: no more can be taken off."
)
NOTHING_PLANNED = QT_TRANSLATE_NOOP("Errors", "No profession hours were planned that day: none can be taken off.")
END_BEFORE_START = QT_TRANSLATE_NOOP("Errors", "The end date cannot be before the start date.")
UNKNOWN_KIND = QT_TRANSLATE_NOOP("Errors", "Unknown kind of absence: {kind}.")
BAD_KIND = QT_TRANSLATE_NOOP("Errors", "“{kind}” is not a kind of absence: write holiday, sick, training or other.")
HALF_DAY_SAME_DAY = QT_TRANSLATE_NOOP(
    "Errors", "A one-day absence is either a full day or one half day, not both halves."
)
UNKNOWN_REGION = QT_TRANSLATE_NOOP("Errors", "Unknown public-holiday region: {region}.")
BAD_WEEK = QT_TRANSLATE_NOOP("Errors", "There is no week {week} in {year}.")
BAD_WEEK_LABEL = QT_TRANSLATE_NOOP("Errors", "Type a week such as 2026-W48.")
NOT_A_MONDAY = QT_TRANSLATE_NOOP("Errors", "A week starts on a Monday.")
LAST_DAY_BEFORE_ARRIVAL = QT_TRANSLATE_NOOP("Errors", "The last day cannot be before {name} arrived ({day}).")
LAST_DAY_BEFORE_RETURN = QT_TRANSLATE_NOOP(
    "Errors", "The last day cannot be before {name} came back ({day})."
)
LAST_DAY_AHEAD = QT_TRANSLATE_NOOP(
    "Errors", "The last day cannot be after today: deactivate the member on their last day or after."
)
BACK_BEFORE_LEAVING = QT_TRANSLATE_NOOP("Errors", "The first day back must come after the last day ({day}).")
NOT_A_HOLIDAY = QT_TRANSLATE_NOOP("Errors", "{day} is not a public holiday.")
NOT_ARRIVED = QT_TRANSLATE_NOOP("Errors", "{name} only joins the team on {day}.")
CONTRACT_ENDED = QT_TRANSLATE_NOOP("Errors", "{name}'s contract ends on {day}.")
AWAY_FROM_TEAM = QT_TRANSLATE_NOOP("Errors", "{name} is away from the team on {day}.")
CONTRACT_FROM_VALIDATED = QT_TRANSLATE_NOOP(
    "Errors", "{name} validated the week of {day}: a new contract can apply from the week of {next} at the "
    "earliest, or once that week is unlocked."
)


# --- durations ------------------------------------------------------------------------------------

# Each form, written without spaces and in lower case: 1h30 / 1h / 90min / 2:30 / 1,5 / 2.
_HOURS_AND_MINUTES = re.compile(r"(?P<hours>\d+)h(?:(?P<minutes>\d\d)(?:min|mn|m)?)?")
_MINUTES = re.compile(r"(?P<minutes>\d+)(?:min|mn|m)")
_CLOCK = re.compile(r"(?P<hours>\d+):(?P<minutes>\d\d)")
_DECIMAL_HOURS = re.compile(r"(?P<hours>\d+(?:[.,]\d+)?)h?")
_SPLIT_NUMBER = re.compile(r"\d\s+\d")  # "1 30" is not 130 h: spaces go only around letters


def parse_duration(text: str, *, allow_negative: bool = False) -> int:
    """Minutes from what a person types: ``1h30``, ``1 h 30``, ``1h``, ``90 min``, ``2:30``, ``1,5``.

    A bare number is hours (``2`` → 120), like ``1,5`` and ``1.5``; decimal hours are rounded to
    the minute. Minutes after ``h`` or ``:`` take two digits (``1h05``, not the ambiguous ``1h5``).
    A duration is at most 24 h; a leading minus is refused unless ``allow_negative`` (a difference
    from the planned profession hours).
    """
    if _SPLIT_NUMBER.search(text):
        raise RuleViolation(BAD_DURATION)
    compact = "".join(text.split()).lower()
    sign = -1 if compact.startswith("-") else 1
    if sign < 0:
        if not allow_negative:
            raise RuleViolation(NEGATIVE_DURATION)
        compact = compact[1:]
    minutes = _unsigned_minutes(compact)
    if minutes > MINUTES_PER_DAY:
        raise RuleViolation(DURATION_TOO_LONG)
    return sign * minutes


def _unsigned_minutes(compact: str) -> int:
    if match := _HOURS_AND_MINUTES.fullmatch(compact) or _CLOCK.fullmatch(compact):
        hours, minutes = int(match["hours"]), int(match["minutes"] or 0)
        if minutes >= 60:
            raise RuleViolation(BAD_DURATION)
        return hours * 60 + minutes
    if match := _MINUTES.fullmatch(compact):
        return int(match["minutes"])
    if match := _DECIMAL_HOURS.fullmatch(compact):
        return round(Fraction(match["hours"].replace(",", ".")) * 60)
    raise RuleViolation(BAD_DURATION)


def format_duration(minutes: int) -> str:
    """``1 h 30``, ``0 h 45``, ``-2 h 15``, ``8 h``: the way the team writes hours."""
    sign = "-" if minutes < 0 else ""
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours} h {rest:02d}" if rest else f"{sign}{hours} h"


class Minutes(int):
    """A duration put in a message: the interface writes it the reader's way (« 26 h 30 », "26 h 30 min")."""

    def __str__(self) -> str:  # a message read untranslated (a log) still reads "26 h 30"
        return format_duration(self)

    def __format__(self, spec: str) -> str:
        return str(self)


def check_day_total(minutes_that_day: int, *, profession: int = 0, planned: int = 0) -> None:
    """One member's day as recorded: ``minutes_that_day`` every minute recorded that day, ``profession`` the
    profession minutes among them, ``planned`` the profession minutes assumed done that day (0 unless profession
    hours are assumed as planned: only the differences are then recorded, and may be negative).

    Refuse more than 24 h recorded, and less than nothing: a difference takes off at most what was planned. As
    no other category takes negative minutes, the day's whole total never goes below 0 either."""
    if minutes_that_day > MINUTES_PER_DAY:
        raise RuleViolation(DAY_TOO_LONG, total=Minutes(minutes_that_day))
    if planned + profession < 0:
        raise RuleViolation(MORE_THAN_PLANNED if planned > 0 else NOTHING_PLANNED, planned=Minutes(planned))


# --- contracts and absences -----------------------------------------------------------------------


def validate_contract(contract_minutes: int, self_management_minutes: int) -> None:
    """Refuse weekly hours outside 0–48 h, and self-management outside 0–contract."""
    if not 0 <= contract_minutes <= MAX_WEEKLY_MINUTES:
        raise RuleViolation(HOURS_RANGE)
    if not 0 <= self_management_minutes <= contract_minutes:
        raise RuleViolation(SELF_MANAGEMENT_RANGE)


@dataclass(frozen=True)
class Departure:
    """A time away from the team: nothing is owed after ``last_day`` until ``back_on`` (None: not back).
    The balance carried on the last day is the one found on return, as no target falls in between."""

    last_day: date
    back_on: date | None = None

    def __post_init__(self) -> None:
        if self.back_on is not None:
            check_day_back(self.back_on, self.last_day)

    def away(self, first: date, last: date) -> bool:
        """Whether any day from ``first`` to ``last`` falls while the member was away."""
        gap_last = last if self.back_on is None else min(last, self.back_on - timedelta(days=1))
        return max(first, self.last_day + timedelta(days=1)) <= gap_last


def check_last_day(last_day: date, name: str, arrived: date | None, today: date, *,
                   came_back: bool = False) -> None:
    """A last day on or after the member's arrival (or, ``came_back``, their latest return), and not
    after today."""
    if arrived is not None and last_day < arrived:
        raise RuleViolation(LAST_DAY_BEFORE_RETURN if came_back else LAST_DAY_BEFORE_ARRIVAL, name=name,
                            day=day_text(arrived))
    if last_day > today:
        raise RuleViolation(LAST_DAY_AHEAD)


def check_day_back(back_on: date, last_day: date) -> None:
    if back_on <= last_day:
        raise RuleViolation(BACK_BEFORE_LEAVING, day=day_text(last_day))


@dataclass(frozen=True)
class Contract:
    """A member's weekly hours, the days they work (Monday = 0), the dates it runs between and the
    times the member was away from the team."""

    contract_minutes: int
    self_management_minutes: int
    working_days: frozenset[int] = frozenset({0, 1, 2, 3, 4})
    start: date | None = None
    end: date | None = None
    departures: tuple[Departure, ...] = ()

    def __post_init__(self) -> None:
        validate_contract(self.contract_minutes, self.self_management_minutes)
        if not self.working_days or not self.working_days <= set(range(7)):
            raise RuleViolation(NO_WORKING_DAY)
        if self.start and self.end and self.end < self.start:
            raise RuleViolation(END_BEFORE_START)

    def covers(self, day: date) -> bool:
        """Whether ``day`` falls within the contract's dates, the member being in the team."""
        return self.covers_days(day, day)

    def covers_days(self, first: date, last: date) -> bool:
        """Whether every day from ``first`` to ``last`` does."""
        return in_team(first, last, self.start, self.end, self.departures)


def in_team(first: date, last: date, start: date | None, end: date | None,
            departures: Iterable[Departure]) -> bool:
    """Whether every day from ``first`` to ``last`` falls in a member's time in the team: from their arrival
    ``start`` to the end of their contract ``end``, outside their times away. Outside it nothing is owed, and
    nothing is done either: no credit is written, no hour counted (the only rule of it, see ``TeamTime``)."""
    return ((start is None or start <= first) and (end is None or last <= end)
            and not any(departure.away(first, last) for departure in departures))


@dataclass(frozen=True)
class TeamTime:
    """A member's time in the team (see ``in_team``): their arrival, their contract's end, their times away."""

    start: date | None = None
    end: date | None = None
    departures: tuple[Departure, ...] = ()

    def covers(self, day: date) -> bool:
        return in_team(day, day, self.start, self.end, self.departures)

    def outside(self, day: date) -> tuple[str, date] | None:
        """Why ``day`` falls outside this time, as a message (with ``{name}``) and the day it names: not arrived
        yet, contract ended, or away; None inside it."""
        if self.covers(day):
            return None
        if self.start is not None and day < self.start:
            return NOT_ARRIVED, self.start
        if self.end is not None and day > self.end:
            return CONTRACT_ENDED, self.end
        return AWAY_FROM_TEAM, day

    def check(self, name: str, day: date) -> None:
        """Refuse ``day`` outside this time, saying why (see ``outside``)."""
        if (why := self.outside(day)) is not None:
            message, named = why
            raise RuleViolation(message, name=name, day=named)


@dataclass(frozen=True)
class ContractHistory:
    """A member's contracts over time: ``contracts[i]`` applies from the Monday ``starts[i]`` until the next
    one's. The first also stands for the weeks before it, so that every week has a contract (before the
    member's start date it owes nothing anyway)."""

    starts: tuple[date, ...]
    contracts: tuple[Contract, ...]

    def __post_init__(self) -> None:
        assert self.contracts and len(self.starts) == len(self.contracts), "one start per contract, at least one"
        assert all(a < b for a, b in zip(self.starts, self.starts[1:], strict=False)), "in order, one per week"

    def on(self, monday: date) -> Contract:
        """The contract in force in the week of ``monday``."""
        if len(self.contracts) == 1:  # nearly every member: no search in a balance of years of weeks
            return self.contracts[0]
        return self.contracts[max(bisect_right(self.starts, monday) - 1, 0)]

    def changed_from(self, monday: date, contract: Contract) -> "ContractHistory":
        """This history with ``contract`` from the week of ``monday`` on, in place of the terms from then. From
        the first term's week or before it, ``contract`` becomes the first, which stands for every week before."""
        kept = [index for index, start in enumerate(self.starts) if start < monday]
        return ContractHistory((*(self.starts[index] for index in kept), monday),
                               (*(self.contracts[index] for index in kept), contract))


def check_contract_from(monday: date, last_validated: date | None, name: str) -> None:
    """A contract cannot change from a week the member validated, or before one: the figures of a validated
    week stay as they were validated."""
    if last_validated is not None and monday <= last_validated:
        raise RuleViolation(CONTRACT_FROM_VALIDATED, name=name, day=day_text(last_validated),
                            next=day_text(last_validated + timedelta(weeks=1)))


def parse_absence_kind(text: str) -> str:
    """The kind of absence ``text`` names (« congés », "Sick leave", "training"...), as ABSENCE_KINDS codes it."""
    typed = bare(text)
    for kind, words in ABSENCE_KIND_WORDS.items():
        if typed in words:
            return kind
    raise RuleViolation(BAD_KIND, kind=" ".join(text.split()))


@dataclass(frozen=True)
class Absence:
    """Days off from ``start`` to ``end`` included; ``half_day_start``: only the afternoon of the
    first day is off, ``half_day_end``: only the morning of the last day."""

    start: date
    end: date
    kind: str = "holiday"
    half_day_start: bool = False
    half_day_end: bool = False

    def __post_init__(self) -> None:
        if self.kind not in ABSENCE_KINDS:
            raise RuleViolation(UNKNOWN_KIND, kind=self.kind)
        if self.end < self.start:
            raise RuleViolation(END_BEFORE_START)
        if self.start == self.end and self.half_day_start and self.half_day_end:
            raise RuleViolation(HALF_DAY_SAME_DAY)

    def halves_off(self, day: date) -> frozenset[str]:
        """The halves of ``day`` (morning, afternoon) this absence takes."""
        if not self.start <= day <= self.end:
            return frozenset()
        halves = {MORNING, AFTERNOON}
        if day == self.start and self.half_day_start:
            halves.discard(MORNING)
        if day == self.end and self.half_day_end:
            halves.discard(AFTERNOON)
        return frozenset(halves)


@lru_cache(maxsize=64)
def public_holidays(year: int, region: str) -> frozenset[date]:
    """France's public holidays of ``year`` in ``region`` ("metropole" or "alsace-moselle", which
    adds Good Friday and 26 December). Frozen, as the cached set is shared by every caller."""
    if region not in HOLIDAY_SUBDIVISIONS:
        raise RuleViolation(UNKNOWN_REGION, region=region)
    from app.domain.holiday_calendar import france  # loaded on first use: nobody should wait for it at start

    return frozenset(france()(years=year, subdiv=HOLIDAY_SUBDIVISIONS[region]))


WHIT_MONDAY = "whit-monday"  # in the setting of worked holidays: Whit Monday of every year


def whit_monday(year: int) -> date:
    """Pentecost Monday: Easter Sunday + 50 days, the usual journée de solidarité."""
    from dateutil.easter import easter

    easter_sunday: date = easter(year)  # dateutil ships no type hints
    return easter_sunday + timedelta(days=50)


@dataclass(frozen=True)
class WorkedHolidays:
    """The public holidays the centre works (journée de solidarité): some dates, and perhaps Whit Monday
    of every year."""

    days: frozenset[date] = frozenset()
    whit_monday_every_year: bool = False

    def __contains__(self, day: date) -> bool:
        return day in self.days or (self.whit_monday_every_year and day == whit_monday(day.year))

    @classmethod
    def from_setting(cls, values: Iterable[str]) -> "WorkedHolidays":
        """From the stored list (ISO dates and ``whit-monday``); anything else is ignored."""
        values = list(values)
        days = set()
        for value in values:
            try:
                days.add(date.fromisoformat(value))
            except (TypeError, ValueError):
                continue
        return cls(frozenset(days), WHIT_MONDAY in values)

    def setting(self) -> list[str]:
        return [WHIT_MONDAY] * self.whit_monday_every_year + [day.isoformat() for day in sorted(self.days)]


NOTHING_WORKED = WorkedHolidays()


def holidays_off(year: int, region: str, worked: WorkedHolidays = NOTHING_WORKED) -> frozenset[date]:
    """The public holidays of ``year`` on which the centre is closed: the region's, but those it works."""
    return frozenset(day for day in public_holidays(year, region) if day not in worked)


def check_worked_holidays(worked: WorkedHolidays, region: str) -> None:
    """Only public holidays of the centre's region can be marked as worked."""
    for day in sorted(worked.days):
        if day not in public_holidays(day.year, region):
            raise RuleViolation(NOT_A_HOLIDAY, day=day_text(day))


# --- ISO weeks ------------------------------------------------------------------------------------

_WEEK_LABEL = re.compile(r"(?P<year>\d{4})-W(?P<week>\d\d)")


def day_text(day: date) -> str:
    """A day inside a message, as the team writes it (23/11/2026)."""
    return day.strftime("%d/%m/%Y")


def monday_of(day: date) -> date:
    """The Monday of ``day``'s ISO week."""
    return day - timedelta(days=day.weekday())


def iso_week_monday(year: int, week: int) -> date:
    """The Monday of ISO week ``week`` of ``year``; refuses a week the year does not have."""
    try:
        return date.fromisocalendar(year, week, 1)
    except ValueError:
        raise RuleViolation(BAD_WEEK, week=week, year=year) from None


def week_label(day: date) -> str:
    """``2026-W48``: the ISO week of ``day`` (its ISO year may differ from the calendar year)."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def parse_week_label(label: str) -> date:
    """The Monday of a week written ``2026-W48``."""
    match = _WEEK_LABEL.fullmatch(label.strip().upper())
    if match is None:
        raise RuleViolation(BAD_WEEK_LABEL)
    return iso_week_monday(int(match["year"]), int(match["week"]))


# --- weekly targets -------------------------------------------------------------------------------


@dataclass(frozen=True)
class CountedDays:
    """The days a target or a total counts, both ends included (None: open). A balance stops at today,
    since a day that has not happened is neither owed nor done; a report counts its own period."""

    first: date | None = None
    last: date | None = None

    def __contains__(self, day: date) -> bool:
        return (self.first is None or self.first <= day) and (self.last is None or day <= self.last)

    def covers_week(self, monday: date) -> bool:
        return monday in self and monday + timedelta(days=6) in self

    def clip(self, first: date, last: date) -> tuple[date, date]:
        """``first`` and ``last`` brought inside these days (the result may be empty: last < first)."""
        return max(first, self.first or first), min(last, self.last or last)


EVERY_DAY = CountedDays()


@dataclass(frozen=True)
class WeekTarget:
    """What a member owes in a week: ``working_days`` is the days actually worked (halves count)."""

    week_start: date
    working_days: Fraction
    profession_minutes: int
    self_management_minutes: int

    @property
    def total_minutes(self) -> int:
        return self.profession_minutes + self.self_management_minutes


def _halves_of_day_worked(contract: Contract, day: date, absences: Sequence[Absence],
                          holidays_off: AbstractSet[date], counted: CountedDays) -> int:
    """2, 1 or 0: the halves of a planned working day left after absences, holidays and dates (whole
    numbers, not fractions: a balance of years folds thousands of weeks with absences)."""
    if (day.weekday() not in contract.working_days or day in holidays_off or not contract.covers(day)
            or day not in counted):
        return 0
    # Halves, not a sum of absences: two absences taking the same morning lose it once.
    off = frozenset().union(*(absence.halves_off(day) for absence in absences)) if absences else ()
    return 2 - len(off)


def _halves_of_week(contract: Contract, monday: date, absences: Iterable[Absence], public_holidays: AbstractSet[date],
                    counted: CountedDays) -> list[int]:
    if monday.weekday() != 0:
        raise RuleViolation(NOT_A_MONDAY)
    absences = tuple(absences)
    return [_halves_of_day_worked(contract, monday + timedelta(days=offset), absences, public_holidays, counted)
            for offset in range(7)]


def day_shares(contract: Contract, monday: date, absences: Iterable[Absence], public_holidays: AbstractSet[date],
               counted: CountedDays = EVERY_DAY) -> tuple[Fraction, ...]:
    """1, ½ or 0 for each day of the week starting ``monday``: how much of it is worked."""
    return tuple(Fraction(halves, 2)
                 for halves in _halves_of_week(contract, monday, absences, public_holidays, counted))


def week_target(contract: Contract, monday: date, absences: Iterable[Absence],
                public_holidays: AbstractSet[date], counted: CountedDays = EVERY_DAY) -> WeekTarget:
    """The targets of the week starting ``monday``, over its ``counted`` days only.

    Each planned working day is worth 1/len(working_days) of the weekly contract. The total and the
    self-management share are each rounded to the minute, and profession gets the difference, so
    that profession + self-management is exactly round(contract × share of the week worked).
    """
    days = Fraction(sum(_halves_of_week(contract, monday, absences, public_holidays, counted)), 2)
    share = days / len(contract.working_days)
    total = round(contract.contract_minutes * share)
    self_management = round(contract.self_management_minutes * share)
    return WeekTarget(monday, days, total - self_management, self_management)


def spread(total: int, weights: Sequence[Fraction]) -> list[int]:
    """``total`` minutes (0 or more) shared in proportion to ``weights``, in whole minutes that add up to
    ``total`` exactly: the days with the largest remainders get the spare minutes."""
    whole = sum(weights, Fraction(0))
    if not whole:
        return [0] * len(weights)
    exact = [total * weight / whole for weight in weights]
    parts = [int(value) for value in exact]
    by_remainder = sorted(range(len(exact)), key=lambda index: exact[index] - parts[index], reverse=True)
    for index in by_remainder[:total - sum(parts)]:
        parts[index] += 1
    return parts


# --- balance --------------------------------------------------------------------------------------


def done_profession_minutes(*, recorded_profession: int, target_profession: int,
                            assumed_as_planned: bool) -> int:
    """Profession minutes done in a week.

    With the centre's setting "profession hours assumed as planned", members record only the
    differences (possibly negative) from their target; otherwise they record everything.
    Keyword-only: the two minute counts are too easy to swap.
    """
    return target_profession + recorded_profession if assumed_as_planned else recorded_profession


@dataclass(frozen=True)
class WeekBalance:
    """One week of the balance: targets, done, gaps (done − target) and the balance at its end."""

    week_start: date
    target_profession: int
    target_self: int
    done_profession: int
    done_self: int
    gap_profession: int
    gap_self: int
    running_profession: int
    running_self: int


def running_balance(weeks: Sequence[tuple[WeekTarget, int, int]], opening_profession: int = 0,
                    opening_self: int = 0) -> list[WeekBalance]:
    """The balance week after week: each (target, done profession, done self-management), in
    order, adds its gap to the balance carried from the week before (or the opening balance)."""
    running_profession, running_self = opening_profession, opening_self
    balances = []
    for target, done_profession, done_self in weeks:
        gap_profession = done_profession - target.profession_minutes
        gap_self = done_self - target.self_management_minutes
        running_profession += gap_profession
        running_self += gap_self
        balances.append(WeekBalance(
            target.week_start, target.profession_minutes, target.self_management_minutes, done_profession,
            done_self, gap_profession, gap_self, running_profession, running_self,
        ))
    return balances
