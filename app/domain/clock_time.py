"""Clock time is credited once per person: the union of a member's activities on one day.

A reception shift from 12:00 to 14:00, a meeting from 12:30 to 14:00 and a workshop from 13:00 to 14:00
are two hours of the member's day, not four and a half. Each minute of the union goes to ONE activity:

    **the activity that started first**; at the same start, reception before a meeting before a
    workshop; then the one created first (lowest id).

So an overlapping minute is never counted twice, an activity never gets more than its own length, and
the category of each minute is the category of the activity the member was already in when the others
began. Time spent outside the clock (a workshop's preparation) is added apart, by the caller.

Times are minutes since midnight (0–1440); a span whose end is not after its start covers no time.
"""

import re
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import time
from itertools import pairwise

from app.domain.errors import QT_TRANSLATE_NOOP

__all__ = ["CREDIT_RULE", "Clock", "ClockSpan", "parse_clock", "share_clock_time", "union_minutes"]

MINUTES_PER_DAY = 24 * 60
# The rule as the hours page and the hours report state it.
CREDIT_RULE = QT_TRANSLATE_NOOP(
    "HoursReport",
    "Clock time is credited once per person: when reception, a meeting and a workshop overlap, the "
    "overlapping time goes to the activity that started first (at the same start: reception, then the "
    "meeting, then the workshop). A workshop's preparation is credited on top."
)


# 08:30, 8:30, 08:30:00 (a spreadsheet's time cell), 8h30, 8 h 30, 8h
_TIME_OF_DAY = re.compile(r"(?P<hours>\d{1,2})\s*(?::(?P<minutes>\d\d)(?::00)?|h\s*(?P<after_h>\d\d)?)")


def parse_clock(text: str) -> time:
    """A time of day as a person writes it (08:30, or 8h30 as French writes it); ValueError otherwise, for the
    caller to say in its own words."""
    match = _TIME_OF_DAY.fullmatch(text.strip().casefold())
    if match is None:
        raise ValueError(text)
    return time(int(match["hours"]), int(match["minutes"] or match["after_h"] or 0))  # 25:00: ValueError too


@dataclass(frozen=True)
class ClockSpan:
    """One activity's time on the clock: ``rank`` breaks a tie of starts (lower goes first)."""

    key: Hashable
    start: int
    end: int
    rank: tuple[int, ...] = ()

    @property
    def order(self) -> tuple[int, tuple[int, ...]]:
        return (self.start, self.rank)


def union_minutes(spans: Iterable[ClockSpan]) -> int:
    """The measure of the union of ``spans``: the minutes of the day covered by at least one."""
    covered, reach = 0, None
    for span in sorted((s for s in spans if s.end > s.start), key=lambda s: s.start):
        start = span.start if reach is None else max(span.start, reach)
        if span.end > start:
            covered += span.end - start
            reach = span.end
    return covered


def share_clock_time(spans: Sequence[ClockSpan]) -> dict[Hashable, int]:
    """The minutes credited to each span's key: each minute of the union goes to the covering span that
    started first (see the module's rule). The shares add up to ``union_minutes(spans)``."""
    shares = {span.key: 0 for span in spans}
    live = sorted((span for span in spans if span.end > span.start), key=lambda span: span.order)
    bounds = sorted({minute for span in live for minute in (span.start, span.end)})
    for begin, finish in pairwise(bounds):
        owner = next((span for span in live if span.start <= begin and finish <= span.end), None)
        if owner is not None:
            shares[owner.key] += finish - begin
    return shares


class Clock(time):
    """A time of day put in a message: "13:00" in a message read untranslated (a log); the interface writes it
    the reader's way."""

    @classmethod
    def of(cls, moment: time) -> "Clock":
        return cls(moment.hour, moment.minute)

    def __str__(self) -> str:
        return self.strftime("%H:%M")

    def __format__(self, spec: str) -> str:
        return self.strftime(spec) if spec else str(self)
