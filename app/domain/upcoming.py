"""The order of lists of dated things (meetings, workshop sessions): the next one first."""

from collections.abc import Callable, Iterable
from datetime import date, time
from typing import TypeVar

Dated = TypeVar("Dated")


def upcoming_first(
    items: Iterable[Dated], today: date, when: Callable[[Dated], tuple[date, time]]
) -> list[Dated]:
    """From today on in date order (the next one first), then the past ones, the latest first."""
    items = list(items)
    upcoming = sorted((item for item in items if when(item)[0] >= today), key=when)
    past = sorted((item for item in items if when(item)[0] < today), key=when, reverse=True)
    return upcoming + past
