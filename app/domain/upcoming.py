"""The order of lists of dated things (meetings, workshop sessions): the next one first."""

from collections.abc import Callable, Iterable
from datetime import date, time
from typing import TypeVar

Dated = TypeVar("Dated")
# When a thing happens: its day and time, and perhaps an id that orders the things at the same time.
When = tuple[date, time] | tuple[date, time, int]


def upcoming_first(
    items: Iterable[Dated], today: date, when: Callable[[Dated], When]
) -> list[Dated]:
    """From today on in date order (the next one first), then the past ones, the latest first."""
    items = list(items)
    upcoming = sorted((item for item in items if when(item)[0] >= today), key=when)
    past = sorted((item for item in items if when(item)[0] < today), key=when, reverse=True)
    return upcoming + past
